import { Ruleset } from '@stoplight/spectral-core';
import { truthy } from '@stoplight/spectral-functions';
import jsonValid from '../rules/files/json-valid';
import { ACK_INVALID, ACK_STALE } from './ack';
import { diffRules } from './rules';
import { diffRuleDocUrl } from './index';

let cached: Ruleset | undefined;

/**
 * The diff rules as a Spectral ruleset, for reporters that list rules (SARIF). The rules never run through
 * Spectral: each one only carries its id, description, severity and documentation link.
 */
export function diffRuleset(): Ruleset {
  if (cached) return cached;
  const rule = (description: string, severity: 'error' | 'warn' | 'info' | 'hint', documentationUrl: string) => ({
    description,
    severity,
    documentationUrl,
    given: '$',
    then: { function: truthy },
  });
  const rules: Record<string, ReturnType<typeof rule>> = {};
  for (const r of diffRules) rules[r.id] = rule(r.description, r.severity, diffRuleDocUrl(r.id));
  rules[jsonValid.id] = rule(jsonValid.definition.description, 'error', jsonValid.definition.documentationUrl);
  rules[ACK_INVALID] = rule(
    'An entry of the acknowledgement file is invalid (no reason, unknown rule, wrong shape).',
    'error',
    diffRuleDocUrl('acknowledging-a-breaking-change'),
  );
  rules[ACK_STALE] = rule(
    'An entry of the acknowledgement file matches no finding.',
    'warn',
    diffRuleDocUrl('acknowledging-a-breaking-change'),
  );
  cached = new Ruleset({ rules }, { severity: 'recommended' });
  return cached;
}
