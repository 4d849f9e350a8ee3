import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../core/model.ts';
import { rowWidth, tableWidth, type GridRect } from '../../core/table/grid.ts';
import { makeTable } from '../../core/table/make-table.ts';
import { isMergedCell, mergeCells, splitCell } from '../../core/table/merge-ops.ts';
import { tableProblem } from '../../core/table/table-rules.ts';
import { prng } from './random-blocks.ts';
import { randomTable, tableTexts } from './random-table.ts';
import { cellMarks } from './table-shape.ts';

const SEEDS = 500;
const cell = (text: string, extra: Record<string, unknown> = {}) => ({ type: 'table-cell' as const, ...extra, children: [{ type: 'cell-paragraph' as const, children: [{ text }] }] });
const row = (...cells: ReturnType<typeof cell>[]) => ({ type: 'table-row' as const, children: cells });
const headerRow = (...cells: ReturnType<typeof cell>[]) => ({ type: 'table-row' as const, header: true, children: cells });
const rect = (top: number, left: number, bottom: number, right: number): GridRect => ({ top, left, bottom, right });

/** 项目 / 金额 / 备注 over two body rows. */
const sample: TableBlock = {
  type: 'table',
  children: [headerRow(cell('项目'), cell('金额'), cell('备注')), row(cell('甲'), cell('1'), cell('')), row(cell('乙'), cell('2'), cell('说明'))],
};

