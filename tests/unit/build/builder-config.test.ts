import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configPath = require.resolve('../../../electron-builder.config.cjs');

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  files: string[];
  fileAssociations: { ext: string; icon?: string }[];
  linux: { target: string[]; icon: string; maintainer: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
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
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']),
    );
    // Other dist/ folders are parallel test and bench builds: they must not ship.
    expect(config.files).not.toContain('dist/**/*');
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

  it('points at an icon set that exists: sized PNGs, .ico and .icns, and the document icons', () => {
    const root = path.resolve(path.dirname(configPath));
    const config = load();
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const file = path.join(root, config.linux.icon, `${size}x${size}.png`);
      expect(existsSync(file), file).toBe(true);
      // PNG signature, then IHDR width and height (big-endian) at bytes 16 and 20.
      const bytes = readFileSync(file);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(readFileSync(path.join(root, config.win.icon)).readUInt16BE(0)).toBe(0);
    expect(readFileSync(path.join(root, config.mac.icon)).subarray(0, 4).toString('latin1')).toBe('icns');
    const documentIcon = config.fileAssociations[0]?.icon ?? '';
    expect(existsSync(path.join(root, 'build', `${documentIcon}.ico`))).toBe(true);
    expect(existsSync(path.join(root, 'build', `${documentIcon}.icns`))).toBe(true);
  });

  it('names a deb maintainer with an email (the deb target refuses to build without one)', () => {
    expect(load().linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    const packageJson = JSON.parse(
      readFileSync(path.join(path.dirname(configPath), 'package.json'), 'utf8'),
    ) as {
      author?: string;
    };
    expect(packageJson.author).toMatch(/<[^@\s]+@[^@\s]+>/);
  });
});
