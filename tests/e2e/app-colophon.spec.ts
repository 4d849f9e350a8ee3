import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGE_MM } from '../../core/print/page-geometry.ts';
import { convertToPdf, findSoffice } from '../render/libreoffice.ts';
import { readPdf } from '../render/measure.ts';
import { inkBands, rasterPage } from '../render/raster.ts';
import { editorPage, startFresh } from './app-support.ts';

// 预览 draws the 版记 (GB/T 9704-2012 7.4) where LibreOffice prints the export: its rules measured
// on the drawn sheet (the DOM, in mm of the 297 mm page) and on LibreOffice's page (pixels, 20 a
// mm), each within 0.2 mm of the other (measured: 0.01 mm), and its 4号 抄送 broken into the same lines.

const soffice = findSoffice();
const COPY_TO = ['市委办公室', '市人大常委会办公室', '市政府办公室', '市纪委监委', '市发展和改革委员会', '市财政局', '市审计局', '各县市区科技局', '市直各有关单位'];

const JOINT = ['宣城市科学技术局', '宣城市财政局', '宣城市发展和改革委员会'];

/** Seed 000 as a 报告 with a 版头 and a 版记 with a long 抄送 (the .gwdoc's JSON, edited). */
function report(organs = ['宣城市科学技术局']): string {
  const document = JSON.parse(readFileSync('tests/fixtures/seeds/000-xuancheng-half-year.gwdoc', 'utf8')) as { meta: Record<string, unknown> };
  document.meta.template = 'report';
  document.meta.banner = { organs, withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三'] };
  document.meta.colophon = { copyTo: COPY_TO, printer: '宣城市科学技术局办公室', printDate: '2023年7月12日' };
  return JSON.stringify(document);
}

async function open(page: Page, text: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await startFresh(page);
  await page.getByRole('dialog', { name: '新建文档' }).getByRole('button', { name: '取消' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await (await chooser).setFiles({ name: 'report.gwdoc', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(editorPage(page)).toBeVisible();
}

/** Each line's first glyph's left and last glyph's right edge, in the mark's characters from the first line's. */
function glyphEnds(lines: Locator): Promise<{ left: number; right: number }[]> {
  return lines.evaluateAll((spans) => {
    const ends = spans.map((span) => {
      const text = span.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const first = range.getBoundingClientRect();
      range.setStart(text, text.textContent!.length - 1);
      range.setEnd(text, text.textContent!.length);
      return { left: first.left, right: range.getBoundingClientRect().right, em: first.width };
    });
    return ends.map((end) => ({ left: (end.left - ends[0]!.left) / end.em, right: (end.right - ends[0]!.right) / end.em }));
  });
}

test('联合行文：版头面板与预览的机关名称分散对齐为同一宽度，文件居右', async ({ page }) => {
  await open(page, report(JOINT));
  const panel = page.getByRole('region', { name: '版头' }).locator('.gw-banner-organs[data-joint] > span');
  await expect(panel).toHaveText(JOINT);
  await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
  const pane = page.getByRole('complementary', { name: '预览' });
  await expect(pane).toHaveAttribute('aria-busy', 'false');
  const preview = pane.locator('.gw-preview-mark-lines[data-joint] > span');
  await expect(preview).toHaveText(JOINT);
  // First and last glyphs of every name line up, within a tenth of a character (at 32 pt, 0.1 mm).
  for (const lines of [panel, preview]) {
    for (const end of await glyphEnds(lines)) {
      expect(Math.abs(end.left)).toBeLessThan(0.1);
      expect(Math.abs(end.right)).toBeLessThan(0.1);
    }
  }
  await page.screenshot({ path: 'test-results/screens/joint-banner-1366x768.png' });
});

test('预览的版记与 LibreOffice 打印的导出件同位（分隔线相差不超过 0.2 mm）、抄送同样分行', async ({ page }) => {
  test.skip(!soffice.ok, 'LibreOffice is not set up');
  test.setTimeout(120_000);
  const text = report();
  await open(page, text);
  await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
  const pane = page.getByRole('complementary', { name: '预览' });
  await expect(pane).toHaveAttribute('aria-busy', 'false');
  const sheet = pane.locator('.gw-preview-page').last();
  await sheet.scrollIntoViewIfNeeded();
  await expect(sheet).toHaveAttribute('data-drawn', 'true');

  // The drawn rules, from the sheet's top in mm.
  const drawn = await sheet.evaluate((element, pageMm) => {
    const box = element.getBoundingClientRect();
    const mm = box.height / pageMm;
    const rules: { top: number; bottom: number }[] = [];
    const lines: string[] = [];
    for (const line of element.querySelectorAll<HTMLElement>('.gw-preview-line')) {
      const rect = line.getBoundingClientRect();
      const style = getComputedStyle(line);
      // A rule is drawn over the padding its weight adds to the line (BannerLine.tsx ruleStyle).
      const scale = rect.height / line.offsetHeight;
      const ruled = style.boxShadow !== 'none';
      const top = ruled ? parseFloat(style.paddingTop) * scale : 0;
      const bottom = ruled ? parseFloat(style.paddingBottom) * scale : 0;
      if (top > 0) rules.push({ top: (rect.top - box.top) / mm, bottom: (rect.top + top - box.top) / mm });
      if (bottom > 0) rules.push({ top: (rect.bottom - bottom - box.top) / mm, bottom: (rect.bottom - box.top) / mm });
      lines.push((line.textContent ?? '').replace(/\s+/gu, ''));
    }
    return { rules, lines };
  }, PAGE_MM.height);

  // LibreOffice's rendering of the app's export (导出 Word, through the blocking-findings dialog if any).
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-colophon-e2e-'));
  const download = page.waitForEvent('download');
  await page.getByRole('toolbar').getByRole('button', { name: '导出 Word', exact: true }).click();
  const blockers = page.getByRole('dialog', { name: '导出前还有必须修改的内容' });
  await Promise.race([download, blockers.waitFor()]);
  if (await blockers.isVisible()) await blockers.getByRole('button', { name: '仍然导出' }).click();
  await (await download).saveAs(join(dir, 'report.docx'));
  if (soffice.ok) convertToPdf(soffice.path, [join(dir, 'report.docx')], dir);
  const pdf = join(dir, 'pdf', 'report.pdf');
  const pages = readPdf(pdf);
  expect(await pane.getAttribute('data-pages')).toBe(String(pages.length));
  const printed = inkBands(rasterPage(pdf, pages.length, 20), 'dark', 100);

  expect(drawn.rules).toHaveLength(3);
  expect(printed).toHaveLength(3);
  const offsets = drawn.rules.map((rule, i) => `${(rule.top - printed[i]!.top).toFixed(2)}/${(rule.bottom - printed[i]!.bottom).toFixed(2)}`);
  test.info().annotations.push({ type: 'rule offsets 预览 − LibreOffice (top/bottom, mm)', description: offsets.join(' ') });
  drawn.rules.forEach((rule, i) => {
    expect(Math.abs(rule.top - printed[i]!.top), `rule ${i + 1} top`).toBeLessThanOrEqual(0.2);
    expect(Math.abs(rule.bottom - printed[i]!.bottom), `rule ${i + 1} bottom`).toBeLessThanOrEqual(0.2);
  });
  expect(drawn.lines).toEqual(pages.at(-1)!.rows.map((row) => row.text.replace(/\s+/gu, '')));
  expect(drawn.lines).toHaveLength(4);
  await page.screenshot({ path: 'test-results/screens/colophon-preview-1366x768.png' });
});
