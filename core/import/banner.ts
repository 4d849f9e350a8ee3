import { parseDocNumber } from '../doc-number.ts';
import { cellText, type Banner } from '../model.ts';
import type { SourceLine } from './source-lines.ts';
import { isRuleLine } from './rule-line.ts';

/**
 * 版头 (GB/T 9704-2012 7.2) read back from the lines before the title: 份号, 密级, 紧急程度, the
 * 发文机关标志 (names + 文件, or the names alone; a joint one as the export's table or as lines of
 * names), the 发文字号 and the 签发人 — as the export writes them and as a web page or a .txt
 * carries them. What is read is kept as written (a 发文字号 with 〈〉 stays so: 检查 reports it).
 */

const SPACE = /[ \t\u3000]+/u;
const COPY_NUMBER = /^\d{6}$/u;
const SECRECY = /^(?:绝密|机密|秘密)(?:[★☆*＊]\S{0,12})?$/u;
const URGENCY = /^(?:特急|加急)$/u;
const SIGNER_KEY = /签[ \t\u3000]*发[ \t\u3000]*人[ \t\u3000]*[：:]/u;
const WENJIAN = /文[ \t\u3000]*件$/u;
/** An organ's name: hanzi (and brackets), ending as organs' names end. */
const ORGAN = /^[\p{Script=Han}（）()]{2,40}$/u;
const ORGAN_END = /(?:委员会|办公室|办公厅|政府|党组|党委|支部|局|委|办|厅|部|院|会|处|室|中心|公司|所|站|队|馆|校|学院|大学|街道|镇|乡|村|社区|集团|署|司|团)$/u;
/** Words of a title or a sentence, never of an organ's name. */
const NOT_ORGAN = /关于|的|报告|总结|要点|计划|通知|意见|方案/u;
const NAME = /^[\p{Script=Han}·•]{2,6}$/u;
/** Where the 版头 may start: after a few lines of a web page's own (its title, a site name). */
const START_WITHIN = 8;

const squeeze = (text: string) => text.replace(/[ \t\u3000]+/gu, '');

function isOrgan(name: string): boolean {
  return ORGAN.test(name) && ORGAN_END.test(name) && !NOT_ORGAN.test(name);
}

/** Names parted by spaces, 、 or ，; a two-character name spaced out (张 三, with a full-width space) is one name. */
function readNames(text: string): string[] | null {
  const tokens = text.split(/[ \t\u3000、，,]+/u).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let name = tokens[i]!;
    if ([...name].length === 1 && i + 1 < tokens.length && [...tokens[i + 1]!].length === 1) name += tokens[++i]!;
    if (!NAME.test(name)) return null;
    names.push(name);
  }
  return names;
}

/** The organs of a mark written on a line (…文件 or the names alone): parted by spaces, or one spaced out. */
function markOrgans(text: string): string[] | null {
  const tokens = text.split(SPACE).filter(Boolean);
  const organs = tokens.every((t) => [...t].length === 1) ? [tokens.join('')] : tokens;
  return organs.length > 0 && organs.every(isOrgan) ? organs : null;
}

type BannerLine =
  | { kind: 'head'; copyNumber?: string; secrecy?: string; urgency?: string }
  | { kind: 'mark'; organs: string[]; withWenjian: boolean }
  | { kind: 'organs'; organs: string[] }
  | { kind: 'number'; number: string; signers: string[]; signerKey: boolean }
  | { kind: 'names'; names: string[] }
  | { kind: 'rule' };

/** 份号, 密级 and 紧急程度, one or more on a line. */
function headLine(text: string): BannerLine | null {
  const line: { kind: 'head'; copyNumber?: string; secrecy?: string; urgency?: string } = { kind: 'head' };
  for (const token of text.split(SPACE).filter(Boolean)) {
    if (COPY_NUMBER.test(token) && !line.copyNumber) line.copyNumber = token;
    else if (SECRECY.test(token) && !line.secrecy) line.secrecy = token;
    else if (URGENCY.test(token) && !line.urgency) line.urgency = token;
    else return null;
  }
  return line.copyNumber || line.secrecy || line.urgency ? line : null;
}

/** The 发文字号 and/or 签发人：names on a line. */
function numberLine(text: string): BannerLine | null {
  const key = SIGNER_KEY.exec(text);
  const before = key ? text.slice(0, key.index).trim() : text.trim().split(SPACE)[0]!;
  const after = key ? text.slice(key.index + key[0].length) : text.trim().slice(before.length);
  const parsed = before ? parseDocNumber(before) : null;
  if (before && (!parsed || !/^[\p{Script=Han}A-Za-z]{1,20}$/u.test(parsed.code))) return null;
  if (!before && !key) return null;
  const signers = readNames(after);
  if (!signers) return null;
  if (!key && signers.length > 0 && !parsed) return null;
  return { kind: 'number', number: before, signers, signerKey: key !== null };
}

