import type { ChildProcess, SpawnOptions } from 'node:child_process';

/** Inputs of {@link startElectron}; every field defaults to the current process. */
export interface StartElectronOptions {
  /** Project root holding package.json and dist/. */
  readonly root?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly platform?: string;
  /** Folder of the `electron` npm package. */
  readonly electronDir?: string;
  /** Extra arguments for the app, e.g. a `.remit.json` path. */
  readonly args?: readonly string[];
  /** Where the one-line error goes (stderr by default). */
  readonly printError?: (line: string) => void;
  /** Fetches the Electron binary when missing; true on success (the electron installer by default). */
  readonly download?: (root: string) => boolean;
  readonly spawn?: (command: string, args: readonly string[], options: SpawnOptions) => ChildProcess;
}

/** Starts Electron on the built app; resolves with the exit code (1 with one line when it cannot). */
export function startElectron(options?: StartElectronOptions): Promise<number>;
