import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { documentPages } from '../../renderer/preview/document-pages.ts';
import { tableReport } from '../core/table-docs.ts';
import { skipReason } from '../env/requirements.ts';
import { convertToPdf, findSoffice } from './libreoffice.ts';
import { PAGE_NUMBER, readPdf, type Page } from './measure.ts';
import { firstLineText } from './page-lines.ts';
import { randomTableDocument } from './random-table-docs.ts';

/**
 * 预览 draws tables and 附件 on the pages LibreOffice prints the export on: for documents with
 * tables of random sizes and cell text (seeded, random-table-docs.ts) and issue 18's report, the
 * same page count, the same page numbers, and each page opening with the same line.
 */
const soffice = findSoffice();
const skipped = skipReason('libreoffice', 'poppler', 'cjk-fonts');
const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

const squash = (text: string) => text.replace(/\s+/g, '');

/*
 * Differences found by this test and fixed: a full line followed by 。 or ， (seeds 6, 11), which
 * LibreOffice hangs past the margin (core/print/line-break.ts hangs it too); a row taller than a
 * page (seeds 8, 13), whose parts LibreOffice centred on each page with fewer lines on the middle
 * one — such rows are set from the top now (PrintedTableRow.vAlign), and fill their pages.
 *
 * Known differences, kept visible (it.fails turns red the day they are fixed): a 表题 before a
 * table whose header rows and first row do not fit under it, nor on a page with it. LibreOffice
 * moved the 表题 on with the table in seed 22 (a splittable first row, room for 11 lines of it) but
 * left it and split the row in seed 30 (room for 4) and in seeds 57, 61, 73, 81, 88, 92, 93, 97
 * and 119 of a wider run (1–120); 预览 leaves it in all of them. The rule is not found yet. Seed 28
 * (a head that fills a page to the table's top rule) matches since the keep-with-next check leaves
 * that rule out, as LibreOffice does. Over seeds 31–120, 预览 and LibreOffice differ on one more
 * (119: a one-line cell merged down across a page break, which LibreOffice prints on the next page).
 */
const KNOWN_DIFFERENT = new Set(['random-22']);

function cases(): Map<string, GongwenDocument> {
  const all = new Map<string, GongwenDocument>([['table-report', tableReport()]]);
  for (const seed of SEEDS) all.set(`random-${seed}`, randomTableDocument(seed));
  return all;
}

describe.skipIf(skipped !== null || !soffice.ok)(`预览's table pages against LibreOffice's rendering of the export${skipped ? ` — ${skipped}` : ''}`, { timeout: 300_000 }, () => {
  let dir: string;
  const documents = cases();
  const printed = new Map<string, Page[]>();

  beforeAll(async () => {
    if (!soffice.ok) return;
    dir = mkdtempSync(join(tmpdir(), 'gongwen-table-pages-'));
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const [name, document] of documents) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await exportDocx(document));
      files.push(file);
    }
    convertToPdf(soffice.path, files, dir);
    for (const name of documents.keys()) printed.set(name, readPdf(join(dir, 'pdf', `${name}.pdf`)));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the random documents have tables that run over pages, split rows and attachments', () => {
    const pages = [...documents.values()].map((document) => documentPages(document.blocks, document.meta).pages);
    const slices = pages.flat().flatMap((page) => page.lines.filter((line) => line.kind === 'table'));
    expect(slices.some((line) => line.kind === 'table' && line.slice.rows.some((row) => row.repeated))).toBe(true);
    expect(slices.some((line) => line.kind === 'table' && line.slice.rows.some((row) => row.part))).toBe(true);
    expect([...documents.values()].filter((document) => document.blocks.some((block) => block.type === 'annex')).length).toBeGreaterThan(2);
  });

  const same = (name: string) => {
    const document = documents.get(name)!;
    const preview = documentPages(document.blocks, document.meta).pages;
    const pdf = printed.get(name)!;
    expect(preview.length).toBe(pdf.length);
    const numbers = pdf.map((page) => (page.pageNumber ? Number(PAGE_NUMBER.exec(page.pageNumber.text.replace(/\s+/g, ' ').trim())![1]) : null));
    expect(preview.map((page) => (page.numbered ? page.number : null))).toEqual(numbers);
    const firsts = pdf.map((page) => squash(page.body[0]?.text ?? ''));
    expect(preview.map((page) => squash(firstLineText(page) ?? ''))).toEqual(firsts);
  };
  const names = [...documents.keys()];
  it.each(names.filter((name) => !KNOWN_DIFFERENT.has(name)))('%s: the same pages, page numbers and first lines as LibreOffice prints', same);
  it.fails.each(names.filter((name) => KNOWN_DIFFERENT.has(name)))('%s: known to differ from LibreOffice on a page', same);
});
