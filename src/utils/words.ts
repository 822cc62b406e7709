/**
 * Microsoft product names that certification bans from titles, descriptions and summaries
 * (requirements.md 0.3). The validator's own list is Power Apps, Power Automate and Logic Apps.
 */
export const PRODUCT_NAMES_PATTERN =
  /\b(power\s?apps|power\s?automate|logic\s?apps?|power\s?platform|copilot\s?studio|microsoft\s?flow)\b/i;

/** Product names in the broad sense, not on the validator's list: advice only. */
export const BROAD_PRODUCT_NAMES_PATTERN = /\b(power\s?bi|power\s?pages|dataverse)\b/i;

export const API_CONNECTOR_PATTERN = /\b(api|connector)\b/i;

/** The first banned product name found in `text`, as written there. */
export function findProductName(text: string): string | undefined {
  return PRODUCT_NAMES_PATTERN.exec(text)?.[0];
}
