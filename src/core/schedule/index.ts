export * from './card.js';
export * from './schedule.js';
