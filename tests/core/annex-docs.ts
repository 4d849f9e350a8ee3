import { heading, textBlock, type Block, type GongwenDocument, type HeadingLevel } from '../../core/model.ts';
import { prng } from './random-blocks.ts';

/** Test documents with attachments, built with core/model.ts's helpers. */

export interface AnnexSpec {
  title: string;
  content?: Block[];
}

/** A half-year report: body, 附件说明 (`lines`, by default the titles), 署名, 成文日期, then the attachments. */
export function reportWithAnnexes(annexes: readonly AnnexSpec[], lines: readonly string[] = annexes.map((a) => a.title)): GongwenDocument {
  const blocks: Block[] = [
    textBlock('title', '某局2023年上半年工作总结和下半年工作打算'),
    heading(1, '上半年工作完成情况', { section: 'done' }),
    heading(2, '加强创新'),
    textBlock('paragraph', '完成了工作。'),
    heading(1, '存在的问题', { section: 'problems' }),
    textBlock('paragraph', '问题不少。'),
    heading(1, '下半年工作打算', { section: 'plan' }),
    textBlock('paragraph', '继续推进。'),
    ...lines.map((line) => textBlock('attachment', line)),
    textBlock('signature', '某局'),
    textBlock('date', '2023年6月28日'),
  ];
  for (const annex of annexes) blocks.push(textBlock('annex', annex.title), ...(annex.content ?? [textBlock('paragraph', `${annex.title}的内容。`)]));
  return { meta: { template: 'half-year', organ: '某局', year: 2023, period: '上半年', date: '' }, blocks };
}

const TITLES = ['项目清单', '资金明细表', '联系人名单', '【请填写附件标题】', '考核办法', '2023年统计表'];

/** Headings without skipped levels and paragraphs: one attachment's content. */
function randomContent(random: () => number): Block[] {
  const blocks: Block[] = [];
  let level = 0;
  const n = Math.floor(random() * 7);
  for (let i = 0; i < n; i++) {
    if (random() < 0.5) {
      level = Math.max(1, Math.min(4, level + 1 - Math.floor(random() * 3))) as HeadingLevel;
      blocks.push(heading(level as HeadingLevel, `标题${i}`));
    } else {
      blocks.push(textBlock('paragraph', `内容${i}。`));
    }
  }
  return blocks;
}

/** A valid report with 0–4 attachments; the 附件说明 in step, or (sometimes) hand-edited to differ. */
export function randomAnnexReport(seed: number): GongwenDocument {
  const random = prng(seed);
  const count = Math.floor(random() * 5);
  const annexes = Array.from({ length: count }, () => ({ title: TITLES[Math.floor(random() * TITLES.length)]!, content: randomContent(random) }));
  let lines = annexes.map((a) => a.title);
  if (random() < 0.3) lines = lines.filter(() => random() < 0.7).map((line) => (random() < 0.5 ? `${line}（草稿）` : line));
  return reportWithAnnexes(annexes, lines);
}
