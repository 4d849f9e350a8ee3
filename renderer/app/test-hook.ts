import type { Block, DocumentMeta } from '../../core/model.ts';

/**
 * Read-only view of the open document for the e2e tests: a way to assert the model itself
 * rather than its rendering. It grants nothing the page's own DOM does not already show.
 */
export interface GongwenTestHook {
  blocks(): readonly Block[];
  meta(): DocumentMeta;
}

declare global {
  interface Window {
    gongwenTest?: GongwenTestHook;
  }
}

export function exposeTestHook(hook: GongwenTestHook | undefined): void {
  if (hook) window.gongwenTest = hook;
  else delete window.gongwenTest;
}
