import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import * as path from 'node:path';
import { Document, Spectral, type Ruleset } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { ROOT } from '../helpers/lint';
import { swaggerText, tempDir, TITLE_API } from './helpers';

type Plugin = unknown;
interface BundlerIO {
  fs: typeof import('node:fs');
  fetch: typeof fetch;
}
// The package exposes these through its exports map only, which this project's TypeScript resolution does not read.
const { bundleAndLoadRuleset } = require('@stoplight/spectral-ruleset-bundler/with-loader') as {
  bundleAndLoadRuleset: (file: string, io: BundlerIO, plugins?: Plugin[]) => Promise<Ruleset>;
};
const { builtins } = require('@stoplight/spectral-ruleset-bundler/plugins/builtins') as { builtins: () => Plugin };
const { commonjs } = require('@stoplight/spectral-ruleset-bundler/plugins/commonjs') as { commonjs: () => Plugin };

const BUNDLE = path.join(ROOT, 'dist/vscode/certified.mjs');
const io: BundlerIO = { fs: require('node:fs') as typeof import('node:fs'), fetch: globalThis.fetch };

async function lintWith(ruleset: Ruleset, text: string): Promise<Array<{ code: string | number; severity: number }>> {
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  return spectral.run(new Document(text, Json, '/virtual/apiDefinition.swagger.json'));
}

const built = existsSync(BUNDLE);
(built ? describe : describe.skip)('the bundled VS Code ruleset (dist/vscode)', () => {
  it('imports nothing but Spectral packages and Node built-ins', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    const imports = [
      ...text.matchAll(/(?:^|\n)import\s[^;]*?from\s*["']([^"']+)["']|require\(["']([^"']+)["']\)/g),
    ].map((m) => m[1] ?? m[2]);
    expect(imports.length).toBeGreaterThan(0);
    expect(
      imports.filter(
        (name) =>
          !/^@stoplight\/spectral-(core|formats|functions|parsers|ref-resolver|rulesets|runtime)$/.test(name) &&
          !isBuiltin(name),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'as the Spectral extension loads it (bundleAndLoadRuleset with its builtins)',
      (): Plugin[] => [builtins(), commonjs()],
    ],
    ['with the bundler defaults alone', (): Plugin[] => []],
  ])('loads %s and reports ppc findings', async (_how, plugins) => {
    const ruleset = await bundleAndLoadRuleset(BUNDLE, io, plugins());
    const broken = await lintWith(ruleset, swaggerText([TITLE_API]));
    expect(broken.find((r) => r.code === 'ppc-title-no-api-connector')?.severity).toBe(0);
    const valid = await lintWith(ruleset, swaggerText());
    expect(valid.filter((r) => String(r.code).startsWith('ppc-'))).toEqual([]);
  });

  it('a .spectral.yaml can extend it by path and configure every rule id, folder rules included', async () => {
    const dir = tempDir();
    const file = path.join(dir, '.spectral.yaml');
    await fs.writeFile(
      file,
      `extends: ["${BUNDLE}"]\nrules:\n  ppc-title-no-api-connector: warn\n  ppc-json-no-bom: off\n`,
    );
    const ruleset = await bundleAndLoadRuleset(file, io, [builtins(), commonjs()]);
    const results = await lintWith(ruleset, swaggerText([TITLE_API]));
    expect(results.find((r) => r.code === 'ppc-title-no-api-connector')?.severity).toBe(1);
  });
});
