import { unreadableMessage } from '../../connector/unreadable';
import { defineFolderRule, type FolderFinding } from '../../types';

export const MAX_SCRIPT_BYTES = 1_048_576;

export default defineFolderRule('ppc-code-size', {
  description:
    'The custom-code file (`script.csx`) is a readable file of at most 1 MB (1,048,576 bytes), the platform limit.',
  severity: 'error',
  check(connector) {
    // A script that cannot be read (a pipe, a link out of the folder) has no size to check: say so here, once.
    const unreadable: FolderFinding[] = connector.scripts
      .filter((s) => s.unreadable !== undefined)
      .map((s) => ({ source: s.file.path, message: unreadableMessage(s) }));
    return unreadable.concat(
      connector.files
        .filter((f) => f.kind === 'script' && f.size > MAX_SCRIPT_BYTES)
        .map((f) => ({
          source: f.path,
          message: `${f.name} is ${f.size.toLocaleString('en-US')} bytes; custom code is limited to 1,048,576 bytes (1 MB): move logic to the service or trim the script.`,
        })),
    );
  },
  'x-ppc': {
    requirements: ['code-size', 'limit-script'],
    section: '15',
    sources: ['L-CODE'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A script over 1 MB.',
          files: { 'script.csx': `public class Script : ScriptBase\n{\n${'    // padding\n'.repeat(80_000)}}\n` },
        },
      ],
      valid: [
        {
          description: 'A small script.',
          files: {
            'script.csx':
              'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n',
          },
        },
      ],
    },
  },
});
