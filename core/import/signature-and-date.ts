import { inAttachmentNote } from './attachment-note.ts';
import { DATE, isDateLine } from './date-line.ts';
import { marksHeading } from './heading-marks.ts';
import { parseLabel } from './labels.ts';
import type { Line } from './line-repair.ts';
import { endsSentence } from './sentence-edges.ts';
import type { DropList, SourceLine } from './source-lines.ts';
import { cutTailNotes } from './tail-notes.ts';
import { trimEdges } from './trim-edges.ts';

const HAN = /\p{Script=Han}/u;
const END_ZONE = 12;
/** …。宣城市科技局 2023年6月28日 at the end of a one-line text. */
const GLUED_END = new RegExp(`(?<=[。！？!?”])[ \\t\\u3000]*(?:([^\\s。！？!?，,；;：:“”]{2,30}?)([ \\t\\u3000]*))?(${DATE})$`, 'u');

const SIGNED_DATE = new RegExp(`^([^\\s。！？!?，,；;：:“”]{2,30}?)[ \\t\\u3000]*(${DATE})$`, 'u');

/**
 * The date and the signature at the end of the body, and the body before them; what follows the
 * date is dropped (see recognise.ts, pass 4).
 */
export function findSignatureAndDate(lines: SourceLine[], dropped: DropList, title: string | null = null): { signature: string | null; date: string | null; body: SourceLine[] } {
  let body = lines;
  let date: string | null = null;
  let signature: string | null = null;
  for (let i = body.length - 1; i >= Math.max(0, body.length - END_ZONE); i--) {
    if (parseLabel(body[i]!.text, marksHeading(body[i]!))) break;
    // 某县林业局 2022年3月8日 on one line: the signature and the date.
    const both = SIGNED_DATE.exec(body[i]!.text);
    if (both && ORGAN_END.test(both[1]!)) {
      signature = both[1]!;
      date = both[2]!;
      dropped.lines(body.slice(i + 1));
      body = body.slice(0, i);
      break;
    }
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
    let last = body[body.length - 1]!;
    // …特此报告。某局2022年3月8日（联系人：…）某局办公室2022年3月8日印发: the notes come off first.
    const cut = cutTailNotes(last.text);
    const glued = GLUED_END.exec(cut.text);
    // Without a space between them, the signature must name an organ to be told from the sentence.
    const signed = glued && (!glued[1] || glued[2] || (ORGAN_END.test(glued[1]) && !parseLabel(glued[1])));
    if (glued && glued.index > 0 && signed) {
      for (const note of cut.notes) dropped.add(last.source, note);
      last = { ...last, text: cut.text };
      date = glued[3]!;
      signature = glued[1] ?? null;
      body[body.length - 1] = { ...last, text: trimEdges(last.text.slice(0, glued.index)) };
    } else if (body.length > 1 && isSignatureLine(last) && !inAttachmentNote(body, body.length - 1) && undatedSignature(body)) {
      signature = last.text;
      body = body.slice(0, -1);
    }
  }
  if (date === null && title !== null && FORWARDING.test(title)) return forwardingNotice(body, signature);
  return { signature, date, body };
}

/** 关于印发…的通知, 转发…: a notice that sends a document, which follows the notice's own signature and date. */
const FORWARDING = /(?:印发|转发|下发|发布).{2,}的通知$|^转发/u;
const NOTICE_ZONE = 15;

/** The notice's signature and date near its start, before the document it sends; the rest stays body. */
function forwardingNotice(body: SourceLine[], signature: string | null): { signature: string | null; date: string | null; body: SourceLine[] } {
  for (let i = 1; i < Math.min(body.length - 1, NOTICE_ZONE); i++) {
    if (!isDateLine(body[i]!.text) || !isSignatureLine(body[i - 1]!)) continue;
    return { signature: body[i - 1]!.text, date: body[i]!.text, body: [...body.slice(0, i - 1), ...body.slice(i + 1)] };
  }
  return { signature, date: null, body };
}

function isSignatureLine(line: Line): boolean {
  const text = line.text;
  return text.length <= 30 && HAN.test(text) && !marksHeading(line) && !parseLabel(text) && !/[。，,；;：:！!？?]/u.test(text) && !isDateLine(text);
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
