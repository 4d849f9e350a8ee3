import { chineseNumeral } from '../chinese-numeral.ts';
import { MC_NAMESPACE, isOn, isW, parseXml, wAttr, type XmlElement } from './docx-xml.ts';

/**
 * Word's list numbering (numbering.xml, ECMA-376 Part 1 §17.9): the labels Word shows before
 * numbered paragraphs, such as 一、 （一） 1. （1）, computed the way Word counts them.
 *
 * A paragraph names a numbering instance (w:num) and a level (w:ilvl); the instance points to an
 * abstract definition (w:abstractNum) whose levels give the start value, the number format and
 * the label template (w:lvlText, %1 … %9 standing for the levels' current numbers). Instances may
 * override a level's start (w:lvlOverride/w:startOverride) or the whole level.
 *
 * Counting follows Word: instances of one abstract definition without overrides share one
 * sequence (they continue each other); an instance with a start or level override is its own
 * sequence (that is how Word writes "restart numbering"). A level restarts when a higher level
 * is numbered, unless w:lvlRestart says otherwise.
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
      if (el.uri === MC_NAMESPACE && el.local === 'Fallback') return void skip++;
      if (!isWordElement(el)) return;
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
          if (num && overrideLevel >= 0) num.startOverrides.set(overrideLevel, intOf(wAttr(el, 'val'), 0));
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
          level.start = intOf(wAttr(el, 'val'), 0);
          break;
        case 'numFmt':
          level.format = wAttr(el, 'val') ?? 'decimal';
          level.customFormat = wAttr(el, 'format');
          break;
        case 'lvlText':
          // Word's own dialog allows short templates; a long one would be copied into every label.
          level.text = ['1', 'true', 'on'].includes(wAttr(el, 'null') ?? '') ? '' : (wAttr(el, 'val') ?? '').slice(0, MAX_LEVEL_TEXT);
          break;
        case 'lvlRestart':
          level.restart = intOf(wAttr(el, 'val'), -1);
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
      if (!isWordElement(el)) return;
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

function isWordElement(el: XmlElement): boolean {
  return isW(el, el.local);
}

function intOf(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

function levelOf(value: string | undefined): number {
  const n = intOf(value, 0);
  return n >= 0 && n <= 8 ? n : -1;
}

/** A level index from a paragraph's w:ilvl, clamped to Word's 0–8. */
export function listLevel(value: string | undefined): number {
  return Math.min(8, Math.max(0, intOf(value, 0)));
}

interface Sequence {
  values: (number | undefined)[];
}

/**
 * Counts numbered paragraphs in document order and gives each its label. `numIdOfStyle` maps a
 * numbering style to its w:numId, for definitions that link to one (w:numStyleLink).
 */
export class ListCounter {
  private readonly sequences = new Map<string, Sequence>();

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly numIdOfStyle: (styleId: string) => string | undefined = () => undefined,
  ) {}

  /** The abstract definition behind an instance, following style links. */
  abstractOf(numId: string): { id: string; abstract: AbstractNumbering } | undefined {
    let id = this.defs.nums.get(numId)?.abstractId;
    for (let hops = 0; id !== undefined && hops < 8; hops++) {
      const abstract = this.defs.abstracts.get(id);
      if (!abstract) return undefined;
      const link = abstract.numStyleLink;
      if (link === undefined) return { id, abstract };
      const linkedNum = this.numIdOfStyle(link);
      id = linkedNum === undefined ? undefined : this.defs.nums.get(linkedNum)?.abstractId;
    }
    return undefined;
  }

  /** The level of an instance (with its overrides), if defined. */
  level(numId: string, ilvl: number): NumberingLevel | undefined {
    return this.defs.nums.get(numId)?.levelOverrides.get(ilvl) ?? this.abstractOf(numId)?.abstract.levels.get(ilvl);
  }

  /** The level whose w:pStyle links it to a paragraph style, for numbering inherited from that style. */
  levelOfStyle(numId: string, styleId: string): number | undefined {
    const abstract = this.abstractOf(numId)?.abstract;
    if (!abstract) return undefined;
    for (const [index, level] of abstract.levels) if (level.style === styleId) return index;
    return undefined;
  }

  /**
   * Number the next paragraph of instance `numId` at level `ilvl` and return the label Word
   * shows for it (without the tab or space that follows it), or undefined when the instance or
   * level does not exist (Word then shows no number). numId 0 means "no numbering".
   */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.defs.nums.get(numId);
    const resolved = this.abstractOf(numId);
    if (!num || !resolved) return undefined;
    const levelAt = (k: number) => num.levelOverrides.get(k) ?? resolved.abstract.levels.get(k);
    const startAt = (k: number) => num.startOverrides.get(k) ?? levelAt(k)?.start ?? 0;
    const level = levelAt(ilvl);
    if (!level) return undefined;

    const key = num.startOverrides.size + num.levelOverrides.size > 0 ? `num:${numId}` : `abstract:${resolved.id}`;
    let sequence = this.sequences.get(key);
    if (!sequence) this.sequences.set(key, (sequence = { values: [] }));
    const values = sequence.values;
    const current = values[ilvl];
    values[ilvl] = current === undefined ? startAt(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper <= 8; deeper++) {
      const restart = levelAt(deeper)?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) values[deeper] = undefined;
    }

    if (level.format === 'bullet') return bulletText(level);
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1;
      const value = values[k] ?? startAt(k);
      const format = level.legal ? 'decimal' : (levelAt(k)?.format ?? 'decimal');
      return formatNumber(value, format, levelAt(k)?.customFormat);
    });
  }
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_SIMPLIFIED: Record<string, string> = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟' };
const LEGAL_TRADITIONAL: Record<string, string> = { ...LEGAL_SIMPLIFIED, 二: '貳', 三: '參', 六: '陸' };
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/**
 * A number in one of Word's formats (ST_NumberFormat). Chinese documents use decimal,
 * chineseCounting / chineseCountingThousand / japaneseCounting / taiwaneseCounting (一 二 … 十一),
 * chineseLegalSimplified (壹 贰), ideographTraditional (甲 乙), ideographZodiac (子 丑),
 * ideographDigital (一〇), decimalEnclosedCircle (①), decimalEnclosedParen (⑴),
 * decimalEnclosedFullstop (⒈), ideographEnclosedCircle (㊀), decimalFullWidth (１), letters and
 * Roman numerals. A format not known here, or a number outside a format's range, is written in
 * decimal.
 */
