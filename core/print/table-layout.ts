import { z } from 'zod';
import data from '../../templates/table-layout.json';

/**
 * Tables and 附件 in numbers, read from templates/table-layout.json, where each value stands with
 * its source (GB/T 9704-2012 7.3.7 for the 附件, common practice for tables); docs/gbt9704-tables.md
 * quotes them. Validated when loaded: a wrong number in the data stops the app at start, not a
 * table at export. A number here is the only copy of it: the print plan lays tables out with
 * these, the export and the preview follow the plan.
 */
const entry = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: z.string().min(1) });
const mm = z.number().min(0).max(50);

const schema = z.strictObject({
  description: z.string(),
  tableWidthMm: entry(z.number().positive().max(156)),
  cellSizePt: entry(z.number().min(7).max(22)),
  cellLineHeightPt: entry(z.number().min(7).max(40)),
  cellMarginMm: entry(z.strictObject({ left: mm, right: mm, top: mm, bottom: mm })),
  borderPt: entry(z.number().min(0.25).max(3)),
  rowPitch: entry(z.literal('grid')),
  headerAlign: entry(z.enum(['center', 'left'])),
  textAlign: entry(z.enum(['left', 'center', 'justify'])),
  figureAlign: entry(z.enum(['center', 'right'])),
  halfWidthSlack: entry(z.number().min(0).max(0.5)),
  columnSlackChars: entry(z.number().min(0).max(4)),
  minColumnChars: entry(z.number().min(1).max(10)),
  annexTitleRow: entry(z.union([z.literal(2), z.literal(3)])),
});

const layout = schema.parse(data);
type Layout = typeof layout;
type Values = { readonly [K in Exclude<keyof Layout, 'description'>]: Layout[K]['value'] };

export const TABLE_LAYOUT: Values = Object.fromEntries(Object.entries(layout).flatMap(([key, value]) => (typeof value === 'object' ? [[key, value.value]] : []))) as unknown as Values;

/** Every entry of the data file with its source, for the test that holds each value to one. */
export const TABLE_LAYOUT_SOURCES: readonly { key: string; source: string }[] = Object.entries(layout).flatMap(([key, value]) => (typeof value === 'object' ? [{ key, source: value.source }] : []));

/** The figures' alignment a template may choose (ExportFormat.figureAlign). */
export type FigureAlign = Values['figureAlign'];
