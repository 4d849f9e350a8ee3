/**
 * A .gwdoc's bytes as text, in a module that imports nothing: the host's file readers and the
 * command line decode and refuse files without loading the .gwdoc schema (gwdoc.ts) and zod.
 */

/** Why bytes taken for a .gwdoc are refused when they are not UTF-8 (the host says it the same way). */
export const NOT_UTF8 = '文件不是 UTF-8 编码的文本（可能是 Word 文档或其他格式），不是公文文档';

/** The text of a .gwdoc's bytes, or null where they are not UTF-8. */
export function decodeGwdoc(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
