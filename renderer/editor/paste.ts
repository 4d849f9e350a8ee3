import { Editor, Element, Node, Range, Text, Transforms } from 'slate';
import { BLOCK_TYPES, HEADING_LEVELS, type Block, type HeadingLevel, type TableBlock } from '../../core/model.ts';
import { recognise } from '../../core/import/recognise.ts';
import type { Recognised } from '../../core/import/recognised.ts';
import type { SourceParagraph } from '../../core/import/source.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { contentBlock, toDocument } from '../../core/import/to-document.ts';
import { newDocument } from '../../core/new-document.ts';
import { normalizeBlocks } from '../../core/normalize.ts';
import { computeLabels } from '../../core/numbering.ts';
import { splitRunIn } from '../../core/run-in.ts';
import { matchTypedLabel } from '../../core/typed-label.ts';
import { coerceTable } from '../../core/table/coerce-table.ts';
import { tsvTable } from '../../core/table/tsv-table.ts';
import { caretCell } from './table-place.ts';
import { insertCellText, isTableMark, restoreTables, tableMark } from './table-paste.ts';
import { asUndoStep, setBodyText } from './block-transforms.ts';
import { blocksOf } from './blocks.ts';
import { htmlToParagraphs } from './html-source.ts';
import { documentMeta, setDocumentMetaInStep } from './document-meta.ts';
import { tellPasted } from './paste-notice.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Paste. One line of text joins the current block. Several lines, or HTML from a web page, Word
 * or WPS, go through the importer's recogniser (core/import), as an opened file does (a table in
 * it, or tab-separated lines, become a table block; in a table cell a paste is the cell's text): labelled
 * lines become headings at their levels, site furniture is dropped, a whole report pasted into an
 * empty document becomes the document. Slate fragments, possibly from another app, are rebuilt
 * as flat known blocks and lose their `section` keys, so a pasted copy of a required heading does
 * not claim the section twice.
 */
export function withPaste(editor: GongwenEditor): GongwenEditor {
  const { insertFragment } = editor;

  editor.insertTextData = (data) => {
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    if (caretCell(editor)) {
      // Inside a cell the paste is text of the cell, whatever it was (a table's rows as lines).
      const lines = html ? htmlToParagraphs(html).map((p) => p.text) : [];
      if (!lines.length && !text) return false;
      insertCellText(editor, lines.length ? lines.join('\n') : text);
      return true;
    }
    // A table pasted whole (HTML from a page, Word, WPS or a spreadsheet; a spreadsheet's tab-separated text).
    const tables: TableBlock[] = [];
    const tsv = html ? null : tsvTable(text);
    if (tsv) tables.push(tsv);
    const paragraphs = tsv ? [{ text: tableMark(0), hint: { tableRow: true } }] : html ? htmlToParagraphs(html, tables) : textToParagraphs(text);
    if (paragraphs.length === 0) {
      if (!text) return false;
      insertPlainText(editor, text);
      return true;
    }
    if (paragraphs.length === 1 && tables.length === 0) {
      insertPlainText(editor, paragraphs[0]!.text);
      return true;
    }
    asUndoStep(editor, () => {
      // Pasted into the middle of some text, a first line that is no heading continues that text.
      let rest = paragraphs;
      if (continuesText(editor) && !matchTypedLabel(paragraphs[0]!.text) && !isTableMark(paragraphs[0]!.text)) {
        Transforms.insertText(editor, paragraphs[0]!.text);
        rest = paragraphs.slice(1);
      }
      insertRecognised(editor, rest, tables);
    });
    return true;
  };

  editor.insertFragment = (fragment, options) => {
    if (!options?.at && caretCell(editor)) return insertCellText(editor, fragment.map((node) => Node.string(node)).join('\n'));
    insertFragment(sanitizeFragment(fragment), options);
  };

  return editor;
}

