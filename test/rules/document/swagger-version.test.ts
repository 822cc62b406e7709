import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('document shape rules', () => {
  describe('ppc-swagger-version', () => {
    it('flags a wrong version string at the swagger key', async () => {
      const doc = validSwagger();
      doc.swagger = '3.0';
      const results = await lintRule('ppc-swagger-version', doc);
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({ code: 'ppc-swagger-version', severity: SEVERITY.error, path: ['swagger'] });
      expect(results[0].message).toBe(
        'The swagger version is "3.0"; set "swagger": "2.0" and write the definition in Swagger 2.0 (Power Platform imports only OpenAPI 2.0).',
      );
      expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"swagger"'));
    });

    it('flags a number', async () => {
      const doc = validSwagger();
      doc.swagger = 2;
      const results = await lintRule('ppc-swagger-version', doc);
      expect(results).toHaveLength(1);
      expect(results[0].message).toContain('is 2 (a number, not the string "2.0")');
    });

    it('fires on an OpenAPI 3 document, which the oas2 format would skip', async () => {
      const doc = { openapi: '3.0.1', info: { title: 'Contoso Tasks', version: '1.0' }, paths: {} };
      const results = await lintRule('ppc-swagger-version', doc);
      expect(results).toHaveLength(1);
      expect(results[0].path).toEqual(['openapi']);
      expect(results[0].message).toContain('is missing (the document is OpenAPI "3.0.1")');
      expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"openapi"'));
    });

    it('fires on a connector definition without swagger or openapi', async () => {
      const doc = validSwagger();
      delete doc.swagger;
      const results = await lintRule('ppc-swagger-version', doc);
      expect(results).toHaveLength(1);
      expect(results[0].path).toEqual([]);
      expect(results[0].message).toContain('The swagger version is missing;');
    });

    it('does not crash on odd input', async () => {
      expect(await lintRule('ppc-swagger-version', '[1, 2]')).toEqual([]);
      expect(await lintRule('ppc-swagger-version', 'null')).toEqual([]);
      const nullVersion = await lintRule('ppc-swagger-version', { swagger: null, info: {} });
      expect(nullVersion[0].message).toContain('is null (not the string "2.0")');
      const kinds = await Promise.all(
        [2, [2], { v: 2 }].map((swagger) => lintRule('ppc-swagger-version', { swagger, info: {} })),
      );
      expect(kinds.map((r) => /\(([^)]*), not the string/.exec(r[0]?.message ?? '')?.[1])).toEqual([
        'a number',
        'an array',
        'an object',
      ]);
    });
  });
});

describe('ppc-swagger-version scenarios', () => {
  ruleScenarios('ppc-swagger-version', [
    {
      name: 'A number instead of the string "2.0".',
      edit: documentedEdit('ppc-swagger-version', 'invalid'),
      expect: [
        {
          path: ['swagger'],
          line: { containing: '"swagger": 2,' },
          message: 'The swagger version is 2 (a number, not the string "2.0")',
        },
      ],
    },
    {
      name: 'An OpenAPI 3 document.',
      edit: documentedEdit('ppc-swagger-version', 'invalid', 1),
      expect: [
        {
          path: ['openapi'],
          line: { containing: '"openapi": "3.0.1"' },
          message: 'The swagger version is missing (the document is OpenAPI "3.0.1")',
        },
      ],
    },
    { name: 'The string "2.0".', edit: documentedEdit('ppc-swagger-version', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-swagger-version, further cases', () => {
  it('all document rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-swagger-version';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
