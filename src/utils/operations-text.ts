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

/**
 * Function words that are common in French, Spanish, Portuguese, German, Dutch and Italian text and are
 * not English words a summary would use. Used only as a conservative "not English" signal.
 */
const FOREIGN_WORDS = new Set([
  'une', 'les', 'pour', 'avec', 'dans', 'est', 'sur', 'aux', 'des', 'du', 'le', 'la', 'el', 'de',
  'los', 'las', 'para', 'una', 'por', 'con', 'del', 'y',
  'und', 'der', 'das', 'mit', 'für', 'eine', 'einen', 'einer', 'von', 'nicht', 'oder', 'zum', 'zur',
  'uma', 'não', 'com', 'dos', 'das',
  'het', 'een', 'voor', 'naar', 'niet',
  'della', 'gli', 'il', 'di', 'nel',
]);

/** English function words: one of them in a summary makes the foreign-word signal moot. */
const ENGLISH_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'for', 'and', 'in', 'on', 'by', 'with', 'from', 'is', 'all', 'or', 'your',
  'this', 'that', 'it', 'as', 'at', 'be', 'new', 'into', 'using', 'get', 'list', 'create', 'update', 'delete',
]);

/** Letters of a script other than Latin (Cyrillic, Greek, CJK, Arabic, Hebrew, ...). */
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;

/** Latin letters with diacritics that English text does not use. */
const DIACRITIC_LETTER = /[À-ÖØ-öø-ÿĀ-ſ]/;

/**
 * Why `text` is probably not English, or undefined when nothing says so. Conservative: it flags letters
 * of non-Latin scripts, or at least two signals of a Romance/Germanic language (distinct foreign function
 * words, accented letters) in a text with no English function word.
 */
export function notEnglishReason(text: string): string | undefined {
  const nonLatin = NON_LATIN_LETTER.exec(text);
  if (nonLatin) return `contains the non-Latin letter ${quote(nonLatin[0])}`;
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (words.some((w) => ENGLISH_WORDS.has(w))) return undefined;
  const foreign = [...new Set(words.filter((w) => FOREIGN_WORDS.has(w)))];
  const accented = DIACRITIC_LETTER.exec(text);
  const signals = foreign.length + (accented ? 1 : 0);
  if (signals < 2) return undefined;
  const shown = foreign.map((w) => quote(w));
  if (accented) shown.push(quote(accented[0]));
  return `looks non-English (${shown.join(', ')})`;
}

/** Common imperative verbs that start action summaries ("Get", "Create", ...), lower case. */
const ACTION_VERBS = [
  'get', 'create', 'update', 'delete', 'list', 'add', 'send', 'convert', 'set', 'remove', 'retrieve', 'find',
  'search', 'read', 'download', 'check', 'generate', 'upload', 'extract', 'insert', 'import', 'validate', 'move',
  'merge', 'copy', 'run', 'execute', 'save', 'return', 'start', 'submit', 'cancel', 'fetch', 'provide', 'allow',
  'perform', 'change', 'process', 'query', 'replace', 'detect', 'assign', 'publish', 'post', 'modify', 'edit',
  'export', 'archive', 'approve', 'reject', 'enable', 'disable', 'register', 'translate', 'analyze', 'calculate',
  'compare', 'count', 'share', 'schedule', 'invite', 'lookup', 'look', 'open', 'close', 'write', 'apply', 'mark',
  'attach', 'parse', 'upsert', 'trigger', 'subscribe', 'unsubscribe', 'fill', 'sign', 'verify', 'complete',
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
for (const noun of ['processing', 'sharing', 'scheduling', 'setting', 'listing', 'posting', 'opening', 'closing', 'signing', 'mapping']) GERUNDS.delete(noun);

/** Words after a third-person verb that show it is a verb ("Gets the task"), not a plural noun ("Returns for order"). */
const OBJECT_STARTERS = new Set([
  'a', 'an', 'the', 'all', 'one', 'each', 'every', 'your', 'its', 'their', 'multiple', 'new', 'specific',
  'existing', 'current', 'details', 'information', 'list', 'data',
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
