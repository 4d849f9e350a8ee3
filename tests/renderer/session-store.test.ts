import { readFileSync } from 'node:fs';
import { Transforms, type Descendant } from 'slate';
import { describe, expect, it, vi } from 'vitest';
import { parseGwdoc } from '../../core/gwdoc.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { blockText } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import type { OpenedFile, SavedFile, SaveRequest } from '../../renderer/platform/platform.ts';
import { decodeDraft, encodeDraft } from '../../renderer/app/session/draft.ts';
import type { DraftClock } from '../../renderer/app/session/draft-schedule.ts';
import { createFileActions } from '../../renderer/app/session/file-actions.ts';
import { SessionStore, type SessionHost } from '../../renderer/app/session/session-store.ts';

const SEED = 'tests/fixtures/seeds/000-xuancheng-half-year.gwdoc';

function seedDocument(): GongwenDocument {
  const parsed = parseGwdoc(readFileSync(SEED, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.document;
}

function freshDocument(): GongwenDocument {
  return newDocument(BUILTIN_TEMPLATES.find((t) => t.id === 'half-year')!, { organ: '宣城市科技局', year: 2023 });
}

/** A host that keeps its draft in memory and answers the file dialogs as the test says. */
function fakeHost(options: { draft?: string | null; open?: OpenedFile | null; save?: (request: SaveRequest) => Promise<SavedFile | null> } = {}) {
  let draft = options.draft ?? null;
  const host = {
    openDocument: vi.fn(async () => options.open ?? null),
    saveDocument: vi.fn(options.save ?? (async () => ({ name: '报告.gwdoc', path: '/docs/报告.gwdoc' }))),
    saveDocumentAs: vi.fn(options.save ?? (async () => ({ name: '另存.gwdoc', path: '/docs/另存.gwdoc' }))),
    saveExport: vi.fn(async () => ({ name: '报告.docx' })),
    kind: 'electron' as const,
    print: vi.fn(async () => true),
    savePdf: vi.fn(async () => ({ name: '报告.pdf', path: '/docs/报告.pdf' })),
    writeDraft: vi.fn((text: string | null) => void (draft = text)),
    readDraft: () => draft,
  } satisfies SessionHost;
  return { host, draft: () => draft };
}

/** Timers moved by hand; idle callbacks run when the test says. */
function manualClock() {
  let now = 0;
  const timers: { at: number; run: () => void }[] = [];
  const clock: DraftClock = {
    now: () => now,
    setTimeout(run, ms) {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => void timers.splice(timers.indexOf(handle as never), 1),
    whenIdle(run) {
      run();
      return () => undefined;
    },
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
    },
  };
}

function setup(hostOptions: Parameters<typeof fakeHost>[0] = {}) {
  const { host, draft } = fakeHost(hostOptions);
  const notify = vi.fn<(message: string) => void>();
  const time = manualClock();
  const store = new SessionStore({ host, notify, clock: time.clock });
  const showCheck = vi.fn();
  const files = createFileActions(store, showCheck);
  return { store, files, host, draft, notify, showCheck, time };
}

/** Types `text` at the start of block `index`, as the editor would. */
function typeInto(store: SessionStore, index: number, text: string) {
  const { editor, initialBlocks } = store.getSnapshot().session!;
  // What <Slate initialValue> does when the window mounts the loaded document.
  if (editor.children.length === 0) editor.children = structuredClone(initialBlocks) as Descendant[];
  Transforms.insertText(editor, text, { at: { path: [index, 0], offset: 0 } });
  store.edited();
}

describe('SessionStore', () => {
  it('starts with the template picker, or offers the draft the host kept', () => {
    expect(setup().store.getSnapshot().dialog).toEqual({ kind: 'new' });
    const kept = encodeDraft(seedDocument(), { fileName: '报告.gwdoc' });
    const dialog = setup({ draft: kept }).store.getSnapshot().dialog;
    expect(dialog?.kind).toBe('draft');
    expect(dialog?.kind === 'draft' && dialog.draft.fileName).toBe('报告.gwdoc');
  });

  it('tells subscribers of a change, and only of a change', () => {
    const { store, files } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    files.createDocument(freshDocument());
    expect(listener).toHaveBeenCalledTimes(1);
    typeInto(store, 0, '甲');
    typeInto(store, 0, '乙');
    // The second keystroke changes nothing the window shows: no render for it.
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('saves what the editor holds and is clean after it; the draft is dropped', async () => {
    const { store, files, host, notify } = setup();
    files.createDocument(seedDocument());
    typeInto(store, 0, '新');
    expect(store.getSnapshot().dirty).toBe(true);
    await store.save(false);
    const request = host.saveDocument.mock.calls[0]![0];
    const saved = parseGwdoc(request.text);
    expect(saved.ok && blockText(saved.document.blocks[0]!)).toBe(`新${blockText(seedDocument().blocks[0]!)}`);
    expect(request.suggestedName).toBe(`新${blockText(seedDocument().blocks[0]!)}.gwdoc`);
    expect(store.getSnapshot()).toMatchObject({ dirty: false, draftSaved: false });
    expect(store.getSnapshot().session?.fileName).toBe('报告.gwdoc');
    expect(host.writeDraft).toHaveBeenLastCalledWith(null);
    expect(notify).toHaveBeenLastCalledWith('已保存「报告.gwdoc」');
  });

  it('stays dirty when typing went on while the save dialog was open', async () => {
    let answer: (file: SavedFile) => void = () => undefined;
    const { store, files } = setup({ save: () => new Promise((resolve) => (answer = resolve)) });
    files.createDocument(seedDocument());
    typeInto(store, 0, '一');
    const saving = store.save(false);
    typeInto(store, 0, '二');
    answer({ name: '报告.gwdoc' });
    await saving;
    expect(store.getSnapshot().dirty).toBe(true);
  });

  it('shows a failed save above the page and keeps the document', async () => {
    const { store, files } = setup({ save: async () => Promise.reject(new Error('磁盘已满')) });
    files.createDocument(seedDocument());
    const { session } = store.getSnapshot();
    await store.save(true);
    expect(store.getSnapshot()).toMatchObject({ error: '保存失败：磁盘已满', session });
  });

  it('copies unsaved work to the draft store once typing pauses, and says so', () => {
    const { store, files, draft, time } = setup();
    files.createDocument(seedDocument());
    typeInto(store, 0, '草');
    time.advance(500);
    expect(draft()).toBeNull();
    time.advance(600);
    expect(blockText(decodeDraft(draft())!.document.blocks[0]!)).toMatch(/^草/u);
    expect(store.getSnapshot().draftSaved).toBe(true);
  });

  it('asks before unsaved changes are dropped, and goes on only when told to', () => {
    const { store, files } = setup();
    files.createDocument(seedDocument());
    typeInto(store, 0, '改');
    files.requestNew();
    const dialog = store.getSnapshot().dialog;
    expect(dialog?.kind).toBe('confirm');
    if (dialog?.kind === 'confirm') dialog.onConfirm();
    expect(store.getSnapshot().dialog).toEqual({ kind: 'new' });
  });

  it('lists what blocks the export of a new document instead of exporting it', () => {
    const { store, files, host } = setup();
    files.createDocument(freshDocument());
    store.requestExport();
    const dialog = store.getSnapshot().dialog;
    expect(dialog?.kind).toBe('export-blockers');
    expect(dialog?.kind === 'export-blockers' && dialog.findings.length).toBeGreaterThan(0);
    expect(host.saveExport).not.toHaveBeenCalled();
  });

  it('打印 and 导出 PDF ask the same, then mount the print view and print it once it is drawn', async () => {
    const { store, files, host, notify } = setup();
    files.createDocument(freshDocument());
    typeInto(store, 0, '');
    store.requestExport('pdf');
    const dialog = store.getSnapshot().dialog;
    expect(dialog?.kind === 'export-blockers' && dialog.target).toBe('pdf');
    store.closeDialog();
    await store.exportDocument('pdf');
    const job = store.getSnapshot().printing;
    expect(job?.target).toBe('pdf');
    expect(host.savePdf).not.toHaveBeenCalled();
    const page = { title: '公文写作台' };
    await store.printViewReady(page);
    const title = blockText(job!.document.blocks[0]!).replace(/\s+/gu, '');
    expect(title).not.toBe('');
    expect(host.savePdf).toHaveBeenCalledWith({ suggestedName: expect.any(String), title, author: job!.document.meta.organ });
    expect(page.title).toBe('公文写作台');
    expect(store.getSnapshot().printing).toBeNull();
    expect(notify).toHaveBeenCalledWith('已导出「报告.pdf」');
    await store.exportDocument('print');
    await store.printViewReady(page);
    expect(host.print).toHaveBeenCalledOnce();
  });
});

describe('file actions', () => {
  it('refuses a damaged .gwdoc and leaves the open document as it was', async () => {
    const { store, files } = setup({ open: { name: '坏.gwdoc', text: '{"format":"gongwen/1"' } });
    files.createDocument(seedDocument());
    const { session } = store.getSnapshot();
    await files.openFromHost();
    expect(store.getSnapshot().session).toBe(session);
    expect(store.getSnapshot().error).toMatch(/^无法打开「坏\.gwdoc」：/u);
  });

  it('imports a .txt as a new unnamed document, reports it, and opens 检查 for the source’s numbering faults', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/import/seeds/001_1546186363c61f01.txt'));
    const { store, files, showCheck } = setup({ open: { name: '上期.txt', bytes } });
    await files.openFromHost();
    const state = store.getSnapshot();
    expect(state.session?.fileName).toBeNull();
    expect(state.dialog?.kind).toBe('import-report');
    expect(state.sourceProblems?.map((p) => p.message)).toContain('「（三）」之后是「（五）」，缺少「（四）」');
    expect(showCheck).toHaveBeenCalledOnce();
    // The faults point at blocks as imported: the first edit drops them.
    typeInto(store, 0, '改');
    expect(store.getSnapshot().sourceProblems).toBeNull();
  });

  it('lets a dialog already up finish before a file the host opened', () => {
    const { store, files, notify } = setup({ draft: encodeDraft(seedDocument(), { fileName: null }) });
    files.openFromOutside({ name: '另一份.gwdoc', text: readFileSync(SEED, 'utf8') });
    expect(store.getSnapshot().dialog?.kind).toBe('draft');
    expect(notify).toHaveBeenCalledWith('请先关闭当前对话框，再打开「另一份.gwdoc」');
  });

  it('restores a draft as unsaved work already safe in the draft store', () => {
    const { store } = setup({ draft: encodeDraft(seedDocument(), { fileName: '报告.gwdoc', path: '/docs/报告.gwdoc' }) });
    const dialog = store.getSnapshot().dialog;
    if (dialog?.kind !== 'draft') throw new Error('no draft offered');
    store.restoreDraft(dialog.draft);
    expect(store.getSnapshot()).toMatchObject({ dirty: true, draftSaved: true, dialog: null });
    expect(store.getSnapshot().session).toMatchObject({ fileName: '报告.gwdoc', path: '/docs/报告.gwdoc' });
  });
});
