import {
  entropy,
  isDocumentedExample,
  KNOWN_SECRET_FORMATS,
  looksLikeToken,
  mayHold,
  mayHoldAny,
} from '../rules/files/secrets';

/**
 * Characters that must never reach a terminal, a CI log or an XML report raw: C0 and C1 controls, DEL,
 * line and paragraph separators and the bidirectional overrides that reorder what a reviewer reads.
 */

/** The unsafe characters but the C0 controls (tab, line feed, ESC, ...). */
const ABOVE_C0 = '\\u007f-\\u009f\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ufffe\\uffff';
const UNSAFE_CHARS = new RegExp(`[\\u0000-\\u001f${ABOVE_C0}]`, 'g');
/** For text whose C0 controls are already safe (JSON from `JSON.stringify`). */
export const UNSAFE_ABOVE_C0 = new RegExp(`[${ABOVE_C0}]`, 'g');
const ONE_UNSAFE_ABOVE_C0 = new RegExp(`[${ABOVE_C0}]`);
/** Any character from DEL up: a scan for these is several times faster than one for the unsafe characters. */
const DEL_AND_ABOVE = /[\u007f-\uffff]/g;

/**
 * Whether text holds an unsafe character other than a C0 control. Reports are mostly ASCII: the few characters from
 * DEL up are looked at one by one, and many of them (text in another script) are left to the full pattern.
 */
export function hasUnsafeAboveC0(text: string): boolean {
  DEL_AND_ABOVE.lastIndex = 0;
  for (let seen = 0; DEL_AND_ABOVE.test(text); seen++) {
    if (seen === 256) return ONE_UNSAFE_ABOVE_C0.test(text);
    if (ONE_UNSAFE_ABOVE_C0.test(text[DEL_AND_ABOVE.lastIndex - 1] ?? '')) return true;
  }
  return false;
}

/** An unsafe character or any UTF-16 surrogate: text without one needs no unsafe-character or XML validity pass. */
export const UNSAFE_OR_SURROGATE = new RegExp(`[\\u0000-\\u001f${ABOVE_C0}\\ud800-\\udfff]`);

const NAMED_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

/** Four hexadecimal digits of a UTF-16 code unit: `001b`. */
export function hex4(c: string): string {
  return c.charCodeAt(0).toString(16).padStart(4, '0');
}

/** One unsafe character as an escape: `\n`, `\u001b`. */
function escapeOne(c: string): string {
  return NAMED_ESCAPES.get(c) ?? `\\u${hex4(c)}`;
}

/** Control and reordering characters written as escapes: `\n`, `\u001b`. Linear. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_CHARS, escapeOne);
}

/**
 * Every character `escapeControls` escapes, replaced by what `encode` makes of it instead: formats that can carry
 * such a character losslessly (JSON `\u001b`, XML `&#10;`, TeamCity `|n`) encode it their own way.
 */
export function encodeUnsafe(text: string, encode: (c: string) => string): string {
  return text.replace(UNSAFE_CHARS, encode);
}

/** Runs of token characters; bounded by a lookbehind so each run is scanned once. */
const TOKEN_RUN = /(?<![A-Za-z0-9+/=_.~-])[A-Za-z0-9+/=_.~-]{20,}/g;

/** Letter/digit alternations: random keys switch often, identifiers such as `ListTasksV2` rarely. */
function classSwitches(text: string): number {
  let switches = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c >= 48 && c <= 57 ? 1 : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : 0;
    if (kind !== 0 && previous !== 0 && kind !== previous) switches++;
    if (kind !== 0) previous = kind;
  }
  return switches;
}

/**
 * A random-looking credential anywhere in free text: token-shaped, high entropy and mixing letters and digits
 * throughout.
 */
export function looksRandomToken(value: string): boolean {
  if (!looksLikeToken(value)) return false;
  return classSwitches(value) >= 6 && entropy(value) >= 3.8;
}

/** The masked form of a secret inside a message: its first four characters and its length. */
function maskOf(secret: string): string {
  return `${secret.slice(0, 4)}…(${secret.length} characters, masked)`;
}

/** Texts masked before, and their masked form: reports repeat messages and path segments thousands of times. */
const masked = new Map<string, string>();
const MASK_MEMO_ENTRIES = 50_000;
const MASK_MEMO_TEXT = 1000;

/**
 * Replace every credential the secret scanner would flag (known formats, random-looking tokens) by its
 * masked form. Linear in the text length: every pattern is anchored to token boundaries.
 */
export function maskSecrets(text: string): string {
  if (text.length > MASK_MEMO_TEXT) return maskUncached(text);
  let out = masked.get(text);
  if (out === undefined) {
    if (masked.size >= MASK_MEMO_ENTRIES) masked.clear();
    out = maskUncached(text);
    masked.set(text, out);
  }
  return out;
}

function maskUncached(text: string): string {
  let out = text;
  // Text without any anchor matches no format, and stays as it is until the token runs below.
  const formats = mayHoldAny(text) ? KNOWN_SECRET_FORMATS : [];
  for (const format of formats) {
    if (!mayHold(format, out)) continue;
    format.pattern.lastIndex = 0;
    out = out.replace(format.pattern, (...args: unknown[]) => {
      const whole = String(args[0]);
      const group = format.group ? args[format.group] : whole;
      const secret = typeof group === 'string' ? group : '';
      if (secret === '' || isDocumentedExample(secret)) return whole;
      const at = whole.lastIndexOf(secret);
      return `${whole.slice(0, at)}${maskOf(secret)}${whole.slice(at + secret.length)}`;
    });
  }
  return out.replace(TOKEN_RUN, (run) => {
    // A run may hold a token between dots or slashes (a URL path, `key=value`): test the pieces too.
    if (looksRandomToken(run) && !isDocumentedExample(run)) return maskOf(run);
    return run.replace(/[^/=.~+]{20,}/g, (piece) =>
      looksRandomToken(piece) && !isDocumentedExample(piece) ? maskOf(piece) : piece,
    );
  });
}

/** Longest token the scanner recognises; a value is masked before truncation, so a token cut short is still found. */
const MAX_TOKEN = 1100;

/**
 * Make a document value (or key) safe to print in a message: secrets masked, control characters escaped,
 * truncated to `max` characters. Only a bounded prefix of a huge value is examined.
 */
export function safeText(text: string, max: number): string {
  const head = text.length > max + MAX_TOKEN ? text.slice(0, max + MAX_TOKEN) : text;
  const clean = escapeControls(maskSecrets(head));
  return clean.length > max || head.length < text.length ? `${clean.slice(0, Math.max(0, max - 1))}…` : clean;
}

/**
 * The last line of defence for a whole message built by a rule (values already quoted, or not): secrets
 * masked and control characters escaped, so no output format prints a newline, an ESC or a token from a document.
 */
export function sanitizeMessage(message: string): string {
  if (message.length > 4000) message = `${message.slice(0, 3999)}…`;
  return escapeControls(maskSecrets(message));
}
