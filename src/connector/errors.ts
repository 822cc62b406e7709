/** Bad input the user must fix: a missing path, an unreadable file, an unknown option. Exit code 2. */
export class PpcInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PpcInputError';
  }
}
