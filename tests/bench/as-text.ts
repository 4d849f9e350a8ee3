import { blockText, type GongwenDocument } from '../../core/model.ts';
import { computeLabels } from '../../core/numbering.ts';

/** A document as a clerk's .txt holds it: one paragraph a line, headings with typed labels. */
export function asPlainText(document: GongwenDocument): string {
  const labels = computeLabels(document.blocks);
  return document.blocks.map((block, i) => `${labels[i] ?? ''}${blockText(block)}`).join('\r\n');
}
