describe('schema limit rules', () => {});
