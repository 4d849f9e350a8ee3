import { readParagraphProperty, type ParagraphProperties } from './docx-paragraph-properties.ts';
import { SKIPPED, isAttributeOn, isFallback, isWord, parseXml, wAttr } from './docx-xml.ts';

/**
 * Paragraph styles (styles.xml): what a paragraph's style gives it through its w:basedOn chain —
 * an outline level (stated, or that of a built-in heading style), list numbering, alignment — and
 * which style a paragraph without w:pStyle has.
 */
interface Style extends ParagraphProperties {
  type: string;
  name?: string;
  basedOn?: string;
}

export interface StyleProperties extends ParagraphProperties {
  /** The style in the chain whose w:numPr gave numId. */
  numStyle?: string;
}

export class Styles {
  private readonly resolved = new Map<string, StyleProperties>();

  constructor(
    private readonly styles: Map<string, Style>,
    readonly defaultParagraphStyle?: string,
  ) {}

  numIdOfStyle = (styleId: string): string | undefined => this.styles.get(styleId)?.numId;

  /** The properties a paragraph style gives, its w:basedOn chain included (nearest wins). */
  properties(styleId: string | undefined): StyleProperties {
    if (styleId === undefined) return {};
    const known = this.resolved.get(styleId);
    if (known) return known;
    const properties: StyleProperties = {};
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id) && seen.size < 32; ) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      if (properties.outlineLevel === undefined) properties.outlineLevel = style.outlineLevel ?? headingLevelOf(id, style.name);
      // w:numId and w:ilvl are inherited each on its own (a heading 2 based on a numbered
      // heading 1 may give only its level).
      if (properties.numId === undefined && style.numId !== undefined) {
        properties.numId = style.numId;
        properties.numStyle = id;
      }
      properties.ilvl ??= style.ilvl;
      properties.alignment ??= style.alignment;
      id = style.basedOn;
    }
    this.resolved.set(styleId, properties);
    return properties;
  }
}

/** Word's built-in heading styles: w:name is "heading 1" in any UI language; some writers use 标题 1 or the id Heading1. */
function headingLevelOf(id: string, name: string | undefined): number | undefined {
  const match = /^(?:heading|标题)\s*([1-9])$/i.exec(name ?? '') ?? /^heading([1-9])$/i.exec(id);
  return match ? Number(match[1]) - 1 : undefined;
}

export function readStyles(bytes: Uint8Array): Styles {
  const styles = new Map<string, Style>();
  let defaultParagraphStyle: string | undefined;
  let style: Style | undefined;
  let styleId = '';
  const stack: string[] = [];
  let skip = 0;
  parseXml(bytes, 'word/styles.xml', {
    open(el) {
      if (skip || isFallback(el) || (isWord(el) && SKIPPED.has(el.local))) return void skip++;
      const local = isWord(el) ? el.local : '';
      stack.push(local);
      const up = (n: number) => stack[stack.length - 1 - n];
      if (local === 'style') {
        style = { type: wAttr(el, 'type') ?? 'paragraph' };
        styleId = wAttr(el, 'styleId') ?? '';
        if (style.type === 'paragraph' && isAttributeOn(el, 'default')) {
          defaultParagraphStyle ??= styleId;
        }
        return;
      }
      if (!style) return;
      if (up(1) === 'style') {
        if (local === 'name') style.name = wAttr(el, 'val');
        else if (local === 'basedOn') style.basedOn = wAttr(el, 'val');
      } else {
        readParagraphProperty(el, local, up, 'style', style);
      }
    },
    close(el) {
      if (skip) return void skip--;
      stack.pop();
      if (isWord(el) && el.local === 'style' && style) {
        if (!styles.has(styleId)) styles.set(styleId, style);
        style = undefined;
      }
    },
  });
  return new Styles(styles, defaultParagraphStyle);
}
