import { findHalfWidthPunctuation } from '../half-width-marks.ts';
import { findPlaceholders, type TextRange } from '../placeholder.ts';
import type { CheckContext, Draft } from './finding.ts';
import { clip, excerpt, where } from './message.ts';
import { printedBlocks } from './printed.ts';

const MARK_NAME: Record<string, string> = { ',': '逗号', ':': '冒号', ';': '分号', '(': '括号', ')': '括号', '?': '问号', '!': '叹号' };

function halfWidthOf(text: string, block: number, skip: readonly TextRange[]): Draft<'half-width-punctuation'>[] {
  const findings: Draft<'half-width-punctuation'>[] = [];
  for (const m of findHalfWidthPunctuation(text, skip)) {
    if (m.pair !== undefined && m.pair < m.index) continue; // the pair is reported at its (
    if (m.pair !== undefined) {
      const content = clip(text.slice(m.index + 1, m.pair), 10);
      findings.push({
        code: 'half-width-punctuation',
        block,
        start: m.index,
        end: m.pair + 1,
        message: `${where(block)}${excerpt(text, m.index, m.index + 1)}：半角括号「(${content})」应为全角「（${content}）」`,
        fix: { start: m.index, end: m.pair + 1, text: `（${text.slice(m.index + 1, m.pair)}）` },
      });
      continue;
    }
    findings.push({
      code: 'half-width-punctuation',
      block,
      start: m.index,
      end: m.index + 1,
      message: `${where(block)}${excerpt(text, m.index, m.index + 1)}：半角${MARK_NAME[m.mark]}「${m.mark}」应为全角「${m.fullWidth}」`,
      fix: { start: m.index, end: m.index + 1, text: m.fullWidth },
    });
  }
  return findings;
}

/** Half-width marks in Chinese text, each with its full-width form as the fix. Placeholders are the placeholder rule's. */
export function halfWidthFindings({ document }: CheckContext): Draft<'half-width-punctuation'>[] {
  return printedBlocks(document.blocks).flatMap(({ index, text }) => halfWidthOf(text, index, findPlaceholders(text)));
}
