import { fileNameTitle, furnitureKind, isTrailer, stripGluedFurniture } from './furniture.ts';
import { parseBareLabel, parseLabel } from './labels.ts';
import { assignLevels, type LevelInput } from './levels.ts';
import { collapseInnerSpaces, DATE, endsSentence, isDateLine, joinHardBreaks, removePageMarkers, splitLostBreaks, type Line } from './line-repair.ts';
import { findNumberingProblems } from './numbering-problems.ts';
import type { Recognised, RecognisedBlock } from './recognised.ts';
import { splitHeading, type HeadingSplit } from './run-in-boundary.ts';
import { looksLikeRequiredSection } from './section-wording.ts';
import type { SourceParagraph } from './source.ts';

/**
 * Paragraphs as they come (a web page, a 文库 PDF extraction, a .docx) → the report's outline:
 * title, addressee, headings with levels, paragraphs, signature and date, with the site furniture
 * around them dropped and the source's numbering faults listed. The passes, in order:
 *
 * 1. furniture: glued-in markers (下载后可任意编辑, 第1页 共4页) are cut out of lines; whole lines
 *    of furniture (breadcrumbs, metadata fields, page numbers, 文库 banners, file names) dropped;
 *    from a footer line (免责声明, 文件下载, 配套讲稿, …) in the second half of the text on,
 *    everything is dropped unless a heading follows;
 * 2. page markers `2、` `3、` glued to the start of PDF pages (line-repair.ts);
 * 3. the title: of the short lines before the body starts, the last that ends like a title
 *    (…报告, …总结, …要点; site names and repeated page titles come before it, an author line
 *    may follow it), joined with the line before it when that one does not end like a title or
 *    the title continues it (和…, 及…: a title broken over two lines); without such lines, a 文库
 *    file name, or the start of a one-line text up to its first space; later copies are
 *    dropped, and a copy glued to the start of the first paragraph is cut off (allowing OCR
 *    damage in its last two characters);
 * 4. the end: a date line near the end (2023年6月28日, 二〇二三年六月二十八日, kept as written) and a
 *    short line before it (the signature); what follows the date is dropped;
 * 5. the addressee: a short line ending in ：right after the title (市政府办公厅：);
 * 6. line repair: hard breaks joined, lost breaks split at labels (line-repair.ts);
 * 7. headings: a label at the start of a paragraph (labels.ts) makes a heading; its text is split
 *    into heading sentence and body (run-in-boundary.ts); levels from label families and
 *    context (levels.ts); numbering faults (numbering-problems.ts).
 * 一是…二是… and numbers inside sentences are never labels: only a paragraph's start is read.
 */

const TRIM = /^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$/gu;
const HAN = /\p{Script=Han}/u;
/** How titles end: the kind of document (these also end subheadings: 情况, 工作, 思路). */
const DOC_KIND_END = /(?:报告|总结|计划|要点|打算|意见|通知|方案|安排|请示|函|纪要|汇报|讲话|规划|决定|通报|情况|公告|说明|办法|细则|批复|建议|思路|工作)$/u;
/** How titles end and subheadings seldom do. */
const TITLE_KIND_END = /(?:报告|总结|计划|要点|打算|意见|通知|方案|安排|请示|函|纪要|汇报|讲话|规划|决定|通报|公告|办法|细则|批复)$/u;
/** A title's second line that continues the first: 和下半年工作打算, 及2024年工作计划, 的报告. */
const TITLE_CONTINUES = /^(?:和|及|与|暨|以及|并|的|之|——|—)/u;
/** Lines before a title that are a site's or a letterhead's, not the title's first half. */
const NOT_TITLE_START = /(?:网站|网|文件|门户|平台|频道|专栏|栏目|首页|主页)$/u;
const TITLE_ZONE = 40;
const MAX_TITLE = 60;
const END_ZONE = 12;
/** …。宣城市科技局 2023年6月28日 at the end of a one-line text. */
const GLUED_END = new RegExp(`(?<=[。！？!?”])[ \\t\\u3000]*(?:([^\\s。！？!?，,；;：:“”]{2,30})[ \\t\\u3000]+)?(${DATE})$`, 'u');
export const ATTACHMENT_NOTE = /^附[ \t\u3000]*件[ \t\u3000]*[：:]/u;
const ATTACHMENT_NUMBER = /^([0-9０-９]{1,2})[ \t\u3000]*[.．、]/u;
/** 附件：1.名称: the number of the first name. */
const ATTACHMENT_NOTE_NUMBER = /^附[ \t\u3000]*件[ \t\u3000]*[：:][ \t\u3000]*([0-9０-９]{1,2})[ \t\u3000]*[.．、]/u;
const GLUED_TITLE = /^([^\s。，,；;：:！!？?]{4,60})[ \t\u3000]+(?=\S)/u;
const OPENING_WORDS = /如下|以下|现将|根据|为了|按照|为此|具体|内容|情况|报告|汇报/u;

