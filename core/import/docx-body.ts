import { blockText } from '../model.ts';
import { readParagraphProperty, type ParagraphProperties } from './docx-paragraph-properties.ts';
import { listLevel, type NumberingDefinitions } from './docx-numbering.ts';
import type { StyleProperties, Styles } from './docx-styles.ts';
import { SKIPPED, isFallback, isOn, isWord, parseXml, wAttr } from './docx-xml.ts';
import { TableDraft, fitsModel, flattenTable } from './docx-table.ts';
import { ListCounter } from './list-counter.ts';
import type { SourceHint, SourceParagraph } from './source.ts';
import { trimEdges } from './trim-edges.ts';

/**
 * The main document part's body (w:body) → source paragraphs, as Word shows it with tracked
 * changes accepted: what is kept, joined and dropped is listed at readDocx (docx-reader.ts).
 */
interface Paragraph extends ParagraphProperties {
  parts: string[];
  styleId?: string;
  markDeleted: boolean;
  /** The paragraph mark is hidden (w:vanish in w:pPr/w:rPr): Word draws the next paragraph on its line. */
  markHidden: boolean;
}

/**
 * Where finished paragraphs go: the document's list (for the body and for text boxes, which
 * share it), or the lines of a table cell.
 */
interface Sink {
  kind: 'body' | 'cell';
  lines: SourceParagraph[];
  /** Text of paragraphs whose mark was deleted or hidden, waiting to join the next paragraph. */
  pending: string;
  /** The paragraph whose hidden mark began the pending text: its hints are the joined paragraph's. */
  pendingFrom?: Paragraph;
}

/** Each line trimmed at both ends, empty lines dropped. */
function tidy(text: string): string {
  if (!text.includes('\n')) return trimEdges(text);
  return text
    .split('\n')
    .map((line) => trimEdges(line))
    .filter((line) => line !== '')
    .join('\n');
}