/** The mark as the export writes a joint one: a table of the names, 文件 beside them. */
function markTable(line: SourceLine): BannerLine | null {
  const texts = line.table!.children.flatMap((row) => row.children.flatMap((cell) => cellText(cell).split('\n'))).map(squeeze).filter(Boolean);
  const withWenjian = texts.at(-1) === '文件';
  const organs = withWenjian ? texts.slice(0, -1) : texts;
  return organs.length > 0 && organs.every(isOrgan) ? { kind: 'mark', organs, withWenjian } : null;
}

/** A row laid out as a borderless table (WPS templates): the 发文字号 in one cell, 签发人 in another. */
function numberTable(line: SourceLine): BannerLine | null {
  const rows = line.table!.children;
  if (rows.length !== 1) return null;
  return numberLine(rows[0]!.children.map((cell) => cellText(cell).replace(/\n/gu, ' ')).join('\t'));
}

function classify(line: SourceLine, inSigners: boolean): BannerLine | null {
  if (line.table) return markTable(line) ?? numberTable(line);
  const text = line.text.trim();
  if (isRuleLine(text)) return { kind: 'rule' };
  const head = headLine(text);
  if (head) return head;
  if (WENJIAN.test(text) && !SIGNER_KEY.test(text)) {
    const organs = markOrgans(text.replace(WENJIAN, '').trim());
    if (organs) return { kind: 'mark', organs, withWenjian: true };
  }
  const number = numberLine(text);
  if (number) return number;
  if (inSigners) {
    const names = readNames(text);
    if (names && names.length > 0 && !names.some((name) => isOrgan(name) || NOT_ORGAN.test(name))) return { kind: 'names', names };
  }
  const organs = markOrgans(text);
  return organs ? { kind: 'organs', organs } : null;
}

/**
 * The 版头 at the start of the lines, taken out of them: its lines must hold a 发文机关标志 or a
 * 发文字号 (份号 and 密级 alone are not enough), and stand together. Null when there is none.
 */
export function takeBanner<T extends SourceLine>(lines: readonly T[]): { banner: Banner | null; lines: readonly T[] } {
  for (let start = 0; start < Math.min(START_WITHIN, lines.length); start++) {
    const found = readFrom(lines, start);
    if (found) return { banner: found.banner, lines: [...lines.slice(0, start), ...lines.slice(found.end)] };
  }
  return { banner: null, lines };
}

function readFrom(lines: readonly SourceLine[], start: number): { banner: Banner; end: number } | null {
  const banner: Banner = { organs: [], withWenjian: false, number: '', signers: [] };
  let pendingOrgans: string[] = [];
  let marked = false;
  let numbered = false;
  let inSigners = false;
  let i = start;
  for (; i < lines.length; i++) {
    const line = classify(lines[i]!, inSigners);
    if (!line) break;
    if (line.kind === 'rule') continue;
    if (line.kind === 'head') {
      if (marked || numbered) break;
      if (line.copyNumber) banner.copyNumber = line.copyNumber;
      if (line.secrecy) banner.secrecy = line.secrecy;
      if (line.urgency) banner.urgency = line.urgency;
      continue;
    }
    if (line.kind === 'organs') {
      // Names above a 文件 line (a joint mark as text), or a mark without 文件 above the 发文字号.
      if (marked || numbered) break;
      pendingOrgans.push(...line.organs);
      continue;
    }
    if (line.kind === 'mark') {
      if (marked || numbered) break;
      // A web page's own name above the mark (the organ's site): the 版头 starts at the mark.
      if (pendingOrgans.some((organ) => line.organs.includes(organ))) return null;
      banner.organs = [...pendingOrgans, ...line.organs];
      banner.withWenjian = line.withWenjian;
      pendingOrgans = [];
      marked = true;
      continue;
    }
    if (line.kind === 'number') {
      if (numbered && (line.number || line.signerKey)) break;
      if (!marked && pendingOrgans.length) {
        banner.organs = pendingOrgans;
        pendingOrgans = [];
        marked = true;
      }
      if (line.number) {
        banner.number = line.number;
        numbered = true;
      }
      banner.signers.push(...line.signers);
      inSigners = line.signerKey && !line.number;
      if (line.signerKey && line.number) numbered = true;
      continue;
    }
    // A line of names under 签发人： (a joint 上行文's later 签发人).
    banner.signers.push(...line.names);
  }
  // Lines of names with no mark or number after them are not a 版头 (a site's name, a subtitle).
  if (pendingOrgans.length || !(marked || numbered)) return null;
  let end = i;
  while (end > start && isRuleLine(lines[end - 1]!.text) && !lines[end - 1]!.table) end--;
  for (; end < lines.length && !lines[end]!.table && isRuleLine(lines[end]!.text); end++);
  return { banner, end };
}
