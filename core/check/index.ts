import { bracketPairs } from './brackets.ts';
import { checkStructure, type ProblemCode } from './check.ts';
import { parseChineseNumeral } from './chinese-numeral.ts';
import { parseDate, standardDate } from './export/date.ts';
import { titleLines } from './export/title-lines.ts';
import { blockText, isHeading, type Block, type GongwenDocument } from './model.ts';
import { findPlaceholders, insideRanges, protectedRanges, type TextRange } from './placeholder.ts';

/**
 * The pre-submission check (检查): everything a reviewer sends a report back for that a program
 * can see. `gongwen check` exits 1 while any blocking finding remains; the app's 检查 panel lists
 * every finding and jumps to its block and offset.
 *
 * Severities. Blocking: the document is incomplete or wrong for certain —
 *   missing-title, missing-section, duplicate-section, section-order, level-jump, empty-heading,
 *   empty-section (the structure problems of check.ts); numbering (a numbering fault the importer
 *   found in the source); placeholder (an unfilled 【 】 / x / xx.x, or a 【 or 】 left unmatched);
 *   date-missing; date-format when the date cannot be read (23年6月8日: the export would print it
 *   as written); date-year (the 成文日期 is in a year the report cannot be dated in).
 * Warning: worth a look, but the program can be wrong or the export repairs it —
 *   section-wording and unknown-template (structure); date-format when the date can be read
 *   (2023年06月08日, 二〇二三年六月八日: the export prints it as 2023年6月8日); half-width-punctuation;
 *   title-year, section-year, stale-year, future-year (year consistency is a heuristic);
 *   heading-punctuation; enumeration (一是/二是 gaps); title-too-long.
 *
 * Offsets (start, end) are UTF-16 indices into the block's text, end exclusive.
 */

export type Severity = 'blocking' | 'warning';

export type FindingCode =
  | ProblemCode
  | 'numbering'
  | 'placeholder'
  | 'half-width-punctuation'
  | 'date-missing'
  | 'date-format'
  | 'date-year'
  | 'title-year'
  | 'section-year'
  | 'stale-year'
  | 'future-year'
  | 'heading-punctuation'
  | 'addressee-colon'
  | 'enumeration'
  | 'title-too-long';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Index of the block in document.blocks; absent for a finding about the whole document. */
  block?: number;
  /** Offsets in the block's text; absent for a finding about the whole block. */
  start?: number;
  end?: number;
  /** In Chinese: what and where, e.g. 第 12 段「…」：半角逗号「,」应为全角「，」. */
  message: string;
  /**
   * The correction the rule asks for, made in the document where the clerk sees it and can undo
   * it (never only in the export): characters start…end of the finding's block become `text`.
   */
  fix?: TextFix;
}

export interface TextFix {
  start: number;
  end: number;
  text: string;
}

export interface SubmissionCheckOptions {
  /** Numbering faults of the imported source, with indices into document.blocks. */
  numberingProblems?: readonly { block: number; message: string }[];
}

const STRUCTURE_SEVERITY: Record<ProblemCode, Severity> = {
  'missing-title': 'blocking',
  'missing-section': 'blocking',
  'duplicate-section': 'blocking',
  'section-order': 'blocking',
  'empty-section': 'blocking',
  'level-jump': 'blocking',
  'empty-heading': 'blocking',
  'section-wording': 'warning',
  'unknown-template': 'warning',
};

/** Block types that are printed; anything else (a reference note, say) is not checked. */
const PRINTED = new Set<string>(['title', 'addressee', 'paragraph', 'heading', 'attachment', 'signature', 'date']);

const where = (block: number) => `第 ${block + 1} 段`;

function clip(text: string, max = 16): string {
  const chars = [...text.trim()];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
}

/** The text around [start, end), for a message: 「…前后文…」. */
function excerpt(text: string, start: number, end: number, around = 8): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return `「${from > 0 ? '…' : ''}${text.slice(from, to).replace(/[\t\n\r]+/gu, ' ')}${to < text.length ? '…' : ''}」`;
}

/** Full-width digits read as ASCII, index for index (each is one UTF-16 unit). */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