export function readBody(bytes: Uint8Array, part: string, styles: Styles, numbering: NumberingDefinitions): SourceParagraph[] {
  const counter = new ListCounter(numbering, styles.numIdOfStyle);
  const output: SourceParagraph[] = [];
  const sinks: Sink[] = [{ kind: 'body', lines: output, pending: '' }];
  /** Open tables, innermost last (a table in a cell is nested). */
  const tables: TableDraft[] = [];
  const table = () => tables[tables.length - 1];
  const paragraphs: Paragraph[] = [];
  const hiddenRuns: boolean[] = [];
  /** Open complex fields, innermost last: true while in the instruction part. */
  const fields: boolean[] = [];
  /** How many of them are in their instruction part (text is skipped while any is). */
  let instructions = 0;
  /** Local names of the open elements (WordprocessingML; '' for any other namespace). */
  const stack: string[] = [];
  let skip = 0;
  let inText = false;
  const up = (n: number) => stack[stack.length - 1 - n];

  const append = (text: string) => {
    const paragraph = paragraphs[paragraphs.length - 1];
    if (!paragraph || hiddenRuns[hiddenRuns.length - 1] || instructions > 0) return;
    paragraph.parts.push(text);
  };

  const finishParagraph = (p: Paragraph) => {
    const sink = sinks[sinks.length - 1]!;
    const text = sink.pending + p.parts.join('');
    const from = sink.pendingFrom;
    sink.pending = '';
    sink.pendingFrom = undefined;
    if (p.markDeleted || p.markHidden) {
      sink.pending = text;
      // A hidden mark (Word's style separator: a heading paragraph run on into the body) makes one
      // paragraph on the page, which is the heading's: its style and level are the joined one's.
      sink.pendingFrom = from ?? (p.markHidden ? p : undefined);
      return;
    }
    if (from) p = { ...from, parts: p.parts, markDeleted: false, markHidden: false };
    const styleId = p.styleId ?? styles.defaultParagraphStyle;
    const fromStyle = styles.properties(styleId);
    const label = listLabelOf(p, fromStyle, styleId, counter);
    const tidied = tidy(text);
    if (sink.kind === 'cell') {
      // A cell's text is kept as written, edges and empty paragraphs too: a table's shape is its text.
      sink.lines.push({ text: (label ?? '') + text });
      return;
    }
    if (!tidied && label === undefined) return;
    const hint: SourceHint = {};
    if (label !== undefined) hint.listLabel = label;
    const outlineLevel = p.outlineLevel ?? fromStyle.outlineLevel;
    if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel <= 8) hint.outlineLevel = outlineLevel;
    const alignment = p.alignment ?? fromStyle.alignment;
    if (alignment) hint.alignment = alignment;
    sink.lines.push(Object.keys(hint).length ? { text: tidied, hint } : { text: tidied });
  };

  const closeSink = () => {
    const sink = sinks.pop()!;
    const pending = tidy(sink.pending);
    if (pending) sink.lines.push({ text: pending });
    return sink;
  };

  parseXml(bytes, part, {
    open(el) {
      if (skip || isFallback(el)) return void skip++;
      const word = isWord(el);
      const local = word ? el.local : '';
      if (word && SKIPPED.has(local)) {
        // An empty w:del among the paragraph mark's properties deletes the mark itself; one
        // among a row's properties deletes the row.
        if (local === 'del' && up(0) === 'rPr' && up(1) === 'pPr' && up(2) === 'p') paragraphs[paragraphs.length - 1]!.markDeleted = true;
        if (local === 'del' && up(0) === 'trPr') table()?.rowProperty('del', undefined, true);
        return void skip++;
      }
      stack.push(local);
      if (!word) return;
      // up(0) is this element, up(1) its parent, …
      switch (local) {
        case 'p':
          paragraphs.push({ parts: [], markDeleted: false, markHidden: false });
          return;
        case 'r':
          hiddenRuns.push(false);
          return;
        case 't':
          inText = up(1) === 'r';
          return;
        case 'tab':
        case 'ptab':
          if (up(1) === 'r') append('\t');
          return;
        case 'br':
        case 'cr':
          if (up(1) === 'r') append('\n');
          return;
        case 'noBreakHyphen':
          if (up(1) === 'r') append('-');
          return;
        case 'vanish':
          if (up(1) === 'rPr' && up(2) === 'r' && isOn(el)) hiddenRuns[hiddenRuns.length - 1] = true;
          else if (up(1) === 'rPr' && up(2) === 'pPr' && up(3) === 'p' && isOn(el)) paragraphs[paragraphs.length - 1]!.markHidden = true;
          return;
        case 'fldChar': {
          const type = wAttr(el, 'fldCharType');
          if (type === 'begin') {
            fields.push(true);
            instructions++;
          } else if (type === 'separate' && fields[fields.length - 1] === true) {
            fields[fields.length - 1] = false;
            instructions--;
          } else if (type === 'end' && fields.length) {
            if (fields.pop()) instructions--;
          }
          return;
        }
        case 'tbl':
          tables.push(new TableDraft());
          return;
        case 'gridCol':
          if (up(1) === 'tblGrid') table()?.gridColumn();
          return;
        case 'tr':
          table()?.startRow();
          return;
        case 'tc':
          table()?.startCell();
          sinks.push({ kind: 'cell', lines: [], pending: '' });
          return;
        case 'txbxContent':
          sinks.push({ kind: 'body', lines: output, pending: '' });
          return;
      }
      if (up(1) === 'trPr' && up(2) === 'tr') return table()?.rowProperty(local, wAttr(el, 'val'), isOn(el));
      if (up(1) === 'tcPr' && up(2) === 'tc') return table()?.cellProperty(local, wAttr(el, 'val'));
      const paragraph = paragraphs[paragraphs.length - 1];
      if (!paragraph) return;
      if (local === 'pStyle' && up(1) === 'pPr' && up(2) === 'p') paragraph.styleId = wAttr(el, 'val');
      else readParagraphProperty(el, local, up, 'p', paragraph);
    },
    close(el) {
      if (skip) return void skip--;
      const local = stack.pop();
      if (!isWord(el)) return;
      switch (local) {
        case 'p':
          finishParagraph(paragraphs.pop()!);
          // A field's instruction never runs past a paragraph mark in a sound document; one left
          // open (no separate, no end) must not hide the rest of the document.
          while (fields[fields.length - 1] === true) {
            fields.pop();
            instructions--;
          }
          return;
        case 'r':
          hiddenRuns.pop();
          return;
        case 't':
          inText = false;
          return;
        case 'txbxContent':
          closeSink();
          return;
        case 'tc': {
          const lines = closeSink().lines.map((line) => line.text);
          table()?.endCell(lines);
          return;
        }
        case 'tr':
          table()?.endRow();
          return;
        case 'tbl': {
          const done = tables.pop()?.finish();
          if (!done) return;
          const sink = sinks[sinks.length - 1]!;
          // A table nested in a cell becomes lines of that cell: one a row, its cells joined by tabs.
          if (sink.kind === 'cell') for (const text of flattenTable(done)) sink.lines.push({ text });
          else if (fitsModel(done)) sink.lines.push({ text: blockText(done), table: done });
          // Past the model's limits: its rows as lines of text, nothing lost.
          else for (const text of flattenTable(done)) sink.lines.push({ text, hint: { tableRow: true } });
          return;
        }
      }
    },
    text(text) {
      if (inText && !skip) append(text);
    },
  });
  while (sinks.length) closeSink();
  return output;
}

/** The list label of a finished paragraph: its own w:numPr, else the one its style chain gives. */
function listLabelOf(p: Paragraph, fromStyle: StyleProperties, styleId: string | undefined, counter: ListCounter): string | undefined {
  const numId = p.numId ?? fromStyle.numId;
  if (numId === undefined || numId === '0') return undefined;
  let ilvl = p.ilvl;
  if (ilvl === undefined && p.numId === undefined) {
    // Numbering from the style: its own w:ilvl, else the level linked to the style (w:pStyle).
    ilvl = fromStyle.ilvl ?? (styleId === undefined ? undefined : counter.levelOfStyle(numId, styleId));
    if (ilvl === undefined && fromStyle.numStyle !== undefined) ilvl = counter.levelOfStyle(numId, fromStyle.numStyle);
  }
  return counter.next(numId, listLevel(ilvl === undefined ? undefined : String(ilvl)));
}
