export * from './time.js';
export * from './record.js';
export * from './readiness.js';
export * from './checklist.js';
export * from './progress.js';
