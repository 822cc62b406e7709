import type { JsonPath } from '@stoplight/types';
import { isObject, quote } from './guards';

/**
 * How messages name an operation: its operationId when it has one, otherwise `GET /path`.
 * `path` is the operation's JSON path (`['paths', '/tasks', 'get']`).
 */
export function operationLabel(operation: unknown, path: JsonPath): string {
  if (isObject(operation) && typeof operation.operationId === 'string' && operation.operationId.trim() !== '') {
    return quote(operation.operationId);
  }
  const method = path.length >= 3 ? String(path[path.length - 1]).toUpperCase() : '';
  const route = path.length >= 3 ? String(path[path.length - 2]) : '';
  return method && route ? `${method} ${route}` : 'The operation';
}

/** A raw URL in free text (`https://…`, `http://…` or `www.…`). */
export const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>)\]]+|\bwww\.[a-z0-9-]+\.[a-z]{2,}[^\s"'<>)\]]*/i;

/** Characters the Swagger validator rejects in an operation summary (RestrictedCharactersInSummary). */
export const SUMMARY_RESTRICTED_CHARS = /[/\\<>*%&?]/;

/** Common imperative verbs that start action summaries ("Get", "Create", ...), lower case. */
const ACTION_VERBS = [
  'get',
  'create',
  'update',
  'delete',
  'list',
  'add',
  'send',
  'convert',
  'set',
  'remove',
  'retrieve',
  'find',
  'search',
  'read',
  'download',
  'check',
  'generate',
  'upload',
  'extract',
  'insert',
  'import',
  'validate',
  'move',
  'merge',
  'copy',
  'run',
  'execute',
  'save',
  'return',
  'start',
  'submit',
  'cancel',
  'fetch',
  'provide',
  'allow',
  'perform',
  'change',
  'process',
  'query',
  'replace',
  'detect',
  'assign',
  'publish',
  'post',
  'modify',
  'edit',
  'export',
  'archive',
  'approve',
  'reject',
  'enable',
  'disable',
  'register',
  'translate',
  'analyze',
  'calculate',
  'compare',
  'count',
  'share',
  'schedule',
  'invite',
  'lookup',
  'look',
  'open',
  'close',
  'write',
  'apply',
  'mark',
  'attach',
  'parse',
  'upsert',
  'trigger',
  'subscribe',
  'unsubscribe',
  'fill',
  'sign',
  'verify',
  'complete',
];

function thirdPerson(verb: string): string {
  if (/(s|x|z|ch|sh)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function gerund(verb: string): string {
  if (verb === 'set' || verb === 'get' || verb === 'run') return `${verb}${verb.slice(-1)}ing`;
  if (/[^aeiou]e$/.test(verb) && verb !== 'see') return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

/** "gets" → "Get": third-person forms of the common action verbs. */
const THIRD_PERSON = new Map<string, string>();
/** "creating" → "Create": -ing forms of the common action verbs. */
const GERUNDS = new Map<string, string>();
for (const verb of ACTION_VERBS) {
  const imperative = verb.charAt(0).toUpperCase() + verb.slice(1);
  THIRD_PERSON.set(thirdPerson(verb), imperative);
  GERUNDS.set(gerund(verb), imperative);
}
// -ing forms that are usually nouns at the start of a summary ("Processing status", "Sharing settings").
for (const noun of [
  'processing',
  'sharing',
  'scheduling',
  'setting',
  'listing',
  'posting',
  'opening',
  'closing',
  'signing',
  'mapping',
])
  GERUNDS.delete(noun);

/**
 * Words after a third-person verb that show it is a verb ("Gets the task"), not a plural noun ("Returns for order").
 */
const OBJECT_STARTERS = new Set([
  'a',
  'an',
  'the',
  'all',
  'one',
  'each',
  'every',
  'your',
  'its',
  'their',
  'multiple',
  'new',
  'specific',
  'existing',
  'current',
  'details',
  'information',
  'list',
  'data',
]);

const ARTICLES = new Set(['a', 'an', 'the', 'this', 'these', 'that']);

/**
 * Why an action summary does not start with an imperative verb, or undefined. Conservative: only a
 * leading article, the -ing form of a common action verb, or its third-person form followed by an object
 * ("Gets the task") is flagged.
 */
export function actionSummaryProblem(summary: string): string | undefined {
  const words = /^\s*([\p{L}']+)(?:\s+([\p{L}']+))?/u.exec(summary);
  const first = words?.[1];
  if (!first) return undefined;
  const word = first.toLowerCase();
  if (ARTICLES.has(word)) return `starts with the article ${quote(first)} instead of a verb`;
  const gerundOf = GERUNDS.get(word);
  if (gerundOf) return `starts with ${quote(first)} instead of the imperative ${quote(gerundOf)}`;
  const thirdOf = THIRD_PERSON.get(word);
  const next = words?.[2]?.toLowerCase();
  if (thirdOf && next !== undefined && OBJECT_STARTERS.has(next)) {
    return `starts with ${quote(first)} instead of the imperative ${quote(thirdOf)}`;
  }
  return undefined;
}
