import { chineseNumeral } from '../chinese-numeral.ts';

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
