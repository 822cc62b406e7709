import { createRulesetFunction, type IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import type { JsonPath } from '@stoplight/types';
import { defineRule } from '../../types';
import { isHttpMethod } from '../../utils/http';
import { linkedPath } from '../../utils/path-links';
import { documentVisits } from '../../utils/schemas-cache';

/** Text and URL fields that must not be empty strings when present. */
export const NON_EMPTY_FIELDS = [
  'description',
  'summary',
  'x-ms-summary',
  'url',
  'termsOfService',
  'authorizationUrl',
  'tokenUrl',
  'refreshUrl',
] as const;

/**
 * Fields that other rules already require to be non-empty at this location (info, contact, operations,
 * parameters, connector metadata): they are left to those rules so a defect is reported once.
 */
function ownedElsewhere(path: JsonPath, field: string): boolean {
  if (path[0] === 'x-ms-connector-metadata') return true;
  if (path.length === 1 && path[0] === 'info') return field === 'description';
  if (path[0] === 'info' && path[1] === 'contact') return true;
  if (path.length === 3 && path[0] === 'paths' && isHttpMethod(String(path[2])))
    return field === 'summary' || field === 'description';
  const isParameter =
    path[path.length - 2] === 'parameters' && (path.length === 2 || typeof path[path.length - 1] === 'number');
  return isParameter && (field === 'description' || field === 'x-ms-summary');
}

/** A response object (`paths./x.get.responses.200` or `responses.Name`), whose `description` Swagger 2.0 requires. */
function isResponseObject(path: JsonPath): boolean {
  if (path[path.length - 2] !== 'responses') return false;
  return path.length === 2 || (path.length === 5 && path[0] === 'paths' && isHttpMethod(String(path[2])));
}

const noEmptyValues = createRulesetFunction<unknown, null>(
  { input: null, options: null },
  function noEmptyValues(input) {
    const results: IFunctionResult[] = [];
    for (const { node, place, hidden, key } of documentVisits(input)) {
      if (hidden || key === 'properties' || key === 'definitions' || key === 'paths') continue;
      for (const field of NON_EMPTY_FIELDS) {
        const value = node[field];
        if (typeof value !== 'string' || value.trim() !== '') continue;
        const path = linkedPath(place);
        if (ownedElsewhere(path, field)) continue;
        const required = field === 'description' && isResponseObject(path);
        const fix = required
          ? 'write the text (Swagger 2.0 requires a response description)'
          : 'write the text or remove the key';
        results.push({
          message: `"${field}" is ${value === '' ? 'an empty string' : 'blank'}; ${fix}`,
          path: [...path, field],
        });
      }
    }
    return results;
  },
);

export default defineRule('ppc-no-empty-values', {
  description:
    'Descriptions, summaries, `x-ms-summary` labels and URLs are never empty strings: fill them in or remove the key.',
  message: '{{error}} (Microsoft asks to remove empty properties unless they are required).',
  severity: 'error',
  formats: [oas2],
  // Text fields can sit on any object (info, tags, security definitions, schemas, ...): one walk of the whole document.
  given: '$',
  resolved: false,
  then: { function: noEmptyValues },
  'x-ppc': {
    requirements: ['no-empty-values'],
    section: '7',
    sources: ['L-CS', 'L-SVR RequiredValueEmpty', 'PR#1360', 'PR#3647'],
    validatorMessage: "The '{0}' property must have not empty value.",
    specLevel: 'E',
    calibration: {
      allowedRecentCertifiedRate: 0.08,
      reason:
        'Reviewers ask for every empty description and URL to be filled in or removed (PR#1360, PR#3647 with 281 of them) and L-CS says to remove empty properties, but 7.2% of certified connectors changed since 2023 (19/263) still have an empty description or x-ms-summary on a visible element.',
    },
    examples: {
      invalid: [
        {
          description: 'An empty property description.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/status/description', value: '' }],
        },
        {
          description: 'An empty response description.',
          edits: [{ op: 'set', path: '/paths/~1tasks~1{taskId}/get/responses/404/description', value: '' }],
        },
      ],
      valid: [
        {
          description: 'An empty description on a hidden property.',
          edits: [
            { op: 'set', path: '/definitions/Task/properties/status/description', value: '' },
            { op: 'set', path: '/definitions/Task/properties/status/x-ms-visibility', value: 'internal' },
          ],
        },
      ],
    },
  },
});
