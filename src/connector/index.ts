export * from './errors';
export * from './files';
export * from './load';
export * from './text';
