import { describe, expect, it } from 'vitest';
import { fileNameTitle, furnitureKind, isTrailer, stripGluedFurniture } from '../../core/import/furniture.ts';
import { recognise } from '../../core/import/recognise.ts';

const paragraphs = (...lines: string[]) => lines.map((text) => ({ text }));

describe('furnitureKind', () => {
  it.each([
    ['您现在的位置：首页 > 政务公开 > 计划总结', 'breadcrumb'],
    ['当前位置：首页>信息公开>工作动态', 'breadcrumb'],
    ['首页 > 新闻中心 > 通知公告', 'breadcrumb'],
    ['索引号：11340000/2023-00012', 'metadata'],
    ['发布机构：某某县人民政府办公室', 'metadata'],
    ['发布日期：2023-07-05', 'metadata'],
    ['来源：某某县农业农村局  浏览次数：1024', 'metadata'],
    ['字号：', 'metadata'],
    ['【字体：大 中 小】', 'metadata'],
    ['作者：办公室  时间：2023-07-05', 'metadata'],
    ['第1页 共4页', 'page-marker'],
    ['第 2 页/共 8 页', 'page-marker'],
    ['- 3 -', 'page-marker'],
    ['— 12 —', 'page-marker'],
    ['7', 'page-marker'],
    ['本文档由会员上传分享，可在线阅读', 'wenku'],
    ['下载后可任意编辑', 'wenku'],
    ['某某局2023年工作总结.docx', 'file-name'],
    ['打印本页', 'action'],
    ['【关闭窗口】', 'action'],
    ['分享到：', 'metadata'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    ['一、工作完成情况'],
    ['2023年工作总结'],
    ['时间紧、任务重，我们克服困难按期完成。'],
    ['来源于群众、服务于群众，这是我们的工作方法。根据群众反映，我们共解决实际问题120件，群众满意率达到98%以上，受到上级部门充分肯定。这些成绩的取得来之不易，凝聚了全体干部职工的心血和汗水。'],
    ['市政府办公厅：'],
    ['宣城市科技局'],
    ['2023年6月28日'],
  ])('%s is not furniture', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });
});

describe('footers, glued furniture, file names', () => {
  it('knows the lines that start a site footer', () => {
    expect(isTrailer('来源：网络整理 免责声明：本文仅限学习分享，如产生版权问题，请联系我们及时删除。')).toBe(true);
    expect(isTrailer('上一篇：关于开展安全生产检查的通知')).toBe(true);
    expect(isTrailer('版权所有：某某市人民政府 网站标识码：3400000001')).toBe(true);
    expect(isTrailer('全年开展安全检查45次。')).toBe(false);
  });

  it('cuts furniture glued into a line', () => {
    expect(stripGluedFurniture('下载后可任意编辑 区科技局工作总结')).toEqual({ text: '区科技局工作总结', removed: ['下载后可任意编辑'] });
    expect(stripGluedFurniture('推进科技创新 第2页 共8页 平台建设').text).toBe('推进科技创新 平台建设');
  });

  it('takes the title from a 文库 file-name line', () => {
    expect(fileNameTitle('市科技局2022年工作总结及2023年工作计划.docx')).toBe('市科技局2022年工作总结及2023年工作计划');
    expect(fileNameTitle('report.pdf')).toBeNull();
  });
});

describe('furniture in recognise', () => {
  it('drops navigation and metadata before the title and everything after the date', () => {
    const r = recognise(paragraphs(
      '网站首页 > 政务公开 > 规划计划',
      '发布时间：2023-12-28 来源：某某县水利局',
      '某某县水利局2023年工作总结',
      '2023年，我局全力推进水利建设。',
      '一、主要成效',
      '完成水利投资5亿元。',
      '某某县水利局',
      '2023年12月28日',
      '【打印本页】【关闭窗口】',
      '主办单位：某某县人民政府 技术支持：某某网络公司',
    ));
    expect(r.title).toBe('某某县水利局2023年工作总结');
    expect(r.signature).toBe('某某县水利局');
    expect(r.date).toBe('2023年12月28日');
    expect(r.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(r.dropped).toEqual(['网站首页 > 政务公开 > 规划计划', '发布时间：2023-12-28 来源：某某县水利局', '【打印本页】【关闭窗口】', '主办单位：某某县人民政府 技术支持：某某网络公司']);
  });

  it('drops a footer without a date, and repeated page titles and page numbers in the text', () => {
    const r = recognise(paragraphs(
      '某某区教育局2023年工作要点',
      '一、总体要求',
      '坚持立德树人。',
      '- 1 -',
      '某某区教育局2023年工作要点',
      '二、重点任务',
      '推进教育优质均衡发展。',
      '相关文章',
      '某某区召开教育工作会议',
    ));
    expect(r.blocks.map((b) => (b.kind === 'heading' ? b.number + b.text : b.text))).toEqual(['一、总体要求', '坚持立德树人。', '二、重点任务', '推进教育优质均衡发展。']);
    expect(r.dropped).toEqual(['- 1 -', '某某区教育局2023年工作要点', '相关文章', '某某区召开教育工作会议']);
  });

  it('keeps a footer-like line followed by more headings (it is not the end)', () => {
    const r = recognise(paragraphs('某局2023年工作总结', '一、工作情况', '完成任务。', '二、分享到基层的经验', '经验一。', '三、下一步打算', '继续努力。'));
    expect(r.blocks.filter((b) => b.kind === 'heading')).toHaveLength(3);
  });
});

describe('a pasted part of a page (recognise fragment)', () => {
  it('keeps every line of the text, drops the page furniture around it and lists it', () => {
    const page = ['您现在的位置：首页 > 政务公开 > 工作总结', '发布日期：2023-07-03 浏览次数：120', '（一）加强科技创新', '全年新增高新技术企业90家。', '【打印本页】【关闭窗口】'];
    const result = recognise(page.map((text) => ({ text })), { fragment: true });
    expect(result.blocks.map((b) => (b.kind === 'heading' ? `${b.number}${b.text}` : b.text))).toEqual(['（一）加强科技创新', '全年新增高新技术企业90家。']);
    expect(result.dropped).toEqual([page[0], page[1], page[4]]);
  });

  it('drops nothing from a clerk\'s own lines, metadata-like words inside sentences included', () => {
    const own = ['（二）优化服务', '来源于群众的意见已全部办结，浏览了12个案例。', '1.推进成果转化。'];
    const result = recognise(own.map((text) => ({ text })), { fragment: true });
    expect(result.dropped).toEqual([]);
    expect(result.blocks.map((b) => b.text).join('')).toContain('来源于群众的意见已全部办结');
  });
});
