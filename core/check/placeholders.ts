import { findPlaceholders } from '../placeholder.ts';
import type { CheckContext, Draft } from './finding.ts';
import { excerpt, where } from './message.ts';
import { printedBlocks } from './printed.ts';

/** A 【 or 】 left over from a hole half filled or half deleted (【 10): it would go into the export. */
const STRAY: Record<string, string> = {
  '【': '「【」没有配对的「】」，待填处没有填完或括号多余',
  '】': '「】」没有配对的「【」，待填处没有填完或括号多余',
};

function placeholdersOf(text: string, block: number): Draft<'placeholder'>[] {
  return findPlaceholders(text).map((p) => ({
    code: 'placeholder',
    block,
    start: p.start,
    end: p.end,
    message: `${where(block)}${excerpt(text, p.start, p.end)}：${p.kind === 'stray-bracket' ? STRAY[p.text] : `「${p.text}」还没有填写`}`,
  }));
}

/** Every unfilled 【 】, x or xx.x of the printed text, and every 【 or 】 left unmatched. */
export function placeholderFindings({ document }: CheckContext): Draft<'placeholder'>[] {
  return printedBlocks(document.blocks).flatMap(({ index, text }) => placeholdersOf(text, index));
}
