import type { SourceParagraph } from '../../core/import/source.ts';
import { blockText, type TableBlock } from '../../core/model.ts';
import { htmlTable } from './html-table.ts';
import { tableMark } from './table-paste.ts';

/** Elements whose end is a paragraph break. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'DT', 'DD', 'ADDRESS', 'CENTER', 'FIGCAPTION', 'CAPTION']);
/** Never text: their content is code, styling or an embedded object. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT', 'EMBED', 'svg', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA']);
const ALIGNMENTS = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

/**
 * Pasted HTML (a web page, Word, WPS) → the paragraphs the recogniser reads. Parsed with
 * DOMParser into an inert document: its scripts never run and its images are never fetched;
 * only text and paragraph breaks are taken from it. Headings' tags (h1–h6) and alignment become
 * hints; a table row becomes one paragraph with its cells separated by tabs, or, when `tables` is
 * given, a table becomes a table block (appended to it) and one line marking its place.
 */
export function htmlToParagraphs(html: string, tables?: TableBlock[]): SourceParagraph[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: SourceParagraph[] = [];
  let line = '';
  let hint: SourceParagraph['hint'] = undefined;

  const flush = () => {
    const text = line.replace(/[ \t\u00a0\u3000]+/g, (space) => (space.includes('\t') ? '\t' : ' ')).trim();
    if (text) out.push(hint ? { text, hint } : { text });
    line = '';
    hint = undefined;
  };

  const visit = (node: globalThis.Node) => {
    if (node.nodeType === 3) {
      // Source line breaks inside HTML text are spaces, as a browser shows them.
      line += (node.nodeValue ?? '').replace(/[\r\n]+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName;
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'TABLE' && tables) {
      // Kept whole as a table block; the recogniser sees a line that stands for it (table-paste.ts).
      flush();
      const table = htmlTable(element);
      if (blockText(table).trim()) {
        out.push({ text: tableMark(tables.length), hint: { tableRow: true } });
        tables.push(table);
      }
      return;
    }
    if (tag === 'TR') {
      flush();
      const cells = Array.from(element.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
      const text = cells.map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\t');
      if (text.trim()) out.push({ text, hint: { tableRow: true } });
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (block) hint = hintOf(element);
    for (const child of Array.from(element.childNodes)) visit(child);
    if (block) flush();
  };

  visit(doc.body);
  flush();
  return out;
}

function hintOf(element: Element): SourceParagraph['hint'] {
  const hint: NonNullable<SourceParagraph['hint']> = {};
  const heading = /^H([1-6])$/.exec(element.tagName);
  if (heading) hint.outlineLevel = Number(heading[1]) - 1;
  const align = ((element as HTMLElement).style?.textAlign || element.getAttribute('align') || '').toLowerCase();
  if (align in ALIGNMENTS) hint.alignment = ALIGNMENTS[align as keyof typeof ALIGNMENTS];
  return Object.keys(hint).length ? hint : undefined;
}
