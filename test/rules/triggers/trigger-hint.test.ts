import { ruleScenarios, documentedEdit } from '../../helpers/scenarios';
import { lintRule, SEVERITY } from '../../helpers/lint';
import { messages, pollingOp, withPolling } from '../../helpers/triggers';

describe('ppc-trigger-hint', () => {
  ruleScenarios('ppc-trigger-hint', [
    {
      name: 'A trigger without a hint.',
      edit: documentedEdit('ppc-trigger-hint', 'invalid'),
      expect: [{ path: ['paths', '/tasks/trigger', 'get'], line: 134, message: 'Trigger has no x-ms-trigger-hint' }],
    },
    {
      name: 'A trigger with a hint.',
      edit: documentedEdit('ppc-trigger-hint', 'valid'),
      expect: [],
    },
    { name: 'the valid fixture', edit: () => {}, expect: [] },
  ]);
});

describe('ppc-trigger-hint, further cases', () => {
  it('ppc-trigger-hint asks for a hint on visible triggers', async () => {
    const doc = withPolling();
    delete pollingOp(doc)['x-ms-trigger-hint'];
    const [d] = await lintRule('ppc-trigger-hint', doc);
    expect(d).toMatchObject({ severity: SEVERITY.info, path: ['paths', '/tasks/trigger', 'get'] });
    expect(d.message).toContain('has no x-ms-trigger-hint');
    pollingOp(doc)['x-ms-trigger-hint'] = ' ';
    expect(await messages('ppc-trigger-hint', doc)).toEqual([
      expect.stringContaining('has an empty x-ms-trigger-hint'),
    ]);
    pollingOp(doc)['x-ms-trigger-hint'] = 42;
    expect(await lintRule('ppc-trigger-hint', doc)).toEqual([]);
    expect(await lintRule('ppc-trigger-hint', withPolling())).toEqual([]);
  });
});
