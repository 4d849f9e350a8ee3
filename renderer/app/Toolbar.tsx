import type { ReactNode } from 'react';
import { ToolButton, ToolbarSeparator } from './ToolButton.tsx';

export interface FileActions {
  newDocument(): void;
  openDocument(): void;
  save(): void;
  saveAs(): void;
}

interface ToolbarProps {
  actions: FileActions;
  hasDocument: boolean;
  outlineVisible: boolean;
  onToggleOutline(): void;
  /** The editing groups (bound to the editor when a document is open). */
  editing: ReactNode;
}

export function Toolbar({ actions, hasDocument, outlineVisible, onToggleOutline, editing }: ToolbarProps) {
  return (
    <div className="gw-toolbar" role="toolbar" aria-label="工具栏">
      <div className="gw-toolbar-group">
        <ToolButton label="新建" hint="Ctrl+N" onAction={actions.newDocument} />
        <ToolButton label="打开" hint="Ctrl+O" onAction={actions.openDocument} />
        <ToolButton label="保存" hint="Ctrl+S" disabled={!hasDocument} onAction={actions.save} />
        <ToolButton label="另存为" hint="Ctrl+Shift+S" disabled={!hasDocument} onAction={actions.saveAs} />
      </div>
      {editing}
      <ToolbarSeparator />
      <ToolButton label="大纲" hint="显示或隐藏大纲" pressed={outlineVisible} onAction={onToggleOutline} />
    </div>
  );
}
