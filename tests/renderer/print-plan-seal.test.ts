import { describe, expect, it, vi } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { chars } from '../../core/export/page.ts';
import { heading, textBlock, type GongwenDocument } from '../../core/model.ts';
import { tableWidth } from '../../core/print/char-width.ts';
import type * as Indents from '../../core/print/indents.ts';
import { isPrintedParagraph, printPlan } from '../../core/print/plan.ts';
import type { Template } from '../../core/template.ts';
import { findTemplate } from '../../core/templates.ts';
import { layoutDocument, type PreviewLine } from '../../renderer/preview/layout.ts';
import { attrs, paragraphsOf, readPackage } from '../core/export-xml.ts';

/**
 * The seal-only date indent (7.3.5.1, 右空四字) is stated once, in core/print/indents.ts. With it
 * changed there, and nowhere else, the exported .docx and the preview both move the date.
 */
const { SEAL_DATE_INDENT } = vi.hoisted(() => ({ SEAL_DATE_INDENT: 6 }));

vi.mock('../../core/print/indents.ts', async (importOriginal) => ({ ...(await importOriginal<typeof Indents>()), SEAL_DATE_INDENT }));

const DATE = '2023年12月30日';
const SIGNATURE = '某市科技局';
const base = findTemplate('half-year')!;
const sealed: Template = { ...base, format: { ...base.format, signatureMode: 'seal' } };

function document(withSignature: boolean): GongwenDocument {
  return {
    meta: { template: sealed.id, organ: SIGNATURE, year: 2023, period: '上半年', date: '' },
    blocks: [textBlock('title', '某市科技局2023年上半年工作总结'), heading(1, '工作完成情况'), textBlock('paragraph', '正文。'), ...(withSignature ? [textBlock('signature', SIGNATURE)] : []), textBlock('date', DATE)],
  };
}

/** The right indent (twips) of the exported paragraph that reads `text`. */
async function exportedRight(doc: GongwenDocument, text: string): Promise<number> {
  const paragraph = paragraphsOf(readPackage(await exportDocx(doc, { template: sealed })).part('word/document.xml')).find((p) => p.text === text);
  return Number(attrs(paragraph!.pPr, 'ind')?.right);
}

/** The preview's right indent (grid cells) of the line that reads `text`. */
function previewRight(doc: GongwenDocument, text: string): number {
  const lines = layoutDocument(doc.blocks, doc.meta, sealed).paragraphs.flatMap((p) => p.lines);
  const line = lines.find((l): l is Extract<PreviewLine, { kind: 'text' }> => l.kind === 'text' && l.cells.map((c) => c.ch).join('') === text);
  return line!.indentEnd;
}

describe('the seal-only date indent, changed in the print plan', () => {
  it('is not the standard value here: the change is what is under test', async () => {
    const actual = await vi.importActual<typeof Indents>('../../core/print/indents.ts');
    expect(actual.SEAL_DATE_INDENT).not.toBe(SEAL_DATE_INDENT);
  });

  it('moves a date printed alone under a seal in the plan, the export XML (w:ind) and the preview', async () => {
    const doc = document(false);
    const plan = printPlan(doc, sealed).filter(isPrintedParagraph).find((p) => p.role === 'date')!;
    expect(plan.indent.right).toBe(SEAL_DATE_INDENT);
    expect(await exportedRight(doc, DATE)).toBe(chars(SEAL_DATE_INDENT));
    expect(previewRight(doc, DATE)).toBe(SEAL_DATE_INDENT);
  });

  it('moves a date under a signature, and the signature centred over it, in both', async () => {
    const doc = document(true);
    const signatureRight = SEAL_DATE_INDENT + (tableWidth(DATE) - tableWidth(SIGNATURE)) / 2;
    expect(await exportedRight(doc, DATE)).toBe(chars(SEAL_DATE_INDENT));
    expect(await exportedRight(doc, SIGNATURE)).toBe(chars(signatureRight));
    expect(previewRight(doc, DATE)).toBe(SEAL_DATE_INDENT);
    expect(previewRight(doc, SIGNATURE)).toBe(signatureRight);
  });
});
