import type { RuleDefinition, RulesetDefinition } from '@stoplight/spectral-core';
import { oas2 } from '@stoplight/spectral-formats';
import { oas } from '@stoplight/spectral-rulesets';
import { OAS2_SCHEMA_RULE, oas2DocumentSchema } from '../src/functions/oas2-document-schema';
import { guardFunction, hasUnsafePattern } from '../src/functions/guard';
import { oas2Example } from '../src/functions/oas2-example';
import { uniqueEnum } from '../src/functions/unique-enum';
import { markdownText } from '../src/functions/markdown-text';
import { apiProperties } from '../src/formats';
import { apiPropertiesRules, folderRules, spectralRules } from '../src/rules';
import { severityIn } from '../src/profiles';
import { inOneCall } from '../src/model/rules';
import { overMatchesInOneCall } from '../src/functions/over-matches';
import { oasFilterInOneCall } from '../src/functions/oas-filters';
import { REPOSITORY_URL, type PpcRule, type Profile } from '../src/types';

/**
 * `spectral:oas` rules that certification does not ask for, or that a `ppc-` rule replaces with a
 * connector-specific message. Structural checks (`oas2-schema`, `path-params`, `$ref` resolution,
 * enum and example checks) stay on.
 */
export const OAS_RULES_OFF = [
  'operation-tags', // ~9,700 findings on the corpus; no reviewer asks for tags
  'operation-tag-defined', // ~4,700 findings; same
  'openapi-tags',
  'openapi-tags-uniqueness', // ppc-tags-unique
  'openapi-tags-alphabetical',
  'operation-singular-tag',
  'tag-description',
  'info-license',
  'license-url',
  'info-contact', // ppc-contact-required
  'contact-properties', // ppc-contact-fields
  'info-description', // ppc-description-required
  'operation-description', // ppc-description-op-required
  'operation-operationId', // ppc-operation-id-required
  'operation-operationId-unique', // ppc-operation-id-unique
  'operation-success-response', // ppc-operation-has-success
  'oas2-api-host', // ppc-host-required
  'oas2-api-schemes', // ppc-schemes-nonempty
  'oas2-parameter-description', // ppc-param-description
  'oas2-unused-definition', // unused definitions are harmless to the platform
  // ppc-path-params-declared, ppc-path-no-duplicate-template: 167 of its 175 corpus findings were false (variable names
  // with spaces or dots)
  'path-params',
  'no-$ref-siblings', // ppc-schema-no-ref-siblings (same connectors, a warning: merged connectors import fine)
  'oas2-anyOf', // ppc-schema-keyword-supported
  'oas2-oneOf', // ppc-schema-keyword-supported
  'oas2-discriminator', // ppc-discriminator-valid
  'oas2-operation-security-defined', // ppc-security-req-defined, ppc-security-req-scopes (its messages name nothing)
  'array-items', // ppc-array-items (Spectral's also walks extension data: a false positive in the corpus)
  'operation-parameters', // ppc-operation-params-unique, ppc-param-single-body, ppc-param-body-xor-formdata
  // Messages that name nothing ("Path must not end with slash."), replaced by a ppc- rule or not a certification
  // requirement:
  'path-keys-no-trailing-slash', // no source asks for it; 131 findings on 100 corpus connectors, all merged
  'operation-operationId-valid-in-url', // ppc-operation-id-sanitized names the characters
  'path-not-include-query', // ppc-path-no-query-fragment
  'path-declarations-must-exist', // ppc-path-template-segments
  'oas2-host-trailing-slash', // ppc-host-valid
  'oas2-operation-formData-consume-check', // ppc-consumes-present, ppc-mime-compatible
] as const;

/**
 * `spectral:oas` rules kept on at a lower severity than Spectral ships: merged certified connectors break
 * them widely and no reviewer rejects a connector for them (rates: share of certified connectors changed
 * since 2023 with at least one finding).
 */
export const OAS_RULE_SEVERITY: Record<string, 'warn' | 'info'> = {
  'oas2-valid-schema-example': 'info', // 15.2%: examples that do not match their schema; no source asks for them
  'oas2-valid-media-example': 'info', // 3.0%
  'no-eval-in-markdown': 'info', // no certification source; the message names nothing, the location shows the text
  'no-script-tags-in-markdown': 'info', // same
};

/**
 * `spectral:oas` rules that stay on as Spectral ships them, and why (the README lists them).
 * A meta-test checks that every recommended OpenAPI 2 rule is in exactly one of the three lists.
 */
