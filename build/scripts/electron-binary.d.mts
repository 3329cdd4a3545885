/** Where {@link findElectron} looks; every field defaults to the current process. */
export interface FindElectronOptions {
  /** Environment to read `ELECTRON_OVERRIDE_DIST_PATH` from. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Node platform name, e.g. `linux`. */
  readonly platform?: string;
  /** Folder of the `electron` npm package; resolved from node_modules when absent. */
  readonly electronDir?: string;
}

/** Where the Electron executable is, or one line saying why there is none. */
export type ElectronLookup =
  { readonly found: true; readonly path: string } | { readonly found: false; readonly reason: string };

/**
 * Locates the Electron executable without `require('electron')` (which would try to download
 * it). Honours `ELECTRON_OVERRIDE_DIST_PATH`.
 */
export function findElectron(options?: FindElectronOptions): ElectronLookup;

/** The one-line message shown when node_modules/electron/dist has no binary. */
export const NO_ELECTRON_MESSAGE: string;
