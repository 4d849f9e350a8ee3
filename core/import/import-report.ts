import { blockText } from '../model.ts';
import { findHalfWidthPunctuation } from '../half-width-marks.ts';
import type { Banner, Colophon } from '../model.ts';
import { copyToLine } from '../print/colophon.ts';
import { findTemplate } from '../templates.ts';
import type { Imported, NumberingProblem } from './import-source.ts';

/** What the clerk is told after an import: what was recognised, and what was repaired or dropped. */
export interface ImportReport {
  fileName: string;
  kind: 'docx' | 'text';
  encoding: string | undefined;
  templateName: string;
  /** Headings read in the file (not those the template's required sections added). */
  headings: number;
  /** Required sections of the template the file lacks, added empty (检查 asks for their content). */
  addedSections: string[];
  paragraphs: number;
  /** The source's numbering faults, at the blocks of the imported document; derived numbering repaired them. */
  numberingProblems: NumberingProblem[];
  dropped: string[];
  /** Half-width , : ; ( ) ? ! standing in Chinese text, which the import can make full-width. */
  halfWidthMarks: number;
  /** The 版头 read before the title, in one line (its panel in the editor holds the fields); null without one. */
  banner: string | null;
  /** The 版记 read at the end, in one line, and how its 抄送 list is printed when written otherwise. */
  colophon: string | null;
}

const GAP = '\u3000';

/** A 版头 in one line, for the import report and the command line. */
export function bannerLine(banner: Banner): string {
  const mark = `${banner.organs.join('、')}${banner.withWenjian ? '文件' : ''}`;
  const signers = banner.signers.length ? `签发人：${banner.signers.join('、')}` : '';
  return [banner.copyNumber, banner.secrecy, banner.urgency, mark, banner.number, signers].filter(Boolean).join(GAP);
}

/** A 版记 in one line, for the import report and the command line. */
export function colophonLine(colophon: Colophon, rewritten = false): string {
  const printed = [colophon.printer, `${colophon.printDate}印发`].filter(Boolean).join(GAP);
  const line = [copyToLine(colophon.copyTo), printed].filter(Boolean).join(GAP);
  return rewritten ? `${line}（抄送机关按 GB/T 9704-2012 7.4.2 以「，」分隔、末尾加「。」）` : line;
}

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GBK（GB18030）' };

/** The template's required sections the document has and the file did not: the normalizer added them. */
function addedSections({ document, recognised }: Imported): string[] {
  const read = new Set(recognised.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text.replace(/[。．.]$/u, '')] : [])));
  return document.blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 && b.section && !read.has(blockText(b)) ? [blockText(b)] : []));
}

/** The report of importing `fileName` as `imported`. */
export function importReport(fileName: string, imported: Imported): ImportReport {
  const { document, recognised, numberingProblems } = imported;
  return {
    fileName,
    kind: imported.kind,
    encoding: imported.encoding ? (ENCODING_NAMES[imported.encoding] ?? imported.encoding) : undefined,
    templateName: findTemplate(document.meta.template)?.name ?? '（无模板）',
    headings: recognised.blocks.filter((b) => b.kind === 'heading').length,
    addedSections: addedSections(imported),
    paragraphs: document.blocks.filter((b) => b.type === 'paragraph' && blockText(b).trim() !== '').length,
    numberingProblems,
    dropped: recognised.dropped,
    halfWidthMarks: document.blocks.reduce((n, block) => n + findHalfWidthPunctuation(blockText(block)).length, 0),
    banner: document.meta.banner ? bannerLine(document.meta.banner) : null,
    colophon: document.meta.colophon ? colophonLine(document.meta.colophon, recognised.copyToRewritten === true) : null,
  };
}
