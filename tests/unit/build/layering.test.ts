import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it, vi } from 'vitest';

// The example files do not exist, so the type-aware rules (which need them in a tsconfig) are
// switched off; the import rules under test do not use types.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

// Each lint resolves the module graph behind the import (the cycle rule walks it): seconds on a
// loaded machine, not milliseconds.
vi.setConfig({ testTimeout: 60_000 });

/** The rules that keep each layer and room in its place. */
const LAYER_RULES = new Set(['no-restricted-imports', 'import-x/no-restricted-paths', 'import-x/no-cycle', 'no-restricted-properties']);

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId && LAYER_RULES.has(message.ruleId)).map((message) => message.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/model/example.ts', "import { Board } from '../../../renderer/features/board/board.js';\nexport const x = Board;", 'shared/ is pure'],
    ['shared/model/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'shared/ runs in the browser'],
    ['shared/model/example.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;", 'only renderer/persistence/'],
    ['renderer/features/example.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", 'renderer/platform/'],
    ['renderer/features/example.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;", 'Only renderer/persistence/ imports Dexie'],
    ['electron/main/example.ts', "import { Board } from '../../../renderer/features/board/board.js';\nexport const x = Board;", 'electron/ is the main process'],
  ])('%s: rejects %s', async (filePath, code, expected) => {
    const found = await messages(filePath, code);
    expect(found.join('\n').toLowerCase()).toContain(expected.toLowerCase());
  });

  it('lets renderer/persistence import Dexie and shared import shared', async () => {
    expect(await messages('renderer/persistence/example.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;")).toEqual([]);
    expect(await messages('shared/commands/example.ts', "import { LANES } from '../model/index.js';\nexport const x = LANES;")).toEqual([]);
  });
});

describe('renderer rooms', () => {
  it.each([
    ['a feature importing another feature', 'renderer/features/board/example.ts', "import { AddCardProvider } from '../editor/add-card.js';\nexport const x = AddCardProvider;", 'never imports another feature'],
    ['a feature importing persistence/', 'renderer/features/library/example.ts', "import { ScenarioRepository } from '../../persistence/repository.js';\nexport const x = ScenarioRepository;", 'never touch storage'],
    ['a feature importing app/', 'renderer/features/help/example.ts', "import { App } from '../../app/app.js';\nexport const x = App;", 'composition root'],
    ['state/ importing a feature', 'renderer/state/example.ts', "import { Board } from '../features/board/board.js';\nexport const x = Board;", 'imports point down'],
    ['ui/ importing state/', 'renderer/ui/example.ts', "import { useStore } from '../state/use-store.js';\nexport const x = useStore;", 'stand below renderer/state/'],
    ['ui/ importing persistence/', 'renderer/ui/example.ts', "import { RemitDatabase } from '../persistence/database.js';\nexport const x = RemitDatabase;", 'without storage'],
    ['the preload importing main', 'electron/preload/example.ts', "import { buildMenuTemplate } from '../main/menu.js';\nexport const x = buildMenuTemplate;", 'never imports the main process'],
    ['window.remit read outside platform/', 'renderer/features/help/example.ts', 'export const x = window.remit;', 'only renderer/platform/ reads the preload bridge'],
    ['an import cycle', 'shared/model/owner.ts', "import { LANES } from './index.js';\nexport const x = LANES;", 'dependency cycle'],
  ])('rejects %s', async (_name, filePath, code, expected) => {
    const found = await messages(filePath, code);
    expect(found.join('\n').toLowerCase()).toContain(expected.toLowerCase());
  });

  it('lets a feature use its own folder, ui/, state/, platform/ and shared/', async () => {
    const code = [
      "import { LaneView } from './lane.js';",
      "import { Dialog } from '../../ui/dialog.js';",
      "import { useStore } from '../../state/use-store.js';",
      "import { getPlatform } from '../../platform/bridge.js';",
      "import { LANES } from '../../../shared/model/index.js';",
      'export const x = [LaneView, Dialog, useStore, getPlatform, LANES];',
    ].join('\n');
    expect(await messages('renderer/features/board/example.ts', code)).toEqual([]);
  });

  it('lets app/ import features and persistence/, and platform/ read window.remit', async () => {
    const app = "import { Board } from '../features/board/board.js';\nimport { RemitDatabase } from '../persistence/database.js';\nexport const x = [Board, RemitDatabase];";
    expect(await messages('renderer/app/example.ts', app)).toEqual([]);
    expect(await messages('renderer/platform/example.ts', 'export const x = window.remit;')).toEqual([]);
  });
});
