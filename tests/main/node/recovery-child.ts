import { fileURLToPath } from 'node:url';
import { RecoveryStore } from '../../../main/node/recovery.ts';

/** Draft `n` of the child's session: large enough that a kill often lands inside a write. */
export function draftText(version: number): string {
  return JSON.stringify({ format: 'gongwen-draft/1', version, gwdoc: `第${version}稿`.repeat(200_000) });
}

/**
 * Run by recovery.test.ts: a session that keeps writing its draft, as the page does every few
 * seconds (here without pause), until the parent kills it: an unclean exit.
 */
async function writeForever(dir: string, id: string): Promise<never> {
  const store = new RecoveryStore(dir);
  for (let version = 1; ; version++) {
    await store.write(id, draftText(version));
    process.stdout.write(`done ${version}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, id] = process.argv.slice(2);
  void writeForever(dir!, id!);
}
