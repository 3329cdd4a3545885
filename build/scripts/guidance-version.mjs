// The guidance version: a hash of the source of everything the guidance check runs (the files
// shared/guidance/index.ts imports, directly or not, and the versions of the packages they
// import). Vite injects it into the renderer as __GUIDANCE_VERSION__ (vite.config.ts), and
// Vitest the same way (vitest.config.ts), so a check result stored by one build of Remit is
// never shown by a build whose guidance reads plans differently (renderer/state/check-cache.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

/** The source file a relative import names (`./text.js` is text.ts in this repository). */
function sourceOf(from, specifier) {
  const target = resolve(dirname(from), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`guidance-version: cannot resolve ${specifier} from ${from}`);
}

/** The package a bare import names (`@scope/name/sub` → `@scope/name`). */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * A short hex hash of the guidance's sources and package versions. Changes whenever a file the
 * check imports changes (code, knowledge base, vocabulary, lexicon data), or one of its packages.
 */
export function guidanceVersion(root = ROOT) {
  const files = new Set();
  const packages = new Set();
  const queue = [join(root, 'shared/guidance/index.ts')];
  while (queue.length > 0) {
    const file = queue.pop();
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1];
      if (specifier.startsWith('.')) queue.push(sourceOf(file, specifier));
      else packages.add(packageOf(specifier));
    }
  }
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(`${relative(root, file)}\0${readFileSync(file, 'utf8')}\0`);
  }
  for (const name of [...packages].sort()) {
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    hash.update(`${name}@${manifest.version}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}
