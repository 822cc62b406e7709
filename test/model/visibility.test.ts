import { isHiddenAt, isInternal } from '../../src/model/visibility';

describe('visibility', () => {
  it('isInternal accepts any case and surrounding spaces, and nothing else', () => {
    expect(isInternal({ 'x-ms-visibility': 'internal' })).toBe(true);
    expect(isInternal({ 'x-ms-visibility': ' Internal ' })).toBe(true);
    expect(isInternal({ 'x-ms-visibility': 'advanced' })).toBe(false);
    expect(isInternal({ 'x-ms-visibility': true })).toBe(false);
    expect(isInternal(null)).toBe(false);
    expect(isInternal([{ 'x-ms-visibility': 'internal' }])).toBe(false);
  });

  it('isHiddenAt is true below a hidden ancestor and false elsewhere', () => {
    const doc = {
      paths: {
        '/a': {
          get: { 'x-ms-visibility': 'internal', parameters: [{ name: 'q' }] },
          post: { parameters: [{ name: 'q' }] },
        },
      },
      definitions: {
        T: { properties: { secret: { 'x-ms-visibility': 'internal', properties: { inner: {} } }, open: {} } },
      },
    };
    expect(isHiddenAt(doc, ['paths', '/a', 'get', 'parameters', 0])).toBe(true);
    expect(isHiddenAt(doc, ['paths', '/a', 'post', 'parameters', 0])).toBe(false);
    expect(isHiddenAt(doc, ['definitions', 'T', 'properties', 'secret', 'properties', 'inner'])).toBe(true);
    expect(isHiddenAt(doc, ['definitions', 'T', 'properties', 'open'])).toBe(false);
    expect(isHiddenAt(doc, ['definitions', 'constructor', 'x'])).toBe(false);
  });
});
