import { describe, expect, it } from 'vitest';
import { annexSpans, annexZoneStart, findAnnexFix } from '../../core/annex-zone.ts';
import { heading, isHeading, textBlock, type Block } from '../../core/model.ts';
import { normalizeBlocks } from '../../core/normalize.ts';
import { computeLabels, formatLabel } from '../../core/numbering.ts';
import { closingStart, newAttachmentAt, sectionSpan } from '../../core/outline.ts';
import { printedLabels } from '../../core/print/labels.ts';
import { planMove, planSetLevel, planShift } from '../../core/structure.ts';
import { getTemplate } from '../../core/templates.ts';
import { randomAnnexReport, reportWithAnnexes } from './annex-docs.ts';

const twoAnnexes = () =>
  reportWithAnnexes([
    { title: '项目清单', content: [heading(1, '重点项目'), heading(2, '科技类'), heading(2, '产业类'), heading(1, '一般项目')] },
    { title: '资金明细表', content: [heading(1, '省级资金'), textBlock('paragraph', '明细。'), heading(1, '市级资金')] },
  ]).blocks;

const context = { template: getTemplate('half-year'), meta: { organ: '某局', year: 2023, period: '上半年' as const } };

describe('numbering inside attachments', () => {
  it('labels each title 附件1 附件2 and numbers its headings afresh', () => {
    const blocks = twoAnnexes();
    const labels = computeLabels(blocks);
    const shown = blocks.flatMap((b, i) => (b.type === 'annex' || isHeading(b) ? [labels[i]] : []));
    expect(shown).toEqual(['一、', '（一）', '二、', '三、', '附件1', '一、', '（一）', '（二）', '二、', '附件2', '一、', '二、']);
  });

  it('labels a single attachment 附件, without a number', () => {
    const blocks = reportWithAnnexes([{ title: '项目清单' }]).blocks;
    expect(computeLabels(blocks)[blocks.findIndex((b) => b.type === 'annex')]).toBe('附件');
  });

  it('the print plan’s labels are the same function’s: an untitled attachment still counts', () => {
    const blocks = twoAnnexes();
    expect(printedLabels(blocks)).toEqual(computeLabels(blocks));
    const untitled = blocks.map((b) => (b.type === 'annex' && b.children[0]!.text === '项目清单' ? textBlock('annex', '') : b));
    const labels = printedLabels(untitled);
    expect(labels.filter((l) => l !== undefined && /^附件\d*$/u.test(l))).toEqual(['附件1', '附件2']);
    // The second attachment's first heading is 一、 again, not counted on from the first's.
    expect(labels[untitled.findIndex((b) => isHeading(b) && b.children[0]!.text === '省级资金')]).toBe('一、');
  });

  it('random reports: the body and each attachment are numbered as if each stood alone', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { blocks } = randomAnnexReport(seed);
      const labels = computeLabels(blocks);
      const spans = annexSpans(blocks);
      const body = blocks.slice(0, annexZoneStart(blocks));
      expect(labels.slice(0, body.length), `seed ${seed}`).toEqual(computeLabels(body));
      spans.forEach((span, k) => {
        expect(labels[span.start]).toBe(spans.length > 1 ? `附件${k + 1}` : '附件');
        // Counted independently: level by level, reset below each heading.
        const counters = [0, 0, 0, 0, 0];
        for (let i = span.start + 1; i < span.end; i++) {
          const block = blocks[i]!;
          if (!isHeading(block)) continue;
          counters[block.level]!++;
          for (let deeper = block.level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
          expect(labels[i], `seed ${seed} block ${i}`).toBe(formatLabel(block.level, counters[block.level]!));
        }
      });
    }
  });
});

describe('the outline keeps the body and the attachments apart', () => {
  const blocks = twoAnnexes();
  const at = (text: string) => blocks.findIndex((b) => b.type !== 'attachment' && b.children[0] && 'text' in b.children[0] && b.children[0].text === text);
  const firstLine = blocks.findIndex((b) => b.type === 'attachment');

  it('a section ends at the closing run and at the next attachment', () => {
    expect(sectionSpan(blocks, at('下半年工作打算')).end).toBe(firstLine);
    expect(sectionSpan(blocks, at('一般项目'))).toEqual({ start: at('一般项目'), end: at('资金明细表') });
  });

  it('no section moves from one attachment into another, nor into the body', () => {
    expect(planMove(blocks, at('一般项目'), 1)).toMatchObject({ ok: false });
    expect(planMove(blocks, at('省级资金'), -1)).toMatchObject({ ok: false });
    expect(planMove(blocks, at('重点项目'), -1)).toMatchObject({ ok: false });
  });

  it('an attachment’s first heading is a 一级标题: it cannot be demoted or set deeper', () => {
    expect(planShift(blocks, at('省级资金'), 1)).toMatchObject({ ok: false });
    expect(planSetLevel(blocks, at('省级资金'), 2)).toMatchObject({ ok: false, reason: '第一个章节标题必须是一级标题' });
    expect(planSetLevel(blocks, at('项目清单'), 1)).toMatchObject({ ok: false });
  });

  it('附件说明 lines and missing sections go into the body, before the attachments', () => {
    expect(closingStart(blocks)).toBe(firstLine);
    const noList = blocks.filter((b) => b.type !== 'attachment');
    expect(newAttachmentAt(noList)).toBe(noList.findIndex((b) => b.type === 'signature'));
  });
});

describe('placement (findAnnexFix, applied by the normalizer)', () => {
  it('an attachment title before the 成文日期 becomes body text, its words kept', () => {
    const blocks: Block[] = [textBlock('title', 'T'), textBlock('annex', '误放的附件'), textBlock('paragraph', 'p'), textBlock('signature', 'S'), textBlock('date', 'D')];
    expect(findAnnexFix(blocks)).toMatchObject({ at: 1, change: 'annex-to-paragraph' });
    const fixed = normalizeBlocks(blocks, { meta: context.meta });
    expect(fixed[1]).toEqual(textBlock('paragraph', '误放的附件'));
  });

  it('a required section inside an attachment loses its key; the body gets the section back', () => {
    const blocks = twoAnnexes().filter((b) => !(isHeading(b) && b.section === 'problems'));
    blocks.push(heading(1, '存在的问题', { section: 'problems' }));
    const fixed = normalizeBlocks(blocks, context);
    const keyed = fixed.flatMap((b, i) => (isHeading(b) && b.section ? [[b.section, i < annexZoneStart(fixed)]] : []));
    expect(keyed).toEqual([
      ['done', true],
      ['problems', true],
      ['plan', true],
    ]);
    expect(fixed.at(-1)).toEqual(heading(1, '存在的问题'));
  });

  it('leaves a well-placed document as it is', () => {
    const blocks = twoAnnexes();
    expect(findAnnexFix(blocks)).toBeNull();
    expect(normalizeBlocks(blocks, context)).toEqual(blocks);
  });
});
