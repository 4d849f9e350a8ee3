import { pathKey } from './path-key.ts';

/**
 * Paths the user has pointed at in this session (a dialog, the command line, the recent list).
 * The renderer may name only these, so a compromised page cannot read or overwrite any other
 * file through doc:openPath or doc:save.
 */
export class PathGrants {
  private readonly keys = new Set<string>();

  constructor(private readonly platform: NodeJS.Platform = process.platform) {}

  grant(path: string): void {
    this.keys.add(pathKey(path, this.platform));
  }

  has(path: string): boolean {
    return this.keys.has(pathKey(path, this.platform));
  }
}
