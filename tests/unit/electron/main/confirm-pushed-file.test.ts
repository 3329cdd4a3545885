import { describe, expect, it, vi } from 'vitest';
import { confirmPushedFile, type AskUser } from '../../../../electron/main/launch.js';

// eslint-disable-next-line no-control-regex -- the test looks for raw control characters
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('a file pushed through a second instance', () => {
  it('is imported only when the user chooses Import', async () => {
    const yes: AskUser = vi.fn(() => Promise.resolve({ response: 0 }));
    const no: AskUser = vi.fn(() => Promise.resolve({ response: 1 }));
    expect(await confirmPushedFile(yes, '/tmp/plan.remit.json')).toBe(true);
    expect(await confirmPushedFile(no, '/tmp/plan.remit.json')).toBe(false);
  });

  it('defaults to Cancel and names the file safely', async () => {
    const ask = vi.fn<AskUser>(() => Promise.resolve({ response: 1 }));
    await confirmPushedFile(ask, `/tmp/${'x'.repeat(400)}\u001b[2J\u202egnp.remit.json`);
    const options = ask.mock.calls[0]?.[0];
    expect(options).toMatchObject({ buttons: ['Import', 'Cancel'], defaultId: 1, cancelId: 1 });
    expect(options?.message).not.toMatch(RAW_CONTROL);
    expect((options?.message ?? '').length).toBeLessThan(150);
  });
});
