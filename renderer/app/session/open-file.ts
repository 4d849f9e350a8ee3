import { openDocument, type OpenOptions, type OpenResult } from '../../../core/open-document.ts';
import type { OpenedFile } from '../../platform/platform.ts';

/**
 * A file the host handed over (打开, 最近打开, 由上期报告新建, a double-clicked file), opened the
 * one way every file is (core/open-document.ts). The host sends a .gwdoc's text, already known
 * by its bytes, and anything else as bytes to import (core/host/opened-file.ts).
 */
export function openHostFile(file: OpenedFile, options: OpenOptions = {}): Promise<OpenResult> {
  return openDocument(file.name, 'text' in file ? file.text : file.bytes, options);
}
