import { buildRuleset } from './build';

/** The independent-publisher profile. */
const independentPublisher = buildRuleset('independent-publisher');
export default independentPublisher;
