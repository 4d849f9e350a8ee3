import { isDateLine } from './date-line.ts';
import { ADDRESSEE_WORDS } from './addressee.ts';
import { parseLabel } from './labels.ts';
import type { Line } from './line-repair.ts';
import type { DropList, SourceLine } from './source-lines.ts';
import { trimEdges } from './trim-edges.ts';
import { DOC_NUMBER, cleanTitle, titleCore } from './title-decoration.ts';

const HAN = /\p{Script=Han}/u;
/** How titles end: the kind of document (these also end subheadings: 情况, 工作, 思路). */
const DOC_KIND_END = /(?:报告|总结|计划|要点|打算|意见|通知|方案|安排|请示|函|纪要|汇报|讲话|规划|决定|通报|情况|公告|说明|办法|细则|批复|建议|思路|工作)$/u;
/** How titles end and subheadings seldom do. */
const TITLE_KINDS = '报告|总结|计划|要点|打算|意见|通知|方案|安排|请示|函|纪要|汇报|讲话|规划|决定|通报|公告|办法|细则|批复|谋划';
const TITLE_KIND_END = new RegExp(`(?:${TITLE_KINDS})$`, 'u');
/** A title's second line that continues the first: 和下半年工作打算, 及2024年工作计划, 的报告. */
const TITLE_CONTINUES = /^(?:和|及|与|暨|以及|并|的|之|——|—)/u;
/** Lines before a title that are a site's or a letterhead's, not the title's first half. */
const NOT_TITLE_START = /(?:网站|网|文件|门户|平台|频道|专栏|栏目|首页|主页)$/u;
/** Sentence marks: a line with one (a slogan, 您身边的科技专家！) is not half a title. */
const SENTENCE_MARK = /[。，,；;！!？?]/u;
const TITLE_ZONE = 40;
const MAX_TITLE = 60;
const GLUED_TITLE = /^([^\s。，,；;：:！!？?]{4,60})[ \t\u3000]+(?=\S)/u;
/** A compilation site's piece mark after a title: 篇1, （篇1）, 【3篇】, （精选7篇）. */
const PIECE_MARK = '[ \\t\\u3000]*(?:[（(【]?(?:精选)?[一二三四五六七八九十0-9]*篇[一二三四五六七八九十0-9]*[）)】]?)?';
/**
 * A title glued to what follows it in a text without line breaks: after the start or a sentence
 * end, a phrase ending like a title (a piece mark may follow), then the body's first label 一、,
 * a subtitle's dash (——在…会议上), a year (2023年, 20XX年), a sentence opener (为, 根据, 今年以来 …) or the addressee (市人民政府：).
 * The phrase holds no 一、: that starts the body's first heading (…工作安排一、上半年工作总结2024年…).
 */
const TITLE_BEFORE_BODY = new RegExp(
  `(?:^|[。！？!?])[ \\t\\u3000]*((?:(?![一二三四五六七八九十]{1,3}、)[^\\s。，,；;：:！!？?>＞]){2,58}(?:${TITLE_KINDS})${PIECE_MARK})` +
    `(?=[ \\t\\u3000]*(?:——|[一1][、.．]|[（(][一1][）)]|\\d{4}年|20[Xx×]{2}年|今年以来|近年来|为|根据|按照|按|现将|[^\\s。；;！!？?：:]{0,38}?(?:${ADDRESSEE_WORDS})[：:]))`,
  'u',
);
const GLUED_ZONE = 300;
/** How many lines a site's teaser may take between a title and its copy at the piece's start. */
const TEASER_LINES = 4;

function isBodyStart(line: Line): boolean {
  const text = line.text;
  if (line.hint?.alignment === 'center' && text.length <= MAX_TITLE && !parseLabel(text)) return false;
  if (parseLabel(text) !== null || /[。；;！!？?]/u.test(text) || /[：:]$/u.test(text) || isDateLine(text) || !HAN.test(text)) return true;
  if (/[，,]/u.test(text) && text.length > 25) return true;
  // A long line is body text, unless it ends like a title (关于…的报告 may run to 60 characters).
  return text.length > MAX_TITLE || (text.length > 40 && !DOC_KIND_END.test(text));
}

/**
 * A body start that a site's furniture cannot be: a label, a sentence, the addressee, a long
 * line. Lines with ！ (and no 。), dates and lines without Chinese may be a page's slogan,
 * greeting, posting date or menu before the title, so a title may still follow them.
 */
