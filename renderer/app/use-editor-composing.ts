import { useEffect, useState } from 'react';
import { ReactEditor, useSlateStatic } from 'slate-react';

/**
 * Whether an IME composition is under way in the editor, for chrome that lives outside
 * <Editable>. slate-react's useComposing() reads a context that only <Editable> provides, so a
 * toolbar above the page would always see false; this follows the composition events instead.
 */
export function useEditorComposing(): boolean {
  const editor = useSlateStatic();
  const [composing, setComposing] = useState(false);
  useEffect(() => {
    const inEditor = (event: Event) => event.target instanceof Node && ReactEditor.hasDOMNode(editor, event.target, { editable: true });
    const start = (event: CompositionEvent) => {
      if (inEditor(event)) setComposing(true);
    };
    const end = () => setComposing(false);
    // The safety net slate-react also keeps: a keydown outside composition means none is running,
    // whatever events an IME failed to send.
    const key = (event: KeyboardEvent) => {
      if (!event.isComposing && event.keyCode !== 229) setComposing(false);
    };
    document.addEventListener('compositionstart', start, true);
    document.addEventListener('compositionend', end, true);
    document.addEventListener('keydown', key, true);
    return () => {
      document.removeEventListener('compositionstart', start, true);
      document.removeEventListener('compositionend', end, true);
      document.removeEventListener('keydown', key, true);
    };
  }, [editor]);
  return composing;
}
