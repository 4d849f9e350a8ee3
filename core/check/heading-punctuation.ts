import { isHeading } from '../model.ts';
import type { CheckContext, Draft } from './finding.ts';
import { clip, where } from './message.ts';
import { printedBlocks } from './printed.ts';

/** Marks a standalone heading (or the title) does not end with. ？ and ！ may end a heading. */
const TERMINAL = '。，；：、,;:．.';

type Kind = 'title' | 'heading' | 'attachment' | 'annex';

function terminalPunctuation(text: string, block: number, kind: Kind): Draft<'heading-punctuation'> | null {
  const trimmed = text.trimEnd();
  const last = trimmed[trimmed.length - 1];
  if (last === undefined || !TERMINAL.includes(last) || !trimmed.slice(0, -1).trim()) return null;
  const index = trimmed.length - 1;
  const rule = { title: '公文标题末尾不加标点', heading: '独占一行的标题末尾不加标点', attachment: '附件名称后不加标点符号（GB/T 9704 7.3.4）', annex: '附件标题末尾不加标点' }[kind];
  return {
    code: 'heading-punctuation',
    block,
    start: index,
    end: index + 1,
    message: `${where(block)}${{ title: '标题', heading: '章节标题', attachment: '附件名称', annex: '附件标题' }[kind]}「${clip(trimmed, 40)}」：${rule}，应删去「${last}」`,
    fix: { start: index, end: index + 1, text: '' },
  };
}

/** The title, a standalone heading or an attachment name ending in punctuation; dropping the mark is the fix. */
export function headingPunctuationFindings({ document }: CheckContext): Draft<'heading-punctuation'>[] {
  const findings: Draft<'heading-punctuation'>[] = [];
  for (const { block, index, text } of printedBlocks(document.blocks)) {
    let kind: Kind | undefined;
    if (block.type === 'title') kind = 'title';
    else if (block.type === 'annex') kind = 'annex';
    else if (block.type === 'attachment') kind = 'attachment';
    else if (isHeading(block) && !block.runIn) kind = 'heading';
    const punctuation = kind && terminalPunctuation(text, index, kind);
    if (punctuation) findings.push(punctuation);
  }
  return findings;
}
