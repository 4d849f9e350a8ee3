/**
 * Why an import was refused: a file that is empty, binary, in an unknown encoding, or otherwise
 * not a document. `message` is the one line shown to the user (Chinese); `detail` says the same
 * for logs and bug reports (English). The CLI prints the message and exits 2; the app shows it in
 * a dialog. Nothing is half-imported: readers throw before any document exists.
 */
export type ImportErrorCode = 'empty' | 'binary' | 'encoding' | 'too-large' | 'unsupported' | 'corrupt';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  /** The same refusal in English, with technical particulars (offsets, part names, sizes). */
  readonly detail: string;
  /** A coarse category, for callers that react differently (undefined: not categorised). */
  readonly code: ImportErrorCode | undefined;

  constructor(message: string, detail: string, code?: ImportErrorCode) {
    super(message);
    this.detail = detail;
    this.code = code;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
