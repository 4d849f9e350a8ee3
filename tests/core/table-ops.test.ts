import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../core/model.ts';
import { deleteColumn, insertColumn } from '../../core/table/column-ops.ts';
import { cellIndexAt, cellStarts, rowWidth, spanOf, tableWidth } from '../../core/table/grid.ts';
import { makeTable } from '../../core/table/make-table.ts';
import { deleteRow, insertRow } from '../../core/table/row-ops.ts';
import { normalizeTable, tableProblem } from '../../core/table/table-rules.ts';
import { prng } from './random-blocks.ts';
import { randomTable, tableTexts } from './random-table.ts';

const SEEDS = 400;
const cell = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'table-cell' as const, ...extra, children: [{ type: 'cell-paragraph' as const, children: [{ text }] }] });
const row = (...cells: ReturnType<typeof cell>[]) => ({ type: 'table-row' as const, children: cells });

describe('makeTable', () => {
  it('makes rows × columns empty cells, the first row a header row', () => {
    const table = makeTable(3, 4);
    expect(table.children).toHaveLength(3);
    expect(table.children.map(rowWidth)).toEqual([4, 4, 4]);
    expect(table.children.map((r) => r.header === true)).toEqual([true, false, false]);
    expect(tableProblem(table)).toBeNull();
  });
  it('clamps what it is asked to at least one cell and Word’s 63 columns', () => {
    expect(tableWidth(makeTable(0, 0))).toBe(1);
    expect(tableWidth(makeTable(2, 100))).toBe(63);
  });
});

describe('merged cells', () => {
  // 甲 spans columns 0–1 and rows 0–1; 乙 rows 0–2 in column 2.
  const merged: TableBlock = {
    type: 'table',
    children: [row(cell('甲', { colSpan: 2, vMerge: 'restart' }), cell('乙', { vMerge: 'restart' })), row(cell('', { colSpan: 2, vMerge: 'continue' }), cell('', { vMerge: 'continue' })), row(cell('丙'), cell('丁'), cell('', { vMerge: 'continue' }))],
  };
  it('deleting a column inside a span shrinks the span and keeps its text', () => {
    const result = deleteColumn(merged, 1)!;
    expect(tableProblem(result)).toBeNull();
    expect(result.children[0]!.children[0]).toMatchObject({ vMerge: 'restart', children: [{ children: [{ text: '甲' }] }] });
    expect(result.children[0]!.children[0]!.colSpan).toBeUndefined();
    expect(tableTexts(result)).toEqual(['丙', '乙', '甲'].sort());
  });
  it('deleting the row a merge starts in passes the start and its text down', () => {
    const result = deleteRow(merged, 0)!;
    expect(tableProblem(result)).toBeNull();
    expect(result.children[0]!.children[1]).toMatchObject({ vMerge: 'restart', children: [{ children: [{ text: '乙' }] }] });
    // 甲's merge had one row left: it is a plain cell now, with its text.
    expect(result.children[0]!.children[0]).toEqual(cell('甲', { colSpan: 2 }));
  });
  it('a row inserted inside a merge continues it; one after it does not', () => {
    const inside = insertRow(merged, 1);
    expect(inside.children[1]!.children.map((c) => c.vMerge)).toEqual(['continue', 'continue']);
    const after = insertRow(merged, 3);
    expect(after.children[3]!.children.every((c) => c.vMerge === undefined)).toBe(true);
    expect(tableProblem(inside)).toBeNull();
    expect(tableProblem(after)).toBeNull();
  });
  it('a column inserted inside a span widens it in every merged row', () => {
    const result = insertColumn(merged, 1);
    expect(tableProblem(result)).toBeNull();
    expect(result.children.slice(0, 2).map((r) => r.children[0]!.colSpan)).toEqual([3, 3]);
    expect(result.children[2]!.children.map(spanOf)).toEqual([1, 1, 1, 1]);
  });
  it('deleting the only row or the only column leaves no table', () => {
    expect(deleteRow(makeTable(1, 3), 0)).toBeNull();
    expect(deleteColumn(makeTable(3, 1), 0)).toBeNull();
  });
});

describe('normalizeTable', () => {
  it('pads short rows, gives empty cells a paragraph and undoes merges that no longer line up, keeping text', () => {
    const broken = {
      type: 'table',
      children: [row(cell('a'), cell('b', { colSpan: 1 })), row(cell('c', { vMerge: 'continue' })), { type: 'table-row', header: true, children: [{ type: 'table-cell', vMerge: 'restart', children: [] }] }],
    } as unknown as TableBlock;
    const fixed = normalizeTable(broken);
    expect(tableProblem(fixed)).toBeNull();
    expect(tableTexts(fixed)).toEqual(['a', 'b', 'c']);
    expect(fixed.children.map(rowWidth)).toEqual([2, 2, 2]);
  });
  it('returns a valid table unchanged', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const table = randomTable(prng(seed));
      expect(normalizeTable(table)).toBe(table);
    }
  });
});

