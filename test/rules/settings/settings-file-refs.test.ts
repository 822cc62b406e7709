import { posix } from 'node:path';
import { insideFolder } from '../../../src/rules/settings/settings-file-refs';
import { lintFolderRule } from '../../helpers/lint';
import { folderScenarios, documentedFiles } from '../../helpers/scenarios';

describe('settings.json rules', () => {
  it('ppc-settings-file-refs: a path leaving the folder is reported and never read; a missing file is reported', async () => {
    expect(insideFolder('../secret.json')).toEqual({ escape: 'a path outside the connector folder' });
    expect(insideFolder('a/../../x')).toEqual({ escape: 'a path outside the connector folder' });
    expect(insideFolder('/etc/passwd')).toEqual({ escape: 'an absolute path' });
    expect(insideFolder('C:\\x\\apiProperties.json')).toEqual({ escape: 'an absolute path' });
    expect(insideFolder('./apiProperties.json')).toEqual({ name: 'apiProperties.json' });
    // Folded as path.posix.normalize folds them.
    for (const value of [
      'a//b/./c',
      'a/b/../c/',
      './x/../y',
      'a/../../b',
      '..',
      '.',
      'x/..',
      'a/./',
      '../a/b',
      'a/b/../../..',
    ])
      expect(insideFolder(value)).toEqual(
        posix.normalize(value) === '..' || posix.normalize(value).startsWith('../')
          ? { escape: 'a path outside the connector folder' }
          : { name: posix.normalize(value).replace(/^\.\//, '') },
      );
    const results = await lintFolderRule('ppc-settings-file-refs', {
      'settings.json': {
        json: {
          apiProperties: '../../../etc/passwd',
          apiDefinition: 'apidefinition.swagger.json',
          script: 'script.csx',
        },
      },
    });
    expect(results.map((r) => r.message)).toEqual([
      expect.stringContaining('outside the connector folder'),
      expect.stringContaining('found "apiDefinition.swagger.json"'),
      expect.stringContaining('"script.csx", which is not in the connector folder'),
    ]);
    expect(
      await lintFolderRule('ppc-settings-file-refs', {
        'settings.json': {
          json: { apiProperties: 'apiProperties.json', apiDefinition: 'apiDefinition.swagger.json', icon: '' },
        },
      }),
    ).toEqual([]);
  });
});

describe('ppc-settings-file-refs scenarios', () => {
  folderScenarios('ppc-settings-file-refs', [
    {
      name: 'A path outside the folder.',
      files: documentedFiles('ppc-settings-file-refs', 'invalid'),
      expect: [
        {
          path: ['apiProperties'],
          line: 2,
          message: 'settings.json apiProperties is "../shared/apiProperties.json", a path outside the connector folder',
        },
      ],
    },
    {
      name: 'A missing icon.',
      files: documentedFiles('ppc-settings-file-refs', 'invalid', 1),
      expect: [
        {
          path: ['icon'],
          line: 4,
          message: 'settings.json icon names "icon.png", which is not in the connector folder',
        },
      ],
    },
    {
      name: 'Files of the folder.',
      files: documentedFiles('ppc-settings-file-refs', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', files: {}, expect: [] },
  ]);
});
