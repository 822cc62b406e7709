import { promises as fs, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, type CliRun } from '../helpers/cli';
import { git } from '../helpers/git';
import { VALID_DIR } from '../helpers/lint';

export { cli, type CliRun };

export interface Finding {
  code: string;
  severity: number;
  source: string;
  path: string[];
  message: string;
  range: { start: { line: number } };
}

/** Run `ppc-lint lint ... -f json` and parse the findings. */
export async function lintJson(...argv: string[]): Promise<CliRun & { findings: Finding[] }> {
  const r = await cli('lint', ...argv, '-f', 'json');
  let findings: Finding[] = [];
  if (r.stdout.trim()) findings = JSON.parse(r.stdout) as Finding[];
  return { ...r, findings };
}

export function tempDir(prefix = 'ppc-adopt-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The valid fixture's definition text with one string replaced. */
export function swaggerText(replace: Array<[string, string]> = []): string {
  let text = readFileSync(path.join(VALID_DIR, 'apiDefinition.swagger.json'), 'utf8');
  for (const [from, to] of replace) {
    if (!text.includes(from)) throw new Error(`fixture has no ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

/** Write a copy of the valid connector at `dir`, with files replaced (name → text). */
export async function writeConnector(dir: string, files: Record<string, string> = {}): Promise<string> {
  await fs.mkdir(dir, { recursive: true });
  for (const name of await fs.readdir(VALID_DIR)) await fs.copyFile(path.join(VALID_DIR, name), path.join(dir, name));
  for (const [name, text] of Object.entries(files)) await fs.writeFile(path.join(dir, name), text);
  return dir;
}

export const TITLE_API: [string, string] = ['"title": "Contoso Tasks"', '"title": "Contoso Tasks API"'];

export { git };

export function initRepo(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}
