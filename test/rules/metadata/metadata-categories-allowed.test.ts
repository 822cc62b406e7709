import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';
const META = 'x-ms-connector-metadata';

describe('connector metadata rules', () => {
  it('ppc-metadata-categories-allowed reports unknown categories with hints', async () => {
    const doc = validSwagger();
    doc[META][2].propertyValue = 'social media;Task Management';
    const results = await lintRule('ppc-metadata-categories-allowed', doc);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ code: 'ppc-metadata-categories-allowed', severity: SEVERITY.error, path: [META, '2', 'propertyValue'] });
    expect(results[0]!.message).toMatch(/^Categories "social media" is not a connector category \(did you mean "Social Media"\?\); use one or two of: AI, /);
    expect(results[1]!.message).toContain('"Task Management" is not a connector category;');
    doc[META][2].propertyValue = 'Productivity, Collaboration';
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0]!.message).toContain('(separate categories with ";")');
    doc[META][2].propertyValue = ' ; ';
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0]!.message).toContain('Categories value is empty');
    doc[META][2].propertyValue = ['AI'];
    expect((await lintRule('ppc-metadata-categories-allowed', doc))[0]!.message).toContain('is not a string');
    doc[META][2].propertyValue = 'AI; Internet of Things;';
    expect(await lintRule('ppc-metadata-categories-allowed', doc)).toEqual([]);
  });
});
