import { z } from 'zod';
import { decodeGwdoc, NOT_UTF8 } from './gwdoc-text.ts';
import { MAX_CELL_PARAGRAPHS, MAX_GWDOC_CHARS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from './limits.ts';
import { MAX_ORGAN_CHARS, MAX_YEAR, MIN_YEAR } from './meta-rules.ts';
import { PERIODS, type GongwenDocument } from './model.ts';
import { normalizeBlocks } from './normalize.ts';
import { findTemplate } from './templates.ts';

export const FORMAT = 'gongwen/1';
const MAX_BLOCKS = 200_000;
const MAX_BLOCK_CHARS = 200_000;

const textRun = z.strictObject({ text: z.string().max(MAX_BLOCK_CHARS) });
const children = z.array(textRun).min(1).max(1000);
const plain = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), children });


const cellParagraph = z.strictObject({ type: z.literal('cell-paragraph'), children });
const tableCell = z.strictObject({
  type: z.literal('table-cell'),
  colSpan: z.number().int().min(2).max(MAX_TABLE_COLUMNS).optional(),
  vMerge: z.enum(['restart', 'continue']).optional(),
  children: z.array(cellParagraph).min(1).max(MAX_CELL_PARAGRAPHS),
});
const tableRow = z.strictObject({ type: z.literal('table-row'), header: z.literal(true).optional(), children: z.array(tableCell).min(1).max(MAX_TABLE_COLUMNS) });

export const blockSchema = z.discriminatedUnion('type', [
  plain('caption'),
  plain('annex'),
  z.strictObject({ type: z.literal('table'), children: z.array(tableRow).min(1).max(MAX_TABLE_ROWS) }),
  plain('title'),
  plain('addressee'),
  plain('paragraph'),
  plain('note'),
  plain('attachment'),
  plain('signature'),
  plain('date'),
  z.strictObject({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    runIn: z.boolean().optional(),
    section: z.string().max(60).optional(),
    children,
  }),
]);

const names = z.array(z.string().max(MAX_ORGAN_CHARS)).max(40);

/** Optional in a file: files written before the 版头 existed open unchanged. */
const bannerSchema = z.strictObject({
  organs: names,
  withWenjian: z.boolean(),
  number: z.string().max(60),
  signers: z.array(z.string().max(20)).max(40),
  copyNumber: z.string().max(20).optional(),
  secrecy: z.string().max(20).optional(),
  urgency: z.string().max(10).optional(),
});

const colophonSchema = z.strictObject({
  copyTo: names,
  printer: z.string().max(MAX_ORGAN_CHARS),
  printDate: z.string().max(40),
});

export const metaSchema = z.strictObject({
  template: z.string().max(60),
  organ: z.string().max(MAX_ORGAN_CHARS),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  period: z.enum(PERIODS),
  date: z.string().max(40),
  banner: bannerSchema.optional(),
  colophon: colophonSchema.optional(),
});

export const gwdocSchema = z.strictObject({
  format: z.literal(FORMAT),
  meta: metaSchema,
  blocks: z.array(blockSchema).max(MAX_BLOCKS),
});

export type ParseResult = { ok: true; document: GongwenDocument } | { ok: false; error: string };

function where(path: readonly PropertyKey[]): string {
  if (path[0] === 'blocks' && typeof path[1] === 'number') {
    const rest = path.slice(2).join('.');
    return `第 ${path[1] + 1} 段${rest ? `（${rest}）` : ''}`;
  }
  return path.length ? path.join('.') : '文件';
}

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', int: '整数', boolean: '布尔值', object: '对象', array: '数组' };

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `取值无效，应为 ${issue.values.map((v) => JSON.stringify(v)).join(' / ')}`;
    case 'invalid_union':
      return '段落类型或属性无效';
    case 'unrecognized_keys':
      return `含有未知字段 ${issue.keys.join('、')}`;
    case 'too_big':
      return '内容过长';
    case 'too_small':
      return issue.origin === 'array' ? '不能为空' : '取值过小';
    default:
      return issue.message;
  }
}

/**
 * Why JSON.parse refused the text, in Chinese: the engine's message is English ("Unexpected end
 * of JSON input"); only the position it names is taken from it.
 */
