export * from './bridge.js';
export * from './channels.js';
export * from './csp.js';
export * from './external-links.js';
export * from './origin.js';
export * from './print-route.js';
export * from './schemas.js';
