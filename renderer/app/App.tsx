import { memo, useEffect, useEffectEvent, useRef, useState } from 'react';
import { ReactEditor, Slate } from 'slate-react';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { DocumentEditable, editorCommands } from '../editor/index.ts';
import { onOpenFile, platform } from '../platform/index.ts';
import type { MenuCommand, OpenedFile, SourceFile } from '../platform/platform.ts';
import { CheckPanel, type SourceProblem } from './CheckPanel.tsx';
import { importOpenedFile, type ImportReport } from './import-file.ts';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { MessageDialog } from './MessageDialog.tsx';
import { FindBar } from '../find/FindBar.tsx';
import { exportBlockers } from '../../core/check/export-blockers.ts';
import type { Finding } from '../../core/check/index.ts';
import { ExportBlockersDialog } from './ExportBlockersDialog.tsx';
import { RollForwardDialog } from './RollForwardDialog.tsx';
import { blocksOf } from './blocks-of.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { DraftDialog } from './DraftDialog.tsx';
import { decodeDraft, encodeDraft, type Draft } from './draft.ts';
import { DraftSchedule } from './draft-schedule.ts';
import { EditingButtonGroups, EditingButtons } from './EditingButtons.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { Outline } from './Outline.tsx';
import { PreviewPane } from '../preview/PreviewPane.tsx';
import { exportWord } from './export-word.ts';
import { createSession, currentDocument, displayName, suggestedName, type DocSession } from './session.ts';
import { shortcutCommand } from './shortcuts.ts';
import { DocumentStatus, StatusLine } from './StatusLine.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';
import { exposeTestHook } from './test-hook.ts';
import { Toolbar, type FileActions } from './Toolbar.tsx';
import { useNotice } from './use-notice.ts';
import { MenuBar } from './MenuBar.tsx';
import type { AppCommand } from './menu-items.ts';
import { usePageZoom } from './page-zoom.ts';
import { ZoomControl } from './ZoomControl.tsx';
import { useWidth } from './use-width.ts';
import { zoomKey } from './shortcuts.ts';

/** The body width below which 检查 and 预览 share one tabbed dock (page ≥ ~560 px beside both). */
const SIDE_BY_SIDE_MIN = 1300;
const OUTLINE_WIDTH = 240;

/** Unsaved work goes to the draft store once typing pauses this long… */
const DRAFT_QUIET_MS = 1000;
/** …or, during non-stop typing, at most this long after the first change not yet in it. */
const DRAFT_MAX_WAIT_MS = 5000;
/**
 * In Electron a shortcut can reach us twice, as the window's keydown and as the menu's
 * accelerator; one save dialog is enough.
 */
const SAME_COMMAND_MS = 400;

type DialogState =
  | { kind: 'new' }
  | { kind: 'import-report'; report: ImportReport; file: SourceFile }
  | { kind: 'error'; title: string; message: string }
  | { kind: 'export-blockers'; findings: Finding[] }
  | { kind: 'rollforward'; last: GongwenDocument; lastName: string }
  | { kind: 'draft'; draft: Draft }
  | { kind: 'confirm'; message: string; confirmLabel: string; onConfirm(): void }
  | null;

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The host's messages are already Chinese sentences; some already say what failed. */
function openFailure(error: unknown): string {
  const message = describeError(error);
  return message.startsWith('无法打开') ? message : `无法打开文件：${message}`;
}

function readStoredDraft(): Draft | null {
  try {
    return decodeDraft(platform.readDraft());
  } catch {
    return null;
  }
}

/** The first body paragraph of the first section: where a new document's writing starts. */
function firstBodyIndex(document: GongwenDocument): number {
  const heading = document.blocks.findIndex((block) => block.type === 'heading');
  return heading >= 0 && heading + 1 < document.blocks.length ? heading + 1 : 0;
}

// Memoized with no props: App's own state (dirty mark, notices, dialogs) must not re-render the
// page; the editor re-renders it through Slate's context when the document changes.
const Page = memo(function Page() {
  return <DocumentEditable />;
});

