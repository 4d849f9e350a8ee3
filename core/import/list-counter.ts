import type { AbstractNumbering, NumberingDefinitions, NumberingLevel } from './docx-numbering.ts';
import { formatNumber } from './number-formats.ts';

interface Sequence {
  values: (number | undefined)[];
}

/**
 * Counts numbered paragraphs in document order and gives each its label. `numIdOfStyle` maps a
 * numbering style to its w:numId, for definitions that link to one (w:numStyleLink).
 *
 * Counting follows Word: instances of one abstract definition without overrides share one
 * sequence (they continue each other); an instance with a start or level override is its own
 * sequence (that is how Word writes "restart numbering"). A level restarts when a higher level
 * is numbered, unless w:lvlRestart says otherwise.
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
