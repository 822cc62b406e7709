describe('host, basePath and schemes rules', () => {});
