import { lintRule, validSwagger } from '../../helpers/lint';
const IDS = [
  'ppc-property-x-ms-summary',
  'ppc-property-description',
  'ppc-response-property-x-ms-summary',
  'ppc-property-title',
];

describe('schema property rules', () => {
  it('are silent on the valid fixture and survive odd input', async () => {
    for (const id of IDS) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
    const doc = validSwagger();
    doc.definitions.Task.properties = {
      a: null,
      b: [],
      c: 'x',
      d: { $ref: '#/definitions/Missing' },
      e: { $ref: '#/definitions/Task' },
    };
    doc.definitions.NewTask = { $ref: '#/definitions/NewTask' };
    for (const id of IDS) await expect(lintRule(id, doc)).resolves.toBeDefined();
  });
});
