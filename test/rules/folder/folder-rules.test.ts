import { headingsOf } from '../../../src/rules/readme/headings';
import { operationIdsTested, usings, withoutComments } from '../../../src/rules/script/csharp';
import { scriptFor } from '../../../src/rules/script/examples';
import { lintFolderRule } from '../../helpers/lint';

describe('readme rules', () => {
  it('reads headings outside code fences, with setext underlines', () => {
    const headings = headingsOf('# Title\n```\n## Not a heading\n```\nSection\n---\n## *Known* issues ##\n');
    expect(headings.map((h) => [h.level, h.text])).toEqual([
      [1, 'Title'],
      [2, 'Section'],
      [2, 'Known issues'],
    ]);
    expect(headingsOf('')).toEqual([]);
  });
});

describe('script rules', () => {
  it('C# reading: comments blanked, strings kept, usings and operation ids found', () => {
    const code = withoutComments(
      '// using System.Data;\nusing System.Text; /* "x" */\nvar s = "// not a comment";\nif (this.Context.OperationId == "A" || "B" == Context.OperationId) {}\n',
    );
    expect(usings(code).map((u) => u.namespace)).toEqual(['System.Text']);
    expect(code).toContain('"// not a comment"');
    expect(operationIdsTested(code).map((o) => o.id)).toEqual(['A', 'B']);
    expect(operationIdsTested(withoutComments(scriptFor(['X', 'Y']))).map((o) => o.id)).toEqual(['X', 'Y']);
    expect(operationIdsTested('switch (x) { case "NotAnOperation": break; }')).toEqual([]);
  });
});

describe('cross-file rules', () => {
  it('never throws on odd apiProperties and definitions', async () => {
    const odd = {
      json: {
        properties: {
          connectionParameters: [1, null],
          scriptOperations: 'x',
          policyTemplateInstances: [null, { parameters: [] }],
        },
      },
    };
    const rules = [
      'ppc-auth-consistency',
      'ppc-script-operations',
      'ppc-policy-template-operation-exists',
      'ppc-pageable-policy',
      'ppc-code-operations-declared',
      'ppc-code-no-gateway',
    ];
    for (const id of rules)
      await expect(
        lintFolderRule(id, {
          'apiProperties.json': odd,
          'apiDefinition.swagger.json': { json: { paths: [] } },
          'script.csx': 'switch (OperationId) {',
        }),
      ).resolves.toBeDefined();
  });
});
