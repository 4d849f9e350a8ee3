import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { newMainWindow } from '../../../main/electron-main/window-options.ts';

/** The options newMainWindow hands to the BrowserWindow constructor. */
function optionsFor(paths: { preload: string; icon?: string }): BrowserWindowConstructorOptions {
  class Recorder {
    constructor(readonly options: BrowserWindowConstructorOptions) {}
  }
  return newMainWindow(Recorder, paths).options;
}

describe('newMainWindow', () => {
  const options = optionsFor({ preload: '/app/out/main/preload.cjs' });

  it('spells out every security preference with its safe value', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    });
  });

  it('enables no Blink features and shows the window only once it has painted', () => {
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
    expect(options.show).toBe(false);
    expect(options.title).toBe('公文写作台');
    expect(options).not.toHaveProperty('icon');
    expect(optionsFor({ preload: '/p.cjs', icon: '/i.png' }).icon).toBe('/i.png');
  });
});
