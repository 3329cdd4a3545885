import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../../shared/ipc/bridge.js';
import { createBridge } from './create-bridge.js';

// The whole preload: one frozen object on `window.remit`, never the raw ipcRenderer. Bundled to
// a single CommonJS file because sandboxed preloads cannot load ES modules or other files.
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createBridge(ipcRenderer));
