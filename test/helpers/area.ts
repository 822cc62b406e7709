/**
 * Runs every rule test file of one area (`test/rules/<area>/*.test.ts`) inside one jest test file.
 *
 * Jest gives each test file a fresh module registry, and loading the package and Spectral costs seconds; with a
 * file per rule that cost was paid hundreds of times. The per-rule files stay the unit of authoring; jest
 * runs them per area (see `testPathIgnorePatterns` in jest.config.js). One rule: `npx jest test/rules/<area> -t
 * <rule-id>`.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';

export const RULES_DIR = path.join(__dirname, '../rules');

/** The per-rule test files of an area, sorted. */
export function areaTestFiles(area: string): string[] {
  return readdirSync(path.join(RULES_DIR, area))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(RULES_DIR, area, name));
}

export function runArea(area: string): void {
  const files = areaTestFiles(area);
  if (files.length === 0) throw new Error(`test/rules/${area} has no test files`);
  for (const file of files) {
    describe(path.basename(file, '.test.ts'), () => {
      require(file);
    });
  }
}
