import { describe, expect, it } from 'vitest';
import { edited, check } from './report.ts';

describe('checkSubmission: the addressee’s closing colon', () => {
  it('an addressee without its closing colon warns, with ： as the fix; a half-width one is the half-width rule\'s', () => {
    const colon = (text: string) => check(edited({ 1: `A:${text}` })).filter((f) => f.code === 'addressee-colon' || (f.code === 'half-width-punctuation' && f.block === 1));
    expect(colon('市政府办公厅：')).toEqual([]);
    expect(colon('市政府办公厅').map((f) => [f.code, f.fix])).toEqual([['addressee-colon', { start: 6, end: 6, text: '：' }]]);
    expect(colon('市政府办公厅  ').map((f) => f.fix)).toEqual([{ start: 6, end: 8, text: '：' }]);
    expect(colon('市政府办公厅:').map((f) => [f.code, f.fix])).toEqual([['half-width-punctuation', { start: 6, end: 7, text: '：' }]]);
  });
});
