import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../core/export/docx.ts';
import { importSource } from '../../core/import/import-source.ts';
import { importReport } from '../../core/import/import-report.ts';
import { blockText, type Banner, type Colophon, type GongwenDocument } from '../../core/model.ts';
import { rollForward } from '../../core/rollforward/roll-forward.ts';
import { randomAnnexReport } from './annex-docs.ts';
import { docxOf, para } from './import-docx-build.ts';
import { prng } from './random-blocks.ts';

/**
 * The 版头 and 版记 read back on import: as the export writes them (property: any 版头 and 版记
 * exported and imported again are the same, and the rest of the document is as it would be
 * without them) and as web pages and .txt files carry them.
 */

const utf8 = (text: string) => new TextEncoder().encode(text);
const importText = (text: string) => importSource(utf8(text));

const BODY = ['一、工作完成情况', '全年完成各项任务。', '二、存在的问题', '问题仍然存在。', '三、下一步工作打算', '继续推进。'];

describe('版头 and 版记 in text (a web page, a .txt)', () => {
  it('reads a single organ’s 版头 and a 版记, and drops the site footer after it', () => {
    const imported = importText(
      [
        '宣城市科学技术局文件',
        '宣科〔2023〕12号　　　　签发人：张三',
        '宣城市科学技术局关于2023年科技工作的报告',
        '市人民政府：',
        ...BODY,
        '宣城市科学技术局',
        '2023年12月20日',
        '抄送：市委办公室，市人大常委会办公室。',
        '宣城市科学技术局办公室　　2023年12月21日印发',
        '版权所有：宣城市科学技术局',
      ].join('\n'),
    );
    const { meta } = imported.document;
    expect(meta.banner).toEqual({ organs: ['宣城市科学技术局'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三'] });
    expect(meta.colophon).toEqual({ copyTo: ['市委办公室', '市人大常委会办公室'], printer: '宣城市科学技术局办公室', printDate: '2023年12月21日' });
    expect(meta.template).toBe('report');
    expect(imported.recognised.title).toBe('宣城市科学技术局关于2023年科技工作的报告');
    expect(imported.recognised.addressee).toBe('市人民政府：');
    expect(imported.recognised.date).toBe('2023年12月20日');
    expect(imported.recognised.dropped).toEqual(['版权所有：宣城市科学技术局']);
    const report = importReport('x.txt', imported);
    expect(report.banner).toBe('宣城市科学技术局文件　宣科〔2023〕12号　签发人：张三');
    expect(report.colophon).toBe('抄送：市委办公室，市人大常委会办公室。　宣城市科学技术局办公室　2023年12月21日印发');
  });

  it('reads 份号, 密级, 紧急程度, a joint mark over lines, 签发人 over lines and a spaced two-character name', () => {
    const imported = importText(
      [
        '000012',
        '秘密★1年',
        '特急',
        '宣城市科学技术局',
        '宣城市财政局',
        '宣城市教育局文件',
        '签发人：张　三　李四',
        '宣科〔2023〕7号　　王五',
        '————————————',
        '关于2023年科技工作的报告',
        '市人民政府：',
        ...BODY,
        '2023年12月20日',
      ].join('\n'),
    );
    expect(imported.document.meta.banner).toEqual({
      organs: ['宣城市科学技术局', '宣城市财政局', '宣城市教育局'],
      withWenjian: true,
      number: '宣科〔2023〕7号',
      signers: ['张三', '李四', '王五'],
      copyNumber: '000012',
      secrecy: '秘密★1年',
      urgency: '特急',
    });
    expect(imported.recognised.title).toBe('关于2023年科技工作的报告');
  });

  it('reads a 发文字号 and 签发人 set in a borderless table, as WPS templates do', () => {
    const cells = (texts: string[]) => `<w:tbl><w:tr>${texts.map((text) => `<w:tc>${para(text)}</w:tc>`).join('')}</w:tr></w:tbl>`;
    const body = [para('宣城市科学技术局文件'), cells(['宣科〔2023〕12号', '签发人：张三']), para('关于2023年工作的报告'), para('市委：'), ...BODY.map((text) => para(text)), para('2023年12月20日')].join('');
    const imported = importSource(docxOf(body));
    expect(imported.document.meta.banner).toEqual({ organs: ['宣城市科学技术局'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三'] });
    expect(imported.recognised.title).toBe('关于2023年工作的报告');
    expect(imported.document.blocks.some((b) => b.type === 'table')).toBe(false);
  });

  it('keeps a 发文字号 as written (〈〉, 第, a leading zero): 检查 reports it, the import does not mend it', () => {
    const imported = importText(['宣 城 市 人 民 政 府 文 件', '宣政〈2023〉第05号', '关于2023年工作的报告', '市委：', ...BODY, '2023年12月20日'].join('\n'));
    expect(imported.document.meta.banner).toEqual({ organs: ['宣城市人民政府'], withWenjian: true, number: '宣政〈2023〉第05号', signers: [] });
  });

  it('reads a mark without 文件 only when a 发文字号 follows it', () => {
    const marked = importText(['中共宣城市委办公室', '宣办〔2023〕3号', '关于2023年工作的总结', ...BODY, '2023年12月20日'].join('\n'));
    expect(marked.document.meta.banner).toEqual({ organs: ['中共宣城市委办公室'], withWenjian: false, number: '宣办〔2023〕3号', signers: [] });
    const plain = importText(['宣城市科技局', '2023年上半年工作总结和下半年工作打算', ...BODY, '宣城市科技局', '2023年6月28日'].join('\n'));
    expect(plain.document.meta.banner).toBeUndefined();
    expect(plain.recognised.title).toBe('宣城市科技局2023年上半年工作总结和下半年工作打算');
  });

  it('a 抄送 list written with 、 is read as its names, and the import report says it is printed with ，', () => {
    const imported = importText(['关于2023年工作的报告', '市委：', ...BODY, '某局', '2023年12月20日', '抄送：市委办、市政府办', '某局办公室 2023年12月21日印发'].join('\n'));
    expect(imported.document.meta.colophon).toEqual({ copyTo: ['市委办', '市政府办'], printer: '某局办公室', printDate: '2023年12月21日' });
    expect(importReport('x.txt', imported).colophon).toContain('「，」');
  });

  it('a sentence ending in a date and 印发 inside the body is no 版记, nor is 抄送 alone', () => {
    const imported = importText(['关于2023年工作的报告', '市委：', '一、工作完成情况', '方案于2023年3月1日印发', '二、存在的问题', '问题仍然存在。', '某局', '2023年12月20日', '抄送：市委办。'].join('\n'));
    expect(imported.document.meta.colophon).toBeUndefined();
    expect(imported.document.blocks.some((b) => blockText(b) === '方案于2023年3月1日印发')).toBe(true);
    expect(imported.recognised.dropped).toEqual(['抄送：市委办。']);
  });
});

const PLACES = ['宣城市', '宁国市', '广德市', '郎溪县', '安徽省', '泾县'];
const OFFICES = ['科学技术局', '财政局', '教育局', '发展和改革委员会', '人民政府办公室', '农业农村厅', '人力资源和社会保障局'];
const NAMES = ['张三', '李四', '王五', '欧阳修', '赵敏', '钱学森', '孙立'];
const CODES = ['宣科', '宣财', '宁政办', '皖教', '广发改'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function some<T>(random: () => number, list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(random() * (max - min + 1));
  return [...list].sort(() => random() - 0.5).slice(0, n);
}

function randomBanner(random: () => number): Banner {
  const organs = some(random, OFFICES, 1, 3).map((office) => `${pick(random, PLACES)}${office}`);
  const banner: Banner = {
    organs: [...new Set(organs)],
    withWenjian: random() < 0.7,
    number: random() < 0.85 ? `${pick(random, CODES)}〔${2020 + Math.floor(random() * 6)}〕${1 + Math.floor(random() * 200)}号` : '',
    signers: random() < 0.6 ? some(random, NAMES, 1, 3) : [],
  };
  if (random() < 0.3) banner.copyNumber = String(Math.floor(random() * 1e6)).padStart(6, '0');
  if (random() < 0.3) banner.secrecy = pick(random, ['秘密★1年', '机密', '绝密★长期']);
  if (random() < 0.3) banner.urgency = pick(random, ['特急', '加急']);
  return banner;
}

function randomColophon(random: () => number): Colophon {
  return {
    copyTo: some(random, ['市委办公室', '市人大常委会办公室', '市政协办公室', '各县市区人民政府', '市纪委监委'], 0, 4),
    printer: random() < 0.9 ? `${pick(random, PLACES)}${pick(random, OFFICES)}办公室` : '',
    printDate: `2023年${1 + Math.floor(random() * 12)}月${1 + Math.floor(random() * 28)}日`,
  };
}

async function reimport(document: GongwenDocument): Promise<GongwenDocument> {
  return importSource(await exportDocx(document), { template: document.meta.template }).document;
}

describe('export → import keeps the 版头 and 版记 (property)', () => {
  for (let seed = 1; seed <= 24; seed++) {
    it(`seed ${seed}`, async () => {
      const random = prng(seed * 7919);
      const base = randomAnnexReport(seed);
      const banner = random() < 0.85 ? randomBanner(random) : undefined;
      const colophon = random() < 0.85 || !banner ? randomColophon(random) : undefined;
      // 签发人 print in a 上行文's 版头 (the report template's); elsewhere they are not on the page.
      const template = banner?.signers.length ? 'report' : base.meta.template;
      const plain: GongwenDocument = { ...base, meta: { ...base.meta, template } };
      const document: GongwenDocument = { ...plain, meta: { ...plain.meta, ...(banner ? { banner } : {}), ...(colophon ? { colophon } : {}) } };
      const back = await reimport(document);
      expect(back.meta.banner).toEqual(banner);
      expect(back.meta.colophon).toEqual(colophon);
      // Nothing of the body, the closing or the attachments is taken for them, nor lost.
      const text = (d: GongwenDocument) => d.blocks.map((b) => `${b.type}:${blockText(b)}`);
      expect(text(back)).toEqual(text(await reimport(plain)));
    });
  }
});

describe('roll forward from last year’s .docx', () => {
  it('carries the 版头 read from the .docx, the new 序号 left to be given', async () => {
    const last = randomAnnexReport(3);
    const banner: Banner = { organs: ['宣城市科学技术局', '宣城市财政局'], withWenjian: true, number: '宣科〔2023〕12号', signers: ['张三'] };
    const document: GongwenDocument = { ...last, meta: { ...last.meta, template: 'report', year: 2023, banner } };
    const imported = importSource(await exportDocx(document)).document;
    const next = rollForward(imported).document;
    expect(next.meta.banner).toEqual({ ...banner, number: '宣科〔2024〕【序号】号' });
  });
});

describe('the import report', () => {
  it('counts the headings read in the file and names the required sections the template added', () => {
    const imported = importText(['宣城市科技局2023年上半年工作总结和下半年工作打算', '一、工作完成情况', '（一）推进创新。', '完成任务。', '二、下半年工作打算', '继续推进。', '宣城市科技局', '2023年6月28日'].join('\n'));
    const report = importReport('x.txt', imported);
    expect(report.headings).toBe(3);
    // The half-year template requires 存在的问题, which the file lacks: added, and said.
    expect(imported.document.blocks.filter((b) => b.type === 'heading' && b.level === 1).map(blockText)).toContain('存在的问题');
    expect(report.addedSections).toEqual(['存在的问题']);
  });
});
