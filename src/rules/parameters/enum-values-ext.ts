import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule, type NodeFinding } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { isNonEmptyString, isObject } from '../../utils/guards';
import { literal } from '../../utils/params-text';
import { typedNodeLabel } from '../../model/typed-nodes';

function key(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return String(value);
  }
}

const enumValuesExt = typedNodeRule('enumValuesExt', (n, { document: doc }) => {
  if (!('x-ms-enum-values' in n.node)) return undefined;
  const label = typedNodeLabel(n, doc);
  const list = n.node['x-ms-enum-values'];
  if (!Array.isArray(list))
    return { message: `${label} has an "x-ms-enum-values" that is not a list`, path: ['x-ms-enum-values'] };
  const found: NodeFinding[] = [];
  const allowed = Array.isArray(n.node.enum) ? new Set(n.node.enum.map(key)) : undefined;
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const at = ['x-ms-enum-values', i];
    if (!isObject(entry)) {
      found.push({ message: `${label} has an x-ms-enum-values entry that is not an object`, path: at });
      return;
    }
    if (!isNonEmptyString(entry.displayName))
      found.push({ message: `${label} has an x-ms-enum-values entry without "displayName"`, path: at });
    if (!('value' in entry)) {
      found.push({ message: `${label} has an x-ms-enum-values entry without "value"`, path: at });
      return;
    }
    const k = key(entry.value);
    if (seen.has(k))
      found.push({
        message: `${label} lists the value ${literal(entry.value)} twice in x-ms-enum-values`,
        path: [...at, 'value'],
      });
    seen.add(k);
    if (allowed && !allowed.has(k))
      found.push({
        message: `${label} has the x-ms-enum-values value ${literal(entry.value)}, which is not in its "enum"`,
        path: [...at, 'value'],
      });
  });
  return found;
});

export default defineRule('ppc-enum-values-ext', {
  description:
    'Each `x-ms-enum-values` entry has a `value` and a `displayName`; values are unique and appear in the sibling `enum`.',
  message:
    '{{error}}; give each entry a unique "value" from "enum" and a "displayName" (Microsoft rejects invalid x-ms-enum-values).',
  severity: 'error',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: enumValuesExt },
  'x-ppc': {
    requirements: ['enum-values-ext'],
    section: '6',
    sources: [
      'R-SCH-API',
      'L-SVR MissingEnumValuesDisplayName',
      'L-SVR InvalidEnumValuesExtensionValue',
      'L-SVR DuplicateEnumValuesInExtension',
    ],
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A value that is not in enum, and an entry without displayName.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/x-ms-enum-values',
              value: [{ value: 'open', displayName: 'Open' }, { value: 'closed' }],
            },
          ],
        },
      ],
      valid: [
        {
          description: 'Display names for each enum value.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/x-ms-enum-values',
              value: [
                { value: 'open', displayName: 'Open' },
                { value: 'done', displayName: 'Done' },
              ],
            },
          ],
        },
      ],
    },
  },
});
