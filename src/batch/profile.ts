import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseWithPointers } from '@stoplight/json';
import { openRegularFile } from '../connector/regular-file';
import { isObject } from '../utils/guards';
import type { Profile } from '../types';

export interface DetectedProfile {
  profile: Profile;
  /** Why, in a few words: "path has certified-connectors/". */
  reason: string;
}

function segmentsOf(target: string): string[] {
  return path
    .resolve(target)
    .split(/[\\/]+/)
    .map((s) => s.toLowerCase());
}

interface ReadApiProperties {
  data: Record<string, unknown>;
  /** The file has syntax errors: what it names was read tolerantly, and what it lacks may be lost to them. */
  broken: boolean;
}

async function readApiProperties(target: string): Promise<ReadApiProperties | undefined> {
  let dir = path.resolve(target);
  try {
    if ((await fs.stat(dir)).isFile()) dir = path.dirname(dir);
    const names = await fs.readdir(dir);
    const name = names.find((n) => n.toLowerCase() === 'apiproperties.json');
    if (!name) return undefined;
    const file = path.join(dir, name);
    // Nothing outside the folder is read: a link that leaves it is reported by the loader, not followed here.
    const rel = path.relative(await fs.realpath(dir), await fs.realpath(file));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    // Opened as a regular file only: a named pipe here would block the run forever.
    const { handle, size } = await openRegularFile(file);
    let text: string;
    try {
      if (size > 5 * 1024 * 1024) return undefined;
      text = (await handle.readFile('utf8')).replace(/^\uFEFF/, '');
    } finally {
      await handle.close();
    }
    // Tolerant parse: a trailing comma or a cut-off file still names its publisher.
    const parsed = parseWithPointers(text);
    // Severity 0 is an error (a comment or a trailing comma is not one).
    const broken = parsed.diagnostics.some((d) => Number(d.severity) === 0);
    return isObject(parsed.data) ? { data: parsed.data, broken } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The profile a connector is meant for. The folder's place in Microsoft's repository layout decides first
 * (`independent-publisher-connectors/`, `certified-connectors/`, `custom-connectors/`); otherwise
 * apiProperties: a `publisher` different from the `stackOwner` is an independent publisher (a person
 * publishing for someone else's service), a `publisher` or `stackOwner` alone is certified, neither is custom
 * (the maker portal exports apiProperties without them). No apiProperties at all, or a malformed one (a `publisher`
 * that is not a string): certified, the strictest.
 */
export async function detectProfile(target: string): Promise<DetectedProfile> {
  const segments = segmentsOf(target);
  if (segments.includes('independent-publisher-connectors'))
    return { profile: 'independent-publisher', reason: 'path has independent-publisher-connectors/' };
  if (segments.includes('certified-connectors'))
    return { profile: 'certified', reason: 'path has certified-connectors/' };
  if (segments.includes('custom-connectors')) return { profile: 'custom', reason: 'path has custom-connectors/' };
  const read = await readApiProperties(target);
  const api = read?.data;
  if (api === undefined)
    return { profile: 'certified', reason: 'no readable apiProperties.json; the strictest profile' };
  // A file that is there but malformed must not pick the most lenient profile: it is certified, the strictest.
  if (Object.hasOwn(api, 'properties') && !isObject(api.properties))
    return { profile: 'certified', reason: 'apiProperties "properties" is not an object; the strictest profile' };
  const props = isObject(api.properties) ? api.properties : undefined;
  for (const key of ['publisher', 'stackOwner'])
    if (props && Object.hasOwn(props, key) && typeof props[key] !== 'string')
      return { profile: 'certified', reason: `apiProperties ${key} is not a string; the strictest profile` };
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const publisher = text(props?.publisher);
  const stackOwner = text(props?.stackOwner);
  if (publisher && stackOwner && publisher.toLowerCase() !== stackOwner.toLowerCase()) {
    return { profile: 'independent-publisher', reason: 'apiProperties publisher differs from stackOwner' };
  }
  if (publisher) return { profile: 'certified', reason: 'apiProperties names a publisher' };
  if (stackOwner) return { profile: 'certified', reason: 'apiProperties names a stackOwner' };
  // A publisher may be what the syntax error hides (`"publisher": Contoso`): not a reason for the most lenient profile.
  if (read?.broken)
    return {
      profile: 'certified',
      reason: 'apiProperties.json has syntax errors and names no publisher; the strictest profile',
    };
  return { profile: 'custom', reason: 'no publisher in apiProperties' };
}
