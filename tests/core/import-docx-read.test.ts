import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../core/import/docx-reader.ts';
import { W, docxOf, docxPackage, documentXml, para, paragraphStyle, run, stylesXml } from './import-docx-build.ts';
import { cellTexts, headerRows } from './table-shape.ts';

const texts = (bytes: Uint8Array) => readDocx(bytes).map((p) => p.text);

describe('readDocx: text', () => {
  it('reads plain paragraphs in order, trimmed at both ends like text lines, empty ones dropped', () => {
    const body =
      para('宣城市科技局2023年上半年工作总结') +
      '<w:p/>' +
      para('　　今年以来，我局坚持以习近平新时代中国特色社会主义思想为指导。') +
      para(' \u00a0 ') +
      para(' a & b < c ') +
      para('　　中间的　全角空格　不动　');
    expect(readDocx(docxOf(body))).toEqual([
      { text: '宣城市科技局2023年上半年工作总结' },
      { text: '今年以来，我局坚持以习近平新时代中国特色社会主义思想为指导。' },
      { text: 'a & b < c' },
      { text: '中间的　全角空格　不动' },
    ]);
  });

  it('joins the runs of a paragraph, and reads tabs and manual line breaks inside it', () => {
    const body =
      '<w:p><w:r><w:t>一、</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>工作</w:t></w:r><w:r><w:t xml:space="preserve">完成情况</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>项目</w:t><w:tab/><w:t>金额</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t><w:br/></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">　　甲 </w:t><w:br/><w:br/><w:t xml:space="preserve"> 　乙</w:t></w:r></w:p>' +
      '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' +
      '<w:p><w:r><w:t>上页</w:t><w:br w:type="page"/><w:t>下页</w:t></w:r></w:p>';
    expect(texts(docxOf(body))).toEqual(['一、工作完成情况', '项目\t金额', '第一行\n第二行\n第三行', '甲\n乙', '上页\n下页']);
  });

  it('skips deleted revisions and keeps inserted ones', () => {
    const body =
      '<w:p><w:r><w:t>加快</w:t></w:r>' +
      '<w:del w:id="1" w:author="张三" w:date="2023-06-01T00:00:00Z"><w:r><w:delText>推进</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="张三" w:date="2023-06-01T00:00:00Z"><w:r><w:t>促进</w:t></w:r></w:ins>' +
      '<w:r><w:t>科技成果转化</w:t></w:r>' +
      '<w:moveFrom w:id="3" w:author="张三"><w:r><w:t>（移走）</w:t></w:r></w:moveFrom>' +
      '<w:moveTo w:id="4" w:author="张三"><w:r><w:t>。</w:t></w:r></w:moveTo></w:p>' +
      // a deleted w:t inside w:del (some writers keep w:t) is skipped too
      '<w:p><w:del w:id="5" w:author="李四"><w:r><w:t>整段删除</w:t></w:r></w:del><w:r><w:t>保留</w:t></w:r></w:p>';
    expect(texts(docxOf(body))).toEqual(['加快促进科技成果转化。', '保留']);
  });

  it('joins a paragraph whose mark was deleted to the next one, and drops deleted rows', () => {
    const body =
      '<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="张三"/></w:rPr></w:pPr><w:r><w:t>前半句，</w:t></w:r></w:p>' +
      para('后半句。', '<w:jc w:val="center"/>') +
      '<w:tbl><w:tr><w:trPr><w:del w:id="2" w:author="张三"/></w:trPr><w:tc><w:p><w:r><w:t>删除的行</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:p><w:r><w:t>留下的行</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const read = readDocx(docxOf(body));
    expect(read.map((p) => p.text)).toEqual(['前半句，后半句。', '留下的行']);
    expect(read[0]!.hint).toEqual({ alignment: 'center' });
    expect(cellTexts(read[1]!.table)).toEqual([['留下的行']]);
  });

  it('skips field instructions and keeps field results, also for a field spanning paragraphs', () => {
    const body =
      '<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>' +
      '<w:p><w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2023年6月28日</w:t></w:r></w:fldSimple></w:p>' +
      // a TOC: begins in one paragraph, ends in a later one; nested PAGEREF fields inside
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>一、工作完成情况</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc2 </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:r><w:t>二、存在的问题</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      para('正文');
    expect(texts(docxOf(body))).toEqual(['见第3页', '2023年6月28日', '一、工作完成情况\t1', '二、存在的问题', '正文']);
  });

  it('does not let a broken field (begin without separate or end) hide the paragraphs after it', () => {
    const body = '<w:p><w:r><w:t>前</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 姓名 </w:instrText></w:r></w:p>' + para('后续正文');
    expect(texts(docxOf(body))).toEqual(['前', '后续正文']);
  });

  it('skips hidden text and ruby annotations, and reads through hyperlinks, smart tags and content controls', () => {
    const body =
      '<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r></w:p>' +
      '<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>gōng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>公</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t>文</w:t></w:r></w:p>' +
      '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag w:uri="x" w:element="date"><w:r><w:t>6月</w:t></w:r></w:smartTag></w:p>' +
      '<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>' + para('控件中的段落') + '</w:sdtContent></w:sdt>';
    expect(texts(docxOf(body))).toEqual(['可见显示', '公文', '链接6月', '控件中的段落']);
  });

  it('reads a text box as paragraphs of its own, before its anchor, without the VML fallback copy', () => {
    const box = '<w:txbxContent>' + para('文本框中的字') + '</w:txbxContent>';
    const body =
      para('前文') +
      '<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>' +
      box +
      '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>' +
      box +
      '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    expect(texts(docxOf(body))).toEqual(['前文', '文本框中的字', '锚定段落']);
  });

  it('recognises WordprocessingML by its namespace whatever the prefix, and the Strict namespace', () => {
    const xml =
      '<?xml version="1.0"?><doc:document xmlns:doc="http://purl.oclc.org/ooxml/wordprocessingml/main"><doc:body>' +
      '<doc:p><doc:pPr><doc:jc doc:val="right"/></doc:pPr><doc:r><doc:t>严格格式</doc:t></doc:r></doc:p>' +
      '<x:p xmlns:x="urn:not-word"><x:r><x:t>不是 Word 的元素</x:t></x:r></x:p>' +
      '</doc:body></doc:document>';
    expect(readDocx(docxPackage({ document: xml }))).toEqual([{ text: '严格格式', hint: { alignment: 'right' } }]);
  });

  it('reads a part written in UTF-16 with its byte-order mark', () => {
    const xml = documentXml(para('十六位编码'));
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) new DataView(utf16.buffer).setUint16(2 + 2 * i, xml.charCodeAt(i), true);
    expect(readDocx(docxPackage({ document: '', extra: { 'word/document.xml': utf16 } }))).toEqual([{ text: '十六位编码' }]);
  });

  it('reads neither headers, footers nor footnotes', () => {
    const part = (root: string) => `<w:${root} xmlns:w="${W}"><w:p><w:r><w:t>页眉页脚脚注</w:t></w:r></w:p></w:${root}>`;
    const bytes = docxPackage({
      document: documentXml('<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'),
      extra: { 'word/header1.xml': part('hdr'), 'word/footer1.xml': part('ftr'), 'word/footnotes.xml': part('footnotes') },
    });
    expect(readDocx(bytes)).toEqual([{ text: '正文' }]);
  });

  it('finds the main part through the package relationships, not by a fixed name', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/content/main.xml"/></Relationships>',
      ),
      'content/main.xml': strToU8(documentXml(para('正文', '<w:pStyle w:val="T"/>'))),
      'content/_rels/main.xml.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../shared/s.xml"/></Relationships>',
      ),
      'shared/s.xml': strToU8(stylesXml(paragraphStyle('T', 'heading 2'))),
    });
    expect(readDocx(bytes)).toEqual([{ text: '正文', hint: { outlineLevel: 1 } }]);
  });
});

