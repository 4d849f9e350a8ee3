/**
 * The benchmark's browser half: the built renderer in Debian Chromium (playwright-core, never a
 * downloaded browser), served from 127.0.0.1 by the web-mode server. Every time is measured in
 * the page: from the input event's timeStamp (keydown, or the first composition event of an IME
 * commit) until the expected DOM change has happened, then the next animation frame, then a task
 * after that frame (so the frame's style, layout and paint are included).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { createWebServer } from '../../main/web/web-server.ts';
import { rendererUpToDate } from '../../build/renderer-build.ts';
import { serializeGwdoc } from '../../core/gwdoc.ts';
import { chromiumPath } from '../env/requirements.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { summarize, type Timing } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

/**
 * The renderer to serve: `dir` when given; with `reuse`, out/renderer if it is up to date;
 * otherwise a fresh `vite build` into a temporary folder (removed by the returned cleanup).
 */
export async function rendererBuild(dir: string | undefined, reuse: boolean): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  if (dir) return { dir, cleanup: async () => {} };
  if (reuse && (await rendererUpToDate(ROOT))) {
    const fresh = join(ROOT, 'out/renderer');
    progress(`reusing ${fresh} (newer than its sources)`);
    return { dir: fresh, cleanup: async () => {} };
  }
  const temp = await mkdtemp(join(tmpdir(), 'gongwen-bench-'));
  progress(`vite build into ${temp}`);
  await new Promise<void>((resolve, reject) => {
    // The child's stdout goes to our stderr: stdout carries only the JSON report.
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', temp, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
  return { dir: temp, cleanup: () => rm(temp, { recursive: true, force: true }) };
}

/**
 * Installed in the page (plain JS: functions serialised from TypeScript could carry the
 * compiler's helpers). `__benchArm(spec)` starts watching; the next input event is the start;
 * the result (ms, or -1 on a 10 s timeout) is awaited through `__benchPending`.
 * `__benchUntil(eventType, selector)`: from the next `eventType` event to the end of the frame in
 * which `selector` first matches.
 */
const PAGE_SCRIPT = `
window.__benchUntil = (eventType, selector) => new Promise((resolve) => {
  let start;
  document.addEventListener(eventType, (event) => { start ??= event.timeStamp; }, { capture: true, once: true });
  const poll = () => {
    if (start !== undefined && document.querySelector(selector)) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
});
window.__benchArm = (spec) => {
  const frame = document.querySelector('.gw-editor');
  const blocks = frame.querySelectorAll('[data-block-type]');
  const watched = (spec.watch || []).map((w) => ({ ...w, el: blocks[w.index], before: blocks[w.index].getAttribute(w.attr) }));
  const textEl = spec.text ? blocks[spec.text.index] : null;
  let start;
  const onStart = (event) => { if (start === undefined) start = event.timeStamp; };
  const types = ['keydown', 'beforeinput', 'compositionupdate', 'compositionend'];
  for (const type of types) document.addEventListener(type, onStart, true);
  const check = () => {
    if (start === undefined || frame.getAttribute('data-composing') === 'true') return false;
    let current;
    for (const w of watched) {
      if (w.value === undefined) {
        // Changed in place (a level, a label): the element stays.
        if (w.el.getAttribute(w.attr) === w.before) return false;
        continue;
      }
      // Expected at a position (a moved section): a block moved into another chunk is a new
      // element, so the position is looked up again.
      current ??= frame.querySelectorAll('[data-block-type]');
      const el = current[w.index];
      if (!el || el.getAttribute(w.attr) !== w.value || !el.textContent.startsWith(w.text)) return false;
    }
    if (textEl && textEl.textContent.replace(/\\uFEFF/g, '').length !== spec.text.length) return false;
    return true;
  };
  window.__benchPending = new Promise((resolve) => {
    let finished = false;
    const finish = (value) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearTimeout(timer);
      for (const type of types) document.removeEventListener(type, onStart, true);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => finish(performance.now() - start);
        channel.port2.postMessage(0);
      });
    });
    observer.observe(frame, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => finish(-1), 10000);
  });
};
`;

export interface Session {
  url: string;
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function startBrowser(rendererDir: string): Promise<Session> {
  const server = createWebServer(rendererDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'] });
  const session: Session = {
    url: `http://127.0.0.1:${port}/`,
    browser,
    page: undefined as unknown as Page,
    cdp: undefined as unknown as CDPSession,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return session;
}

/** A fresh page (empty storage) with `document` opened through 新建文档 → 打开或导入文件…; returns open time in ms. */
export async function openDocument(session: Session, document: GongwenDocument): Promise<number> {
  if (session.page) await session.page.context().close();
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => progress(`page error: ${error.message}`));
  session.page = page;
  session.cdp = await context.newCDPSession(page);
  await page.goto(session.url);
  // Evaluated through CDP: the app's CSP forbids inline script tags.
  await page.evaluate(PAGE_SCRIPT);
  const dialog = page.getByRole('dialog', { name: '新建文档' });
  await dialog.waitFor({ state: 'visible', timeout: 20_000 });
  const buffer = Buffer.from(serializeGwdoc(document), 'utf8');
  // From the file input's change event to the end of the frame that first paints the editor.
  await page.evaluate(`window.__benchOpen = window.__benchUntil('change', '[data-slate-editor="true"] [data-block-type="title"]'); undefined`);
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: '打开或导入文件…' }).click();
  await (await chooser).setFiles({ name: 'bench.gwdoc', mimeType: 'application/json', buffer });
  const ms = (await Promise.race([page.evaluate('window.__benchOpen'), page.waitForTimeout(120_000).then(() => -1)])) as number;
  if (ms < 0) throw new Error('the document did not open within 120 s');
  await page.locator('[data-slate-editor="true"] [data-block-type]').nth(document.blocks.length - 1).waitFor({ state: 'attached', timeout: 120_000 });
  return ms;
}

/** Caret into block `index` at `offset` (DOM selection), waiting until the editor's model selection is there. */
export async function placeCaret(session: Session, index: number, offset: number): Promise<void> {
  const { page } = session;
  await page.evaluate(
    ({ index, offset }) => {
      const root = document.querySelector('[data-slate-editor="true"]') as HTMLElement;
      const el = root.querySelectorAll('[data-block-type]')[index]!;
      el.scrollIntoView({ block: 'center' });
      root.focus();
      const text = el.querySelector('[data-slate-string]')!.firstChild!;
      getSelection()!.collapse(text, offset);
    },
    { index, offset },
  );
  await page.locator('.gw-editor').and(page.locator(`[data-selection="${index}:${offset}"]`)).waitFor({ timeout: 10_000 });
}

async function textLength(session: Session, index: number): Promise<number> {
  return session.page.evaluate((index) => (document.querySelectorAll('.gw-editor [data-block-type]')[index]!.textContent ?? '').replace(/\uFEFF/g, '').length, index);
}

async function measured(session: Session, spec: object, act: () => Promise<void>): Promise<number> {
  await session.page.evaluate(`window.__benchArm(${JSON.stringify(spec)})`);
  await act();
  const ms = (await session.page.evaluate('window.__benchPending')) as number;
  if (ms < 0) throw new Error(`no DOM change within 10 s for ${JSON.stringify(spec)}`);
  return ms;
}

const settle = (session: Session, ms = 120) => session.page.waitForTimeout(ms);

/**
 * Typing into paragraph `index` (caret placed mid-text): `keys` ASCII keystrokes and `commits`
 * CJK composition commits (pinyin composed through CDP, then committed), interleaved.
 */
export async function typing(session: Session, index: number, keys: number, commits: number, warmups: number): Promise<{ samples: number[]; ascii: Timing; cjk: Timing }> {
  const { page, cdp } = session;
  await placeCaret(session, index, 20);
  const ascii: number[] = [];
  const cjk: number[] = [];
  const total = keys + commits;
  for (let i = 0; i < warmups + total; i++) {
    const length = await textLength(session, index);
    const composeNow = commits > 0 && i % Math.max(1, Math.round(total / commits)) === 1 && cjk.length < commits;
    let ms: number;
    if (composeNow) {
      await cdp.send('Input.imeSetComposition', { text: 'k', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', { text: 'keji', selectionStart: 4, selectionEnd: 4 });
      await page.locator('.gw-editor[data-composing="true"]').waitFor({ timeout: 10_000 });
      ms = await measured(session, { text: { index, length: length + 2 } }, async () => {
        await cdp.send('Input.insertText', { text: '科技' });
      });
      if (i >= warmups) cjk.push(ms);
    } else {
      ms = await measured(session, { text: { index, length: length + 1 } }, () => page.keyboard.press('a'));
      if (i >= warmups) ascii.push(ms);
    }
    await settle(session);
  }
  return { samples: [...ascii, ...cjk], ascii: summarize(ascii), cjk: summarize(cjk) };
}

/**
 * Tab / Shift+Tab on heading `big` (a level-1 heading whose section ends before `end`, its last
 * subheading at `lastHeading`) and
 * Alt+Shift+↑/↓ on it (swapping it with the section before, whose heading is `previous`), each
 * until every affected label and level is shown (for a move: both headings at their new places
 * with their new labels), then the next frame.
 */
export async function structure(session: Session, at: { big: number; end: number; lastHeading: number; previous: number; lastLevel1: number }, rounds: number, warmups: number): Promise<{ samples: number[]; demote: Timing; move: Timing }> {
  const { page } = session;
  const demote: number[] = [];
  const move: number[] = [];
  const levelWatch = [
    { index: at.big, attr: 'data-level' },
    { index: at.lastHeading, attr: 'data-level' },
    { index: at.lastLevel1, attr: 'data-label' },
  ];
  const shownAt = (index: number) =>
    page.evaluate((index) => {
      const el = document.querySelectorAll('.gw-editor [data-block-type]')[index]!;
      return { label: el.getAttribute('data-label') ?? '', text: (el.textContent ?? '').replace(/\uFEFF/g, '') };
    }, index);
  const shown = { big: await shownAt(at.big), previous: await shownAt(at.previous) };
  for (let i = 0; i < warmups + rounds; i++) {
    await placeCaret(session, at.big, 0);
    for (const key of ['Tab', 'Shift+Tab']) {
      const ms = await measured(session, { watch: levelWatch }, () => page.keyboard.press(key));
      if (i >= warmups) demote.push(ms);
      await settle(session);
    }
    // Up: the big section moves before the previous one; down: back. Each position's label
    // stays, its heading changes.
    const span = at.end - at.big;
    const moves = [
      { key: 'Alt+Shift+ArrowUp', from: at.big, expect: [{ index: at.previous, ...shown.previous, text: shown.big.text }, { index: at.previous + span, ...shown.big, text: shown.previous.text }] },
      { key: 'Alt+Shift+ArrowDown', from: at.previous, expect: [{ index: at.previous, ...shown.previous }, { index: at.big, ...shown.big }] },
    ];
    for (const { key, from, expect } of moves) {
      await placeCaret(session, from, 0);
      const watch = expect.map(({ index, label, text }) => ({ index, attr: 'data-label', value: label, text }));
      const ms = await measured(session, { watch }, () => page.keyboard.press(key));
      if (i >= warmups) move.push(ms);
      await settle(session);
    }
  }
  return { samples: [...demote, ...move], demote: summarize(demote), move: summarize(move) };
}

/** 预览 on the open document: from the toolbar click to the end of the frame that shows the first drawn sheet. */
export async function previewOpen(session: Session): Promise<number> {
  const { page } = session;
  await page.evaluate(`window.__benchPreview = window.__benchUntil('click', '.gw-preview-page[data-drawn="true"] .gw-preview-line'); undefined`);
  await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
  const ms = (await Promise.race([page.evaluate('window.__benchPreview'), page.waitForTimeout(120_000).then(() => -1)])) as number;
  if (ms < 0) throw new Error('the preview did not show within 120 s');
  return ms;
}

/** Renderer JS heap after a forced GC, in MB. */
export async function heapMb(session: Session): Promise<number> {
  await session.cdp.send('HeapProfiler.enable');
  await session.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 2 ** 20) * 10) / 10;
}
