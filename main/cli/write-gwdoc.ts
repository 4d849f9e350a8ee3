import { existsSync } from 'node:fs';
import type { GongwenDocument } from '../../core/model.ts';
import { writeFileAtomic } from '../node/files.ts';
import type { CliIo } from './usage.ts';

/** Writes a new .gwdoc atomically; an existing file is kept unless `force`. False after saying why not. */
export async function writeGwdoc(output: string, document: GongwenDocument, force: boolean, io: CliIo): Promise<boolean> {
  if (!force && existsSync(output)) {
    io.stderr(`${output}: 文件已存在，没有覆盖；要覆盖请加 --force / file exists, not overwritten (use --force)\n`);
    return false;
  }
  try {
    // Loaded here: the .gwdoc module brings its schema and zod, which only a written .gwdoc needs.
    const { serializeGwdoc } = await import('../../core/gwdoc.ts');
    await writeFileAtomic(output, serializeGwdoc(document), { overwrite: force });
    return true;
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return false;
  }
}
