import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { operationLabel } from '../../utils/triggers-webhooks';
import { ANNOTATION, familyEdits, operationFamilies } from './families';

export const checkFamilyRevisions = documentFunction('familyRevisionRequired', (doc) => {
  const results: IFunctionResult[] = [];
  for (const [family, members] of operationFamilies(doc)) {
    if (members.length < 2) continue;
    const empty = members.filter((m) => m.annotation.revision === undefined);
    if (empty.length < 2) continue;
    for (const m of empty) {
      results.push({
        message: `${operationLabel(m.info)} has no revision, like ${empty.length - 1} other operation${empty.length > 2 ? 's' : ''} of family ${quote(family)}`,
        path: [...m.info.jsonPath, ANNOTATION],
      });
    }
  }
  return results;
});

export default defineRule('ppc-family-revision-required', {
  description:
    'The operations of a family (a shared `x-ms-api-annotation.family`) have revisions; at most one member may lack one.',
  message:
    '{{error}}; give each member "revision": 1, 2, … (Microsoft rejects families with several empty revisions: OperationFamilyHasManyEmptyRevisions).',
  severity: 'error',
  formats: [oas2],
  given: `${OPERATIONS}['x-ms-api-annotation']`,
  resolved: false,
  then: { function: checkFamilyRevisions },
  'x-ppc': {
    requirements: ['family-revision-required'],
    section: '4',
    sources: ['L-SVR OperationRevisionEmpty', 'L-SVR OperationFamilyHasManyEmptyRevisions'],
    validatorMessage: 'OperationRevisionEmpty / OperationFamilyHasManyEmptyRevisions',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Two members without a revision.',
          edits: [
            ...familyEdits(),
            { op: 'remove', path: '/paths/~1tasks/get/x-ms-api-annotation/revision' },
            { op: 'remove', path: '/paths/~1v2~1tasks/get/x-ms-api-annotation/revision' },
          ],
        },
      ],
      valid: [{ description: 'Revisions 1 and 2.', edits: familyEdits() }],
    },
  },
});
