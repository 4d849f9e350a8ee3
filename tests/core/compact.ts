import type { Block, HeadingLevel } from '../../core/model.ts';

/**
 * A compact notation for block lists, so that normalizer fixtures read like the document:
 *
 *   "T:标题"  "A:主送机关"  "P:正文"  "S:署名"  "D:日期"
 *   "H1:工作完成情况#done"   heading level 1 carrying the required section "done"
 *   "H3~:加大研发投入。正文…"  run-in heading (heading sentence and body in one paragraph)
 *
 * Anything the notation cannot say (unknown types, stray props, invalid levels) is written as
 * the raw block object instead, and blocks that do not fit the notation come back out as objects,
 * so a round trip never hides a difference.
 */
export type Compact = string | Record<string, unknown>;

const TYPES: Record<string, Exclude<Block['type'], 'heading'>> = { T: 'title', A: 'addressee', P: 'paragraph', S: 'signature', D: 'date' };
const LETTERS = Object.fromEntries(Object.entries(TYPES).map(([letter, type]) => [type, letter]));

const ENTRY = /^(?:([TAPSD])|H([1-4])(~?)):(.*)$/su;
const SECTION = /#([a-z][a-z0-9-]*)$/u;

export function fromCompact(entry: Compact): Block {
  if (typeof entry !== 'string') return structuredClone(entry) as unknown as Block;
  const m = ENTRY.exec(entry);
  if (!m) throw new Error(`bad compact block: ${entry}`);
  const [, letter, level, runIn, rest] = m;
  if (letter) return { type: TYPES[letter]!, children: [{ text: rest! }] } as Block;
  let text = rest!;
  const section = SECTION.exec(text);
  if (section) text = text.slice(0, section.index);
  const block: Block = { type: 'heading', level: Number(level) as HeadingLevel, children: [{ text }] };
  if (runIn) block.runIn = true;
  if (section) block.section = section[1]!;
  return block;
}

function plainText(block: Block): string | null {
  return Array.isArray(block.children) && block.children.length === 1 && block.type !== 'table' && typeof block.children[0]?.text === 'string' ? block.children[0].text : null;
}

export function toCompact(block: Block): Compact {
  const text = plainText(block);
  const keys = Object.keys(block);
  if (text !== null && block.type !== 'heading' && LETTERS[block.type] && keys.length === 2) return `${LETTERS[block.type]}:${text}`;
  if (text !== null && block.type === 'heading' && [1, 2, 3, 4].includes(block.level) && !SECTION.test(text)) {
    const known = keys.every((k) => ['type', 'level', 'children', 'runIn', 'section'].includes(k));
    const runInOk = !('runIn' in block) || block.runIn === true;
    const sectionOk = !('section' in block) || (typeof block.section === 'string' && SECTION.test(`#${block.section}`));
    if (known && runInOk && sectionOk) return `H${block.level}${block.runIn ? '~' : ''}:${text}${block.section !== undefined ? `#${block.section}` : ''}`;
  }
  return structuredClone(block) as unknown as Record<string, unknown>;
}

export const blocksOf = (entries: readonly Compact[]): Block[] => entries.map(fromCompact);
export const compactOf = (blocks: readonly Block[]): Compact[] => blocks.map(toCompact);
