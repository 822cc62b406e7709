describe('document shape rules', () => {});
