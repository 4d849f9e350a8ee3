import type { GongwenDocument } from '../../../core/model.ts';
import { parseGwdoc, serializeGwdoc } from '../../../core/gwdoc.ts';

/**
 * The draft kept by platform.writeDraft: the document in its file format, wrapped with what the
 * window needs to resume (its file name and path, so 保存 after 恢复 still goes to the same file).
 */
const DRAFT_FORMAT = 'gongwen-draft/1';

export interface Draft {
  document: GongwenDocument;
  fileName: string | null;
  path?: string | undefined;
  /** ISO time of the last write, when known. */
  savedAt?: string | undefined;
}

export function encodeDraft(document: GongwenDocument, file: { fileName: string | null; path?: string | undefined }): string {
  return JSON.stringify({ format: DRAFT_FORMAT, fileName: file.fileName, path: file.path, savedAt: new Date().toISOString(), gwdoc: serializeGwdoc(document) });
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Null when there is nothing restorable; a damaged draft is never an error the user must face at start. */
export function decodeDraft(text: string | null): Draft | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  // A bare .gwdoc is accepted too, in case the host stored one.
  const gwdoc = record.format === DRAFT_FORMAT ? record.gwdoc : text;
  if (typeof gwdoc !== 'string') return null;
  const parsed = parseGwdoc(gwdoc);
  if (!parsed.ok) return null;
  return { document: parsed.document, fileName: optionalString(record.fileName) ?? null, path: optionalString(record.path), savedAt: optionalString(record.savedAt) };
}
