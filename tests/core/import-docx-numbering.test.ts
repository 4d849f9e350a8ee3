import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph } from 'docx';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readNumbering } from '../../core/import/docx-numbering.ts';
import { ListCounter } from '../../core/import/list-counter.ts';
import { readDocx } from '../../core/import/docx-reader.ts';
import { docxPackage, documentXml, level, numPr, numberingXml, para, paragraphStyle, stylesXml } from './import-docx-build.ts';
import { cellTexts } from './table-shape.ts';

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];
/** Formats the docx library has no constant for are still written as given. */
const format = (name: string) => name as Format;

/** The four levels of 公文 headings as a Word multilevel list. */
const GONGWEN_LEVELS = [
  { level: 0, format: format('chineseCounting'), text: '%1、', suffix: LevelSuffix.NOTHING },
  { level: 1, format: format('chineseCounting'), text: '（%2）', suffix: LevelSuffix.NOTHING },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.', suffix: LevelSuffix.NOTHING },
  { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', suffix: LevelSuffix.NOTHING },
];

const labels = (bytes: Uint8Array) => readDocx(bytes).map((p) => [p.hint?.listLabel, p.text] as const);

describe('Word list numbering (docx library fixtures)', () => {
  it('labels 一、 （一） 1. （1） and restarts each level when a higher one advances', async () => {
    const item = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'gongwen', level } });
    const doc = new Document({
      numbering: { config: [{ reference: 'gongwen', levels: GONGWEN_LEVELS }] },
      sections: [
        {
          children: [
            new Paragraph({ text: '2023年上半年工作总结', alignment: AlignmentType.CENTER }),
            item('工作完成情况', 0),
            item('系统谋划', 1),
            item('成立科创委', 2),
            item('健全机制', 3),
            item('完善政策', 3),
            new Paragraph('正文段落不编号。'),
            item('组建专班', 2),
            item('细化任务', 3),
            item('增量提质', 1),
            item('培育主体', 2),
            item('存在的问题', 0),
            item('投入不足', 1),
            item('下半年工作打算', 0),
            ...Array.from({ length: 10 }, (_, i) => item(`第${i + 1}项`, 1)),
          ],
        },
      ],
    });
    expect(labels(await Packer.pack(doc, 'uint8array'))).toEqual([
      [undefined, '2023年上半年工作总结'],
      ['一、', '工作完成情况'],
      ['（一）', '系统谋划'],
      ['1.', '成立科创委'],
      ['（1）', '健全机制'],
      ['（2）', '完善政策'],
      [undefined, '正文段落不编号。'],
      ['2.', '组建专班'],
      ['（1）', '细化任务'],
      ['（二）', '增量提质'],
      ['1.', '培育主体'],
      ['二、', '存在的问题'],
      ['（一）', '投入不足'],
      ['三、', '下半年工作打算'],
      ...Array.from({ length: 10 }, (_, i) => [['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）', '（十）'][i], `第${i + 1}项`]),
    ]);
  });

  it('starts a new instance over (startOverride) and honours a level’s own start', async () => {
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'decimal', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] },
          { reference: 'from-three', levels: [{ level: 0, format: format('chineseCounting'), text: '%1、', start: 3 }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'A', numbering: { reference: 'decimal', level: 0, instance: 1 } }),
            new Paragraph({ text: 'B', numbering: { reference: 'decimal', level: 0, instance: 1 } }),
            new Paragraph({ text: 'C', numbering: { reference: 'decimal', level: 0, instance: 2 } }),
            new Paragraph({ text: 'D', numbering: { reference: 'decimal', level: 0, instance: 1 } }),
            new Paragraph({ text: '三', numbering: { reference: 'from-three', level: 0 } }),
            new Paragraph({ text: '四', numbering: { reference: 'from-three', level: 0 } }),
          ],
        },
      ],
    });
    expect(labels(await Packer.pack(doc, 'uint8array'))).toEqual([
      ['1.', 'A'],
      ['2.', 'B'],
      ['1.', 'C'],
      ['3.', 'D'],
      ['三、', '三'],
      ['四、', '四'],
    ]);
  });
});

/** A document with numbering.xml (and optionally styles.xml) written by hand. */
const withNumbering = (numbering: string, body: string, styles?: string) =>
  docxPackage({ document: documentXml(body), numbering: numberingXml(numbering), ...(styles === undefined ? {} : { styles: stylesXml(styles) }) });

