/** Example scripts for the custom-code rules' docs and tests. */

export const VALID_SCRIPT =
  'public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n';

/** A script that branches on operation ids. */
export function scriptFor(ids: string[]): string {
  const cases = ids.map((id) => `            case "${id}":\n                break;\n`).join('');
  return `public class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        switch (this.Context.OperationId)\n        {\n${cases}        }\n        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);\n    }\n}\n`;
}
