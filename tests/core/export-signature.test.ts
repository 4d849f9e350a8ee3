import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { splitRunIn } from '../../core/run-in.ts';
import { heading, textBlock } from '../../core/model.ts';
import { newDocument } from '../../core/new-document.ts';
import { checkSubmission } from '../../core/check/index.ts';
import { BUILTIN_TEMPLATES } from '../../core/templates.ts';
import { paragraphsOf, readPackage } from './export-xml.ts';
import { signatureIndents } from '../../core/print/signature.ts';
import { tableWidth } from '../../core/print/char-width.ts';

describe('signatureIndents (GB/T 9704 7.3.5)', () => {
  // Start of a line set right with right indent r and width w, counted from the right margin.
  const start = (right: number, width: number) => right + width;

  it('no seal, date narrower: signature 右空二字, date starts two 字 right of the signature', () => {
    const i = signatureIndents(12, 6, 'no-seal');
    expect(i.signature).toBe(2);
    expect(start(i.signature, 12) - start(i.date, 6)).toBe(2);
  });

  it('no seal, date as wide as the signature: the date ends at the margin', () => {
    expect(signatureIndents(6.5, 6.5, 'no-seal')).toEqual({ signature: 2, date: 0 });
  });

  it('no seal, date wider: date 右空二字, the signature moves left by the difference', () => {
    const i = signatureIndents(6, 6.5, 'no-seal');
    expect(i.date).toBe(2);
    expect(start(i.signature, 6) - start(i.date, 6.5)).toBe(2);
    expect(i.signature).toBe(4.5);
  });

  it('seal: date 右空四字, the signature centred over the date', () => {
    for (const [wo, wd] of [[6, 6.5], [12, 6], [3, 6.5]] as const) {
      const i = signatureIndents(wo, wd, 'seal');
      expect(i.date).toBe(4);
      if (i.signature > 0) expect(i.signature + wo / 2).toBeCloseTo(i.date + wd / 2);
    }
    // A signature wider than date + 8 字 stops at the margin.
    expect(signatureIndents(20, 6, 'seal').signature).toBe(0);
  });
});

describe('tableWidth', () => {
  it('counts hanzi and full-width punctuation 1, half-width ½', () => {
    expect(tableWidth('宣城市科技局')).toBe(6);
    expect(tableWidth('2023年6月28日')).toBe(6.5);
    expect(tableWidth('“科技”——……')).toBe(8);
    expect(tableWidth('G60 科创走廊')).toBe(6);
  });
});

describe('heading text', () => {
  // The printer once dropped a standalone heading's closing mark behind the clerk's back: the
  // .docx read 谋字当先…未雨绸缪 where the editor showed 未雨绸缪。.
  it('prints a standalone heading and an attachment name as written; 检查 points at the closing mark', async () => {
    const document = newDocument(BUILTIN_TEMPLATES.find((t) => t.id === 'half-year')!, { organ: '宣城市科技局', year: 2023 });
    const at = document.blocks.findIndex((b) => b.type === 'heading') + 1;
    document.blocks.splice(at, 0, heading(2, '谋字当先，抓项目助产业做到未雨绸缪。'), textBlock('paragraph', '正文。'));
    const date = document.blocks.findIndex((b) => b.type === 'signature');
    document.blocks.splice(date, 0, textBlock('attachment', '项目清单；'));
    const texts = paragraphsOf(readPackage(await exportDocx(document)).part('word/document.xml')).map((p) => p.text);
    expect(texts).toContain('（一）谋字当先，抓项目助产业做到未雨绸缪。');
    expect(texts).toContain('附件：项目清单；');
    const findings = checkSubmission(document).filter((f) => f.code === 'heading-punctuation');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('应删去「。」'), expect.stringContaining('附件名称「项目清单；」')]);
  });

  it('splits run-in headings after the first 。 outside quotes and brackets', () => {
    expect(splitRunIn('系统谋划。举办论坛。')).toEqual({ heading: '系统谋划。', body: '举办论坛。' });
    expect(splitRunIn('落实“三个一。”要求。正文')).toEqual({ heading: '落实“三个一。”要求。', body: '正文' });
    expect(splitRunIn('没有句号的标题')).toEqual({ heading: '没有句号的标题', body: '' });
    expect(splitRunIn('𠀀字。正文')).toEqual({ heading: '𠀀字。', body: '正文' });
  });
});
