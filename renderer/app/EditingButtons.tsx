import { useMemo } from 'react';
import { useSlateSelector, useSlateStatic } from 'slate-react';
import type { Editor } from 'slate';
import type { HeadingLevel } from '../../core/model.ts';
import { blocksOf, editorCommands, type EditorCommands } from '../editor/index.ts';
import { ToolButton, ToolbarSeparator } from './ToolButton.tsx';
import { useEditorComposing } from './use-editor-composing.ts';
import { shortcutOf } from './menu-items.ts';

const LEVELS: readonly { level: 0 | HeadingLevel; label: string }[] = [
  { level: 1, label: '一级标题' },
  { level: 2, label: '二级标题' },
  { level: 3, label: '三级标题' },
  { level: 4, label: '四级标题' },
  { level: 0, label: '正文' },
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
  return (
    <>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="编辑">
        <ToolButton label="撤销" hint="Ctrl+Z" disabled={off} onAction={() => commands?.undo()} />
        <ToolButton label="重做" hint="Ctrl+Shift+Z" disabled={off} onAction={() => commands?.redo()} />
      </div>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="段落级别">
        {LEVELS.map(({ level, label }) => (
          <ToolButton
            key={level}
            label={label}
            hint={shortcutOf(level === 0 ? 'format.body' : `format.heading${level}`)}
            disabled={off}
            pressed={commands ? (level === 0 ? caretKind === 'paragraph' : caretKind.startsWith(`heading-${level}`)) : undefined}
            onAction={() => commands?.setLevel(level)}
          />
        ))}
      </div>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="章节结构">
        <ToolButton label="升级" hint={shortcutOf('format.promote')} disabled={off} onAction={() => commands?.shift(-1)} />
        <ToolButton label="降级" hint={shortcutOf('format.demote')} disabled={off} onAction={() => commands?.shift(1)} />
        <ToolButton label="上移章节" hint={shortcutOf('format.moveUp')} disabled={off} onAction={() => commands?.moveSection(-1)} />
        <ToolButton label="下移章节" hint={shortcutOf('format.moveDown')} disabled={off} onAction={() => commands?.moveSection(1)} />
      </div>
      <ToolbarSeparator />
      <div className="gw-toolbar-group" role="group" aria-label="段落">
        <ToolButton label="段首标题" hint={`${shortcutOf('format.toggleRunIn')}，标题与正文同段`} disabled={off} pressed={commands ? caretKind.endsWith('-runin') : undefined} onAction={() => commands?.toggleRunIn()} />
        <ToolButton label="附件说明" hint="添加附件名称（正文之后、署名之前）" disabled={off} onAction={() => commands?.addAttachment()} />
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
