import type { ReactNode } from 'react';
import { COMMANDS, type AppCommand } from './commands/command-table.ts';
import { ToolButton, ToolbarSeparator } from './ToolButton.tsx';

interface ToolbarProps {
  hasDocument: boolean;
  /** Runs a command of the window (the file and view groups). */
  run(command: AppCommand): void;
  outlineVisible: boolean;
  previewVisible: boolean;
  checkVisible: boolean;
  /** The editing groups (bound to the editor when a document is open). */
  editing: ReactNode;
}

const FILE_COMMANDS: readonly AppCommand[] = ['file.new', 'file.open', 'file.save', 'file.saveAs', 'file.exportDocx', 'file.print'];

export function Toolbar({ hasDocument, run, outlineVisible, previewVisible, checkVisible, editing }: ToolbarProps) {
  const button = (command: AppCommand, pressed?: boolean) => (
    <ToolButton key={command} command={command} pressed={pressed} disabled={COMMANDS[command].needsDocument === true && !hasDocument} onAction={() => run(command)} />
  );
  return (
    <div className="gw-toolbar" role="toolbar" aria-label="工具栏">
      <div className="gw-toolbar-group" role="group" aria-label="文件">
        {FILE_COMMANDS.map((command) => button(command))}
      </div>
      {editing}
      <div className="gw-toolbar-group" role="group" aria-label="表格">
        {button('table.insert')}
      </div>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="视图">
        {button('view.outline', outlineVisible)}
        {button('view.preview', previewVisible)}
        {button('view.check', checkVisible)}
      </div>
    </div>
  );
}
