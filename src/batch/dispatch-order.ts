import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Bytes of JSON a target holds: the file itself, or the JSON files directly in its folder; 0 when unreadable. */
async function jsonBytes(target: string): Promise<number> {
  try {
    const stat = await fs.stat(target);
    if (!stat.isDirectory()) return stat.size;
    const entries = await fs.readdir(target, { withFileTypes: true });
    const sizes = await Promise.all(
      entries
        .filter((e) => e.isFile() && /\.json$/i.test(e.name))
        .map((e) =>
          fs.stat(path.join(target, e.name)).then(
            (s) => s.size,
            () => 0,
          ),
        ),
    );
    return sizes.reduce((a, b) => a + b, 0);
  } catch {
    return 0;
  }
}

/**
 * The order in which to hand targets to workers: the largest first (ties in their given order). Lint time grows
 * with a definition's size, and a large connector started last would keep one worker busy while the others idle.
 * Results are still reported in the targets' order.
 */
export async function largestFirst(targets: readonly string[]): Promise<number[]> {
  const bytes = await Promise.all(targets.map(jsonBytes));
  return targets.map((_, i) => i).sort((a, b) => (bytes[b] ?? 0) - (bytes[a] ?? 0) || a - b);
}
