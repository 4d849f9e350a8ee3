import { ImportError } from './import-error.ts';
import { refusal } from './file-kind.ts';
import { ListCounter, emptyNumbering, listLevel, readNumbering, type NumberingDefinitions } from './docx-numbering.ts';
import { MC_NAMESPACE, isOn, isWordNamespace, parseXml, wAttr, type XmlElement } from './docx-xml.ts';
import type { SourceHint, SourceParagraph } from './source.ts';
import { openZip, type ZipArchive } from './zip-read.ts';

/**
 * Reads the body of a .docx into source paragraphs, in document order, as Word shows them with
 * all tracked changes accepted. The reader decides no structure; it passes on what the document
 * states:
 *
 * - text of runs: w:t; w:tab and w:ptab → '\t'; w:br and w:cr (line, page or column breaks) →
 *   '\n'. A paragraph with manual line breaks (Shift+Enter) stays ONE paragraph whose text holds
 *   '\n' between its lines (a title broken over two lines is one title, and the hints belong
 *   to the whole paragraph).
 * - white space, as the text reader does it: each line is trimmed of half-width, full-width
 *   (U+3000), no-break and zero-width spaces at its ends (the full-width indent clerks type),
 *   empty lines are dropped, and so are paragraphs left empty — unless Word numbers them (a
 *   bare 三、 is kept, with its label and empty text). Inside a line nothing is touched.
 * - revisions: deleted text (w:del, w:moveFrom) is skipped, inserted text (w:ins, w:moveTo)
 *   kept; a deleted paragraph mark joins the paragraph to the next one; a deleted table row is
 *   dropped. Hidden text (w:vanish on the run) is skipped. A hidden paragraph mark (w:vanish in
 *   the mark's w:rPr, with or without w:specVanish: Word's style separator) joins the paragraph
 *   to the next one, as Word draws them, with the first one's style and hints (a run-in heading
 *   written as a heading paragraph and a body paragraph reads back as one paragraph).
 * - fields: instruction text is skipped, the field result kept (also across paragraphs, as a
 *   TOC field spans them).
 * - hint.listLabel: the label Word's list numbering shows (numbering.xml, see docx-numbering),
 *   from the paragraph's w:numPr or its style chain's.
 * - hint.outlineLevel: w:outlineLvl of the paragraph, else of its style chain (w:basedOn), else
 *   the level of a built-in heading style (heading 1–9, 标题 1–9) in that chain; 9 ("body
 *   text") gives none.
 * - hint.alignment: w:jc of the paragraph, else of its style chain.
 * - tables: one paragraph per row, cells joined by '\t' (tabs inside a cell become spaces; a
 *   cell's own paragraphs are joined by '\n', each with its list label in front), hint.tableRow;
 *   rows with every cell empty are dropped; a table nested in a cell becomes lines of that
 *   cell, its cells joined by spaces.
 * - text boxes: their paragraphs are read as paragraphs of their own, placed before the
 *   paragraph that anchors them (the drawing's fallback copy is skipped).
 * - headers, footers, footnotes, comments: not read (they live in other parts).
 *
 * Throws ImportError (Chinese message) for anything that is not a readable Word document.
 */
export function readDocx(bytes: Uint8Array): SourceParagraph[] {
  const zip = openZip(bytes);
  const mainPart = findMainPart(zip);
  if (!mainPart) throw notWordDocument(zip);
  const document = zip.read(mainPart)!;
  const related = relatedParts(zip, mainPart);
  const styles = related.styles && zip.has(related.styles) ? readStyles(zip.read(related.styles)!) : new Styles(new Map());
  const numbering = related.numbering && zip.has(related.numbering) ? readNumbering(zip.read(related.numbering)!) : emptyNumbering();
  return readBody(document, mainPart, styles, numbering);
}

export const NOT_WORD = '文件中没有 Word 正文（word/document.xml），不是 Word 文档（.docx），无法导入';
export const ODT = '这是 OpenDocument 文档（.odt），请在 WPS 或 Word 中另存为 .docx 后再导入';

function notWordDocument(zip: ZipArchive): ImportError {
  const detail = `no main document part among ${zip.names.length} entries`;
  if (zip.has('xl/workbook.xml')) return new ImportError(refusal('excel')!, detail);
  if (zip.has('ppt/presentation.xml')) return new ImportError(refusal('powerpoint')!, detail);
  if (zip.has('content.xml') && zip.has('mimetype')) return new ImportError(ODT, detail);
  return new ImportError(NOT_WORD, detail);
}

// ---------------------------------------------------------------------------------------------
// Package relationships

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function readRelationships(zip: ZipArchive, part: string): Relationship[] {
  const slash = part.lastIndexOf('/');
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  if (!zip.has(relsPart)) return [];
  const relationships: Relationship[] = [];
  parseXml(zip.read(relsPart)!, relsPart, {
    open(el) {
      if (el.local !== 'Relationship') return;
      relationships.push({ type: wAttr(el, 'Type') ?? '', target: wAttr(el, 'Target') ?? '', external: wAttr(el, 'TargetMode') === 'External' });
    },
  });
  return relationships;
}

/** A relationship target resolved against the folder of its source part. */
function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function findMainPart(zip: ZipArchive): string | undefined {
  const office = readRelationships(zip, '').find((r) => !r.external && r.type.endsWith('/officeDocument'));
  const named = office && resolveTarget('', office.target);
  if (named && zip.has(named)) return named;
  return zip.has('word/document.xml') ? 'word/document.xml' : undefined;
}