const GONGWEN_ABSTRACT =
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>' +
  level(0, 'chineseCountingThousand', '%1、', '<w:suff w:val="nothing"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体"/></w:rPr>') +
  level(1, 'chineseCounting', '（%2）') +
  level(2, 'decimal', '%3.') +
  level(3, 'decimal', '（%4）') +
  '</w:abstractNum>';

describe('Word list numbering (hand-written numbering.xml)', () => {
  it('continues instances of one definition without overrides, and restarts one with a startOverride', () => {
    const numbering =
      GONGWEN_ABSTRACT +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
    const body =
      para('甲', numPr(1, 0)) + para('乙', numPr(2, 0)) + para('丙', numPr(1, 1)) + para('丁', numPr(3, 0)) + para('戊', numPr(3, 1)) + para('己', numPr(3, 0)) + para('庚', numPr(2, 0));
    expect(labels(withNumbering(numbering, body))).toEqual([
      ['一、', '甲'],
      ['二、', '乙'],
      ['（一）', '丙'],
      ['五、', '丁'],
      ['（一）', '戊'],
      ['六、', '己'],
      ['三、', '庚'],
    ]);
  });

  it('composes multi-level labels such as %1.%2 and legal numbering, showing the start of levels not yet used', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="7">' +
      level(0, 'chineseCounting', '第%1章') +
      level(1, 'decimal', '%1.%2') +
      level(2, 'decimal', '%1.%2.%3', '<w:isLgl/>') +
      '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>';
    const body = para('先用二级', numPr(4, 1)) + para('章', numPr(4, 0)) + para('节', numPr(4, 1)) + para('条', numPr(4, 2)) + para('条', numPr(4, 2));
    expect(labels(withNumbering(numbering, body))).toEqual([
      ['一.1', '先用二级'],
      ['第一章', '章'],
      ['一.1', '节'],
      ['1.1.1', '条'],
      ['1.1.2', '条'],
    ]);
  });

  it('follows w:lvlRestart: 0 never restarts, n restarts only after level n', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="1">' +
      level(0, 'chineseCounting', '%1、') +
      level(1, 'chineseCounting', '（%2）') +
      level(2, 'decimal', '%3.', '<w:lvlRestart w:val="0"/>') +
      level(3, 'decimal', '（%4）', '<w:lvlRestart w:val="1"/>') +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>';
    const body =
      para('a', numPr(1, 0)) + para('b', numPr(1, 1)) + para('c', numPr(1, 2)) + para('d', numPr(1, 3)) + para('e', numPr(1, 1)) + para('f', numPr(1, 2)) + para('g', numPr(1, 3)) + para('h', numPr(1, 0)) + para('i', numPr(1, 2)) + para('j', numPr(1, 3));
    expect(labels(withNumbering(numbering, body)).map(([label]) => label)).toEqual(['一、', '（一）', '1.', '（1）', '（二）', '2.', '（2）', '二、', '3.', '（1）']);
  });

  it('numbers paragraphs through their style, including Word’s heading numbering linked by w:pStyle', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0">' +
      level(0, 'chineseCounting', '%1、', '<w:pStyle w:val="1"/>') +
      level(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="2"/>') +
      '</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="0"/></w:num>';
    const styles =
      paragraphStyle('1', 'heading 1', '<w:pPr><w:numPr><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>') +
      paragraphStyle('2', 'heading 2', '<w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr>') +
      paragraphStyle('2b', '我的二级标题', '<w:basedOn w:val="2"/>') +
      paragraphStyle('Listed', 'List Paragraph', '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="9"/></w:numPr></w:pPr>');
    const body =
      para('工作完成情况', '<w:pStyle w:val="1"/>') +
      para('系统谋划', '<w:pStyle w:val="2"/>') +
      para('继承的二级', '<w:pStyle w:val="2b"/>') +
      para('样式给出级别', '<w:pStyle w:val="Listed"/>') +
      para('段落改级别', '<w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="1"/></w:numPr>') +
      para('段落取消编号', '<w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      para('存在的问题', '<w:pStyle w:val="1"/>');
    expect(readDocx(withNumbering(numbering, body, styles))).toEqual([
      { text: '工作完成情况', hint: { listLabel: '一、', outlineLevel: 0 } },
      { text: '系统谋划', hint: { listLabel: '（一）', outlineLevel: 1 } },
      { text: '继承的二级', hint: { listLabel: '（二）', outlineLevel: 1 } },
      { text: '样式给出级别', hint: { listLabel: '（三）' } },
      { text: '段落改级别', hint: { listLabel: '（四）', outlineLevel: 0 } },
      { text: '段落取消编号', hint: { outlineLevel: 0 } },
      { text: '存在的问题', hint: { listLabel: '二、', outlineLevel: 0 } },
    ]);
  });

  it('reads a definition linked to a numbering style (w:numStyleLink), and level overrides', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="GongwenList"/>' +
      level(0, 'chineseCounting', '%1、') +
      '</w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="GongwenList"/></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride></w:num>';
    const styles = '<w:style w:type="numbering" w:styleId="GongwenList"><w:name w:val="公文列表"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const body = para('甲', numPr(2, 0)) + para('乙', numPr(2, 0)) + para('丙', numPr(3, 0)) + para('丁', numPr(3, 0));
    expect(labels(withNumbering(numbering, body, styles))).toEqual([
      ['一、', '甲'],
      ['二、', '乙'],
      ['甲.', '丙'],
      ['乙.', '丁'],
    ]);
  });

  it('gives no label for an unknown instance or level, and reads bullets as the glyph they draw', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0">' +
      level(0, 'bullet', '\uF0B7', '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>') +
      level(1, 'bullet', '§', '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>') +
      level(2, 'bullet', '●') +
      level(3, 'none', '') +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="99"/></w:num>';
    const body = para('a', numPr(1, 0)) + para('b', numPr(1, 1)) + para('c', numPr(1, 2)) + para('d', numPr(1, 3)) + para('e', numPr(1, 5)) + para('f', numPr(2, 0)) + para('g', numPr(42, 0));
    expect(labels(withNumbering(numbering, body))).toEqual([
      ['•', 'a'],
      ['▪', 'b'],
      ['●', 'c'],
      ['', 'd'],
      [undefined, 'e'],
      [undefined, 'f'],
      [undefined, 'g'],
    ]);
  });

  it('keeps a numbered paragraph without text (Word shows its bare label), and counts it', () => {
    const numbering = GONGWEN_ABSTRACT + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const body = para('甲', numPr(1, 0)) + `<w:p><w:pPr>${numPr(1, 0)}</w:pPr></w:p>` + para('丙', numPr(1, 0));
    expect(readDocx(withNumbering(numbering, body))).toEqual([
      { text: '甲', hint: { listLabel: '一、' } },
      { text: '', hint: { listLabel: '二、' } },
      { text: '丙', hint: { listLabel: '三、' } },
    ]);
  });

  it('reads Word 2010 custom formats from the mc:Choice, not the fallback', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>' +
      '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent>' +
      '<w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    expect(labels(withNumbering(numbering, para('x', numPr(1, 0))))).toEqual([['001', 'x']]);
  });

  it('prefixes the label to the text of numbered paragraphs inside table cells', () => {
    const numbering = '<w:abstractNum w:abstractNumId="0">' + level(0, 'decimal', '%1.') + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const body = '<w:tbl><w:tr><w:tc>' + para('项目', numPr(1, 0)) + '</w:tc><w:tc>' + para('说明') + '</w:tc></w:tr><w:tr><w:tc>' + para('项目', numPr(1, 0)) + '</w:tc></w:tr></w:tbl>';
    const read = readDocx(withNumbering(numbering, body));
    expect(read).toHaveLength(1);
    expect(cellTexts(read[0]!.table)).toEqual([['1.项目', '说明'], ['2.项目', '']]);
  });

  it('reads numbering.xml on its own: abstracts, instances and overrides', () => {
    const defs = readNumbering(
      strToU8(numberingXml(GONGWEN_ABSTRACT + '<w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="4"/></w:lvlOverride></w:num>')),
    );
    expect(defs.abstracts.get('0')?.levels.get(0)).toEqual({ start: 1, format: 'chineseCountingThousand', text: '%1、', legal: false, font: '黑体' });
    expect(defs.nums.get('5')).toEqual({ abstractId: '0', startOverrides: new Map([[2, 4]]), levelOverrides: new Map() });
    const counter = new ListCounter(defs);
    expect([counter.next('5', 2), counter.next('5', 2), counter.next('5', 0), counter.next('5', 2)]).toEqual(['4.', '5.', '一、', '4.']);
  });
});
