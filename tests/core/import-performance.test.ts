import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';

/**
 * Large and hostile texts finish (no hang, no stack overflow) and keep their text. How fast is
 * measured by `npm run bench`, not here: a timed assertion fails on a busy machine, not on a bug.
 */

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/import/seeds/${name}`, import.meta.url)), 'utf8');

describe('recognise on large input', () => {
  it('recognises a 20 MB text on one line (line breaks lost everywhere)', { timeout: 120_000 }, () => {
    const unit = seed('003_4e5eab6f0c303194.txt').replace(/\n/gu, ' ');
    const line = unit.repeat(Math.ceil(20e6 / unit.length));
    const result = recognise(textToParagraphs(line));
    expect(result.blocks.length).toBeGreaterThan(10_000);
  });

  it('takes long runs without structure, and labels without text, as they come', { timeout: 120_000 }, () => {
    for (const text of ['测'.repeat(400_000), '1.' + '测'.repeat(400_000), '测 '.repeat(200_000), '（一）'.repeat(130_000), '一、(一)1 .（1）一，1、2月。 '.repeat(20_000)]) {
      const result = recognise([{ text: '某局工作总结' }, { text }]);
      const kept = result.blocks.map((b) => (b.kind === 'heading' ? b.number + b.text + b.body : b.text)).join('');
      // Nothing is lost but white space.
      expect(kept.replace(/\s+/gu, '').length).toBeGreaterThanOrEqual(text.replace(/\s+/gu, '').length * 0.99);
    }
  });
});
