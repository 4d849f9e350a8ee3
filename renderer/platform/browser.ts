import { openedFileFrom } from '../../core/host/opened-file.ts';
import { DOCX_EXTENSION, documentFileName } from '../../core/file-name.ts';
import { MAX_OPEN_BYTES } from '../../core/limits.ts';
import type { ExportRequest, OpenedFile, Platform, RecentFile, SavedFile, SaveRequest } from './platform.ts';

const DRAFT_KEY = 'gongwen.draft';
const RECENT_KEY = 'gongwen.recent';
export const BROWSER_RECENT_LIMIT = 5;
/** localStorage holds about 5 MB per origin; recent copies must leave room for the draft. */
const MAX_RECENT_ENTRY_CHARS = 512 * 1024;
const MAX_RECENT_TOTAL_CHARS = 1536 * 1024;
const APP_NAME = '公文写作台';

interface StoredRecent extends RecentFile {
  text: string;
}

/** Unsaved work in localStorage; a full or disabled storage loses the draft, never the session. */
export function createDraftStore(storage: () => Storage | null) {
  return {
    write(text: string | null): void {
      try {
        if (text === null) storage()?.removeItem(DRAFT_KEY);
        else storage()?.setItem(DRAFT_KEY, text);
      } catch {
        // Quota exceeded or storage disabled: the open document is unaffected.
      }
    },
    read(): string | null {
      try {
        return storage()?.getItem(DRAFT_KEY) ?? null;
      } catch {
        return null;
      }
    },
  };
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readRecent(): StoredRecent[] {
  try {
    const data: unknown = JSON.parse(safeStorage()?.getItem(RECENT_KEY) ?? '[]');
    if (!Array.isArray(data)) return [];
    return data.filter((e): e is StoredRecent => typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.name === 'string' && typeof e.text === 'string');
  } catch {
    return [];
  }
}

/** Keeps a copy of an opened or saved file so 最近打开 can reopen it without a file system. */
function rememberRecent(name: string, text: string): void {
  if (text.length > MAX_RECENT_ENTRY_CHARS) return;
  const path = `browser:${name}`;
  let entries = [{ path, name, text }, ...readRecent().filter((e) => e.path !== path)].slice(0, BROWSER_RECENT_LIMIT);
  let total = 0;
  entries = entries.filter((e) => (total += e.text.length) <= MAX_RECENT_TOTAL_CHARS);
  // On a full storage, drop the oldest copies until it fits; at worst nothing is remembered.
  while (entries.length > 0) {
    try {
      safeStorage()?.setItem(RECENT_KEY, JSON.stringify(entries));
      return;
    } catch {
      entries = entries.slice(0, -1);
    }
  }
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function readPickedFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_OPEN_BYTES) throw new Error(`无法打开「${file.name}」：文件过大，不是公文文档`);
  // A .docx or .txt goes to the importer as bytes; only .gwdoc copies are kept for 最近打开.
  const opened = openedFileFrom(new Uint8Array(await file.arrayBuffer()), file.name);
  if ('text' in opened) rememberRecent(file.name, opened.text);
  return opened;
}

function pickFile(): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.gwdoc,.json,application/json,.docx,.txt,text/plain,' + DOCX_TYPE;
    input.hidden = true;
    input.addEventListener(
      'change',
      () => {
        const file = input.files?.[0];
        input.remove();
        if (!file) resolve(null);
        else readPickedFile(file).then(resolve, reject);
      },
      { once: true },
    );
    input.addEventListener(
      'cancel',
      () => {
        input.remove();
        resolve(null);
      },
      { once: true },
    );
    document.body.append(input);
    input.click();
  });
}

function offerDownload(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function download(request: SaveRequest): SavedFile {
  const name = documentFileName(request.suggestedName);
  offerDownload(name, new Blob([request.text], { type: 'application/json' }));
  rememberRecent(name, request.text);
  return { name };
}

/** The browser cannot ask where; the .docx goes where downloads go. Not remembered: it is not a .gwdoc. */
function downloadExport(request: ExportRequest): SavedFile {
  const name = documentFileName(request.suggestedName, DOCX_EXTENSION);
  offerDownload(name, new Blob([request.bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
  return { name };
}

/**
 * The browser's print dialog, which also saves as PDF (its 另存为 PDF destination). The print view
 * is mounted until this settles; a stand-in for window.print that returns a promise (the e2e
 * tests', to print the view to PDF themselves) keeps it mounted until that promise settles.
 */
async function browserPrint(): Promise<boolean> {
  await (window.print as () => unknown)();
  return true;
}

/**
 * The platform for `npm run web` and the e2e tests: files come from a file picker and go out as
 * downloads, recent files and drafts live in localStorage, and there is no application menu.
 */
export function createBrowserPlatform(): Platform {
  const drafts = createDraftStore(safeStorage);
  return {
    kind: 'browser',
    openDocument: pickFile,
    async openRecent(file) {
      const entry = readRecent().find((e) => e.path === file.path);
      if (!entry) throw new Error(`「${file.name}」已不在最近打开的记录中`);
      return { name: entry.name, text: entry.text };
    },
    saveDocument: async (request) => download(request),
    saveDocumentAs: async (request) => download(request),
    saveExport: async (request) => downloadExport(request),
    print: browserPrint,
    async savePdf() {
      await browserPrint();
      return null;
    },
    listRecent: async () => readRecent().map(({ path, name }) => ({ path, name })),
    setTitle({ name, dirty }) {
      const title = name.trim() ? `${name.trim()} — ${APP_NAME}` : APP_NAME;
      document.title = dirty ? `• ${title}` : title;
    },
    onMenuCommand: () => () => undefined,
    writeDraft: drafts.write,
    readDraft: drafts.read,
  };
}
