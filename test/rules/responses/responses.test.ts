import { lintRule, validSwagger } from '../../helpers/lint';

const IDS = [
  'ppc-response-code-valid',
  'ppc-response-description',
  'ppc-success-has-schema',
  'ppc-no-empty-schema',
  'ppc-default-no-schema',
  'ppc-not-default-only',
  'ppc-single-response-schema',
  'ppc-error-responses-listed',
  'ppc-response-headers-unique',
  'ppc-response-ref-valid',
  'ppc-response-example-produced',
];

describe('response rules', () => {
  it('are silent on the valid fixture', async () => {
    for (const id of IDS) expect({ id, results: await lintRule(id, validSwagger()) }).toEqual({ id, results: [] });
  });

  it('do not crash on odd shapes', async () => {
    const doc = validSwagger();
    doc.paths['/tasks'].get.responses = null;
    doc.paths['/tasks'].post.responses = ['200'];
    doc.paths['/tasks/{taskId}'].get.responses['200'] = 'text';
    doc.paths['/tasks/{taskId}'].get.responses['404'] = { $ref: 42 };
    doc.paths['/tasks/{taskId}'].delete = [];
    doc.responses = { Loop: { $ref: '#/responses/Loop' } };
    for (const id of IDS) await expect(lintRule(id, doc)).resolves.toBeDefined();
  });
});

describe('ppc-no-empty-schema and default responses', () => {});
