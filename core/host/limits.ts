/**
 * Sizes the host refuses past, in one module of their own: the command line reads files under
 * them without loading the IPC contract's schemas (ipc-contract.ts), which check payloads by them.
 */

export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
/** An exported .docx of a 200-page report is well under 1 MB; anything near this is a bug or an attack. */
export const MAX_EXPORT_BYTES = 32 * 1024 * 1024;
/** A .docx or .txt to import is handed over as bytes; the renderer runs core's importer on them. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
