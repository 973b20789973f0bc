export * from './layout.js';
export * from './ics.js';
export * from './next-practice.js';
