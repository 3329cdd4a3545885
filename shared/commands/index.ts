export * from './apply-command.js';
export * from './commands.js';
export * from './history.js';
export * from './patch.js';
