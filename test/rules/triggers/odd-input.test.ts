import { dynamicRules } from '../../../src/rules/dynamic';
import { securityRules } from '../../../src/rules/security';
import { triggersRules } from '../../../src/rules/triggers';
import { versioningRules } from '../../../src/rules/versioning';
import { lintRule, validSwagger } from '../../helpers/lint';
import { withPolling, withWebhook } from '../../helpers/triggers';

type Doc = Record<string, any>;

const IDS = [...triggersRules, ...versioningRules, ...dynamicRules, ...securityRules].map((r) => r.id);

const EXTENSIONS = [
  'x-ms-trigger',
  'x-ms-trigger-hint',
  'x-ms-trigger-metadata',
  'x-ms-notification',
  'x-ms-notification-content',
  'x-ms-pageable',
  'x-ms-operation-context',
  'x-ms-api-annotation',
  'x-ms-dynamic-values',
  'x-ms-dynamic-list',
  'x-ms-dynamic-schema',
  'x-ms-dynamic-properties',
  'x-ms-dynamic-tree',
  'x-ms-visibility',
  'deprecated',
  'security',
];

/** Every extension set to a wrong-typed value on an operation, a parameter and a schema property. */
function wrongTypes(value: unknown): Doc {
  const doc = withWebhook(withPolling());
  const targets = [
    doc.paths['/hooks'].post,
    doc.paths['/tasks/trigger'].get,
    doc.paths['/tasks/trigger'].get.parameters[0],
    doc.definitions.Task.properties.id,
    doc.paths['/hooks'],
  ];
  for (const target of targets) for (const ext of EXTENSIONS) target[ext] = structuredClone(value);
  doc.paths['/hooks'].post.parameters[0].schema.properties.callbackUrl['x-ms-notification-url'] =
    structuredClone(value);
  return doc;
}

/** Extensions whose inner values have the wrong types. */
function wrongInnerTypes(): Doc {
  const doc = withWebhook(withPolling());
  const op = doc.paths['/tasks/trigger'].get;
  op['x-ms-api-annotation'] = { family: ['x'], revision: '2', status: null, replacement: 'ListTasks' };
  op['x-ms-pageable'] = { nextLinkName: { name: 'nextLink' } };
  op['x-ms-notification'] = { operationId: ['OnTaskCreated'] };
  op['x-ms-operation-context'] = { simulate: 'ListTasks' };
  op['x-ms-trigger-metadata'] = { kind: null, mode: 1 };
  const param = op.parameters[0];
  param['x-ms-dynamic-values'] = { operationId: 'ListTasks', parameters: ['status'], 'value-path': { a: 1 } };
  param['x-ms-dynamic-list'] = { operationId: 7, parameters: { status: null, other: [] }, itemsPath: [] };
  param['x-ms-dynamic-tree'] = { open: 'ListTasks', browse: [], settings: 'all' };
  doc.definitions.Task.properties.title['x-ms-dynamic-schema'] = {
    operationId: 'GetTask',
    parameters: { taskId: { parameter: 5 } },
    'value-path': null,
  };
  doc.definitions.Task.properties.title['x-ms-dynamic-properties'] = {
    operationId: 'GetTask',
    parameters: 'taskId',
    itemValuePath: 3,
  };
  doc.securityDefinitions = {
    a: null,
    b: [],
    c: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 5, tokenUrl: null, scopes: [] },
  };
  doc.security = [null, 'api_key', { a: 'x' }, { c: [5, null] }];
  doc.paths['/tasks'].get.security = 'none';
  return doc;
}

/** `$ref`s that cycle or point nowhere, in parameters, bodies, responses and notification content. */
function badRefs(): Doc {
  const doc = withWebhook(withPolling());
  doc.definitions.A = { $ref: '#/definitions/B' };
  doc.definitions.B = { $ref: '#/definitions/A' };
  doc.definitions.Loop = {
    type: 'object',
    required: ['next', 'callbackUrl'],
    properties: {
      next: { $ref: '#/definitions/Loop' },
      callbackUrl: { type: 'string', 'x-ms-notification-url': true },
    },
  };
  doc.paths['/hooks'].post.parameters[0].schema = { $ref: '#/definitions/Loop' };
  doc.paths['/hooks'].post.parameters.push(
    { $ref: '#/parameters/Nowhere' },
    { $ref: 'other.json#/parameters/X' },
    { $ref: 42 },
  );
  doc.paths['/hooks'].post.responses['201'] = { $ref: '#/responses/Missing' };
  doc.paths['/hooks']['x-ms-notification-content'].schema = { $ref: '#/definitions/A' };
  doc.paths['/tasks/trigger'].get.responses['200'].schema = { $ref: '#/definitions/B' };
  doc.paths['/tasks'].get.responses['200'].schema = {
    allOf: [{ $ref: '#/definitions/A' }, { $ref: '#/definitions/Loop' }],
  };
  doc.paths['/tasks'].get['x-ms-pageable'] = { nextLinkName: 'nextLink' };
  doc.parameters.TaskId['x-ms-dynamic-values'] = {
    operationId: 'OnNewTasks',
    'value-collection': 'a/b',
    'value-path': 'c',
  };
  doc.parameters.TaskId['x-ms-dynamic-list'] = {
    operationId: 'CreateTask',
    parameters: { body: { parameterReference: 'body/next/next/next/missing' } },
  };
  doc.definitions.NewTask.properties.loop = {
    $ref: '#/definitions/Loop',
    'x-ms-dynamic-schema': { operationId: 'OnTaskCreated', parameters: { body: { parameter: 'next' } } },
  };
  return doc;
}

