import type { HeadingLevel } from './model.ts';

const CN = '[一二三四五六七八九十百]+';
const OPEN = '[（(]';
const CLOSE = '[）)]';

// Checked in this order: （一） before 一、 so that the bracket is not read as body text.
const PATTERNS: readonly [HeadingLevel, RegExp][] = [
  [2, new RegExp(`^\\s*${OPEN}\\s*${CN}\\s*${CLOSE}[、.．,，]?\\s*`, 'u')],
  [4, new RegExp(`^\\s*${OPEN}\\s*\\d{1,3}\\s*${CLOSE}[、.．,，]?\\s*`, 'u')],
  // Not 一，: in the editor a comma after 一 / 二 is punctuation (二，是措施), found by the fuzzer; the
  // importer's recogniser reads 一， labels in source files itself (core/import/labels.ts).
  [1, new RegExp(`^\\s*${CN}\\s*[、.．]\\s*`, 'u')],
  // 1. 1、 1． but not 1.5 or 1．5 (a decimal, full-width in some OCR text) or 2023.
  [3, /^\s*\d{1,3}\s*(?:、|[.．](?!\d))\s*/u],
];

export interface TypedLabel {
  level: HeadingLevel;
  /** Characters the label (with surrounding spaces) takes at the start of the text. */
  length: number;
}

/**
 * A hand-typed outline number at the start of a text (一、 （一） (一) 1. 1、 （1） …). Such numbers
 * never stay in the text: in a heading they are dropped, at the start of a body paragraph they
 * turn it into a heading.
 */
export function matchTypedLabel(text: string): TypedLabel | null {
  for (const [level, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) return { level, length: m[0].length };
  }
  return null;
}