export const OAS_RULES_KEPT: Record<string, string> = {
  'oas2-schema': 'the document must be valid Swagger 2.0 (policy 5000.2.6.2); its messages name the property',
  'typed-enum': 'enum values that do not match their type break the designer; the message names the value',
  'duplicated-entry-in-enum': 'the message names the duplicated value',
};

/** `spectral:oas` error-level rules allowed above the 2% calibration bound, with the reason. */
export const OAS_CALIBRATION: Record<string, { allowedRecentCertifiedRate: number; reason: string }> = {
  'oas2-schema': {
    allowedRecentCertifiedRate: 0.04,
    reason:
      'The 2025 certification bot rejects definitions that do not adhere to OpenAPI 2.0 (policy 5000.2.6.2); 3.4% of recent merged connectors predate it',
  },
};

type Then = Exclude<RuleDefinition['then'], readonly unknown[]>;

/** A rule's `then` with every function guarded (sanitized messages, no exception escapes, timed). */
function guardThen(then: RuleDefinition['then'], id: string): RuleDefinition['then'] {
  const guard = (t: Then): Then => ({ ...t, function: guardFunction(t.function, id) });
  return Array.isArray(then) ? then.map(guard) : guard(then);
}

/**
 * A rule as Spectral runs it: its functions guarded, and in one call per document where the findings allow it
 * (`inOneCall`, `overMatchesInOneCall`). At the rule's own severity unless one is given.
 */
export function runnableRule(rule: PpcRule, severity?: RuleDefinition['severity']): RuleDefinition {
  const definition = inOneCall(rule.definition);
  return overMatchesInOneCall({
    ...definition,
    then: guardThen(definition.then, rule.id),
    ...(severity === undefined ? {} : { severity }),
  });
}

/** The Spectral rules of one profile, keyed by id, with the profile's severities. */
export function rulesFor(profile: Profile, from: readonly PpcRule[] = spectralRules): Record<string, RuleDefinition> {
  const rules: Record<string, RuleDefinition> = {};
  for (const rule of from) {
    const severity = severityIn(rule, profile);
    if (severity !== false) rules[rule.id] = runnableRule(rule, severity);
  }
  return rules;
}

/**
 * The rules the profile leaves out, defined but not recommended: they do not run (Spectral skips disabled rules), yet a
 * user's `rules: { id: warn }` can turn one on in spectral-cli, which rejects a severity for a rule it does not know.
 */
export function leftOutRules(
  profile: Profile,
  from: readonly PpcRule[] = spectralRules,
): Record<string, RuleDefinition> {
  const rules: Record<string, RuleDefinition> = {};
  for (const rule of from) {
    if (severityIn(rule, profile) === false) rules[rule.id] = { ...runnableRule(rule), recommended: false };
  }
  return rules;
}

type ThenFunction = Then['function'];

/**
 * The example check compiles each schema's `pattern` and runs it on the example: a pattern with nested quantifiers
 * (`^(a+)+$`) can then take hours. Such schemas are skipped; every other example is checked as before.
 */
function skipUnsafePatterns(example: ThenFunction): ThenFunction {
  const safe = function (this: unknown, input: unknown, options: unknown, context: Parameters<ThenFunction>[2]) {
    if (hasUnsafePattern(input)) return [];
    return example.call(this, input, options, context);
  } as ThenFunction;
  Reflect.defineProperty(safe, 'name', { value: example.name });
  const validator = (example as { validator?: (o: unknown) => void }).validator;
  if (validator) Object.assign(safe, { validator: validator.bind(example) });
  return safe;
}

/** `spectral:oas` rules on every `description` and `title` (`$..[description,title]`), checked by `markdownText`. */
const MARKDOWN_RULES = new Set(['no-eval-in-markdown', 'no-script-tags-in-markdown']);
const MARKDOWN_GIVEN = '$..[description,title]';

/** `spectral:oas`'s own rules (their functions can throw on hostile keys such as `constructor`). */
const OAS_RULES = (oas as unknown as { rules: Record<string, RuleDefinition> }).rules;

/**
 * The `spectral:oas` rules that stay on, re-declared with guarded functions: a Spectral function that throws
 * (its schema check does on a `constructor` key) then gives one finding instead of aborting the whole run.
 */
