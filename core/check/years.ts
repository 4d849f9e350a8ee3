import { blockText, isHeading, type Block } from '../model.ts';
import type { Template } from '../template.ts';
import type { CheckContext, Draft } from './finding.ts';
import { clip, excerpt, where } from './message.ts';
import { PRINTED } from './printed.ts';
import { asciiDigits, isForward, reportYear, yearMentions } from './report-year.ts';

type Context = 'retro' | 'plan' | 'other';
type YearCode = 'title-year' | 'section-year' | 'stale-year' | 'future-year';

const PLAN_WORDS = /计划|打算|安排|思路|目标|任务|举措|下一步|要点/u;
const RETRO_WORDS = /完成情况|总结|成效|成绩|做法|存在|问题|不足|困难|回顾|开展情况|推进情况|落实情况/u;

/** A required section says its tense in the template; any other heading is read by its words. */
function sectionContext(block: Block, template: Template | undefined): Context {
  if (!isHeading(block)) return 'other';
  const tense = block.section === undefined ? undefined : template?.sections.find((s) => s.key === block.section)?.tense;
  if (tense) return tense === 'past' ? 'retro' : 'plan';
  const text = blockText(block);
  if (PLAN_WORDS.test(text)) return 'plan';
  if (RETRO_WORDS.test(text)) return 'retro';
  return 'other';
}

/**
 * Year consistency, against the report year Y (the first year in the title, else the document's
 * year setting):
 * - title-year: a further year in the title that is neither Y nor Y+1 (2023年工作总结和2023年工作计划
 *   is fine, …和2025年工作计划 is not).
 * - section-year: a year in a level-1 heading or required section's heading that is neither Y nor
 *   Y+1 (2022年工作完成情况 left over in a 2023 report).
 * - stale-year: 「(Y−1)年以来」 anywhere — what last period's report said for 今年以来. Earlier years
 *   (2018年以来) are long-range statements and pass; 上年 / 去年 pass.
 * - future-year: a time that has already passed but is later than Y — 「YYYY年以来」, 截至/截止
 *   YYYY年, or a sentence opening with 「YYYY年，」 — with YYYY > Y, in the opening paragraphs or a
 *   section that reports on the past (a required section whose template tense is past, such as
 *   工作完成情况 and 存在的问题; another level-1 heading by its words); plan sections and
 *   forward-looking documents (工作要点) name later years as a matter of course.
 */
export function yearFindings({ document, template }: CheckContext): Draft<YearCode>[] {
  const { titleIndex, title, year: y } = reportYear(document);
  if (!y) return [];
  const findings: Draft<YearCode>[] = [];
  const { year } = y;
  const known = `${y.from}的报告年度 ${year} 年`;
  if (titleIndex >= 0) {
    for (const mention of yearMentions(title).slice(1)) {
      if (mention.year === year || mention.year === year + 1) continue;
      findings.push({
        code: 'title-year',
        block: titleIndex,
        start: mention.start,
        end: mention.end,
        message: `${where(titleIndex)}标题中的「${mention.year}年」与报告年度 ${year} 年不符（应为 ${year} 或 ${year + 1} 年）`,
      });
    }
  }
  const forward = isForward(title);
  let context: Context = forward ? 'other' : 'retro';
  document.blocks.forEach((block, b) => {
    if (!PRINTED.has(block.type)) return;
    if (isHeading(block) && block.level === 1) context = forward ? 'other' : sectionContext(block, template);
    if (block.type !== 'paragraph' && block.type !== 'heading') return;
    const text = blockText(block);
    const plain = asciiDigits(text);
    if (isHeading(block) && (block.level === 1 || block.section !== undefined)) {
      for (const mention of yearMentions(text)) {
        if (mention.year === year || mention.year === year + 1) continue;
        findings.push({
          code: 'section-year',
          block: b,
          start: mention.start,
          end: mention.end,
          message: `${where(b)}章节标题「${clip(text, 20)}」中的「${mention.year}年」与${known}不符`,
        });
      }
      return;
    }
    for (const m of plain.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年以来/gu)) {
      const value = Number(m[1]);
      const span = { block: b, start: m.index, end: m.index + m[0].length };
      if (value === year - 1) {
        findings.push({
          code: 'stale-year',
          ...span,
          message: `${where(b)}${excerpt(text, span.start, span.end)}：${known}，「${value}年以来」是否为上期报告的遗留（应为「${year}年以来」或「今年以来」）？`,
        });
      } else if (value > year && context === 'retro') {
        findings.push({ code: 'future-year', ...span, message: `${where(b)}${excerpt(text, span.start, span.end)}：「${value}年以来」晚于${known}` });
      }
    }
    if (context !== 'retro') return;
    const past = /(?:(?:截至|截止)(?:到)?\s*((?:19|20)\d{2})\s*年)|(?:(?<=^|[。；;！？!?\n]\s*)((?:19|20)\d{2})\s*年\s*[，,])/gu;
    for (const m of plain.matchAll(past)) {
      const value = Number(m[1] ?? m[2]);
      if (value <= year) continue;
      const span = { block: b, start: m.index, end: m.index + m[0].length };
      findings.push({ code: 'future-year', ...span, message: `${where(b)}${excerpt(text, span.start, span.end)}：写的是 ${value} 年已发生的事，晚于${known}` });
    }
  });
  return findings;
}
