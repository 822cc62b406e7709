import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A built script of the package (`worker.js`) next to the running bundle, or in `dist/` when running from the
 * sources (tests); undefined when there is none.
 */
export function builtFile(name: string): string | undefined {
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  if (!here) return undefined;
  for (const candidate of [path.join(here, name), path.join(here, '..', '..', 'dist', name)]) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
