import { z } from 'zod';
import { COMMAND_IDS } from './commands.ts';
import { MAX_EXPORT_BYTES, MAX_GWDOC_CHARS, MAX_OPEN_BYTES } from '../limits.ts';

/**
 * What crosses between the renderer and its host: the payloads, as schemas. The channels that
 * carry them are declared in host-channels.ts; main validates every payload against these.
 */

export const filePath = z.string().min(1).max(4096);

/** What the Electron menu sends the page: a command of the shared table. */
export const menuCommand = z.enum(COMMAND_IDS);
export type MenuCommand = z.infer<typeof menuCommand>;


/** A .gwdoc arrives as its text; anything else (.docx, .txt) as bytes, to be imported. */
export const openedFile = z.union([
  z.strictObject({
    path: filePath.optional(),
    name: z.string().min(1).max(1024),
    text: z.string().max(MAX_GWDOC_CHARS),
  }),
  z.strictObject({
    path: filePath.optional(),
    name: z.string().min(1).max(1024),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_OPEN_BYTES, '文件过大'),
  }),
]);
export type OpenedFile = z.infer<typeof openedFile>;
export type GwdocFile = Extract<OpenedFile, { text: string }>;
export type SourceFile = Extract<OpenedFile, { bytes: Uint8Array }>;

export const saveRequest = z.object({
  /** Where the document was last saved; absent for a new document (asks for a place). */
  path: filePath.optional(),
  suggestedName: z.string().min(1).max(255),
  text: z.string().max(MAX_GWDOC_CHARS),
});
export type SaveRequest = z.infer<typeof saveRequest>;

export const exportRequest = z.object({
  /** The .gwdoc's own path, if it has one: the .docx is offered next to it. */
  path: filePath.optional(),
  /** The document's file or title name; the host swaps the extension for .docx. */
  suggestedName: z.string().min(1).max(255),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_EXPORT_BYTES, { message: '导出内容为空或过大' }),
});
export type ExportRequest = z.infer<typeof exportRequest>;

/** 导出 PDF: the page prints itself (the print view, mounted), main asks where and writes. */
export const pdfRequest = z.strictObject({
  /** The .gwdoc's own path, if it has one: the .pdf is offered next to it. */
  path: filePath.optional(),
  /** The document's file or title name; the host swaps the extension for .pdf. */
  suggestedName: z.string().min(1).max(255),
  /** The PDF's metadata: the 公文's title and its 发文机关. */
  title: z.string().max(1000),
  author: z.string().max(255),
});
export type PdfRequest = z.infer<typeof pdfRequest>;

export const savedFile = z.object({ path: filePath.optional(), name: z.string() });
export type SavedFile = z.infer<typeof savedFile>;

export const recentFile = z.object({ path: filePath, name: z.string() });
export type RecentFile = z.infer<typeof recentFile>;

/**
 * The name of a crash-recovery draft, made by the renderer (crypto.randomUUID) and checked by
 * main before it becomes `<userData>/recovery/<id>.json`: lower-case letters, digits and hyphens
 * only, so it can never leave that folder, never differs from another id only in case, and at
 * 8 characters or more is never a reserved Windows name (CON, COM1…).
 */
const RECOVERY_ID = /^[a-z0-9][a-z0-9-]{7,63}$/;
export function isRecoveryId(id: string): boolean {
  return RECOVERY_ID.test(id);
}
export const recoveryId = z.string().regex(RECOVERY_ID);

/** Unsaved work found at start: what the page last wrote under `id`, and when (ISO time). */
export const recoveredDraft = z.object({ id: recoveryId, savedAt: z.string(), text: z.string() });
export type RecoveredDraft = z.infer<typeof recoveredDraft>;
