import { describe, expect, it } from 'vitest';
import { TITLE_CHARS_PER_LINE, lineWidth, textWidth, titleLines } from '../../core/print/title-lines.ts';

/** 梯形 (lines growing or shrinking) or 菱形 (longest in the middle); never 沙漏形 or 长方形. */
function shapeOk(lines: string[]): boolean {
  const w = lines.map(textWidth);
  if (w.length < 2) return true;
  if (w.length === 2) return Math.abs(w[0]! - w[1]!) >= 1;
  for (let i = 1; i < w.length - 1; i++) if (w[i]! < w[i - 1]! - 0.5 && w[i]! < w[i + 1]! - 0.5) return false;
  return Math.max(...w) - Math.min(...w) >= 1;
}

const TITLES: [string, string][] = [
  ['宣城市科技局2023年上半年工作总结和下半年工作打算', '宣城市科技局'],
  ['市科技局关于报送2023年工作总结及2024年工作计划的报告', '市科技局'],
  ['关于印发《宣城市科技计划项目管理办法（试行）》的通知', ''],
  ['宣城市人民政府办公室关于进一步加强和改进全市科技创新工作推动高质量发展的实施意见', '宣城市人民政府办公室'],
  ['关于2023年度全市科学技术奖励提名推荐工作有关事项的通知', ''],
  ['区科技局2023年工作总结及2024年工作计划安排的报告', '区科技局'],
];

describe('titleLines (GB/T 9704 7.3.1)', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('2022年全市科技工作要点')).toEqual(['2022年全市科技工作要点']);
    expect(titleLines('区科技局工作总结及2024年工作计划', '区科技局')).toEqual(['区科技局工作总结及2024年工作计划']);
  });

  it('counts the automatic space between hanzi and digits: a line that only just fits is broken', () => {
    // 16 hanzi + 8 digits × 0.6 = 19.8 字 of type, plus ⅕ 字 at each of 4 hanzi–digit boundaries.
    expect(textWidth('市科技局2022年工作总结及2023年工作计划')).toBeCloseTo(19.8);
    expect(lineWidth('市科技局2022年工作总结及2023年工作计划')).toBeCloseTo(20.6);
    const lines = titleLines('市科技局2022年工作总结及2023年工作计划', '市科技局');
    expect(lines).toEqual(['市科技局', '2022年工作总结及2023年工作计划']);
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
  });

  it.each(TITLES)('%s: whole text, ≤ 20 字 a line, no line of 1–2 characters, 梯形/菱形', (title, organ) => {
    const lines = titleLines(title, organ);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(lineWidth(line)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
      expect([...line].length).toBeGreaterThan(2);
    }
    expect(shapeOk(lines)).toBe(true);
  });

  it.each(TITLES)('%s: never splits a number from its unit or a 书名号 pair', (title, organ) => {
    const lines = titleLines(title, organ);
    for (let i = 1; i < lines.length; i++) {
      expect(`${lines[i - 1]!.slice(-1)}|${lines[i]![0]}`).not.toMatch(/\d\|[\d年月日号届次期个项]/);
    }
    for (const line of lines) expect((line.match(/《/g) ?? []).length).toBe((line.match(/》/g) ?? []).length);
  });

  it('breaks after the organ name and before 关于', () => {
    expect(titleLines('宣城市科技局2023年上半年工作总结和下半年工作打算', '宣城市科技局')).toEqual(['宣城市科技局', '2023年上半年工作总结和下半年工作打算']);
    expect(titleLines('关于印发《宣城市科技计划项目管理办法（试行）》的通知')).toEqual(['关于印发', '《宣城市科技计划项目管理办法（试行）》', '的通知']);
  });

  it('never breaks 2023|年 even where the width would allow it', () => {
    const lines = titleLines('某某某某某某某某某某某某某某某某某2023年度工作总结报告');
    expect(lines.join('|')).not.toMatch(/\d\|年|\d\|\d/);
  });

  it('keeps the line breaks the user typed, and breaks a too-long part further', () => {
    expect(titleLines('宣城市科技局\n2023年工作要点')).toEqual(['宣城市科技局', '2023年工作要点']);
    const lines = titleLines('关于\n宣城市人民政府办公室关于进一步加强和改进全市科技创新工作的实施意见');
    expect(lines[0]).toBe('关于');
    expect(lines.slice(1).join('')).toBe('宣城市人民政府办公室关于进一步加强和改进全市科技创新工作的实施意见');
    expect(lines.length).toBe(3);
  });

  it('lays out a pasted paragraph quickly, within the width', () => {
    const long = `关于${'进一步加强和改进全市科技创新工作推动高质量发展'.repeat(20)}的通知`;
    const started = performance.now();
    const lines = titleLines(long);
    expect(performance.now() - started).toBeLessThan(500);
    expect(lines.join('')).toBe(long);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
  });
});
