import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { PpcInputError } from '../../src/connector/errors';
import { readAtRef } from '../../src/git';
import { connectorFoldersFor } from '../../src/changed-files';
import { commitAll, initRepo, tempDir, writeConnector } from './helpers';

describe('readAtRef', () => {
  it('reads a file as it was at a ref, undefined when it did not exist there, and rejects unknown refs', async () => {
    const root = tempDir();
    initRepo(root);
    await fs.mkdir(path.join(root, 'sub dir'));
    await fs.writeFile(path.join(root, 'sub dir', 'a.json'), '{"v": 1}');
    const first = commitAll(root, 'one');
    await fs.writeFile(path.join(root, 'sub dir', 'a.json'), '{"v": 2}');
    await fs.writeFile(path.join(root, 'b.json'), '{}');
    commitAll(root, 'two');
    expect(await readAtRef(root, first, 'sub dir/a.json')).toBe('{"v": 1}');
    expect(await readAtRef(path.join(root, 'sub dir'), 'HEAD', 'a.json')).toBe('{"v": 2}');
    expect(await readAtRef(root, first, 'b.json')).toBeUndefined();
    await expect(readAtRef(root, 'nope', 'b.json')).rejects.toThrow(PpcInputError);
    await expect(readAtRef(tempDir(), 'HEAD', 'b.json')).rejects.toThrow(/not inside a git repository/);
  });
});

describe('connectorFoldersFor', () => {
  it('maps files, deleted ones included, to the nearest connector folder, each once', async () => {
    const root = tempDir();
    await fs.mkdir(path.join(root, '.git'));
    const a = await writeConnector(path.join(root, 'A'));
    await fs.mkdir(path.join(a, 'sub'));
    const folders = await connectorFoldersFor([
      path.join(a, 'apiProperties.json'),
      path.join(a, 'sub', 'deep.txt'),
      path.join(a, 'deleted.csx'),
      path.join(root, 'README.md'),
    ]);
    expect(folders).toEqual([a]);
  });

  it('takes a folder as everything in it: the connector it is or is in, else the connectors under it', async () => {
    const root = tempDir();
    await fs.mkdir(path.join(root, '.git'));
    const a = await writeConnector(path.join(root, 'group', 'my conn'));
    const b = await writeConnector(path.join(root, 'group', 'B'));
    await fs.mkdir(path.join(a, 'sub'));
    expect(await connectorFoldersFor([a])).toEqual([a]);
    expect(await connectorFoldersFor([path.join(a, 'sub')])).toEqual([a]);
    expect(await connectorFoldersFor([path.join(root, 'group')])).toEqual([b, a].sort());
  });
});
