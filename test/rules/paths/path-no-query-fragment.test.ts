import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

/** A minimal GET operation. */
function get(operationId: string, parameters: unknown[] = []): Record<string, unknown> {
  return { operationId, summary: 'Get it', description: 'Gets it.', parameters, responses: { '200': { description: 'OK.' } } };
}

async function single(id: string, doc: unknown, needle: string) {
  const results = await lintRule(id, doc);
  expect(results).toHaveLength(1);
  const [finding] = results;
  expect(lineOf(finding!)).toBe(lineContaining(JSON.stringify(doc, null, 4), needle));
  return finding!;
}

describe('path key rules', () => {
  it('ppc-path-no-query-fragment names the query part or the fragment', async () => {
    const doc = validSwagger();
    doc.paths['/search?type=user'] = { get: get('SearchUsers') };
    const finding = await single('ppc-path-no-query-fragment', doc, '"/search?type=user": {');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/search?type=user'] });
    expect(finding.message).toContain('Path "/search?type=user" contains a query part "?type=user"; move query values into "in: query" parameters');

    const fragment = validSwagger();
    fragment.paths['/report#weekly'] = { get: get('WeeklyReport') };
    expect((await single('ppc-path-no-query-fragment', fragment, '"/report#weekly"')).message).toContain('contains a fragment "#weekly"');

    const encoded = validSwagger();
    encoded.paths['/search%3Ftype'] = { get: get('SearchEncoded') };
    expect(await lintRule('ppc-path-no-query-fragment', encoded)).toEqual([]);
  });
});