/** Structural nonsense: null path items, string operations, object parameter lists. */
function brokenStructure(): Doc {
  const doc = validSwagger();
  doc.paths['/a'] = null;
  doc.paths['/b'] = [];
  doc.paths['/c'] = { get: 'ListTasks', post: null, parameters: { name: 'x' }, 'x-ms-notification-content': [] };
  doc.paths['/d'] = { post: { operationId: 5, parameters: 'none', responses: [], 'x-ms-trigger': 'single' } };
  doc.paths['/e'] = {
    post: {
      operationId: 'E',
      'x-ms-trigger': 'batch',
      parameters: [null, 1, 'body', { in: 'body' }],
      responses: { '200': null, '201': 'x' },
    },
  };
  doc.definitions.Task.properties = null;
  doc.parameters.Broken = null;
  return doc;
}

describe('odd input never crashes the trigger, versioning, dynamic and security rules', () => {
  const cases: Array<[string, () => unknown]> = [
    ['null extensions', () => wrongTypes(null)],
    ['array extensions', () => wrongTypes(['a', 1])],
    ['string extensions', () => wrongTypes('true')],
    ['number extensions', () => wrongTypes(0)],
    ['wrong inner types', wrongInnerTypes],
    ['cyclic and dangling $refs', badRefs],
    ['broken structure', brokenStructure],
    ['paths is an array', () => ({ ...validSwagger(), paths: [] })],
    ['not an object at all', () => '[1, 2, 3]'],
    [
      'a huge string',
      () =>
        withWebhook(
          withPolling({ ...validSwagger(), info: { ...validSwagger().info, description: 'x'.repeat(200_000) } }),
        ),
    ],
  ];

  it.each(cases)('%s', async (_name, build) => {
    const doc = build();
    for (const id of IDS) {
      const results = await lintRule(id, doc);
      for (const r of results) {
        expect(typeof r.message).toBe('string');
        expect(r.message.length).toBeGreaterThan(10);
        expect(r.message.length).toBeLessThan(1000);
      }
    }
  });

  it('wrong-typed values get findings that name them', async () => {
    const doc = wrongTypes(['a', 1]);
    const expectations: Array<[string, string]> = [
      ['ppc-trigger-value', 'x-ms-trigger is ["a",1], not a string'],
      ['ppc-polling-trigger-metadata', 'x-ms-trigger-metadata is an array, not an object'],
      ['ppc-pageable-shape', 'x-ms-pageable is an array, not an object'],
      ['ppc-operation-context', 'x-ms-operation-context is an array, not an object'],
      ['ppc-annotation-shape', 'x-ms-api-annotation is an array, not an object'],
      ['ppc-x-ms-notification-usage', 'is an array, not an object with an "operationId"'],
      ['ppc-x-ms-notification-content', 'x-ms-notification-content is an array, not an object'],
      ['ppc-x-ms-notification-url', 'x-ms-notification-url is ["a",1]'],
      ['ppc-x-ms-dynamic-values', 'x-ms-dynamic-values is an array, not an object'],
      ['ppc-x-ms-dynamic-list', 'x-ms-dynamic-list is an array, not an object'],
      ['ppc-x-ms-dynamic-schema', 'x-ms-dynamic-schema is an array, not an object'],
      ['ppc-x-ms-dynamic-properties', 'x-ms-dynamic-properties is an array, not an object'],
      ['ppc-x-ms-dynamic-tree', 'x-ms-dynamic-tree is an array, not an object'],
      ['ppc-deprecated-bool', 'deprecated is ["a",1]'],
      ['ppc-security-req-scopes', 'Security requirement 0 is a, not an object'],
    ];
    for (const [id, text] of expectations) {
      const found = (await lintRule(id, doc)).map((r) => r.message);
      expect({ id, found: found.some((m) => m.includes(text)) }).toEqual({ id, found: true });
    }
  });
});
