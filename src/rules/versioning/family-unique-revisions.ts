import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { operationLabel } from '../../utils/triggers-webhooks';
import { ANNOTATION, familyEdits, operationFamilies, type FamilyMember } from './families';

export const checkUniqueRevisions = documentFunction('familyUniqueRevisions', (doc) => {
  const results: IFunctionResult[] = [];
  for (const [family, members] of operationFamilies(doc)) {
    const first = new Map<number, FamilyMember>();
    for (const m of members) {
      if (m.revision === undefined) continue;
      const earlier = first.get(m.revision);
      if (!earlier) {
        first.set(m.revision, m);
        continue;
      }
      results.push({
        message: `${operationLabel(m.info)} has revision ${m.revision} of family ${quote(family)}, like ${operationLabel(earlier.info)}`,
        path: [...m.info.jsonPath, ANNOTATION, 'revision'],
      });
    }
  }
  return results;
});

export default defineRule('ppc-family-unique-revisions', {
  description: 'No two operations of a family (`x-ms-api-annotation.family`) have the same `revision`.',
  message:
    '{{error}}; number the revisions 1, 2, … in release order (Microsoft rejects duplicates: OperationFamilyHasDuplicateRevisions).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}['x-ms-api-annotation']`,
  resolved: false,
  then: { function: checkUniqueRevisions },
  'x-ppc': {
    requirements: ['family-unique-revisions'],
    section: '4',
    sources: ['L-SVR OperationFamilyHasDuplicateRevisions'],
    validatorMessage: 'OperationFamilyHasDuplicateRevisions',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Both members claim revision 2.',
          edits: [...familyEdits(), { op: 'set', path: '/paths/~1tasks/get/x-ms-api-annotation/revision', value: 2 }],
        },
      ],
      valid: [{ description: 'Revisions 1 and 2.', edits: familyEdits() }],
    },
  },
});
