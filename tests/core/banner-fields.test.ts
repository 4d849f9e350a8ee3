import { describe, expect, it } from 'vitest';
import { composeDocNumber, docNumberFields, withBanner, withColophon } from '../../core/banner-fields.ts';
import { docNumberProblems } from '../../core/doc-number.ts';
import type { DocumentMeta } from '../../core/model.ts';

const meta: DocumentMeta = { template: 'report', organ: '宣城市科技局', year: 2023, period: '全年', date: '' };

describe('the 发文字号 as three fields', () => {
  it('supplies 〔〕 and 号 and drops the 序号\'s leading zeros', () => {
    expect(composeDocNumber({ code: '宣科', year: '2024', serial: '012' }, 2023)).toBe('宣科〔2024〕12号');
    expect(docNumberProblems(composeDocNumber({ code: '宣科', year: '2024', serial: '07' }, 2023))).toEqual([]);
  });

  it('takes the document\'s year for a year not yet four digits, and leaves a 序号 to be given as 检查\'s placeholder', () => {
    expect(composeDocNumber({ code: '宣科', year: '20', serial: '' }, 2023)).toBe('宣科〔2023〕【序号】号');
    expect(composeDocNumber({ code: '', year: '2023', serial: '' }, 2023)).toBe('');
  });

  it('reads a written number back into the same fields; an empty one starts from the document\'s year', () => {
    expect(docNumberFields('宣科〔2024〕12号', 2023)).toEqual({ code: '宣科', year: '2024', serial: '12' });
    expect(docNumberFields('宣科〔2023〕【序号】号', 2023)).toEqual({ code: '宣科', year: '2023', serial: '' });
    expect(docNumberFields('', 2022)).toEqual({ code: '', year: '2022', serial: '' });
    expect(docNumberFields('宣科字第十二号', 2023)).toBeNull();
  });
});

describe('adding and removing the 版头 and 版记', () => {
  it('adds the organ\'s mark with 文件 and a 版记 printed by the organ; removing leaves the rest of the meta', () => {
    const on = withColophon(withBanner(meta, true), true);
    expect(on.banner).toEqual({ organs: ['宣城市科技局'], withWenjian: true, number: '', signers: [] });
    expect(on.colophon).toEqual({ copyTo: [], printer: '宣城市科技局', printDate: '' });
    expect(withColophon(withBanner(on, false), false)).toEqual(meta);
    expect(withBanner(on, true)).toBe(on);
  });
});
