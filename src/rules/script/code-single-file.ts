import { defineFolderRule } from '../../types';

export default defineFolderRule('ppc-code-single-file', {
  description: 'A connector has at most one custom-code file.',
  severity: 'error',
  check(connector) {
    const files = connector.files.filter((f) => f.kind === 'script');
    if (files.length <= 1) return [];
    return files.slice(1).map((f) => ({
      source: f.path,
      message: `The folder has ${files.length} custom-code files (${files.map((s) => s.name).join(', ')}); a connector takes one script.csx: merge them into one.`,
    }));
  },
  'x-ppc': {
    requirements: ['code-single-file'],
    section: '15',
    sources: ['L-CODE FAQ'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [
        {
          description: 'Two scripts.',
          files: {
            'script.csx': 'public class Script : ScriptBase { }\n',
            'helpers.csx': 'public class Helpers { }\n',
          },
        },
      ],
      valid: [{ description: 'One script.', files: { 'script.csx': 'public class Script : ScriptBase { }\n' } }],
    },
  },
});
