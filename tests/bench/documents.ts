/**
 * The benchmark's report: about 120,000 characters (200 pages of 22 × 28), all four heading
 * levels, run-in headings, long paragraphs. Used by `npm run bench` (tests/bench/run.ts).
 *
 * `bigSection: n` puts, halfway through, one level-1 heading (text BIG_SECTION_TITLE) with n level-2
 * subheadings, each followed by a paragraph: the section the structure benchmark demotes,
 * promotes and moves (no level-3/4 below it, so demoting it is allowed).
 */
import { blockText, heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';

const SENTENCES = [
  '坚持把产业科技创新作为主战场，树立“科技即产业”的理念，对照省产业研究院标准提升现有研究院建设水平。',
  '全力以赴抓好高层次人才创业、高技术项目投资、高科技企业落户，推动“科技—产业”良性循环。',
  '1-5月，全市对接产学研用合作项目248项，同比增长42.5%，吸纳技术合同交易额58.22亿元。',
  '深入实施高新技术企业、科技型中小企业“双倍增”计划，大力培育科技型中小微企业。',
  '建立健全高新技术企业培育后备库，市县联动、以奖代补，加大对入库企业的支持力度。',
  '借助区域产业部门、产业联盟、产业园区等要素资源，聚焦我市“2+3+4”产业链开展专项行动。',
];

function paragraph(seed: number, sentences: number): string {
  let text = '';
  for (let i = 0; i < sentences; i++) text += SENTENCES[(seed + i * 7) % SENTENCES.length];
  return text;
}

export const BIG_SECTION_TITLE = '全面深化科技体制改革';

export function benchmarkDocument(targetChars = 120_000, options: { bigSection?: number } = {}): GongwenDocument {
  const blocks: Block[] = [textBlock('title', '宣城市科技局2023年工作总结和2024年工作计划'), textBlock('paragraph', paragraph(0, 3))];
  let chars = 0;
  let n = 0;
  let bigSectionDone = !options.bigSection;
  while (chars < targetChars) {
    const add = (block: Block) => {
      blocks.push(block);
      chars += blockText(block).length;
    };
    if (!bigSectionDone && chars >= targetChars / 2) {
      bigSectionDone = true;
      add(heading(1, BIG_SECTION_TITLE));
      for (let s = 0; s < options.bigSection!; s++) {
        add(heading(2, `深化改革第${s + 1}项举措`));
        add(textBlock('paragraph', paragraph(n + s, 2)));
      }
    }
    add(heading(1, `重点工作第${n + 1}部分`));
    for (let b = 0; b < 4 && chars < targetChars; b++) {
      add(heading(2, `强化创新引领第${b + 1}项。${paragraph(n + b, 4)}`, { runIn: true }));
      add(heading(2, `推进协同创新第${b + 1}方面`));
      for (let c = 0; c < 3; c++) {
        add(heading(3, `落实重点任务。${paragraph(n + c, 5)}`, { runIn: true }));
        add(heading(4, `具体措施第${c + 1}条。${paragraph(n + c + 1, 3)}`, { runIn: true }));
        add(heading(4, '完善工作机制'));
        add(textBlock('paragraph', paragraph(n + b + c, 6)));
      }
    }
    n++;
  }
  blocks.push(textBlock('signature', '宣城市科技局'), textBlock('date', '2024年1月15日'));
  return { meta: { template: 'annual', organ: '宣城市科技局', year: 2023, period: '全年', date: '2024年1月15日' }, blocks };
}