describe('readDocx: hints from paragraph properties and the style chain', () => {
  const styles = stylesXml(
    paragraphStyle('a', 'Normal', '<w:pPr><w:jc w:val="both"/></w:pPr>', ' w:default="1"') +
      // Chinese Word names built-in heading styles "heading 1" with ids such as "1"
      paragraphStyle('1', 'heading 1', '<w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr>') +
      paragraphStyle('2', 'heading 2', '<w:basedOn w:val="a"/>') +
      paragraphStyle('Heading3', 'Heading 3', '<w:basedOn w:val="a"/>') +
      paragraphStyle('MyTitle', '公文标题', '<w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr>') +
      paragraphStyle('MySection', '一级标题', '<w:basedOn w:val="1"/><w:pPr><w:jc w:val="left"/></w:pPr>') +
      paragraphStyle('Deep', '我的标题', '<w:basedOn w:val="MySection"/>') +
      paragraphStyle('Body', 'Body Text', '<w:basedOn w:val="1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr>') +
      paragraphStyle('Loop1', 'loop', '<w:basedOn w:val="Loop2"/>') +
      paragraphStyle('Loop2', 'loop', '<w:basedOn w:val="Loop1"/>') +
      '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>',
  );
  const read = (body: string) => readDocx(docxPackage({ document: documentXml(body), styles }));

  it('takes outline levels from the paragraph, its style, or the style it is based on', () => {
    const body =
      para('标题', '<w:pStyle w:val="MyTitle"/>') +
      para('工作完成情况', '<w:pStyle w:val="1"/>') +
      para('基于一级标题的样式', '<w:pStyle w:val="MySection"/>') +
      para('两层继承', '<w:pStyle w:val="Deep"/>') +
      para('内置标题 2（无 outlineLvl）', '<w:pStyle w:val="2"/>') +
      para('Heading3 按样式 id', '<w:pStyle w:val="Heading3"/>') +
      para('段落自带大纲级别', '<w:outlineLvl w:val="2"/>') +
      para('段落级别覆盖样式', '<w:pStyle w:val="1"/><w:outlineLvl w:val="3"/>') +
      para('正文文本级别', '<w:pStyle w:val="Body"/>') +
      para('段落设为正文级别', '<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>') +
      para('循环的样式链', '<w:pStyle w:val="Loop1"/>') +
      para('不存在的样式', '<w:pStyle w:val="Missing"/>') +
      para('默认样式');
    expect(read(body)).toEqual([
      { text: '标题', hint: { alignment: 'center' } },
      { text: '工作完成情况', hint: { outlineLevel: 0, alignment: 'both' } },
      { text: '基于一级标题的样式', hint: { outlineLevel: 0, alignment: 'left' } },
      { text: '两层继承', hint: { outlineLevel: 0, alignment: 'left' } },
      { text: '内置标题 2（无 outlineLvl）', hint: { outlineLevel: 1, alignment: 'both' } },
      { text: 'Heading3 按样式 id', hint: { outlineLevel: 2, alignment: 'both' } },
      { text: '段落自带大纲级别', hint: { outlineLevel: 2, alignment: 'both' } },
      { text: '段落级别覆盖样式', hint: { outlineLevel: 3, alignment: 'both' } },
      { text: '正文文本级别', hint: { alignment: 'both' } },
      { text: '段落设为正文级别', hint: { alignment: 'both' } },
      { text: '循环的样式链' },
      { text: '不存在的样式' },
      { text: '默认样式', hint: { alignment: 'both' } },
    ]);
  });

  it('reads alignment from w:jc, ignoring tables’ own w:jc and earlier revisions of the properties', () => {
    const body =
      para('居中', '<w:jc w:val="center"/>') +
      para('右对齐', '<w:jc w:val="right"/>') +
      para('end 即右', '<w:jc w:val="end"/>') +
      para('分散对齐', '<w:jc w:val="distribute"/>') +
      para('修订前居中', '<w:pStyle w:val="MyTitle"/><w:pPrChange w:id="1" w:author="x"><w:pPr><w:jc w:val="right"/></w:pPr></w:pPrChange>') +
      '<w:tbl><w:tblPr><w:jc w:val="center"/></w:tblPr><w:tr><w:trPr><w:jc w:val="right"/></w:trPr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    expect(read(body)).toEqual([
      { text: '居中', hint: { alignment: 'center' } },
      { text: '右对齐', hint: { alignment: 'right' } },
      { text: 'end 即右', hint: { alignment: 'right' } },
      { text: '分散对齐', hint: { alignment: 'both' } },
      { text: '修订前居中', hint: { alignment: 'center' } },
      { text: '表格', table: expect.objectContaining({ type: 'table' }) },
    ]);
  });

  it('reads a document without styles.xml', () => {
    expect(readDocx(docxOf(para('无样式', '<w:pStyle w:val="1"/>')))).toEqual([{ text: '无样式' }]);
  });
});

