import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { Editor } from 'slate';
import { blocksOf, editorCommands } from '../editor/index.ts';
import { findMatches, nextMatch, previousMatch, type Match } from './find-matches.ts';
import './find.css';

function selectionStart(editor: Editor): { block: number; offset: number } {
  const point = editor.selection?.anchor;
  return point ? { block: point.path[0] ?? 0, offset: point.offset } : { block: 0, offset: 0 };
}

/**
 * 查找和替换 (Ctrl+F): finds text in the document (labels are derived, not text, so 一、 is not
 * found), marks the current match without taking focus from the field, replaces one or all (one
 * undo step). Enter finds the next, Shift+Enter the previous, Escape closes.
 */
export function FindBar({ onClose }: { onClose(): void }) {
  const editor = useSlateStatic();
  const commands = useMemo(() => editorCommands(editor), [editor]);
  const blocks = useSlateSelector(blocksOf);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [current, setCurrent] = useState<Match | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const resumeAt = useRef<{ block: number; offset: number } | null>(null);
  const matches = useMemo(() => findMatches(blocks, query), [blocks, query]);
  const index = current ? matches.findIndex((m) => m.block === current.block && m.start === current.start) : -1;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  useEffect(() => commands.highlightText(index >= 0 ? matches[index]! : null), [commands, matches, index]);
  useEffect(() => () => commands.highlightText(null), [commands]);
  useEffect(() => {
    const at = resumeAt.current;
    if (!at) return;
    resumeAt.current = null;
    const i = nextMatch(matches, at.block, at.offset);
    // Set once, after a replacement changed the document (the ref is cleared, so no loop).
    setCurrent(i >= 0 ? matches[i]! : null);
  }, [matches]);

  const go = (direction: 1 | -1) => {
    const from = current ? { block: current.block, offset: direction === 1 ? current.start + 1 : current.start } : selectionStart(editor);
    const i = direction === 1 ? nextMatch(matches, from.block, from.offset) : previousMatch(matches, from.block, from.offset);
    setCurrent(i >= 0 ? matches[i]! : null);
  };

  const replaceOne = () => {
    if (index < 0) return go(1);
    const match = matches[index]!;
    // The next match is looked for after the replaced text once the document has changed.
    resumeAt.current = { block: match.block, offset: match.start + replacement.length };
    setCurrent(null);
    commands.replaceText([match], replacement);
  };

  const replaceAll = () => {
    commands.replaceText(matches, replacement);
    setCurrent(null);
    // The buttons disable with nothing left to find; keep the keyboard in the bar.
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    }
  };

  const status = !query ? '' : matches.length === 0 ? '未找到' : index >= 0 ? `第 ${index + 1} / ${matches.length} 处` : `共 ${matches.length} 处`;
  return (
    <div className="gw-find" role="search" aria-label="查找和替换" onKeyDown={onKeyDown}>
      <input
        ref={input}
        className="gw-find-input"
        aria-label="查找"
        placeholder="查找"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(null);
        }}
      />
      <input className="gw-find-input" aria-label="替换为" placeholder="替换为" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      <span className="gw-find-status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="gw-button" disabled={matches.length === 0} onClick={() => go(-1)}>
        上一个
      </button>
      <button type="button" className="gw-button" disabled={matches.length === 0} onClick={() => go(1)}>
        下一个
      </button>
      <button type="button" className="gw-button" disabled={matches.length === 0} onClick={replaceOne}>
        替换
      </button>
      <button type="button" className="gw-button" disabled={matches.length === 0} onClick={replaceAll}>
        全部替换
      </button>
      <button type="button" className="gw-button" aria-label="关闭查找" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
