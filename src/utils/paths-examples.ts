/**
 * Small path items for the documentation examples of the path rules (added to the valid fixture's `paths`).
 */

/** A minimal GET operation with the given id, summary and parameters. */
export function exampleGet(operationId: string, summary: string, parameters: unknown[] = []): Record<string, unknown> {
  return {
    operationId,
    summary,
    description: `${summary}.`,
    ...(parameters.length > 0 ? { parameters } : {}),
    responses: { '200': { description: 'OK.' } },
  };
}

/** A path item with one GET operation. */
export function examplePathItem(
  operationId: string,
  summary: string,
  parameters: unknown[] = [],
): Record<string, unknown> {
  return { get: exampleGet(operationId, summary, parameters) };
}

/** A required, single-encoded string path parameter. */
export function examplePathParameter(name: string): Record<string, unknown> {
  return {
    name,
    in: 'path',
    type: 'string',
    required: true,
    'x-ms-summary': `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
    description: `The ${name}.`,
    'x-ms-url-encoding': 'single',
  };
}
