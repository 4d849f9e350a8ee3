/**
 * The sizes Gongwen refuses past, in a module that imports nothing: the preload's build, the
 * command line's start and the host's file readers take them without loading the schemas that
 * check payloads by them (gwdoc.ts, host/ipc-contract.ts).
 */

/**
 * The most characters a .gwdoc may hold: larger files are refused before parsing, so a bad file
 * cannot exhaust memory, and the host's channels carry no more.
 */
export const MAX_GWDOC_CHARS = 32 * 1024 * 1024;
/**
 * A draft is the .gwdoc's text as a string inside a JSON object (renderer/app/session/draft.ts):
 * escaping at most doubles it, and the file name and path beside it are short.
 */
export const MAX_DRAFT_CHARS = 2 * MAX_GWDOC_CHARS + 64 * 1024;
/** An exported .docx of a 200-page report is well under 1 MB; anything near this is a bug or an attack. */
export const MAX_EXPORT_BYTES = 32 * 1024 * 1024;
/** The largest file 打开 or the command line reads, whatever its kind: a report is a few hundred KB. */
export const MAX_OPEN_BYTES = 32 * 1024 * 1024;
/** A table's most rows, and most grid columns (Word's limit); the .gwdoc schema and the importers keep to them. */
export const MAX_TABLE_ROWS = 5000;
export const MAX_TABLE_COLUMNS = 63;
/** The most paragraphs in one table cell (as in any block's runs). */
export const MAX_CELL_PARAGRAPHS = 1000;
