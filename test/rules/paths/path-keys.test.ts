describe('path key rules', () => {});
