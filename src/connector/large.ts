import { openRegularFile } from './regular-file';
import { confirmsSecret, KNOWN_SECRET_FORMATS, mayHold } from '../rules/files/secrets';

/** A credential of a known format found in a file too large to parse, located by line and character. */
export interface LargeFileSecret {
  what: string;
  secret: string;
  line: number;
  character: number;
}

const CHUNK = 1024 * 1024;
/** Characters carried from one chunk to the next so a secret across a chunk boundary is still seen whole. */
const OVERLAP = 4096;
const MAX_FINDINGS = 20;

function countLines(text: string, from: number, to: number): { lines: number; lastBreak: number } {
  let lines = 0;
  let lastBreak = -1;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 10) {
      lines++;
      lastBreak = i;
    }
  }
  return { lines, lastBreak };
}

/**
 * Search a file of any size for credentials of known formats, one chunk at a time (memory stays at a few
 * megabytes whatever the file size). Padding a file past the parse limit does not hide a secret.
 */
export async function scanLargeFileForSecrets(file: string): Promise<LargeFileSecret[]> {
  const found: LargeFileSecret[] = [];
  const seen = new Set<number>();
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let carryOffset = 0; // absolute character offset of carry[0]
  let carryLine = 0; // line of carry[0]
  let carryLineStart = 0; // absolute offset of the start of that line
  let handle;
  try {
    ({ handle } = await openRegularFile(file));
  } catch {
    return found; // An unreadable file is reported by the loader.
  }
  const stream = handle.createReadStream({ highWaterMark: CHUNK });
  const scan = (text: string): void => {
    for (const format of KNOWN_SECRET_FORMATS) {
      if (!mayHold(format, text)) continue;
      format.pattern.lastIndex = 0;
      for (const match of text.matchAll(format.pattern)) {
        const secret = format.group ? (match[format.group] ?? '') : match[0];
        const index = (match.index ?? 0) + (format.group ? match[0].lastIndexOf(secret) : 0);
        const absolute = carryOffset + index;
        if (seen.has(absolute) || !confirmsSecret(format, secret)) continue;
        seen.add(absolute);
        const { lines, lastBreak } = countLines(text, 0, index);
        const line = carryLine + lines;
        const character = lastBreak >= 0 ? index - lastBreak - 1 : absolute - carryLineStart;
        found.push({ what: format.name, secret, line, character });
        if (found.length >= MAX_FINDINGS) return;
      }
    }
  };
  try {
    for await (const chunk of stream) {
      const text = carry + decoder.decode(chunk as Buffer, { stream: true });
      scan(text);
      if (found.length >= MAX_FINDINGS) break;
      const keep = Math.min(OVERLAP, text.length);
      const dropped = text.length - keep;
      const { lines, lastBreak } = countLines(text, 0, dropped);
      if (lastBreak >= 0) carryLineStart = carryOffset + lastBreak + 1;
      carryLine += lines;
      carryOffset += dropped;
      carry = text.slice(dropped);
    }
    const rest = decoder.decode();
    if (rest && found.length < MAX_FINDINGS) scan(carry + rest);
  } catch {
    // An unreadable file is reported by the loader; a partial scan still returns what it found.
  } finally {
    stream.destroy();
    await handle.close().catch(() => undefined);
  }
  return found;
}
