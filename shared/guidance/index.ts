export * from './sources.js';
export * from './topics.js';
export * from './suggest.js';
export { canonicalKey, contentStems } from './text.js';
