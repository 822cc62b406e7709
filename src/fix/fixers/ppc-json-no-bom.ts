import type { Fixer } from '../types';

export const fixJsonNoBom: Fixer = ({ file }) =>
  file.tree && file.text.startsWith('\ufeff') ? { edits: [{ offset: 0, length: 1, content: '' }] } : undefined;
