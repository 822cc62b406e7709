import { oas2 } from '@stoplight/spectral-formats';
import { typedNodeRule } from '../../model/rules';
import { SCHEMAS } from '../../collections';
import { defineRule } from '../../types';
import { quote } from '../../utils/guards';
import { typedNodeLabel } from '../../model/typed-nodes';

/** The `format` values of the repository's swagger schema. */
export const KNOWN_FORMATS = [
  'int32',
  'int64',
  'float',
  'double',
  'byte',
  'binary',
  'date',
  'date-time',
  'password',
  'date-no-tz',
  'email',
  'html',
  'uri',
  'uuid',
];

const formatKnown = typedNodeRule('formatKnown', (n, { document: doc }) => {
  const format = n.node.format;
  if (typeof format !== 'string' || KNOWN_FORMATS.includes(format.toLowerCase())) return undefined;
  const type = typeof n.node.type === 'string' ? `${n.node.type}/` : '';
  return { message: `${typedNodeLabel(n, doc)} has the format ${quote(`${type}${format}`)}`, path: ['format'] };
});

export default defineRule('ppc-format-known', {
  description: `A \`format\` is one the platform recognises: ${KNOWN_FORMATS.join(', ')}.`,
  message: `{{error}}; use one of ${KNOWN_FORMATS.join(', ')}, or remove "format" and explain the format in the description (Microsoft's validator reports unrecognised formats).`,
  severity: 'warn',
  formats: [oas2],
  given: SCHEMAS,
  resolved: false,
  then: { function: formatKnown },
  'x-ppc': {
    requirements: ['format-known'],
    section: '6',
    sources: ['L-SVR UnrecognizedTypeFormat', 'R-SCH-API'],
    validatorMessage: "The type/format '{0}' is not recognized.",
    specLevel: 'E',
    examples: {
      invalid: [
        {
          description: 'A "guid" format.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/format', value: 'guid' }],
        },
      ],
      valid: [
        {
          description: 'A "uuid" format.',
          edits: [{ op: 'set', path: '/definitions/Task/properties/id/format', value: 'uuid' }],
        },
      ],
    },
  },
});
