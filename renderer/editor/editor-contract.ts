/**
 * The types of the contract between the editor and the app chrome (see index.ts): the modules
 * that implement it import them from here, and the barrel only re-exports them.
 */
import type { DocumentMeta, HeadingLevel } from '../../core/model.ts';
import type { Template } from '../../core/template.ts';

/** Characters start…end (UTF-16 offsets) of block `block`'s text. */
export interface TextSpan {
  block: number;
  start: number;
  end: number;
}

export interface EditorOptions {
  /** Read whenever the rules need them: the open document's template and metadata. */
  getContext(): { template?: Template | undefined; meta: DocumentMeta };
  /** Refusals and notices for the status line, in Chinese; an action offers the fix next to it. */
  notify(message: string, action?: NoticeAction): void;
}

/** A button beside a notice (粘贴后「改为全角」): it acts on what the notice is about, as one undo step. */
export interface NoticeAction {
  label: string;
  run(): void;
  /** Called once the notice is gone, run or not (releases what the action kept track of). */
  dispose?(): void;
}

/** A change to the table holding the caret (table-commands.ts); mergeCells acts on the cells the selection spans. */
export type TableEdit = 'rowAbove' | 'rowBelow' | 'columnLeft' | 'columnRight' | 'mergeCells' | 'splitCell' | 'deleteRow' | 'deleteColumn' | 'deleteTable';

export interface EditorCommands {
  setLevel(level: 0 | HeadingLevel): void;
  shift(delta: 1 | -1): void;
  moveSection(direction: -1 | 1): void;
  toggleRunIn(): void;
  /** Adds an empty name to the 附件说明 (after the last one, or after the body text) and puts the caret in it. */
  addAttachment(): void;
  /** 添加附件: a new attachment after the last one (after the 成文日期), its placeholder title selected. */
  addAnnex(): void;
  /** 删除附件: the attachment holding the caret, title and content, as one undo step. */
  removeAnnex(): void;
  /** 检查's 改正 of the 附件说明: its lines become `names`, as one undo step. */
  rewriteAttachmentList(names: readonly string[]): void;
  /** Adds a 版头 (the template's defaults) or removes it, as one undo step. */
  toggleBanner(): void;
  /** Adds a 版记 or removes it, as one undo step. */
  toggleColophon(): void;
  /** Inserts an empty rows × columns table at the caret (its first row the header), caret in its first cell; one undo step. */
  insertTable(rows: number, columns: number): void;
  /** Adds or deletes a row or column of the caret's table, or deletes the table; one undo step. */
  editTable(edit: TableEdit): void;
  /** Whether editTable(edit) applies to the selection (merge: it spans cells of one table; split: the caret's cell is merged). */
  canEditTable(edit: TableEdit): boolean;
  undo(): void;
  redo(): void;
  /** Puts the caret at the start of block `index` and scrolls it into view. */
  focusBlock(index: number): void;
  /** Selects characters start…end of block `index` (the caret at start when end is absent). */
  focusText(index: number, start?: number, end?: number): void;
  /** Marks characters start…end of block `index` (the find bar's current match) and scrolls to them; null clears. */
  highlightText(span: TextSpan | null): void;
  /** Replaces each span's characters with `text`, as one undo step (spans in document order). */
  replaceText(spans: readonly TextSpan[], text: string): void;
  /** Replaces each span's characters with its own text, as one undo step (spans in document order, not overlapping). */
  replaceSpans(edits: readonly (TextSpan & { text: string })[]): void;
}
