import type { OpenExternalRequest } from '../../shared/ipc/channels.js';
import { isAllowedExternalUrl } from '../../shared/ipc/external-links.js';
import { IpcFailure } from './ipc-failure.js';

/**
 * Handler of `shell:open-external`: opens an allowlisted https page in the user's browser.
 * The payload schema already refused other URLs; the check is repeated here so that this
 * handler is safe on its own (defence in depth: `shell.openExternal` can launch programs).
 */
export function createOpenExternalHandler(
  openExternal: (url: string) => Promise<void>,
): (request: OpenExternalRequest) => Promise<undefined> {
  return async ({ url }) => {
    if (!isAllowedExternalUrl(url)) {
      throw new IpcFailure('invalid-request', 'Only https pages of the guidance sources can be opened.');
    }
    // Pass the normalised form: what was checked is exactly what is opened.
    await openExternal(new URL(url).href);
    return undefined;
  };
}
