#!/usr/bin/env node
// Launcher for the remit CLI: tsx compiles the TypeScript on the fly, so `npx remit` works
// straight after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./remit.ts');
process.exitCode = main(process.argv.slice(2));
