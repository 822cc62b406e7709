import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { applyEdits } from '../../../src/examples';
import { ruleScenarios, documented } from '../../helpers/scenarios';

describe('schema limit rules', () => {
  it('ppc-total-schema-count reports a definition set past 256 × 16,384 nodes', async () => {
    const doc = validSwagger();
    for (let i = 0; i < 23; i++)
      doc.definitions[`L${i}`] = {
        type: 'object',
        properties: { a: { $ref: `#/definitions/L${i + 1}` }, b: { $ref: `#/definitions/L${i + 1}` } },
      };
    doc.definitions.L23 = { type: 'string' };
    doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/L0' };
    const [finding] = await lintRule('ppc-total-schema-count', doc);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['paths'] });
    expect(finding.message).toMatch(/^The operations hold 16,777,\d{3} schema nodes/);
  });
});

describe('ppc-total-schema-count scenarios', () => {
  ruleScenarios('ppc-total-schema-count', [
    {
      name: 'A definition whose references double at each of 23 levels (over 8 million nodes).',
      edit: (doc) => applyEdits(doc, documented('ppc-total-schema-count', 'invalid', 0).edits ?? []),
      expect: [
        {
          path: ['paths'],
          line: { containing: '"paths": {' },
          message: 'The operations hold 16,777,231 schema nodes ($refs expanded)',
        },
      ],
    },
    {
      name: 'The same shape with 10 levels (about 2,000 nodes).',
      edit: (doc) => {
        doc.paths['/tasks'].get.responses['200'].schema = { $ref: '#/definitions/L0' };
        doc.definitions.L0 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L1' }, b: { $ref: '#/definitions/L1' } },
        };
        doc.definitions.L1 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L2' }, b: { $ref: '#/definitions/L2' } },
        };
        doc.definitions.L2 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L3' }, b: { $ref: '#/definitions/L3' } },
        };
        doc.definitions.L3 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L4' }, b: { $ref: '#/definitions/L4' } },
        };
        doc.definitions.L4 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L5' }, b: { $ref: '#/definitions/L5' } },
        };
        doc.definitions.L5 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L6' }, b: { $ref: '#/definitions/L6' } },
        };
        doc.definitions.L6 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L7' }, b: { $ref: '#/definitions/L7' } },
        };
        doc.definitions.L7 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L8' }, b: { $ref: '#/definitions/L8' } },
        };
        doc.definitions.L8 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L9' }, b: { $ref: '#/definitions/L9' } },
        };
        doc.definitions.L9 = {
          type: 'object',
          properties: { a: { $ref: '#/definitions/L10' }, b: { $ref: '#/definitions/L10' } },
        };
        doc.definitions.L10 = { type: 'string' };
      },
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-total-schema-count, further cases', () => {
  it('are silent on the valid fixture', async () => {
    {
      const id = 'ppc-total-schema-count';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
