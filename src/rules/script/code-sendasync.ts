import { rangeAt } from '../files/connector-files';
import { defineFolderRule } from '../../types';
import { VALID_SCRIPT } from './examples';
import { scripts } from './csharp';

export default defineFolderRule('ppc-code-sendasync', {
  description: 'Custom code sends HTTP requests with `this.Context.SendAsync(…)`, not its own `HttpClient`.',
  severity: 'warn',
  check(connector) {
    return scripts(connector).flatMap(({ file, text, code }) => {
      const match = /\bnew\s+(?:System\.Net\.Http\.)?HttpClient\s*\(/.exec(code);
      if (!match) return [];
      return [
        {
          source: file.path,
          range: rangeAt(text, match.index, match[0].length),
          message: `${file.name} creates its own HttpClient; send requests with this.Context.SendAsync(request, this.CancellationToken) (Microsoft says other clients will be blocked).`,
        },
      ];
    });
  },
  'x-ppc': {
    requirements: ['code-sendasync'],
    section: '15',
    sources: ['L-CODE FAQ'],
    specLevel: 'W',
    examples: {
      invalid: [
        {
          description: 'A new HttpClient.',
          files: {
            'script.csx': VALID_SCRIPT.replace(
              'return await this.Context.SendAsync(',
              'var client = new HttpClient();\n        return await client.SendAsync(',
            ),
          },
        },
      ],
      valid: [{ description: 'Context.SendAsync.', files: { 'script.csx': VALID_SCRIPT } }],
    },
  },
});
