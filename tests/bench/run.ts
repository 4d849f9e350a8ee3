/**
 * `npm run bench`: one JSON object on stdout (progress on stderr). Each figure is the median
 * (p50) and 95th percentile over repeated runs after warm-ups, on the 200-page report of
 * documents.ts. `--quick` runs each once, only to prove the harness works (the test suite does).
 *
 * Targets on the 2-core reference machine (issues 3, 4, 7): export ≤ 300 ms, import of a .txt
 * ≤ 100 ms and of a .docx ≤ 500 ms.
 */
import { exportDocx } from '../../core/export/docx.ts';
import { importSource } from '../../core/import/import-source.ts';
import { blockText } from '../../core/model.ts';
import { asPlainText } from './as-text.ts';
import { benchmarkDocument } from './documents.ts';
import { time, type Timing } from './stats.ts';

const quick = process.argv.includes('--quick');
const runs = (n: number) => (quick ? 1 : n);
const warmups = quick ? 0 : 3;

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

export interface BenchReport {
  quick: boolean;
  doc: { pages: number; blocks: number; characters: number };
  export_ms: Timing;
  import_txt_ms: Timing;
  import_docx_ms: Timing;
}

async function main(): Promise<void> {
  const document = benchmarkDocument();
  const characters = document.blocks.reduce((sum, b) => sum + blockText(b).length, 0);
  const txt = new TextEncoder().encode(asPlainText(document));
  const docx = await exportDocx(document);

  progress(`export of ${characters} characters`);
  const exportMs = await time(runs(15), warmups, () => exportDocx(document));
  progress(`import of a ${(txt.length / 1024).toFixed(0)} KB .txt`);
  const importTxt = await time(runs(15), warmups, () => importSource(txt));
  progress(`import of a ${(docx.length / 1024).toFixed(0)} KB .docx`);
  const importDocx = await time(runs(15), warmups, () => importSource(docx));

  const report: BenchReport = {
    quick,
    // 22 lines × 28 characters a page, about nine tenths filled (paragraph ends, headings).
    doc: { pages: Math.round(characters / (22 * 28 * 0.9)), blocks: document.blocks.length, characters },
    export_ms: exportMs,
    import_txt_ms: importTxt,
    import_docx_ms: importDocx,
  };
  process.stdout.write(JSON.stringify(report) + '\n');
}

await main();
