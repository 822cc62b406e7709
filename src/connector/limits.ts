/** Files above this size are reported, not parsed: the platform's own limit is 1 MB. */
export const MAX_PARSE_BYTES = 8 * 1024 * 1024;
