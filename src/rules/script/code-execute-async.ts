import { defineFolderRule } from '../../types';
import { VALID_SCRIPT } from './examples';
import { scripts } from './csharp';

const EXECUTE_ASYNC =
  /\boverride\s+(?:async\s+)?(?:System\.Threading\.Tasks\.)?Task\s*<\s*(?:System\.Net\.Http\.)?HttpResponseMessage\s*>\s+ExecuteAsync\s*\(\s*\)/;

export default defineFolderRule('ppc-code-execute-async', {
  description:
    'The `Script` class overrides `Task<HttpResponseMessage> ExecuteAsync()`, the entry point the platform calls.',
  severity: 'error',
  check(connector) {
    return scripts(connector).flatMap(({ file, code }) => {
      if (EXECUTE_ASYNC.test(code)) return [];
      return [
        {
          source: file.path,
          message: `${file.name} does not override "Task<HttpResponseMessage> ExecuteAsync()"; add "public override async Task<HttpResponseMessage> ExecuteAsync()" to the Script class (the platform calls it for every request).`,
        },
      ];
    });
  },
  'x-ppc': {
    requirements: ['code-execute-async'],
    section: '15',
    sources: ['L-CODE'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'A differently named method.',
          files: { 'script.csx': VALID_SCRIPT.replace('ExecuteAsync', 'RunAsync') },
        },
      ],
      valid: [{ description: 'The override.', files: { 'script.csx': VALID_SCRIPT } }],
    },
  },
});
