import { describe, expect, it } from 'vitest';
import { fileArgument, fileFromSecondInstance, launchDataFor } from '../../../main/electron-main/command-line.ts';

describe('fileArgument: file URIs', () => {
  it('reads the file:// URI a Linux desktop entry (%U) passes, percent-encoding and all', () => {
    expect(fileArgument(['/opt/公文写作台/gongwen', 'file:///home/wang/%E6%8A%A5%E5%91%8A.gwdoc'], '/')).toBe('/home/wang/报告.gwdoc');
    expect(fileArgument(['/opt/gongwen/gongwen', 'file:///home/wang/notes.txt'], '/')).toBeNull();
    expect(fileArgument(['/opt/gongwen/gongwen', 'https://example.com/a.gwdoc'], '/x')).toBeNull();
  });

  it('takes the last document when several are named (the window shows one)', () => {
    expect(fileArgument(['gongwen', '/d/a.gwdoc', '/d/b.gwdoc'], '/')).toBe('/d/b.gwdoc');
  });
});

describe('second launch', () => {
  it('hands its document over as additionalData, resolved against its own folder', () => {
    expect(launchDataFor(['gongwen', '报告.gwdoc'], '/home/li')).toEqual({ file: '/home/li/报告.gwdoc' });
    expect(launchDataFor(['gongwen'], '/home/li')).toEqual({ file: null });
  });

  it('prefers additionalData over the argv that Chromium reorders and extends', () => {
    const argv = ['gongwen', '--original-process-start-time=1', '/tmp/other.gwdoc'];
    expect(fileFromSecondInstance(argv, '/', { file: '/d/报告.gwdoc' })).toBe('/d/报告.gwdoc');
    expect(fileFromSecondInstance(argv, '/', { file: null })).toBeNull();
  });

  it('falls back to argv when the data is missing or not ours', () => {
    const argv = ['gongwen', 'a.gwdoc'];
    expect(fileFromSecondInstance(argv, '/d', undefined)).toBe('/d/a.gwdoc');
    expect(fileFromSecondInstance(argv, '/d', { file: '/x.gwdoc', extra: 1 })).toBe('/d/a.gwdoc');
    expect(fileFromSecondInstance(argv, '/d', 'a string')).toBe('/d/a.gwdoc');
  });

  it('refuses data naming a relative path or a file that is not a document', () => {
    expect(fileFromSecondInstance(['gongwen'], '/', { file: 'relative.gwdoc' })).toBeNull();
    expect(fileFromSecondInstance(['gongwen'], '/', { file: '/etc/passwd' })).toBeNull();
  });
});
