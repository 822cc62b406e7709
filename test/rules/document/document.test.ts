import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('document shape rules', () => {
  it('all document rules are silent on the valid fixture', async () => {
    for (const id of [
      'ppc-swagger-version',
      'ppc-root-no-unknown-keys',
      'ppc-root-no-unknown-extensions',
      'ppc-root-template-keys',
      'ppc-tags-unique',
      'ppc-arrays-unique',
      'ppc-path-item-no-ref',
    ]) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    }
  });

  describe('ppc-swagger-version', () => {
    it('flags a wrong version string at the swagger key', async () => {
      const doc = validSwagger();
      doc.swagger = '3.0';
      const results = await lintRule('ppc-swagger-version', doc);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ code: 'ppc-swagger-version', severity: SEVERITY.error, path: ['swagger'] });
      expect(results[0]!.message).toBe(
        'The swagger version is "3.0"; set "swagger": "2.0" and write the definition in Swagger 2.0 (Power Platform imports only OpenAPI 2.0).',
      );
      expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"swagger"'));
    });

    it('flags a number', async () => {
      const doc = validSwagger();
      doc.swagger = 2;
      const results = await lintRule('ppc-swagger-version', doc);
      expect(results).toHaveLength(1);
      expect(results[0]!.message).toContain('is 2 (a number, not the string "2.0")');
    });

    it('fires on an OpenAPI 3 document, which the oas2 format would skip', async () => {
      const doc = { openapi: '3.0.1', info: { title: 'Contoso Tasks', version: '1.0' }, paths: {} };
      const results = await lintRule('ppc-swagger-version', doc);
      expect(results).toHaveLength(1);
      expect(results[0]!.path).toEqual(['openapi']);
      expect(results[0]!.message).toContain('is missing (the document is OpenAPI "3.0.1")');
      expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"openapi"'));
    });

    it('fires on a connector definition without swagger or openapi', async () => {
      const doc = validSwagger();
      delete doc.swagger;
      const results = await lintRule('ppc-swagger-version', doc);
      expect(results).toHaveLength(1);
      expect(results[0]!.path).toEqual([]);
      expect(results[0]!.message).toContain('The swagger version is missing;');
    });

    it('does not crash on odd input', async () => {
      expect(await lintRule('ppc-swagger-version', '[1, 2]')).toEqual([]);
      expect(await lintRule('ppc-swagger-version', 'null')).toEqual([]);
      const nullVersion = await lintRule('ppc-swagger-version', { swagger: null, info: {} });
      expect(nullVersion[0]!.message).toContain('is null (a null');
    });
  });

  describe('ppc-root-no-unknown-keys', () => {
    it('flags a misspelt key with a suggestion and a custom key without x-', async () => {
      const doc = validSwagger();
      doc.basepath = '/v2';
      doc.generator = 'tool';
      doc['x-generator'] = 'tool';
      doc['X-Custom'] = true;
      const results = await lintRule('ppc-root-no-unknown-keys', doc);
      expect(results.map((r) => r.path)).toEqual([['basepath'], ['generator']]);
      expect(results[0]).toMatchObject({ code: 'ppc-root-no-unknown-keys', severity: SEVERITY.error });
      expect(results[0]!.message).toBe(
        'Root key "basepath" is not a Swagger 2.0 property (did you mean "basePath"?); remove or rename it, or prefix a custom key with "x-" (Microsoft rejects unknown root properties).',
      );
      expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"basepath"'));
    });

    it('names OpenAPI 3 keys', async () => {
      const doc = validSwagger();
      doc.components = {};
      const [result] = await lintRule('ppc-root-no-unknown-keys', doc);
      expect(result!.message).toContain('"components" is not a Swagger 2.0 property (it is an OpenAPI 3 property)');
    });
  });

  describe('ppc-root-no-unknown-extensions', () => {
    it('warns on x-ms-* keys the platform does not read at the root', async () => {
      const doc = validSwagger();
      doc['x-ms-parameterized-host'] = { hostTemplate: '{x}' };
      doc['x-ms-openai-data'] = {};
      doc['x-ms-Docs'] = [];
      doc['x-ms-conector-metadata'] = [];
      doc['x-ms-openai-manifest'] = { humanName: 'Contoso' };
      doc['x-ms-docs'] = [];
      const results = await lintRule('ppc-root-no-unknown-extensions', doc);
      expect(results.map((r) => r.path[0])).toEqual(['x-ms-parameterized-host', 'x-ms-openai-data', 'x-ms-Docs', 'x-ms-conector-metadata']);
      expect(results[0]).toMatchObject({ code: 'ppc-root-no-unknown-extensions', severity: SEVERITY.warn });
      expect(results[1]!.message).toContain('"x-ms-openai-data" is not a root extension of Power Platform (it belongs on operations)');
      expect(results[2]!.message).toContain('(did you mean "x-ms-docs"?)');
      expect(results[3]!.message).toContain('(did you mean "x-ms-connector-metadata"?)');
      expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"x-ms-parameterized-host"'));
    });
  });

  describe('ppc-root-template-keys', () => {
    it('lists the missing template keys in one hint at the root', async () => {
      const doc = validSwagger();
      delete doc.responses;
      delete doc.tags;
      const results = await lintRule('ppc-root-template-keys', doc);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ code: 'ppc-root-template-keys', severity: SEVERITY.hint, path: [] });
      expect(results[0]!.message).toBe(
        'The document root lacks "responses": {}, "tags": []; add them, even empty, to match the connector template (reviewers have asked for this).',
      );
      expect(lineOf(results[0]!)).toBe(1);
    });

    it('is info for independent publishers', async () => {
      const doc = validSwagger();
      delete doc.security;
      const [result] = await lintRule('ppc-root-template-keys', doc, 'independent-publisher');
      expect(result).toMatchObject({ severity: SEVERITY.info });
      expect(result!.message).toContain('lacks "security": []');
    });
  });

  describe('ppc-tags-unique', () => {
    it('flags the second definition of a tag name', async () => {
      const doc = validSwagger();
      doc.tags = [{ name: 'Tasks' }, { name: 'Projects' }, { name: 'Tasks', description: 'Again.' }, null, 'Tasks', { name: 3 }];
      const results = await lintRule('ppc-tags-unique', doc);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ code: 'ppc-tags-unique', severity: SEVERITY.error, path: ['tags', '2', 'name'] });
      expect(results[0]!.message).toBe('Tag "Tasks" is defined twice (first at tags[0]); merge the duplicate tag definitions (Microsoft rejects redefined tags).');
      expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"name": "Tasks"', lineContaining(text(doc), '"Projects"')));
    });

    it('ignores tags that is not an array', async () => {
      const doc = validSwagger();
      doc.tags = { name: 'Tasks' };
      expect(await lintRule('ppc-tags-unique', doc)).toEqual([]);
    });
  });

  describe('ppc-arrays-unique', () => {
    it('flags duplicates in schemes, consumes and operation tags', async () => {
      const doc = validSwagger();
      doc.schemes = ['https', 'https'];
      doc.paths['/tasks'].post.consumes = ['application/json', 'text/plain', 'application/json'];
      doc.paths['/tasks'].get.tags = ['Tasks', 'Tasks'];
      const results = await lintRule('ppc-arrays-unique', doc);
      expect(results.map((r) => r.path)).toEqual([
        ['schemes', '1'],
        ['paths', '/tasks', 'get', 'tags', '1'],
        ['paths', '/tasks', 'post', 'consumes', '2'],
      ]);
      expect(results[0]).toMatchObject({ code: 'ppc-arrays-unique', severity: SEVERITY.error });
      expect(results[0]!.message).toBe('"schemes" lists "https" twice (items 0 and 1); remove the duplicate (Microsoft rejects arrays with duplicate values).');
      expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"https"', lineContaining(text(doc), '"schemes"') + 1));
    });

    it('flags a property required twice, also inside nested and hidden schemas', async () => {
      const doc = validSwagger();
      doc.definitions.NewTask.required = ['title', 'title'];
      doc.definitions.Task.properties.owner = { type: 'object', 'x-ms-visibility': 'internal', required: ['id', 'id'], properties: { id: { type: 'string' } } };
      const results = await lintRule('ppc-arrays-unique', doc);
      expect(results.map((r) => r.path)).toEqual([
        ['definitions', 'NewTask', 'required', '1'],
        ['definitions', 'Task', 'properties', 'owner', 'required', '1'],
      ]);
      expect(results[0]!.message).toContain('"required" lists "title" twice');
    });

    it('flags the same parameter twice, directly or through $ref', async () => {
      const doc = validSwagger();
      doc.paths['/tasks/{taskId}'].delete.parameters.push({ name: 'taskId', in: 'path', type: 'string', required: true });
      doc.paths['/tasks/{taskId}'].parameters = [{ $ref: '#/parameters/Missing' }, { $ref: '#/parameters/Missing' }];
      const results = await lintRule('ppc-arrays-unique', doc);
      expect(results.map((r) => r.path)).toEqual([
        ['paths', '/tasks/{taskId}', 'delete', 'parameters', '1'],
        ['paths', '/tasks/{taskId}', 'parameters', '1'],
      ]);
      expect(results[0]!.message).toContain('"parameters" lists parameter "taskId" (in: path) twice (items 0 and 1)');
      expect(results[1]!.message).toContain('"parameters" lists parameter "#/parameters/Missing" twice (items 0 and 1)');
    });

    it('leaves duplicate enum values to Spectral and same names in different locations alone', async () => {
      const doc = validSwagger();
      doc.paths['/tasks'].get.parameters[0].enum = ['open', 'open'];
      doc.paths['/tasks'].get.parameters.push({ name: 'status', in: 'header', type: 'string' });
      expect(await lintRule('ppc-arrays-unique', doc)).toEqual([]);
    });

    it('does not crash on odd input', async () => {
      const doc = validSwagger();
      doc.schemes = 'https';
      doc.paths['/tasks'].get.parameters = [null, 3, { $ref: 7 }, { $ref: '#/parameters/Loop' }];
      doc.parameters.Loop = { $ref: '#/parameters/Loop' };
      doc.definitions.NewTask.required = [{ a: 1 }, { a: 1 }];
      doc.paths['/x'] = null;
      const results = await lintRule('ppc-arrays-unique', doc);
      expect(results.map((r) => r.path)).toEqual([['definitions', 'NewTask', 'required', '1']]);
    });
  });

  describe('ppc-path-item-no-ref', () => {
    it('flags a path item that uses $ref', async () => {
      const doc = validSwagger();
      doc.paths['/projects'] = { $ref: '#/x-items/projects' };
      doc['x-items'] = { projects: { get: { responses: { '200': { description: 'OK' } } } } };
      const results = await lintRule('ppc-path-item-no-ref', doc);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ code: 'ppc-path-item-no-ref', severity: SEVERITY.error, path: ['paths', '/projects', '$ref'] });
      expect(results[0]!.message).toBe(
        'Path "/projects" uses "$ref": "#/x-items/projects"; write the operations into the path item itself (Power Platform does not support "$ref" on path items).',
      );
      expect(lineOf(results[0]!)).toBe(lineContaining(text(doc), '"$ref": "#/x-items/projects"'));
    });

    it('ignores odd path items', async () => {
      const doc = validSwagger();
      doc.paths['/a'] = null;
      doc.paths['/b'] = ['$ref'];
      expect(await lintRule('ppc-path-item-no-ref', doc)).toEqual([]);
    });
  });
});
