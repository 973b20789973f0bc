export * from './schema.js';
export * from './build.js';
export * from './query.js';
