/**
 * The import corpus (tests/fixtures/import-corpus/: real reports as found on the web, and forms
 * derived from them, each with a hand-made outline) recognised and scored (import-corpus/score.ts).
 * `npx tsx tests/bench/import-corpus.ts` prints one JSON object: heading macro-F1, the fields'
 * rates and the worst five documents; `--all` lists every document that is not perfect, with
 * what was expected and what was found. `npm run bench` includes the same figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recognise } from '../../core/import/recognise.ts';
import { textToParagraphs } from '../../core/import/text-source.ts';
import { CORPUS_DIR } from './import-corpus/derive.ts';
import { FIELDS, scoreCorpus, type CorpusScore, type Outline } from './import-corpus/score.ts';

export interface CorpusDocument {
  id: string;
  source: string;
  form: string;
  text: string;
  expected: Outline;
}

export function loadCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/u, ''), ...(JSON.parse(readFileSync(dir + f, 'utf8')) as Omit<CorpusDocument, 'id'>) }));
}

export function recogniseOutline(text: string): Outline {
  const r = recognise(textToParagraphs(text));
  return {
    title: r.title,
    addressee: r.addressee,
    signature: r.signature,
    date: r.date,
    headings: r.blocks.flatMap((b) => (b.kind === 'heading' ? [{ level: b.level, number: b.number, text: b.text }] : [])),
  };
}

export function corpusScore(documents: readonly CorpusDocument[] = loadCorpus()): CorpusScore {
  return scoreCorpus(documents.map((d) => ({ id: d.id, expected: d.expected, got: recogniseOutline(d.text) })));
}

function details(documents: readonly CorpusDocument[]): unknown[] {
  const out: unknown[] = [];
  for (const d of documents) {
    const got = recogniseOutline(d.text);
    const one = scoreCorpus([{ id: d.id, expected: d.expected, got }]);
    if (one.worst[0]!.headingF1 === 1 && one.worst[0]!.wrongFields.length === 0) continue;
    const fields = Object.fromEntries(FIELDS.filter((f) => one.worst[0]!.wrongFields.includes(f)).map((f) => [f, { expected: d.expected[f], got: got[f] }]));
    const show = (o: Outline) => o.headings.map((h) => `${h.level} ${h.number} ${h.text.slice(0, 16)}`);
    out.push({ id: d.id, headingF1: one.worst[0]!.headingF1, fields, expected: show(d.expected), got: show(got) });
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const documents = loadCorpus();
  const score = corpusScore(documents);
  process.stdout.write(JSON.stringify(score) + '\n');
  if (process.argv.includes('--all')) process.stdout.write(JSON.stringify(details(documents), null, 1) + '\n');
}
