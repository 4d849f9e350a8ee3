import { defaultBanner, defaultColophon } from './banner-fields.ts';
import { heading, textBlock, type Block, type DocumentMeta, type GongwenDocument, type Period } from './model.ts';
import { fillPattern, sectionTitle, type Template } from './template.ts';

export interface NewDocumentOptions {
  organ: string;
  year: number;
  period?: Period;
  date?: string;
}

/** A fresh document from a template: 版头 and 版记 where the template has them, title, addressee, opening, every required section, signature, date. */
export function newDocument(template: Template, options: NewDocumentOptions): GongwenDocument {
  const meta: DocumentMeta = { template: template.id, organ: options.organ, year: options.year, period: options.period ?? template.period, date: options.date ?? '' };
  if (template.banner.default) meta.banner = defaultBanner(meta);
  if (template.colophon.default) meta.colophon = defaultColophon(meta);
  const blocks: Block[] = [textBlock('title', fillPattern(template.titlePattern, meta))];
  if (template.addressee !== undefined) blocks.push(textBlock('addressee', template.addressee));
  if (template.opening) blocks.push(textBlock('paragraph', fillPattern(template.opening, meta)));
  for (const section of template.sections) {
    blocks.push(heading(1, sectionTitle(section, meta), { section: section.key }));
    blocks.push(textBlock('paragraph'));
  }
  if (template.signature) blocks.push(textBlock('signature', meta.organ));
  if (template.date) blocks.push(textBlock('date', meta.date));
  return { meta, blocks };
}
