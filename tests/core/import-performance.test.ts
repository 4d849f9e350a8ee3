import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';

/**
 * Recognition is linear in the text: a 200-page report well under 100 ms, and a 20 MB text on
 * one line (no line breaks to bound the work, labels everywhere) in bounded time, not a hang.
 */

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/import/seeds/${name}`, import.meta.url)), 'utf8');

function median(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1]!;
}

/** About 200 pages of 公文 (22 lines of 28 characters): seed 000's sections over and over. */
function twoHundredPages(): string {
  const lines = seed('000_50acbe1f2b51726a.txt').split('\n');
  const head = lines.slice(0, 16).join('\n');
  const body = lines.slice(16, -6).join('\n');
  let text = head;
  while (text.length < 200 * 22 * 28) text += '\n' + body;
  return text;
}

describe('recognise performance', () => {
  it('recognises a 200-page text in well under 100 ms', () => {
    const paragraphs = textToParagraphs(twoHundredPages());
    for (let i = 0; i < 3; i++) recognise(paragraphs);
    const ms = median(7, () => recognise(paragraphs));
    console.log(`recognise 200 pages (${paragraphs.length} paragraphs): ${ms.toFixed(1)} ms median`);
    expect(ms).toBeLessThan(100);
  });

  it('recognises a 20 MB text on one line in bounded time', { timeout: 60_000 }, () => {
    const unit = seed('003_4e5eab6f0c303194.txt').replace(/\n/gu, ' ');
    const line = unit.repeat(Math.ceil(20e6 / unit.length));
    const start = performance.now();
    const result = recognise(textToParagraphs(line));
    const ms = performance.now() - start;
    console.log(`recognise 20 MB one line: ${ms.toFixed(0)} ms, ${result.blocks.length} blocks`);
    expect(result.blocks.length).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(30_000);
  });

  it('has no super-linear case on long runs without structure', () => {
    const inputs = (n: number) => ['测'.repeat(n), '1.' + '测'.repeat(n), '测 '.repeat(n / 2), '（一）'.repeat(n / 3), '一、(一)1 .（1）一，1、2月。 '.repeat(n / 20)];
    const time = (n: number) => median(3, () => inputs(n).forEach((text) => recognise([{ text }])));
    time(50_000);
    const small = time(100_000);
    const large = time(400_000);
    // Four times the text, about four times the work; quadratic would be sixteen (the bound is
    // generous: other test files run in parallel).
    expect(large).toBeLessThan(Math.max(small * 12, 50));
  });
});
