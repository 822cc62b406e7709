import { buildRuleset } from './build';

/** The custom profile. */
const custom = buildRuleset('custom');
export default custom;
