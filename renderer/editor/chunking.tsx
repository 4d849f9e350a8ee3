import { Editor, type Ancestor } from 'slate';
import type { RenderChunkProps } from 'slate-react';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Blocks per chunk. slate-react splits the editor's children into a tree of memoised chunks, so
 * a keystroke re-renders one chunk's blocks instead of mapping every block of the document, and
 * the lowest chunks become <div>s the browser skips (content-visibility) while off screen.
 * Measured with `npm run bench` against 16 and 64: 32 blocks (about eight pages) keeps typing
 * and the frame small at 1,000 pages (128 lowest chunks, three levels), while a moved section
 * still crosses few chunk boundaries (blocks that cross one are re-created, not moved).
 */
export const CHUNK_SIZE = 32;

export function withChunking(editor: GongwenEditor): GongwenEditor {
  // Only the editor's own children: blocks hold text, and slate-react never chunks leaf blocks.
  editor.getChunkSize = (node: Ancestor) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  return editor;
}

/**
 * Module-level, so Editable sees the same function on every render. Only the lowest chunks get
 * content-visibility (see editor.css): on every chunk, or on every block, the browser's own
 * bookkeeping for skipped content costs more than it saves.
 */
export function renderChunk({ attributes, lowest, children }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'gw-chunk gw-chunk-lowest' : 'gw-chunk'}>
      {children}
    </div>
  );
}
