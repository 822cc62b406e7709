import { defineFolderRule } from '../../types';
import { isScriptName } from './connector-files';

function advice(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'icon.png') return 'upload the icon in Partner Center / ISV Studio instead';
  if (lower === 'settings.json') return 'keep it locally for paconn, out of the pull request';
  if (lower === 'intro.md') return 'it belongs in the Partner Center package';
  if (name.endsWith('/')) return 'remove the folder from the pull request';
  return 'remove it from the pull request';
}

export default defineFolderRule('ppc-file-no-extra-artifacts', {
  description:
    'The pull request folder holds only the definition, `apiProperties.json`, the readme and `script.csx`: no icon, `settings.json`, images, zips or screenshots.',
  severity: 'warn',
  check(connector) {
    if (connector.dir === null) return [];
    return connector.files
      .filter(
        (f) =>
          !(['swagger', 'apiProperties', 'readme', 'script'] as string[]).includes(f.kind) && !isScriptName(f.name),
      )
      .map((f) => ({
        source: f.path,
        message: `${f.name} is not part of a connector pull request; ${advice(f.name)} (reviewers ask for icons, settings.json, images and screenshots to be removed).`,
      }));
  },
  'x-ppc': {
    requirements: ['file-no-extra-artifacts'],
    section: '1',
    sources: ['PR#773', 'PR#3640', 'PR#4237', 'PR#1117', 'PR#746'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'settings.json left in the folder.',
          files: {
            'settings.json': {
              json: {
                connectorId: '',
                environment: '',
                apiProperties: 'apiProperties.json',
                apiDefinition: 'apiDefinition.swagger.json',
                icon: 'icon.png',
              },
            },
          },
        },
        { description: 'A screenshots folder.', files: { 'screenshots/flow.txt': 'placeholder' } },
      ],
      valid: [
        {
          description: 'The definition, apiProperties.json, the readme and a script.',
          files: { 'script.csx': 'public class Script : ScriptBase { }\n' },
        },
      ],
    },
  },
});
