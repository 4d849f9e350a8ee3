import { useMemo } from 'react';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { Editor } from 'slate';
import type { HeadingLevel } from '../../core/model.ts';
import { blocksOf, editorCommands, type EditorCommands } from '../editor/index.ts';
import { ToolButton, ToolbarSeparator } from './ToolButton.tsx';
import { useEditorComposing } from './use-editor-composing.ts';
import { COMMANDS, type AppCommand } from './commands/command-table.ts';

const LEVELS: readonly { level: 0 | HeadingLevel; command: AppCommand }[] = [
  { level: 1, command: 'format.heading1' },
  { level: 2, command: 'format.heading2' },
  { level: 3, command: 'format.heading3' },
  { level: 4, command: 'format.heading4' },
  { level: 0, command: 'format.body' },
];

/** The caret's block as one comparable string, so the toolbar re-renders only when it changes. */
function caretBlockKind(editor: Editor): string {
  const index = editor.selection?.anchor.path[0];
  const block = index === undefined ? undefined : blocksOf(editor)[index];
  if (!block) return '';
  return block.type === 'heading' ? `heading-${block.level}${block.runIn ? '-runin' : ''}` : block.type;
}

interface EditingButtonsProps {
  /** Without an open document the same buttons show, disabled, so the toolbar does not jump. */
  commands: EditorCommands | null;
  composing?: boolean;
  caretKind?: string;
}

export function EditingButtonGroups({ commands, composing = false, caretKind = '' }: EditingButtonsProps) {
  // While the IME composes, the browser owns the block's DOM; a structural change then would
  // corrupt or double the text (editor-notes 2.1), so those buttons wait for the commit.
  const off = commands === null || composing;
  const button = (command: AppCommand, pressed?: boolean) => {
    const { action } = COMMANDS[command];
    return <ToolButton key={command} command={command} disabled={off} pressed={commands ? pressed : undefined} onAction={() => commands && 'editor' in action && action.editor(commands)} />;
  };
  return (
    <>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="编辑">
        {button('edit.undo')}
        {button('edit.redo')}
      </div>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="段落级别">
        {LEVELS.map(({ level, command }) => button(command, level === 0 ? caretKind === 'paragraph' : caretKind.startsWith(`heading-${level}`)))}
      </div>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="章节结构">
        {button('format.promote')}
        {button('format.demote')}
        {button('format.moveUp')}
        {button('format.moveDown')}
      </div>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="段落">
        {button('format.toggleRunIn', caretKind.endsWith('-runin'))}
        {button('format.attachment')}
      </div>
    </>
  );
}

/** The editing groups bound to the open document; must sit inside <Slate>. */
export function EditingButtons() {
  const editor = useSlateStatic();
  const commands = useMemo(() => editorCommands(editor), [editor]);
  const composing = useEditorComposing();
  const caretKind = useSlateSelector(caretBlockKind);
  return <EditingButtonGroups commands={commands} composing={composing} caretKind={caretKind} />;
}