describe('readDocx: tables', () => {
  it('reads a table as one table block, each cell’s paragraphs as written, in document order', () => {
    const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
    const body =
      para('表1 重点项目') +
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
      `<w:tr>${cell(para('序号'))}${cell(para('项目'))}${cell(para('进度'))}</w:tr>` +
      `<w:tr>${cell(para('1'))}${cell(para('科创园'), para('二期'))}${cell('<w:p/>')}</w:tr>` +
      `<w:tr>${cell(para('2'))}${cell('<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t></w:r></w:p>')}${cell(para('完成'))}</w:tr>` +
      `<w:tr>${cell('<w:p/>')}${cell(para('　'))}${cell('<w:p/>')}</w:tr>` +
      '</w:tbl>' +
      para('表后正文');
    const read = readDocx(docxOf(body));
    expect(read.map((p) => p.text)).toEqual(['表1 重点项目', '序号\t项目\t进度\n1\t科创园\n二期\t\n2\t甲\t乙\t完成\n\t　\t', '表后正文']);
    // Rows with every cell empty, a full-width space, a tab inside a cell: all kept as written.
    expect(read[1]!.table!.children.map((row) => row.children.map((c) => c.children.map((p) => p.children[0]!.text)))).toEqual([
      [['序号'], ['项目'], ['进度']],
      [['1'], ['科创园', '二期'], ['']],
      [['2'], ['甲\t乙'], ['完成']],
      [[''], ['　'], ['']],
    ]);
    expect(headerRows(read[1]!.table)).toEqual([]);
  });

  it('flattens a nested table into paragraphs of its cell, one a row, its cells joined by tabs', () => {
    const inner = '<w:tbl><w:tr><w:tc>' + para('内1') + '</w:tc><w:tc>' + para('内2') + '</w:tc></w:tr><w:tr><w:tc>' + para('内3') + '</w:tc><w:tc>' + para('内4') + '</w:tc></w:tr></w:tbl>';
    const body = '<w:tbl><w:tr><w:tc>' + para('外') + '</w:tc><w:tc>' + para('说明') + inner + '<w:p/></w:tc></w:tr></w:tbl>';
    const read = readDocx(docxOf(body));
    expect(read).toHaveLength(1);
    expect(cellTexts(read[0]!.table)).toEqual([['外', '说明\n内1\t内2\n内3\t内4\n']]);
  });

  it('reads a table written by the docx library', async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '附表', heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER }),
            new Table({ rows: [new TableRow({ children: [cell('指标'), cell('完成值')] }), new TableRow({ children: [cell('研发投入'), cell('12.5亿元')] })] }),
            new Paragraph({ children: [new TextRun('合计'), new TextRun({ text: '：两项', break: 1 })] }),
          ],
        },
      ],
    });
    const paragraphs = readDocx(await Packer.pack(doc, 'uint8array'));
    expect(paragraphs.map((p) => p.hint)).toEqual([{ outlineLevel: 0, alignment: 'center' }, undefined, undefined]);
    expect(paragraphs.map((p) => p.text)).toEqual(['附表', '指标\t完成值\n研发投入\t12.5亿元', '合计\n：两项']);
    expect(cellTexts(paragraphs[1]!.table)).toEqual([
      ['指标', '完成值'],
      ['研发投入', '12.5亿元'],
    ]);
  });
});

describe('readDocx: runs', () => {
  it('reads non-breaking hyphens and keeps text split over many runs whole', () => {
    const body = '<w:p>' + run('2023') + '<w:r><w:noBreakHyphen/></w:r>' + run('2024') + run('年度') + '</w:p>';
    expect(texts(docxOf(body))).toEqual(['2023-2024年度']);
  });
});
