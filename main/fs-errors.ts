/** A short Chinese reason for a file-system error code, as the user reads it in a message box. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件或文件夹不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有权限（文件可能只读，或正被其他程序占用）';
    case 'EBUSY':
      return '文件正被其他程序占用';
    case 'EROFS':
      return '磁盘是只读的';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'ENAMETOOLONG':
      return '文件名过长';
    case 'EEXIST':
      return '文件已存在';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
