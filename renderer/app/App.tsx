// MINIMAL SHELL — to be replaced by the app chrome (template picker, toolbar, outline, status line).
import { useState } from 'react';
import { Slate } from 'slate-react';
import { newDocument } from '../../core/new-document.ts';
import { getTemplate } from '../../core/templates.ts';
import { createGongwenEditor, DocumentEditable } from '../editor/index.ts';

export function App() {
  const [document] = useState(() => newDocument(getTemplate('half-year'), { organ: '宣城市科技局', year: 2023 }));
  const [notice, setNotice] = useState('');
  const [editor] = useState(() => createGongwenEditor({ getContext: () => ({ template: getTemplate(document.meta.template), meta: document.meta }), notify: setNotice }));
  return (
    <Slate editor={editor} initialValue={document.blocks}>
      <DocumentEditable />
      <div role="status">{notice}</div>
    </Slate>
  );
}
