import { intOf, wAttr, type XmlElement } from './docx-xml.ts';
import type { SourceHint } from './source.ts';

export type Alignment = NonNullable<SourceHint['alignment']>;

/** What the w:pPr of a paragraph or of a paragraph style states that the reader passes on. */
export interface ParagraphProperties {
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  alignment?: Alignment;
}

/**
 * Reads WordprocessingML element `el` (local name `local`) into `into` when it is one of the
 * properties above in the w:pPr of `owner` (a w:p or a w:style). `up(n)` is the local name of
 * the n-th open element, 0 being `el` itself: a paragraph and a style state them alike.
 */
export function readParagraphProperty(
  el: XmlElement,
  local: string,
  up: (n: number) => string | undefined,
  owner: 'p' | 'style',
  into: ParagraphProperties,
): void {
  if (up(1) === 'pPr' && up(2) === owner) {
    if (local === 'outlineLvl') into.outlineLevel = intOf(wAttr(el, 'val'));
    else if (local === 'jc') into.alignment = alignmentOf(wAttr(el, 'val'));
  } else if (up(1) === 'numPr' && up(2) === 'pPr' && up(3) === owner) {
    if (local === 'numId') into.numId = wAttr(el, 'val');
    else if (local === 'ilvl') into.ilvl = intOf(wAttr(el, 'val'));
  }
}

function alignmentOf(value: string | undefined): Alignment | undefined {
  switch (value) {
    case 'left':
    case 'start':
      return 'left';
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'distribute':
    case 'lowKashida':
    case 'mediumKashida':
    case 'highKashida':
    case 'thaiDistribute':
      return 'both';
    default:
      return undefined;
  }
}
