import { describe, expect, it } from 'vitest';
import {
  EVENT_CHANNELS,
  EVENT_PAYLOAD_SCHEMAS,
  INVOKE_CHANNELS,
  INVOKE_REQUEST_SCHEMAS,
  isEventChannel,
  isInvokeChannel,
} from '../../../../shared/ipc/index.js';

const NAME = /^[a-z]+:[a-z]+(-[a-z]+)*$/;

describe('IPC contract', () => {
  it('names every channel area:verb-noun', () => {
    for (const channel of [...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)]) {
      expect(channel).toMatch(NAME);
    }
  });

  it('has a schema for exactly the allowlisted channels', () => {
    expect(Object.keys(INVOKE_REQUEST_SCHEMAS).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
    expect(Object.keys(EVENT_PAYLOAD_SCHEMAS).sort()).toEqual(Object.keys(EVENT_CHANNELS).sort());
  });

  it('does not treat inherited names as channels', () => {
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(isInvokeChannel(name)).toBe(false);
      expect(isEventChannel(name)).toBe(false);
    }
    expect(isInvokeChannel(42)).toBe(false);
  });
});
