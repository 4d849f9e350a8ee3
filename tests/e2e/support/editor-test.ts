import { expect, test as base } from '@playwright/test';
import { openNewDocument } from './editor-page.ts';

/**
 * `test` for the editor specs: each starts on a fresh half-year document and fails on any
 * uncaught page error (Slate's DOM/selection errors surface only there).
 */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await openNewDocument(page);
      await use(errors);
      expect(errors.map((e) => e.message)).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
