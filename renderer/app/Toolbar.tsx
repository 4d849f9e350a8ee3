import type { ReactNode } from 'react';
import { ToolButton, ToolbarSeparator } from './ToolButton.tsx';

export interface FileActions {
  newDocument(): void;
  openDocument(): void;
  save(): void;
  saveAs(): void;
  exportDocx(): void;
}

interface ToolbarProps {
  actions: FileActions;
  hasDocument: boolean;
  outlineVisible: boolean;
  onToggleOutline(): void;
  previewVisible: boolean;
  onTogglePreview(): void;
  checkVisible: boolean;
  onToggleCheck(): void;
  /** The editing groups (bound to the editor when a document is open). */
  editing: ReactNode;
}

export function Toolbar({ actions, hasDocument, outlineVisible, onToggleOutline, previewVisible, onTogglePreview, checkVisible, onToggleCheck, editing }: ToolbarProps) {
  return (
    <div className="gw-toolbar" role="toolbar" aria-label="工具栏">
      <div className="gw-toolbar-group" role="group" aria-label="文件">
        <ToolButton label="新建" hint="Ctrl+N" onAction={actions.newDocument} />
        <ToolButton label="打开" hint="Ctrl+O，.gwdoc、.docx 或 .txt" onAction={actions.openDocument} />
        <ToolButton label="保存" hint="Ctrl+S" disabled={!hasDocument} onAction={actions.save} />
        <ToolButton label="另存为" hint="Ctrl+Shift+S" disabled={!hasDocument} onAction={actions.saveAs} />
        <ToolButton label="导出 Word" hint="Ctrl+E，按 GB/T 9704 排版的 .docx" disabled={!hasDocument} onAction={actions.exportDocx} />
      </div>
      {editing}
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="视图">
      <ToolButton label="大纲" hint="显示或隐藏大纲" pressed={outlineVisible} onAction={onToggleOutline} />
      <ToolButton label="预览" hint="在编辑区旁显示打印页面" pressed={previewVisible} disabled={!hasDocument} onAction={onTogglePreview} />
      <ToolButton label="检查" hint="提交前检查：编号、待填内容、标点、日期、年份" pressed={checkVisible} disabled={!hasDocument} onAction={onToggleCheck} />
      </div>
    </div>
  );
}
