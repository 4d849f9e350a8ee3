import { Editor, Point, Range, Transforms, type BaseRange } from 'slate';
import { planJoin } from '../../core/block-merge.ts';
import { isHeading } from '../../core/model.ts';
import { isRequiredHeading, planSetLevel } from '../../core/structure.ts';
import { asUndoStep, setBodyText } from './block-transforms.ts';
import { quoteBlock } from '../../core/quote-block.ts';
import { blocksOf, isAtBlockEnd, isAtBlockStart, requiredDeleteRefusal, blockAt } from './blocks.ts';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Deletions never take a required section heading or the title with them, and Backspace /
 * Delete at a block boundary never turn one kind of text into another (core/block-merge.ts).
 * The tables-example pattern: guard the command instead of repairing afterwards, so no text is
 * lost or restyled by a repair.
 */
export function withDeleteGuards(editor: GongwenEditor): GongwenEditor {
  const { deleteBackward, deleteForward, deleteFragment, insertText, insertBreak, insertFragment, insertData } = editor;

  editor.deleteBackward = (unit) => {
    const at = editor.selection?.anchor.path[0] ?? -1;
    if (at > 0 && isAtBlockStart(editor, at)) {
      const block = blockAt(editor, at)!;
      if (isRequiredHeading(block)) {
        editor.gongwen.notify(requiredDeleteRefusal(block));
        return;
      }
      if (block.type === 'annex') {
        // An attachment's title never joins the text before it (that would end the attachment
        // and hand its content to the one before); the caret only crosses, and the clerk is told how.
        Transforms.select(editor, Editor.end(editor, [at - 1]));
        editor.gongwen.notify('附件标题不与上文合并；要删除整个附件，请用「段落 → 删除附件」');
        return;
      }
      if (isHeading(block)) {
        // Backspace at the start of a heading first takes away its heading-ness, as word
        // processors do with list items; a second Backspace then goes on as at body text.
        const plan = planSetLevel(blocksOf(editor), at, 0);
        if (plan.ok) asUndoStep(editor, () => setBodyText(editor, at));
        else editor.gongwen.notify(plan.reason);
        return;
      }
      if (handledBoundary(editor, at - 1, 'backward')) return;
    }
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    const at = editor.selection?.anchor.path[0] ?? -1;
    const next = blockAt(editor, at + 1);
    if (at >= 0 && next && isAtBlockEnd(editor, at)) {
      if (isRequiredHeading(next)) {
        editor.gongwen.notify(requiredDeleteRefusal(next));
        return;
      }
      if (handledBoundary(editor, at, 'forward')) return;
    }
    deleteForward(unit);
  };

  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (!selection || Range.isCollapsed(selection)) {
      deleteFragment(options);
      return;
    }
    // A selection ending at the very start of a block does not take that block along.
    const [start, end] = Range.edges(Editor.unhangRange(editor, selection));
    const first = start.path[0]!;
    const last = end.path[0]!;
    if (first === last) {
      deleteFragment(options);
      return;
    }
    const kept: number[] = [];
    for (let i = first; i <= last; i++) if (isRequiredHeading(blockAt(editor, i))) kept.push(i);
    const names = kept.map((i) => quoteBlock(blockAt(editor, i)!)).join('');
    deleteAround(editor, start, end, kept);
    if (names) editor.gongwen.notify(`已保留模板规定的必需章节${names}`);
  };

  // An expanded selection is always removed through the guarded deleteFragment first (Slate's
  // own insertText / splitNodes / insertFragment would delete the range unguarded).
  const collapse = () => {
    if (editor.selection && Range.isExpanded(editor.selection)) editor.deleteFragment();
  };
  editor.insertText = (text, options) => {
    if (!options?.at) collapse();
    insertText(text, options);
  };
  editor.insertBreak = () => {
    collapse();
    insertBreak();
  };
  editor.insertFragment = (fragment, options) => {
    if (!options?.at) collapse();
    insertFragment(fragment, options);
  };
  editor.insertData = (data) => {
    collapse();
    insertData(data);
  };

  return editor;
}

/**
 * Backspace at the start of block `first + 1` or Delete at the end of block `first`, by
 * core's planJoin. False where Slate's own delete is to join the two blocks.
 */
function handledBoundary(editor: GongwenEditor, first: number, direction: 'backward' | 'forward'): boolean {
  const plan = planJoin(blockAt(editor, first)!, blockAt(editor, first + 1)!);
  if (plan === 'join') return false;
  // The caret goes where it would have gone had the blocks been joined, before any block it
  // sits in is removed.
  if (plan === 'moveCaret') {
    Transforms.select(editor, direction === 'backward' ? Editor.end(editor, [first]) : Editor.start(editor, [first + 1]));
    return true;
  }
  asUndoStep(editor, () => {
    if (plan === 'removeSecond') {
      Transforms.select(editor, Editor.end(editor, [first]));
      Transforms.removeNodes(editor, { at: [first + 1] });
    } else {
      Transforms.select(editor, Editor.start(editor, [first + 1]));
      Transforms.removeNodes(editor, { at: [first] });
    }
  });
  return true;
}

/**
 * Deletes the range [start, end] except the required headings at `kept` (ascending), which stay
 * whole with their text. The pieces between them are deleted from the last to the first so the
 * earlier paths stay valid.
 */
function deleteAround(editor: GongwenEditor, start: Point, end: Point, kept: readonly number[]): void {
  const pieces: BaseRange[] = [];
  let pieceStart: Point | null = start;
  let pieceBlock = start.path[0]!;
  for (const k of kept) {
    if (pieceStart && k - 1 >= pieceBlock) pieces.push({ anchor: pieceStart, focus: Editor.end(editor, [k - 1]) });
    pieceBlock = k + 1;
    pieceStart = k + 1 <= end.path[0]! ? Editor.start(editor, [k + 1]) : null;
  }
  if (pieceStart && pieceBlock <= end.path[0]!) pieces.push({ anchor: pieceStart, focus: end });

  asUndoStep(editor, () => {
    for (const piece of [...pieces].reverse()) {
      const at = piece.anchor.path[0]!;
      // A heading selected whole is gone as a heading; what remains in its place is body text.
      const whole = at > 0 && piece.anchor.offset === 0 && (piece.focus.path[0]! > at || Editor.isEnd(editor, piece.focus, [at]));
      deletePiece(editor, piece);
      const block = blockAt(editor, at);
      if (whole && isHeading(block) && !isRequiredHeading(block)) setBodyText(editor, at);
    }
    // Blocks before `start` are untouched and its own block keeps at least start.offset characters.
    Transforms.select(editor, start);
  });
}

/**
 * Deletes a range that may span blocks, keeping the first block (and its type) and appending the
 * last block's remaining text to it. Slate's own delete removes the first block instead when it
 * ends up empty, which would take the title (or a heading's type) with it.
 */
function deletePiece(editor: GongwenEditor, piece: BaseRange): void {
  const { anchor, focus } = piece;
  const a = anchor.path[0]!;
  const b = focus.path[0]!;
  if (a === b) {
    if (!Range.isCollapsed(piece)) Transforms.delete(editor, { at: piece });
    return;
  }
  const tail = Editor.string(editor, { anchor: focus, focus: Editor.end(editor, [b]) });
  for (let i = b; i > a; i--) Transforms.removeNodes(editor, { at: [i] });
  const end = Editor.end(editor, [a]);
  if (!Point.equals(anchor, end)) Transforms.delete(editor, { at: { anchor, focus: end } });
  if (tail) Transforms.insertText(editor, tail, { at: Editor.end(editor, [a]) });
}
