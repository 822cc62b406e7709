import { quote, show } from './guards';

/**
 * Spectral runs every result message through its `{{...}}` template replacer, so a value such as
 * `{{replace_with_your_domain}}` would vanish from the message (and `#{{...}}` would be evaluated).
 * These wrap `quote`/`show` and break up double braces so the value prints as written.
 */
function breakBraces(text: string): string {
  return text.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');
}

export function quoteValue(value: unknown, max = 60): string {
  return breakBraces(quote(value, max));
}

export function showValue(value: unknown, max = 60): string {
  return breakBraces(show(value, max));
}

/** A value as it is written in JSON: strings quoted, everything else as JSON (`"Production"`, `[]`, `null`). */
export function jsonValue(value: unknown, max = 60): string {
  return typeof value === 'string' ? quoteValue(value, max) : showValue(value, max);
}