export function insertPlainText(editor: GongwenEditor, text: string): void {
  const [first = '', ...rest] = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = rest.filter((line) => line.trim() !== '');
  asUndoStep(editor, () => {
    if (first) Transforms.insertText(editor, first);
    const { selection } = editor;
    if (!lines.length || !selection || Range.isExpanded(selection)) return;
    const at = selection.anchor.path[0]!;
    // The text after the caret moves to the end of the last pasted line.
    Transforms.splitNodes(editor, { always: true });
    setBodyText(editor, at + 1);
    const middle = lines.slice(0, -1);
    Transforms.insertNodes(
      editor,
      middle.map((line) => ({ type: 'paragraph', children: [{ text: line }] }) as Block),
      { at: [at + 1] },
    );
    const tail = at + 1 + middle.length;
    Transforms.insertText(editor, lines[lines.length - 1]!, { at: Editor.start(editor, [tail]) });
    Transforms.select(editor, { path: [tail, 0], offset: lines[lines.length - 1]!.length });
  });
}

/** Flat, known blocks with plain text runs; anything else in a fragment is reduced to that. */
export function sanitizeFragment(fragment: readonly Node[]): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Node) => {
    if (Text.isText(node)) {
      blocks.push({ type: 'paragraph', children: [{ text: node.text }] });
      return;
    }
    if (!Element.isElement(node)) return;
    if (node.type === 'table') {
      // Cells copied from a table stay a table; text copied inside one cell is text.
      const table = coerceTable(node);
      if (table.children.length > 1 || table.children[0]!.children.length > 1) {
        blocks.push(table);
        return;
      }
    }
    const children: readonly Node[] = node.children;
    if (children.some((child) => Element.isElement(child))) {
      children.forEach(visit);
      return;
    }
    blocks.push(cleanBlock(node, Node.string(node)));
  };
  fragment.forEach(visit);
  return blocks;
}

function cleanBlock(node: Element, text: string): Block {
  const raw = node as unknown as Record<string, unknown>;
  const type = BLOCK_TYPES.includes(raw.type as Block['type']) ? (raw.type as Block['type']) : 'paragraph';
  if (type === 'heading') {
    const level = HEADING_LEVELS.includes(raw.level as HeadingLevel) ? (raw.level as HeadingLevel) : 1;
    return raw.runIn === true && level > 1
      ? { type, level, runIn: true, children: [{ text }] }
      : { type, level, children: [{ text }] };
  }
  // A pasted title is body text: the document has one title, at the top. A "table" holding text
  // is no table (a real one holds rows, and is visited row by row).
  return { type: type === 'title' || type === 'table' ? 'paragraph' : type, children: [{ text }] } as Block;
}

/** The recognised outline as editor blocks; title, addressee, signature and date as themselves. */
function recognisedBlocks(recognised: Recognised): Block[] {
  const blocks: Block[] = [];
  const plain = (type: Block['type'], text: string | null) => {
    if (text) blocks.push({ type, children: [{ text }] } as Block);
  };
  plain('title', recognised.title);
  plain('addressee', recognised.addressee);
  for (const block of recognised.blocks) {
    if (block.kind !== 'heading') blocks.push(contentBlock(block));
    else if (block.runIn && block.level > 1) blocks.push({ type: 'heading', level: block.level, runIn: true, children: [{ text: block.text + block.body }] });
    else {
      blocks.push({ type: 'heading', level: block.level, children: [{ text: block.text }] });
      plain('paragraph', block.body);
    }
  }
  plain('signature', recognised.signature);
  plain('date', recognised.date);
  for (const block of recognised.annexes ?? []) blocks.push(contentBlock(block));
  return blocks;
}

/**
 * Whether the document holds no text of its own yet: a new document, whose title, opening,
 * sections and closing all come from its template.
 */
function isBlank(editor: GongwenEditor): boolean {
  const { template, meta } = editor.gongwen.getContext();
  const generated = new Set(template ? newDocument(template, meta).blocks.map((block) => Node.string(block)) : []);
  return blocksOf(editor).every((block) => {
    const text = Node.string(block).trim();
    return text === '' || generated.has(text) || block.type === 'title' || block.type === 'heading' || block.type === 'signature' || block.type === 'date';
  });
}

/** The caret is inside or after text of its block (not in an empty block, not at a block's start). */
function continuesText(editor: GongwenEditor): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const at = selection.anchor.path[0]!;
  return Node.string(editor.children[at]!) !== '' && !Editor.isStart(editor, Range.start(selection), [at]);
}

