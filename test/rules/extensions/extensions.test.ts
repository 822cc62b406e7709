import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

const MY_RULES = [
  'ppc-x-ms-summary-type',
  'ppc-x-ms-visibility-value',
  'ppc-x-ms-capabilities-operation',
  'ppc-test-connection-operation',
  'ppc-x-ms-trigger-hint-type',
  'ppc-x-ms-localize-default-value-type',
  'ppc-x-ms-media-kind-value',
  'ppc-x-ms-autorest-ignored',
  'ppc-x-ms-unknown',
  'ppc-x-ms-misplaced',
];

describe('extension rules on the valid fixture', () => {
  it.each(MY_RULES)('%s is silent', async (id) => {
    expect(await lintRule(id, validSwagger())).toEqual([]);
  });
});

describe('ppc-x-ms-unknown', () => {
  it('does not crash on a document with odd shapes', async () => {
    for (const odd of [null, [], 'x', 42]) {
      const doc = validSwagger();
      doc.paths['/tasks'] = odd;
      doc.definitions.Task.properties = odd;
      doc.parameters = odd;
      doc.tags = odd;
      doc.info = odd;
      expect(await lintRule('ppc-x-ms-unknown', doc)).toEqual([]);
      expect(await lintRule('ppc-x-ms-misplaced', doc)).toEqual([]);
    }
  });
});

describe('ppc-x-ms-misplaced', () => {
  it('accepts keys where they belong, including a $ref parameter and the notification content schema', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-visibility'] = 'important';
    doc.paths['/tasks'].get['x-ms-summary'] = 'List tasks';
    doc.paths['/tasks'].get.responses['200']['x-ms-summary'] = 'Tasks';
    doc.paths['/tasks'].get.responses['200'].headers = { 'X-Total': { type: 'integer', 'x-ms-summary': 'Total', 'x-ms-visibility': 'advanced' } };
    doc.paths['/tasks/{taskId}'].get.parameters[0]['x-ms-summary'] = 'Task ID';
    doc.paths['/tasks']['x-ms-notification-content'] = { schema: { type: 'object', properties: { a: { type: 'string', 'x-ms-summary': 'A' } } } };
    doc.paths['/tasks'].post.parameters[0]['x-ms-dynamic-values'] = { operationId: 'ListTasks' };
    doc.paths['/tasks'].get.parameters[0]['x-ms-url-encoding'] = 'single'; // ppc-query-param-no-encoding reports this one
    doc['x-ms-openai-data'] = { 'openai-enabled': true }; // root keys: ppc-root-no-unknown-extensions
    doc.info.contact['x-ms-summary'] = 'x'; // ppc-contact-no-extra-keys
    doc.paths['/tasks'].post.parameters[0]['x-ms-trigger-value'] = { 'value-path': 'id' }; // ppc-x-ms-trigger-value
    expect(await lintRule('ppc-x-ms-misplaced', doc)).toEqual([]);
  });
});

describe('value rules', () => {
  it('ppc-x-ms-trigger-hint-type, ppc-x-ms-localize-default-value-type and ppc-x-ms-media-kind-value', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-trigger-hint'] = null;
    doc.paths['/tasks'].get.parameters[0]['x-ms-localizeDefaultValue'] = 'true';
    doc.definitions.Task.properties.id['x-ms-media-kind'] = 'Image';
    const [hint] = await lintRule('ppc-x-ms-trigger-hint-type', doc);
    expect(hint).toMatchObject({ severity: SEVERITY.error, path: ['paths', '/tasks', 'get', 'x-ms-trigger-hint'] });
    expect(hint!.message).toContain('x-ms-trigger-hint is null, not a string');
    const [localize] = await lintRule('ppc-x-ms-localize-default-value-type', doc);
    expect(localize!.message).toContain('x-ms-localizeDefaultValue is a string (true), not a boolean (true or false); write true or false without quotes');
    const [media] = await lintRule('ppc-x-ms-media-kind-value', doc);
    expect(media!.message).toContain('x-ms-media-kind is "Image", not one of "image", "audio"');
    expect(lineOf(media!)).toBe(lineContaining(text(doc), '"x-ms-media-kind"'));
  });
});

describe('wrong value types never crash the extension rules', () => {
  it.each(MY_RULES)('%s returns findings, not a crash, for null, arrays and strings', async (id) => {
    const doc = validSwagger();
    for (const [i, value] of [null, [], 'x', 42, { a: { b: [null] } }].entries()) {
      doc.paths['/tasks'].get.parameters.push({ name: `p${i}`, in: 'query', type: 'string', 'x-ms-summary': value, 'x-ms-visibility': value, 'x-ms-localizeDefaultValue': value });
      doc.definitions.Task.properties[`p${i}`] = { 'x-ms-media-kind': value, 'x-ms-enum': value, 'x-ms-capabilities': value };
    }
    doc.paths['/tasks'].get['x-ms-capabilities'] = null;
    doc.paths['/tasks'].get['x-ms-trigger-hint'] = [];
    doc['x-ms-capabilities'] = { testConnection: null };
    await expect(lintRule(id, doc)).resolves.toBeInstanceOf(Array);
  });
});
