import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

/** A minimal GET operation. */
function get(operationId: string, parameters: unknown[] = []): Record<string, unknown> {
  return { operationId, summary: 'Get it', description: 'Gets it.', parameters, responses: { '200': { description: 'OK.' } } };
}

function pathParam(name: string): Record<string, unknown> {
  return { name, in: 'path', type: 'string', required: true, 'x-ms-summary': 'Id', description: 'The id.', 'x-ms-url-encoding': 'single' };
}

async function single(id: string, doc: unknown, needle: string) {
  const results = await lintRule(id, doc);
  expect(results).toHaveLength(1);
  const [finding] = results;
  expect(lineOf(finding!)).toBe(lineContaining(JSON.stringify(doc, null, 4), needle));
  return finding!;
}

describe('path key rules', () => {
  it('all are silent on the valid fixture', async () => {
    for (const id of [
      'ppc-path-starts-slash',
      'ppc-path-no-query-fragment',
      'ppc-path-no-wildcard',
      'ppc-path-template-segments',
      'ppc-path-template-no-defaults',
      'ppc-path-unique-ci',
      'ppc-path-no-duplicate-template',
      'ppc-path-partial-duplicate',
    ]) {
      expect(await lintRule(id, validSwagger())).toEqual([]);
    }
  });

  it('ppc-path-starts-slash reports the key without a leading slash', async () => {
    const doc = validSwagger();
    doc.paths['reports/{id}'] = { get: get('GetReport', [pathParam('id')]) };
    const finding = await single('ppc-path-starts-slash', doc, '"reports/{id}": {');
    expect(finding).toMatchObject({ code: 'ppc-path-starts-slash', severity: SEVERITY.error, path: ['paths', 'reports/{id}'] });
    expect(finding.message).toBe(
      'Path "reports/{id}" does not start with "/"; begin it with "/" (Microsoft rejects operation paths that do not start with "/").',
    );
  });

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

  it('ppc-path-no-wildcard reports "*" anywhere in the key', async () => {
    const doc = validSwagger();
    doc.paths['/files/{path*}'] = { get: get('GetFile', [pathParam('path')]) };
    const finding = await single('ppc-path-no-wildcard', doc, '"/files/{path*}"');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/files/{path*}'] });
    expect(finding.message).toContain('Path "/files/{path*}" contains the wildcard "*"');
  });

  it('ppc-path-template-segments describes each malformed brace', async () => {
    const cases: Array<[string, string]> = [
      ['/a/{id', 'a "{" that is never closed ("{id")'],
      ['/a/id}', 'a "}" with no "{" before it (at character 6)'],
      ['/a/{b/c}', 'variable "{b/c}" spans more than one segment'],
      ['/a/{b{c}}', 'nested braces in "{b{c}}"'],
      ['/a/{}', 'an empty variable "{}"'],
    ];
    for (const [key, problem] of cases) {
      const doc = validSwagger();
      doc.paths[key] = { get: get('Broken') };
      const finding = await single('ppc-path-template-segments', doc, `"${key}": {`);
      expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', key] });
      expect(finding.message).toBe(
        `Path "${key}" has ${problem}; keep each "{variable}" inside one "/" segment and URL-encode literal braces as %7B and %7D (Microsoft rejects invalid path templates).`,
      );
    }
  });

  it('ppc-path-template-segments accepts variables with spaces, several per segment and OData-style segments', async () => {
    const doc = validSwagger();
    doc.paths['/api/{Forecast job Id}/items({id},{rev})/{$OrderNumber}'] = { get: get('Odd') };
    doc.paths['/dataConnectors/%7B%7Bid%7D%7D'] = { get: get('Encoded') };
    expect(await lintRule('ppc-path-template-segments', doc)).toEqual([]);
  });

  it('ppc-path-template-no-defaults reports "=" inside a variable only', async () => {
    const doc = validSwagger();
    doc.paths['/reports/{year=2024}'] = { get: get('GetReport', [pathParam('year')]) };
    const finding = await single('ppc-path-template-no-defaults', doc, '"/reports/{year=2024}"');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/reports/{year=2024}'] });
    expect(finding.message).toContain('Path "/reports/{year=2024}" sets a default in "{year=2024}"; write the variable as "{name}"');

    const odata = validSwagger();
    odata.paths['/jobs/ForUser(targetUserId={targetUserId})'] = { get: get('ForUser', [pathParam('targetUserId')]) };
    expect(await lintRule('ppc-path-template-no-defaults', odata)).toEqual([]);
  });

  it('ppc-path-unique-ci reports the later key and names the earlier one', async () => {
    const doc = validSwagger();
    doc.paths['/Tasks'] = { get: get('ListAllTasks') };
    const finding = await single('ppc-path-unique-ci', doc, '"/Tasks": {');
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/Tasks'] });
    expect(finding.message).toBe(
      'Path "/Tasks" differs from "/tasks" only in letter case; merge the two path items into one (Microsoft rejects paths that are defined more than once with different capitalization).',
    );

    const slash = validSwagger();
    slash.paths['/tasks/'] = { get: get('ListTasksSlash') };
    expect(await lintRule('ppc-path-unique-ci', slash)).toEqual([]);
  });

  it('ppc-path-no-duplicate-template reports operations with the same method on equivalent templates', async () => {
    const doc = validSwagger();
    doc.paths['/TASKS/{id}'] = { get: get('GetTaskDetails', [pathParam('id')]), post: get('PostTask', [pathParam('id')]) };
    const text = JSON.stringify(doc, null, 4);
    const results = await lintRule('ppc-path-no-duplicate-template', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/TASKS/{id}', 'get'] });
    expect(lineOf(results[0]!)).toBe(lineContaining(text, '"get": {', lineContaining(text, '"/TASKS/{id}"')));
    expect(results[0]!.message).toBe(
      'Operation "GetTaskDetails" (GET /TASKS/{id}) and operation "GetTask" (GET /tasks/{taskId}) have paths that differ only in variable names; move both operations into one path item with one variable name, or make the static segments differ (Microsoft rejects operations with duplicate, indistinguishable path templates).',
    );
  });

  it('ppc-path-no-duplicate-template leaves equivalent templates with different methods and case-only duplicates alone', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/{id}'] = { put: get('UpdateTask', [pathParam('id')]) };
    doc.paths['/Tasks/{taskId}'] = { get: get('GetTaskAgain', [pathParam('taskId')]) };
    expect(await lintRule('ppc-path-no-duplicate-template', doc)).toEqual([]);
  });

  it('ppc-path-partial-duplicate reports the operation whose variable can take another path\'s static segment', async () => {
    const doc = validSwagger();
    doc.paths['/tasks/overdue'] = { get: get('ListOverdueTasks'), post: get('PostOverdue') };
    doc.paths['/tasks/archived'] = { get: get('ListArchivedTasks') };
    const text = JSON.stringify(doc, null, 4);
    const results = await lintRule('ppc-path-partial-duplicate', doc);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ code: 'ppc-path-partial-duplicate', severity: SEVERITY.warn, path: ['paths', '/tasks/{taskId}', 'get'] });
    expect(lineOf(results[0]!)).toBe(lineContaining(text, '"get": {', lineContaining(text, '"/tasks/{taskId}"')));
    expect(results[0]!.message).toBe(
      'Operation "GetTask" (GET /tasks/{taskId}) also matches the GET paths "/tasks/overdue", "/tasks/archived" (when "{taskId}" is "overdue"); give the paths distinct static segments (e.g. "/items/byId/{id}") so every call routes to one operation (Microsoft warns that partially duplicated paths can route to the wrong operation).',
    );
  });

  it('ppc-path-partial-duplicate handles mixed segments, empty segments and different lengths', async () => {
    const doc = validSwagger();
    doc.paths['/files(\'{id}\')'] = { get: get('GetFileById', [pathParam('id')]) };
    doc.paths['/files(\'latest\')'] = { get: get('GetLatestFile') };
    doc.paths['/tasks/'] = { get: get('ListTasksSlash') };
    doc.paths['/tasks/{taskId}/overdue'] = { get: get('GetOverdue', [pathParam('taskId')]) };
    const results = await lintRule('ppc-path-partial-duplicate', doc);
    expect(results.map((r) => r.path)).toEqual([['paths', "/files('{id}')", 'get']]);
    expect(results[0]!.message).toContain('(when "files(\'{id}\')" is "files(\'latest\')")');
  });
});
