import path from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { version } from './package.json';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

const shared: Options = {
  target: 'node18',
  platform: 'node',
  sourcemap: false,
  // Spectral stays external so a user's runner and our rules share one Spectral (peer dependencies).
  external: [/^@stoplight\/spectral-/],
  define: { PACKAGE_VERSION: JSON.stringify(version) },
  silent: true,
};

/** In the command's bundle, `@stoplight/spectral-rulesets` is the OpenAPI ruleset alone (src/cli/oas-ruleset.ts). */
const openApiRulesetOnly: Plugin = {
  name: 'openapi-ruleset-only',
  setup(build) {
    build.onResolve({ filter: /^@stoplight\/spectral-rulesets$/ }, () => ({
      path: path.join(__dirname, 'src/cli/oas-ruleset.ts'),
    }));
  },
};

export default defineConfig([
  {
    ...shared,
    // Ruleset entries export only the ruleset; CommonJS `require()` must return it directly (spectral-cli loads it so).
    entry: {
      index: 'rulesets/index.ts',
      certified: 'rulesets/certified.ts',
      'independent-publisher': 'rulesets/independent-publisher.ts',
      custom: 'rulesets/custom.ts',
      'api-properties': 'rulesets/api-properties.ts',
      resolver: 'src/resolver.ts',
    },
    format: ['cjs', 'esm'],
    dts: true,
    clean: true,
    footer: ({ format }) => (format === 'cjs' ? { js: 'module.exports = module.exports.default;' } : {}),
  },
  {
    ...shared,
    entry: { functions: 'src/functions/index.ts', api: 'src/api.ts' },
    format: ['cjs', 'esm'],
    dts: true,
  },
  {
    ...shared,
    // Self-contained rulesets for editors (the Spectral VS Code extension) that cannot resolve npm packages:
    // everything but Spectral's own packages is inlined, one file per profile, no shared chunks.
    entry: {
      'vscode/certified': 'rulesets/certified.ts',
      'vscode/independent-publisher': 'rulesets/independent-publisher.ts',
      'vscode/custom': 'rulesets/custom.ts',
    },
    format: ['esm'],
    splitting: false,
    noExternal: [/^(?!@stoplight\/spectral-)/],
  },
  {
    ...shared,
    // The workers are their own entries: the CLI starts them with `new Worker(dist/worker.js)` and
    // `new Worker(dist/report-worker.js)`.
    entry: { cli: 'src/cli/index.ts', worker: 'src/batch/worker.ts', 'report-worker': 'src/report/worker.ts' },
    format: ['cjs'],
    // Resolved by the plugin, not left to the package's index.
    noExternal: ['@stoplight/spectral-rulesets'],
    esbuildPlugins: [openApiRulesetOnly],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
