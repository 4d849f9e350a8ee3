import { describe, expect, it } from 'vitest';
import { planJoin } from '../../core/block-merge.ts';
import { heading, textBlock } from '../../core/model.ts';

const body = (text: string) => textBlock('paragraph', text);

describe('planJoin: what Backspace / Delete do at a block boundary', () => {
  it('joins two body paragraphs, two notes, two attachment names', () => {
    expect(planJoin(body('甲'), body('乙'))).toBe('join');
    expect(planJoin(textBlock('note', '甲'), textBlock('note', '乙'))).toBe('join');
    expect(planJoin(textBlock('attachment', '清单'), textBlock('attachment', '明细'))).toBe('join');
  });

  it('never turns body text into a heading, nor a heading into body text', () => {
    const required = heading(1, '存在的问题', { section: 'problems' });
    expect(planJoin(required, body('一是科技创新投入不足。'))).toBe('moveCaret');
    expect(planJoin(heading(2, '小节'), body('正文'))).toBe('moveCaret');
    expect(planJoin(body('正文'), heading(2, '小节'))).toBe('moveCaret');
    // Two headings stay two headings (the second would take the first one's level).
    expect(planJoin(heading(2, '甲'), heading(2, '乙'))).toBe('moveCaret');
    expect(planJoin(heading(2, '甲'), heading(3, '乙'))).toBe('moveCaret');
  });

  it('keeps the title, addressee, signature, date, notes and attachments apart from body text', () => {
    expect(planJoin(textBlock('title', '标题'), body('正文'))).toBe('moveCaret');
    expect(planJoin(textBlock('title', '标题'), textBlock('addressee', '市政府：'))).toBe('moveCaret');
    expect(planJoin(textBlock('addressee', '市政府：'), body('正文'))).toBe('moveCaret');
    expect(planJoin(body('继续努力。'), textBlock('attachment', '清单'))).toBe('moveCaret');
    expect(planJoin(textBlock('attachment', '清单'), textBlock('signature', '某局'))).toBe('moveCaret');
    expect(planJoin(textBlock('signature', '某局'), textBlock('date', '2023年6月28日'))).toBe('moveCaret');
    expect(planJoin(textBlock('note', '上期原文'), body('正文'))).toBe('moveCaret');
    expect(planJoin(body('正文'), textBlock('note', '上期原文'))).toBe('moveCaret');
  });

  it('removes an empty body paragraph on either side, never the block of another kind', () => {
    expect(planJoin(heading(1, '存在的问题', { section: 'problems' }), body(''))).toBe('removeSecond');
    expect(planJoin(textBlock('signature', ''), body(''))).toBe('removeSecond');
    expect(planJoin(body(''), heading(2, '小节'))).toBe('removeFirst');
    expect(planJoin(body(''), textBlock('signature', '某局'))).toBe('removeFirst');
    // …but not the title's neighbour into or out of the title.
    expect(planJoin(textBlock('title', ''), body(''))).toBe('moveCaret');
  });

  it('joins body text into a run-in heading only behind a complete heading sentence', () => {
    expect(planJoin(heading(2, '加强创新。今年', { runIn: true }), body('另外'))).toBe('join');
    expect(planJoin(heading(2, '加强创新。', { runIn: true }), body('另外'))).toBe('join');
    expect(planJoin(heading(2, '加强创新', { runIn: true }), body('另外'))).toBe('moveCaret');
    expect(planJoin(heading(2, '《条例。》', { runIn: true }), body('另外'))).toBe('moveCaret');
  });
});