function relatedParts(zip: ZipArchive, mainPart: string): { styles?: string; numbering?: string } {
  const relationships = readRelationships(zip, mainPart).filter((r) => !r.external);
  const find = (kind: string, fallback: string) => {
    const r = relationships.find((r) => r.type.endsWith(`/${kind}`));
    return r ? resolveTarget(mainPart, r.target) : fallback;
  };
  return { styles: find('styles', 'word/styles.xml'), numbering: find('numbering', 'word/numbering.xml') };
}

// ---------------------------------------------------------------------------------------------
// Styles

type Alignment = NonNullable<SourceHint['alignment']>;

interface Style {
  type: string;
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  alignment?: Alignment;
}

interface StyleProperties {
  outlineLevel?: number;
  numId?: string;
  ilvl?: number;
  /** The style in the chain whose w:numPr gave numId. */
  numStyle?: string;
  alignment?: Alignment;
}

class Styles {
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

function intOf(value: string | undefined): number | undefined {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** Elements whose content is never shown in Word's final view, or is an earlier version of properties. */
const SKIPPED = new Set([
  'del', 'moveFrom', 'rt', 'pPrChange', 'rPrChange', 'tblPrChange', 'tblPrExChange', 'trPrChange', 'tcPrChange',
  'sectPrChange', 'numberingChange', 'tblGridChange',
]);

function readStyles(bytes: Uint8Array): Styles {
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
        if (style.type === 'paragraph' && ['1', 'true', 'on'].includes(wAttr(el, 'default') ?? '')) {
          defaultParagraphStyle ??= styleId;
        }
        return;
      }
      if (!style) return;
      if (up(1) === 'style') {
        if (local === 'name') style.name = wAttr(el, 'val');
        else if (local === 'basedOn') style.basedOn = wAttr(el, 'val');
      } else if (up(1) === 'pPr' && up(2) === 'style') {
        if (local === 'outlineLvl') style.outlineLevel = intOf(wAttr(el, 'val'));
        else if (local === 'jc') style.alignment = alignmentOf(wAttr(el, 'val'));
      } else if (up(1) === 'numPr' && up(2) === 'pPr' && up(3) === 'style') {
        if (local === 'numId') style.numId = wAttr(el, 'val');
        else if (local === 'ilvl') style.ilvl = intOf(wAttr(el, 'val'));
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

function isWord(el: XmlElement): boolean {
  return isWordNamespace(el.uri);
}

function isFallback(el: XmlElement): boolean {
  return el.uri === MC_NAMESPACE && el.local === 'Fallback';
}

// ---------------------------------------------------------------------------------------------
// The body

interface Paragraph {
  parts: string[];
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLevel?: number;
  alignment?: Alignment;
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

interface Row {
  cells: string[];
  deleted: boolean;
}

const EDGES = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/gu;

/** Each line trimmed at both ends, empty lines dropped. */
function tidy(text: string): string {
  if (!text.includes('\n')) return text.replace(EDGES, '');
  return text
    .split('\n')
    .map((line) => line.replace(EDGES, ''))
    .filter((line) => line !== '')
    .join('\n');
}

function readBody(bytes: Uint8Array, part: string, styles: Styles, numbering: NumberingDefinitions): SourceParagraph[] {
  const counter = new ListCounter(numbering, styles.numIdOfStyle);
  const output: SourceParagraph[] = [];
  const sinks: Sink[] = [{ kind: 'body', lines: output, pending: '' }];
  const rows: Row[] = [];
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
      if (label !== undefined || tidied) sink.lines.push({ text: (label ?? '') + tidied });
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
        if (local === 'del' && up(0) === 'trPr') rows[rows.length - 1]!.deleted = true;
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
        case 'tr':
          rows.push({ cells: [], deleted: false });
          return;
        case 'tc':
          sinks.push({ kind: 'cell', lines: [], pending: '' });
          return;
        case 'txbxContent':
          sinks.push({ kind: 'body', lines: output, pending: '' });
          return;
      }
      const paragraph = paragraphs[paragraphs.length - 1];
      if (!paragraph) return;
      if (up(1) === 'pPr' && up(2) === 'p') {
        if (local === 'pStyle') paragraph.styleId = wAttr(el, 'val');
        else if (local === 'outlineLvl') paragraph.outlineLevel = intOf(wAttr(el, 'val'));
        else if (local === 'jc') paragraph.alignment = alignmentOf(wAttr(el, 'val'));
      } else if (up(1) === 'numPr' && up(2) === 'pPr' && up(3) === 'p') {
        if (local === 'numId') paragraph.numId = wAttr(el, 'val');
        else if (local === 'ilvl') paragraph.ilvl = intOf(wAttr(el, 'val'));
      }
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
          const cell = closeSink().lines.map((line) => line.text.replaceAll('\t', ' ')).join('\n');
          rows[rows.length - 1]?.cells.push(cell);
          return;
        }
        case 'tr': {
          const row = rows.pop()!;
          if (row.deleted || row.cells.every((cell) => cell === '')) return;
          const sink = sinks[sinks.length - 1]!;
          if (sink.kind === 'body') sink.lines.push({ text: row.cells.join('\t'), hint: { tableRow: true } });
          else sink.lines.push({ text: row.cells.join(' ') });
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
