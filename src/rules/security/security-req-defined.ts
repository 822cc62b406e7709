import type { IFunctionResult } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { oas2 } from '@stoplight/spectral-formats';
import { documentFunction } from '../../functions/triggers-document-check';
import { SECURITY_REQUIREMENTS } from '../../collections';
import { defineRule } from '../../types';
import { isObject, quote } from '../../utils/guards';
import { connectorModel } from '../../model';

/** Every security requirement object of the document: the root `security` and each operation's. */
export function securityRequirements(doc: unknown): Array<{ list: unknown; path: JsonPath }> {
  const out: Array<{ list: unknown; path: JsonPath }> = [];
  if (!isObject(doc)) return out;
  if (doc.security !== undefined) out.push({ list: doc.security, path: ['security'] });
  for (const info of connectorModel(doc).operations)
    if (info.node.security !== undefined) out.push({ list: info.node.security, path: [...info.jsonPath, 'security'] });
  return out;
}

export const checkRequirementsDefined = documentFunction('securityRequirementDefined', (doc) => {
  const results: IFunctionResult[] = [];
  const defs = isObject(doc) && isObject(doc.securityDefinitions) ? doc.securityDefinitions : {};
  for (const { list, path } of securityRequirements(doc)) {
    if (!Array.isArray(list)) continue;
    list.forEach((req, i) => {
      if (!isObject(req)) return;
      for (const name of Object.keys(req)) {
        if (Object.prototype.hasOwnProperty.call(defs, name)) continue;
        const known = Object.keys(defs);
        results.push({
          message: `Security requirement ${quote(name)} is not defined in securityDefinitions (${
            known.length === 0
              ? 'there are none'
              : `defined: ${known
                  .slice(0, 4)
                  .map((k) => quote(k, 30))
                  .join(', ')}`
          })`,
          path: [...path, i, name],
        });
      }
    });
  }
  return results;
});

export default defineRule('ppc-security-req-defined', {
  description: 'Every name in the root and operation `security` requirements is defined in `securityDefinitions`.',
  message:
    '{{error}}; use the name of a security definition, or define it (Microsoft: SecurityRequirementMustBeDefined).',
  // Warn: 5.3% of recent certified connectors name an undefined scheme (usually a leftover after renaming the
  // definition) and were merged; the platform applies the connection's own authentication either way.
  severity: 'warn',
  formats: [oas2],
  given: SECURITY_REQUIREMENTS,
  resolved: false,
  then: { function: checkRequirementsDefined },
  'x-ppc': {
    requirements: ['security-req-defined'],
    section: '8.1',
    sources: ['L-SVR SecurityRequirementMustBeDefined', 'CORPUS'],
    validatorMessage: 'SecurityRequirementMustBeDefined',
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A requirement that names no definition.',
          edits: [{ op: 'set', path: '/security', value: [{ apiKey: [] }] }],
        },
      ],
      valid: [{ description: 'The requirement names the "api_key" definition.', edits: [] }],
    },
  },
});
