import { resolve } from 'node:path';
import { blockText, type Period } from '../../core/model.ts';
import { PLACEHOLDER_STYLES, type PlaceholderStyle } from '../../core/rollforward/figures.ts';
import { rollForward } from '../../core/rollforward/roll-forward.ts';
import { getTemplate } from '../../core/templates.ts';
import { openArgument } from './open-argument.ts';
import { checkOutputExtension, checkTemplateOption, EXIT, parse, periodOption, UsageError, yearOption, type CliIo } from './usage.ts';
import { writeGwdoc } from './write-gwdoc.ts';

const PERIOD_EN: Record<Period, string> = { 上半年: 'first half', 全年: 'full year', 年度: 'full year' };

/** gongwen rollforward LAST -o NEW.gwdoc: this period's report from last period's (core/rollforward). */
export async function rollforwardCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    year: { type: 'string' },
    period: { type: 'string' },
    template: { type: 'string', short: 't' },
    'plan-from-last': { type: 'boolean' },
    placeholder: { type: 'string' },
  });
  if (positionals.length !== 1 || typeof values.output !== 'string' || values.output === '') {
    throw new UsageError('用法 / usage: gongwen rollforward LAST.gwdoc|LAST.docx|LAST.txt -o NEW.gwdoc [--year Y] [--period 上半年|全年] [--template ID] [--plan-from-last] [--placeholder x]');
  }
  const file = positionals[0]!;
  checkOutputExtension(values.output, '.gwdoc');
  const output = resolve(io.cwd, values.output);
  if (output === resolve(io.cwd, file)) throw new UsageError(`输出文件不能覆盖上期报告 / the output would overwrite last period's report: ${values.output}`);
  const year = values.year === undefined ? undefined : yearOption(values.year);
  const period = values.period === undefined ? undefined : periodOption(values.period);
  if (values.template !== undefined) checkTemplateOption(values.template);
  // 【】 and 【 】 are taken for the full-width 【\u3000】 (a full-width space).
  const placeholder = values.placeholder === undefined ? undefined : values.placeholder.replace(/^【\s*】$/u, '【\u3000】');
  if (placeholder !== undefined && !(PLACEHOLDER_STYLES as readonly string[]).includes(placeholder)) throw new UsageError(`--placeholder 应为 【\u3000】 或 x / must be 【\u3000】 or x: ${placeholder}`);
  // Normalized, as the app opens it.
  const opened = await openArgument(file, io, { normalize: true });
  if (!opened) return EXIT.usage;
  let result;
  try {
    result = rollForward(opened.document, {
      ...(values.template !== undefined ? { template: values.template } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(period !== undefined ? { period } : {}),
      planFromLast: values['plan-from-last'] === true,
      ...(placeholder !== undefined ? { placeholder: placeholder as PlaceholderStyle } : {}),
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!(await writeGwdoc(output, result.document, Boolean(values.force), io))) return EXIT.problems;
  const { document, report } = result;
  const { meta } = document;
  const template = getTemplate(meta.template);
  const title = blockText(document.blocks[0]!);
  io.stdout(
    `已由上期报告生成 ${output}：「${title}」（${template.name}，${meta.year}年${meta.period}），` +
      `沿用上期标题 ${report.carriedHeadings} 个，上期原文作参考 ${report.notes} 段（不导出），还有 ${report.placeholders} 处待填，` +
      `改写标题 ${report.renamed.length} 处，成文日期待填。` +
      ` / Rolled forward to ${output} (${template.id}, ${meta.year} ${PERIOD_EN[meta.period]}): ${report.carriedHeadings} headings carried, ` +
      `${report.notes} reference notes (never exported), ${report.placeholders} placeholders to fill, ${report.renamed.length} titles reworded, the date left empty.\n`,
  );
  return EXIT.ok;
}