export function formatNumber(n: number, format: string, customFormat?: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
      return n >= 1 && n < 10000 ? legal(n, LEGAL_SIMPLIFIED) : String(n);
    case 'ideographLegalTraditional':
      return n >= 1 && n < 10000 ? legal(n, LEGAL_TRADITIONAL) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return n >= 0 ? [...String(n)].map((d) => DIGITS[Number(d)]).join('') : String(n);
    case 'ideographTraditional':
      return n >= 1 ? HEAVENLY_STEMS[(n - 1) % 10]! : String(n);
    case 'ideographZodiac':
      return n >= 1 ? EARTHLY_BRANCHES[(n - 1) % 12]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCharCode(0x3280 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((c) => (c >= '0' && c <= '9' ? String.fromCharCode(0xff10 + Number(c)) : c)).join('');
    case 'upperLetter':
      return n >= 1 && n <= 26 * 20 ? letters(n) : String(n);
    case 'lowerLetter':
      return n >= 1 && n <= 26 * 20 ? letters(n).toLowerCase() : String(n);
    case 'upperRoman':
      return n >= 1 && n < 4000 ? roman(n) : String(n);
    case 'lowerRoman':
      return n >= 1 && n < 4000 ? roman(n).toLowerCase() : String(n);
    case 'ordinal':
      return ordinal(n);
    case 'hex':
      return n >= 0 ? n.toString(16).toUpperCase() : String(n);
    case 'custom': {
      const zeros = /^0{1,9}1/.exec(customFormat ?? '');
      return zeros && n >= 0 ? String(n).padStart(zeros[0].length, '0') : String(n);
    }
    default:
      return String(n);
  }
}

function chineseCounting(n: number): string {
  if (n === 0) return '〇';
  if (n >= 1 && n < 1000) return chineseNumeral(n);
  if (n >= 1000 && n < 10000) {
    const rest = n % 1000;
    const head = DIGITS[Math.floor(n / 1000)]! + '千';
    if (rest === 0) return head;
    return head + (rest < 100 ? '零' : '') + (rest >= 10 && rest < 20 ? '一' : '') + chineseNumeral(rest);
  }
  return String(n);
}

function legal(n: number, digits: Record<string, string>): string {
  const counting = chineseCounting(n);
  return [...(counting.startsWith('十') ? '一' + counting : counting)].map((c) => digits[c] ?? c).join('');
}

/** A, B, … Z, AA, BB, … as Word letters lists. */
function letters(n: number): string {
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, symbol] of table) for (; n >= value; n -= value) out += symbol;
  return out;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Symbol-font bullet glyphs (Symbol, Wingdings) as the Unicode characters they draw. */
const SYMBOL_GLYPHS: Record<number, string> = {
  0xb7: '•', 0xa7: '▪', 0xd8: '➢', 0xfc: '✓', 0x6c: '●', 0x6e: '■', 0x75: '◆', 0x71: '❑', 0x76: '❖', 0x9f: '•', 0xa8: '◻', 0x77: '⬥',
};

function bulletText(level: NumberingLevel): string {
  const symbolFont = /symbol|wingdings|webdings/i.test(level.font ?? '');
  return [...level.text]
    .map((c) => {
      let code = c.codePointAt(0)!;
      const privateUse = code >= 0xf000 && code <= 0xf0ff;
      if (privateUse) code -= 0xf000;
      if (!privateUse && !symbolFont) return c;
      return SYMBOL_GLYPHS[code] ?? '•';
    })
    .join('');
}
