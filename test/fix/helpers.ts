import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validSwagger, VALID_DIR } from '../helpers/lint';

/** How a file is laid out: indentation, line break, final newline. */
export interface Style {
  name: string;
  indent: string;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
}

export const STYLES: Style[] = [
  { name: '2 spaces', indent: '  ', eol: '\n', finalNewline: true },
  { name: '4 spaces', indent: '    ', eol: '\n', finalNewline: true },
  { name: 'tabs', indent: '\t', eol: '\n', finalNewline: true },
  { name: 'CRLF', indent: '    ', eol: '\r\n', finalNewline: true },
  { name: 'no final newline', indent: '  ', eol: '\n', finalNewline: false },
];

/** A JSON value written in a style. */
export function serialize(value: unknown, style: Style): string {
  const text = JSON.stringify(value, null, style.indent).replace(/\n/g, style.eol);
  return style.finalNewline ? `${text}${style.eol}` : text;
}

/** A copy of an object with one key renamed in place (key order kept). */
export function renameKey(object: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k === from ? to : k, v]));
}

/** A copy of an object with a key inserted right after another one. */
export function insertAfter(
  object: Record<string, unknown>,
  after: string,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const entries = Object.entries(object).filter(([k]) => k !== key);
  const i = entries.findIndex(([k]) => k === after);
  entries.splice(i + 1, 0, [key, value]);
  return Object.fromEntries(entries);
}

/** Make a temporary connector folder: the valid fixture's files, with `files` written over them. */
export async function tempConnector(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ppc-fix-test-'));
  for (const name of await fs.readdir(VALID_DIR)) await fs.copyFile(path.join(VALID_DIR, name), path.join(dir, name));
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content);
  return dir;
}

/**
 * The valid fixture with one defect per fixer, and the same document as each fix leaves it: `safe` after the
 * safe fixes, `all` after the suggestions too. Text-only defects (BOM, trailing spaces) are added to the text.
 */
export function brokenDefinition(): {
  broken: Record<string, any>;
  safe: Record<string, any>;
  all: Record<string, any>;
} {
  const build = (stage: 'broken' | 'safe' | 'all'): Record<string, any> => {
    const doc = validSwagger();
    const fixed = stage !== 'broken';
    const tasks = doc.paths['/tasks'];
    const task = doc.paths['/tasks/{taskId}'];
    tasks.get.summary = fixed ? 'List tasks' : 'List tasks.';
    tasks.post.summary = fixed ? 'Create or Update a task' : 'Create/Update a task';
    task.get.summary = fixed ? 'Get a task by ID' : 'Get a task - by ID';
    tasks.get.description = fixed ? 'Lists the tasks of the signed-in user.' : 'Lists the tasks of the signed-in user';
    tasks.get.parameters[0].description = fixed
      ? 'Only return tasks with this status.'
      : 'Only return tasks with this status';
    task.delete['x-ms-visibility'] = fixed ? 'advanced' : 'Advanced';
    tasks.get['x-ms-visibility'] = fixed ? 'important' : ' important';
    const title = doc.definitions.NewTask.properties.title;
    doc.definitions.NewTask.properties.title = fixed ? title : renameKey(title, 'x-ms-summary', 'x-ms-summay');
    if (!fixed) doc.definitions.Task['x-ms-client-name'] = 'TaskModel';
    doc.schemes = fixed ? ['https'] : ['https', 'http'];
    if (!fixed) task.get.responses['404'].schema = {};
    if (stage !== 'all') task.delete.responses['204'].schema = {};
    const status = tasks.get.parameters[0];
    delete status['x-ms-summary'];
    if (stage === 'all') tasks.get.parameters[0] = insertAfter(status, 'name', 'x-ms-summary', 'Status');
    return doc;
  };
  return { broken: build('broken'), safe: build('safe'), all: build('all') };
}

/** Text-only defects: a BOM and trailing blanks on the second line. */
export function withTextDefects(text: string, eol: string): string {
  const lines = text.split(eol);
  lines[1] = `${lines[1]}  \t`;
  return `\ufeff${lines.join(eol)}`;
}

/** The names of the files in a folder (to find leftover temporary files). */
export async function listNames(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}
