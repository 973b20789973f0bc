export * from './story.js';
export * from './analysis-port.js';
export * from './assess.js';
export * from './coverage.js';
export * from './overuse.js';
export * from './normalize.js';
