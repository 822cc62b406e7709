import type { JsonPath } from '@stoplight/types';
import { isObject, quote } from '../../utils/guards';
import { defineDiffRule, type DiffFinding } from '../types';
import { type Json, op, swagger } from './example-docs';

const FIELDS = ['type', 'flow', 'in', 'name', 'authorizationUrl', 'tokenUrl'] as const;

function definitions(document: unknown): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const defs = isObject(document) ? document.securityDefinitions : undefined;
  if (isObject(defs)) for (const [name, def] of Object.entries(defs)) if (isObject(def)) out.set(name, def);
  return out;
}

function signature(def: Record<string, unknown>): string {
  return JSON.stringify([def.type, def.flow, def.in, def.name]);
}

function describe(def: Record<string, unknown>): string {
  const parts = [`type ${quote(def.type)}`];
  if (def.flow !== undefined) parts.push(`flow ${quote(def.flow)}`);
  if (def.type === 'apiKey') parts.push(`${quote(def.name)} in ${quote(def.in)}`);
  return parts.join(', ');
}

/** A definition with ListTasks and these security definitions. */
function tasksWithAuth(securityDefinitions: Json): Json {
  return swagger({ '/tasks': { get: op('ListTasks') } }, { securityDefinitions });
}

export default defineDiffRule({
  id: 'ppc-bc-auth-changed',
  description:
    'The authentication in `securityDefinitions` changed (added, removed, or another type, OAuth flow, API-key location or OAuth URL): existing connections stop working, and Microsoft does not allow it in an update.',
  severity: 'error',
  validatorMessage: "Changing the authentication type of your connector in an update isn't allowed.",
  remedy: 'Keep the authentication as it is; a different authentication needs a new connector.',
  examples: {
    invalid: [
      {
        description: 'API key replaced by OAuth 2.0.',
        old: {
          swagger: tasksWithAuth({ api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }),
        },
        new: {
          swagger: tasksWithAuth({
            oauth2: {
              type: 'oauth2',
              flow: 'accessCode',
              authorizationUrl: 'https://login.contoso.com/authorize',
              tokenUrl: 'https://login.contoso.com/token',
              scopes: {},
            },
          }),
        },
      },
    ],
    valid: [
      {
        description: 'The API key stays; only its description changed.',
        old: {
          swagger: tasksWithAuth({ api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } }),
        },
        new: {
          swagger: tasksWithAuth({
            api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Your Contoso API key.' },
          }),
        },
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    const oldDefs = definitions(ctx.old.document);
    const newDefs = definitions(ctx.new.document);
    const newSigs = new Set([...newDefs.values()].map(signature));
    const oldSigs = new Set([...oldDefs.values()].map(signature));
    const located = (name: string | undefined): JsonPath =>
      name !== undefined
        ? ['securityDefinitions', name]
        : isObject(ctx.new.document) && ctx.new.document.securityDefinitions !== undefined
          ? ['securityDefinitions']
          : [];
    for (const [name, def] of oldDefs) {
      const same = newDefs.get(name);
      if (same && signature(same) === signature(def)) {
        for (const field of FIELDS) {
          if (same[field] !== def[field]) {
            // The OAuth URLs usually follow a move of the service; connections survive when the old URLs still answer.
            const urlOnly = field === 'authorizationUrl' || field === 'tokenUrl';
            out.push({
              side: 'new',
              path: ['securityDefinitions', name, field],
              otherPath:
                def[field] !== undefined ? ['securityDefinitions', name, field] : ['securityDefinitions', name],
              severity: urlOnly ? 'warn' : undefined,
              message: `Security definition ${quote(name)} changed ${field} from ${quote(def[field])} to ${quote(same[field])}; existing connections stop working. Keep the authentication unchanged (Microsoft does not allow changing it in an update).`,
            });
          }
        }
        continue;
      }
      if (newSigs.has(signature(def))) continue; // renamed only
      const replacement = same
        ? name
        : [...newDefs.keys()].find((n) => !oldDefs.has(n) && !oldSigs.has(signature(newDefs.get(n) ?? {})));
      const now = replacement !== undefined ? newDefs.get(replacement) : undefined;
      out.push({
        side: now ? 'new' : 'old',
        path: now ? located(replacement) : ['securityDefinitions', name],
        otherPath: now ? ['securityDefinitions', name] : undefined,
        message: now
          ? `Authentication changed from ${describe(def)} (${quote(name)}) to ${describe(now)} (${quote(replacement)}); existing connections stop working and Microsoft does not allow changing the authentication in an update. Keep the old authentication, or publish a new connector.`
          : `Security definition ${quote(name)} (${describe(def)}) was removed; existing connections stop working and Microsoft does not allow changing the authentication in an update. Keep it.`,
      });
    }
    for (const [name, def] of newDefs) {
      if (oldDefs.has(name) || oldSigs.has(signature(def))) continue;
      if (oldDefs.size > 0) continue; // already reported as a replacement above
      out.push({
        side: 'new',
        path: ['securityDefinitions', name],
        message: `Security definition ${quote(name)} (${describe(def)}) was added to a connector that had no authentication; existing connections have no credentials for it. Publish the authenticated version as a new connector.`,
      });
    }
    return out;
  },
});
