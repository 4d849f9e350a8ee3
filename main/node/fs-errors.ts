/**
 * A short Chinese reason for a file-system error, as the user reads it in a message box after
 * 「保存「x」失败：」 or 「无法打开「x」：」. The codes are libuv's, the same on every system
 * (Windows' sharing violation arrives as EBUSY, its access denied as EPERM or EACCES).
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件或文件夹不存在（可能已被删除、移动或改名）';
    case 'ENOTDIR':
      return '路径中有一级不是文件夹';
    case 'EACCES':
    case 'EPERM':
      return '没有权限（文件或文件夹可能是只读的，或正被其他程序占用）';
    case 'EBUSY':
    case 'ETXTBSY':
      return '文件正被其他程序占用，请关闭占用它的程序后重试';
    case 'EROFS':
      return '磁盘是只读的';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EDQUOT':
      return '磁盘空间不足（超出了分配给您的配额）';
    case 'EFBIG':
      return '文件超过了磁盘允许的大小';
    case 'EIO':
      return '磁盘读写出错（U 盘、移动硬盘或网络盘可能已断开）';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'ENAMETOOLONG':
      return '文件名或路径过长';
    case 'EEXIST':
      return '文件已存在';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多，请稍后重试';
    case 'ELOOP':
      return '路径中的快捷方式（符号链接）循环指向自身';
    default:
      if (error instanceof Error) return code ? `${error.message}（${code}）` : error.message;
      return String(error);
  }
}
