import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../core/check/structure.ts';
import { blockText, heading, isHeading, textBlock, type Block } from '../../core/model.ts';
import { applyFix, findFix, normalizeBlocks, type Fix, type NormalizeContext } from '../../core/normalize.ts';
import { getTemplate } from '../../core/templates.ts';
import { blocksOf, compactOf, type Compact } from './compact.ts';
import { prng, randomBlocks } from './random-blocks.ts';

interface Fixture {
  description: string;
  template?: string;
  input: Compact[];
  expected: Compact[];
}

const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/normalize');
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  // JSON.parse, not import: a "__proto__" key must arrive as an own property, as it would from a file.
  .map((name) => ({ name, fixture: JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')) as Fixture }));

const META = { organ: '市科技局', year: 2024 };

function contextFor(templateId: string | undefined): NormalizeContext {
  const template = templateId === undefined ? undefined : getTemplate(templateId);
  return { template, meta: { ...META, period: template?.period ?? '全年' } };
}

/** The editor's way: one fix at a time, as Slate's normalizer calls findFix. */
function stepwise(blocks: readonly Block[], context: NormalizeContext): Block[] {
  let current = blocks.slice();
  for (let i = 0; i < 10_000; i++) {
    const fix = findFix(current, context);
    if (!fix) return current;
    current = applyFix(current, fix);
  }
  throw new Error('stepwise normalization did not converge');
}

const LABEL_CHARS = new Set([...'一二三四五六七八九十百（()）、.．,，0123456789'].concat([' ', '\t', '\u3000']));

function charCounts(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const ch of blockText(block)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** Every invariant the normalizer promises, checked independently of its own code. */
function expectNormalized(input: readonly Block[], output: readonly Block[], context: NormalizeContext): void {
  expect(findFix(output, context)).toBeNull();
  expect(normalizeBlocks(output, context)).toEqual(output);
  expect(output[0]?.type).toBe('title');
  expect(output.filter((b) => b.type === 'title')).toHaveLength(1);
  output.forEach((block, i) => {
    if (block.type === 'addressee') expect(i).toBe(1);
    if (block.type !== 'heading') expect(Object.keys(block).sort()).toEqual(['children', 'type']);
  });
  let previous = 0;
  const sections: string[] = [];
  const firstAnnex = output.findIndex((b) => b.type === 'annex');
  output.forEach((block, i) => {
    // Attachments stand after the closing run; nothing of the body's closing after the first one.
    if (firstAnnex >= 0 && i > firstAnnex) expect(['attachment', 'signature', 'date']).not.toContain(block.type);
    if (firstAnnex >= 0 && i > firstAnnex && isHeading(block)) expect(block.section).toBeUndefined();
  });
  for (const block of output) {
    // Each attachment's outline starts afresh at level 1.
    if (block.type === 'annex') previous = 0;
    if (!isHeading(block)) continue;
    expect(block.level).toBeLessThanOrEqual(previous + 1);
    previous = block.level;
    if (block.runIn !== undefined) {
      expect(block.runIn).toBe(true);
      expect(block.level).toBeGreaterThan(1);
    }
    if (block.section !== undefined) {
      expect(block.level).toBe(1);
      expect(block.runIn).toBeUndefined();
      sections.push(block.section);
    }
  }
  expect(sections).toEqual(context.template ? context.template.sections.map((s) => s.key) : []);
  // Never drops text: whatever characters went missing can only be those of trimmed typed labels.
  const before = charCounts(input);
  const after = charCounts(output);
  for (const [ch, count] of before) {
    if (!LABEL_CHARS.has(ch)) expect(after.get(ch) ?? 0, `character ${ch}`).toBeGreaterThanOrEqual(count);
  }
  // Blocks are repaired, moved or added, never removed.
  expect(output.length).toBeGreaterThanOrEqual(input.length);
  // The pre-submission check agrees: nothing structural is left for it to report.
  if (context.template) {
    const document = { meta: { ...context.meta, template: context.template.id, date: '' }, blocks: [...output] };
    const structural = checkStructure(document).filter((p) => ['level-jump', 'missing-section', 'duplicate-section', 'section-order', 'unknown-template'].includes(p.code));
    expect(structural).toEqual([]);
  }
}

describe('normalizer fixtures', () => {
  it('has fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(fixtures)('$name', ({ fixture }) => {
    const context = contextFor(fixture.template);
    const input = blocksOf(fixture.input);

    it(fixture.description, () => {
      expect(compactOf(normalizeBlocks(input, context))).toEqual(fixture.expected);
    });

    it('the editor (one fix at a time) gets the same result', () => {
      expect(compactOf(stepwise(input, context))).toEqual(fixture.expected);
    });

    it('is idempotent, keeps text and meets every invariant', () => {
      expectNormalized(input, normalizeBlocks(input, context), context);
    });

    it('does not modify its input', () => {
      const copy = structuredClone(input);
      normalizeBlocks(input, context);
      expect(input).toEqual(copy);
    });
  });
});

describe('normalizer properties over random block lists', () => {
  const templateIds = [undefined, 'half-year', 'annual', 'key-points', 'report'];
  for (let seed = 1; seed <= 400; seed++) {
    it(`seed ${seed}`, () => {
      const random = prng(seed);
      const context = contextFor(templateIds[seed % templateIds.length]);
      const input = randomBlocks(random);
      const output = normalizeBlocks(input, context);
      expectNormalized(input, output, context);
      expect(stepwise(input, context)).toEqual(output);
    });
  }
});

describe('applyFix', () => {
  const abc = blocksOf(['T:t', 'P:a', 'P:b', 'P:c', 'P:d', 'P:e']);
  const texts = (blocks: readonly Block[]) => blocks.map(blockText).join('');
  const move = (start: number, end: number, to: number): Fix => ({ kind: 'move', span: { start, end }, to, reason: '' });

  it('moves a span before an earlier index', () => {
    expect(texts(applyFix(abc, move(3, 5, 1)))).toBe('tcdabe');
  });

  it('moves a span to an index after it (the index counts in the array before the move)', () => {
    expect(texts(applyFix(abc, move(1, 3, 5)))).toBe('tcdabe');
    expect(texts(applyFix(abc, move(1, 3, 6)))).toBe('tcdeab');
  });

  it('moving a span to its own start or end changes nothing', () => {
    expect(texts(applyFix(abc, move(1, 3, 1)))).toBe('tabcde');
    expect(texts(applyFix(abc, move(1, 3, 3)))).toBe('tabcde');
  });

  it('refuses a move into the span itself', () => {
    expect(() => applyFix(abc, move(1, 4, 2))).toThrow();
  });

  it('shares unchanged blocks and leaves the input alone', () => {
    const next = applyFix(abc, { kind: 'set', at: 2, props: { type: 'title' }, unset: [], reason: '' });
    expect(next[1]).toBe(abc[1]);
    expect(next[2]).not.toBe(abc[2]);
    expect(abc[2]!.type).toBe('paragraph');
  });

  it('trimStart joins the runs and cuts the label', () => {
    const block = { type: 'heading', level: 1, children: [{ text: '一' }, { text: '、总体' }, { text: '思路' }] } as Block;
    expect(applyFix([block], { kind: 'trimStart', at: 0, length: 2, reason: '' })[0]!.children).toEqual([{ text: '总体思路' }]);
  });
});

describe('findFix', () => {
  const context = contextFor('half-year');

  it('gives reasons in Chinese', () => {
    const fix = findFix(blocksOf(['P:x']), context)!;
    expect(fix.reason).toMatch(/[\u4e00-\u9fff]/u);
  });

  it('repairs block-local problems before structure', () => {
    const fix = findFix(blocksOf(['P:x', 'H1:一、甲']), context)!;
    expect(fix).toMatchObject({ kind: 'trimStart', at: 1, length: 2 });
  });

  it('is null for a fresh document', () => {
    const blocks = [textBlock('title', 't'), heading(1, '工作完成情况', { section: 'done' }), heading(1, '存在的问题', { section: 'problems' }), heading(1, '下半年工作打算', { section: 'plan' })];
    expect(findFix(blocks, context)).toBeNull();
  });
});

describe('normalizeBlocks at scale', () => {
  // A file may hold up to 200 000 blocks; loading one must not take quadratic time.
  it('repairs a large broken document quickly', () => {
    const blocks: Block[] = [];
    for (let i = 0; i < 50_000; i++) {
      blocks.push(heading(i % 2 ? 3 : 1, '一、甲'), textBlock(i % 7 ? 'paragraph' : 'title', 'x'), { type: 'addressee', children: [{ text: 'y' }] });
    }
    const context = contextFor('half-year');
    const started = performance.now();
    const output = normalizeBlocks(blocks, context);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(findFix(output, context)).toBeNull();
    expect(output.length).toBe(blocks.length + 3);
  });
});
