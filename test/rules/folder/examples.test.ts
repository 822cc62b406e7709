import { crossRules } from '../../../src/rules/cross';
import { iconRules } from '../../../src/rules/icon';
import { readmeRules } from '../../../src/rules/readme';
import { scriptRules } from '../../../src/rules/script';
import { settingsRules } from '../../../src/rules/settings';
import { describeDocumentedExamples } from '../../helpers/examples';

// Each folder rule's documented examples: the non-compliant ones fire, the compliant ones stay silent.
// Behaviour is asserted in detail in the per-area test files next to this one.
const rules = [...settingsRules, ...readmeRules, ...iconRules, ...scriptRules, ...crossRules];

describeDocumentedExamples(rules);
