/** Builders for parameters. */
import { validSwagger } from './lint';

/** The valid fixture with a `top` query parameter on GET /tasks, with `extra` keys set on it. */
export function withQueryParam(extra: Record<string, unknown>): Record<string, any> {
  const doc = validSwagger();
  doc.paths['/tasks'].get.parameters.push({
    name: 'top',
    in: 'query',
    type: 'integer',
    'x-ms-summary': 'Top',
    description: 'How many tasks to return.',
    ...extra,
  });
  return doc;
}
