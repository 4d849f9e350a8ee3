import { importSource } from '../../core/import/import-source.ts';
import { blockText, type GongwenDocument } from '../../core/model.ts';
import { findHalfWidthPunctuation } from '../../core/half-width-marks.ts';
import { findTemplate } from '../../core/templates.ts';
import type { SourceFile } from '../platform/platform.ts';
import type { SourceProblem } from './CheckPanel.tsx';

/** What the clerk is told after an import: what was recognised, and what was repaired or dropped. */
export interface ImportReport {
  fileName: string;
  kind: 'docx' | 'text';
  encoding: string | undefined;
  templateName: string;
  headings: number;
  paragraphs: number;
  /** The source's numbering faults, at the blocks of the imported document; derived numbering repaired them. */
  numberingProblems: SourceProblem[];
  dropped: string[];
  /** Half-width , : ; ( ) ? ! standing in Chinese text, which the import can make full-width. */
  halfWidthMarks: number;
}

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GBK（GB18030）' };

/**
 * A .docx or .txt the user opened → a new, unsaved document and the report of the import.
 * Throws the importer's ImportError (a Chinese sentence) for what cannot be imported.
 */
export function importOpenedFile(file: SourceFile, options: { punctuation?: boolean } = {}): { document: GongwenDocument; report: ImportReport } {
  const imported = importSource(file.bytes, { punctuation: options.punctuation === true });
  const { document, recognised, numberingProblems } = imported;
  return {
    document,
    report: {
      fileName: file.name,
      kind: imported.kind,
      encoding: imported.encoding ? (ENCODING_NAMES[imported.encoding] ?? imported.encoding) : undefined,
      templateName: findTemplate(document.meta.template)?.name ?? '（无模板）',
      headings: document.blocks.filter((b) => b.type === 'heading').length,
      paragraphs: document.blocks.filter((b) => b.type === 'paragraph' && blockText(b).trim() !== '').length,
      numberingProblems,
      dropped: recognised.dropped,
      halfWidthMarks: document.blocks.reduce((n, block) => n + findHalfWidthPunctuation(blockText(block)).length, 0),
    },
  };
}
