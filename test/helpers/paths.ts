/** Builders for path keys and templates: a minimal operation, a path parameter, a single located finding. */
import { lineContaining, lineOf, lintRule } from './lint';

/** A minimal GET operation. */
export function get(operationId: string, parameters: unknown[] = []): Record<string, unknown> {
  return {
    operationId,
    summary: 'Get it',
    description: 'Gets it.',
    parameters,
    responses: { '200': { description: 'OK.' } },
  };
}

/** A required string path parameter. */
export function pathParam(name: string): Record<string, unknown> {
  return {
    name,
    in: 'path',
    type: 'string',
    required: true,
    'x-ms-summary': 'Id',
    description: 'The id.',
    'x-ms-url-encoding': 'single',
  };
}

/** Lint with one rule, expect exactly one finding on the first line containing `needle`, and return it. */
export async function single(id: string, doc: unknown, needle: string) {
  const results = await lintRule(id, doc);
  expect(results).toHaveLength(1);
  const [finding] = results;
  expect(lineOf(finding)).toBe(lineContaining(JSON.stringify(doc, null, 4), needle));
  return finding;
}
