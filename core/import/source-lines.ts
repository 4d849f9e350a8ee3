import { blockText } from '../model.ts';
import { fileNameTitle, furnitureKind, isTrailer, stripGluedFurniture } from './furniture.ts';
import { parseBareLabel, parseLabel } from './labels.ts';
import { TABLE_LINE, type Line } from './line-repair.ts';
import type { SourceParagraph } from './source.ts';
import { trimEdges } from './trim-edges.ts';

export interface SourceLine extends Line {
  /** Index of the source paragraph, to tell lines that were adjacent in the source. */
  source: number;
}

/** Dropped text, listed in the order of the source. */
export class DropList {
  private readonly items: { source: number; text: string }[] = [];

  add(source: number, text: string): void {
    const trimmed = trimEdges(text);
    if (trimmed) this.items.push({ source, text: trimmed });
  }

  lines(lines: readonly SourceLine[]): void {
    // A table dropped with the text around it is listed by its cells' text.
    for (const line of lines) this.add(line.source, line.table ? blockText(line.table) : line.text);
  }

  list(): string[] {
    return this.items.sort((a, b) => a.source - b.source).map((item) => item.text);
  }
}

/** The paragraphs as lines (split at line breaks), trimmed, with glued-in furniture cut out. */
export function sourceLines(paragraphs: readonly SourceParagraph[], dropped: DropList): SourceLine[] {
  const lines: SourceLine[] = [];
  paragraphs.forEach((paragraph, source) => {
    if (paragraph.table) return void lines.push({ text: TABLE_LINE, hint: { tableRow: true }, table: paragraph.table, source });
    const listLabel = paragraph.hint?.listLabel?.trim();
    for (const [k, piece] of paragraph.text.split('\n').entries()) {
      let text = trimEdges(piece);
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

/** Lines of site furniture dropped, and a site footer with all after it; file-name titles go to `fileTitles`. */
export function withoutFurniture(lines: readonly SourceLine[], dropped: DropList, fileTitles: string[]): SourceLine[] {
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
