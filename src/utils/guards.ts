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
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Quoted value for messages: "value". */
export function quote(value: unknown, max = 60): string {
  return `"${show(value, max)}"`;
}
