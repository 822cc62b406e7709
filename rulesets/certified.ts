import { buildRuleset } from './build';

/** The certified profile. */
const certified = buildRuleset('certified');
export default certified;
