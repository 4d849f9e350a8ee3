/**
 * What sites put around a title that is not the title's: a compilation site's piece marks and
 * labels (篇一：, (精选7篇), 全文, 范文(一), 2850字), an article id before it (2022110103…) and a
 * 发文字号 glued before it (湖卫健发〔2023〕1号…).
 */

const NUM = '[一二三四五六七八九十\\d]';
/** Trailing decoration, any number of pieces: 全文(三篇) · 范文(一) · 多篇9篇 · 【精选推荐】 · 2850字 */
const TRAILING = new RegExp(
  `(?:[ \\t\\u3000]*(?:全文|范文(?:大全)?|大全|范例|模板|汇编|多篇|精选|最新|完整版|通用版|\\d{2,5}字|` +
    `[（(【［\\[][^（()）【】［］\\[\\]]{0,8}[）)】］\\]]|篇?${NUM}+篇|篇${NUM}+))+$`,
  'u',
);
/** 篇一： · 篇1 · 篇一 (a compilation's piece mark before the piece's title) */
const LEADING_PIECE = new RegExp(`^篇${NUM}+[ \\t\\u3000:：]*`, 'u');
const WORD_COUNT = /[ \t\u3000]*\d{2,5}字$/u;
/**
 * A PDF's page or line number left before a title that starts with a year (2 2022 年学校工作计划):
 * a number standing apart before a year is no part of a title.
 */
const STRAY_NUMBER = /^\d{1,3}[ \t\u3000]+(?=\d{4}[ \t\u3000]*年)/u;
/** An article id of six or more digits glued before the title's first character. */
const ID_PREFIX = /^\d{6,}(?=\p{Script=Han})/u;
/** A 发文字号: 湖卫健发〔2023〕1号, 国办函[2023]12号 */
export const DOC_NUMBER = /^[\p{Script=Han}]{1,12}[〔［[（(][ \t\u3000]*\d{4}[ \t\u3000]*[〕］\]）)][ \t\u3000]*第?[ \t\u3000]*\d{1,5}[ \t\u3000]*号/u;

/** The title without trailing and leading decoration, to tell what kind of document it names. */
export function titleCore(text: string): string {
  return text.replace(LEADING_PIECE, '').replace(TRAILING, '');
}

/** A title line as a site prints it → the title: ids, 发文字号, a leading piece mark and a word count cut off. */
export function cleanTitle(text: string): string {
  let title = text.replace(STRAY_NUMBER, '').replace(ID_PREFIX, '');
  const number = DOC_NUMBER.exec(title);
  if (number && number[0].length < title.length - 4) title = title.slice(number[0].length).trim();
  return title.replace(LEADING_PIECE, '').replace(WORD_COUNT, '');
}
