export * from './explain-approach.js';
export * from './complexity.js';
