import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);

describe('document shape rules', () => {
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
      expect(results[0].message).toBe(
        '"schemes" lists "https" twice (items 0 and 1); remove the duplicate (Microsoft rejects arrays with duplicate values).',
      );
      expect(lineOf(results[0])).toBe(lineContaining(text(doc), '"https"', lineContaining(text(doc), '"schemes"') + 1));
    });

    it('flags a property required twice, also inside nested and hidden schemas', async () => {
      const doc = validSwagger();
      doc.definitions.NewTask.required = ['title', 'title'];
      doc.definitions.Task.properties.owner = {
        type: 'object',
        'x-ms-visibility': 'internal',
        required: ['id', 'id'],
        properties: { id: { type: 'string' } },
      };
      const results = await lintRule('ppc-arrays-unique', doc);
      expect(results.map((r) => r.path)).toEqual([
        ['definitions', 'NewTask', 'required', '1'],
        ['definitions', 'Task', 'properties', 'owner', 'required', '1'],
      ]);
      expect(results[0].message).toContain('"required" lists "title" twice');
    });

    it('flags the same parameter twice, directly or through $ref', async () => {
      const doc = validSwagger();
      doc.paths['/tasks/{taskId}'].delete.parameters.push({
        name: 'taskId',
        in: 'path',
        type: 'string',
        required: true,
      });
      doc.paths['/tasks/{taskId}'].parameters = [{ $ref: '#/parameters/Missing' }, { $ref: '#/parameters/Missing' }];
      const results = await lintRule('ppc-arrays-unique', doc);
      expect(results.map((r) => r.path)).toEqual([
        ['paths', '/tasks/{taskId}', 'delete', 'parameters', '1'],
        ['paths', '/tasks/{taskId}', 'parameters', '1'],
      ]);
      expect(results[0].message).toContain('"parameters" lists parameter "taskId" (in: path) twice (items 0 and 1)');
      expect(results[1].message).toContain('"parameters" lists parameter "#/parameters/Missing" twice (items 0 and 1)');
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
});

describe('ppc-arrays-unique scenarios', () => {
  ruleScenarios('ppc-arrays-unique', [
    {
      name: '"https" twice in `schemes`.',
      edit: documentedEdit('ppc-arrays-unique', 'invalid'),
      expect: [{ path: ['schemes', '1'], line: 17, message: '"schemes" lists "https" twice (items 0 and 1)' }],
    },
    {
      name: 'A property listed twice in `required`.',
      edit: documentedEdit('ppc-arrays-unique', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'NewTask', 'required', '1'],
          line: 139,
          message: '"required" lists "title" twice (items 0 and 1)',
        },
      ],
    },
    {
      name: 'The same parameter twice in one operation.',
      edit: documentedEdit('ppc-arrays-unique', 'invalid', 2),
      expect: [
        {
          path: ['paths', '/tasks/{taskId}', 'delete', 'parameters', '1'],
          line: 122,
          message: '"parameters" lists parameter "taskId" (in: path) twice (items 0 and 1)',
        },
      ],
    },
    {
      name: 'Distinct values.',
      edit: documentedEdit('ppc-arrays-unique', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-arrays-unique, further cases', () => {
  it('all document rules are silent on the valid fixture', async () => {
    {
      const id = 'ppc-arrays-unique';
      {
        expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      }
    }
  });
});
