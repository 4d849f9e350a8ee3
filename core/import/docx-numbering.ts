import { intOf, isAttributeOn, isFallback, isOn, isWord, parseXml, wAttr } from './docx-xml.ts';

/**
 * Word's list numbering (numbering.xml, ECMA-376 Part 1 §17.9): the labels Word shows before
 * numbered paragraphs, such as 一、 （一） 1. （1）, computed the way Word counts them.
 *
 * A paragraph names a numbering instance (w:num) and a level (w:ilvl); the instance points to an
 * abstract definition (w:abstractNum) whose levels give the start value, the number format and
 * the label template (w:lvlText, %1 … %9 standing for the levels' current numbers). Instances may
 * override a level's start (w:lvlOverride/w:startOverride) or the whole level. This file reads
 * the definitions; list-counter.ts counts paragraphs with them, number-formats.ts writes the numbers.
 */
export interface NumberingLevel {
  start: number;
  format: string;
  /** w:format of a Word 2010 custom format (`001, 002, 003, ...`). */
  customFormat?: string;
  text: string;
  /** w:lvlRestart: 0 never, n restart after level n (1-based) is numbered; absent = after any higher level. */
  restart?: number;
  legal: boolean;
  /** w:pStyle: the paragraph style linked to this level (multilevel heading numbering). */
  style?: string;
  /** The label font (w:rFonts), to read symbol-font bullets. */
  font?: string;
}

export interface AbstractNumbering {
  levels: Map<number, NumberingLevel>;
  /** w:numStyleLink: the definition lives with the numbering style of this id. */
  numStyleLink?: string;
}

export interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, NumberingLevel>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNumbering>;
  nums: Map<string, NumberingInstance>;
}

export function emptyNumbering(): NumberingDefinitions {
  return { abstracts: new Map(), nums: new Map() };
}

export function readNumbering(bytes: Uint8Array): NumberingDefinitions {
  const defs = emptyNumbering();
  let abstract: AbstractNumbering | undefined;
  let abstractId = '';
  let num: NumberingInstance | undefined;
  let numId = '';
  let overrideLevel = -1;
  let level: NumberingLevel | undefined;
  let levelIndex = 0;
  let skip = 0; // depth inside mc:Fallback (the mc:Choice is read instead)

  parseXml(bytes, 'word/numbering.xml', {
    open(el) {
      if (skip) return void skip++;
      if (isFallback(el)) return void skip++;
      if (!isWord(el)) return;
      switch (el.local) {
        case 'abstractNum':
          abstract = { levels: new Map() };
          abstractId = wAttr(el, 'abstractNumId') ?? '';
          break;
        case 'num':
          num = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
          numId = wAttr(el, 'numId') ?? '';
          break;
        case 'abstractNumId':
          if (num) num.abstractId = wAttr(el, 'val') ?? '';
          break;
        case 'lvlOverride':
          overrideLevel = levelOf(wAttr(el, 'ilvl'));
          break;
        case 'startOverride':
          if (num && overrideLevel >= 0) num.startOverrides.set(overrideLevel, intOf(wAttr(el, 'val')) ?? 0);
          break;
        case 'numStyleLink':
          if (abstract) abstract.numStyleLink = wAttr(el, 'val');
          break;
        case 'lvl':
          level = { start: 0, format: 'decimal', text: '', legal: false };
          levelIndex = levelOf(wAttr(el, 'ilvl'));
          break;
      }
      if (!level) return;
      switch (el.local) {
        case 'start':
          level.start = intOf(wAttr(el, 'val')) ?? 0;
          break;
        case 'numFmt':
          level.format = wAttr(el, 'val') ?? 'decimal';
          level.customFormat = wAttr(el, 'format');
          break;
        case 'lvlText':
          // Word's own dialog allows short templates; a long one would be copied into every label.
          level.text = isAttributeOn(el, 'null') ? '' : (wAttr(el, 'val') ?? '').slice(0, MAX_LEVEL_TEXT);
          break;
        case 'lvlRestart':
          level.restart = intOf(wAttr(el, 'val')) ?? -1;
          if (level.restart < 0) delete level.restart;
          break;
        case 'isLgl':
          level.legal = isOn(el);
          break;
        case 'pStyle':
          level.style = wAttr(el, 'val');
          break;
        case 'rFonts':
          level.font = wAttr(el, 'ascii') ?? wAttr(el, 'hAnsi') ?? wAttr(el, 'cs');
          break;
      }
    },
    close(el) {
      if (skip) return void skip--;
      if (!isWord(el)) return;
      switch (el.local) {
        case 'lvl':
          if (level && levelIndex >= 0) {
            if (num && overrideLevel >= 0) num.levelOverrides.set(overrideLevel, level);
            else if (abstract && !abstract.levels.has(levelIndex)) abstract.levels.set(levelIndex, level);
          }
          level = undefined;
          break;
        case 'lvlOverride':
          overrideLevel = -1;
          break;
        case 'abstractNum':
          if (abstract && !defs.abstracts.has(abstractId)) defs.abstracts.set(abstractId, abstract);
          abstract = undefined;
          break;
        case 'num':
          if (num && !defs.nums.has(numId)) defs.nums.set(numId, num);
          num = undefined;
          break;
      }
    },
  });
  return defs;
}

const MAX_LEVEL_TEXT = 64;

function levelOf(value: string | undefined): number {
  const n = intOf(value) ?? 0;
  return n >= 0 && n <= 8 ? n : -1;
}

/** A level index from a paragraph's w:ilvl, clamped to Word's 0–8. */
export function listLevel(value: string | undefined): number {
  return Math.min(8, Math.max(0, intOf(value) ?? 0));
}
