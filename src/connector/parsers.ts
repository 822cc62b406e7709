import * as parsers from '@stoplight/spectral-parsers';

type ParsersModule = typeof parsers;

/**
 * Spectral's JSON parser. `@stoplight/spectral-parsers` is CommonJS whose named exports Node's ESM loader
 * cannot detect, so under `import` the module's exports sit on `default`; under `require` they are direct.
 */
export const JsonParser: ParsersModule['Json'] =
  parsers.Json ?? (parsers as unknown as { default: ParsersModule }).default.Json;
