import type { Fixer } from '../types';
import { fixDescriptionOpSentence } from './ppc-description-op-sentence';
import { fixTrailingWhitespace } from './ppc-format-no-trailing-whitespace';
import { fixJsonNoBom } from './ppc-json-no-bom';
import { fixNoEmptySchema } from './ppc-no-empty-schema';
import { fixParamDescriptionSentence } from './ppc-param-description-sentence';
import { fixParamXMsSummary } from './ppc-param-x-ms-summary';
import { fixSchemesHttpsOnly } from './ppc-schemes-https-only';
import { fixSummaryAlnumParens } from './ppc-summary-alnum-parens';
import { fixSummaryTrailingPunct } from './ppc-summary-no-trailing-punct';
import { fixSummaryRestrictedChars } from './ppc-summary-restricted-chars';
import { fixVisibilityCasing } from './ppc-visibility-casing';
import { fixXMsUnknown } from './ppc-x-ms-unknown';
import { fixXMsVisibilityValue } from './ppc-x-ms-visibility-value';

/** The fixer of each rule that declares `x-ppc.fix`, keyed by rule id. */
export const FIXERS: ReadonlyMap<string, Fixer> = new Map<string, Fixer>([
  ['ppc-description-op-sentence', fixDescriptionOpSentence],
  ['ppc-format-no-trailing-whitespace', fixTrailingWhitespace],
  ['ppc-json-no-bom', fixJsonNoBom],
  ['ppc-no-empty-schema', fixNoEmptySchema],
  ['ppc-param-description-sentence', fixParamDescriptionSentence],
  ['ppc-param-x-ms-summary', fixParamXMsSummary],
  ['ppc-schemes-https-only', fixSchemesHttpsOnly],
  ['ppc-summary-alnum-parens', fixSummaryAlnumParens],
  ['ppc-summary-no-trailing-punct', fixSummaryTrailingPunct],
  ['ppc-summary-restricted-chars', fixSummaryRestrictedChars],
  ['ppc-visibility-casing', fixVisibilityCasing],
  ['ppc-x-ms-unknown', fixXMsUnknown],
  ['ppc-x-ms-visibility-value', fixXMsVisibilityValue],
]);
