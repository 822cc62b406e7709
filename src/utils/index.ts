export * from './guards';
export * from './http';
export * from './visibility';
export * from './words';
export * from './schemas';
