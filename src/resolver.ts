import { Resolver } from '@stoplight/spectral-ref-resolver';

/**
 * An offline resolver for spectral-cli (`spectral lint --resolver <this file>`): local `#/...` references
 * resolve; remote (`http(s)://`) and file references have no reader, so Spectral reports them as
 * unresolvable instead of fetching a URL or reading a file outside the connector folder.
 */
const offlineResolver = new Resolver({ resolvers: {} });
export default offlineResolver;
