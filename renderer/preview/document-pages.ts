import type { ExportFormat } from '../../core/print/format.ts';
import type { Block, DocumentMeta } from '../../core/model.ts';
import { findTemplate } from '../../core/templates.ts';
import { layoutDocument } from './layout.ts';
import { paginate, type PreviewPage } from './paginate.ts';

/** The document's printed pages: what 预览 shows and 打印 prints, one layout for both. */
export function documentPages(blocks: readonly Block[], meta: DocumentMeta): { pages: PreviewPage[]; format: ExportFormat } {
  const { paragraphs, format } = layoutDocument(blocks, meta, findTemplate(meta.template));
  return { pages: paginate(paragraphs), format };
}
