import type { Edit } from 'jsonc-parser';
import type { Fixer } from '../types';

/** Removes the blanks before every line end (and at the end of the file); JSON strings cannot span lines. */
export const fixTrailingWhitespace: Fixer = ({ file }) => {
  if (!file.tree) return undefined;
  const edits: Edit[] = [];
  const pattern = /(?<![ \t\u00a0])[ \t\u00a0]+(?=\r?\n|$)/g;
  for (let m = pattern.exec(file.text); m; m = pattern.exec(file.text))
    edits.push({ offset: m.index, length: m[0].length, content: '' });
  return edits.length > 0 ? { edits } : undefined;
};
