import type { IFunctionResult } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { OPERATIONS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { operationLabel } from '../../utils/triggers-webhooks';
import { familyEdits, operationFamilies } from './families';

export const checkFamilyActive = documentFunction('familyMaxActive', (doc) => {
  const results: IFunctionResult[] = [];
  for (const [family, members] of operationFamilies(doc)) {
    const active = members.filter((m) => !m.deprecated);
    if (active.length > 2) {
      for (const m of active.slice(0, -2)) {
        results.push({
          message: `${operationLabel(m.info)} is one of ${active.length} active (not deprecated) operations of family ${quote(family)}`,
          path: m.info.jsonPath,
        });
      }
    }
    const production = active.filter((m) => m.status === 'Production');
    if (production.length > 1) {
      for (const m of production.slice(0, -1)) {
        results.push({
          message: `${operationLabel(m.info)} is one of ${production.length} active Production operations of family ${quote(family)}`,
          path: m.info.jsonPath,
        });
      }
    }
  }
  return results;
});

export default defineRule('ppc-family-max-active', {
  description: 'A family has at most two operations that are not deprecated, and at most one of them in "Production".',
  message:
    '{{error}}; deprecate the earlier revisions (Microsoft rejects OperationFamilyHasManyActiveOperations / OperationFamilyHasManyActiveProductionOperations).',
  severity: 'error',
  formats: [oas2],
  given: OPERATIONS,
  resolved: false,
  then: { function: checkFamilyActive },
  'x-ppc': {
    requirements: ['family-max-active'],
    section: '4',
    sources: ['L-SVR OperationFamilyHasManyActiveOperations', 'L-SVR OperationFamilyHasManyActiveProductionOperations'],
    validatorMessage: 'OperationFamilyHasManyActiveOperations: the family has more than two active operations.',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'Two active Production revisions.',
          edits: [
            ...familyEdits(),
            { op: 'remove', path: '/paths/~1tasks/get/deprecated' },
            {
              op: 'set',
              path: '/paths/~1tasks/get/x-ms-api-annotation',
              value: { family: 'ListTasks', revision: 1, status: 'Production' },
            },
          ],
        },
      ],
      valid: [{ description: 'Revision 1 deprecated, revision 2 in Production.', edits: familyEdits() }],
    },
  },
});
