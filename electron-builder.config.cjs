// electron-builder configuration for `npm run dist` (see the README, "Desktop app, security and
// installers").
//
// Release vs test build: Playwright's `_electron` drives the app through `--inspect`/
// `--remote-debugging-port`, which the `enableNodeCliInspectArguments` fuse turns off. A release
// build keeps it off, so nobody can attach a debugger to an installed Remit and run code with
// its privileges. Set REMIT_TEST_BUILD=1 to package a build for end-to-end tests with that one
// fuse left on (output in release/test, so the two never mix); every other fuse is the same in
// both builds. Never ship a REMIT_TEST_BUILD package.
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
  // The bundles are self-contained (esbuild); node_modules are not needed at run time. Only the
  // app's own build output ships: other folders under dist/ are test and bench builds.
  files: ['dist/electron/**/*', 'dist/renderer/**/*', '!dist/**/*.map', 'package.json', '!node_modules/**/*'],
  asar: true,
  // No native modules: nothing to rebuild for Electron's ABI.
  npmRebuild: false,
  fileAssociations: [
    {
      ext: 'remit.json',
      name: 'Remit scenario',
      description: 'Remit scenario',
      mimeType: 'application/x-remit+json',
      role: 'Editor',
      // build/remit-document.ico (Windows) and build/remit-document.icns (macOS).
      icon: 'remit-document',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    // Sized PNGs named NxN.png, rendered from build/icon.svg by build/scripts/build-icons.sh.
    icon: 'build/icons',
    category: 'Office',
    executableName: 'remit',
    synopsis: 'Plan who owns what between the CIO and the CTO',
    maintainer: 'Remit team <team@remit.invalid>',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerIcon: 'build/icon.ico',
    uninstallerIcon: 'build/icon.ico',
  },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.icns',
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  dmg: {
    title: 'Remit ${version}',
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
