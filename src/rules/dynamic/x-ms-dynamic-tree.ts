import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { DYNAMIC_TREE, DYNAMIC_VALUES } from '../../model/dynamic-calls';
import { extensionSites } from '../../model/extension-sites';
import { treePicker } from './example-edits';
import { describeValue, pathStrings, requiredString, unknownKeys, valueOrReference } from './shapes';

const STEP_KEYS = [
  'operationId',
  'parameters',
  'itemsPath',
  'itemValuePath',
  'itemTitlePath',
  'itemIsParent',
  'itemFullTitlePath',
];
const SETTINGS = ['canSelectParentNodes', 'canSelectLeafNodes'];

function checkStep(step: unknown, path: JsonPath, name: 'open' | 'browse'): IFunctionResult[] {
  const label = `${DYNAMIC_TREE}.${name}`;
  if (!isObject(step)) return [{ message: `${label} is ${describeValue(step)}, not an object`, path }];
  const results = [
    ...requiredString(step, 'operationId', path, label),
    ...pathStrings(step, STEP_KEYS.slice(2), path, label),
    ...valueOrReference(step, path, label, name === 'browse' ? ['selectedItemValuePath'] : []),
    ...unknownKeys(step, STEP_KEYS, path, label),
  ];
  if (name === 'open' && isObject(step.parameters)) {
    for (const [param, v] of Object.entries(step.parameters)) {
      if (isObject(v) && 'selectedItemValuePath' in v) {
        results.push({
          message: `${label} parameter ${quote(param)} uses "selectedItemValuePath", which is allowed only in "browse" (SelectedItemValuePathNotAllowedInThisPosition)`,
          path: [...path, 'parameters', param],
        });
      }
    }
  }
  return results;
}

export const checkDynamicTree = documentFunction('dynamicTreeShape', (doc) => {
  const results: IFunctionResult[] = [];
  for (const site of extensionSites(doc, DYNAMIC_TREE)) {
    const v = site.value;
    if (!isObject(v)) {
      results.push({ message: `${DYNAMIC_TREE} is ${describeValue(v)}, not an object`, path: site.path });
      continue;
    }
    if (v.open === undefined) results.push({ message: `${DYNAMIC_TREE} has no "open" step`, path: site.path });
    else results.push(...checkStep(v.open, [...site.path, 'open'], 'open'));
    if (v.browse !== undefined) results.push(...checkStep(v.browse, [...site.path, 'browse'], 'browse'));
    if (v.settings !== undefined) {
      if (!isObject(v.settings))
        results.push({
          message: `${DYNAMIC_TREE}.settings is ${describeValue(v.settings)}, not an object`,
          path: [...site.path, 'settings'],
        });
      else {
        for (const key of SETTINGS) {
          const s = v.settings[key];
          if (s !== undefined && typeof s !== 'boolean')
            results.push({
              message: `${DYNAMIC_TREE}.settings.${key} is ${describeValue(s)}, not a boolean`,
              path: [...site.path, 'settings', key],
            });
        }
        results.push(...unknownKeys(v.settings, SETTINGS, [...site.path, 'settings'], `${DYNAMIC_TREE}.settings`));
      }
    }
    results.push(...unknownKeys(v, ['settings', 'open', 'browse'], site.path, DYNAMIC_TREE));
  }
  for (const site of extensionSites(doc, DYNAMIC_VALUES)) {
    if (isObject(site.value) && site.value.capability === 'file-picker' && site.holder[DYNAMIC_TREE] === undefined) {
      results.push({
        message: `The file-picker ${DYNAMIC_VALUES} has no ${DYNAMIC_TREE} beside it (DynamicTreeExtensionMissing)`,
        path: site.path,
      });
    }
  }
  return results;
});

export default defineRule('ppc-x-ms-dynamic-tree', {
  description:
    '`x-ms-dynamic-tree` is `{ settings, open, browse }`: `open` and `browse` call an operation, `selectedItemValuePath` appears only in `browse`, and a file-picker `x-ms-dynamic-values` has a tree beside it.',
  message: "{{error}}; see the x-ms-dynamic-tree reference in Microsoft's OpenAPI extension docs.",
  severity: 'error',
  formats: [oas2],
  given: [extensionKey(DYNAMIC_TREE), extensionKey(DYNAMIC_VALUES)],
  resolved: false,
  then: { function: checkDynamicTree },
  'x-ppc': {
    requirements: ['x-ms-dynamic-tree'],
    section: '9',
    sources: ['L-SVR DynamicTreeExtensionMissing', 'L-SVR SelectedItemValuePathNotAllowedInThisPosition', 'R-SCH-API'],
    validatorMessage: 'DynamicTreeExtensionMissing / SelectedItemValuePathNotAllowedInThisPosition',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A selected-item reference in the "open" step.',
          edits: treePicker({
            open: {
              operationId: 'ListTasks',
              itemValuePath: 'id',
              itemTitlePath: 'title',
              parameters: { status: { selectedItemValuePath: 'status' } },
            },
          }),
        },
        {
          description: 'No "open" step.',
          edits: [
            ...treePicker(),
            { op: 'remove', path: '/definitions/NewTask/properties/folder/x-ms-dynamic-tree/open' },
          ],
        },
      ],
      valid: [{ description: 'Open and browse steps.', edits: treePicker() }],
    },
  },
});
