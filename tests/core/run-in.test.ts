import { describe, expect, it } from 'vitest';
import { headingSummary, splitRunIn } from '../../core/run-in.ts';

describe('splitRunIn', () => {
  it('ends the heading sentence at the first 。 outside quotes and brackets', () => {
    expect(splitRunIn('系统谋划，加快促进科技成果转化。举办高峰论坛。')).toEqual({ heading: '系统谋划，加快促进科技成果转化。', body: '举办高峰论坛。' });
    expect(splitRunIn('落实“放管服。”改革要求。全年办理事项。')).toEqual({ heading: '落实“放管服。”改革要求。', body: '全年办理事项。' });
  });

  it('treats a text without 。 as all heading', () => {
    expect(splitRunIn('加大科技研发投入力度')).toEqual({ heading: '加大科技研发投入力度', body: '' });
  });
});

describe('headingSummary', () => {
  it('shows only the heading sentence of a run-in heading, and a standalone heading whole', () => {
    expect(headingSummary('以人为本，着力推进科技人才建设。一是持续推进。', true)).toBe('以人为本，着力推进科技人才建设。');
    expect(headingSummary('工作完成情况', undefined)).toBe('工作完成情况');
    expect(headingSummary('甲。乙', false)).toBe('甲。乙');
  });
});
