import { blockText } from '../model.ts';
import { annexBlocks } from './annex-blocks.ts';
import { AttachmentNoteReader } from './attachment-note.ts';
import { isCaption } from './caption.ts';
import { findParts, type Parts } from './document-parts.ts';
import { joinHardBreaks } from './hard-breaks.ts';
import { hintLevel, marksHeading } from './heading-marks.ts';
import { collapseInnerSpaces } from './inner-spaces.ts';
import { parseLabel, type Label } from './labels.ts';
import { assignLevels, type LevelInput } from './levels.ts';
import type { Line } from './line-repair.ts';
import { splitLostBreaks } from './lost-breaks.ts';
import { findNumberingProblems } from './numbering-problems.ts';
import type { Recognised, RecognisedBlock } from './recognised.ts';
import { splitHeading, type HeadingSplit } from './run-in-boundary.ts';
import { looksLikeRequiredSection } from './section-wording.ts';
import { DropList, sourceLines, withoutFurniture } from './source-lines.ts';
import type { SourceParagraph } from './source.ts';

/**
 * Paragraphs as they come (a web page, a 文库 PDF extraction, a .docx) → the report's outline:
 * title, addressee, headings with levels, paragraphs, signature and date, with the site furniture
 * around them dropped and the source's numbering faults listed. The passes, in order:
 *
 * 1. furniture: glued-in markers (下载后可任意编辑, 第1页 共4页) are cut out of lines; whole lines
 *    of furniture (breadcrumbs, metadata fields, page numbers, 文库 banners, file names) dropped;
 *    from a footer line (免责声明, 文件下载, 配套讲稿, …) in the second half of the text on,
 *    everything is dropped unless a heading follows (source-lines.ts, furniture.ts);
 * 0. the 版记 at the end (抄送：…, …印发, or the export's table) is read into its fields before
 *    the furniture pass, which would take 抄送 for a site's footer (colophon.ts); after it, the
 *    版头 before the title (…文件, 发文字号, 签发人, 份号, 密级, 紧急程度) (banner.ts);
 * 2. page markers `2、` `3、` glued to the start of PDF pages (page-markers.ts);
 * 2½. the attachments: from a 附件 / 附件2 line with a title after it, after the date, each up to
 *    the next: their titles and content (paragraphs, captions, tables), a 版记 after them dropped
 *    (annexes.ts, annex-blocks.ts);
 * 3. the title: of the short lines before the body starts, the last that ends like a title
 *    (…报告, …总结, …要点; site names and repeated page titles come before it, an author line
 *    may follow it), joined with the line before it when that one does not end like a title or
 *    the title continues it (和…, 及…: a title broken over two lines); without such lines, a 文库
 *    file name, or the start of a one-line text up to its first space; later copies are
 *    dropped, and a copy glued to the start of the first paragraph is cut off (allowing OCR
 *    damage in its last two characters) (find-title.ts);
 * 4. the end: a date line near the end (2023年6月28日, 二〇二三年六月二十八日, kept as written) and a
 *    short line before it (the signature); what follows the date is dropped (signature-and-date.ts);
 * 5. the addressee: a short line ending in ：after the title, or after a subtitle and speaker
 *    between them, or opening a text without a title, or glued to the first sentence of a text
 *    without line breaks (市政府办公厅：) (addressee.ts);
 * 6. line repair: hard breaks joined, lost breaks split at labels (hard-breaks.ts, lost-breaks.ts);
 * 7. headings: a label at the start of a paragraph (labels.ts) makes a heading; its text is split
 *    into heading sentence and body (run-in-boundary.ts); levels from label families and
 *    context (levels.ts); numbering faults (numbering-problems.ts). The 附件说明's numbered names
 *    are not headings (attachment-note.ts).
 * Tables (a .docx's, a .txt's tab-separated rows) go through every pass as one line no pass reads
 * (line-repair.ts TABLE_LINE): their text is content, never a heading, title, addressee,
 * signature or date. The short line right before one may be its caption (caption.ts).
 * 一是…二是… and numbers inside sentences are never labels: only a paragraph's start is read.
 */

/** 1、 and 1. are one family written two ways (see levels.ts, `style`). */
function labelStyle(label: Label): string | undefined {
  if (label.family !== 'num') return undefined;
  return label.raw.includes('、') ? '、' : '.';
}

interface Pending {
  line: Line;
  caption?: boolean;
  split?: HeadingSplit;
  number?: string;
  level?: LevelInput;
}

export interface RecogniseOptions {
  /**
   * Part of a document (a paste into the middle of one): every line is body but a web page's
   * furniture (breadcrumb, 发布日期 and 浏览次数, 【打印本页】, a site's footer), which is dropped and
   * listed as in a whole text; no title, addressee, signature or date is looked for.
   */
  fragment?: boolean;
}

/** A pasted part of a document: its lines, less the furniture of the page it was copied from. */
function fragmentParts(paragraphs: readonly SourceParagraph[]): Parts {
  const dropped = new DropList();
  const body = withoutFurniture(sourceLines(paragraphs, dropped), dropped, []);
  return { title: null, addressee: null, signature: null, date: null, body, annexes: [], dropped: dropped.list() };
}

/** The outline of a report given as paragraphs. See the passes above. */
export function recognise(paragraphs: readonly SourceParagraph[], options: RecogniseOptions = {}): Recognised {
  const parts: Parts = options.fragment ? fragmentParts(paragraphs) : findParts(paragraphs);
  const lines = splitLostBreaks(joinHardBreaks(parts.body))
    .map((line) => (line.repaired ? { ...line, text: collapseInnerSpaces(line.text) } : line))
    .filter((line) => line.text);

  const attachmentNote = new AttachmentNoteReader();
  const pending: Pending[] = lines.map((line, i) => {
    if (line.hint?.tableRow) return { line };
    // 表题 before a table (表1 …, …情况表): never a line the source marks or labels as a heading.
    if (isCaption(line, lines[i + 1])) return { line, caption: true };
    // 附件：1.名称 then 2.名称 …: the attachment note, its numbers are not headings.
    if (attachmentNote.includes(line.text)) return { line };
    // A paragraph the source marks as a heading reads 1.2023年… as the label 1. (labels.ts).
    const label = parseLabel(line.text, marksHeading(line));
    if (label && label.length < line.text.length) {
      const split = splitHeading(line.text.slice(label.length));
      return {
        line,
        split,
        number: label.raw.trim(),
        level: { family: label.family, style: labelStyle(label), value: label.value, runIn: split.runIn, sectionLike: () => looksLikeRequiredSection(split.heading), hintLevel: hintLevel(line) },
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
    if (p.line.table) return { kind: 'table', text: blockText(p.line.table), table: p.line.table };
    if (p.caption) return { kind: 'caption', text: p.line.text };
    if (!p.split || !p.level) return { kind: 'paragraph', text: p.line.text };
    return { kind: 'heading', level: levels[h++]!, number: p.number!, text: p.split.heading, runIn: p.split.runIn, body: p.split.body };
  });

  return {
    title: parts.title,
    addressee: parts.addressee,
    signature: parts.signature,
    date: parts.date,
    blocks,
    annexes: annexBlocks(parts.annexes),
    numberingProblems: findNumberingProblems(blocks),
    dropped: parts.dropped,
    banner: parts.banner ?? null,
    colophon: parts.colophon ?? null,
    copyToRewritten: parts.copyToRewritten ?? false,
  };
}