/**
 * A recognised paste. A whole report (a title and headings) pasted into a blank document replaces
 * it, keeping the template's required sections (the normalizer matches them by wording). Anything
 * else is inserted at the caret; a pasted title, addressee, signature or date there is body text
 * (the document has its own), and the normalizer repairs any level the paste would skip. The
 * caller makes either one undo step.
 */
function insertRecognised(editor: GongwenEditor, paragraphs: readonly SourceParagraph[], tables: readonly TableBlock[]): void {
  const { template, meta } = editor.gongwen.getContext();
  const recognised = isBlank(editor) ? recognise(paragraphs) : null;
  if (recognised && recognised.title !== null && recognised.blocks.some((b) => b.kind === 'heading')) {
    const document = toDocument(recognised, template ? { template: template.id } : {});
    const blocks = normalizeBlocks(restoreTables(document.blocks, tables), { template, meta });
    for (let i = editor.children.length - 1; i >= 0; i--) Transforms.removeNodes(editor, { at: [i] });
    Transforms.insertNodes(editor, blocks, { at: [0] });
    Transforms.select(editor, Editor.end(editor, [blocks.length - 1]));
    // The report's 版头 and 版记 fill their panels in the same step, never dropped unsaid.
    const { banner, colophon } = document.meta;
    if (banner || colophon) setDocumentMetaInStep(editor, { ...documentMeta(editor), ...(banner ? { banner } : {}), ...(colophon ? { colophon } : {}) });
    const read = [...(banner ? ['版头'] : []), ...(colophon ? ['版记'] : [])];
    tellPasted(editor, { dropped: recognised.dropped, from: 0, count: blocks.length, read });
    return;
  }
  // Inserted into a document: every pasted line is kept but a web page's furniture (said in the
  // status line), no title is looked for, and levels follow the caret's place in the outline: the
  // headings above it are read first, so a pasted （一） under 一、 is a second-level heading, as it would be in the whole document.
  const context = headingsAbove(editor);
  const fragment = recognise([...context, ...paragraphs], { fragment: true });
  const contextKept = fragment.blocks.slice(0, context.length).every((b) => b.kind === 'heading');
  const pasted = contextKept ? { ...fragment, blocks: fragment.blocks.slice(context.length) } : recognise(paragraphs, { fragment: true });
  const blocks = restoreTables(recognisedBlocks(pasted), tables).map((block): Block => (block.type === 'heading' || block.type === 'paragraph' || block.type === 'table' ? block : { type: 'paragraph', children: block.children }));
  if (blocks.length === 0) return tellPasted(editor, { dropped: pasted.dropped, from: 0, count: 0 });
  if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
  const { selection } = editor;
  if (!selection) return;
  const at = selection.anchor.path[0]!;
  const current = editor.children[at] as Block | undefined;
  let where = at + 1;
  if (current?.type === 'paragraph' && Node.string(current) === '') {
    Transforms.removeNodes(editor, { at: [at] });
    where = at;
  } else if (!Editor.isEnd(editor, selection.anchor, [at])) {
    // The text after the caret stays after the pasted blocks, as body text.
    Transforms.splitNodes(editor, { always: true });
    setBodyText(editor, at + 1);
  }
  Transforms.insertNodes(editor, blocks, { at: [where] });
  Transforms.select(editor, Editor.end(editor, [where + blocks.length - 1]));
  tellPasted(editor, { dropped: pasted.dropped, from: where, count: blocks.length });
}

/** The headings the caret's block sits under, outermost first, as labelled lines (一、工作完成情况). */
function headingsAbove(editor: GongwenEditor): SourceParagraph[] {
  const at = editor.selection ? Range.start(editor.selection).path[0]! : -1;
  const blocks = blocksOf(editor);
  const labels = computeLabels(blocks, editor.gongwen.getContext().template?.numbering);
  const chain: SourceParagraph[] = [];
  let level = 5;
  for (let i = at; i >= 0 && level > 1; i--) {
    const block = blocks[i]!;
    if (block.type !== 'heading' || block.level >= level) continue;
    level = block.level;
    // The heading sentence only: a run-in heading's body is not part of the outline.
    chain.unshift({ text: `${labels[i] ?? ''}${block.runIn ? splitRunIn(Node.string(block)).heading : Node.string(block)}` });
  }
  return chain;
}
