import { treePicker } from '../../../src/rules/dynamic/example-edits';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { edited } from '../../helpers/dynamic';

describe('dynamic extension rules', () => {
  it('ppc-x-ms-dynamic-tree checks the steps and the file picker', async () => {
    const doc = edited(
      treePicker({
        open: { operationId: 'ListTasks', parameters: { status: { selectedItemValuePath: 'status' } } },
        settings: { canSelectLeafNodes: 'yes' },
      }),
    );
    const results = await lintRule('ppc-x-ms-dynamic-tree', doc);
    const text = results.map((r) => r.message).join('\n');
    expect(text).toContain(
      'x-ms-dynamic-tree.open parameter "status" uses "selectedItemValuePath", which is allowed only in "browse"',
    );
    expect(text).toContain('x-ms-dynamic-tree.settings.canSelectLeafNodes is yes, not a boolean');
    expect(results[0].severity).toBe(SEVERITY.error);
    const picker = edited([
      {
        op: 'set',
        path: '/parameters/TaskId/x-ms-dynamic-values',
        value: { capability: 'file-picker', 'value-path': 'id' },
      },
    ]);
    const [p] = await lintRule('ppc-x-ms-dynamic-tree', picker);
    expect(p).toMatchObject({ path: ['parameters', 'TaskId', 'x-ms-dynamic-values'] });
    expect(p.message).toContain('The file-picker x-ms-dynamic-values has no x-ms-dynamic-tree beside it');
  });
});

describe('ppc-x-ms-dynamic-tree scenarios', () => {
  ruleScenarios('ppc-x-ms-dynamic-tree', [
    {
      name: 'A selected-item reference in the "open" step.',
      edit: documentedEdit('ppc-x-ms-dynamic-tree', 'invalid'),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'folder', 'x-ms-dynamic-tree', 'open', 'parameters', 'status'],
          line: { containing: '"status": {' },
          message: 'x-ms-dynamic-tree.open parameter "status" has "selectedItemValuePath"',
        },
        {
          path: ['definitions', 'NewTask', 'properties', 'folder', 'x-ms-dynamic-tree', 'open', 'parameters', 'status'],
          line: { containing: '"status": {' },
          message:
            'x-ms-dynamic-tree.open parameter "status" uses "selectedItemValuePath", which is allowed only in "browse" (SelectedItemValuePathNotAllowedInThisPosition)',
        },
      ],
    },
    {
      name: 'No "open" step.',
      edit: documentedEdit('ppc-x-ms-dynamic-tree', 'invalid', 1),
      expect: [
        {
          path: ['definitions', 'NewTask', 'properties', 'folder', 'x-ms-dynamic-tree'],
          line: { containing: '"x-ms-dynamic-tree": {' },
          message: 'x-ms-dynamic-tree has no "open" step',
        },
      ],
    },
    {
      name: 'Open and browse steps.',
      edit: documentedEdit('ppc-x-ms-dynamic-tree', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
