/** Markdown headings of a readme (ATX `## x` and setext underlines), outside fenced code blocks. */
import type { LoadedFile } from '../../connector/load';

export interface Heading {
  level: number;
  text: string;
  /** Zero-based line. */
  line: number;
}

const MAX_LINES = 20_000;

export function headingsOf(text: string): Heading[] {
  const lines = text.split(/\r?\n/, MAX_LINES);
  const headings: Heading[] = [];
  let fence: string | null = null;
  lines.forEach((raw, line) => {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker[0];
      else if (marker[0] === fence) fence = null;
      return;
    }
    if (fence !== null) return;
    const atx = /^ {0,3}(#{1,6})[ \t]*(.*?)[ \t#]*$/.exec(raw);
    if (atx && (atx[2] ?? '').length > 0) {
      headings.push({ level: atx[1].length, text: clean(atx[2]), line });
      return;
    }
    const previous = lines[line - 1];
    if (
      line > 0 &&
      /^ {0,3}(=+|-{2,})[ \t]*$/.test(raw) &&
      previous !== undefined &&
      previous.trim() !== '' &&
      !/^ {0,3}#/.test(previous)
    ) {
      headings.push({ level: raw.trim().startsWith('=') ? 1 : 2, text: clean(previous), line: line - 1 });
    }
  });
  return headings;
}

/** Heading text without emphasis, links and trailing colons. */
function clean(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The readme's text, when it was loaded (an unreadable one is reported by ppc-readme-present alone). */
export function readmeText(readme: LoadedFile | undefined): string | undefined {
  return readme && !readme.tooLarge && readme.unreadable === undefined ? readme.text : undefined;
}

/** A readme section the templates ask for, with the heading wordings reviewers and merged readmes use. */
export interface Section {
  name: string;
  pattern: RegExp;
}

export const SECTIONS: Record<'prerequisites' | 'operations' | 'credentials' | 'issues' | 'deployment', Section> = {
  prerequisites: { name: 'Prerequisites', pattern: /pre-?\s?requisites?|requirements/i },
  operations: {
    name: 'Supported Operations',
    pattern: /\b(supported\s+)?(operations|actions|triggers)\b|\bactions\s+and\s+triggers\b/i,
  },
  credentials: {
    name: 'Obtaining Credentials',
    pattern:
      /credential|authenticat|authori[sz]ation|api\s*key|sign[- ]?in|access\s+token|getting\s+started|setup|set\s+up/i,
  },
  issues: { name: 'Known Issues and Limitations', pattern: /known\s+issues?|limitations?|issues\s+and/i },
  deployment: { name: 'Deployment Instructions', pattern: /deploy|install|paconn|creat\w*\s+the\s+connector|import/i },
};

/** The headings matching a section. */
export function findSection(headings: readonly Heading[], section: Section): Heading | undefined {
  return headings.find((h) => h.level >= 1 && h.level <= 3 && section.pattern.test(h.text));
}

/** The lines of a section: from its heading to the next heading of the same or a higher level. */
export function sectionLines(text: string, headings: readonly Heading[], heading: Heading): string[] {
  const next = headings.find((h) => h.line > heading.line && h.level <= heading.level);
  return text.split(/\r?\n/, MAX_LINES).slice(heading.line + 1, next?.line);
}

/** The headings inside a section, one level or more below its heading. */
export function subHeadings(headings: readonly Heading[], heading: Heading): Heading[] {
  const next = headings.find((h) => h.line > heading.line && h.level <= heading.level);
  return headings.filter((h) => h.line > heading.line && (next === undefined || h.line < next.line));
}
