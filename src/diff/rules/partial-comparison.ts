import { quote } from '../../utils/guards';
import { defineDiffRule, type DiffFinding } from '../types';
import { op, swagger } from './example-docs';

const DEFINITION = swagger({ '/tasks': { get: op('ListTasks') } });

const PROPERTIES = {
  properties: {
    connectionParameters: { api_key: { type: 'securestring', uiDefinition: { displayName: 'API key' } } },
    publisher: 'Contoso',
    stackOwner: 'Contoso',
  },
};

/** apiProperties.json as merged connectors have it: the last closing brace missing. */
const WITHOUT_LAST_BRACE = JSON.stringify(PROPERTIES, null, 2).replace(/\}$/, '');

export default defineDiffRule({
  id: 'ppc-bc-partial-comparison',
  description:
    'An `apiProperties.json` has a JSON syntax error other than a comment or trailing comma: its connection parameters and policies were compared as far as the file could be read, so a change after the error may be missed. A note on the comparison, not a change: it never makes an update major.',
  severity: 'warn',
  remedy:
    'Fix the syntax error (its `ppc-json-valid` error, or `ppc-lint lint`, shows it) and compare again; Microsoft rejects a file that is not valid JSON.',
  compares: 'apiProperties',
  breaking: false,
  examples: {
    invalid: [
      {
        description: 'The new apiProperties.json lacks its last closing brace.',
        old: { swagger: DEFINITION, apiProperties: PROPERTIES },
        new: { swagger: DEFINITION, apiPropertiesText: WITHOUT_LAST_BRACE },
      },
    ],
    valid: [
      {
        description:
          'The new apiProperties.json has a trailing comma: it is read completely (ppc-json-valid reports the comma).',
        old: { swagger: DEFINITION, apiProperties: PROPERTIES },
        new: { swagger: DEFINITION, apiPropertiesText: JSON.stringify(PROPERTIES, null, 2).replace(/\n\}$/, ',\n}') },
      },
    ],
  },
  check(ctx) {
    const out: DiffFinding[] = [];
    for (const side of ['old', 'new'] as const) {
      const error = ctx[side].apiPropertiesSyntaxError;
      if (!error) continue;
      out.push({
        side,
        file: 'apiProperties',
        path: [],
        range: error.range,
        message: `${quote(`${side === 'old' ? 'Old' : 'New'} apiProperties.json`)} has a JSON syntax error at line ${error.line}, column ${error.column}: ${error.message}. Its connection parameters and policies were compared as far as it could be read; fix the error and compare again.`,
      });
    }
    return out;
  },
});
