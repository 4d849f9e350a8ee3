import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { writeDate, type DateForm } from '../bench/import-corpus/derive-tail.ts';

const ORGANS = ['某县发展和改革局', '昆明市官渡区人民政府', 'XX区卫生健康委员会', '局机关工会', '中山大学医学部办公室'];
const CLOSINGS = ['特此报告。', '以上报告，请审阅。', '专此报告。'];
const FORMS: DateForm[] = ['cn', 'dash', 'dot', 'numeral'];
const BODY = ['某局2022年工作总结', '一、工作完成情况', '全年完成固定资产投资12.5亿元，同比增长8%。', '二、下一步工作打算', '持续抓好项目建设，确保完成全年目标。'];

const tail = fc.record({
  organ: fc.constantFrom(...ORGANS),
  closing: fc.constantFrom(...CLOSINGS),
  form: fc.constantFrom(...FORMS),
  year: fc.integer({ min: 2015, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 31 }),
  note: fc.boolean(),
  printed: fc.boolean(),
  glued: fc.boolean(),
  sameLine: fc.boolean(),
});

describe('the tail of a report', () => {
  it('comes apart into 结束语, 署名, 成文日期, and 附注 and 版记 that are dropped, glued or on lines, in every date form', () => {
    fc.assert(
      fc.property(tail, (t) => {
        const date = writeDate(t.year, t.month, t.day, t.form);
        const note = '（联系人：XXX，联系电话：13912345678）';
        const printed = `${t.organ.replace(/办公室$/u, '')}办公室 ${date}印发`;
        const parts = [t.closing, ...(t.sameLine && !t.glued ? [`${t.organ} ${date}`] : [t.organ, date]), ...(t.note ? [note] : []), ...(t.printed ? [printed] : [])];
        const text = t.glued ? [...BODY.slice(0, -1), BODY.at(-1)! + parts.join('')].join('\n') : [...BODY, ...parts].join('\n');
        const r = recognise(textToParagraphs(text));
        expect(r.signature).toBe(t.organ);
        expect(r.date).toBe(date);
        const body = r.blocks.map((b) => b.text + (b.kind === 'heading' ? b.body : '')).join('\n');
        expect(body).toContain(t.closing);
        expect(body).not.toContain('联系人');
        expect(body).not.toContain('印发');
        if (t.note) expect(r.dropped).toContain(note);
      }),
    );
  });

  it('does not take a page\'s 发布日期 at the top for the 成文日期', () => {
    const text = ['发布日期：2023-07-05', '浏览次数：120', ...BODY].join('\n');
    const r = recognise(textToParagraphs(text));
    expect(r.date).toBeNull();
    expect(r.title).toBe('某局2022年工作总结');
  });

  it('reads a 印发 notice\'s signature and date before the document it sends, which stays body', () => {
    for (const date of ['2023年4月26日', '2023-04-26', '二〇二三年四月二十六日']) {
      const text = ['某市卫生健康委关于印发2023年全市卫生健康工作要点的通知', '各区县卫生健康局：', '现将《2023年全市卫生健康工作要点》印发给你们，请认真贯彻执行。', '某市卫生健康委员会', date, '2023年全市卫生健康工作要点', '一、全面深化一个主题', '持续推进健康城市建设。'].join('\n');
      const r = recognise(textToParagraphs(text));
      expect([r.signature, r.date]).toEqual(['某市卫生健康委员会', date]);
      expect(r.blocks.map((b) => b.text)).toEqual(['现将《2023年全市卫生健康工作要点》印发给你们，请认真贯彻执行。', '2023年全市卫生健康工作要点', '全面深化一个主题', '持续推进健康城市建设。']);
    }
  });

  it('leaves a date inside a report that sends nothing where it is', () => {
    const text = ['某局2022年工作总结', '一、工作完成情况', '某某项目', '2022年3月8日', '完成项目验收。', '二、下一步打算', '持续推进。'].join('\n');
    expect(recognise(textToParagraphs(text)).date).toBeNull();
  });
});
