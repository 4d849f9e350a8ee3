import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExportOptions } from '../../core/export/docx.ts';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { importSource } from '../../core/import/import-source.ts';
import { heading, textBlock, type Block, type GongwenDocument } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { rollForward } from '../../core/rollforward/roll-forward.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { bigTable, tableReport } from './table-docs.ts';

/**
 * Documents to export in the package tests: every seed (the .gwdoc fixtures and the .txt seeds
 * imported), every built-in template's new document, the roll-forward of every seed, and the
 * documents the model allows that a template never makes — no title block, an empty title, a
 * title alone, no 署名/日期, one of the two alone.
 */
export interface ExportSample {
  name: string;
  document: GongwenDocument;
  options?: ExportOptions;
}

const GWDOC_SEEDS = new URL('../fixtures/seeds/', import.meta.url);
const TXT_SEEDS = new URL('../fixtures/import/seeds/', import.meta.url);

/** As `gongwen export` reads a .gwdoc: parsed and normalised. */
function asSaved(document: GongwenDocument): GongwenDocument {
  const parsed = parseGwdoc(serializeGwdoc(document), { normalize: true });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.document;
}

function seeds(): ExportSample[] {
  const gwdoc = readdirSync(GWDOC_SEEDS)
    .filter((name) => name.endsWith('.gwdoc'))
    .map((name) => {
      const parsed = parseGwdoc(readFileSync(fileURLToPath(new URL(name, GWDOC_SEEDS)), 'utf8'), { normalize: true });
      if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
      return { name, document: parsed.document };
    });
  const txt = readdirSync(TXT_SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, document: importSource(readFileSync(fileURLToPath(new URL(name, TXT_SEEDS)))).document }));
  return [...gwdoc, ...txt];
}

const META = { template: '', organ: '某市科技局', year: 2023, period: '全年', date: '' } as const;
const body = (text: string) => textBlock('paragraph', text);
const untitled = (name: string, blocks: Block[], options?: ExportOptions): ExportSample => ({ name, document: { meta: { ...META }, blocks }, ...(options ? { options } : {}) });

/** Documents a template never makes but the model allows. */
export function untitledSamples(): ExportSample[] {
  const content = [heading(1, '工作完成情况'), body('今年以来，扎实推进各项工作，完成投资3.5亿元。'), heading(2, '强化创新。举办活动4场。', { runIn: true })];
  return [
    untitled('no-title-block', [...content, textBlock('signature', '某市科技局'), textBlock('date', '2023年12月30日')]),
    untitled('empty-title', [textBlock('title'), ...content, textBlock('signature', '某市科技局'), textBlock('date', '2023年12月30日')]),
    untitled('blank-title', [textBlock('title', ' \u3000 '), ...content]),
    untitled('title-only', [textBlock('title', '某市科技局2023年工作总结')]),
    untitled('nothing', []),
    untitled('empty-blocks', [textBlock('title'), body(''), textBlock('signature'), textBlock('date')]),
    untitled('no-signature-no-date', [textBlock('title', '某市科技局2023年工作总结'), textBlock('addressee', '市政府'), ...content]),
    untitled('signature-only', [textBlock('title', '某市科技局2023年工作总结'), ...content, textBlock('signature', '某市科技局')]),
    untitled('date-only-seal', [...content, textBlock('date', '2023年12月30日')], { format: { signatureMode: 'seal' } }),
    untitled('attachments-no-title', [...content, textBlock('attachment', '2023年重点项目清单'), textBlock('attachment', 'R&D投入统计表')], { format: { fonts: { latin: 'Times New Roman' } } }),
  ];
}

/**
 * Documents with tables and 附件: the big table, one ending in a table, one whose 版记 follows a
 * table. Not among exportSamples(): their re-import is the importer's (tables read back), and the
 * checks of plain exports (only the title off the grid) do not hold for cells.
 */
export function tableSamples(): ExportSample[] {
  const report = tableReport();
  const withColophon = tableReport(bigTable(5), 2);
  withColophon.meta.colophon = { copyTo: ['市委办公室'], printer: '宣城市科学技术局办公室', printDate: '2023年7月12日' };
  return [
    { name: 'tables-and-annexes', document: report },
    { name: 'table-only', document: { meta: { ...META }, blocks: [bigTable(3)] } },
    { name: 'table-before-colophon', document: withColophon },
  ];
}

export function exportSamples(): ExportSample[] {
  const seeded = seeds();
  const templates = BUILTIN_TEMPLATES.flatMap((template) => [
    { name: `new-${template.id}`, document: asSaved(newDocument(template, { organ: '宣城市科技局', year: 2023 })) },
    { name: `new-${template.id}-dated-seal`, document: asSaved(newDocument(template, { organ: '宣城市科技局', year: 2023, date: '2023年7月10日' })), options: { format: { signatureMode: 'seal' as const } } },
  ]);
  const rolled = seeded.map((seed) => ({ name: `rollforward-${seed.name}`, document: asSaved(rollForward(seed.document).document) }));
  return [...seeded, ...templates, ...rolled, ...untitledSamples()];
}
