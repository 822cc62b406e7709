import { apiPropertiesRules } from '../../../src/rules';
import { describeDocumentedExamples } from '../../helpers/examples';

// Each apiProperties rule's documented examples: the non-compliant ones fire (with a message naming the
// problem), the compliant ones stay silent. Per-rule behaviour is asserted in detail in api-properties.test.ts.
describeDocumentedExamples(apiPropertiesRules, /;|\./);
