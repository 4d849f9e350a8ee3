import { describe, expect, it } from 'vitest';
import { fileArgument } from '../../main/electron-main/command-line.ts';
import { withGwdocExtension } from '../../main/node/document-name.ts';
import { windowTitle } from '../../main/electron-main/window-title.ts';

describe('windowTitle', () => {
  it('is "名称 — 公文写作台", marked with • while dirty', () => {
    expect(windowTitle({ name: '上半年总结.gwdoc', dirty: false })).toBe('上半年总结.gwdoc — 公文写作台');
    expect(windowTitle({ name: '上半年总结.gwdoc', dirty: true })).toBe('• 上半年总结.gwdoc — 公文写作台');
    expect(windowTitle({ name: '  ', dirty: false })).toBe('公文写作台');
  });
});

describe('file names', () => {
  it('adds .gwdoc to a bare name from the save dialog, and only then', () => {
    expect(withGwdocExtension('/d/报告')).toBe('/d/报告.gwdoc');
    expect(withGwdocExtension('/d/报告.GWDOC')).toBe('/d/报告.GWDOC');
    expect(withGwdocExtension('/d/报告.json')).toBe('/d/报告.json.gwdoc');
  });
});

describe('fileArgument', () => {
  it('finds the document in a packaged launch and resolves it against that launch folder', () => {
    expect(fileArgument(['/opt/gongwen/gongwen', '报告.gwdoc'], '/home/wang')).toBe('/home/wang/报告.gwdoc');
    expect(fileArgument(['C:/gongwen.exe', '--allow-file-access', '/d/A.GWDOC'], '/x')).toBe('/d/A.GWDOC');
  });

  it('ignores the executable, the dev entry script, switches and other files', () => {
    expect(fileArgument(['electron', 'out/main/main.cjs'], '/x')).toBeNull();
    expect(fileArgument(['/x/evil.gwdoc'], '/x')).toBeNull();
    expect(fileArgument(['app', '--open=a.gwdoc', 'notes.txt'], '/x')).toBeNull();
  });
});
