import type { JsonPath } from '@stoplight/types';
import { isObject, quote } from '../../utils/guards';
import { defineDiffRule, type DiffFinding } from '../types';
import { op, swagger } from './example-docs';

type Params = Map<string, Record<string, unknown>>;

function propertiesOf(apiProperties: unknown): Record<string, unknown> | undefined {
  return isObject(apiProperties) && isObject(apiProperties.properties) ? apiProperties.properties : undefined;
}

function paramsOf(value: unknown): Params {
  const out: Params = new Map();
  if (isObject(value)) for (const [name, p] of Object.entries(value)) if (isObject(p)) out.set(name, p);
  return out;
}

function identityProvider(p: Record<string, unknown>): unknown {
  return isObject(p.oAuthSettings) ? p.oAuthSettings.identityProvider : undefined;
}

function requiredVisible(p: Record<string, unknown>): boolean {
  const ui = isObject(p.uiDefinition) ? p.uiDefinition : {};
  const constraints = isObject(ui.constraints) ? ui.constraints : {};
  const required = constraints.required === true || constraints.required === 'true';
  const hidden = constraints.hidden === true || constraints.hidden === 'true';
  return required && !hidden && p.type !== 'oauthSetting';
}

function compareParams(
  oldParams: Params,
  newParams: Params,
  oldBase: JsonPath,
  newBase: JsonPath,
  where: string,
  out: DiffFinding[],
): void {
  for (const [name, p] of oldParams) {
    const q = newParams.get(name);
    if (!q) {
      out.push({
        side: 'old',
        file: 'apiProperties',
        path: [...oldBase, name],
        otherPath: newBase,
        field: name,
        message: `Connection parameter ${quote(name)}${where} was removed; existing connections were created with it. Keep it (connection parameters cannot change in an update).`,
      });
      continue;
    }
    if (p.type !== q.type) {
      out.push({
        side: 'new',
        file: 'apiProperties',
        path: [...newBase, name, 'type'],
        otherPath: p.type !== undefined ? [...oldBase, name, 'type'] : [...oldBase, name],
        field: name,
        message: `Connection parameter ${quote(name)}${where} changed type from ${quote(p.type)} to ${quote(q.type)}; existing connections stop working and Microsoft does not allow changing the authentication type in an update. Keep the old type.`,
      });
      continue;
    }
    const before = identityProvider(p);
    const after = identityProvider(q);
    if (before !== after && (before !== undefined || after !== undefined)) {
      out.push({
        side: 'new',
        file: 'apiProperties',
        path: [...newBase, name, 'oAuthSettings', 'identityProvider'],
        otherPath: before !== undefined ? [...oldBase, name, 'oAuthSettings', 'identityProvider'] : [...oldBase, name],
        field: name,
        message: `Connection parameter ${quote(name)}${where} changed identityProvider from ${quote(before)} to ${quote(after)}; existing connections stop working. Keep the old identity provider.`,
      });
    }
  }
  for (const [name, q] of newParams) {
    if (oldParams.has(name) || !requiredVisible(q)) continue;
    out.push({
      side: 'new',
      file: 'apiProperties',
      path: [...newBase, name],
      otherPath: oldBase,
      field: name,
      message: `Required connection parameter ${quote(name)}${where} was added; existing connections do not have a value for it. Make it optional, or keep the connection parameters unchanged.`,
    });
  }
}

function setName(set: unknown, index: number): string {
  return isObject(set) && typeof set.name === 'string' ? set.name : `#${index}`;
}

/** The example connector with its API key connection parameter. */
function apiKeyConnector(): { swagger: Record<string, unknown>; apiProperties: unknown } {
  return {
    swagger: swagger({ '/tasks': { get: op('ListTasks') } }),
    apiProperties: apiProps({
      api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', constraints: { required: 'true' } } },
    }),
  };
}

function apiProps(connectionParameters: unknown): unknown {
  return { properties: { connectionParameters } };
}

