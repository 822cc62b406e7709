describe('pagination rules', () => {});
