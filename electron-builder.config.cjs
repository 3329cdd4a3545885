// electron-builder configuration for `npm run dist`.
//
// Release vs test build: Playwright's `_electron` drives the app through `--inspect`, which the
// `enableNodeCliInspectArguments` fuse turns off. A release build keeps it off. Set
// REMIT_TEST_BUILD=1 to package a build for end-to-end tests with that one fuse left on; every
// other fuse is the same in both builds. Never ship a REMIT_TEST_BUILD package.
const testBuild = process.env.REMIT_TEST_BUILD === '1';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.remit.desktop',
  productName: 'Remit',
  copyright: 'Copyright © Remit contributors',
  directories: {
    buildResources: 'build',
    output: testBuild ? 'release/test' : 'release',
  },
  // The bundles are self-contained (esbuild); node_modules are not needed at run time.
  files: ['dist/**/*', '!dist/**/*.map', 'package.json', '!node_modules/**/*'],
  asar: true,
  fileAssociations: [
    {
      ext: 'remit.json',
      name: 'Remit scenario',
      description: 'Remit scenario',
      mimeType: 'application/x-remit+json',
      role: 'Editor',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'Plan who owns what between the CIO and the CTO',
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: testBuild,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
};
