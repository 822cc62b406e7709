describe('MIME type rules', () => {});
