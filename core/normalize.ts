import { BLOCK_TYPES, HEADING_LEVELS, blockText, heading, isHeading, textBlock, type Block, type DocumentMeta, type HeadingBlock } from './model.ts';
import { findAnnexFix } from './annex-zone.ts';
import { closingStart, sectionSpan, type Span } from './outline.ts';
import { sectionTitle, type Template } from './template.ts';
import { matchTypedLabel } from './typed-label.ts';

/**
 * One repair. The editor applies a fix as Slate operations (so it is undoable and incremental);
 * file loading applies it to an array. Both use findFix, so there is one normalizer.
 */
export type Fix =
  | { kind: 'insert'; at: number; block: Block; reason: string }
  | { kind: 'set'; at: number; props: Partial<Omit<HeadingBlock, 'children' | 'type'>> & { type?: Block['type'] }; unset: string[]; reason: string }
  | { kind: 'move'; span: Span; to: number; reason: string }
  | { kind: 'trimStart'; at: number; length: number; reason: string }
  | { kind: 'levels'; changes: { at: number; level: HeadingBlock['level'] }[]; reason: string };

export interface NormalizeContext {
  template?: Template | undefined;
  meta: Pick<DocumentMeta, 'organ' | 'year' | 'period'>;
  /**
   * Leave a number at the start of a heading's text: the editor, while the clerk types, where
   * only the typing rule (which knows the caret) may tell 1.设立 from the 1. of 1.5亿元.
   */
  keepTypedLabels?: boolean;
  /**
   * Required sections that are missing or out of template order are left so: nothing is added
   * or moved. For a file exported or checked in one step, whose headings must stay the source's
   * own; 检查 reports what is missing. The editor never sets it.
   */
  sectionsAsWritten?: boolean | undefined;
}

const HEADING_ONLY_PROPS = ['level', 'runIn', 'section'] as const;
const KNOWN_PROPS = new Set(['type', 'children', ...HEADING_ONLY_PROPS]);

/** 附件： and/or 1. typed at the start of an attachment name (the label shows them already). */
const TYPED_ATTACHMENT_LEAD = /^\s*(?:附件\s*[:：]\s*)?(?:\d{1,2}\s*[.．、]\s*)?/u;

/** Problems local to one block: unknown type, bad props, a number typed into a heading. */
export function findBlockFix(block: Block, at: number, context: NormalizeContext): Fix | null {
  const record = block as unknown as Record<string, unknown>;
  if (!BLOCK_TYPES.includes(block.type)) {
    return { kind: 'set', at, props: { type: 'paragraph' }, unset: Object.keys(record).filter((k) => k !== 'children' && k !== 'type'), reason: '未知的段落类型改为正文' };
  }
  const stray = Object.keys(record).filter((k) => !KNOWN_PROPS.has(k) || (block.type !== 'heading' && (HEADING_ONLY_PROPS as readonly string[]).includes(k)));
  if (stray.length) return { kind: 'set', at, props: {}, unset: stray, reason: '去掉无效属性' };
  if (block.type === 'attachment') {
    const lead = TYPED_ATTACHMENT_LEAD.exec(blockText(block))?.[0] ?? '';
    return lead.trim() ? { kind: 'trimStart', at, length: lead.length, reason: '“附件：”和序号由系统生成，不保存在文字中' } : null;
  }
  if (block.type !== 'heading') return null;
  if (!HEADING_LEVELS.includes(block.level)) {
    const level = Math.min(4, Math.max(1, Math.round(Number(block.level)) || 1)) as HeadingBlock['level'];
    return { kind: 'set', at, props: { level }, unset: [], reason: '标题级别无效' };
  }
  if ('runIn' in block && (block.runIn !== true || block.level === 1 || block.section !== undefined)) {
    return { kind: 'set', at, props: {}, unset: ['runIn'], reason: '一级标题和必需章节不能作段首标题' };
  }
  if ('section' in block) {
    const known = typeof block.section === 'string' && context.template?.sections.some((s) => s.key === block.section);
    if (!known) return { kind: 'set', at, props: {}, unset: ['section'], reason: '模板中没有这个章节' };
    if (block.level !== 1) return { kind: 'set', at, props: { level: 1 }, unset: [], reason: '必需章节是一级标题' };
  }
  const typed = context.keepTypedLabels ? null : matchTypedLabel(blockText(block));
  if (typed) return { kind: 'trimStart', at, length: typed.length, reason: '序号由系统生成，不保存在文字中' };
  return null;
}

