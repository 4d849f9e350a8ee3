/**
 * The derived documents of the import corpus: a real page's text (tests/fixtures/import-corpus/)
 * turned into the other forms clerks find a report in, by a seeded transform, with the source's
 * expected outline unchanged. `npx tsx tests/bench/import-corpus/derive.ts` rewrites them.
 *
 * - glued: every line break removed (a 文库 preview, an OA export);
 * - wenku-pages: glued, then broken only at page ends (every 280–420 characters, mid-word), each
 *   page starting with its number glued on: 1、 2、 3、 (文库 page previews);
 * - pdf: lines hard-wrapped at one width (30–38 characters) and a page number line `- 2 -`
 *   every 22 lines (text copied out of a PDF);
 * - page-of: glued, broken at page ends with a `第2页 共5页` line between pages;
 * - tail-lines, tail-glued: the report's tail added after its last whole sentence (derive-tail.ts);
 * - web: the site's furniture around it — breadcrumb, 索引号, 发布日期 … 浏览次数, the title
 *   repeated, 【字体：大 中 小】 — and 【打印本页】【关闭窗口】 with the site's footer after it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prng } from '../../core/random-blocks.ts';
import { makeTail, withTail, type DateForm, type TailLayout } from './derive-tail.ts';

export type Transform = 'glued' | 'wenku-pages' | 'pdf' | 'page-of' | 'web';

function between(rng: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function pages(stream: string, rng: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < stream.length; ) {
    const size = between(rng, 280, 420);
    out.push(stream.slice(i, i + size));
    i += size;
  }
  return out;
}

export function derive(text: string, transform: Transform, seed: number, title: string | null): string {
  const rng = prng(seed);
  const stream = lines(text).join('');
  switch (transform) {
    case 'glued':
      return stream;
    case 'wenku-pages':
      return pages(stream, rng)
        .map((page, k) => `${k + 1}、${page}`)
        .join('\n');
    case 'page-of': {
      const all = pages(stream, rng);
      return all.map((page, k) => (k === 0 ? page : `第${k + 1}页 共${all.length}页\n${page}`)).join('\n');
    }
    case 'pdf': {
      const width = between(rng, 30, 38);
      const wrapped = lines(text).flatMap((line) => {
        const parts: string[] = [];
        for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
        return parts;
      });
      return wrapped.flatMap((line, i) => (i > 0 && i % 22 === 0 ? [`- ${i / 22 + 1} -`, line] : [line])).join('\n');
    }
    case 'web': {
      const day = String(between(rng, 1, 28)).padStart(2, '0');
      const header = [
        '您现在的位置：首页 > 信息公开 > 计划总结',
        `索引号：11341700${between(rng, 1000, 9999)}/2023-000${between(rng, 10, 99)}`,
        '发布机构：办公室',
        `发布日期：2023-07-${day}\u3000\u3000浏览次数：${between(rng, 20, 3000)}`,
        '【字体：大 中 小】',
        ...(title ? [title] : []),
      ];
      const footer = ['【打印本页】【关闭窗口】', '主办单位：XX市人民政府办公室\u3000\u3000网站标识码：3417000001'];
      return [...header, ...lines(text), ...footer].join('\n');
    }
  }
}

/** Which real documents each transform is applied to, and with which seed. */
export const DERIVED: readonly { from: string; transform: Transform; seed: number }[] = [
  { from: '03-web', transform: 'glued', seed: 1 },
  { from: '20-clean', transform: 'glued', seed: 2 },
  { from: '21-web', transform: 'glued', seed: 3 },
  { from: '24-pdf', transform: 'glued', seed: 4 },
  { from: '34-web', transform: 'glued', seed: 5 },
  { from: '15-web', transform: 'wenku-pages', seed: 6 },
  { from: '25-web', transform: 'wenku-pages', seed: 7 },
  { from: '36-web', transform: 'wenku-pages', seed: 8 },
  { from: '04-web', transform: 'pdf', seed: 9 },
  { from: '23-web', transform: 'pdf', seed: 10 },
  { from: '39-web', transform: 'pdf', seed: 11 },
  { from: '27-web', transform: 'page-of', seed: 12 },
  { from: '24-pdf', transform: 'web', seed: 13 },
  { from: '34-web', transform: 'web', seed: 14 },
  { from: '20-clean', transform: 'web', seed: 15 },
];

/** Reports given their tail: the organ their title names signs them, in the year it names. */
export const TAILED: readonly { from: string; layout: TailLayout; organ: string; year: number; form: DateForm; seed: number }[] = [
  { from: '04-web', layout: 'lines', organ: '林业局', year: 2023, form: 'dash', seed: 21 },
  { from: '04-web', layout: 'glued', organ: '林业局', year: 2023, form: 'cn', seed: 22 },
  { from: '11-pdf', layout: 'lines', organ: 'XX区卫生健康局', year: 2022, form: 'numeral', seed: 23 },
  { from: '15-web', layout: 'glued', organ: '昆明市官渡区人民政府', year: 2023, form: 'cn', seed: 24 },
  { from: '08-web', layout: 'lines', organ: '县教育局', year: 2023, form: 'dot', seed: 25 },
  { from: '08-web', layout: 'glued', organ: '县教育局', year: 2023, form: 'numeral', seed: 26 },
  { from: '13-wenku', layout: 'lines', organ: '卫健局', year: 2022, form: 'cn', seed: 27 },
  { from: '02-wenku', layout: 'glued', organ: '局机关工会', year: 2022, form: 'dot', seed: 28 },
  { from: '16-glued', layout: 'glued', organ: 'XX县交通运输局', year: 2023, form: 'dash', seed: 29 },
  { from: '20-clean', layout: 'lines', organ: '教育文化卫生健康局', year: 2023, form: 'numeral', seed: 30 },
];

export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/import-corpus/', import.meta.url));

function main(): void {
  const real = readdirSync(CORPUS_DIR).filter((f) => /^\d+-[a-z]+\.json$/u.test(f));
  for (const [k, d] of DERIVED.entries()) {
    if (!real.includes(`${d.from}.json`)) throw new Error(`no ${d.from}`);
    const source = JSON.parse(readFileSync(CORPUS_DIR + `${d.from}.json`, 'utf8')) as { source: string; text: string; expected: { title: string | null } };
    const text = derive(source.text, d.transform, d.seed, source.expected.title);
    const doc = { source: source.source, form: d.transform, derivedFrom: d.from, seed: d.seed, text, expected: source.expected };
    writeFileSync(CORPUS_DIR + `d${String(k + 1).padStart(2, '0')}-${d.transform}-from-${d.from}.json`, JSON.stringify(doc, null, 1) + '\n');
  }
  for (const [k, d] of TAILED.entries()) {
    const source = JSON.parse(readFileSync(CORPUS_DIR + `${d.from}.json`, 'utf8')) as { source: string; text: string; expected: Record<string, unknown> };
    const tail = makeTail(d.organ, d.year, d.form, prng(d.seed));
    const doc = { source: source.source, form: `tail-${d.layout}`, derivedFrom: d.from, seed: d.seed, text: withTail(source.text, tail, d.layout), expected: { ...source.expected, signature: tail.signature, date: tail.date } };
    writeFileSync(CORPUS_DIR + `t${String(k + 1).padStart(2, '0')}-tail-${d.layout}-from-${d.from}.json`, JSON.stringify(doc, null, 1) + '\n');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
