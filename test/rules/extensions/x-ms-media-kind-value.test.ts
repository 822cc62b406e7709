import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lineContaining, lineOf, lintRule, validSwagger } from '../../helpers/lint';

describe('ppc-x-ms-media-kind-value', () => {
  ruleScenarios('ppc-x-ms-media-kind-value', [
    {
      name: 'An unsupported media kind.',
      edit: documentedEdit('ppc-x-ms-media-kind-value', 'invalid'),
      expect: [
        {
          path: ['definitions', 'Task', 'properties', 'id', 'x-ms-media-kind'],
          line: { containing: '"x-ms-media-kind": "video"' },
          message: 'x-ms-media-kind is "video", not one of "image", "audio"',
        },
      ],
    },
    {
      name: 'An image.',
      edit: documentedEdit('ppc-x-ms-media-kind-value', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-x-ms-media-kind-value, further cases', () => {
  const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
  it('ppc-x-ms-trigger-hint-type, ppc-x-ms-localize-default-value-type and ppc-x-ms-media-kind-value', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get['x-ms-trigger-hint'] = null;
    doc.paths['/tasks'].get.parameters[0]['x-ms-localizeDefaultValue'] = 'true';
    doc.definitions.Task.properties.id['x-ms-media-kind'] = 'Image';
    const [media] = await lintRule('ppc-x-ms-media-kind-value', doc);
    expect(media.message).toContain('x-ms-media-kind is "Image", not one of "image", "audio"');
    expect(lineOf(media)).toBe(lineContaining(text(doc), '"x-ms-media-kind"'));
  });
});
