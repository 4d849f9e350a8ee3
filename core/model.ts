/**
 * The document model. Blocks are flat (no nesting of sections): the outline is implied by the
 * heading levels, and labels such as 一、 are derived from the sequence, never stored.
 *
 * The shape is deliberately Slate-compatible (`children: [{ text }]`), so the editor's value is
 * the document itself and no conversion runs on each keystroke.
 */

export type HeadingLevel = 1 | 2 | 3 | 4;
export const HEADING_LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4];

export interface TextRun {
  text: string;
}

interface BlockBase {
  children: TextRun[];
}

export interface TitleBlock extends BlockBase {
  type: 'title';
}
/** 主送机关, e.g. 市政府办公厅： */
export interface AddresseeBlock extends BlockBase {
  type: 'addressee';
}
/** 正文 */
export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: HeadingLevel;
  /** Heading sentence and body share one paragraph (levels 2–4 only). */
  runIn?: boolean;
  /** Key of the template's required section this heading stands for. */
  section?: string;
}
/**
 * 附件说明 (GB/T 9704 7.3.4): one block per attachment name. 附件： and the numbers 1. 2. are
 * derived like heading labels, never typed.
 */
export interface AttachmentBlock extends BlockBase {
  type: 'attachment';
}
/**
 * 参考: text carried from last period's report for the clerk to consult while writing this one
 * (roll forward). Shown in the editor, never exported or printed, free to delete.
 */
export interface NoteBlock extends BlockBase {
  type: 'note';
}
/** 发文机关署名 */
export interface SignatureBlock extends BlockBase {
  type: 'signature';
}
/** 成文日期 */
export interface DateBlock extends BlockBase {
  type: 'date';
}

export type Block = TitleBlock | AddresseeBlock | ParagraphBlock | HeadingBlock | NoteBlock | AttachmentBlock | SignatureBlock | DateBlock;
export type BlockType = Block['type'];
export const BLOCK_TYPES: readonly BlockType[] = ['title', 'addressee', 'paragraph', 'heading', 'note', 'attachment', 'signature', 'date'];

export const PERIODS = ['上半年', '全年', '年度'] as const;
export type Period = (typeof PERIODS)[number];

export interface DocumentMeta {
  /** Template id, e.g. "half-year". */
  template: string;
  /** 发文机关 */
  organ: string;
  year: number;
  period: Period;
  /** 成文日期 as written, e.g. 2023年7月10日; empty until filled. */
  date: string;
}

export interface GongwenDocument {
  meta: DocumentMeta;
  blocks: Block[];
}

export function blockText(block: Block): string {
  const { children } = block;
  if (children.length === 1) return children[0]!.text;
  let text = '';
  for (const child of children) text += child.text;
  return text;
}

export function isHeading(block: Block | undefined): block is HeadingBlock {
  return block !== undefined && block.type === 'heading';
}

export function textBlock<T extends Exclude<BlockType, 'heading'>>(type: T, text = ''): Extract<Block, { type: T }> {
  return { type, children: [{ text }] } as Extract<Block, { type: T }>;
}

export function heading(level: HeadingLevel, text = '', extra: { runIn?: boolean; section?: string } = {}): HeadingBlock {
  const block: HeadingBlock = { type: 'heading', level, children: [{ text }] };
  if (extra.runIn) block.runIn = true;
  if (extra.section !== undefined) block.section = extra.section;
  return block;
}
