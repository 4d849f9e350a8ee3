import { digitsValue } from './labels.ts';
import type { Line } from './line-repair.ts';

/**
 * The 附件说明: 附件：1.名称 then 2.名称 … after the body. Its numbers are not headings, and its
 * last name is not a signature.
 */
export const ATTACHMENT_NOTE = /^附[ \t\u3000]*件[ \t\u3000]*[：:]/u;
const ATTACHMENT_NUMBER = /^([0-9０-９]{1,2})[ \t\u3000]*[.．、]/u;
/** 附件：1.名称: the number of the first name. */
const ATTACHMENT_NOTE_NUMBER = /^附[ \t\u3000]*件[ \t\u3000]*[：:][ \t\u3000]*([0-9０-９]{1,2})[ \t\u3000]*[.．、]/u;

/**
 * Whether body[i] is a line of the 附件说明: 附件：名称, or a numbered name under it (2.2023年项目清单
 * has no label that parseLabel reads, but is no signature either).
 */
export function inAttachmentNote(body: readonly Line[], i: number): boolean {
  for (let k = i; k >= 0; k--) {
    const text = body[k]!.text;
    if (ATTACHMENT_NOTE.test(text)) return true;
    if (!ATTACHMENT_NUMBER.test(text) || text.includes('。')) return false;
  }
  return false;
}

/** Follows the 附件说明 through a document's lines, given in order. */
export class AttachmentNoteReader {
  private inAttachments = false;
  /** The number the next name of the 附件说明 would have. */
  private nextAttachment = 0;

  /** Whether the next line belongs to the note. */
  includes(text: string): boolean {
    // A name of any length goes on the list when its number is the next one (2. after 附件：1.).
    if (ATTACHMENT_NOTE.test(text)) {
      this.inAttachments = true;
      const first = ATTACHMENT_NOTE_NUMBER.exec(text);
      this.nextAttachment = first ? digitsValue(first[1]!) + 1 : 2;
    } else if (this.inAttachments) {
      const number = ATTACHMENT_NUMBER.exec(text);
      this.inAttachments = number !== null && !text.includes('。') && (text.length <= 60 || digitsValue(number[1]!) === this.nextAttachment);
      if (number) this.nextAttachment = digitsValue(number[1]!) + 1;
    }
    return this.inAttachments;
  }
}