function EmptyDesk() {
  return (
    <div className="gw-desk-empty">
      <p>没有打开的文档。</p>
      <p>点击「新建」选择模板开始写作，或点击「打开」载入 .gwdoc 文件，或导入已有的 Word 文档（.docx）和文本文件（.txt）。</p>
    </div>
  );
}

export function App() {
  const notices = useNotice();
  const { notify } = notices;
  const [session, setSession] = useState<DocSession | null>(null);
  const [dirty, setDirty] = useState(false);
  const [draftSaved, setDraftSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outlineVisible, setOutlineVisible] = useState(true);
  const [previewVisible, setPreviewVisible] = useState(false);
  const [checkVisible, setCheckVisible] = useState(false);
  const [findVisible, setFindVisible] = useState(false);
  const [sourceProblems, setSourceProblems] = useState<SourceProblem[] | null>(null);
  const [dialog, setDialog] = useState<DialogState>(() => {
    const draft = readStoredDraft();
    return draft ? { kind: 'draft', draft } : { kind: 'new' };
  });
  /** Bumped on every content change; compared with what the draft and the last save hold. */
  const version = useRef(0);
  const draftVersion = useRef(0);
  const draftSchedule = useRef<DraftSchedule | null>(null);
  const activeKey = useRef(0);
  const pendingFocus = useRef<number | null>(null);
  const lastCommand = useRef<{ command: MenuCommand; at: number } | null>(null);
  const desk = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const zoom = usePageZoom(desk, session?.docKey);
  const bodyWidth = useWidth(body, session?.docKey);
  /** Which of 检查 and 预览 shows when the window is too narrow for both beside the page. */
  const [dockTab, setDockTab] = useState<'check' | 'preview'>('preview');

  function load(document: GongwenDocument, file: { fileName: string | null; path?: string | undefined }, options: { restoredDraft: boolean; focus?: number }) {
    const next = createSession(document, file, notify);
    activeKey.current = next.docKey;
    version.current = 0;
    draftVersion.current = 0;
    pendingFocus.current = options.focus ?? null;
    setSession(next);
    // A restored draft is unsaved work that is already safe in the draft store.
    setDirty(options.restoredDraft);
    setDraftSaved(options.restoredDraft);
    setError(null);
    setDialog(null);
    setSourceProblems(null);
  }

  function guardUnsaved(action: () => void, message: string, confirmLabel: string) {
    if (!dirty) {
      action();
      return;
    }
    setDialog({
      kind: 'confirm',
      message,
      confirmLabel,
      onConfirm: () => {
        setDialog(null);
        action();
      },
    });
  }

  function requestNew() {
    guardUnsaved(() => setDialog({ kind: 'new' }), '当前文档有未保存的修改。新建文档将放弃这些修改。', '放弃修改并新建');
  }

  // The host has told a .gwdoc (its text) from a source to import (its bytes) by the file's
  // bytes (core/host/opened-file.ts), the same way the command line does.
  function openFile(file: OpenedFile) {
    if ('bytes' in file) {
      importFile(file);
      return;
    }
    const result = parseGwdoc(file.text);
    if (!result.ok) {
      // The open document stays exactly as it was: a bad file never replaces good work.
      setError(`无法打开「${file.name}」：${result.error}`);
      return;
    }
    platform.writeDraft(null);
    load(result.document, { fileName: file.name, path: file.path }, { restoredDraft: false });
  }

  /** A .docx or .txt: recognised into a new, unsaved document; a refusal leaves the open one alone. */
  function importFile(file: SourceFile) {
    let imported;
    try {
      imported = importOpenedFile(file);
    } catch (failure) {
      setDialog({ kind: 'error', title: '无法导入', message: `无法导入「${file.name}」：${describeError(failure)}` });
      return;
    }
    platform.writeDraft(null);
    const { document, report } = imported;
    // Unsaved and unnamed: 保存 offers a name from the title and never overwrites the source file.
    load(document, { fileName: null }, { restoredDraft: false });
    setSourceProblems(report.numberingProblems.length ? report.numberingProblems : null);
    if (report.numberingProblems.length) setCheckVisible(true);
    setDialog({ kind: 'import-report', report, file });
  }

  /** The same import with the half-width marks made full-width (nothing typed yet to lose). */
  function reimportWithPunctuation(file: SourceFile) {
    try {
      const { document, report } = importOpenedFile(file, { punctuation: true });
      load(document, { fileName: null }, { restoredDraft: false });
      setSourceProblems(report.numberingProblems.length ? report.numberingProblems : null);
      notify('已将中文之间的半角标点改为全角');
    } catch (failure) {
      setDialog({ kind: 'error', title: '无法导入', message: `无法导入「${file.name}」：${describeError(failure)}` });
    }
  }

  /** 由上期报告新建: last period's report (a .gwdoc, .docx or .txt), then the target in a dialog. */
  async function rollForwardFromHost() {
    const file = await pickHostFile();
    if (!file) return;
    let last: GongwenDocument;
    try {
      if ('bytes' in file) last = importOpenedFile(file).document;
      else {
        const parsed = parseGwdoc(file.text);
        if (!parsed.ok) throw new Error(parsed.error);
        last = parsed.document;
      }
    } catch (failure) {
      setDialog({ kind: 'error', title: '无法读取上期报告', message: `无法读取「${file.name}」：${describeError(failure)}` });
      return;
    }
    setDialog({ kind: 'rollforward', last, lastName: file.name });
  }

  function requestRollForward() {
    // Called straight from the click or keydown: the browser's file chooser needs that user gesture.
    guardUnsaved(() => void rollForwardFromHost(), '当前文档有未保存的修改。由上期报告新建将放弃这些修改。', '放弃修改并继续');
  }

  async function openFromHost() {
    const file = await pickHostFile();
    if (file) openFile(file);
  }

  /** The host's file chooser; null when cancelled or when it failed (the failure is shown). */
  async function pickHostFile(): Promise<OpenedFile | null> {
    try {
      return await platform.openDocument();
    } catch (failure) {
      setError(openFailure(failure));
      return null;
    }
  }

  function requestOpen() {
    // Called straight from the click or keydown: the browser's file chooser needs that user gesture.
    guardUnsaved(() => void openFromHost(), '当前文档有未保存的修改。打开其他文档将放弃这些修改。', '放弃修改并打开');
  }

  async function save(as: boolean) {
    const current = session;
    if (!current) return;
    const savedVersion = version.current;
    const request = { path: current.path, suggestedName: suggestedName(current), text: serializeGwdoc(currentDocument(current)) };
    let saved;
    try {
      saved = as ? await platform.saveDocumentAs(request) : await platform.saveDocument(request);
    } catch (failure) {
      setError(`保存失败：${describeError(failure)}`);
      return;
    }
    if (!saved || activeKey.current !== current.docKey) return;
    const { name, path } = saved;
    setSession((s) => (s && s.docKey === current.docKey ? { ...s, fileName: name, path } : s));
    // Typing during the save dialog made changes the file does not hold: stay dirty then.
    if (version.current === savedVersion) {
      setDirty(false);
      setDraftSaved(false);
      platform.writeDraft(null);
    }
    notify(`已保存「${name}」`);
  }

  /** 导出 Word: first, while 检查 finds anything blocking (unfilled placeholders too), the clerk is told what and where. */
  function requestExport() {
    const current = session;
    if (!current) return;
    const findings = exportBlockers(currentDocument(current), sourceProblems ? { numberingProblems: sourceProblems } : {});
    if (findings.length > 0) setDialog({ kind: 'export-blockers', findings });
    else void exportDocument();
  }

  async function exportDocument() {
    const current = session;
    if (!current) return;
    let saved;
    try {
      saved = await exportWord(currentDocument(current), { path: current.path, suggestedName: suggestedName(current) });
    } catch (failure) {
      // Nothing of the document is touched: the export only reads it.
      setError(`导出 Word 失败：${describeError(failure)}`);
      return;
    }
    if (saved) notify(`已导出「${saved.name}」`);
  }

  function togglePreview() {
    if (!previewVisible || (checkVisible && dockTab !== 'preview' && tabbed)) {
      // Asked for: shown, in front of 检查 where the two share a tabbed dock.
      setPreviewVisible(true);
      setDockTab('preview');
      return;
    }
    setPreviewVisible(false);
  }

  function toggleCheck() {
    if (!checkVisible || (previewVisible && dockTab !== 'check' && tabbed)) {
      setCheckVisible(true);
      setDockTab('check');
      return;
    }
    setCheckVisible(false);
  }

  function toggleOutline() {
    setOutlineVisible((visible) => !visible);
  }

  function runCommand(command: MenuCommand) {
    // A modal dialog is answering a question; commands from the menu or keys wait for it.
    if (dialog) return;
    const now = performance.now();
    const last = lastCommand.current;
    if (last && last.command === command && now - last.at < SAME_COMMAND_MS) return;
    lastCommand.current = { command, at: now };
    if (command === 'file.new') return requestNew();
    if (command === 'file.rollForward') return requestRollForward();
    if (command === 'file.open') return requestOpen();
    if (command === 'file.save') return void save(false);
    if (command === 'file.saveAs') return void save(true);
    if (command === 'file.exportDocx') return requestExport();
    if (command === 'view.outline') return toggleOutline();
    if (command === 'view.preview') return session ? togglePreview() : undefined;
    if (command === 'view.check') return session ? toggleCheck() : undefined;
    if (command === 'edit.find') return session ? setFindVisible(true) : undefined;
    if (command === 'help.about') return notify('公文写作台：离线撰写工作总结、工作要点和报告');
    if (!session || ReactEditor.isComposing(session.editor)) return;
    const commands = editorCommands(session.editor);
    switch (command) {
      case 'edit.undo':
        return commands.undo();
      case 'edit.redo':
        return commands.redo();
      case 'format.heading1':
        return commands.setLevel(1);
      case 'format.heading2':
        return commands.setLevel(2);
      case 'format.heading3':
        return commands.setLevel(3);
      case 'format.heading4':
        return commands.setLevel(4);
      case 'format.body':
        return commands.setLevel(0);
      case 'format.toggleRunIn':
        return commands.toggleRunIn();
      case 'format.attachment':
        return commands.addAttachment();
    }
  }

  /** The menu bar's commands: the host menu's, and those only the renderer has. */
  function runAppCommand(command: AppCommand) {
    if (dialog) return;
    if (command === 'view.zoomIn' || command === 'view.zoomOut') return session ? zoom.step(command === 'view.zoomIn' ? 1 : -1) : undefined;
    if (command === 'view.zoomFit') return zoom.set('fit');
    if (command === 'format.promote' || command === 'format.demote' || command === 'format.moveUp' || command === 'format.moveDown') {
      if (!session || ReactEditor.isComposing(session.editor)) return;
      const commands = editorCommands(session.editor);
      if (command === 'format.promote' || command === 'format.demote') return commands.shift(command === 'format.promote' ? -1 : 1);
      return commands.moveSection(command === 'format.moveUp' ? -1 : 1);
    }
    runCommand(command);
  }

  function handleValueChange() {
    version.current++;
    notices.edited();
    // The source's numbering faults point at blocks as imported; after an edit they may not.
    if (sourceProblems) setSourceProblems(null);
    setDirty(true);
    setDraftSaved(false);
    draftSchedule.current?.changed();
  }

  const writeDraftNow = useEffectEvent(() => {
    if (!session || !dirty || draftVersion.current === version.current) return;
    try {
      platform.writeDraft(encodeDraft(currentDocument(session), session));
    } catch (failure) {
      notify(`草稿未能暂存：${describeError(failure)}`);
      return;
    }
    draftVersion.current = version.current;
    setDraftSaved(true);
  });

  useEffect(() => {
    const schedule = new DraftSchedule({ quietMs: DRAFT_QUIET_MS, maxWaitMs: DRAFT_MAX_WAIT_MS, write: () => writeDraftNow() });
    draftSchedule.current = schedule;
    return () => {
      schedule.cancel();
      draftSchedule.current = null;
    };
  }, []);

  useEffect(() => {
    // Closing or reloading between two timer ticks must not lose the last seconds of typing.
    const flush = () => writeDraftNow();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const onMenuCommand = useEffectEvent((command: MenuCommand) => runCommand(command));
  useEffect(() => platform.onMenuCommand((command: MenuCommand) => onMenuCommand(command)), []);

  // 最近打开, a double-clicked .gwdoc, a second launch: the host hands the file over; the same
  // unsaved-changes question as 打开 applies, and a dialog already up is left to finish first.
  const onHostOpenedFile = useEffectEvent((file: OpenedFile) => {
    if (dialog?.kind === 'confirm' || dialog?.kind === 'draft') {
      notify(`请先关闭当前对话框，再打开「${file.name}」`);
      return;
    }
    guardUnsaved(() => openFile(file), `当前文档有未保存的修改。打开「${file.name}」将放弃这些修改。`, '放弃修改并打开');
  });
  useEffect(() => onOpenFile((file: OpenedFile) => onHostOpenedFile(file)), []);

  const onWindowKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const zoomDirection = zoomKey(event);
    if (zoomDirection && session) {
      // The page's 显示比例, not the browser's (which would scale the toolbar too).
      event.preventDefault();
      zoom.step(zoomDirection);
      return;
    }
    const command = shortcutCommand(event);
    if (!command) return;
    event.preventDefault();
    runCommand(command);
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

  useEffect(() => {
    platform.setTitle({ name: displayName(session), dirty });
  }, [session, dirty]);

  useEffect(() => {
    exposeTestHook(session ? { blocks: () => blocksOf(session.editor), meta: () => session.meta } : undefined);
  }, [session]);

  const takePendingFocus = useEffectEvent(() => {
    const index = pendingFocus.current;
    pendingFocus.current = null;
    if (session && index !== null) editorCommands(session.editor).focusBlock(index);
  });
  const docKey = session?.docKey;
  useEffect(() => {
    // Runs after <Slate key={docKey}> has mounted the new document's DOM.
    if (docKey !== undefined) takePendingFocus();
  }, [docKey]);

  const actions: FileActions = { newDocument: requestNew, openDocument: requestOpen, save: () => void save(false), saveAs: () => void save(true), exportDocx: requestExport };
  // 检查 and 预览 side by side only while the page keeps a usable width beside them; else one dock with tabs.
  const tabbed = bodyWidth > 0 && bodyWidth < (outlineVisible ? SIDE_BY_SIDE_MIN + OUTLINE_WIDTH : SIDE_BY_SIDE_MIN);
  const showCheck = session !== null && checkVisible && !(tabbed && previewVisible && dockTab === 'preview');
  const showPreview = session !== null && previewVisible && !(tabbed && checkVisible && dockTab === 'check');
  const saveState = !session ? '' : dirty ? (draftSaved ? '未保存 · 草稿已暂存' : '未保存') : session.fileName ? '已保存' : '';

  const frame = (
    <div className="gw-app">
      {platform.kind === 'browser' && (
        <MenuBar
          hasDocument={session !== null}
          onCommand={(command) => {
            runAppCommand(command);
            // A command run from the menu hands the keyboard back to the page (dialogs take it themselves).
            if (session && !command.startsWith('file.') && command !== 'edit.find') ReactEditor.focus(session.editor);
          }}
          onLeave={() => session && ReactEditor.focus(session.editor)}
        />
      )}
      <Toolbar actions={actions} hasDocument={session !== null} outlineVisible={outlineVisible} onToggleOutline={toggleOutline} previewVisible={session !== null && previewVisible} onTogglePreview={togglePreview} checkVisible={session !== null && checkVisible} onToggleCheck={toggleCheck} editing={session ? <EditingButtons /> : <EditingButtonGroups commands={null} />} />
      {error && <ErrorBanner message={error} onClose={() => setError(null)} />}
      <div className="gw-body" ref={body}>
        {session && outlineVisible && <Outline />}
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
        {session && (showCheck || showPreview) && (
          <div className="gw-dock" data-panels={showCheck && showPreview ? 'both' : checkVisible && previewVisible ? 'tabbed' : showCheck ? 'check' : 'preview'}>
            {tabbed && checkVisible && previewVisible && (
              <div className="gw-dock-tabs" role="tablist" aria-label="侧栏">
                <button type="button" role="tab" aria-selected={showCheck} onClick={() => setDockTab('check')}>
                  检查
                </button>
                <button type="button" role="tab" aria-selected={showPreview} onClick={() => setDockTab('preview')}>
                  预览
                </button>
              </div>
            )}
            <div className="gw-dock-panels">
              {showCheck && <CheckPanel meta={session.meta} sourceProblems={sourceProblems ?? undefined} />}
              {showPreview && <PreviewPane meta={session.meta} />}
            </div>
          </div>
        )}
      </div>
      <StatusLine details={session ? <DocumentStatus meta={session.meta} /> : null} saveState={saveState} notice={notices.text} zoom={session ? <ZoomControl zoom={zoom} /> : null} />
    </div>
  );

  return (
    <>
      {session ? (
        <Slate key={session.docKey} editor={session.editor} initialValue={session.initialBlocks} onValueChange={handleValueChange}>
          {frame}
        </Slate>
      ) : (
        frame
      )}
      {dialog?.kind === 'new' && (
        <TemplatePicker
          onCreate={(document) => load(document, { fileName: null }, { restoredDraft: false, focus: firstBodyIndex(document) })}
          onCancel={() => setDialog(null)}
          onOpen={() => {
            // Still inside the click: the browser's file chooser needs that user gesture.
            setDialog(null);
            void openFromHost();
          }}
          onRollForward={() => {
            setDialog(null);
            void rollForwardFromHost();
          }}
        />
      )}
      {dialog?.kind === 'draft' && (
        <DraftDialog
          draft={dialog.draft}
          onRestore={() => {
            load(dialog.draft.document, dialog.draft, { restoredDraft: true });
            // Written again at once, so the host counts the restored draft as this session's own:
            // closing with 不保存 then removes it instead of offering it once more.
            platform.writeDraft(encodeDraft(dialog.draft.document, dialog.draft));
          }}
          onDiscard={() => {
            platform.writeDraft(null);
            setDialog({ kind: 'new' });
          }}
        />
      )}
      {dialog?.kind === 'import-report' && (
        <ImportReportDialog
          report={dialog.report}
          onClose={({ fixPunctuation }) => {
            setDialog(null);
            if (fixPunctuation) reimportWithPunctuation(dialog.file);
          }}
        />
      )}
      {dialog?.kind === 'rollforward' && (
        <RollForwardDialog
          last={dialog.last}
          lastName={dialog.lastName}
          onCancel={() => setDialog(session ? null : { kind: 'new' })}
          onCreate={(document, placeholders) => {
            platform.writeDraft(null);
            load(document, { fileName: null }, { restoredDraft: false, focus: firstBodyIndex(document) });
            // The count lives in the status line (还有 N 处待填), which follows every edit; a number here
            // would go stale with the first filled placeholder.
            notify(placeholders > 0 ? '已由上期报告新建，待填处已标出' : '已由上期报告新建');
          }}
        />
      )}
      {dialog?.kind === 'export-blockers' && (
        <ExportBlockersDialog
          findings={dialog.findings}
          onExport={() => {
            setDialog(null);
            void exportDocument();
          }}
          onFix={(finding) => {
            setDialog(null);
            if (session && finding?.block !== undefined) editorCommands(session.editor).focusText(finding.block, finding.start, finding.end);
          }}
        />
      )}
      {dialog?.kind === 'error' && <MessageDialog title={dialog.title} message={dialog.message} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'confirm' && <ConfirmDialog message={dialog.message} confirmLabel={dialog.confirmLabel} onConfirm={dialog.onConfirm} onCancel={() => setDialog(null)} />}
    </>
  );
}
