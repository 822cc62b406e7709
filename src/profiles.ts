import type { AnyRule, Profile, Severity } from './types';

/** The severity a rule has in a profile, or false when the profile leaves it out. */
export function severityIn(rule: AnyRule, profile: Profile): Severity | false {
  const meta = rule.definition['x-ppc'];
  const override = meta.profiles?.[profile];
  if (override !== undefined) return override;
  if (profile === 'custom' && !meta.custom) return false;
  const severity = rule.definition.severity;
  return typeof severity === 'string' && severity !== 'off' ? severity : 'error';
}

/** Spectral's numeric severities. */
export const SEVERITY_CODE: Record<Severity, 0 | 1 | 2 | 3> = { error: 0, warn: 1, info: 2, hint: 3 };
export const SEVERITY_NAME: Record<number, Severity> = { 0: 'error', 1: 'warn', 2: 'info', 3: 'hint' };
