import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { parentPicker } from '../../../src/rules/dynamic/example-edits';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { edited } from '../../helpers/dynamic';

/** The parent picker's `status` parameter reference, which names a body property. */
const STATUS_REF = 'definitions.NewTask.properties.parent.x-ms-dynamic-values.parameters.status.parameter'.split('.');

describe('ppc-dynamic-list-required', () => {
  ruleScenarios('ppc-dynamic-list-required', [
    {
      name: 'A reference to the body property "title" without x-ms-dynamic-list.',
      edit: documentedEdit('ppc-dynamic-list-required', 'invalid'),
      expect: [
        {
          path: STATUS_REF,
          line: { containing: '"parameter": "title"' },
          message: 'x-ms-dynamic-values refers to "title", a body property rather than a parameter of "CreateTask"',
        },
      ],
    },
    {
      name: 'The same reference with x-ms-dynamic-list.',
      edit: documentedEdit('ppc-dynamic-list-required', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-dynamic-list-required, further cases', () => {
  it('ppc-dynamic-list-required and ppc-dynamic-properties-required flag body-property references', async () => {
    const doc = edited(parentPicker(false));
    const [l] = await lintRule('ppc-dynamic-list-required', doc);
    expect(l).toMatchObject({
      severity: SEVERITY.error,
      path: STATUS_REF,
    });
    expect(l.message).toContain(
      'x-ms-dynamic-values refers to "title", a body property rather than a parameter of "CreateTask"',
    );
  });
});
