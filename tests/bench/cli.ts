/**
 * The command line as a user meets it: the real `gongwen` binary (main/cli/bin.mjs) spawned as a
 * whole process, start to exit, beside `node -e 0` measured in the same rounds, so the ratio
 * holds on a busy machine. Peak RSS is the process's own maxRSS at exit, written by a one-line
 * hook loaded into every process measured, `node -e 0` included.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocx } from '../../core/export/docx.ts';
import type { GongwenDocument } from '../../core/model.ts';
import { asPlainText } from './as-text.ts';
import { summarize } from './stats.ts';

const BIN = fileURLToPath(new URL('../../main/cli/bin.mjs', import.meta.url));

export interface ProcessFigure {
  p50: number;
  p95: number;
  runs: number;
  /** Median peak resident set, MiB. */
  rss_mb: number;
  /** p50 over `node -e 0`'s p50 in the same rounds. */
  x_node: number;
}

export interface CliFigures {
  node_e0: ProcessFigure;
  templates: ProcessFigure;
  export_txt: ProcessFigure;
  import_docx_json: ProcessFigure;
}

interface Command {
  key: keyof CliFigures;
  args: string[];
  /** Throws when the run did not do its work (a refusal is fast, and must not pass for a result). */
  verify: (stdout: string, dir: string) => void;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/**
 * `gongwen templates`, `gongwen export` of `document` as a .txt (--force: the benchmark report
 * lacks the template's required sections), `gongwen import --json` of it as a .docx.
 */
export async function cliFigures(document: GongwenDocument, runs: number, warmups: number, progress: (message: string) => void): Promise<CliFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-bench-cli-'));
  try {
    writeFileSync(join(dir, 'report.txt'), asPlainText(document));
    writeFileSync(join(dir, 'report.docx'), await exportDocx(document));
    // CommonJS, which Node has loaded anyway: an ES module hook would add its loader to `node -e 0`.
    const hook = join(dir, 'rss-hook.cjs');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').writeFileSync(process.env.GONGWEN_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n");
    const commands: Command[] = [
      { key: 'node_e0', args: ['-e', '0'], verify: () => {} },
      {
        key: 'templates',
        args: [BIN, 'templates'],
        verify: (stdout) => {
          if (!stdout.includes('half-year')) throw new Error(`gongwen templates printed ${JSON.stringify(stdout)}`);
        },
      },
      {
        key: 'export_txt',
        args: [BIN, 'export', 'report.txt', '-o', 'out.docx', '--force'],
        verify: (_stdout, cwd) => {
          if (!existsSync(join(cwd, 'out.docx'))) throw new Error('gongwen export wrote no out.docx');
          rmSync(join(cwd, 'out.docx'));
        },
      },
      {
        key: 'import_docx_json',
        args: [BIN, 'import', 'report.docx', '--json'],
        verify: (stdout) => {
          if (!((JSON.parse(stdout) as { blocks?: unknown[] }).blocks?.length ?? 0)) throw new Error('gongwen import --json printed no blocks');
        },
      },
    ];
    const samples = new Map(commands.map((c) => [c.key, { ms: [] as number[], rss: [] as number[] }]));
    // Rounds, each running every command once: a slow spell of the machine hits them all alike.
    for (let round = 0; round < warmups + runs; round++) {
      progress(`command line round ${round + 1}/${warmups + runs}${round < warmups ? ' (warm-up)' : ''}`);
      for (const command of commands) {
        const rssFile = join(dir, 'rss');
        const started = performance.now();
        const run = spawnSync(process.execPath, ['--require', hook, ...command.args], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, GONGWEN_BENCH_RSS: rssFile },
          maxBuffer: 64 * 1024 * 1024,
        });
        const ms = performance.now() - started;
        if (run.status !== 0) throw new Error(`${command.args.slice(1).join(' ')} exited ${run.status ?? run.signal}: ${run.stderr}`);
        command.verify(run.stdout, dir);
        const rss = Number(readFileSync(rssFile, 'utf8')) / 1024;
        if (round >= warmups) {
          samples.get(command.key)!.ms.push(ms);
          samples.get(command.key)!.rss.push(rss);
        }
      }
    }
    const nodeP50 = summarize(samples.get('node_e0')!.ms).p50;
    const figure = (key: keyof CliFigures): ProcessFigure => {
      const { ms, rss } = samples.get(key)!;
      const timing = summarize(ms);
      return { ...timing, rss_mb: Math.round(median(rss) * 10) / 10, x_node: Math.round((timing.p50 / nodeP50) * 10) / 10 };
    };
    return { node_e0: figure('node_e0'), templates: figure('templates'), export_txt: figure('export_txt'), import_docx_json: figure('import_docx_json') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
