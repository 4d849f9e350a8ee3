import type { Page } from '@playwright/test';

/**
 * The right end of every line of text in view: each is probed with elementFromPoint, which
 * answers the topmost element there. Returns the probes that did not land on the page's text.
 */
export async function coveredLineEnds(page: Page): Promise<{ probed: number; covered: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-slate-editor="true"]')!;
    const desk = document.querySelector('.gw-desk')!.getBoundingClientRect();
    const covered: string[] = [];
    let probed = 0;
    for (const text of root.querySelectorAll('[data-slate-string]')) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const line of range.getClientRects()) {
        if (line.top < desk.top || line.bottom > desk.bottom || line.width < 4) continue;
        const x = line.right - 2;
        const y = line.top + line.height / 2;
        probed++;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !root.contains(hit)) covered.push(`${Math.round(x)},${Math.round(y)} → ${hit?.className ?? 'nothing'}`);
      }
    }
    return { probed, covered };
  });
}
