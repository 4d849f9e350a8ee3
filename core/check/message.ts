/** How the rules' messages name a place: 第 12 段, then a short quote of the text. */

export const where = (block: number) => `第 ${block + 1} 段`;

export function clip(text: string, max = 16): string {
  const chars = [...text.trim()];
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
}

/** The text around [start, end), for a message: 「…前后文…」. */
export function excerpt(text: string, start: number, end: number, around = 8): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return `「${from > 0 ? '…' : ''}${text.slice(from, to).replace(/[\t\n\r]+/gu, ' ')}${to < text.length ? '…' : ''}」`;
}
