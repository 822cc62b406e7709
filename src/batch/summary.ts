import type { TargetResult } from './job';

/**
 * What `--profile auto` chose, for stderr: one line per target when there are few, else one line per
 * profile and reason with a count.
 */
export function profileSummary(results: readonly TargetResult[], perTargetUpTo = 5): string[] {
  if (results.length <= perTargetUpTo) return results.map((r) => `${r.target}: ${r.profile} profile (${r.reason})`);
  const counts = new Map<string, number>();
  for (const r of results) {
    const key = `${r.profile} profile (${r.reason})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([key, n]) => `${n} folder${n === 1 ? '' : 's'}: ${key}`);
}
