import { rangeAt } from '../files/connector-files';
import { defineFolderRule } from '../../types';
import { quote } from '../../utils/guards';
import { VALID_SCRIPT } from './examples';
import { scripts, usings } from './csharp';

/** The namespaces custom code may use. */
export const ALLOWED_NAMESPACES = [
  'System',
  'System.Collections',
  'System.Collections.Generic',
  'System.Diagnostics',
  'System.IO',
  'System.IO.Compression',
  'System.Linq',
  'System.Net',
  'System.Net.Http',
  'System.Net.Http.Headers',
  'System.Net.Security',
  'System.Security.Authentication',
  'System.Security.Cryptography',
  'System.Text',
  'System.Text.RegularExpressions',
  'System.Threading',
  'System.Threading.Tasks',
  'System.Web',
  'System.Xml',
  'System.Xml.Linq',
  'System.Drawing',
  'System.Drawing.Drawing2D',
  'System.Drawing.Imaging',
  'Microsoft.Extensions.Logging',
  'Newtonsoft.Json',
  'Newtonsoft.Json.Linq',
];

/**
 * A `using` target is allowed when it is an allowed namespace, or (static or alias) a type inside one (`using static
 * System.Math;`).
 */
function allowed(namespace: string, type: boolean): boolean {
  if (ALLOWED_NAMESPACES.includes(namespace)) return true;
  if (!type) return false;
  const parent = namespace.slice(0, namespace.lastIndexOf('.'));
  return parent !== '' && ALLOWED_NAMESPACES.includes(parent) && /^[A-Z]/.test(namespace.slice(parent.length + 1));
}

export default defineFolderRule('ppc-code-namespaces', {
  description:
    'Custom code imports only the namespaces the platform allows (System, System.Net.Http, System.Linq, Newtonsoft.Json, … ; see the list).',
  severity: 'error',
  check(connector) {
    return scripts(connector).flatMap(({ file, text, code }) =>
      usings(code)
        .filter((u) => !allowed(u.namespace, u.type))
        .map((u) => ({
          source: file.path,
          range: rangeAt(text, u.offset, u.namespace.length),
          message: `${file.name} uses the namespace ${quote(u.namespace)}, which custom code may not import; remove it and use the allowed ones (System.*, Newtonsoft.Json, Microsoft.Extensions.Logging).`,
        })),
    );
  },
  'x-ppc': {
    requirements: ['code-namespaces'],
    section: '15',
    sources: ['L-CODE', 'PR#3478'],
    specLevel: 'E',
    custom: true,
    examples: {
      invalid: [{ description: 'System.Data.', files: { 'script.csx': `using System.Data;\n${VALID_SCRIPT}` } }],
      valid: [
        {
          description: 'Allowed namespaces, a static type and an alias.',
          files: {
            'script.csx': `using System.Net.Http.Headers;\nusing Newtonsoft.Json.Linq;\nusing static System.Math;\nusing Json = Newtonsoft.Json.JsonConvert;\n// using System.Data;\n${VALID_SCRIPT}`,
          },
        },
      ],
    },
  },
});
