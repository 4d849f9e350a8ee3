import { describe, expect, it } from 'vitest';
import { countPlaceholders } from '../../core/placeholder.ts';
import { maskFigures } from '../../core/rollforward/figures.ts';

const H = '【\u3000】';
const bracket = (text: string) => maskFigures(text).text;
const x = (text: string) => maskFigures(text, 'x').text;

describe('maskFigures: figures become placeholders', () => {
  it('amounts, percentages, counts, dates, ranges and rankings, the unit kept', () => {
    const text = '总投资达3.5亿元，同比增长42.5%，签约10位，居全省第5位，1-5月，6月28日，投资1,200万元';
    expect(maskFigures(text)).toEqual({ text: `总投资达${H}亿元，同比增长${H}%，签约${H}位，居全省第${H}位，${H}月，${H}月${H}日，投资${H}万元`, figures: 8 });
    expect(countPlaceholders(bracket(text))).toBe(8);
  });

  it('in the x style every digit is an x and the shape stays, as in seed 001', () => {
    const text = '总投资达3.5亿元，同比增长42.5%，居全省第5位，1-5月，6月28日，投资1,200万元，１２家';
    expect(x(text)).toBe('总投资达x.x亿元，同比增长xx.x%，居全省第x位，x-x月，x月xx日，投资x,xxx万元，xx家');
    // x.x  xx.x  x  x x  x xx  x,xxx  xx: a range is two placeholders, as the check counts them.
    expect(countPlaceholders(x(text))).toBe(9);
  });

  it('a range joined by 至 or ～, and an ISO date, are one figure', () => {
    expect(bracket('落地1至2家，平台3～5个，发布日期2023-07-05')).toBe(`落地${H}家，平台${H}个，发布日期${H}`);
  });

  it('years are not figures: 2023年, 2022-2024年, 2022泰兴市首届…; 2000万元 is', () => {
    expect(bracket('2023年上半年，2022-2024年工作方案，第2023届，举办2022泰兴市首届创新创业大赛')).toBe('2023年上半年，2022-2024年工作方案，第2023届，举办2022泰兴市首届创新创业大赛');
    expect(bracket('2023年6月28日')).toBe(`2023年${H}月${H}日`);
    expect(bracket('争取资金2000万元，共2023个')).toBe(`争取资金${H}万元，共${H}个`);
  });

  it('names and codes stay: G60, 5G, PM2.5, COVID-19, 5+1, 1+X, “123”; units are quantities', () => {
    const names = 'G60科创走廊，长三角 G60 科创走廊，5G基站，PM2.5，COVID-19，聚焦5+1”产业，“2+3+4”产业链，1+X证书，“123”特色产业';
    expect(bracket(names)).toBe(names);
    expect(bracket('装机100MW，建成5km，“新增20家”的目标')).toBe(`装机${H}MW，建成${H}km，“新增${H}家”的目标`);
  });

  it('document titles, 文号, URLs and e-mail addresses stay', () => {
    const text = '印发《2023年科技工作要点（第2版）》（宣政〔2023〕5号），见http://kjj.xuancheng.gov.cn/2023/5.html，邮箱kj2023@xc.gov.cn';
    expect(bracket(text)).toBe(text);
  });

  it('enumeration labels stay; a parenthesised count does not', () => {
    expect(bracket('主要做法：1.加强领导；2.完善机制。（1）加强领导（2）完善机制')).toBe('主要做法：1.加强领导；2.完善机制。（1）加强领导（2）完善机制');
    expect(bracket('(全省仅13项)，（5家）')).toBe(`(全省仅${H}项)，（${H}家）`);
  });

  it('numerals in Chinese characters are words', () => {
    expect(bracket('通过“三个一批”，第十二届大赛，两大主导产业')).toBe('通过“三个一批”，第十二届大赛，两大主导产业');
  });

  it('a text without figures is returned as it is', () => {
    expect(maskFigures('健全科技创新应用体系,释放创新“驱动力”。')).toEqual({ text: '健全科技创新应用体系,释放创新“驱动力”。', figures: 0 });
    expect(maskFigures('')).toEqual({ text: '', figures: 0 });
  });
});

describe('maskFigures: placeholders already there take the same style', () => {
  it('【 】 style: masked figures (x.xx, xxxx, x区) and blank brackets become 【 】', () => {
    const text = '资金x.xx亿元，xxxx年，x区科技厅，【】项，【……】个，【待填写金额】，____单位，新增5家';
    expect(maskFigures(text)).toEqual({ text: `资金${H}亿元，${H}年，${H}区科技厅，${H}项，${H}个，【待填写金额】，____单位，新增${H}家`, figures: 1 });
  });

  it('a stray 【 or 】 stays as written in either style: the check reports it, no hole is made of it', () => {
    expect(bracket('增长】%，【待填')).toBe('增长】%，【待填');
    expect(x('增长】%，【待填')).toBe('增长】%，【待填');
  });

  it('x style: blank brackets become x, masked figures stay as written', () => {
    expect(x(`资金x.xx亿元，${H}项，【】个，【待填写金额】，新增5家`)).toBe('资金x.xx亿元，x项，x个，【待填写金额】，新增x家');
  });
});
