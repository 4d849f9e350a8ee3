import { fileURLToPath } from 'node:url';
import { saveDocumentFile } from '../../../main/node/files.ts';

/**
 * Version `n` of the document the child keeps saving: large, multi-byte, and different in every
 * part from every other version, so any mix of two versions (a torn file) is detectable.
 */
export function payload(version: number, chars: number): string {
  const unit = `第${version}版，`;
  return JSON.stringify({ version, body: unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars) });
}

/**
 * Run as a child by save-kill.test.ts: saves versions 1, 2, 3 … of `payload` over the target,
 * as the app saves a document (atomic, with .bak), until the parent kills it. Each step is
 * announced on stdout (synchronous for pipes on Linux and macOS) so the parent knows which
 * versions may legitimately be on disk.
 */
async function saveForever(target: string, chars: number): Promise<never> {
  for (let version = 1; ; version++) {
    process.stdout.write(`start ${version}\n`);
    await saveDocumentFile(target, payload(version, chars));
    process.stdout.write(`done ${version}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [target, chars] = process.argv.slice(2);
  void saveForever(target!, Number(chars));
}
