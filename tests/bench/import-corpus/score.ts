/**
 * Scores recognised outlines against the hand-made ones of tests/fixtures/import-corpus/.
 *
 * Headings: an expected heading is found when a recognised heading, later than the last one
 * matched, has the same key (its text without label, spaces and punctuation, first eight
 * characters, or all of them when shorter, one a prefix of the other: run-in boundaries and a
 * PDF's stray spaces do not decide a match) and the same level; precision and recall are counted per level over the whole corpus, F1 per level, and the
 * macro-F1 is their mean over the levels that occur. Fields (title, addressee, signature, date):
 * correct when equal after white space is squashed, or both absent; a title's compilation-site
 * decoration (篇1, 【3篇】, 篇一：, （精选7篇）) is not part of it. Each field reports how many
 * documents have one (`present`), how many of those were found correctly (`found`), how many
 * documents without one got one anyway (`spurious`), and `rate`: documents right, of all.
 */

export interface ExpectedHeading {
  level: number;
  number: string;
  text: string;
}

export interface Outline {
  title: string | null;
  addressee: string | null;
  signature: string | null;
  date: string | null;
  headings: ExpectedHeading[];
}

export const FIELDS = ['title', 'addressee', 'signature', 'date'] as const;
export type Field = (typeof FIELDS)[number];

const PUNCT = /[\s\u3000\p{P}\p{S}]/gu;

export function headingKey(text: string): string {
  return text.replace(PUNCT, '').slice(0, 8);
}

/** One key starts the other: a heading cut short at its first sentence still matches. */
export function sameHeading(a: string, b: string): boolean {
  const x = headingKey(a);
  const y = headingKey(b);
  return x.length > 0 && y.length > 0 && (x.startsWith(y) || y.startsWith(x));
}

const SQUASH = /[\s\u3000]+/gu;
const PIECE_MARK = /^篇[一二三四五六七八九十\d]+[：:]|[（(【]?(?:精选)?[一二三四五六七八九十\d]*篇[一二三四五六七八九十\d]*[）)】]?$/u;

export function fieldKey(field: Field, value: string | null): string | null {
  if (value === null) return null;
  let v = value.replace(SQUASH, '');
  if (field === 'title') v = v.replace(PIECE_MARK, '').replace(/^《(.*)》$/u, '$1');
  if (field === 'addressee') v = v.replace(/[:：]$/u, '');
  return v || null;
}

export interface HeadingCounts {
  /** Per level: true positives, expected, recognised. */
  tp: number[];
  expected: number[];
  got: number[];
}

export function emptyCounts(): HeadingCounts {
  return { tp: [0, 0, 0, 0, 0], expected: [0, 0, 0, 0, 0], got: [0, 0, 0, 0, 0] };
}

/** Adds one document's headings to `counts`; returns that document's own counts. */
export function countHeadings(expected: readonly ExpectedHeading[], got: readonly ExpectedHeading[], counts: HeadingCounts = emptyCounts()): HeadingCounts {
  const own = emptyCounts();
  for (const h of expected) own.expected[h.level]!++;
  for (const h of got) own.got[h.level]!++;
  let from = 0;
  for (const want of expected) {
    for (let j = from; j < got.length; j++) {
      if (!sameHeading(want.text, got[j]!.text)) continue;
      if (got[j]!.level === want.level) own.tp[want.level]!++;
      from = j + 1;
      break;
    }
  }
  for (let l = 1; l <= 4; l++) {
    counts.tp[l]! += own.tp[l]!;
    counts.expected[l]! += own.expected[l]!;
    counts.got[l]! += own.got[l]!;
  }
  return own;
}

/** F1 per level (levels with nothing expected nor recognised left out) and their mean. */
export function macroF1(counts: HeadingCounts): { macro: number; byLevel: Record<string, number> } {
  const byLevel: Record<string, number> = {};
  const values: number[] = [];
  for (let l = 1; l <= 4; l++) {
    const e = counts.expected[l]!;
    const g = counts.got[l]!;
    if (e === 0 && g === 0) continue;
    values.push((2 * counts.tp[l]!) / (e + g));
    byLevel[`h${l}`] = round(values[values.length - 1]!);
  }
  return { macro: values.length ? round(values.reduce((a, b) => a + b, 0) / values.length) : 1, byLevel };
}

export interface FieldScore {
  present: number;
  found: number;
  spurious: number;
  rate: number;
}

export function fieldCorrect(field: Field, expected: string | null, got: string | null): boolean {
  return fieldKey(field, expected) === fieldKey(field, got);
}

export interface DocumentScore {
  id: string;
  headingF1: number;
  wrongFields: Field[];
}

export interface CorpusScore {
  documents: number;
  headingMacroF1: number;
  headingF1ByLevel: Record<string, number>;
  fields: Record<Field, FieldScore>;
  worst: DocumentScore[];
}

export function scoreCorpus(items: readonly { id: string; expected: Outline; got: Outline }[]): CorpusScore {
  const counts = emptyCounts();
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { present: 0, found: 0, spurious: 0, rate: 0 }])) as Record<Field, FieldScore>;
  const perDocument: DocumentScore[] = [];
  for (const { id, expected, got } of items) {
    const own = countHeadings(expected.headings, got.headings, counts);
    const e = own.expected.reduce((a, b) => a + b, 0);
    const g = own.got.reduce((a, b) => a + b, 0);
    const tp = own.tp.reduce((a, b) => a + b, 0);
    const wrongFields: Field[] = [];
    for (const field of FIELDS) {
      const ok = fieldCorrect(field, expected[field], got[field]);
      const score = fields[field];
      if (expected[field] !== null) {
        score.present++;
        if (ok) score.found++;
      } else if (!ok) score.spurious++;
      if (ok) score.rate++;
      else wrongFields.push(field);
    }
    perDocument.push({ id, headingF1: e + g === 0 ? 1 : round((2 * tp) / (e + g)), wrongFields });
  }
  for (const field of FIELDS) fields[field].rate = items.length ? round(fields[field].rate / items.length) : 1;
  const { macro, byLevel } = macroF1(counts);
  const worst = [...perDocument].sort((a, b) => a.headingF1 - a.wrongFields.length * 0.25 - (b.headingF1 - b.wrongFields.length * 0.25)).slice(0, 5);
  return { documents: items.length, headingMacroF1: macro, headingF1ByLevel: byLevel, fields, worst };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
