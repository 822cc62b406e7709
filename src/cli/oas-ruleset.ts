import { createRequire } from 'node:module';

/**
 * `@stoplight/spectral-rulesets` for the `ppc-lint` bundle: the OpenAPI ruleset alone. The package's index also
 * loads the AsyncAPI and Arazzo rulesets, about 120 ms of a cold start that `ppc-lint` never uses. Falls back to
 * the index if the package's layout changes.
 */
const load = createRequire(__filename);

function openApiRuleset(): unknown {
  try {
    return (load('@stoplight/spectral-rulesets/dist/oas') as { default: unknown }).default;
  } catch {
    return (load('@stoplight/spectral-rulesets') as { oas: unknown }).oas;
  }
}

export const oas = openApiRuleset();
