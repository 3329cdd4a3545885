export * from './ids.js';
export * from './owner.js';
export * from './scenario.js';
export * from './library.js';
