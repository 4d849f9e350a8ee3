import type { Block } from '../../core/model.ts';

/** mulberry32: a tiny seeded PRNG, so a failing random case can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['', '工作完成情况', '存在的问题', '一、总体思路', '（一）加强领导', '(二)、推进', '1.加大投入', '1.5亿元', '2023年全市', '一是加强', '十大工程', '（1）措施', ' 三 、 任务', '二、三、重点', '正文内容。', 'abc', '一、', '市政府办公厅：'];
const KEYS = ['done', 'problems', 'plan', 'approach', 'goals', 'tasks', 'other'];

/**
 * A random block list, mostly plausible and sometimes broken in every way the normalizer is meant
 * to repair: unknown types, stray props, invalid levels, misplaced title/addressee/closing blocks,
 * section keys (known to some template or not), typed numbers, run-in anywhere.
 */
export function randomBlocks(random: () => number, maxLength = 24): Block[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const length = Math.floor(random() * (maxLength + 1));
  const blocks: Block[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    const text = pick(TEXTS);
    const children = random() < 0.1 ? [{ text: text.slice(0, 2) }, { text: text.slice(2) }] : [{ text }];
    let block: Record<string, unknown>;
    if (r < 0.45) {
      block = { type: 'heading', level: pick([1, 1, 2, 2, 3, 4]), children };
      if (random() < 0.25) block.runIn = random() < 0.8;
      if (random() < 0.35) block.section = pick(KEYS);
      if (random() < 0.04) block.level = pick([0, 5, 9, -1, '2', null, 2.5]);
    } else if (r < 0.8) {
      block = { type: 'paragraph', children };
    } else {
      block = { type: pick(['title', 'addressee', 'attachment', 'signature', 'date', 'annex', 'annex', 'list', 'quote']), children };
    }
    if (random() < 0.05) block[pick(['level', 'runIn', 'section', 'color', '__proto__'])] = pick([1, true, 'done', 'red']);
    blocks.push(block as unknown as Block);
  }
  return blocks;
}
