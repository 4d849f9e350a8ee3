import { heading as headingBlock, type Block, type HeadingLevel } from '../model.ts';
import { computeLabels } from '../numbering.ts';
import { canonicalLabel, parseBareLabel, USUAL_LEVEL, type Label, type LabelFamily } from './labels.ts';
import type { NumberingProblem, RecognisedBlock } from './recognised.ts';

/**
 * Faults in the source's own numbering, found by reading each heading's `number` (the label as
 * written) against its level and its siblings. Derived numbering repairs them all on import; the
 * list tells the user what changed.
 *
 * - skipped: （三） then （五） (seed 001), or a first subheading that is not 1;
 * - duplicate: （二） twice in a row;
 * - out-of-order: （三） then （二）;
 * - style-change: a level's label family changes mid-document (（一） at level 2, later 1.), or a
 *   heading borrows another level's family (（四） where 四、 belongs);
 * - level-jump: a family used at another level than its usual one, e.g. 一、 followed directly by
 *   1. (reported once per family and level).
 * A level-3 sequence that runs on across level-2 parents (1. … 19. in a 工作要点) is that
 * document's numbering style, not a fault: derived numbering keeps it (continuousLevel3).
 */

const CN_LEVEL = ['', '一级', '二级', '三级', '四级'];

interface NumberedHeading {
  at: number;
  level: HeadingLevel;
  raw: string;
  label: Label | null;
}

function numberedHeadings(blocks: readonly RecognisedBlock[]): NumberedHeading[] {
  const out: NumberedHeading[] = [];
  blocks.forEach((block, at) => {
    if (block.kind === 'heading') out.push({ at, level: block.level, raw: block.number.trim(), label: block.number ? parseBareLabel(block.number.trim()) : null });
  });
  return out;
}

/** Whether some level-3 heading continues the numbers of the previous level-2 parent's children. */
export function hasContinuousLevel3(blocks: readonly RecognisedBlock[]): boolean {
  let lastInSection: number | undefined;
  let firstUnderParent = true;
  let continued = false;
  for (const h of numberedHeadings(blocks)) {
    if (h.level === 1) lastInSection = undefined;
    if (h.level <= 2) {
      firstUnderParent = true;
      continue;
    }
    if (h.level !== 3 || !h.label) continue;
    if (firstUnderParent && h.label.value > 1 && lastInSection !== undefined && h.label.value === lastInSection + 1) continued = true;
    else if (firstUnderParent && h.label.value === 1 && lastInSection !== undefined) return false;
    firstUnderParent = false;
    lastInSection = h.label.value;
  }
  return continued;
}

function range(family: LabelFamily, from: number, to: number): string {
  if (to < from) return '';
  return from === to ? `「${canonicalLabel(family, from)}」` : `「${canonicalLabel(family, from)}」至「${canonicalLabel(family, to)}」`;
}

export function findNumberingProblems(blocks: readonly RecognisedBlock[], options: { continuousLevel3?: boolean } = {}): NumberingProblem[] {
  const continuous = options.continuousLevel3 ?? hasContinuousLevel3(blocks);
  const modelBlocks: Block[] = blocks.map((b) => (b.kind === 'heading' ? headingBlock(b.level) : { type: 'paragraph', children: [{ text: '' }] }));
  let expectedLabels: (string | undefined)[];
  try {
    expectedLabels = computeLabels(modelBlocks, { continuousLevel3: continuous });
  } catch {
    // More than 999 headings at one level have no label; such a text has no outline worth reporting.
    expectedLabels = [];
  }
  const problems: NumberingProblem[] = [];
  const report = (h: NumberedHeading, code: NumberingProblem['code'], message: string) =>
    problems.push({ code, block: h.at, found: h.raw, expected: expectedLabels[h.at] ?? '', message });

  const siblings: (Label | undefined)[] = [];
  const lastAtLevel: (number | undefined)[] = [];
  const familyAtLevel: (LabelFamily | undefined)[] = [];
  const previousFamily: (LabelFamily | undefined)[] = [];
  const rawAtLevel: (string | undefined)[] = [];
  const parents: (NumberedHeading | undefined)[] = [];
  const jumps = new Set<string>();

  for (const h of numberedHeadings(blocks)) {
    const level = h.level;
    for (let d = level + 1; d <= 4; d++) siblings[d] = undefined;
    // A sequence may run on across parents (continuous numbering), never across grandparents.
    for (let d = level + 2; d <= 4; d++) lastAtLevel[d] = undefined;
    parents[level] = h;
    for (let d = level + 1; d <= 4; d++) parents[d] = undefined;
    const label = h.label;
    if (!label) {
      siblings[level] = undefined;
      continue;
    }
    const canonical = canonicalLabel(label.family, label.value);
    const expected = expectedLabels[h.at] ?? '';
    const parent = level > 1 ? parents[level - 1] : undefined;
    const parentName = parent ? `「${parent.label ? canonicalLabel(parent.label.family, parent.label.value) : parent.raw || '上一级标题'}」` : '';

    const usual = USUAL_LEVEL[label.family];
    const established = familyAtLevel[level];
    // A change of style is reported where it happens; a return to the level's first style is not.
    if (established !== undefined && label.family !== established && label.family !== previousFamily[level]) {
      report(h, 'style-change', `「${canonical}」与同级的「${rawAtLevel[level]}」序号样式不同，按${CN_LEVEL[level]}标题编号为「${expected}」`);
    } else if (established === undefined && usual !== level && !jumps.has(`${label.family}/${level}`)) {
      jumps.add(`${label.family}/${level}`);
      const where = parentName ? `直接用在${parentName}之下` : '是全文最高一级的序号';
      report(h, 'level-jump', `「${canonical}」${where}，按${CN_LEVEL[level]}标题编号为「${expected}」`);
    }
    if (established === undefined) familyAtLevel[level] = label.family;
    previousFamily[level] = label.family;
    rawAtLevel[level] = canonical;

    const prev = siblings[level];
    const value = label.value;
    if (prev !== undefined && prev.family !== label.family) {
      // A new style starts its own sequence; the change itself is reported above.
    } else if (prev === undefined) {
      const runsOn = lastAtLevel[level] !== undefined && value === lastAtLevel[level]! + 1 && (level === 3 ? continuous : true);
      if (value !== 1 && !runsOn) {
        const missing = range(label.family, 1, value - 1);
        const first = parentName ? `${parentName}下的第一个标题是「${canonical}」` : `第一个${CN_LEVEL[level]}标题是「${canonical}」`;
        report(h, 'skipped', `${first}，缺少${missing}`);
      }
    } else {
      const before = canonicalLabel(prev.family, prev.value);
      if (value === prev.value + 1) {
        // in sequence
      } else if (value === prev.value) {
        report(h, 'duplicate', `「${canonical}」重复出现，后一个按顺序编号为「${expected}」`);
      } else if (value > prev.value + 1) {
        report(h, 'skipped', `「${before}」之后是「${canonical}」，缺少${range(label.family, prev.value + 1, value - 1)}`);
      } else {
        report(h, 'out-of-order', `「${before}」之后是「${canonical}」，序号顺序颠倒`);
      }
    }
    siblings[level] = label;
    lastAtLevel[level] = value;
  }
  return problems;
}