function describeJsonError(text: string, error: unknown): string {
  if (error instanceof RangeError) return '嵌套过深';
  if (text.trim() === '') return '文件是空的';
  const message = error instanceof Error ? error.message : '';
  const position = /\bposition (\d+)/u.exec(message)?.[1];
  const end = text.trimEnd().length;
  const at = position !== undefined ? Number(position) : /\bend of JSON input\b/iu.test(message) ? end : -1;
  if (at >= end) return '内容不完整，文件可能在保存或复制时被截断';
  if (at < 0) return '格式错误，文件可能已损坏';
  const before = text.slice(0, at).split('\n');
  return `第 ${before.length} 行第 ${before.at(-1)!.length + 1} 个字符处格式错误，文件可能已损坏`;
}

/** A .gwdoc's bytes: UTF-8 (a leading byte-order mark allowed), then parseGwdoc. */
export function parseGwdocBytes(bytes: Uint8Array, options: { normalize?: boolean } = {}): ParseResult {
  const text = decodeGwdoc(bytes);
  return text === null ? { ok: false, error: NOT_UTF8 } : parseGwdoc(text, options);
}

/**
 * Reads a .gwdoc. Either the whole document loads, normalized, or nothing does and the error
 * says what is wrong and where (in Chinese, as the UI shows it).
 */
export function parseGwdoc(text: string, options: { normalize?: boolean } = {}): ParseResult {
  if (text.length > MAX_GWDOC_CHARS) return { ok: false, error: `文件过大（超过 ${MAX_GWDOC_CHARS / 1024 / 1024} MB），不是有效的公文文档` };
  let data: unknown;
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `文件不是有效的 JSON：${describeJsonError(json, error)}` };
  }
  if (typeof data === 'object' && data !== null && 'format' in data && data.format !== FORMAT) {
    // Only a string is quoted back: String() of a file's object or array can throw (no usable
    // toString) or overflow the stack (deeply nested arrays).
    const format = typeof data.format === 'string' ? `「${data.format.slice(0, 40)}」` : '';
    return { ok: false, error: `不支持的文件格式版本${format}，本程序读取 ${FORMAT}` };
  }
  const parsed = gwdocSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => `${where(issue.path)}：${describeIssue(issue)}`);
    const more = parsed.error.issues.length > 5 ? `等 ${parsed.error.issues.length} 处问题` : '';
    return { ok: false, error: `文件内容无效：${issues.join('；')}${more}` };
  }
  const { meta, blocks } = parsed.data;
  const document: GongwenDocument = { meta, blocks };
  if (options.normalize !== false) {
    try {
      document.blocks = normalizeBlocks(blocks, { template: findTemplate(meta.template), meta });
    } catch {
      // Not expected (the normalizer converges on every schema-valid list), but a file must fail
      // to open with a message rather than take the host down or open half-repaired.
      return { ok: false, error: '文件结构无法修复，未打开' };
    }
  }
  return { ok: true, document };
}

/** Own keys in the given order first, the rest after; Object.fromEntries keeps a "__proto__" key an own key. */
function ordered(value: object, order: readonly string[]): Record<string, unknown> {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b)));
}

const META_KEYS = ['template', 'organ', 'year', 'period', 'date', 'banner', 'colophon'];
const BANNER_KEYS = ['organs', 'withWenjian', 'number', 'signers', 'copyNumber', 'secrecy', 'urgency'];
const COLOPHON_KEYS = ['copyTo', 'printer', 'printDate'];
const BLOCK_KEYS = ['type', 'level', 'runIn', 'section', 'children'];

/**
 * Keys are written in the schema's order, whatever order the objects were built in, so that saving
 * a document that was just opened reproduces the file byte for byte.
 */
export function serializeGwdoc(document: GongwenDocument): string {
  const { banner, colophon } = document.meta;
  const meta = ordered({ ...document.meta, ...(banner ? { banner: ordered(banner, BANNER_KEYS) } : {}), ...(colophon ? { colophon: ordered(colophon, COLOPHON_KEYS) } : {}) }, META_KEYS);
  const blocks = document.blocks.map((block) => ordered(block, BLOCK_KEYS));
  return JSON.stringify({ format: FORMAT, meta, blocks }, null, 1) + '\n';
}
