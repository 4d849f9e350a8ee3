import { findAddressee } from './addressee.ts';
import { annexesOf, splitAnnexes, type AnnexLines } from './annexes.ts';
import { takeBanner } from './banner.ts';
import { takeColophon } from './colophon.ts';
import { withoutContentsList } from './contents-list.ts';
import { findTitle } from './find-title.ts';
import type { Line } from './line-repair.ts';
import { removePageMarkers } from './page-markers.ts';
import type { Recognised } from './recognised.ts';
import { findSignatureAndDate } from './signature-and-date.ts';
import { DropList, sourceLines, withoutFurniture } from './source-lines.ts';
import type { SourceParagraph } from './source.ts';

/** The furniture as Recognised holds it, with the body lines still to read. */
export interface Parts extends Pick<Recognised, 'title' | 'addressee' | 'signature' | 'date' | 'dropped' | 'banner' | 'colophon' | 'copyToRewritten'> {
  body: Line[];
  /** The attachments after the 成文日期, their lines still to read. */
  annexes: AnnexLines[];
}

/** Passes 1 to 5 of recognise.ts: the furniture found, and the body lines left between it. */
export function findParts(paragraphs: readonly SourceParagraph[]): Parts {
  const dropped = new DropList();
  const fileTitles: string[] = [];
  // The 版记 comes off before the furniture pass, which reads 抄送： as the start of a site's footer.
  const colophon = takeColophon(sourceLines(paragraphs, dropped));
  const banner = takeBanner(withoutFurniture(colophon.lines, dropped, fileTitles));
  let lines = [...banner.lines];
  const markers = removePageMarkers(lines);
  for (const marker of markers.dropped) dropped.add(lines[marker.index]!.source, marker.text);
  lines = [...withoutContentsList(markers.lines, dropped)];
  // The attachments come off first: their dates and titles are not the report's.
  const split = splitAnnexes(lines);
  const annexes = annexesOf(split.annexes, dropped);

  const { title, body: afterTitle } = findTitle(split.body, fileTitles, dropped);
  const end = findSignatureAndDate(afterTitle, dropped, title);
  const { signature, date } = end;
  let body = end.body;

  const found = findAddressee(body, title !== null);
  const addressee = found?.addressee ?? null;
  if (found) body = found.body;
  return {
    title,
    addressee,
    signature,
    date,
    body,
    annexes,
    dropped: dropped.list(),
    banner: banner.banner,
    colophon: colophon.colophon?.colophon ?? null,
    copyToRewritten: colophon.colophon?.copyToRewritten ?? false,
  };
}
