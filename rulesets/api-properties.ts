import { buildApiPropertiesRuleset } from './build';

/** The apiProperties.json rules (certified profile), for `extends: ["spectral-power-platform/api-properties"]`. */
const apiPropertiesRuleset = buildApiPropertiesRuleset('certified');
export default apiPropertiesRuleset;
