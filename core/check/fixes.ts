import type { Finding } from './index.ts';

/** One correction of 检查, placed: characters start…end of block `block` become `text`. */
export interface PlacedFix {
  block: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The corrections of `findings` that can be made together, in document order: where two touch
 * the same characters (a half-width comma inside half-width brackets: the brackets' fix rewrites
 * the comma too), the first wins and the other is left for the next check.
 */
export function compatibleFixes(findings: readonly Finding[]): PlacedFix[] {
  const placed = findings
    .flatMap((f) => (f.fix && f.block !== undefined ? [{ block: f.block, ...f.fix }] : []))
    .sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
  const kept: PlacedFix[] = [];
  for (const fix of placed) {
    const last = kept.at(-1);
    // Two insertions at one point, or an edit reaching into the last one, would depend on order.
    if (last && last.block === fix.block && (fix.start < last.end || fix.start === last.start)) continue;
    kept.push(fix);
  }
  return kept;
}
