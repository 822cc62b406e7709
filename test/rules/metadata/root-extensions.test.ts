describe('root-level x-ms extension rules', () => {});
