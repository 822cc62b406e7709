import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction, type ParamFinding } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { paramIn, paramName } from '../../utils/params-context';

const FORMATS = ['csv', 'ssv', 'tsv', 'pipes'];

const collectionFormat = paramFunction('collectionFormat', (param) => {
  const found: ParamFinding[] = [];
  const multiAllowed = param.in === 'query' || param.in === 'formData';
  // The parameter itself, then its nested `items` (where "multi" is never allowed).
  let node: unknown = param;
  let path: Array<string> = [];
  for (let depth = 0; isObject(node) && depth < 32; depth++, node = node.items, path = [...path, 'items']) {
    if (!('collectionFormat' in node)) continue;
    const value = node.collectionFormat;
    if (typeof value === 'string' && FORMATS.includes(value)) continue;
    const where = depth === 0 ? '' : ` in its ${path.join('.')}`;
    if (value === 'multi') {
      if (depth === 0 && multiAllowed) continue;
      found.push({
        message: `${paramName(param)} (in ${paramIn(param)}) has collectionFormat "multi"${where}; "multi" is only for query and formData parameters`,
        path: [...path, 'collectionFormat'],
      });
    } else {
      found.push({
        message: `${paramName(param)} has collectionFormat ${quote(value)}${where}; use csv, ssv, tsv, pipes or multi`,
        path: [...path, 'collectionFormat'],
      });
    }
  }
  return found;
});

export default defineRule('ppc-collection-format', {
  description: '`collectionFormat` is `csv`, `ssv`, `tsv` or `pipes`, or `multi` on a query or formData parameter.',
  message: 'Parameter {{error}} (Microsoft rejects other collection formats).',
  severity: 'error',
  formats: [oas2],
  given: PARAMETERS,
  resolved: false,
  then: { function: collectionFormat },
  'x-ppc': {
    requirements: ['collection-format'],
    section: '6',
    sources: ['R-SCH-API', 'L-SVR CollectionFormatValueNotSupported'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'An unknown format.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/collectionFormat', value: 'comma' }],
        },
        {
          description: '"multi" on a path parameter.',
          edits: [{ op: 'set', path: '/parameters/TaskId/collectionFormat', value: 'multi' }],
        },
      ],
      valid: [
        {
          description: '"multi" on a query parameter.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/parameters/0/collectionFormat', value: 'multi' }],
        },
      ],
    },
  },
});