function findTitleFix(blocks: readonly Block[]): Fix | null {
  if (blocks[0]?.type === 'title') return null;
  const existing = blocks.findIndex((b) => b.type === 'title');
  if (existing > 0) return { kind: 'move', span: { start: existing, end: existing + 1 }, to: 0, reason: '标题必须在最前' };
  return { kind: 'insert', at: 0, block: textBlock('title'), reason: '补上标题' };
}

/** The fix for a title or addressee out of place at `at` (≥ 1, the title being first), or null. */
function singletonFixAt(block: Block, at: number): Fix | null {
  if (block.type === 'title') return { kind: 'set', at, props: { type: 'paragraph' }, unset: [], reason: '只能有一个标题' };
  if (block.type === 'addressee' && at !== 1) return { kind: 'set', at, props: { type: 'paragraph' }, unset: [], reason: '主送机关只能紧跟标题' };
  return null;
}

function findSingletonFix(blocks: readonly Block[]): Fix | null {
  for (let i = 1; i < blocks.length; i++) {
    const fix = singletonFixAt(blocks[i]!, i);
    if (fix) return fix;
  }
  return null;
}

/** An attachment out of place, or a required section inside one (annex-zone.ts), as a 'set' fix. */
function findPlacementFix(blocks: readonly Block[]): Fix | null {
  const fix = findAnnexFix(blocks);
  if (!fix) return null;
  return fix.change === 'annex-to-paragraph'
    ? { kind: 'set', at: fix.at, props: { type: 'paragraph' }, unset: [], reason: fix.reason }
    : { kind: 'set', at: fix.at, props: {}, unset: ['section'], reason: fix.reason };
}

function findSectionFix(blocks: readonly Block[], context: NormalizeContext): Fix | null {
  const template = context.template;
  if (!template) return null;
  const order = new Map(template.sections.map((s, i) => [s.key, i]));
  // Present sections in document order; later duplicates lose their key (their text stays).
  const present: { key: string; at: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!isHeading(block) || block.section === undefined) continue;
    if (seen.has(block.section)) return { kind: 'set', at: i, props: {}, unset: ['section'], reason: '必需章节只能出现一次' };
    seen.add(block.section);
    present.push({ key: block.section, at: i });
  }
  if (context.sectionsAsWritten) return null;
  for (let k = 1; k < present.length; k++) {
    const prev = present[k - 1]!;
    const cur = present[k]!;
    if (order.get(cur.key)! < order.get(prev.key)!) {
      return { kind: 'move', span: sectionSpan(blocks, cur.at), to: prev.at, reason: '必需章节须按模板顺序排列' };
    }
  }
  for (const [i, section] of template.sections.entries()) {
    if (seen.has(section.key)) continue;
    const next = present.find((p) => order.get(p.key)! > i);
    const afterFront = blocks[1]?.type === 'addressee' ? 2 : 1;
    const at = next ? next.at : closingStart(blocks);
    return { kind: 'insert', at: Math.max(afterFront, at), block: heading(1, sectionTitle(section, context.meta), { section: section.key }), reason: `补上必需章节「${section.title}」` };
  }
  return null;
}

/**
 * Heading levels with every skip closed up, siblings kept as siblings: each heading becomes one
 * level below the nearest earlier heading whose original level was lower (1, 4, 4, 4 → 1, 2, 2, 2;
 * not 1, 2, 3, 4). A document without skips maps to itself.
 */
function repairedLevels(blocks: readonly Block[]): { at: number; level: HeadingBlock['level'] }[] {
  const changes: { at: number; level: HeadingBlock['level'] }[] = [];
  const open: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    // Each attachment's outline starts afresh, at level 1.
    if (block.type === 'annex') open.length = 0;
    if (!isHeading(block)) continue;
    while (open.length && open[open.length - 1]! >= block.level) open.pop();
    open.push(block.level);
    if (open.length !== block.level) changes.push({ at: i, level: open.length as HeadingBlock['level'] });
  }
  return changes;
}

function findLevelFix(blocks: readonly Block[]): Fix | null {
  const changes = repairedLevels(blocks);
  return changes.length ? { kind: 'levels', changes, reason: '标题不能跳级' } : null;
}

/** The first violated invariant, in the order they must be repaired, or null. */
export function findFix(blocks: readonly Block[], context: NormalizeContext): Fix | null {
  for (let i = 0; i < blocks.length; i++) {
    const fix = findBlockFix(blocks[i]!, i, context);
    if (fix) return fix;
  }
  return findTitleFix(blocks) ?? findSingletonFix(blocks) ?? findPlacementFix(blocks) ?? findSectionFix(blocks, context) ?? findLevelFix(blocks);
}