function isSureBodyStart(line: Line): boolean {
  const text = line.text;
  if (!isBodyStart(line)) return false;
  if (parseLabel(text) !== null || text.includes('。') || /[：:]$/u.test(text) || text.length > MAX_TITLE) return true;
  return HAN.test(text) && !isDateLine(text) && !/[！!]/u.test(text);
}

/** The last line before `end` that names a kind of document (…报告, …计划（精选3篇）) and is no body start. */
function lastTitleKind(lines: readonly SourceLine[], end: number): number {
  for (let i = end - 1; i >= 0; i--) if (!isBodyStart(lines[i]!) && TITLE_KIND_END.test(titleCore(lines[i]!.text))) return i;
  return -1;
}

/**
 * The title among the lines before the body, and the body after it with copies of the title
 * dropped (see recognise.ts, pass 3). `fileTitles`: titles taken from 文库 file names, for a text
 * without title-like lines.
 */
export function findTitle(source: readonly SourceLine[], fileTitles: readonly string[], dropped: DropList): { title: string | null; body: SourceLine[] } {
  const lines = joinWrappedTail(source);
  // Title: the last title-like line before the body that ends like a title (or the last one);
  // short lines between it and the body (an author, a date in brackets) stay as paragraphs.
  const zone = Math.min(lines.length, TITLE_ZONE);
  let bodyStart = 0;
  while (bodyStart < zone && !isBodyStart(lines[bodyStart]!)) bodyStart++;
  if (bodyStart >= TITLE_ZONE) bodyStart = 0;
  let sureStart = bodyStart;
  while (sureStart < zone && !isSureBodyStart(lines[sureStart]!)) sureStart++;
  // A title after a page's slogan, posting date or menu: the furniture before it is dropped.
  let last = sureStart < zone ? lastTitleKind(lines, sureStart) : -1;
  if (last >= bodyStart) bodyStart = last + 1;
  else last = -1;
  let title: string | null = null;
  if (bodyStart > 0) {
    const lastEnding = (re: RegExp) => {
      for (let i = bodyStart - 1; i >= 0; i--) if (re.test(titleCore(lines[i]!.text))) return i;
      return -1;
    };
    if (last < 0) last = lastEnding(TITLE_KIND_END);
    if (last < 0) last = lastEnding(DOC_KIND_END);
    // No line names a kind of document: the line before the body, unless it is a sentence.
    if (last < 0 && !SENTENCE_MARK.test(lines[bodyStart - 1]!.text)) last = bodyStart - 1;
  }
  if (last >= 0) {
    // The lines of one source paragraph (a title broken with line breaks, as Word and the
    // exporter write it) are one title, whatever each line ends with.
    let first = last;
    while (first > 0 && lines[first - 1]!.source === lines[last]!.source) first--;
    while (last + 1 < bodyStart && lines[last + 1]!.source === lines[last]!.source) last++;
    title = lines
      .slice(first, last + 1)
      .map((line) => line.text)
      .join('');
    bodyStart = last + 1;
    while (first > 0 && last - first < 2) {
      const before = lines[first - 1]!;
      if (before.source !== lines[first]!.source - 1 || !DOC_KIND_END.test(titleCore(title))) break;
      // 某局2023年工作总结 / 和2024年工作计划: a line that ends like a title joins one that continues it.
      if (DOC_KIND_END.test(titleCore(before.text)) && !TITLE_CONTINUES.test(lines[first]!.text)) break;
      if (isBodyStart(before) || NOT_TITLE_START.test(before.text) || DOC_NUMBER.test(before.text) || SENTENCE_MARK.test(before.text)) break;
      if ((before.text + title).length > MAX_TITLE) break;
      title = before.text + title;
      first--;
    }
    dropped.lines(lines.slice(0, first));
    title = cleanTitle(title);
  } else if (fileTitles.length) {
    title = fileTitles[fileTitles.length - 1]!;
  }
  let body: SourceLine[] = lines.slice(bodyStart);
  // The text's own title at the start of its first line, glued to its first heading, names it
  // better than the page's listing above it (区政府XX年工作报告 / 格式:docx / XX开发区…工作总结一、…).
  const own = title !== null && body[0] ? TITLE_BEFORE_BODY.exec(body[0].text.slice(0, GLUED_ZONE)) : null;
  if (own && own.index === 0 && /^[ \t\u3000]*[一1][、.．]/u.test(body[0]!.text.slice(own[0].length)) && squash(titleCore(own[1]!)) !== squash(titleCore(title!))) {
    dropped.add(body[0]!.source, title!);
    title = null;
  }
  if (title === null && body[0]) {
    // A text flattened to one line starts with its title, then white space: 某某街道2023年工作总结 2023年，…
    const glued = GLUED_TITLE.exec(body[0].text);
    const before = TITLE_BEFORE_BODY.exec(body[0].text.slice(0, GLUED_ZONE));
    if (glued && DOC_KIND_END.test(glued[1]!) && !parseLabel(glued[1]!)) {
      title = glued[1]!;
      body[0] = { ...body[0], text: body[0].text.slice(glued[0].length) };
    } else if (before && !parseLabel(before[1]!)) {
      // What comes before such a title in the same line is a site's: its name, an intro.
      const end = before.index + before[0].length;
      const head = body[0].text.slice(0, end - before[1]!.length);
      if (head.trim()) dropped.add(body[0].source, head);
      title = trimEdges(before[1]!.replace(new RegExp(`${PIECE_MARK}$`, 'u'), ''));
      body[0] = { ...body[0], text: trimEdges(body[0].text.slice(end)) };
    }
  }

  if (title) {
    const key = squash(title);
    const core = squash(titleCore(title));
    const isCopy = (text: string) => squash(text) === key || squash(titleCore(text)) === core;
    // A compilation page: its title, a teaser, then the piece under the title again (…篇1).
    // The piece's title differs in its decoration (4篇 → 篇1); an identical one is a page header.
    const again = body.slice(0, TEASER_LINES).findIndex((line) => squash(line.text) !== key && isCopy(line.text));
    if (again > 0 && !body.slice(0, again).some((line) => parseLabel(line.text))) {
      dropped.lines(body.slice(0, again));
      body = body.slice(again);
    }
    let copyBefore = false;
    body = body.flatMap((line) => {
      if (isCopy(line.text)) {
        dropped.add(line.source, line.text);
        copyBefore = true;
        return [];
      }
      const kept = copyBefore ? { ...line, breakBefore: true } : line;
      copyBefore = false;
      return [kept];
    });
    const first = body[0];
    const after = first ? afterTitleCopy(first.text, title) : null;
    if (first && after !== null) {
      dropped.add(first.source, first.text.slice(0, first.text.length - after.length));
      if (after) body[0] = { ...first, text: after };
      else body.shift();
    }
  }
  return { title, body };
}

