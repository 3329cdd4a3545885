// Development: the Vite dev server for the renderer (open its URL in a browser). Electron
// needs a built renderer served from app://, so "npm start" is the way to run the desktop app.
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