export default defineDiffRule({
  id: 'ppc-bc-auth-type-stable',
  description:
    'The connection parameters in apiProperties.json changed: a parameter or parameter set was removed, a parameter changed type (the authentication type) or OAuth identity provider, or a required parameter was added. Existing connections stop working; Microsoft does not allow changing the authentication type in an update.',
  severity: 'error',
  validatorMessage: "Changing the authentication type of your connector in an update isn't allowed.",
  remedy:
    'Keep `connectionParameters` and `connectionParameterSets` as they are; a different authentication needs a new connector.',
  examples: {
    invalid: [
      {
        description: 'The API key parameter was replaced by an OAuth setting.',
        old: apiKeyConnector(),
        new: {
          swagger: swagger({ '/tasks': { get: op('ListTasks') } }),
          apiProperties: apiProps({ token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } } }),
        },
      },
    ],
    valid: [
      {
        description: 'Only the tooltip of the API key parameter changed.',
        old: apiKeyConnector(),
        new: {
          swagger: swagger({ '/tasks': { get: op('ListTasks') } }),
          apiProperties: apiProps({
            api_key: {
              type: 'securestring',
              uiDefinition: {
                displayName: 'API key',
                tooltip: 'Your Contoso API key',
                constraints: { required: 'true' },
              },
            },
          }),
        },
      },
    ],
  },
  compares: 'apiProperties',
  check(ctx) {
    const out: DiffFinding[] = [];
    const before = propertiesOf(ctx.old.apiProperties);
    // A deleted apiProperties.json removes every connection parameter (one that is not an object is an input error).
    const after = propertiesOf(ctx.new.apiProperties ?? {}) ?? {};
    if (!before) return out;
    compareParams(
      paramsOf(before.connectionParameters),
      paramsOf(after.connectionParameters),
      ['properties', 'connectionParameters'],
      ['properties', 'connectionParameters'],
      '',
      out,
    );
    const oldSets =
      isObject(before.connectionParameterSets) && Array.isArray(before.connectionParameterSets.values)
        ? before.connectionParameterSets.values
        : undefined;
    const newSets =
      isObject(after.connectionParameterSets) && Array.isArray(after.connectionParameterSets.values)
        ? after.connectionParameterSets.values
        : undefined;
    if (oldSets && !newSets) {
      out.push({
        side: 'old',
        file: 'apiProperties',
        path: ['properties', 'connectionParameterSets'],
        otherPath: ['properties', 'connectionParameters'],
        message:
          'connectionParameterSets was removed; existing connections were created with one of its sets. Keep the parameter sets.',
      });
    } else if (!oldSets && newSets && before.connectionParameters !== undefined) {
      out.push({
        side: 'new',
        file: 'apiProperties',
        path: ['properties', 'connectionParameterSets'],
        otherPath: ['properties', 'connectionParameters'],
        message:
          'connectionParameterSets replaced connectionParameters; existing connections were created with the old parameters. Keep the connection parameters unchanged.',
      });
    } else if (oldSets && newSets) {
      oldSets.forEach((set: unknown, i) => {
        const name = setName(set, i);
        const j = newSets.findIndex((s: unknown, k) => setName(s, k) === name);
        if (j < 0) {
          out.push({
            side: 'old',
            file: 'apiProperties',
            path: ['properties', 'connectionParameterSets', 'values', i],
            otherPath: ['properties', 'connectionParameterSets', 'values'],
            field: name,
            message: `Connection parameter set ${quote(name)} was removed; existing connections created with it stop working. Keep it.`,
          });
          return;
        }
        const oldValues = isObject(set) ? set.parameters : undefined;
        const newSet: unknown = newSets[j];
        const newValues = isObject(newSet) ? newSet.parameters : undefined;
        compareParams(
          paramsOf(oldValues),
          paramsOf(newValues),
          ['properties', 'connectionParameterSets', 'values', i, 'parameters'],
          ['properties', 'connectionParameterSets', 'values', j, 'parameters'],
          ` of set ${quote(name)}`,
          out,
        );
      });
    }
    return out;
  },
});
