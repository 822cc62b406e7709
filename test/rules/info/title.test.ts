describe('title rules', () => {});