/** The block a 'set' or 'trimStart' fix turns `block` into. */
function fixedBlock(block: Block, fix: Extract<Fix, { kind: 'set' | 'trimStart' }>): Block {
  if (fix.kind === 'trimStart') return { ...block, children: [{ text: blockText(block).slice(fix.length) }] } as Block;
  const copy = { ...block, ...fix.props } as Record<string, unknown>;
  for (const key of fix.unset) delete copy[key];
  return copy as unknown as Block;
}

/** Applies a fix to a block array, returning a new array (blocks that did not change are shared). */
export function applyFix(blocks: readonly Block[], fix: Fix): Block[] {
  const next = blocks.slice();
  switch (fix.kind) {
    case 'insert':
      next.splice(fix.at, 0, fix.block);
      return next;
    case 'set':
    case 'trimStart':
      next[fix.at] = fixedBlock(next[fix.at]!, fix);
      return next;
    case 'levels':
      for (const { at, level } of fix.changes) next[at] = { ...(next[at] as HeadingBlock), level };
      return next;
    case 'move': {
      const { start, end } = fix.span;
      // A target inside the span has no meaning; splicing it would silently scramble the blocks.
      if (fix.to > start && fix.to < end) throw new RangeError(`move target ${fix.to} inside span [${start}, ${end})`);
      const moved = next.splice(start, end - start);
      // `to` is an index in the array before the move: past the span, it shifts down by its length.
      const to = fix.to > start ? fix.to - moved.length : fix.to;
      next.splice(to, 0, ...moved);
      return next;
    }
  }
}

/*
 * Linear passes for the fixes that can occur once per block. Each applies, in place, exactly the
 * fixes findFix would return one by one, in the same order: a fix of these kinds never changes
 * whether an earlier block needs one, nor which fix a later block needs. Without them, loading a
 * large broken file (findFix is O(n), applyFix copies the array) would take quadratic time.
 */

function repairBlock(blocks: Block[], at: number, context: NormalizeContext): boolean {
  let changed = false;
  // A block needs at most a handful of local fixes (type, props, level, runIn, section, labels).
  for (let fix = findBlockFix(blocks[at]!, at, context); fix; fix = findBlockFix(blocks[at]!, at, context)) {
    if (fix.kind !== 'set' && fix.kind !== 'trimStart') throw new Error(`unexpected block fix ${fix.kind}`);
    blocks[at] = fixedBlock(blocks[at]!, fix);
    changed = true;
  }
  return changed;
}

function repairSingletons(blocks: Block[]): boolean {
  let changed = false;
  for (let i = 1; i < blocks.length; i++) {
    const fix = singletonFixAt(blocks[i]!, i);
    if (fix?.kind === 'set') {
      blocks[i] = fixedBlock(blocks[i]!, fix);
      changed = true;
    }
  }
  return changed;
}

function repairDuplicateSections(blocks: Block[]): boolean {
  const seen = new Set<string>();
  let changed = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!isHeading(block) || block.section === undefined) continue;
    if (seen.has(block.section)) {
      blocks[i] = fixedBlock(block, { kind: 'set', at: i, props: {}, unset: ['section'], reason: '' });
      changed = true;
    } else {
      seen.add(block.section);
    }
  }
  return changed;
}

function repairLevels(blocks: Block[], context: NormalizeContext): boolean {
  const changes = repairedLevels(blocks);
  for (const { at, level } of changes) {
    blocks[at] = { ...(blocks[at] as HeadingBlock), level };
    // findFix would next return this block's own fixes (a run-in heading now at level 1).
    repairBlock(blocks, at, context);
  }
  return changes.length > 0;
}

/**
 * Restores every invariant: title first, no skipped heading level, each required section once, as
 * a level-1 heading, in template order. Text is never dropped.
 */
export function normalizeBlocks(blocks: readonly Block[], context: NormalizeContext): Block[] {
  let current = blocks.slice();
  // Each round repairs at least one violation; the bound only guards against a fix that undoes another.
  const limit = 10 * ((context.template?.sections.length ?? 0) + 10) ** 2;
  for (let round = 0; round < limit; round++) {
    // The same order as findFix: block-local, title, singletons, placement, sections, levels.
    let changed = false;
    for (let i = 0; i < current.length; i++) changed = repairBlock(current, i, context) || changed;
    if (changed) continue;
    const title = findTitleFix(current);
    if (title) {
      current = applyFix(current, title);
      continue;
    }
    if (repairSingletons(current)) continue;
    const placement = findPlacementFix(current);
    if (placement) {
      current = applyFix(current, placement);
      continue;
    }
    const section = findSectionFix(current, context);
    if (section?.kind === 'set') {
      repairDuplicateSections(current);
      continue;
    }
    if (section) {
      current = applyFix(current, section);
      continue;
    }
    if (repairLevels(current, context)) continue;
    return current;
  }
  throw new Error('normalizeBlocks did not converge');
}
