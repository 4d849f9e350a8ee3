import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/import/docx-reader.ts';

const format = (name: string) => name as (typeof LevelFormat)[keyof typeof LevelFormat];
const SENTENCE = '围绕市委市政府决策部署，坚持创新驱动发展战略，加快推进科技成果转化，不断完善科技创新体系，全面提升区域创新能力。';

/**
 * A 200-page report (about 120 000 characters at 600 a page) with Word list numbering on four
 * levels, heading styles, runs split by formatting, and a table every few sections.
 */
async function twoHundredPages(): Promise<{ bytes: Uint8Array; characters: number }> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: '宣城市科技局2023年度工作总结和2024年工作计划', heading: HeadingLevel.TITLE })];
  let characters = 0;
  const numbered = (text: string, level: number) => {
    characters += text.length;
    return new Paragraph({ text, numbering: { reference: 'gongwen', level }, heading: level === 0 ? HeadingLevel.HEADING_1 : undefined });
  };
  for (let section = 0; characters < 120_000; section++) {
    children.push(numbered(`第${section + 1}部分工作情况`, 0));
    for (let sub = 0; sub < 3; sub++) {
      children.push(numbered('系统谋划，扎实推进重点工作', 1));
      for (let item = 0; item < 3; item++) {
        children.push(numbered('细化任务分工', 2));
        const text = `${section}-${sub}-${item}` + SENTENCE.repeat(3);
        characters += text.length;
        // runs formatted the way Word writes body text: fonts and size on every run
        const look = { font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman' }, size: 32 };
        const runs = [new TextRun({ text: '　　', ...look }), new TextRun({ text: text.slice(0, 20), bold: true, ...look })];
        for (let at = 20; at < text.length; at += 30) runs.push(new TextRun({ text: text.slice(at, at + 30), ...look }));
        children.push(new Paragraph({ children: runs }));
      }
    }
    if (section % 4 === 0) {
      const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
      children.push(new Table({ rows: Array.from({ length: 5 }, (_, i) => new TableRow({ children: [cell(String(i + 1)), cell('重点项目'), cell('已完成')] })) }));
    }
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'gongwen',
          levels: [
            { level: 0, format: format('chineseCounting'), text: '%1、' },
            { level: 1, format: format('chineseCounting'), text: '（%2）' },
            { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
            { level: 3, format: LevelFormat.DECIMAL, text: '（%4）' },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return { bytes: await Packer.pack(doc, 'uint8array'), characters };
}

describe('a 200-page .docx', () => {
  it('reads whole, and the time is logged (bench target: ≤ 500 ms median)', async () => {
    const { bytes, characters } = await twoHundredPages();
    const documentXml = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!;
    const times: number[] = [];
    let paragraphs = readDocx(bytes);
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      paragraphs = readDocx(bytes);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const read = paragraphs.reduce((n, p) => n + p.text.length, 0);
    console.log(
      `200-page .docx: ${(bytes.length / 1024).toFixed(0)} KB (document.xml ${(documentXml.length / 2 ** 20).toFixed(1)} MB), ${characters} characters of text, ${paragraphs.length} paragraphs; ` +
        `readDocx median ${times[3]!.toFixed(1)} ms (min ${times[0]!.toFixed(1)}, max ${times[6]!.toFixed(1)})`,
    );
    expect(characters).toBeGreaterThanOrEqual(120_000);
    expect(read).toBeGreaterThanOrEqual(120_000);
    expect(paragraphs[1]).toEqual({ text: '第1部分工作情况', hint: { listLabel: '一、', outlineLevel: 0 } });
    expect(paragraphs.filter((p) => p.hint?.listLabel === '（三）')).not.toHaveLength(0);
    expect(paragraphs.filter((p) => p.table)).not.toHaveLength(0);
  }, 30_000);
});
