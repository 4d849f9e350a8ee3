import type { CheckContext, Draft } from './finding.ts';
import { clip, where } from './message.ts';
import { printedBlocks } from './printed.ts';

/** 主送机关 ends with a full-width colon (GB/T 9704 7.3.2); the export prints the line as written. */
function addresseeColon(text: string, block: number): Draft<'addressee-colon'> | null {
  const trimmed = text.trimEnd();
  // A half-width : is the half-width rule's to report (and fix).
  if (!trimmed.trim() || /[：:]$/u.test(trimmed)) return null;
  const start = trimmed.length;
  return {
    code: 'addressee-colon',
    block,
    start,
    end: text.length,
    message: `${where(block)}主送机关「${clip(trimmed, 30)}」：末尾应为全角冒号「：」（GB/T 9704 7.3.2）`,
    fix: { start, end: text.length, text: '：' },
  };
}

export function addresseeColonFindings({ document }: CheckContext): Draft<'addressee-colon'>[] {
  return printedBlocks(document.blocks).flatMap(({ block, index, text }) => (block.type === 'addressee' ? (addresseeColon(text, index) ?? []) : []));
}
