import { describe, expect, it } from 'vitest';
import { describeFsError } from '../../../main/node/fs-errors.ts';

const failure = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('describeFsError', () => {
  it.each([
    // The cases the issue names: read-only folder, disk full, file locked, deleted meanwhile.
    ['EACCES', /没有权限.*只读/],
    ['EPERM', /没有权限.*占用/],
    ['EROFS', /只读/],
    ['ENOSPC', /磁盘空间不足/],
    ['EDQUOT', /磁盘空间不足.*配额/],
    ['EBUSY', /正被其他程序占用/],
    ['ENOENT', /不存在.*已被删除/],
    ['EIO', /断开/],
    ['ENAMETOOLONG', /过长/],
  ])('describes %s in Chinese', (code, text) => {
    const message = describeFsError(failure(code));
    expect(message).toMatch(text);
    expect(message).not.toContain(code);
  });

  it('keeps the code of an error it has no words for, so a report can name it', () => {
    expect(describeFsError(failure('EXYZ'))).toBe('EXYZ: simulated（EXYZ）');
    expect(describeFsError(new Error('已经是中文'))).toBe('已经是中文');
    expect(describeFsError('plain')).toBe('plain');
  });
});
