import { describe, expect, it } from 'vitest';
import { parseGwdoc, serializeGwdoc } from '../../core/gwdoc.ts';
import { MAX_ORGAN_CHARS, MAX_YEAR, MIN_YEAR, organProblem, yearProblem } from '../../core/meta-rules.ts';
import { newDocument } from '../../core/new-document.ts';
import { getTemplate } from '../../core/templates.ts';

/** Whether a document with this organ and year can be saved and opened again. */
function reopens(organ: string, year: number): boolean {
  return parseGwdoc(serializeGwdoc(newDocument(getTemplate('half-year'), { organ, year }))).ok;
}

describe('the organ and year a document may have', () => {
  it('accepts exactly what a .gwdoc can hold', () => {
    const longest = '局'.repeat(MAX_ORGAN_CHARS);
    expect(organProblem(longest)).toBeUndefined();
    expect(reopens(longest, 2023)).toBe(true);
    expect(organProblem(longest + '局')).toBe(`发文机关不能超过 ${MAX_ORGAN_CHARS} 个字`);
    expect(reopens(longest + '局', 2023)).toBe(false);
    for (const year of [MIN_YEAR, MAX_YEAR]) {
      expect(yearProblem(String(year))).toBeUndefined();
      expect(reopens('市局', year)).toBe(true);
    }
    for (const year of [MIN_YEAR - 1, MAX_YEAR + 1]) {
      expect(yearProblem(String(year))).toBe('年度应在 1949 至 2200 之间');
      expect(reopens('市局', year)).toBe(false);
    }
  });

  it('says what is missing or malformed, trimming what was typed', () => {
    expect(organProblem('  ')).toBe('请填写发文机关，例如：宣城市科技局');
    expect(organProblem(` ${'局'.repeat(MAX_ORGAN_CHARS)} `)).toBeUndefined();
    expect(yearProblem(' ')).toBe('请填写年度');
    expect(yearProblem('二〇二四')).toBe('年度应为四位数字，例如：2024');
    expect(yearProblem('224')).toBe('年度应为四位数字，例如：2024');
    expect(yearProblem(' 2024 ')).toBeUndefined();
  });
});
