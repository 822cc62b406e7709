import { safeText } from './sanitize';

/** Plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** JSON text of a value, bounded: a huge or cyclic value never costs more than a prefix. */
function textOf(value: unknown, max: number): string {
  if (typeof value === 'string') return value;
  try {
    const json = JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'string' && v.length > max + 1200 ? v.slice(0, max + 1200) : v,
    );
    return json ?? String(value);
  } catch {
    return Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
  }
}

/**
 * Short, printable rendering of a document value (or key) for messages: secrets the scanner would flag are
 * masked, control characters and newlines escaped (`\n`, `\u001b`), and the text truncated to `max`.
 */
export function show(value: unknown, max = 60): string {
  const text = safeText(textOf(value, max), max);
  // Spectral runs result messages through its {{...}} template replacer: break double braces so a value
  // such as "{{replace_with_your_domain}}" prints as written instead of vanishing.
  return text.replace(/\{\{/g, '{ {');
}

/** A value as it is written in JSON: strings quoted, everything else as JSON (`"Production"`, `[]`, `null`). */
export function jsonValue(value: unknown, max = 60): string {
  return typeof value === 'string' ? quote(value, max) : show(value, max);
}

/** Quoted value for messages: "value". */
export function quote(value: unknown, max = 60): string {
  return `"${show(value, max)}"`;
}
