import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Document, Ruleset, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { Resolver } from '@stoplight/spectral-ref-resolver';
import { exampleSchemaCacheSize, oas2Example } from '../../src/functions/oas2-example';
import { validSwagger } from '../helpers/lint';
import { corpusFolders } from '../helpers/corpus';

// Spectral's own definitions of the two rules: ours must give exactly their findings, only faster.
const RULE_IDS = ['oas2-valid-schema-example', 'oas2-valid-media-example'] as const;
type RuleDefinition = Record<string, unknown> & { then: Record<string, unknown> };
const spectralRules = (oas as unknown as { rules: Record<string, RuleDefinition> }).rules;

function spectralWith(replace: boolean): Spectral {
  const rules: Record<string, RuleDefinition> = {};
  for (const id of RULE_IDS) {
    const definition = spectralRules[id];
    rules[id] = replace ? { ...definition, then: { ...definition.then, function: oas2Example } } : definition;
  }
  const spectral = new Spectral({ resolver: new Resolver({ resolvers: {} }) });
  spectral.setRuleset(new Ruleset({ rules }, { severity: 'recommended' }));
  return spectral;
}

const original = spectralWith(false);
const replaced = spectralWith(true);

function comparable(results: ISpectralDiagnostic[]): string[] {
  return results
    .filter((r) => (RULE_IDS as readonly string[]).includes(String(r.code)))
    .map((r) => JSON.stringify([r.code, r.path, r.message, r.range]))
    .sort();
}

async function both(text: string, source = '/virtual/apiDefinition.swagger.json'): Promise<[string[], string[]]> {
  const expected = comparable(await original.run(new Document(text, Json, source)));
  const actual = comparable(await replaced.run(new Document(text, Json, source)));
  return [actual, expected];
}

type Edit = (d: Record<string, any>) => void;

const CASES: [string, Edit][] = [
  ['a property example of the wrong type', (d) => (d.definitions.Task.properties.title.example = 42)],
  [
    'a default outside the enum',
    (d) => (d.definitions.Task.properties.title = { type: 'string', enum: ['a'], default: 'b' }),
  ],
  [
    'x-nullable: a null example is allowed and the type error names null',
    (d) => {
      d.definitions.Task.properties.title = { type: 'string', 'x-nullable': true, example: null };
      d.definitions.Task.properties.count = { type: 'integer', 'x-nullable': true, example: 'x' };
    },
  ],
  [
    'a boolean required',
    (d) => {
      d.definitions.Task.required = true;
      d.definitions.Task.example = { title: 5 };
    },
  ],
  [
    'a pattern that is not a regular expression',
    (d) => (d.definitions.Task.properties.title = { type: 'string', pattern: '[', example: 'x' }),
  ],
  [
    'an annotation the meta-schema rejects (a numeric description)',
    (d) => (d.definitions.Task.properties.title = { type: 'string', description: 5, example: 'x' }),
  ],
  [
    'schemas that differ only in annotations, one with a wrong example',
    (d) => {
      d.definitions.Task.properties.title = { type: 'string', description: 'One.', example: 'x' };
      d.definitions.Task.properties.status = { type: 'string', description: 'Two.', 'x-ms-summary': 'S', example: 2 };
    },
  ],
  [
    'a schema with its own $schema',
    (d) => (d.definitions.Task.properties.title = { $schema: 'urn:x', type: 'string', example: 3 }),
  ],
  [
    'a response example missing a writeOnly required property',
    (d) => {
      const responses = d.paths['/tasks/{taskId}'].get.responses as Record<string, any>;
      responses['200'] = {
        description: 'OK',
        schema: {
          type: 'object',
          required: ['secret', 'name'],
          properties: { secret: { type: 'string', writeOnly: true }, name: { type: 'string' } },
        },
        examples: { 'application/json': { other: 1 } },
      };
    },
  ],
  [
    'schemas with their own id, twice in one document',
    (d) => {
      d.definitions.A = { id: 'urn:same', type: 'string', example: 1 };
      d.definitions.B = { id: 'urn:same', type: 'integer', example: 'x' };
    },
  ],
  [
    'an id inside an example object is not a schema id',
    (d) => (d.definitions.Task.example = { id: 'not-a-schema', title: 3 }),
  ],
  [
    'one shared definition expanded by many references',
    (d) => {
      d.definitions.Shared = { type: 'object', properties: { n: { type: 'integer', example: 'seven' } } };
      for (let i = 0; i < 20; i++) d.definitions[`User${i}`] = { $ref: '#/definitions/Shared' };
    },
  ],
  [
    'an example without a declared property named constructor (Ajv checks the inherited one)',
    (d) =>
      (d.definitions.Task = {
        type: 'object',
        properties: { constructor: { type: 'string' }, title: { type: 'string' } },
        example: { title: 'x' },
      }),
  ],
  [
    'plainly valid examples beside a date-time that is not one and an astral string over maxLength',
    (d) => {
      d.definitions.Task.properties.title = { type: 'string', maxLength: 1, example: '😀😀' };
      d.definitions.Task.properties.due = { type: 'string', format: 'date-time', example: 'tomorrow' };
      d.definitions.Task.properties.count = { type: 'integer', format: 'int32', example: 3 };
    },
  ],
  [
    'a required list that is not an array',
    (d) => (d.definitions.Task = { type: 'object', required: 'x', example: {} }),
  ],
];

