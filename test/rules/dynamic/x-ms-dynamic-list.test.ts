import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { parentPicker } from '../../../src/rules/dynamic/example-edits';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { edited } from '../../helpers/dynamic';

describe('ppc-x-ms-dynamic-list', () => {
  ruleScenarios('ppc-x-ms-dynamic-list', [
    {
      name: 'The x-ms-dynamic-values parameter form.',
      edit: documentedEdit('ppc-x-ms-dynamic-list', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'parent', 'x-ms-dynamic-list', 'parameters', 'status'],
          line: 169,
          message: 'x-ms-dynamic-list parameter "status" has "parameter"',
        },
      ],
    },
    {
      name: 'A parameter reference into the body.',
      edit: documentedEdit('ppc-x-ms-dynamic-list', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-dynamic-list, further cases', () => {
  it('ppc-x-ms-dynamic-list, -schema and -properties check their shapes', async () => {
    const list = edited([
      ...parentPicker(true),
      {
        op: 'set',
        path: '/definitions/NewTask/properties/parent/x-ms-dynamic-list/parameters/status',
        value: { parameter: 'title' },
      },
    ]);
    const [l] = await lintRule('ppc-x-ms-dynamic-list', list);
    expect(l).toMatchObject({
      severity: SEVERITY.error,
      path: ['definitions', 'NewTask', 'properties', 'parent', 'x-ms-dynamic-list', 'parameters', 'status'],
    });
    expect(l.message).toContain(
      'parameter "status" has "parameter"; it needs exactly one of "value", "parameterReference"',
    );
  });
});
