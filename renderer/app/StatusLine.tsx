import type { ReactNode } from 'react';
import { useSlateSelector } from 'slate-react';
import type { Editor } from 'slate';
import type { DocumentMeta } from '../../core/model.ts';
import { findTemplate } from '../../core/templates.ts';
import { blocksOf, useCurrentBlock, useHeadings, useLabels, type NoticeAction } from '../editor/index.ts';
import { sectionOf } from './headings.ts';
import { countCharacters } from './word-count.ts';
import { countOpenPlaceholders } from './placeholder-count.ts';

function selectCharacterCount(editor: Editor): number {
  return countCharacters(blocksOf(editor));
}

function selectPlaceholderCount(editor: Editor): number {
  return countOpenPlaceholders(blocksOf(editor));
}

interface StatusLineProps {
  /** Document facts; they need the editor, so they are absent when no document is open. */
  details: ReactNode;
  saveState: string;
  notice: string;
  /** The fix the notice offers (a button after it). */
  noticeAction?: NoticeAction | null;
  /** 显示比例, when a document is open. */
  zoom?: ReactNode;
}

/**
 * The one role=status region of the window. Refusals from the editor land here (the editor's own
 * tests read them from it), next to 字数 and the caret's section.
 */
export function StatusLine({ details, saveState, notice, noticeAction, zoom }: StatusLineProps) {
  return (
    <footer className="gw-status">
      <div className="gw-status-live" role="status">
        {details}
        {saveState && <span className="gw-status-save">{saveState}</span>}
        <span className="gw-status-notice">{notice}</span>
        {noticeAction && (
          <button type="button" className="gw-status-action" onClick={noticeAction.run}>
            {noticeAction.label}
          </button>
        )}
      </div>
      {zoom}
    </footer>
  );
}

/** 字数, current section and template of the open document; must sit inside <Slate>. */
export function DocumentStatus({ meta }: { meta: DocumentMeta }) {
  const characters = useSlateSelector(selectCharacterCount);
  const placeholders = useSlateSelector(selectPlaceholderCount);
  const section = sectionOf(useHeadings(), useCurrentBlock());
  const labels = useLabels();
  const template = findTemplate(meta.template);
  return (
    <>
      <span className="gw-status-count">字数 {characters}</span>
      {placeholders > 0 && <span className="gw-status-placeholders">还有 {placeholders} 处待填</span>}
      <span className="gw-status-section">当前章节：{section ? `${labels[section.index] ?? ''}${section.text}` : '—'}</span>
      <span className="gw-status-template">模板：{template ? template.name : meta.template ? `未知（${meta.template}）` : '无'}</span>
    </>
  );
}
