import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { defineRule } from '../../types';
import {
  LOCATION_LABEL,
  LOCATIONS_CHECKED_ELSEWHERE,
  NON_BODY_PARAMETER_LOCATIONS,
  type ExtensionLocation,
} from '../../catalog/extension-locations';
import { isAllowedAt, knownExtension, type KnownExtension } from '../../catalog/known-extensions';
import { msExtensions } from '../../model';

const NOUN: Partial<Record<ExtensionLocation, string>> = {
  root: 'the document root',
  info: 'info',
  operation: 'an operation',
  pathItem: 'a path item',
  bodyParameter: 'the body parameter',
  pathParameter: 'a path parameter',
  queryParameter: 'a query parameter',
  headerParameter: 'a header parameter',
  formDataParameter: 'a formData parameter',
  schema: 'a schema',
  response: 'a response',
  header: 'a response header',
};

/** Where a key belongs, in words: "an operation, a parameter, a schema or a response header". */
export function describeWhere(entry: KnownExtension): string {
  if (entry.belongs !== undefined) return entry.belongs;
  const where = [...entry.where];
  const parts: string[] = [];
  const nonBody = NON_BODY_PARAMETER_LOCATIONS.every((l) => where.includes(l));
  for (const location of where) {
    if (NON_BODY_PARAMETER_LOCATIONS.includes(location) && nonBody) {
      if (!parts.includes('a parameter') && !parts.includes('a non-body parameter')) {
        parts.push(where.includes('bodyParameter') ? 'a parameter' : 'a non-body parameter');
      }
      continue;
    }
    if (location === 'bodyParameter' && nonBody) continue;
    parts.push(NOUN[location] ?? location);
  }
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/** Reports known `x-ms-*` keys on a kind of object where the platform does not read them, at the key itself. */
export const misplacedExtensions = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function misplacedExtensions(input) {
    const results: IFunctionResult[] = [];
    for (const occurrence of msExtensions(input)) {
      const entry = knownExtension(occurrence.key);
      // Unknown keys belong to ppc-x-ms-unknown; AutoRest keys are reported as unnecessary wherever they are.
      if (!entry || entry.status === 'autorest' || isAllowedAt(entry, occurrence.location)) continue;
      if (LOCATIONS_CHECKED_ELSEWHERE.includes(occurrence.location) || entry.misplacedReportedBy?.[occurrence.location])
        continue;
      results.push({
        message: `${occurrence.key} is ${LOCATION_LABEL[occurrence.location]}; move it to ${describeWhere(entry)} or remove it`,
        path: occurrence.path,
      });
    }
    return results;
  },
);

export default defineRule('ppc-x-ms-misplaced', {
  description:
    'Each `x-ms-*` extension sits only on the kind of object where Power Platform reads it (for example `x-ms-summary` on parameters, schemas, responses and headers, not on tags).',
  message: "Extension {{error}} (Power Platform ignores it there, and Microsoft's schema rejects it).",
  severity: 'warn',
  formats: [oas2],
  // Whole document: every extension key of the document, on every kind of object.
  given: '$',
  resolved: false,
  then: { function: misplacedExtensions },
  'x-ppc': {
    requirements: ['x-ms-misplaced'],
    section: '9',
    sources: ['R-SCH-API', 'L-EXT', 'CORPUS'],
    validatorMessage: "The property '{0}' is not allowed and must be removed.",
    specLevel: 'E/W',
    examples: {
      invalid: [
        {
          description: '`x-ms-url-encoding` on a schema property: only path (and query) parameters take it.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/x-ms-url-encoding', value: 'single' }],
        },
        {
          description: '`x-ms-visibility` on a response object.',
          edits: [{ op: 'set', path: '/paths/~1tasks/get/responses/200/x-ms-visibility', value: 'internal' }],
        },
      ],
      valid: [
        {
          description: '`x-ms-visibility` on a parameter and `x-ms-summary` on a response.',
          edits: [
            { op: 'set', path: '/paths/~1tasks/get/parameters/0/x-ms-visibility', value: 'advanced' },
            { op: 'set', path: '/paths/~1tasks/get/responses/200/x-ms-summary', value: 'Tasks' },
          ],
        },
      ],
    },
  },
});
