import { blockText } from '../model.ts';
import { findHalfWidthPunctuation } from '../half-width-marks.ts';
import { findTemplate } from '../templates.ts';
import type { Imported, NumberingProblem } from './import-source.ts';

/** What the clerk is told after an import: what was recognised, and what was repaired or dropped. */
export interface ImportReport {
  fileName: string;
  kind: 'docx' | 'text';
  encoding: string | undefined;
  templateName: string;
  headings: number;
  paragraphs: number;
  /** The source's numbering faults, at the blocks of the imported document; derived numbering repaired them. */
  numberingProblems: NumberingProblem[];
  dropped: string[];
  /** Half-width , : ; ( ) ? ! standing in Chinese text, which the import can make full-width. */
  halfWidthMarks: number;
}

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GBK（GB18030）' };

/** The report of importing `fileName` as `imported`. */
export function importReport(fileName: string, imported: Imported): ImportReport {
  const { document, recognised, numberingProblems } = imported;
  return {
    fileName,
    kind: imported.kind,
    encoding: imported.encoding ? (ENCODING_NAMES[imported.encoding] ?? imported.encoding) : undefined,
    templateName: findTemplate(document.meta.template)?.name ?? '（无模板）',
    headings: document.blocks.filter((b) => b.type === 'heading').length,
    paragraphs: document.blocks.filter((b) => b.type === 'paragraph' && blockText(b).trim() !== '').length,
    numberingProblems,
    dropped: recognised.dropped,
    halfWidthMarks: document.blocks.reduce((n, block) => n + findHalfWidthPunctuation(blockText(block)).length, 0),
  };
}
