import { quote } from '../utils/guards';
import type { LoadedFile } from './load';

/**
 * The finding's message for a file that could not be read: what it is and how to fix it. Kept apart from the
 * loader, so the rules that report it do not bring file-system code into the Spectral ruleset bundles.
 */
export function unreadableMessage(file: LoadedFile): string {
  const fix = file.file.outside ? 'put the file itself in the folder' : 'make it a readable regular file';
  return `${quote(file.file.name)} cannot be read${file.unreadable ?? ''}; ${fix}.`;
}
