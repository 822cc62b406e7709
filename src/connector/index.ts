export * from './errors';
export * from './files';
export * from './load';
export * from './regular-file';
export * from './text';
