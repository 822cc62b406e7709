import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { extensionKey } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { extensionSites } from '../../model/extension-sites';
import { connectorModel } from '../../model';

const KEY = 'x-ms-visibility';
const VALUES = ['important', 'advanced', 'internal'];

function casing(value: unknown, path: JsonPath, where: string): IFunctionResult[] {
  if (typeof value !== 'string') return [];
  const lower = value.trim().toLowerCase();
  if (!VALUES.includes(lower) || value === lower) return [];
  return [{ message: `${quote(value)} on ${where} is not lower case (use "${lower}")`, path }];
}

export const checkVisibilityCasing = documentFunction('visibilityCasing', (doc) => {
  const results: IFunctionResult[] = [];
  for (const info of connectorModel(doc).operations)
    results.push(
      ...casing(
        info.node[KEY],
        [...info.jsonPath, KEY],
        `operation ${info.operationId !== undefined ? quote(info.operationId) : info.path}`,
      ),
    );
  for (const site of extensionSites(doc, KEY)) {
    const where =
      site.kind === 'parameter'
        ? `parameter ${quote(site.holder.name ?? '')}`
        : site.propertyName !== undefined
          ? `property ${quote(site.propertyName)}`
          : 'a schema';
    results.push(...casing(site.value, site.path, where));
  }
  return results;
});

export default defineRule('ppc-visibility-casing', {
  description:
    '`x-ms-visibility` is written in lower case ("important", "advanced", "internal") on operations, parameters and schema properties.',
  message: 'x-ms-visibility {{error}}; the schema and the extension docs allow only lower-case values.',
  severity: 'warn',
  formats: [oas2],
  given: extensionKey('x-ms-visibility'),
  resolved: false,
  then: { function: checkVisibilityCasing },
  'x-ppc': {
    requirements: ['visibility-casing'],
    section: '4',
    sources: ['R-SCH-API', 'L-VER'],
    specLevel: 'W',
    fix: { kind: 'safe', description: 'Writes the value in lower case (the platform already reads it so).' },
    examples: {
      invalid: [
        {
          description: '"Internal" as the versioning docs show it.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'Internal' }],
        },
        {
          description: '"Advanced" on a parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'Advanced' }],
        },
      ],
      valid: [
        {
          description: '"internal".',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/x-ms-visibility', value: 'internal' }],
        },
      ],
    },
  },
});
