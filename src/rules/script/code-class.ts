import { defineFolderRule } from '../../types';
import { quote } from '../../utils/guards';
import { VALID_SCRIPT } from './examples';
import { scripts } from './csharp';

export default defineFolderRule('ppc-code-class', {
  description: 'The custom code defines `public class Script : ScriptBase` (the class must be named `Script`).',
  severity: 'error',
  check(connector) {
    return scripts(connector).flatMap(({ file, code }) => {
      if (/\bclass\s+Script\s*:\s*ScriptBase\b/.test(code)) return [];
      const other = /\bclass\s+(\w+)\s*:\s*ScriptBase\b/.exec(code);
      const message = other
        ? `${file.name} derives ${quote(other[1])} from ScriptBase; name the class "Script" (the platform runs the class named Script).`
        : `${file.name} has no "public class Script : ScriptBase"; define it (the platform runs that class's ExecuteAsync).`;
      return [{ source: file.path, message }];
    });
  },
  'x-ppc': {
    requirements: ['code-class'],
    section: '15',
    sources: ['L-CODE'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'Another class name.',
          files: { 'script.csx': VALID_SCRIPT.replace('class Script', 'class ContosoScript') },
        },
      ],
      valid: [{ description: 'The Script class.', files: { 'script.csx': VALID_SCRIPT } }],
    },
  },
});
