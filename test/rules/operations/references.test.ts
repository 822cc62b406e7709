import { findOperationIdReferences } from '../../../src/utils/operations-references';

describe('ppc-operation-id-references-exist', () => {
  it('findOperationIdReferences is cycle-safe and tolerates odd documents', () => {
    const cyclic: Record<string, unknown> = { paths: {} };
    cyclic.self = cyclic;
    cyclic['x-ms-notification'] = { operationId: 'A' };
    expect(findOperationIdReferences(cyclic)).toEqual([
      { value: 'A', path: ['x-ms-notification', 'operationId'], where: 'x-ms-notification.operationId' },
    ]);
    for (const odd of [null, 1, 'x', [], [{ 'x-ms-dynamic-values': null }], { 'x-ms-dynamic-tree': { open: 'x' } }]) {
      expect(findOperationIdReferences(odd)).toEqual([]);
    }
    let deep: Record<string, unknown> = { 'x-ms-dynamic-schema': { operationId: 'Deep' } };
    for (let i = 0; i < 20_000; i++) deep = { items: deep };
    expect(findOperationIdReferences(deep)).toHaveLength(1);
  });
});
