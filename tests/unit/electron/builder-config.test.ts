import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configPath = require.resolve('../../../electron-builder.config.cjs');

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  files: string[];
  fileAssociations: { ext: string }[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
  electronFuses: Record<string, boolean>;
}

function load(env: Record<string, string | undefined> = {}): BuilderConfig {
  const saved = process.env['REMIT_TEST_BUILD'];
  if (env['REMIT_TEST_BUILD'] === undefined) delete process.env['REMIT_TEST_BUILD'];
  else process.env['REMIT_TEST_BUILD'] = env['REMIT_TEST_BUILD'];
  try {
    delete require.cache[configPath];
    return require(configPath) as BuilderConfig;
  } finally {
    if (saved === undefined) delete process.env['REMIT_TEST_BUILD'];
    else process.env['REMIT_TEST_BUILD'] = saved;
  }
}

afterEach(() => {
  delete require.cache[configPath];
});

describe('electron-builder.config.cjs', () => {
  it("passes electron-builder's own schema validation", { timeout: 30_000 }, async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(load(), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration(load({ REMIT_TEST_BUILD: '1' }), new DebugLogger(false)),
    ).resolves.toBeUndefined();
  });

  it('names the app and its resources', () => {
    const config = load();
    expect(config.appId).toBe('app.remit.desktop');
    expect(config.productName).toBe('Remit');
    expect(config.directories.buildResources).toBe('build');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
  });

  it('targets AppImage, deb, NSIS and dmg and associates .remit.json', () => {
    const config = load();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations.map((association) => association.ext)).toEqual(['remit.json']);
  });

  it('sets the release fuses, with CLI inspect off', () => {
    expect(load().electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('turns only CLI inspect on in a REMIT_TEST_BUILD', () => {
    const release = load().electronFuses;
    const test = load({ REMIT_TEST_BUILD: '1' }).electronFuses;
    expect(test['enableNodeCliInspectArguments']).toBe(true);
    expect({ ...test, enableNodeCliInspectArguments: false }).toEqual(release);
  });
});