describe('oas2Example gives the findings of Spectral oasExample', () => {
  it.each(CASES)('%s', async (_name, edit) => {
    const document = validSwagger();
    edit(document);
    const [actual, expected] = await both(JSON.stringify(document, null, 2));
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('on the valid fixture, both are silent', async () => {
    const [actual, expected] = await both(JSON.stringify(validSwagger(), null, 2));
    expect(actual).toEqual([]);
    expect(expected).toEqual([]);
  });

  const folders = corpusFolders();
  // An even spread of real connectors, small enough to run Spectral's slow original beside ours.
  const sample = folders.filter((_, i) => i % 25 === 0);
  (sample.length > 0 ? it : it.skip)(
    `on ${sample.length} corpus connectors, the same findings`,
    async () => {
      let findings = 0;
      for (const dir of sample) {
        const file = path.join(dir, 'apiDefinition.swagger.json');
        if (!existsSync(file)) continue;
        const [actual, expected] = await both(readFileSync(file, 'utf8'), file);
        expect({ dir, findings: actual }).toEqual({ dir, findings: expected });
        findings += expected.length;
      }
      expect(findings).toBeGreaterThan(10);
    },
    300_000,
  );
});

describe('oas2Example compiles each distinct schema once', () => {
  it('a schema repeated within and across documents is prepared once', async () => {
    const document = validSwagger();
    document.definitions.Repeated = {
      type: 'object',
      properties: { q: { type: 'string', pattern: '^q\\d+$', example: 'q0' } },
    };
    document.definitions.Repeated.example = { q: 'q1' };
    for (let i = 0; i < 10; i++) document.definitions[`Copy${i}`] = { $ref: '#/definitions/Repeated' };
    const text = JSON.stringify(document);
    await replaced.run(new Document(text, Json, '/virtual/a.json'));
    const afterFirst = exampleSchemaCacheSize();
    await replaced.run(new Document(text, Json, '/virtual/b.json'));
    expect(exampleSchemaCacheSize()).toBe(afterFirst);
    // Another description, summary and example: what validation reads is the same, so nothing new compiles.
    Object.assign(document.definitions.Repeated.properties.q, {
      description: 'Q.',
      'x-ms-summary': 'Q',
      example: 'q2',
    });
    await replaced.run(new Document(JSON.stringify(document), Json, '/virtual/b2.json'));
    expect(exampleSchemaCacheSize()).toBe(afterFirst);
    document.definitions.Repeated.properties.q.pattern = '^r\\d+$';
    await replaced.run(new Document(JSON.stringify(document), Json, '/virtual/c.json'));
    expect(exampleSchemaCacheSize()).toBeGreaterThan(afterFirst);
  });
});