// ---------------------------------------------------------------------------------------------
// Half-width punctuation

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const HALF_WIDTH_MARK = /[,:;()?!]/u;
const MARK_NAME: Record<string, string> = { ',': '逗号', ':': '冒号', ';': '分号', '(': '括号', ')': '括号', '?': '问号', '!': '叹号' };
/** Chinese context: hanzi, CJK and full-width punctuation, the Chinese dash and ellipsis. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef—…]/u;
const LETTER = /[A-Za-z]/u;
/** How far a mark's context is looked for, past digits, spaces, quotes and number signs. */
const REACH = 16;

type Side = 'cjk' | 'latin' | 'none';

function side(text: string, from: number, step: 1 | -1): Side {
  for (let i = from, n = 0; i >= 0 && i < text.length && n < REACH; i += step, n++) {
    const ch = text[i]!;
    if (ch === '\n') return 'none';
    if (CJK.test(ch)) return 'cjk';
    if (LETTER.test(ch)) return 'latin';
  }
  return 'none';
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

export interface HalfWidthMark {
  /** Index of the mark in the text. */
  index: number;
  mark: string;
  /** What it should be: ，：；（）？！ */
  fullWidth: string;
  /** For a bracket: the index of its partner, when the pair is matched. */
  pair?: number;
}

/**
 * The half-width , : ; ( ) ? ! of a text that stand in Chinese text (GB/T 15834 wants the
 * full-width marks there). A mark is in Chinese text when the nearest letter on either side
 * (past digits, spaces, quotes and signs such as % - .) is a hanzi or full-width mark. Never
 * flagged: a mark with Latin text on both sides (Hello, world), a thousands comma (1,000), a colon
 * between digits (3:1, 10:30, 1:500), anything inside a URL or e-mail address, and a matched
 * pair of brackets whose content has no Chinese character ((GDP), (R&D), (1), ISO (9001)); a
 * matched pair with Chinese inside is flagged whatever stands around it.
 *
 * `skip` ranges (placeholders, say) are left alone too. The optional normalisation of imported
 * text can reuse this: replace each mark with its fullWidth.
 */
export function findHalfWidthPunctuation(text: string, skip: readonly TextRange[] = []): HalfWidthMark[] {
  // Most paragraphs of a report have none of these marks at all: no need to look for URLs.
  if (!HALF_WIDTH_MARK.test(text)) return [];
  const guarded = [...protectedRanges(text), ...skip];
  const marks: HalfWidthMark[] = [];
  const paired = new Map<number, number>();
  // Match brackets first: a pair is judged by its content.
  for (const [start, end] of bracketPairs(text)) {
    paired.set(start, end);
    paired.set(end, start);
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const fullWidth = FULL_WIDTH[ch];
    if (!fullWidth || insideRanges(guarded, i)) continue;
    const pair = paired.get(i);
    let chinese: boolean;
    if (pair !== undefined) {
      const [from, to] = pair > i ? [i + 1, pair] : [pair + 1, i];
      chinese = /\p{Script=Han}/u.test(text.slice(from, to));
    } else {
      if (ch === ',' && isDigit(text[i - 1]) && /^\d{3}(?!\d)/u.test(text.slice(i + 1, i + 5))) continue;
      if (ch === ':' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      chinese = side(text, i - 1, -1) === 'cjk' || side(text, i + 1, 1) === 'cjk';
    }
    if (!chinese) continue;
    const mark: HalfWidthMark = { index: i, mark: ch, fullWidth };
    if (pair !== undefined) mark.pair = pair;
    marks.push(mark);
  }
  return marks;
}

function halfWidthFindings(text: string, block: number, skip: readonly TextRange[]): Finding[] {
  const findings: Finding[] = [];
  for (const m of findHalfWidthPunctuation(text, skip)) {
    if (m.pair !== undefined && m.pair < m.index) continue; // the pair is reported at its (
    if (m.pair !== undefined) {
      const content = clip(text.slice(m.index + 1, m.pair), 10);
      findings.push({
        code: 'half-width-punctuation',
        severity: 'warning',
        block,
        start: m.index,
        end: m.pair + 1,
        message: `${where(block)}${excerpt(text, m.index, m.index + 1)}：半角括号「(${content})」应为全角「（${content}）」`,
        fix: { start: m.index, end: m.pair + 1, text: `（${text.slice(m.index + 1, m.pair)}）` },
      });
      continue;
    }
    findings.push({
      code: 'half-width-punctuation',
      severity: 'warning',
      block,
      start: m.index,
      end: m.index + 1,
      message: `${where(block)}${excerpt(text, m.index, m.index + 1)}：半角${MARK_NAME[m.mark]}「${m.mark}」应为全角「${m.fullWidth}」`,
      fix: { start: m.index, end: m.index + 1, text: m.fullWidth },
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Placeholders

/** A 【 or 】 left over from a hole half filled or half deleted (【 10): it would go into the export. */
const STRAY: Record<string, string> = {
  '【': '「【」没有配对的「】」，待填处没有填完或括号多余',
  '】': '「】」没有配对的「【」，待填处没有填完或括号多余',
};

function placeholderFindings(text: string, block: number): Finding[] {
  return findPlaceholders(text).map((p) => ({
    code: 'placeholder',
    severity: 'blocking',
    block,
    start: p.start,
    end: p.end,
    message: `${where(block)}${excerpt(text, p.start, p.end)}：${p.kind === 'stray-bracket' ? STRAY[p.text] : `「${p.text}」还没有填写`}`,
  }));
}

// ---------------------------------------------------------------------------------------------
// Headings ending in punctuation, 一是/二是 sequences, the title's length

/** Marks a standalone heading (or the title) does not end with. ？ and ！ may end a heading. */
const TERMINAL = '。，；：、,;:．.';

function terminalPunctuation(text: string, block: number, kind: 'title' | 'heading' | 'attachment'): Finding | null {
  const trimmed = text.trimEnd();
  const last = trimmed[trimmed.length - 1];
  if (last === undefined || !TERMINAL.includes(last) || !trimmed.slice(0, -1).trim()) return null;
  const index = trimmed.length - 1;
  const rule = { title: '公文标题末尾不加标点', heading: '独占一行的标题末尾不加标点', attachment: '附件名称后不加标点符号（GB/T 9704 7.3.4）' }[kind];
  return {
    code: 'heading-punctuation',
    severity: 'warning',
    block,
    start: index,
    end: index + 1,
    message: `${where(block)}${{ title: '标题', heading: '章节标题', attachment: '附件名称' }[kind]}「${clip(trimmed, 40)}」：${rule}，应删去「${last}」`,
    fix: { start: index, end: index + 1, text: '' },
  };
}

/** 主送机关 ends with a full-width colon (GB/T 9704 7.3.2); the export prints the line as written. */
function addresseeColon(text: string, block: number): Finding | null {
  const trimmed = text.trimEnd();
  // A half-width : is the half-width rule's to report (and fix).
  if (!trimmed.trim() || /[：:]$/u.test(trimmed)) return null;
  const start = trimmed.length;
  return {
    code: 'addressee-colon',
    severity: 'warning',
    block,
    start,
    end: text.length,
    message: `${where(block)}主送机关「${clip(trimmed, 30)}」：末尾应为全角冒号「：」（GB/T 9704 7.3.2）`,
    fix: { start, end: text.length, text: '：' },
  };
}

const ENUMERATOR = /(?<=^|[。；;，,：:！？!?、\s）)”’])([一二三四五六七八九十]{1,3})是/gu;
const numeral = (n: number) => '零一二三四五六七八九十'[n] ?? String(n);
const enumeratorName = (n: number) => `「${n <= 10 ? numeral(n) : `十${numeral(n - 10)}`}是」`;

/**
 * 一是 / 二是 / 三是 … within a paragraph, continued across the paragraphs that follow it until the
 * next heading (one item a paragraph is common): a number may follow the one before it, or start
 * again at 一是. A gap (一是…三是), a repeat (二是…二是) or a step back is a finding. An item
 * starts a clause (after 。；，：、 or at the start); 统一是, 唯一是, 第三是 and the idiom 一是一、二是二
 * are not items.
 */
function enumerationFindings(blocks: readonly Block[]): Finding[] {
  const findings: Finding[] = [];
  let last = 0;
  blocks.forEach((block, b) => {
    if (!PRINTED.has(block.type)) return;
    if (block.type !== 'paragraph') last = 0;
    if (block.type !== 'paragraph' && !(isHeading(block) && block.runIn)) return;
    const text = blockText(block);
    for (const m of text.matchAll(ENUMERATOR)) {
      const value = parseChineseNumeral(m[1]!);
      if (!(value >= 1 && value <= 20)) continue;
      const start = m.index;
      const end = start + m[0].length;
      // 一是一、二是二 (an idiom: things as they are), not a list.
      if (text.startsWith(m[1]!, end) && /^(?:[，、,；;。\s]|$)/u.test(text.slice(end + m[1]!.length))) continue;
      const here = `${where(b)}${excerpt(text, start, end)}：`;
      if (value === 1 || value === last + 1) {
        last = value;
        continue;
      }
      let message: string;
      if (value > last + 1) {
        const missing = [];
        for (let k = last + 1; k < value; k++) missing.push(enumeratorName(k));
        message = `${here}${enumeratorName(value)}之前缺少${missing.join('')}`;
      } else if (value === last) {
        message = `${here}${enumeratorName(value)}重复`;
      } else {
        message = `${here}${enumeratorName(value)}排在${enumeratorName(last)}之后，顺序颠倒`;
      }
      findings.push({ code: 'enumeration', severity: 'warning', block: b, start, end, message });
      last = value;
    }
  });
  return findings;
}

function titleLengthFinding(text: string, block: number, organ: string): Finding | null {
  const lines = titleLines(text, organ);
  if (lines.length <= 3) return null;
  return {
    code: 'title-too-long',
    severity: 'warning',
    block,
    message: `${where(block)}标题「${clip(text, 20)}」按每行 20 字要排 ${lines.length} 行，超过三行，应当精简`,
  };
}

// ---------------------------------------------------------------------------------------------
// 成文日期 (GB/T 9704 7.3.5.4) and year consistency

const STANDARD_DATE = /^(\d{4})年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日$/u;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?=\s*年)/gu;

/**
 * The years named in a text (YYYY年, with ASCII or full-width digits), with the span up to and
 * including 年. The end of a range (2021—2025年) is not a year of its own.
 */
function yearMentions(text: string): { year: number; start: number; end: number }[] {
  const plain = asciiDigits(text);
  const out: { year: number; start: number; end: number }[] = [];
  for (const m of plain.matchAll(YEAR)) {
    if (/\d{4}\s*[-—–~～至到]\s*$/u.test(plain.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ year: Number(m[1]), start: m.index, end: plain.indexOf('年', m.index) + 1 });
  }
  return out;
}

interface ReportYear {
  year: number;
  /** Where it was read: the title or the document's own settings. */
  from: string;
}

function reportYear(document: GongwenDocument, title: string): ReportYear | null {
  const m = /(?<!\d)((?:19|20)\d{2})(?=\s*年)/u.exec(asciiDigits(title));
  if (m) return { year: Number(m[1]), from: '标题' };
  const { year } = document.meta;
  return Number.isInteger(year) && year >= 1900 && year <= 2199 ? { year, from: '文档信息' } : null;
}

/** A plan rather than a report on the past: 工作要点, a 计划 or 方案 without a 总结. */
function isForward(title: string): boolean {
  return /要点|计划|规划|方案|打算|安排/u.test(title) && !/总结|完成情况|述职/u.test(title);
}

/**
 * The years a 成文日期 may carry. A plan (工作要点, a 计划 without a 总结) is dated late the year
 * before or in its year; a report on a half year in that year; any other report in its year or
 * early the next.
 */
function dateYears(title: string, year: number): number[] {
  if (isForward(title)) return [year - 1, year];
  if (/上半年/u.test(title) && !/全年|年度工作总结/u.test(title)) return [year];
  return [year, year + 1];
}

function dateFindings(document: GongwenDocument, reportYearOf: ReportYear | null, title: string): Finding[] {
  const { blocks, meta } = document;
  const dateIndex = blocks.findIndex((b) => b.type === 'date');
  const blockDate = dateIndex >= 0 ? blockText(blocks[dateIndex]!).trim() : '';
  // The date printed is the date line as written.
  const text = blockDate;
  const at = dateIndex >= 0 ? { block: dateIndex } : {};
  const prefix = dateIndex >= 0 ? `${where(dateIndex)}` : '';
  if (!text) {
    if (dateIndex < 0) return [];
    // The date the document was created with, offered back where the clerk emptied the line.
    const known = parseDate(meta.date);
    const fill = known ? standardDate(known) : '';
    const line = blockText(blocks[dateIndex]!);
    return [{ code: 'date-missing', severity: 'blocking', ...at, message: `${prefix}成文日期还没有填写${fill ? `（可填入「${fill}」）` : ''}`, ...(fill ? { fix: { start: 0, end: line.length, text: fill } } : {}) }];
  }
  // An unfilled date (xxxx年x月x日) is listed as placeholders.
  if (blockDate && findPlaceholders(blockDate).length) return [];
  const findings: Finding[] = [];
  const plain = asciiDigits(text);
  const parsed = parseDate(text);
  const standard = STANDARD_DATE.test(text) && parsed !== null;
  if (!standard) {
    const rule = 'GB/T 9704 7.3.5.4 要求用阿拉伯数字、年份写全、月日不编虚位';
    findings.push(
      parsed
        ? { code: 'date-format', severity: 'warning', ...at, message: `${prefix}成文日期「${text}」不合规范（${rule}），应写成「${standardDate(parsed)}」`, fix: { start: 0, end: blockText(blocks[dateIndex]!).length, text: standardDate(parsed) } }
        : { code: 'date-format', severity: 'blocking', ...at, message: `${prefix}成文日期「${text}」不合规范（${rule}），应写成「2023年7月10日」的形式` },
    );
  }
  const year = parsed?.year ?? Number(/^(\d{4})\s*年/u.exec(plain)?.[1] ?? NaN);
  if (reportYearOf && Number.isFinite(year)) {
    const allowed = dateYears(title, reportYearOf.year);
    if (!allowed.includes(year)) {
      findings.push({
        code: 'date-year',
        severity: 'blocking',
        ...at,
        message: `${prefix}成文日期「${text}」是 ${year} 年，与${reportYearOf.from}的报告年度 ${reportYearOf.year} 年不符（应为 ${allowed.join(' 或 ')} 年）`,
      });
    }
  }
  return findings;
}

type Context = 'retro' | 'plan' | 'other';

const PLAN_WORDS = /计划|打算|安排|思路|目标|任务|举措|下一步|要点/u;
const RETRO_WORDS = /完成情况|总结|成效|成绩|做法|存在|问题|不足|困难|回顾|开展情况|推进情况|落实情况/u;

function sectionContext(block: Block): Context {
  if (!isHeading(block)) return 'other';
  if (block.section === 'done' || block.section === 'problems') return 'retro';
  if (block.section === 'plan') return 'plan';
  const text = blockText(block);
  if (PLAN_WORDS.test(text)) return 'plan';
  if (RETRO_WORDS.test(text)) return 'retro';
  return 'other';
}

/**
 * Year consistency, against the report year Y (the first year in the title, else the document's
 * year setting):
 * - title-year: a further year in the title that is neither Y nor Y+1 (2023年工作总结和2023年工作计划
 *   is fine, …和2025年工作计划 is not).
 * - section-year: a year in a level-1 heading or required section's heading that is neither Y nor
 *   Y+1 (2022年工作完成情况 left over in a 2023 report).
 * - stale-year: 「(Y−1)年以来」 anywhere — what last period's report said for 今年以来. Earlier years
 *   (2018年以来) are long-range statements and pass; 上年 / 去年 pass.
 * - future-year: a time that has already passed but is later than Y — 「YYYY年以来」, 截至/截止
 *   YYYY年, or a sentence opening with 「YYYY年，」 — with YYYY > Y, in the opening paragraphs or a
 *   section that reports on the past (工作完成情况, 存在的问题); plan sections and forward-looking
 *   documents (工作要点) name later years as a matter of course.
 */
function yearFindings(document: GongwenDocument, y: ReportYear, title: string, titleIndex: number): Finding[] {
  const findings: Finding[] = [];
  const { year } = y;
  const known = `${y.from}的报告年度 ${year} 年`;
  if (titleIndex >= 0) {
    for (const mention of yearMentions(title).slice(1)) {
      if (mention.year === year || mention.year === year + 1) continue;
      findings.push({
        code: 'title-year',
        severity: 'warning',
        block: titleIndex,
        start: mention.start,
        end: mention.end,
        message: `${where(titleIndex)}标题中的「${mention.year}年」与报告年度 ${year} 年不符（应为 ${year} 或 ${year + 1} 年）`,
      });
    }
  }
  const forward = isForward(title);
  let context: Context = forward ? 'other' : 'retro';
  document.blocks.forEach((block, b) => {
    if (!PRINTED.has(block.type)) return;
    if (isHeading(block) && block.level === 1) context = forward ? 'other' : sectionContext(block);
    if (block.type !== 'paragraph' && block.type !== 'heading') return;
    const text = blockText(block);
    const plain = asciiDigits(text);
    if (isHeading(block) && (block.level === 1 || block.section !== undefined)) {
      for (const mention of yearMentions(text)) {
        if (mention.year === year || mention.year === year + 1) continue;
        findings.push({
          code: 'section-year',
          severity: 'warning',
          block: b,
          start: mention.start,
          end: mention.end,
          message: `${where(b)}章节标题「${clip(text, 20)}」中的「${mention.year}年」与${known}不符`,
        });
      }
      return;
    }
    for (const m of plain.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年以来/gu)) {
      const value = Number(m[1]);
      const span = { block: b, start: m.index, end: m.index + m[0].length };
      if (value === year - 1) {
        findings.push({
          code: 'stale-year',
          severity: 'warning',
          ...span,
          message: `${where(b)}${excerpt(text, span.start, span.end)}：${known}，「${value}年以来」是否为上期报告的遗留（应为「${year}年以来」或「今年以来」）？`,
        });
      } else if (value > year && context === 'retro') {
        findings.push({ code: 'future-year', severity: 'warning', ...span, message: `${where(b)}${excerpt(text, span.start, span.end)}：「${value}年以来」晚于${known}` });
      }
    }
    if (context !== 'retro') return;
    const past = /(?:(?:截至|截止)(?:到)?\s*((?:19|20)\d{2})\s*年)|(?:(?<=^|[。；;！？!?\n]\s*)((?:19|20)\d{2})\s*年\s*[，,])/gu;
    for (const m of plain.matchAll(past)) {
      const value = Number(m[1] ?? m[2]);
      if (value <= year) continue;
      const span = { block: b, start: m.index, end: m.index + m[0].length };
      findings.push({ code: 'future-year', severity: 'warning', ...span, message: `${where(b)}${excerpt(text, span.start, span.end)}：写的是 ${value} 年已发生的事，晚于${known}` });
    }
  });
  return findings;
}

// ---------------------------------------------------------------------------------------------

/** Every finding of the pre-submission check, sorted by block, then by offset. */
export function checkSubmission(document: GongwenDocument, options: SubmissionCheckOptions = {}): Finding[] {
  const { blocks, meta } = document;
  const findings: Finding[] = [];

  for (const problem of checkStructure(document)) {
    const finding: Finding = { code: problem.code, severity: STRUCTURE_SEVERITY[problem.code], message: problem.message };
    if (problem.block !== undefined) {
      finding.block = problem.block;
      if (!problem.message.startsWith('第 ') && problem.code !== 'missing-title') finding.message = `${where(problem.block)}：${problem.message}`;
    }
    findings.push(finding);
  }

  for (const problem of options.numberingProblems ?? []) {
    const block = blocks[problem.block];
    const finding: Finding = { code: 'numbering', severity: 'blocking', message: problem.message };
    if (block) {
      finding.block = problem.block;
      finding.message = `${where(problem.block)}「${clip(blockText(block), 12)}」：${problem.message}`;
    }
    findings.push(finding);
  }

  blocks.forEach((block, b) => {
    if (!PRINTED.has(block.type)) return;
    const text = blockText(block);
    const placeholders = placeholderFindings(text, b);
    findings.push(...placeholders);
    findings.push(...halfWidthFindings(text, b, placeholders.map((p) => ({ start: p.start!, end: p.end! }))));
    if (block.type === 'title') {
      const punctuation = terminalPunctuation(text, b, 'title');
      if (punctuation) findings.push(punctuation);
      const length = titleLengthFinding(text, b, meta.organ);
      if (length) findings.push(length);
    }
    if (block.type === 'addressee') {
      const colon = addresseeColon(text, b);
      if (colon) findings.push(colon);
    }
    if ((isHeading(block) && !block.runIn) || block.type === 'attachment') {
      const punctuation = terminalPunctuation(text, b, block.type === 'attachment' ? 'attachment' : 'heading');
      if (punctuation) findings.push(punctuation);
    }
  });

  findings.push(...enumerationFindings(blocks));

  const titleIndex = blocks.findIndex((b) => b.type === 'title');
  const title = titleIndex >= 0 ? blockText(blocks[titleIndex]!) : '';
  const year = reportYear(document, title);
  findings.push(...dateFindings(document, year, title));
  if (year) findings.push(...yearFindings(document, year, title, titleIndex));

  return sortFindings(findings);
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => (a.finding.block ?? -1) - (b.finding.block ?? -1) || (a.finding.start ?? -1) - (b.finding.start ?? -1) || a.i - b.i)
    .map(({ finding }) => finding);
}

/** Whether any finding blocks submission (`gongwen check` exits 1). */
export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'blocking');
}
