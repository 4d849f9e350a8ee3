import { memo, useEffect, useEffectEvent, useRef, useState } from 'react';
import { ReactEditor, Slate } from 'slate-react';
import { DocumentEditable, editorCommands } from '../editor/index.ts';
import { FindBar } from '../find/FindBar.tsx';
import { platform } from '../platform/index.ts';
import { PrintView } from '../preview/PrintView.tsx';
import type { MenuCommand } from '../platform/platform.ts';
import type { AppCommand, CommandTargets } from './commands/command-table.ts';
import { runCommand } from './commands/run-command.ts';
import { shortcutCommand } from './commands/shortcuts.ts';
import { BannerPanel } from './banner/BannerPanel.tsx';
import { ColophonPanel } from './banner/ColophonPanel.tsx';
import { Dialogs } from './dialogs/Dialogs.tsx';
import { TablePickerDialog } from './dialogs/TablePickerDialog.tsx';
import { EditingButtonGroups, EditingButtons } from './EditingButtons.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { MenuBar } from './MenuBar.tsx';
import { usePageZoom } from './page-zoom.ts';
import { measurePanels } from './panels/measure.ts';
import { Dock, OutlineSide } from './panels/SidePanels.tsx';
import { usePanelWidths } from './panels/use-panel-widths.ts';
import { panelLayout, usePanelVisibility } from './panels/use-panels.ts';
import { sessionMeta } from './session/doc-session.ts';
import { useDocumentSession } from './session/use-document-session.ts';
import { DocumentStatus, StatusLine } from './StatusLine.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useNotice } from './use-notice.ts';
import { useWidth } from './use-width.ts';
import { ZoomControl } from './ZoomControl.tsx';

// Memoized with no props: App's own state (dirty mark, notices, dialogs) must not re-render the
// page; the editor re-renders it through Slate's context when the document changes.
const Page = memo(function Page() {
  return (
    <>
      <BannerPanel />
      <DocumentEditable />
      <ColophonPanel />
    </>
  );
});

function EmptyDesk() {
  return (
    <div className="gw-desk-empty">
      <p>没有打开的文档。</p>
      <p>点击「新建」选择模板开始写作，或点击「打开」载入 .gwdoc 文件，或导入已有的 Word 文档（.docx）和文本文件（.txt）。</p>
    </div>
  );
}

/**
 * The window: the document session (session/), the commands (commands/), the panels beside the
 * page (panels/) and the dialogs (dialogs/), put together.
 */
export function App() {
  const notices = useNotice();
  const visibility = usePanelVisibility();
  const { store, state, files } = useDocumentSession(notices, visibility.openCheck);
  const { session, dirty, draftSaved, error, sourceProblems, printing } = state;
  const docKey = session?.docKey;
  const desk = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const zoom = usePageZoom(desk, docKey);
  const panels = panelLayout(visibility, useWidth(body, docKey), session !== null);
  const sizes = usePanelWidths(body);
  const [findVisible, setFindVisible] = useState(false);
  const [tablePicker, setTablePicker] = useState(false);

  const targets: CommandTargets = { store, files, panels, zoom, openFind: () => setFindVisible(true), openTablePicker: () => setTablePicker(true), notify: notices.notify };
  const run = (command: AppCommand) => runCommand(command, targets);
  const measure = () => measurePanels(body.current);

  const onMenuCommand = useEffectEvent((command: MenuCommand) => run(command));
  useEffect(() => platform.onMenuCommand((command: MenuCommand) => onMenuCommand(command)), []);

  const onWindowKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const command = shortcutCommand(event);
    if (!command) return;
    // Without a page, Ctrl+= and Ctrl+- stay the browser's own; with one, they are the page's 显示比例.
    if ((command === 'view.zoomIn' || command === 'view.zoomOut') && !session) return;
    event.preventDefault();
    run(command);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onWindowKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const onDeskWheel = useEffectEvent((event: WheelEvent) => {
    if (!event.ctrlKey || event.deltaY === 0) return;
    event.preventDefault();
    zoom.step(event.deltaY < 0 ? 1 : -1);
  });
  useEffect(() => {
    const element = desk.current;
    if (!element) return;
    // Not React's onWheel: that listener is passive and cannot stop the browser's own zoom.
    const listener = (event: WheelEvent) => onDeskWheel(event);
    element.addEventListener('wheel', listener, { passive: false });
    return () => element.removeEventListener('wheel', listener);
  }, [session]);

  const takePendingFocus = useEffectEvent(() => {
    const index = store.takePendingFocus();
    if (session && index !== null) editorCommands(session.editor).focusBlock(index);
  });
  useEffect(() => {
    // Runs after <Slate key={docKey}> has mounted the new document's DOM.
    if (docKey !== undefined) takePendingFocus();
  }, [docKey]);

  const saveState = !session ? '' : dirty ? (draftSaved ? '未保存 · 草稿已暂存' : '未保存') : session.fileName ? '已保存' : '';

  const frame = (
    <div className="gw-app">
      {platform.kind === 'browser' && (
        <MenuBar
          hasDocument={session !== null}
          onCommand={(command) => {
            run(command);
            // A command run from the menu hands the keyboard back to the page (dialogs take it themselves).
            if (session && !command.startsWith('file.') && command !== 'edit.find') ReactEditor.focus(session.editor);
          }}
          editor={session ? editorCommands(session.editor) : null}
          onLeave={() => session && ReactEditor.focus(session.editor)}
        />
      )}
      <Toolbar
        hasDocument={session !== null}
        run={(command) => run(command)}
        outlineVisible={panels.outline}
        previewVisible={session !== null && panels.preview}
        checkVisible={session !== null && panels.check}
        editing={session ? <EditingButtons /> : <EditingButtonGroups commands={null} />}
      />
      {error && <ErrorBanner message={error} onClose={() => store.showError(null)} />}
      <div className="gw-body" ref={body} style={sizes.style}>
        {session && panels.outline && <OutlineSide sizes={sizes} measure={measure} />}
        <div className="gw-desk-column">
          {session && findVisible && (
            <FindBar
              onClose={() => {
                setFindVisible(false);
                ReactEditor.focus(session.editor);
              }}
            />
          )}
          <main className="gw-desk" aria-label="文档" ref={desk}>
            {session ? <Page /> : <EmptyDesk />}
          </main>
        </div>
        {session && <Dock panels={panels} sizes={sizes} measure={measure} sourceProblems={sourceProblems} />}
      </div>
      <StatusLine details={session ? <DocumentStatus meta={sessionMeta(session)} /> : null} saveState={saveState} notice={notices.text} noticeAction={notices.action} zoom={session ? <ZoomControl zoom={zoom} /> : null} />
    </div>
  );

  return (
    <>
      {session ? (
        <Slate key={session.docKey} editor={session.editor} initialValue={session.initialBlocks} onValueChange={() => store.edited()}>
          {frame}
        </Slate>
      ) : (
        frame
      )}
      <Dialogs state={state} store={store} files={files} />
      {session && tablePicker && (
        <TablePickerDialog
          onCancel={() => setTablePicker(false)}
          onInsert={(rows, columns) => {
            setTablePicker(false);
            // After the dialog has closed and handed focus back, so the table lands at the caret.
            requestAnimationFrame(() => editorCommands(session.editor).insertTable(rows, columns));
          }}
        />
      )}
      {printing && <PrintView key={printing.target} document={printing.document} onReady={() => void store.printViewReady(document)} />}
    </>
  );
}
