import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validSwagger } from '../helpers/lint';

/** Temporary connector folders, removed by `cleanup()`. */
export class Folders {
  private readonly dirs: string[] = [];

  /** A folder holding `files` (name → text or bytes). */
  make(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ppc-hostile-'));
    this.dirs.push(dir);
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
    return dir;
  }

  /** A folder with the valid fixture's definition after `edit`, as 4-space JSON. */
  swagger(edit: (d: Record<string, any>) => void): string {
    const d = validSwagger();
    edit(d);
    return this.make({ 'apiDefinition.swagger.json': JSON.stringify(d, null, 4) });
  }

  cleanup(): void {
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

/** A GitHub token and a random API key: neither may ever be printed in full. */
export const TOKENS = ['ghp_R4nd0mT0k3nV4lu3F0rT3st1ngXyZ9aB8cD7eQ', 'q8N2fK2pZr7LwX1vTb9cYh3Ds5Gm0Ja4Ue6Qo7'];

/** A property name or value that would print a GitHub Actions workflow command and terminal escapes. */
export const INJECTION = 'x\n::error file=/etc/passwd,line=1::X\n\u001b[31mred\u0007\u0000';

/** Characters no message may contain raw. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