describe('table operations on random tables (property)', () => {
  const check = (seed: number, table: TableBlock, result: TableBlock | null, what: string) => {
    if (!result) return;
    expect(tableProblem(result), `seed ${seed} ${what}`).toBeNull();
    expect(new Set(result.children.map(rowWidth)).size, `seed ${seed} ${what}`).toBe(1);
    void table;
  };

  it('generated tables are valid', () => {
    for (let seed = 1; seed <= SEEDS; seed++) expect(tableProblem(randomTable(prng(seed))), `seed ${seed}`).toBeNull();
  });

  it('inserting a row or column keeps every text and adds one row / column', () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = prng(seed);
      const table = randomTable(random);
      const at = Math.floor(random() * (table.children.length + 1));
      const withRow = insertRow(table, at);
      check(seed, table, withRow, `insertRow ${at}`);
      expect(withRow.children).toHaveLength(table.children.length + 1);
      expect(tableTexts(withRow)).toEqual(tableTexts(table));
      const column = Math.floor(random() * (tableWidth(table) + 1));
      const withColumn = insertColumn(table, column);
      check(seed, table, withColumn, `insertColumn ${column}`);
      expect(tableWidth(withColumn)).toBe(tableWidth(table) + 1);
      expect(tableTexts(withColumn)).toEqual(tableTexts(table));
    }
  });

  it('deleting a row loses only that row’s text, save a merged cell’s which moves down', () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = prng(seed);
      const table = randomTable(random);
      const at = Math.floor(random() * table.children.length);
      const result = deleteRow(table, at);
      if (table.children.length === 1) {
        expect(result).toBeNull();
        continue;
      }
      check(seed, table, result, `deleteRow ${at}`);
      expect(result!.children).toHaveLength(table.children.length - 1);
      const kept = tableTexts(result!);
      const others = tableTexts(table, (r) => r !== at);
      // Every other row's text is there, and nothing but the table's own text.
      expect(others.every((t) => kept.includes(t)), `seed ${seed}`).toBe(true);
      expect(kept.every((t) => tableTexts(table).includes(t))).toBe(true);
      // The deleted row's text survives only where it started a merge that went on below.
      const moved = table.children[at]!.children.filter((c) => c.vMerge === 'restart' && table.children[at + 1]).flatMap((c) => c.children.map((p) => p.children[0]!.text));
      expect(kept.length, `seed ${seed}`).toBe(others.length + moved.length);
    }
  });

  it('deleting a column loses only the text of cells that were only that column wide', () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = prng(seed);
      const table = randomTable(random);
      const column = Math.floor(random() * tableWidth(table));
      const result = deleteColumn(table, column);
      if (tableWidth(table) === 1) {
        expect(result).toBeNull();
        continue;
      }
      check(seed, table, result, `deleteColumn ${column}`);
      expect(tableWidth(result!)).toBe(tableWidth(table) - 1);
      const lost = table.children.flatMap((r) => {
        const c = cellIndexAt(r, column);
        const target = r.children[c]!;
        return spanOf(target) === 1 ? target.children.map((p) => p.children[0]!.text).filter(Boolean) : [];
      });
      const expected = tableTexts(table).slice();
      for (const text of lost) expected.splice(expected.indexOf(text), 1);
      expect(tableTexts(result!), `seed ${seed}`).toEqual(expected);
    }
  });

  it('a chain of random operations keeps the table valid', () => {
    for (let seed = 1; seed <= SEEDS / 4; seed++) {
      const random = prng(seed * 7919);
      let table: TableBlock | null = randomTable(random);
      for (let step = 0; step < 12 && table; step++) {
        const op = Math.floor(random() * 4);
        const width = tableWidth(table);
        const before: TableBlock = table;
        if (op === 0) table = insertRow(table, Math.floor(random() * (table.children.length + 1)));
        else if (op === 1) table = deleteRow(table, Math.floor(random() * table.children.length));
        else if (op === 2) table = insertColumn(table, Math.floor(random() * (width + 1)));
        else table = deleteColumn(table, Math.floor(random() * width));
        check(seed, before, table, `step ${step} op ${op}`);
        if (table) for (const r of table.children) expect(cellStarts(r).length).toBe(r.children.length);
      }
    }
  });
});
