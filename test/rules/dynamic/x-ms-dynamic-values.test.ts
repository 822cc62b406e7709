import { taskPicker } from '../../../src/rules/dynamic/example-edits';
import { lineOf, lintRule, SEVERITY } from '../../helpers/lint';
import { lineAfter, messages } from '../../helpers/triggers';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { edited } from '../../helpers/dynamic';

describe('dynamic extension rules', () => {
  it('ppc-x-ms-dynamic-values checks the shape', async () => {
    const doc = edited(
      taskPicker({
        parameters: { status: { value: 'open' } },
        'value-path': '/id',
        builtInOperation: 'AadGraph.GetUsers',
      }),
    );
    const results = await lintRule('ppc-x-ms-dynamic-values', doc);
    const text = results.map((r) => r.message).join('\n');
    expect(text).toContain('x-ms-dynamic-values has both "operationId" and "builtInOperation"');
    expect(text).toContain('has "value-path": "/id" with a leading "/"');
    expect(text).toContain('parameter "status" uses "value" (that is the x-ms-dynamic-list form');
    const leading = results.find((r) => r.message.includes('leading'));
    expect(leading).toMatchObject({
      severity: SEVERITY.error,
      path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'value-path'],
    });
    expect(lineOf(leading!)).toBe(lineAfter(doc, '"TaskId"', '"value-path"'));
    // The file picker uses "capability" and literal arrays / null.
    const picker = edited([
      {
        op: 'set',
        path: '/parameters/TaskId/x-ms-dynamic-values',
        value: {
          capability: 'file-picker',
          parameters: { isFolder: false, fileFilter: [], dataset: null },
          'value-path': 'path',
        },
      },
    ]);
    expect(await lintRule('ppc-x-ms-dynamic-values', picker)).toEqual([]);
    const noOp = edited([
      { op: 'set', path: '/parameters/TaskId/x-ms-dynamic-values', value: { 'value-title': 'title' } },
    ]);
    const noOpText = (await messages('ppc-x-ms-dynamic-values', noOp)).join('\n');
    expect(noOpText).toContain('has no "operationId"');
    expect(noOpText).toContain('has a "value-title" but no "value-path"');
  });
});

describe('ppc-x-ms-dynamic-values scenarios', () => {
  ruleScenarios('ppc-x-ms-dynamic-values', [
    {
      name: 'The x-ms-dynamic-list parameter form.',
      edit: documentedEdit('ppc-x-ms-dynamic-values', 'invalid'),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'parameters', 'status'],
          line: 193,
          message: 'x-ms-dynamic-values parameter "status" uses "value" (that is the x-ms-dynamic-list form',
        },
      ],
    },
    {
      name: 'A value path with a leading slash.',
      edit: documentedEdit('ppc-x-ms-dynamic-values', 'invalid', 1),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values', 'value-path'],
          line: { containing: '"value-path": "/id",' },
          message: 'x-ms-dynamic-values has "value-path": "/id" with a leading "/" (write the path without it)',
        },
      ],
    },
    {
      name: 'No operationId.',
      edit: documentedEdit('ppc-x-ms-dynamic-values', 'invalid', 2),
      expect: [
        {
          path: ['parameters', 'TaskId', 'x-ms-dynamic-values'],
          line: { containing: '"x-ms-dynamic-values": {' },
          message: 'x-ms-dynamic-values has no "operationId"',
        },
      ],
    },
    {
      name: 'A task picker fed by ListTasks.',
      edit: documentedEdit('ppc-x-ms-dynamic-values', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