/** A PDF line wrapped a word or two before its end: the line it wraps is long and has no sentence end. */
const WRAPPED_TAIL = /^[\p{Script=Han}]{1,2}[。]?$/u;
const WRAPPED_MIN = 12;

/** A line that ends where a line may end: a sentence, a colon, a title's kind (…的报告 / 正文。). */
function wrapEnds(text: string): boolean {
  return SENTENCE_MARK.test(text) || /[：:]$/u.test(text) || TITLE_KIND_END.test(titleCore(text));
}

/**
 * A PDF copy wraps a long line where the page's width ends, leaving a line of one or two
 * characters (…2023年工作计 / 划): in the title zone, such a tail is joined back to its line, so
 * the title ends as written (…工作计划) and a copy of it (…计 / 划。) is told apart as a sentence.
 */
function joinWrappedTail(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const [i, line] of lines.entries()) {
    const previous = out[out.length - 1];
    if (i < TITLE_ZONE && previous && WRAPPED_TAIL.test(line.text) && previous.text.length >= WRAPPED_MIN && !wrapEnds(previous.text) && !parseLabel(line.text)) {
      out[out.length - 1] = { ...previous, text: previous.text + line.text, repaired: true };
      continue;
    }
    out.push(line);
  }
  return out;
}

function squash(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/**
 * The text after a copy of the title at its start, or null when it does not start with one. The
 * copy may have lost up to two characters at its end to OCR (计划 → 计戈IJ): they are skipped, with
 * any Latin letters after them.
 */
export function afterTitleCopy(text: string, title: string): string | null {
  const target = squash(title);
  let i = 0;
  let k = 0;
  while (i < text.length && k < target.length) {
    if (/[\s\u3000]/u.test(text[i]!)) {
      i++;
      continue;
    }
    if (text[i] !== target[k]) break;
    i++;
    k++;
  }
  const missing = target.length - k;
  if (k < 8 || missing > 2) return null;
  if (missing > 0) {
    i += missing;
    while (i < text.length && /[A-Za-z]/u.test(text[i]!)) i++;
  }
  return trimEdges(text.slice(i));
}
