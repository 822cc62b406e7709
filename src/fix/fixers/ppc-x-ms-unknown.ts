import { AUTOREST_ONLY_KEYS, KNOWN_EXTENSIONS } from '../../catalog/known-extensions';
import { editDistance, normalize, suggestKnownKey } from '../../rules/extensions/x-ms-unknown';
import { quote } from '../../utils/guards';
import { nodeAtPath, propertyOf, removeNode } from '../text';
import type { Fixer } from '../types';

const KNOWN_KEYS = KNOWN_EXTENSIONS.map((e) => e.key);
const AUTOREST = new Set(AUTOREST_ONLY_KEYS.map((k) => k.toLowerCase()));

/** Keys that only change labels: making a misspelled one take effect changes no flow. */
const DISPLAY_KEYS = new Set(['x-ms-summary', 'x-ms-trigger-hint']);

/**
 * The known key a misspelled key clearly means: the same key but for case, `_` or stray punctuation, or the one
 * nearest key with no tie. A key with more words than the known one (`x-ms-summary title`) may be a note the
 * author meant to keep out of the designer, so it has no clear meaning.
 */
export function clearKnownKey(key: string): string | undefined {
  const match = knownKeyFor(key);
  return match?.clear ? match.key : undefined;
}

/** The known key a misspelled key most likely means, and whether that is clear; none when two keys are as near. */
function knownKeyFor(key: string): { key: string; clear: boolean } | undefined {
  const suggestion = suggestKnownKey(key);
  if (!suggestion) return undefined;
  if (suggestion.certain) return { key: suggestion.key, clear: !hasExtraWord(key, suggestion.key) };
  const norm = normalize(key);
  const best = editDistance(norm, normalize(suggestion.key), 4);
  const ties = KNOWN_KEYS.filter((k) => editDistance(norm, normalize(k), 4) === best);
  return ties.length === 1 ? { key: suggestion.key, clear: !hasExtraWord(key, suggestion.key) } : undefined;
}

/** True when the key holds a blank inside it, or is the known key followed by more than punctuation. */
function hasExtraWord(key: string, known: string): boolean {
  const trimmed = key.trim();
  if (/\s/.test(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  return lower.startsWith(known.toLowerCase()) && /[\p{L}\p{N}]/u.test(lower.slice(known.length));
}

/**
 * Renames a misspelled `x-ms-*` key to the known key it clearly means, or removes an AutoRest key the platform
 * ignores. A rename that makes a setting take effect (visibility, paging, ...) changes the connector, so only
 * clearly misspelled label keys are renamed by a safe fix; the rest are suggestions.
 */
export const fixXMsUnknown: Fixer = ({ finding, file }) => {
  const node = nodeAtPath(file.tree, finding.path);
  const property = node && propertyOf(node);
  const keyNode = property?.children?.[0];
  const object = property?.parent;
  if (!property || !keyNode || typeof keyNode.value !== 'string' || !object) return undefined;
  const key = keyNode.value;
  if (AUTOREST.has(key.toLowerCase()))
    return { edits: removeNode(property), description: `Remove ${quote(key)}, which Power Platform ignores.` };
  const match = knownKeyFor(key);
  if (!match) return undefined;
  const target = match.key;
  // Never create a duplicate key.
  if (object.children?.some((p) => p.children?.[0]?.value === target)) return undefined;
  const edits = [{ offset: keyNode.offset, length: keyNode.length, content: JSON.stringify(target) }];
  const description = `Rename ${quote(key)} to ${quote(target)}.`;
  return match.clear && DISPLAY_KEYS.has(target) ? { edits, description } : { edits, description, kind: 'suggestion' };
};
