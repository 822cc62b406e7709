/** What decoding a file's bytes found. */
export interface DecodedText {
  text: string;
  /** The file started with a UTF-8 byte-order mark (removed from `text`). */
  bom: boolean;
  /** Byte offset of the first byte that is not valid UTF-8; the text was then decoded as Latin-1. */
  invalidUtf8At?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode as UTF-8.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), bom };
  } catch {
    const at = firstInvalidUtf8(body) + (bom ? 3 : 0);
    return { text: Buffer.from(body).toString('latin1'), bom, invalidUtf8At: at };
  }
}

/** The offsets where lines start, for the text last asked about (fixes and findings ask about one file at a time). */
let indexed: { text: string; starts: number[] } | undefined;

function lineStarts(text: string): number[] {
  if (indexed?.text === text) return indexed.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  indexed = { text, starts };
  return starts;
}

/** Zero-based line and character of an offset in a text (a binary search over its line starts). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const starts = lineStarts(text);
  const at = Math.min(offset, text.length);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: Math.max(0, offset - (starts[lo] ?? 0)) };
}

/** The last texts checked with `JSON.parse` and its error: the JSON-validity rule and the fixes ask about one file. */
const strictChecks: Array<{ text: string; error: string | undefined }> = [];
const STRICT_CHECKS_KEPT = 4;

/** `JSON.parse`'s error for a text that is not strict JSON (comments, trailing commas, a BOM); else undefined. */
export function strictJsonParseError(text: string): string | undefined {
  const known = strictChecks.find((c) => c.text === text);
  if (known) return known.error;
  let error: string | undefined;
  try {
    JSON.parse(text);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  if (strictChecks.unshift({ text, error }) > STRICT_CHECKS_KEPT) strictChecks.pop();
  return error;
}
