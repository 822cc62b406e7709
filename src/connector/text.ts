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

/** Zero-based line and character of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.max(0, offset - lineStart) };
}