function guardedOasRules(): Record<string, RuleDefinition> {
  const off = new Set<string>(OAS_RULES_OFF);
  const rules: Record<string, RuleDefinition> = {};
  for (const [id, definition] of Object.entries(OAS_RULES)) {
    if (off.has(id) || (definition.formats !== undefined && ![...definition.formats].includes(oas2))) continue;
    // Spectral's check with its messages, but each distinct schema compiled once per run (src/functions/oas2-example).
    let then =
      id === 'oas2-valid-schema-example' || id === 'oas2-valid-media-example'
        ? { ...(definition.then as Then), function: skipUnsafePatterns(oas2Example as ThenFunction) }
        : definition.then;
    // Same check and message, linear instead of one schema compilation per enum.
    if (id === 'duplicated-entry-in-enum') then = { field: 'enum', function: uniqueEnum as ThenFunction };
    // Same paths and message, one call per document instead of one per description and title.
    let given = definition.given;
    const options = (definition.then as Then).functionOptions as Record<string, unknown> | undefined;
    if (MARKDOWN_RULES.has(id) && given === MARKDOWN_GIVEN && Object.keys(options ?? {}).join() === 'notMatch') {
      given = '$';
      then = { function: markdownText as ThenFunction, functionOptions: options };
    }
    // Filters anywhere in the resolved document: one shared walk, each node checked once (src/functions/oas-filters).
    rules[id] = oasFilterInOneCall(id, {
      ...definition,
      given,
      severity: Object.hasOwn(OAS_RULE_SEVERITY, id) ? OAS_RULE_SEVERITY[id] : definition.severity,
      then: guardThen(then, id),
    });
  }
  return rules;
}

/** The no-op function of the folder-rule placeholders. */
function runsInPpcLintOnly(): [] {
  return [];
}

/**
 * The folder rules as Spectral rules that never fire. They run in ppc-lint only (they need the whole folder), but
 * declaring their ids lets one `.spectral.yaml` set their severity or turn them off and still load in spectral-cli,
 * which rejects unknown rule ids.
 */
export function folderRulePlaceholders(profile: Profile): Record<string, RuleDefinition> {
  const rules: Record<string, RuleDefinition> = {};
  for (const rule of folderRules) {
    rules[rule.id] = {
      description: `${rule.definition.description} (runs in ppc-lint only: Spectral sees one document, not the folder)`,
      severity: severityIn(rule, profile) || 'off',
      given: '$',
      then: { function: runsInPpcLintOnly },
      documentationUrl: rule.definition.documentationUrl,
    };
  }
  return rules;
}

/** A rule entry of a ruleset: a definition, or a severity for a rule it extends. */
export type RuleEntry = RuleDefinition | 'off' | 'warn' | 'info' | boolean;

/** A profile's ruleset definition; `rules` is always present, so callers can adjust it. */
export type PpcRulesetDefinition = RulesetDefinition & { rules: Record<string, RuleEntry> };

export function buildRuleset(profile: Profile): PpcRulesetDefinition {
  const off = Object.fromEntries(OAS_RULES_OFF.map((id) => [id, 'off' as const]));
  const relevelled = Object.fromEntries(Object.entries(OAS_RULE_SEVERITY));
  const own = rulesFor(profile);
  // Replaces Spectral's oas2-schema function so spectral-cli users get the same, de-duplicated findings as ppc-lint.
  const oas2Schema: RuleDefinition = {
    ...OAS2_SCHEMA_RULE,
    then: guardThen({ function: oas2DocumentSchema(!('ppc-operation-has-response' in own)) }, 'oas2-schema'),
  };
  const rules: Record<string, RuleEntry> = {
    ...off,
    ...relevelled,
    ...guardedOasRules(),
    'oas2-schema': oas2Schema,
    ...folderRulePlaceholders(profile),
    ...leftOutRules(profile),
    ...own,
  };
  return {
    documentationUrl: `${REPOSITORY_URL}/blob/main/docs/rules.md`,
    description: `Power Platform connector certification rules (${profile} profile).`,
    formats: [oas2],
    extends: [[oas as RulesetDefinition, 'recommended']],
    // The re-declared spectral:oas rules name its aliases (#OperationObject, ...).
    aliases: (oas as unknown as { aliases: NonNullable<RulesetDefinition['aliases']> }).aliases,
    rules,
  };
}

/** The apiProperties.json ruleset of one profile (`spectral-power-platform/api-properties` is the certified one). */
export function buildApiPropertiesRuleset(profile: Profile): PpcRulesetDefinition {
  return {
    documentationUrl: `${REPOSITORY_URL}/blob/main/docs/rules.md`,
    description: `Power Platform connector apiProperties.json rules (${profile} profile).`,
    formats: [apiProperties],
    rules: { ...leftOutRules(profile, apiPropertiesRules), ...rulesFor(profile, apiPropertiesRules) },
  };
}
