import { dynamicFields, parentPicker, taskPicker, treePicker } from '../../../src/rules/dynamic/example-edits';
import { lintRule, validSwagger } from '../../helpers/lint';
import { edited, properties } from '../../helpers/dynamic';

const RULES = [
  'ppc-x-ms-dynamic-values',
  'ppc-dynamic-values-target-array',
  'ppc-x-ms-dynamic-list',
  'ppc-dynamic-list-required',
  'ppc-x-ms-dynamic-schema',
  'ppc-x-ms-dynamic-properties',
  'ppc-dynamic-properties-required',
  'ppc-dynamic-properties-item-value-path',
  'ppc-x-ms-dynamic-tree',
  'ppc-dynamic-parameter-references',
];

describe('dynamic extension rules', () => {
  it('are silent on the valid fixture and on compliant uses of every extension', async () => {
    const compliant = edited([
      ...taskPicker(),
      ...dynamicFields({ 'value-path': 'schema/properties' }, { 'x-ms-dynamic-properties': properties }),
      ...parentPicker(true),
      ...treePicker(),
    ]);
    for (const id of RULES) {
      expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
      expect({ id, results: await lintRule(id, compliant) }).toEqual({ id, results: [] });
    }
  });
});
