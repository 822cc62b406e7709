export * from './guards';
export * from './http';
export * from '../model/visibility';
export * from './words';
export * from './schemas';
