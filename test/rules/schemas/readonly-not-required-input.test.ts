import { lintRule, SEVERITY, validSwagger } from '../../helpers/lint';

describe('schema rules', () => {
  it('ppc-readonly-not-required-input looks at request bodies only, through $refs', async () => {
    const doc = validSwagger();
    doc.definitions.NewTask.properties.title.readOnly = true;
    doc.definitions.Task.required = ['id'];
    doc.definitions.Task.properties.id.readOnly = true;
    const [finding, ...rest] = await lintRule('ppc-readonly-not-required-input', doc);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({ severity: SEVERITY.error, path: ['definitions', 'NewTask', 'properties', 'title', 'readOnly'] });
    expect(finding!.message).toContain('"title" is readOnly and required in a request body');
  });
});
