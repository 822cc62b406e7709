import { connectorModel } from '../../model';
import { defineFolderRule } from '../../types';
import { headingsOf, readmeText, sectionLines, SECTIONS } from './headings';

const SHOWN = 5;

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'be',
  'when',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'and',
  'or',
  'it',
  'its',
  'this',
  'that',
  'trigger',
  'operation',
]);

/**
 * The content words of a name, lower-case and singular: "When a Client is Updated" and "ClientUpdated" give {client,
 * updated}.
 */
function contentWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !STOP_WORDS.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** A name is listed when one line of the sections holds all its content words (in any order or markup). */
function isListed(name: string, lines: ReadonlyArray<ReadonlySet<string>>): boolean {
  const wanted = contentWords(name);
  return wanted.length > 0 && lines.some((line) => wanted.every((w) => line.has(w)));
}

export default defineFolderRule('ppc-readme-operations-match', {
  description:
    "The readme's `Supported Operations` section names every visible operation of the definition (by its summary or operationId), so users and reviewers see what the connector does.",
  severity: 'info',
  check(connector) {
    const text = readmeText(connector.readme);
    const doc = connector.swagger?.document?.data;
    if (text === undefined || !connector.readme || doc === undefined) return [];
    const headings = headingsOf(text);
    // Readmes split operations into "Actions" and "Triggers" sections: every matching section counts.
    const sections = headings.filter((h) => h.level <= 3 && SECTIONS.operations.pattern.test(h.text));
    const section = sections[0];
    if (!section) return []; // ppc-readme-required-sections reports the missing section
    const lines = sections
      .flatMap((h) => [h.text, ...sectionLines(text, headings, h)])
      .map((line) => new Set(contentWords(line)));
    const missing = connectorModel(doc).operations.filter((op) => {
      if (op.hidden || op.deprecated) return false;
      const names = [op.node.summary, op.operationId].filter(
        (n): n is string => typeof n === 'string' && n.trim() !== '',
      );
      return names.length > 0 && !names.some((n) => isListed(n, lines));
    });
    if (missing.length === 0) return [];
    const shown = missing
      .slice(0, SHOWN)
      .map((op) =>
        typeof op.node.summary === 'string' && op.node.summary.trim() ? `"${op.node.summary.trim()}"` : op.label,
      );
    const more = missing.length > SHOWN ? ` and ${missing.length - SHOWN} more` : '';
    return [
      {
        source: connector.readme.file.path,
        range: { start: { line: section.line, character: 0 }, end: { line: section.line, character: 0 } },
        message: `${connector.readme.file.name}'s "${section.text}" section does not name ${missing.length === 1 ? 'the visible operation' : `${missing.length} visible operations`} ${shown.join(', ')}${more}; add a "### <summary>" entry with a sentence for each.`,
      },
    ];
  },
  'x-ppc': {
    requirements: ['readme-operations-match'],
    section: '13',
    sources: ['R-TPL-C', 'R-TPL-IP'],
    specLevel: 'I',
    examples: {
      invalid: [
        {
          description: 'The operations section lists none of the operations.',
          files: {
            'readme.md': '# Contoso Tasks\nTracks work.\n\n## Supported Operations\n### Do things\nIt does things.\n',
          },
        },
      ],
      valid: [
        {
          description: 'Each operation by its summary.',
          files: {
            'readme.md':
              '# Contoso Tasks\nTracks work.\n\n## Supported Operations\n### List tasks\nLists the tasks.\n### Create a task\nCreates a task.\n### Get a task by ID\nGets one task.\n### DeleteTask\nDeletes a task.\n',
          },
        },
      ],
    },
  },
});
