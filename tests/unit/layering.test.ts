import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/model/example.ts', "import { Board } from '../../renderer/features/board/board.js';\nexport const x = Board;", 'shared/ is pure'],
    ['shared/model/example.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'shared/ runs in the browser'],
    ['shared/model/example.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;", 'only renderer/persistence/'],
    ['renderer/features/example.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", 'renderer/platform/'],
    ['renderer/features/example.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;", 'Only renderer/persistence/ imports Dexie'],
    ['electron/main/example.ts', "import { Board } from '../../renderer/features/board/board.js';\nexport const x = Board;", 'electron/ is the main process'],
  ])('%s: rejects %s', async (filePath, code, expected) => {
    const found = await messages(filePath, code);
    expect(found.join('\n').toLowerCase()).toContain(expected.toLowerCase());
  });

  it('lets renderer/persistence import Dexie and shared import shared', async () => {
    expect(await messages('renderer/persistence/example.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;")).toEqual([]);
    expect(await messages('shared/commands/example.ts', "import { LANES } from '../model/index.js';\nexport const x = LANES;")).toEqual([]);
  });
});
