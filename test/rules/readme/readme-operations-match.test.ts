import { lintFolderRule, SEVERITY } from '../../helpers/lint';

const ID = 'ppc-readme-operations-match';
const readme = (operations: string) => `# Contoso Tasks\nTracks work.\n\n## Supported Operations\n${operations}\n\n## Known Issues and Limitations\nList tasks is slow; Delete a task is final.\n`;

describe(ID, () => {
  it('is silent when every visible operation is named by summary or operationId, in any case or markup', async () => {
    const all = '### List tasks\nLists.\n### **create a task**\nCreates.\n- `GetTaskById`\n### DeleteTask\nDeletes.';
    expect(await lintFolderRule(ID, { 'readme.md': readme(all) })).toEqual([]);
  });

  it('names the operations the section leaves out, at its heading, and not those named elsewhere in the readme', async () => {
    const [finding, ...rest] = await lintFolderRule(ID, { 'readme.md': readme('### Create a task\nCreates.\n### Get a task by ID\nGets one.') });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: SEVERITY.info, range: { start: { line: 3 } } });
    expect(finding!.message).toBe('readme.md\'s "Supported Operations" section does not name 2 visible operations "List tasks", "Delete a task"; add a "### <summary>" entry with a sentence for each.');
  });

  it('leaves internal operations out and is silent when the section is missing', async () => {
    expect(await lintFolderRule(ID, { 'readme.md': '# Contoso Tasks\nTracks work.\n\n## Publisher: Contoso Ltd\n' })).toEqual([]);
  });
});