/** 12 or １２ → 12. */
function digitsValue(digits: string): number {
  return Number(digits.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
}

interface SourceLine extends Line {
  /** Index of the source paragraph, to tell lines that were adjacent in the source. */
  source: number;
}

function isBodyStart(line: Line): boolean {
  const text = line.text;
  if (line.hint?.alignment === 'center' && text.length <= MAX_TITLE && !parseLabel(text)) return false;
  if (parseLabel(text) !== null || /[。；;！!？?]/u.test(text) || /[：:]$/u.test(text) || isDateLine(text) || !HAN.test(text)) return true;
  if (/[，,]/u.test(text) && text.length > 25) return true;
  // A long line is body text, unless it ends like a title (关于…的报告 may run to 60 characters).
  return text.length > MAX_TITLE || (text.length > 40 && !DOC_KIND_END.test(text));
}

function isSignatureLine(line: Line): boolean {
  const text = line.text;
  return text.length <= 30 && HAN.test(text) && !marksHeading(line) && !parseLabel(text) && !/[。，,；;：:！!？?]/u.test(text) && !isDateLine(text);
}

/**
 * Whether body[i] is a line of the 附件说明: 附件：名称, or a numbered name under it (2.2023年项目清单
 * has no label that parseLabel reads, but is no signature either).
 */
function inAttachmentNote(body: readonly Line[], i: number): boolean {
  for (let k = i; k >= 0; k--) {
    const text = body[k]!.text;
    if (ATTACHMENT_NOTE.test(text)) return true;
    if (!ATTACHMENT_NUMBER.test(text) || text.includes('。')) return false;
  }
  return false;
}

const ORGAN_END = /(?:局|委|办|厅|部|院|会|处|室|中心|政府|公司|所|站|队|馆|学校|大学|学院|街道|镇|乡|村|社区|集团|协会|署|司|小组|支部|党委|党组|工会|团委|妇联)$/u;

/**
 * Whether the last line, a short line without punctuation, is a signature without a date after
 * it: the source sets it right-aligned, or it names an organ and follows the end of a sentence
 * or the 附件说明.
 */
function undatedSignature(body: readonly Line[]): boolean {
  const last = body[body.length - 1]!;
  if (last.hint?.alignment === 'right') return true;
  return ORGAN_END.test(last.text) && (endsSentence(body[body.length - 2]!.text) || inAttachmentNote(body, body.length - 2));
}

function isAddressee(text: string): boolean {
  return /^[^。；;！!？?]{2,50}[：:]$/u.test(text) && !parseLabel(text) && !OPENING_WORDS.test(text);
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
  return text.slice(i).replace(TRIM, '');
}

/** The furniture as Recognised holds it, with the body lines still to read. */
interface Parts extends Pick<Recognised, 'title' | 'addressee' | 'signature' | 'date' | 'dropped'> {
  body: Line[];
}

/** Dropped text, listed in the order of the source. */
class DropList {
  private readonly items: { source: number; text: string }[] = [];

  add(source: number, text: string): void {
    const trimmed = text.replace(TRIM, '');
    if (trimmed) this.items.push({ source, text: trimmed });
  }

  lines(lines: readonly SourceLine[]): void {
    for (const line of lines) this.add(line.source, line.text);
  }

  list(): string[] {
    return this.items.sort((a, b) => a.source - b.source).map((item) => item.text);
  }
}

function sourceLines(paragraphs: readonly SourceParagraph[], dropped: DropList): SourceLine[] {
  const lines: SourceLine[] = [];
  paragraphs.forEach((paragraph, source) => {
    const listLabel = paragraph.hint?.listLabel?.trim();
    for (const [k, piece] of paragraph.text.split('\n').entries()) {
      let text = piece.replace(TRIM, '');
      // Word's list numbering, shown before the text, counts as if typed (bullets do not).
      if (k === 0 && listLabel && parseBareLabel(listLabel) && !text.startsWith(listLabel)) text = listLabel + text;
      const glued = stripGluedFurniture(text);
      for (const removed of glued.removed) dropped.add(source, removed);
      // A line break inside a source paragraph: the hints are the first line's (a table row's, all).
      const hint = k === 0 || paragraph.hint?.tableRow ? paragraph.hint : undefined;
      if (glued.text) lines.push({ text: glued.text, hint, source });
    }
  });
  return lines;
}

function withoutFurniture(lines: readonly SourceLine[], dropped: DropList, fileTitles: string[]): SourceLine[] {
  const kept: SourceLine[] = [];
  let droppedBefore = false;
  for (const line of withoutFooter(lines, dropped)) {
    const kind = line.hint?.tableRow ? null : furnitureKind(line.text);
    if (!kind) {
      kept.push(droppedBefore && kept.length ? { ...line, breakBefore: true } : line);
      droppedBefore = false;
      continue;
    }
    droppedBefore = true;
    dropped.add(line.source, line.text);
    if (kind === 'file-name') {
      const title = fileNameTitle(line.text);
      if (title) fileTitles.push(title);
    }
  }
  return kept;
}

/** A site footer in the second half of the text: it and all after it, unless a heading follows. */
function withoutFooter(lines: readonly SourceLine[], dropped: DropList): readonly SourceLine[] {
  let headingAfter = false;
  let footer = -1;
  for (let i = lines.length - 1; i >= Math.max(1, Math.floor(lines.length / 2)); i--) {
    const text = lines[i]!.text;
    if (parseLabel(text)) headingAfter = true;
    else if (!headingAfter && isTrailer(text)) footer = i;
  }
  if (footer < 0) return lines;
  dropped.lines(lines.slice(footer));
  return lines.slice(0, footer);
}

function findParts(paragraphs: readonly SourceParagraph[]): Parts {
  const dropped = new DropList();
  const fileTitles: string[] = [];
  let lines = withoutFurniture(sourceLines(paragraphs, dropped), dropped, fileTitles);
  const markers = removePageMarkers(lines);
  for (const marker of markers.dropped) dropped.add(lines[marker.index]!.source, marker.text);
  lines = markers.lines;

  // Title: the last title-like line before the body that ends like a title (or the last one);
  // short lines between it and the body (an author, a date in brackets) stay as paragraphs.
  let bodyStart = 0;
  while (bodyStart < Math.min(lines.length, TITLE_ZONE) && !isBodyStart(lines[bodyStart]!)) bodyStart++;
  if (bodyStart >= TITLE_ZONE) bodyStart = 0;
  let title: string | null = null;
  if (bodyStart > 0) {
    const lastEnding = (re: RegExp) => {
      for (let i = bodyStart - 1; i >= 0; i--) if (re.test(lines[i]!.text)) return i;
      return -1;
    };
    let last = lastEnding(TITLE_KIND_END);
    if (last < 0) last = lastEnding(DOC_KIND_END);
    if (last < 0) last = bodyStart - 1;
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
      if (before.source !== lines[first]!.source - 1 || !DOC_KIND_END.test(title)) break;
      // 某局2023年工作总结 / 和2024年工作计划: a line that ends like a title joins one that continues it.
      if (DOC_KIND_END.test(before.text) && !TITLE_CONTINUES.test(lines[first]!.text)) break;
      if (NOT_TITLE_START.test(before.text)) break;
      if ((before.text + title).length > MAX_TITLE) break;
      title = before.text + title;
      first--;
    }
    dropped.lines(lines.slice(0, first));
  } else if (fileTitles.length) {
    title = fileTitles[fileTitles.length - 1]!;
  }
  let body: SourceLine[] = lines.slice(bodyStart);
  if (title === null && body[0]) {
    // A text flattened to one line starts with its title, then white space: 某某街道2023年工作总结 2023年，…
    const glued = GLUED_TITLE.exec(body[0].text);
    if (glued && DOC_KIND_END.test(glued[1]!) && !parseLabel(glued[1]!)) {
      title = glued[1]!;
      body[0] = { ...body[0], text: body[0].text.slice(glued[0].length) };
    }
  }

  if (title) {
    const key = squash(title);
    let copyBefore = false;
    body = body.flatMap((line) => {
      if (squash(line.text) === key) {
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

  // The end: date, signature; whatever follows the date is not the report's.
  let date: string | null = null;
  let signature: string | null = null;
  for (let i = body.length - 1; i >= Math.max(0, body.length - END_ZONE); i--) {
    if (parseLabel(body[i]!.text, marksHeading(body[i]!))) break;
    if (!isDateLine(body[i]!.text)) continue;
    date = body[i]!.text;
    dropped.lines(body.slice(i + 1));
    body = body.slice(0, i);
    const last = body[body.length - 1];
    if (last && body.length > 1 && isSignatureLine(last) && !inAttachmentNote(body, body.length - 1)) {
      signature = last.text;
      body = body.slice(0, -1);
    }
    break;
  }
  if (date === null && body.length) {
    const last = body[body.length - 1]!;
    const glued = GLUED_END.exec(last.text);
    if (glued && glued.index > 0) {
      date = glued[2]!;
      signature = glued[1] ?? null;
      body[body.length - 1] = { ...last, text: last.text.slice(0, glued.index).replace(TRIM, '') };
    } else if (body.length > 1 && isSignatureLine(last) && !inAttachmentNote(body, body.length - 1) && undatedSignature(body)) {
      signature = last.text;
      body = body.slice(0, -1);
    }
  }

  let addressee: string | null = null;
  if (title && body[0] && isAddressee(body[0].text)) {
    addressee = body[0].text;
    body = body.slice(1);
  }
  return { title, addressee, signature, date, body, dropped: dropped.list() };
}

interface Pending {
  line: Line;
  split?: HeadingSplit;
  number?: string;
  level?: LevelInput;
}

export interface RecogniseOptions {
  /**
   * Part of a document (a paste into the middle of one): every line is body, nothing is dropped
   * as site furniture, and no title, addressee, signature or date is looked for.
   */
  fragment?: boolean;
}

/** The outline of a report given as paragraphs. See the passes above. */
export function recognise(paragraphs: readonly SourceParagraph[], options: RecogniseOptions = {}): Recognised {
  const parts: Parts = options.fragment
    ? { title: null, addressee: null, signature: null, date: null, body: sourceLines(paragraphs, new DropList()), dropped: [] }
    : findParts(paragraphs);
  const lines = splitLostBreaks(joinHardBreaks(parts.body))
    .map((line) => (line.repaired ? { ...line, text: collapseInnerSpaces(line.text) } : line))
    .filter((line) => line.text);

  let inAttachments = false;
  /** The number the next name of the 附件说明 would have. */
  let nextAttachment = 0;
  const pending: Pending[] = lines.map((line) => {
    if (line.hint?.tableRow) return { line };
    // 附件：1.名称 then 2.名称 …: the attachment note, its numbers are not headings.
    // A name of any length goes on the list when its number is the next one (2. after 附件：1.).
    if (ATTACHMENT_NOTE.test(line.text)) {
      inAttachments = true;
      const first = ATTACHMENT_NOTE_NUMBER.exec(line.text);
      nextAttachment = first ? digitsValue(first[1]!) + 1 : 2;
    } else if (inAttachments) {
      const number = ATTACHMENT_NUMBER.exec(line.text);
      inAttachments = number !== null && !line.text.includes('。') && (line.text.length <= 60 || digitsValue(number[1]!) === nextAttachment);
      if (number) nextAttachment = digitsValue(number[1]!) + 1;
    }
    if (inAttachments) return { line };
    // A paragraph the source marks as a heading reads 1.2023年… as the label 1. (labels.ts).
    const label = parseLabel(line.text, marksHeading(line));
    if (label && label.length < line.text.length) {
      const split = splitHeading(line.text.slice(label.length));
      return {
        line,
        split,
        number: label.raw.trim(),
        level: { family: label.family, value: label.value, runIn: split.runIn, sectionLike: () => looksLikeRequiredSection(split.heading), hintLevel: hintLevel(line) },
      };
    }
    const outline = hintLevel(line);
    if (outline !== undefined && !label && line.text.length <= 50 && !line.text.includes('。')) {
      const split: HeadingSplit = { heading: line.text, body: '', runIn: false, restored: false };
      return { line, split, number: '', level: { family: null, value: 0, runIn: false, sectionLike: () => looksLikeRequiredSection(line.text), hintLevel: outline } };
    }
    return { line };
  });

  const levels = assignLevels(pending.filter((p) => p.level).map((p) => p.level!));
  let h = 0;
  const blocks: RecognisedBlock[] = pending.map((p) => {
    if (!p.split || !p.level) return { kind: 'paragraph', text: p.line.text };
    return { kind: 'heading', level: levels[h++]!, number: p.number!, text: p.split.heading, runIn: p.split.runIn, body: p.split.body };
  });

  return {
    title: parts.title,
    addressee: parts.addressee,
    signature: parts.signature,
    date: parts.date,
    blocks,
    numberingProblems: findNumberingProblems(blocks),
    dropped: parts.dropped,
  };
}

/** Whether the source marks the line as a heading: an outline level 1–4 (a heading style) or a list number (not a bullet). */
function marksHeading(line: Line): boolean {
  const listLabel = line.hint?.listLabel?.trim();
  return hintLevel(line) !== undefined || (listLabel !== undefined && parseBareLabel(listLabel) !== null);
}

function hintLevel(line: Line): 1 | 2 | 3 | 4 | undefined {
  const outline = line.hint?.outlineLevel;
  return outline !== undefined && outline >= 0 && outline <= 3 ? ((outline + 1) as 1 | 2 | 3 | 4) : undefined;
}
