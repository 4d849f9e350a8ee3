import type { GongwenDocument } from '../../../core/model.ts';
import { findTemplate } from '../../../core/templates.ts';
import type { Platform, SavedFile } from '../../platform/platform.ts';

/**
 * 导出 Word: the GB/T 9704 .docx built here in the renderer (the exporter is pure) and handed to
 * the host, which asks where it goes (or downloads it in the browser). The exporter and the docx
 * library are loaded on first use, so starting the editor does not pay for them.
 */
export async function exportWord(host: Pick<Platform, 'saveExport'>, document: GongwenDocument, file: { path?: string | undefined; suggestedName: string }): Promise<SavedFile | null> {
  const { exportDocx } = await import('../../../core/export/docx.ts');
  const template = findTemplate(document.meta.template);
  const bytes = await exportDocx(document, template ? { template } : {});
  return host.saveExport({ ...(file.path !== undefined ? { path: file.path } : {}), suggestedName: file.suggestedName, bytes });
}
