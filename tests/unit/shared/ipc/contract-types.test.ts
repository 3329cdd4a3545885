import { describe, expect, it } from 'vitest';
import type { IpcHandlers } from '../../../../electron/main/ipc.js';
import type { RemitBridge } from '../../../../shared/ipc/bridge.js';
import type { InvokeChannel } from '../../../../shared/ipc/channels.js';

// These checks run in the typechecker (`tsc -b`): each @ts-expect-error fails the build if the
// line below it ever compiles, i.e. if the contract stops catching the mistake.

describe('the IPC contract at compile time', () => {
  it('rejects a missing handler, an extra channel and wrong payloads', () => {
    // @ts-expect-error -- 'dialog:open-file' has no handler
    const missingHandler: IpcHandlers = {
      'app:get-info': () => ({ version: '1', platform: 'linux' }),
      'dialog:save-file': () => ({ saved: false }),
    };

    const extraChannel = {
      'app:get-info': true,
      'dialog:save-file': true,
      'dialog:open-file': true,
      'export:pdf': true,
      'print:report-ready': true,
      // @ts-expect-error -- not a channel of the contract
      'shell:run-command': true,
    } as const satisfies Record<InvokeChannel, true>;

    // @ts-expect-error -- a channel missing from an allowlist
    const missingChannel = { 'app:get-info': true } as const satisfies Record<InvokeChannel, true>;

    const wrongPayload = (bridge: RemitBridge): unknown => [
      // @ts-expect-error -- save needs a SaveFileRequest
      bridge.invoke('dialog:save-file'),
      // @ts-expect-error -- get-info takes no payload
      bridge.invoke('app:get-info', {}),
      // @ts-expect-error -- unknown channel
      bridge.invoke('fs:read-file', '/etc/passwd'),
      // @ts-expect-error -- the event carries a MenuCommand, not a number
      bridge.on('menu:run-command', (command: number) => command),
    ];

    expect([missingHandler, extraChannel, missingChannel, wrongPayload]).toHaveLength(4);
  });
});
