import type { SignatureMode } from './format.ts';
import { CLOSING_INDENT, DATE_SHIFT, SEAL_DATE_INDENT } from './indents.ts';

/** Right indents of the 署名 and 成文日期 lines, in 字. */
export interface SignatureIndents {
  signature: number;
  date: number;
}

/**
 * GB/T 9704-2012 7.3.5, from the widths (in 字) of the signature Wo and the date Wd.
 *
 * No seal (7.3.5.2): the signature 右空二字; the date on the next line starts two 字 right of the
 * signature's first character, so its right indent is 2 + Wo − 2 − Wd = Wo − Wd. When that would
 * be under zero (the date is longer than the signature), the date 右空二字 and the signature keeps
 * the two-字 offset by moving left: right indent 2 + Wd + 2 − Wo.
 *
 * Seal (7.3.5.1): the date 右空四字, the signature centred over the date: 4 + (Wd − Wo) / 2 (never
 * past the right margin).
 */
export function signatureIndents(signatureWidth: number, dateWidth: number, mode: SignatureMode): SignatureIndents {
  const wo = signatureWidth;
  const wd = dateWidth;
  if (mode === 'seal') return { date: SEAL_DATE_INDENT, signature: Math.max(0, SEAL_DATE_INDENT + (wd - wo) / 2) };
  if (wd <= wo) return { signature: CLOSING_INDENT, date: CLOSING_INDENT + wo - DATE_SHIFT - wd };
  return { signature: CLOSING_INDENT + DATE_SHIFT + wd - wo, date: CLOSING_INDENT };
}

/** The right indent of a 署名 or 成文日期 printed without the other (7.3.5). */
export function aloneIndent(line: 'signature' | 'date', mode: SignatureMode): number {
  return line === 'date' && mode === 'seal' ? SEAL_DATE_INDENT : CLOSING_INDENT;
}
