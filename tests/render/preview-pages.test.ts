import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { parseGwdoc } from '../../core/gwdoc.ts';
import { importSource } from '../../core/import/import-source.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { rollForward } from '../../core/rollforward/roll-forward.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { documentPages } from '../../renderer/preview/document-pages.ts';
import { skipReason } from '../env/requirements.ts';
import { convertToPdf, findSoffice } from './libreoffice.ts';
import { readPdf } from './measure.ts';

/**
 * 预览, 打印 and 导出 PDF lay out pages from the print plan; Word (here LibreOffice) lays out the
 * exported .docx. The clerk sees the first and hands in the second: for every seed, every
 * template's new document and a roll-forward output, both must come to the same pages.
 */
const soffice = findSoffice();
const skipped = skipReason('libreoffice', 'poppler', 'cjk-fonts');

function gwdoc(name: string): GongwenDocument {
  const parsed = parseGwdoc(readFileSync(new URL(`../fixtures/seeds/${name}.gwdoc`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.document;
}

function documents(): Map<string, GongwenDocument> {
  const all = new Map<string, GongwenDocument>();
  for (const name of ['000-xuancheng-half-year', '002-key-points-2022', '004-annual-2022']) all.set(name, gwdoc(name));
  for (const name of ['000_50acbe1f2b51726a', '001_1546186363c61f01', '002_b13487b31118fa9a', '003_4e5eab6f0c303194', '004_f1749bfab7b2431e']) {
    all.set(name, importSource(readFileSync(new URL(`../fixtures/import/seeds/${name}.txt`, import.meta.url))).document);
  }
  for (const template of BUILTIN_TEMPLATES) all.set(`new-${template.id}`, newDocument(template, { organ: '某某县科学技术局', year: 2024 }));
  all.set('rollforward-000', rollForward(gwdoc('000-xuancheng-half-year')).document);
  all.set('rollforward-004', rollForward(gwdoc('004-annual-2022')).document);
  // A formal 报告 with its 版头 and 版记 (at the foot of an even page, a blank page before it where
  // the body ends on an even one): one organ and three, and bodies cut short so both endings occur.
  const colophon = { copyTo: ['市委办公室', '市人大常委会办公室'], printer: '宣城市科学技术局办公室', printDate: '2023年7月12日' };
  const banners = {
    single: { organs: ['宣城市科学技术局'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三'] },
    joint: { organs: ['宣城市科学技术局', '宣城市财政局', '宣城市发展和改革委员会'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三', '李四', '王五'] },
  };
  for (const [kind, banner] of Object.entries(banners)) {
    for (const keep of [12, 30, 1000]) {
      const document = gwdoc('000-xuancheng-half-year');
      const tail = document.blocks.filter((b) => b.type === 'signature' || b.type === 'date');
      document.blocks = [...document.blocks.filter((b) => b.type !== 'signature' && b.type !== 'date').slice(0, keep), ...tail];
      all.set(`banner-${kind}-${keep}`, { meta: { ...document.meta, template: 'report', banner, colophon }, blocks: document.blocks });
    }
  }
  return all;
}

describe.skipIf(skipped !== null || !soffice.ok)(`预览's pages against LibreOffice's rendering of the export${skipped ? ` — ${skipped}` : ''}`, { timeout: 300_000 }, () => {
  let dir: string;
  const cases = documents();
  const printed = new Map<string, number>();

  beforeAll(async () => {
    if (!soffice.ok) return;
    dir = mkdtempSync(join(tmpdir(), 'gongwen-pages-'));
    const files: string[] = [];
    for (const [name, document] of cases) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await exportDocx(document));
      files.push(file);
    }
    convertToPdf(soffice.path, files, dir);
    for (const name of cases.keys()) printed.set(name, readPdf(join(dir, 'pdf', `${name}.pdf`)).length);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each([...cases.keys()])('%s: as many pages in 预览 as LibreOffice prints', (name) => {
    const document = cases.get(name)!;
    const preview = documentPages(document.blocks, document.meta).pages.length;
    expect(preview).toBeGreaterThan(0);
    expect(preview).toBe(printed.get(name));
  });
});
