import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINE_PITCH_PT, MARGIN_MM, PAGE_MM, TYPE_AREA_MM } from '../../core/print/page-geometry.ts';
import { applyPageVariables, pageVariables } from '../../renderer/styles/page-variables.ts';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path, ext) : ext.test(entry.name) ? [path] : [];
  });
}

const stylesheets = files('renderer', /\.css$/).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const scripts = files('renderer', /\.tsx?$/).map((path) => readFileSync(path, 'utf8'));
const names = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

describe('the page as CSS variables', () => {
  it('defines every variable a stylesheet reads: in a stylesheet, from the print geometry, or set by a script', () => {
    const declared = new Set(stylesheets.flatMap(({ text }) => names(text, /(--gw-[a-z0-9-]+)\s*:/g)));
    const page = new Set(Object.keys(pageVariables()));
    const scripted = new Set(scripts.flatMap((text) => names(text, /['`](--gw-[a-z0-9-]+)['`]/g)));
    const undefinedReads = stylesheets.flatMap(({ path, text }) => names(text, /var\((--gw-[a-z0-9-]+)/g).filter((name) => !declared.has(name) && !page.has(name) && !scripted.has(name)).map((name) => `${path}: ${name}`));
    expect(undefinedReads).toEqual([]);
    // The page's own variables have one source: no stylesheet declares one.
    expect([...declared].filter((name) => page.has(name))).toEqual([]);
  });

  it('leaves no number of the page in a stylesheet', () => {
    const numbers = [`${PAGE_MM.width}mm`, `${PAGE_MM.height}mm`, `${TYPE_AREA_MM.width}mm`, `${TYPE_AREA_MM.height}mm`, `${MARGIN_MM.top}mm`, `${MARGIN_MM.left}mm`, `${MARGIN_MM.right}mm`, `${LINE_PITCH_PT}pt`];
    const found = stylesheets.flatMap(({ path, text }) => numbers.filter((n) => new RegExp(`(^|[^0-9.])${n.replace('.', '\\.')}`).test(text.replace(/\/\*[\s\S]*?\*\//g, ''))).map((n) => `${path}: ${n}`));
    expect(found).toEqual([]);
  });

  it('sets the geometry on the element it is given, in CSS units', () => {
    const set = new Map<string, string>();
    applyPageVariables({ setProperty: (name: string, value: string | null) => void set.set(name, value ?? '') });
    expect(set.get('--gw-page-margin-top')).toBe(`${TYPE_AREA_MM.top}mm`);
    // The 版心 and its margins make up the sheet, across and down.
    const mm = (name: string) => Number.parseFloat(set.get(name)!);
    expect(mm('--gw-page-margin-left') + mm('--gw-type-area-width') + mm('--gw-page-margin-right')).toBe(mm('--gw-page-width'));
    expect(mm('--gw-page-margin-top') + mm('--gw-type-area-height') + mm('--gw-page-margin-bottom')).toBe(mm('--gw-page-height'));
  });
});