describe('mergeCells', () => {
  it('merges a 2×2 rectangle into one cell holding the covered text in reading order', () => {
    const result = mergeCells(sample, rect(1, 0, 2, 1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(cellMarks(result.table)).toEqual([
      ['项目', '金额', '备注'],
      ['甲\n1\n乙\n2|2^', ''],
      ['|2^^', '说明'],
    ]);
    expect(result.at).toEqual({ row: 1, cell: 0 });
    expect(tableProblem(result.table)).toBeNull();
  });

  it('merges across a row only with colSpan, down a column only with vMerge', () => {
    const across = mergeCells(sample, rect(2, 1, 2, 2));
    expect(across.ok && cellMarks(across.table)[2]).toEqual(['乙', '2\n说明|2']);
    const down = mergeCells(sample, rect(1, 2, 2, 2));
    expect(down.ok && cellMarks(down.table).map((r) => r[2])).toEqual(['备注', '说明^', '^^']);
  });

  it('refuses a merge of header rows with body rows, and leaves a rectangle of one cell as it is', () => {
    const refused = mergeCells(sample, rect(0, 0, 1, 0));
    expect(refused).toEqual({ ok: false, reason: expect.stringContaining('表头行不能与正文行合并') });
    const one = mergeCells(sample, rect(1, 1, 1, 1));
    expect(one.ok && one.table).toBe(sample);
    const outside = mergeCells(sample, rect(1, 1, 1, 3));
    expect(outside.ok).toBe(false);
  });

  it('merges header rows among themselves', () => {
    const table: TableBlock = { type: 'table', children: [headerRow(cell('类别'), cell('数量')), headerRow(cell(''), cell('单位')), row(cell('甲'), cell('1'))] };
    const result = mergeCells(table, rect(0, 0, 1, 0));
    expect(result.ok && cellMarks(result.table).map((r) => r[0])).toEqual(['类别^', '^^', '甲']);
    expect(result.ok && result.table.children.map((r) => r.header === true)).toEqual([true, true, false]);
  });

  it('widens a rectangle that cuts a merged cell to take the whole cell, as Word does', () => {
    // 甲 is merged over rows 0–1 of column 0; the rectangle asks for rows 1–2 of columns 0–1.
    const table: TableBlock = { type: 'table', children: [row(cell('甲', { vMerge: 'restart' }), cell('乙')), row(cell('', { vMerge: 'continue' }), cell('丙')), row(cell('丁'), cell('戊'))] };
    const result = mergeCells(table, rect(1, 0, 2, 1));
    expect(result.ok && cellMarks(result.table)).toEqual([['甲\n乙\n丙\n丁\n戊|2^'], ['|2^^'], ['|2^^']]);
  });

  it('keeps a cell’s second paragraph and drops only empty ones', () => {
    const table: TableBlock = {
      type: 'table',
      children: [row({ type: 'table-cell', children: [{ type: 'cell-paragraph', children: [{ text: '一' }] }, { type: 'cell-paragraph', children: [{ text: '' }] }, { type: 'cell-paragraph', children: [{ text: '二' }] }] }, cell(' '))],
    };
    const result = mergeCells(table, rect(0, 0, 0, 1));
    expect(result.ok && cellMarks(result.table)).toEqual([['一\n二\n |2']]);
  });
});

describe('splitCell', () => {
  it('splits a merged cell back into single cells, its text in the top-left one', () => {
    const merged = mergeCells(sample, rect(1, 0, 2, 1));
    if (!merged.ok) throw new Error(merged.reason);
    // From the covered cell of the second row: the merge it belongs to is split.
    const result = splitCell(merged.table, { row: 2, cell: 0 });
    expect(result.ok && cellMarks(result.table)).toEqual([
      ['项目', '金额', '备注'],
      ['甲\n1\n乙\n2', '', ''],
      ['', '', '说明'],
    ]);
    expect(result.ok && result.at).toEqual({ row: 1, cell: 0 });
  });

  it('refuses a cell that is not merged', () => {
    expect(splitCell(sample, { row: 1, cell: 1 })).toEqual({ ok: false, reason: expect.stringContaining('没有合并') });
    expect(isMergedCell(sample, { row: 1, cell: 1 })).toBe(false);
  });
});

/**
 * An independent reading of the grid: for each grid cell, the "row:cell" of the cell whose text it
 * shows (a continued cell shows the text of the one above it).
 */
function owners(table: TableBlock): string[][] {
  const grid: string[][] = [];
  table.children.forEach((tableRow, r) => {
    const line: string[] = [];
    tableRow.children.forEach((tableCell, c) => {
      for (let k = 0; k < (tableCell.colSpan ?? 1); k++) line.push(tableCell.vMerge === 'continue' ? grid[r - 1]![line.length]! : `${r}:${c}`);
    });
    grid.push(line);
  });
  return grid;
}

/** The rectangle grown until every owner inside it lies wholly inside it. */
function widen(grid: string[][], box: GridRect): GridRect {
  const out = { ...box };
  for (let grown = true; grown; ) {
    grown = false;
    const inside = new Set<string>();
    for (let r = out.top; r <= out.bottom; r++) for (let c = out.left; c <= out.right; c++) inside.add(grid[r]![c]!);
    grid.forEach((line, r) =>
      line.forEach((owner, c) => {
        if (!inside.has(owner) || (r >= out.top && r <= out.bottom && c >= out.left && c <= out.right)) return;
        Object.assign(out, { top: Math.min(out.top, r), bottom: Math.max(out.bottom, r), left: Math.min(out.left, c), right: Math.max(out.right, c) });
        grown = true;
      }),
    );
  }
  return out;
}

const inBox = (box: GridRect, r: number, c: number) => r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;

/** Owners outside the box, renamed in scan order: equal when the cells outside are grouped alike. */
function outsideShape(grid: string[][], box: GridRect): string[][] {
  const names = new Map<string, number>();
  return grid.map((line, r) => line.map((owner, c) => (inBox(box, r, c) ? '·' : String(names.get(owner) ?? names.set(owner, names.size).get(owner)))));
}

const cellAt = (table: TableBlock, owner: string) => {
  const [r, c] = owner.split(':').map(Number) as [number, number];
  return table.children[r]!.children[c]!;
};

describe('merge and split over random tables', () => {
  it('keeps the grid, the text (once, in order) and every cell outside the rectangle', () => {
    let merged = 0;
    let refused = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = prng(seed);
      const table = randomTable(random);
      const width = tableWidth(table);
      const pick = (n: number) => {
        const a = Math.floor(random() * n);
        const b = Math.floor(random() * n);
        return [Math.min(a, b), Math.max(a, b)] as const;
      };
      const [top, bottom] = pick(table.children.length);
      const [left, right] = pick(width);
      const asked = rect(top, left, bottom, right);
      const before = owners(table);
      const box = widen(before, asked);
      const result = mergeCells(table, asked);
      const label = `seed ${seed}`;
      const headers = table.children.slice(box.top, box.bottom + 1).map((r) => r.header === true);
      if (!result.ok) {
        refused++;
        expect(new Set(headers).size, label).toBe(2);
        continue;
      }
      expect(new Set(headers).size, label).toBe(1);
      const after = owners(result.table);
      expect(tableProblem(result.table), label).toBeNull();
      expect(result.table.children.map(rowWidth), label).toEqual(table.children.map(() => width));
      // The box is one cell, and that cell covers nothing outside it.
      const mergedOwner = after[box.top]![box.left]!;
      after.forEach((line, r) => line.forEach((owner, c) => expect(owner === mergedOwner, `${label} ${r}:${c}`).toBe(inBox(box, r, c))));
      // Outside: the same cells, grouped alike, unchanged.
      expect(outsideShape(after, box), label).toEqual(outsideShape(before, box));
      before.forEach((line, r) => line.forEach((owner, c) => inBox(box, r, c) || expect(cellAt(result.table, after[r]![c]!), label).toEqual(cellAt(table, owner))));
      // The covered text, in reading order, is the merged cell's; none is lost or doubled.
      const covered: string[] = [];
      table.children.forEach((tableRow, r) => {
        let column = 0;
        for (const tableCell of tableRow.children) {
          if (inBox(box, r, column)) for (const p of tableCell.children) for (const run of p.children) if (run.text) covered.push(run.text);
          column += tableCell.colSpan ?? 1;
        }
      });
      const ownersInBox = new Set(before.flatMap((line, r) => line.filter((_, c) => inBox(box, r, c))));
      if (ownersInBox.size > 1) {
        merged++;
        expect(cellAt(result.table, mergedOwner).children.map((p) => p.children.map((run) => run.text).join('')), label).toEqual(covered.length ? covered : ['']);
      } else expect(result.table, label).toBe(table);
      expect(tableTexts(result.table), label).toEqual(tableTexts(table));

      // Split gives back single grid cells over the box: the text in its top-left one.
      const split = splitCell(result.table, result.at);
      if (box.top === box.bottom && box.left === box.right) {
        expect(split.ok, label).toBe(false);
        continue;
      }
      if (!split.ok) throw new Error(`${label}: ${split.reason}`);
      const parts = owners(split.table);
      expect(tableProblem(split.table), label).toBeNull();
      expect(split.table.children.map(rowWidth), label).toEqual(table.children.map(() => width));
      const seen = new Set<string>();
      parts.forEach((line, r) =>
        line.forEach((owner, c) => {
          if (!inBox(box, r, c)) return;
          expect(seen.has(owner), `${label} ${r}:${c} split`).toBe(false);
          seen.add(owner);
          const text = cellAt(split.table, owner).children.map((p) => p.children.map((run) => run.text).join(''));
          expect(text, `${label} ${r}:${c}`).toEqual(r === box.top && c === box.left ? cellAt(result.table, mergedOwner).children.map((p) => p.children[0]!.text) : ['']);
        }),
      );
      expect(outsideShape(parts, box), label).toEqual(outsideShape(before, box));
      expect(tableTexts(split.table), label).toEqual(tableTexts(table));
    }
    // The seeds reach both real merges and refusals.
    expect(merged).toBeGreaterThan(SEEDS / 4);
    expect(refused).toBeGreaterThan(10);
  });

  it('merging a whole empty table leaves one cell as wide as the table', () => {
    const table = makeTable(3, 4, { header: false });
    const result = mergeCells(table, rect(0, 0, 2, 3));
    expect(result.ok && cellMarks(result.table)).toEqual([['|4^'], ['|4^^'], ['|4^^']]);
  });
});
