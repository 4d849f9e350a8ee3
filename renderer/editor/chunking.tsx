import { Editor, type Ancestor } from 'slate';
import type { RenderChunkProps } from 'slate-react';
import type { GongwenEditor } from './slate-types.ts';

/**
 * Blocks per chunk. slate-react splits the editor's children into a tree of memoised chunks, so
 * a keystroke re-renders one chunk's blocks instead of mapping every block of the document, and
 * the lowest chunks become <div>s the browser may skip (content-visibility) while off screen.
 * Small enough that the chunks on screen are a few pages; large enough that the chunk tree stays
 * shallow at 1,000 pages (about 4,000 blocks: two levels).
 */
export const CHUNK_SIZE = 64;

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
