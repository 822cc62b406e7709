/** Shared pieces of the apiProperties.json rules: locations, an apiProperties Spectral function, examples. */
import { createRulesetFunction, type IFunctionResult, type RulesetFunctionContext } from '@stoplight/spectral-core';
import type { JsonPath } from '@stoplight/types';
import { applyEdits } from '../../examples';
import { apiProperties } from '../../formats';
import { defineRule, type ExampleEdit, type PpcMeta, type PpcRule, type RuleExample, type Severity } from '../../types';
import { isObject } from '../../utils/guards';

export const FORMATS = [apiProperties];

/** Every connection parameter: the single set and each set of a multi-auth connector. */
export const CONNECTION_PARAMETERS = [
  '$.properties.connectionParameters[*]',
  '$.properties.connectionParameterSets.values[*].parameters[*]',
];

/** The objects holding connection parameters (keyed by parameter name). */
export const CONNECTION_PARAMETER_MAPS = [
  '$.properties.connectionParameters',
  '$.properties.connectionParameterSets.values[*].parameters',
];

export const POLICY_INSTANCES = '$.properties.policyTemplateInstances[*]';

/** The types a connection parameter may have (case-sensitive). */
export const CONNECTION_PARAMETER_TYPES = ['string', 'securestring', 'int', 'bool', 'oauthSetting', 'gatewaySetting'];

export interface Problem {
  message: string;
  /** Relative to the given node. */
  at?: JsonPath;
}

/**
 * A Spectral function from a predicate over the given node: `(input, path) => problems`. The function never
 * throws: odd input yields no result rather than an exception.
 */
export function apiPropertiesFunction(
  name: string,
  check: (input: unknown, path: JsonPath, context: RulesetFunctionContext) => Problem[],
) {
  const fn = (input: unknown, _options: null, context: RulesetFunctionContext): IFunctionResult[] => {
    try {
      return check(input, context.path, context).map((p) => ({
        message: p.message,
        path: [...context.path, ...(p.at ?? [])],
      }));
    } catch {
      return [];
    }
  };
  Object.defineProperty(fn, 'name', { value: name });
  return createRulesetFunction<unknown, null>({ input: null, options: null }, fn);
}

/** A check over the node a rule's `given` names: `(input, path) => problems`. */
export type PropertiesCheck = (input: unknown, path: JsonPath, context: RulesetFunctionContext) => Problem[];

export interface PropertiesRuleDefinition {
  description: string;
  severity: Severity;
  /** The apiProperties.json locations the rule checks (JSONPath), so its docs say what it applies to. */
  given: string | string[];
  check: PropertiesCheck;
  'x-ppc': PpcMeta;
}

/** An apiProperties.json rule: each problem's own text is the message; the check never throws. */
export function definePropertiesRule(id: string, definition: PropertiesRuleDefinition): PpcRule {
  const { check, ...rest } = definition;
  const name = id.replace(/^ppc-/, '').replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return defineRule(id, {
    ...rest,
    message: '{{error}}.',
    formats: FORMATS,
    then: { function: apiPropertiesFunction(name, check) },
  });
}

/** The name of the node a path ends at (a parameter name, a key). */
export function lastKey(path: JsonPath): string {
  return String(path[path.length - 1] ?? '');
}

/** The valid example apiProperties.json (the same as `fixtures/connectors/valid/apiProperties.json`). */
export const VALID_PROPERTIES = {
  properties: {
    connectionParameters: {
      api_key: {
        type: 'securestring',
        uiDefinition: {
          displayName: 'API Key',
          description: 'The API key for this connection.',
          tooltip: 'Provide your Contoso API key.',
          constraints: { tabIndex: 2, clearText: false, required: 'true' },
        },
      },
    },
    iconBrandColor: '#0f6cbd',
    capabilities: [],
    publisher: 'Contoso Ltd',
    stackOwner: 'Contoso Ltd',
  },
};

/**
 * An example apiProperties.json file: the example publisher with no connection parameters, and the given keys
 * (keys of the base keep their place; new ones come last).
 */
export function propertiesFile(properties: Record<string, unknown> = {}): { json: unknown } {
  return {
    json: {
      properties: {
        connectionParameters: {},
        iconBrandColor: '#0f6cbd',
        capabilities: [],
        publisher: 'Contoso Ltd',
        stackOwner: 'Contoso Ltd',
        ...properties,
      },
    },
  };
}

/** Example connection parameters: one OAuth 2.0 parameter named `token` with these settings. */
export function oauthConnectionParameters(oAuthSettings: Record<string, unknown>): Record<string, unknown> {
  return { token: { type: 'oauthSetting', oAuthSettings } };
}

/** An example whose apiProperties.json is the valid one with some edits (JSON pointers). */
export function propsExample(description: string, edits: ExampleEdit[]): RuleExample {
  return { description, files: { 'apiProperties.json': { json: applyEdits(VALID_PROPERTIES, edits) } } };
}

/** An OAuth 2.0 connection parameter named `token`. */
export function oauthToken(settings: Record<string, unknown> = {}): ExampleEdit {
  return {
    op: 'set',
    path: '/properties/connectionParameters',
    value: {
      token: {
        type: 'oauthSetting',
        oAuthSettings: {
          identityProvider: 'oauth2',
          clientId: '[[DummyValue]]',
          scopes: [],
          redirectMode: 'GlobalPerConnector',
          customParameters: {
            authorizationUrl: { value: 'https://login.contoso.com/oauth2/authorize' },
            tokenUrl: { value: 'https://login.contoso.com/oauth2/token' },
            refreshUrl: { value: 'https://login.contoso.com/oauth2/token' },
          },
          ...settings,
        },
      },
    },
  };
}

/** Example policy instance: the host taken from the `region` connection parameter. */
export function regionHostPolicy(): Record<string, unknown> {
  return {
    templateId: 'dynamichosturl',
    title: 'Host',
    parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "https://@connectionParameters('region').contoso.com" },
  };
}

/** Keys of an object, or none. */
export function keysOf(value: unknown): string[] {
  return isObject(value) ? Object.keys(value) : [];
}

/** The closest allowed key to an unknown one (same letters ignoring case), for "did you mean". */
export function sameIgnoringCase(key: string, allowed: readonly string[]): string | undefined {
  return allowed.find((a) => a.toLowerCase() === key.toLowerCase() && a !== key);
}
