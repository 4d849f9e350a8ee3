import { parseLabel, USUAL_LEVEL, type LabelFamily } from './import/labels.ts';
import type { HeadingLevel } from './model.ts';

export interface TypedLabel {
  level: HeadingLevel;
  /** Characters the label (with surrounding spaces) takes at the start of the text. */
  length: number;
  /** Where the label as written ends (spaces after it not included). */
  end: number;
  /**
   * Whether what follows the label could still change its reading: 1. and 一、 may become 1.5 or
   * 一、二季度 as the next character arrives; a bracket closes （一） for good.
   */
  open: boolean;
  family: LabelFamily;
}

/**
 * A hand-typed outline number at the start of a text (一、 （一） (一) 1. 1、 （1） …), read by the
 * one grammar of labels the importer uses (core/import/labels.ts), so that 1.5 2.3% 1.2万 2023.6
 * 1、2月 一、二季度 are figures and lists here as there. Two readings are the editor's own: a comma
 * after a numeral is punctuation (二，是措施, found by the fuzzer), and ① is a figure of speech in
 * body text, not one of the four outline levels.
 *
 * A label is returned only when a character follows it (`1.` alone may still become `1.5`), and
 * never where a digit follows it straight away.
 */
export function matchTypedLabel(text: string): TypedLabel | null {
  const label = parseLabel(text);
  if (!label || label.family === 'circled') return null;
  if (label.family === 'cn' && /[,，]$/u.test(label.raw)) return null;
  const end = label.length - /[ \t\u3000]*$/u.exec(text.slice(0, label.length))![0].length;
  if (end >= text.length) return null;
  // 1、2万 1、2项 3、0: a number right after 1、 is a range or a list as often as a heading, and
  // text is never taken on a guess (a clerk who means a heading writes 1、 2023年 or presses Ctrl+3).
  if (label.family === 'num' && /^[0-9０-９]/u.test(text.slice(end))) return null;
  return { level: USUAL_LEVEL[label.family], length: label.length, end, open: label.family in CONTINUES, family: label.family };
}

/**
 * What may follow an open label without deciding it: 一、二 may become 一、二季度; after 1. any key
 * decides (a digit makes it a figure, see matchTypedLabel).
 */
const CONTINUES: Partial<Record<LabelFamily, RegExp>> = { num: /^$/u, cn: /^[一二三四五六七八九十百两]*$/u };

/**
 * Whether the label at the start of `text` is decided by what the clerk has typed up to `caret`.
 * Past an open label (1. 一、) the keys typed must include one that no figure or number list can
 * continue with; right after it, the text already there decides a closed label such as （一）, not
 * an open one (the clerk typing 1.5 in front of 亿元 passes through 1.亿元).
 */
function settled(text: string, caret: number): TypedLabel | null {
  const label = matchTypedLabel(text);
  if (!label) return null;
  const continues = label.open ? CONTINUES[label.family] : undefined;
  if (!continues) return label;
  return caret > label.end && !continues.test(text.slice(label.end, caret)) ? label : null;
}

/**
 * The label that typing `inserted` between `before` and `after` (a paragraph's text around the
 * caret) decides, or null: one the text did not yet decide before this key. A paragraph that
 * already started with a decided label (a refused conversion, body text made so on purpose)
 * stays as it is while the clerk types on.
 */
export function labelTypedAt(before: string, inserted: string, after: string): TypedLabel | null {
  if (settled(before + after, before.length)) return null;
  return settled(before + inserted + after, before.length + inserted.length);
}
