import { createRulesetFunction } from '@stoplight/spectral-core';
import { notEnglish, type TextKind } from '../utils/english';
import { quote } from '../utils/guards';
import { isHiddenInContext } from '../model/visibility';

export interface EnglishOptions {
  /**
   * `name`: a short display name (a title): every letter outside the Latin script, or mostly accented letters, is
   * flagged.
   * `phrase`: a summary: other scripts, or foreign function words and accents with no English word.
   * `text`: running text (a description): flagged when a large share of its letters is non-Latin or accented, or
   * when it reads as French, German, Spanish, Dutch, Italian or a Scandinavian language by its function words.
   */
  kind: TextKind;
}

/**
 * Flags connector strings that are evidently not English. Non-strings and hidden elements are skipped.
 * Error text: `"<value>" has letters outside the Latin alphabet ("…")`.
 */
export const english = createRulesetFunction<unknown, EnglishOptions>(
  {
    input: null,
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['kind'],
      properties: { kind: { enum: ['name', 'phrase', 'text'] } },
    },
  },
  function english(input, options, context) {
    if (typeof input !== 'string' || isHiddenInContext(context)) return;
    const reason = notEnglish(input, options.kind);
    return reason ? [{ message: `${quote(input)} ${reason}` }] : undefined;
  },
);
