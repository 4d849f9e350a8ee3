/**
 * The one place Slate's CustomTypes are bound to the core model: an element is a core Block, a
 * text is a core TextRun (plus the decoration flags leaves may carry while rendering; these never
 * enter the document).
 */
import type { BaseEditor, BaseRange } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { HistoryEditor } from 'slate-history';
import type { Block, CellParagraph, TableCell, TableRow, TextRun } from '../../core/model.ts';
import type { EditorOptions } from './editor-contract.ts';

export type GongwenEditor = BaseEditor & ReactEditor & HistoryEditor & { gongwen: EditorOptions };

/** Flags set by `decorate` on leaves; render-only. */
export interface LeafDecorations {
  /** The heading sentence of a run-in heading. */
  runInHead?: true;
  /** An unfilled placeholder (【 】, xx.x). */
  placeholder?: true;
}

declare module 'slate' {
  interface CustomTypes {
    Editor: GongwenEditor;
    Element: Block | TableRow | TableCell | CellParagraph;
    Text: TextRun & LeafDecorations;
    /** Decorations are ranges carrying the same flags. */
    Range: BaseRange & LeafDecorations;
  }
}
