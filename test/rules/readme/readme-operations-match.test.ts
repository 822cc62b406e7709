import { lintFolderRule, SEVERITY } from '../../helpers/lint';

const ID = 'ppc-readme-operations-match';
const readme = (operations: string) =>
  `# Contoso Tasks\nTracks work.\n\n## Supported Operations\n${operations}\n\n## Known Issues and Limitations\nList tasks is slow; Delete a task is final.\n`;

describe(ID, () => {
  it('is silent when every visible operation is named by summary or operationId, in any case or markup', async () => {
    const all = '### List tasks\nLists.\n### **create a task**\nCreates.\n- `GetTaskById`\n### DeleteTask\nDeletes.';
    expect(await lintFolderRule(ID, { 'readme.md': readme(all) })).toEqual([]);
  });

  it('names the operations the section leaves out, at its heading, and not those named elsewhere in the readme', async () => {
    const [finding, ...rest] = await lintFolderRule(ID, {
      'readme.md': readme('### Create a task\nCreates.\n### Get a task by ID\nGets one.'),
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: SEVERITY.info, range: { start: { line: 3 } } });
    expect(finding.message).toBe(
      'readme.md\'s "Supported Operations" section does not name 2 visible operations "List tasks", "Delete a task"; add a "### <summary>" entry with a sentence for each.',
    );
  });

  it('leaves internal operations out and is silent when the section is missing', async () => {
    expect(
      await lintFolderRule(ID, { 'readme.md': '# Contoso Tasks\nTracks work.\n\n## Publisher: Contoso Ltd\n' }),
    ).toEqual([]);
  });
});

describe(`${ID} with separate sections`, () => {
  it('reads every operations section ("Actions", "Triggers") as one list', async () => {
    const text =
      '# Contoso Tasks\nTracks work.\n\n## Supported Actions\n### List tasks\n### Create a task\n\n## Supported Operations\n### Get a task by ID\n\n## Triggers\n### Delete a task\n';
    expect(await lintFolderRule(ID, { 'readme.md': text })).toEqual([]);
    const [finding] = await lintFolderRule(ID, { 'readme.md': text.replace('### Delete a task\n', '') });
    expect(finding.message).toContain(
      '"Supported Actions" section does not name the visible operation "Delete a task"',
    );
  });
});
