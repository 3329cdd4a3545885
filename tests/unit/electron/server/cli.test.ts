import { describe, expect, it } from 'vitest';
import { parseShareLink } from '../../../../shared/collab/index.js';
import { runServerCommand } from '../../../../electron/server/cli.js';
import { verifyToken } from '../../../../electron/server/tokens.js';
import { storedSecret } from '../../../../electron/server/data-dir.js';
import { temporaryFolder, TEST_SECRET } from '../../../support/remit-server.js';

async function run(argv: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runServerCommand(
    argv,
    { out: (text) => (out += text), err: (text) => (err += text) },
    env,
  );
  return { code, out, err };
}

describe('remit invite', () => {
  it('prints a link whose token grants the asked permission on that plan only', async () => {
    const view = await run(['invite', 'plan-cli-0001', '--view', '--url', 'http://192.168.1.20:4321/'], {
      REMIT_SECRET: TEST_SECRET,
    });
    expect(view.code).toBe(0);
    const parsed = parseShareLink(view.out);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.link.server).toBe('http://192.168.1.20:4321');
    expect(parsed.link.plan).toBe('plan-cli-0001');
    await expect(verifyToken(parsed.link.token, 'plan-cli-0001', TEST_SECRET)).resolves.toBe('view');
    await expect(verifyToken(parsed.link.token, 'plan-cli-0002', TEST_SECRET)).rejects.toThrow(
      /another plan/,
    );
  });

  it('makes a new plan id when none is given, signed with the data folder secret', async () => {
    const data = temporaryFolder();
    const secret = storedSecret(data, true)!;
    const made = await run(['invite', '--data', data]);
    const parsed = parseShareLink(made.out);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      await expect(verifyToken(parsed.link.token, parsed.link.plan, secret)).resolves.toBe('edit');
  });

  it.each<[string, string[], Record<string, string>, RegExp]>([
    ['a plan id that is not one', ['invite', '../etc/passwd'], { REMIT_SECRET: TEST_SECRET }, /plan id/],
    ['no secret anywhere', ['invite', '--data', '/nonexistent/remit-data'], {}, /no secret/],
    ['a short secret', ['invite', '--secret', 'short'], {}, /at least 32/],
    ['a bad --url', ['invite', '--url', 'ftp://x'], { REMIT_SECRET: TEST_SECRET }, /--url/],
    ['a zero lifetime', ['invite', '--hours', '0'], { REMIT_SECRET: TEST_SECRET }, /--hours/],
    ['an unknown option', ['serve', '--wat'], {}, /unknown option --wat/],
    ['a port out of range', ['serve', '--port', '70000'], {}, /--port/],
    ['a flag without its value', ['serve', '--port'], {}, /needs a value/],
  ])('refuses %s with one line and exit code 2', async (_name, argv, env, message) => {
    const result = await run(argv, env);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });
});
