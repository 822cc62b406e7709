import { lineContaining, lineOf, lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';

const text = (doc: unknown): string => JSON.stringify(doc, null, 4);
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-shape reports wrong types, capitalised and unknown keys', async () => {
    const doc = validSwagger();
    doc[META][0] = { PropertyName: 'Website', propertyValue: 'https://www.contoso.com', note: 'x' };
    doc[META][1].propertyValue = 5;
    doc[META][2] = 'Categories';
    const results = await lintRule('ppc-metadata-shape', doc);
    const messages = results.map((r) => r.message);
    expect(results.every((r) => r.severity === SEVERITY.error)).toBe(true);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('entry 0 has "PropertyName" instead of "propertyName"'),
        expect.stringContaining('entry 0 has the unknown key "note"'),
        expect.stringContaining('entry 1 has a propertyValue that is not a string (5)'),
        expect.stringContaining('entry 2 is "Categories", not an object'),
      ]),
    );
    expect(results).toHaveLength(4);
    const capital = results.find((r) => r.message.includes('PropertyName'))!;
    expect(capital.path).toEqual([META, '0', 'PropertyName']);
    expect(lineOf(capital)).toBe(lineContaining(text(doc), '"PropertyName"'));
    doc[META] = { Website: 'https://www.contoso.com' };
    expect((await lintRule('ppc-metadata-shape', doc))[0].message).toContain(
      'is {"Website":"https://www.contoso.com"}, not an array',
    );
    doc[META] = [{}];
    expect((await lintRule('ppc-metadata-shape', doc)).map((r) => r.message)).toEqual([
      expect.stringContaining('entry 0 has no "propertyName"'),
      expect.stringContaining('entry 0 has no "propertyValue"'),
    ]);
  });
});

describe('ppc-metadata-shape scenarios', () => {
  ruleScenarios('ppc-metadata-shape', [
    {
      name: 'Capitalised keys.',
      edit: documentedEdit('ppc-metadata-shape', 'invalid'),
      expect: [
        {
          path: ['x-ms-connector-metadata', '0', 'PropertyName'],
          line: { containing: '"PropertyName": "Website",' },
          message: 'x-ms-connector-metadata entry 0 has "PropertyName" instead of "propertyName"',
        },
        {
          path: ['x-ms-connector-metadata', '0', 'PropertyValue'],
          line: { containing: '"PropertyValue": "https://www.contoso.com"' },
          message: 'x-ms-connector-metadata entry 0 has "PropertyValue" instead of "propertyValue"',
        },
      ],
    },
    {
      name: 'An object instead of an array.',
      edit: documentedEdit('ppc-metadata-shape', 'invalid', 1),
      expect: [
        {
          path: ['x-ms-connector-metadata'],
          line: { containing: '"x-ms-connector-metadata": {' },
          message: 'x-ms-connector-metadata is {"Website":"https://www.contoso.com"}, not an array',
        },
      ],
    },
    { name: 'A well-formed entry.', edit: documentedEdit('ppc-metadata-shape', 'valid'), expect: [] },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});
