/** Plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Short, printable rendering of a value for messages (never huge, never multi-line). */
export function show(value: unknown, max = 60): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  text = text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  text = text.length > max ? `${text.slice(0, max - 1)}…` : text;
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
