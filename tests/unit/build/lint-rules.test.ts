import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const typed = new ESLint();
const untyped = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
// Type-aware linting needs the file in a tsconfig, so typed code is linted as if it were the
// text of a file that exists (lintText never writes it); shared/'s project is the smallest.
const SHARED_FILE = 'shared/model/ids.ts';
const TEST_FILE = 'tests/unit/example.test.ts';

async function rules(filePath: string, code: string): Promise<string[]> {
  const eslint = filePath === SHARED_FILE ? typed : untyped;
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint: tests cannot be focused on the branch', { timeout: 60_000 }, () => {
  it.each([
    "describe.only('x', () => undefined);",
    "it.only('x', () => undefined);",
    "test.only('x', () => undefined);",
    "it.only.each([1])('x %i', () => undefined);",
    "test.describe.only('x', () => undefined);",
  ])('refuses %s', async (line) => {
    const code = `import { describe, it, test } from 'vitest';\nvoid describe;\nvoid it;\nvoid test;\n${line}\n`;
    expect(await rules(TEST_FILE, code)).toContain('no-restricted-syntax');
  });

  it('lets the same tests run unfocused', async () => {
    const code = "import { it } from 'vitest';\nit('x', () => undefined);\n";
    expect(await rules(TEST_FILE, code)).toEqual([]);
  });
});

describe('lint: type-aware rules', { timeout: 60_000 }, () => {
  it('refuses a floating promise', async () => {
    const code = 'async function save(): Promise<void> {}\nexport function run(): void {\n  save();\n}\n';
    expect(await rules(SHARED_FILE, code)).toContain('@typescript-eslint/no-floating-promises');
  });

  it('refuses a switch over a union that misses a member', async () => {
    const code = [
      "export type Lane = 'CIO' | 'CTO' | 'Shared';",
      'export function label(lane: Lane): string {',
      '  switch (lane) {',
      "    case 'CIO':",
      "      return 'c';",
      "    case 'CTO':",
      "      return 't';",
      '  }',
      "  return '';",
      '}',
      '',
    ].join('\n');
    expect(await rules(SHARED_FILE, code)).toContain('@typescript-eslint/switch-exhaustiveness-check');
  });
});
