import { oas2 } from '@stoplight/spectral-formats';
import { paramFunction } from '../../functions/params-function';
import { PARAMETERS } from '../../collections';
import { defineRule } from '../../types';
import { quote, show } from '../../utils/guards';
import { paramName } from '../../utils/params-context';
import { normalizeText } from '../../utils/params-text';
import { lacksSentenceEnd } from '../../utils/sentence';

/**
 * Whether the description only repeats the parameter's name or label: ppc-param-description-meaningful or
 * ppc-param-summary-not-description own that.
 */
function repeatsNameOrLabel(param: Record<string, unknown>, text: string): boolean {
  const bare = normalizeText(text);
  return [param.name, param['x-ms-summary']].some(
    (other) => typeof other === 'string' && normalizeText(other) === bare,
  );
}

const paramDescriptionSentence = paramFunction('paramDescriptionSentence', (param, { hidden }) => {
  const description = param.description;
  if (typeof description !== 'string' || hidden()) return undefined;
  const text = description.trim();
  if (!lacksSentenceEnd(text) || repeatsNameOrLabel(param, text)) return undefined;
  const chars = [...text];
  const shown = chars.length > 50 ? `ending "…${show(chars.slice(-40).join(''))}"` : quote(text);
  return { message: `${paramName(param)} has a description ${shown} without final punctuation`, path: ['description'] };
});

export default defineRule('ppc-param-description-sentence', {
  description: 'A parameter `description` is a full sentence that ends with punctuation (single words are exempt).',
  message: 'Parameter {{error}}; write it as a full sentence ending with a period (Microsoft certification guidance).',
  severity: 'warn',
  formats: [oas2],
  given: PARAMETERS,
  then: { function: paramDescriptionSentence },
  'x-ppc': {
    requirements: ['param-description-sentence'],
    section: '6',
    sources: ['L-CS', 'DP'],
    specLevel: 'W',
    fix: {
      kind: 'safe',
      description:
        'Adds the final period to a one-line description that ends with a letter, a digit or ")", and trims it.',
    },
    examples: {
      invalid: [
        {
          description: 'No final period.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/description',
              value: 'Only return tasks with this status',
            },
          ],
        },
      ],
      valid: [
        {
          description: 'A sentence.',
          edits: [
            {
              op: 'set',
              path: '/paths/~1tasks/get/parameters/0/description',
              value: 'Only return tasks with this status.',
            },
          ],
        },
      ],
    },
  },
});
