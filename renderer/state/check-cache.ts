import type { CheckInput, CheckResult } from '../../shared/guidance/index.js';
import type { Scenario } from '../../shared/model/index.js';
import type { ScenarioRepository, StoredCheck } from '../persistence/repository.js';

/**
 * Stored guidance checks: the last check of a plan is kept in IndexedDB (see CheckRow), so a
 * plan that opens unchanged shows its badges and findings at once instead of checking every
 * card (and building the guidance's indexes) before the first paint. A stored result is used
 * only when its key matches: the guidance version (a hash of the guidance's sources, injected at
 * build time) and a hash of everything the check reads (cards, context, waivers, stances). The
 * guidance provider checks the plan again once the page is idle and replaces what it showed if
 * the fresh check differs.
 */

/** The running guidance's version (build/scripts/guidance-version.mjs). */
export const GUIDANCE_VERSION: string = __GUIDANCE_VERSION__;

/** JSON with object keys sorted, so equal data gives the same text whatever its key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : stableJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The key of a check of `input` by guidance `version`: the version and the SHA-256 of
 * everything the check reads. Null where the page has no Web Crypto (an insecure origin):
 * nothing is then stored or reused.
 */
export async function checkKey(input: CheckInput, version: string = GUIDANCE_VERSION): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return null;
  const { responsibilities, context, waivers, stances } = input;
  const text = stableJson({ responsibilities, context, waivers, stances });
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return `${version}:${hex}`;
}

/**
 * The key this page last stored (or found stored) per repository and scenario id, so an
 * unchanged plan is not written again.
 */
const lastWritten = new WeakMap<ScenarioRepository, Map<string, string>>();

function writtenIn(repository: ScenarioRepository): Map<string, string> {
  let keys = lastWritten.get(repository);
  if (!keys) {
    keys = new Map();
    lastWritten.set(repository, keys);
  }
  return keys;
}

/** Results read from storage, by the scenario object they were found to match. */
const stored = new WeakMap<Scenario, CheckResult>();

/** What happened to stored checks on this page, for the bench and tests (also as performance marks). */
export const checkCacheCounts = { hits: 0, misses: 0, confirmed: 0, replaced: 0, written: 0 };

function mark(name: string): void {
  try {
    performance.mark(`remit:${name}`);
  } catch {
    // Marks are a measuring aid only.
  }
}

/**
 * Adopts `found` (the scenario's stored check, read beside it) for `scenario` when its key
 * matches the scenario as loaded and this guidance version. Never throws: a failure is a miss.
 */
export async function adoptStoredCheck(
  repository: ScenarioRepository,
  scenario: Scenario,
  found: StoredCheck | null,
): Promise<boolean> {
  let hit: boolean;
  try {
    hit = found !== null && found.key === (await checkKey(scenario));
  } catch {
    hit = false;
  }
  if (hit && found) {
    stored.set(scenario, found.result);
    writtenIn(repository).set(scenario.id, found.key);
    checkCacheCounts.hits += 1;
    mark('check-cache-hit');
  } else {
    checkCacheCounts.misses += 1;
    mark('check-cache-miss');
  }
  return hit;
}

/** The stored result adopted for exactly this scenario object, if any (until it is re-checked). */
export function storedCheckOf(scenario: Scenario): CheckResult | undefined {
  return stored.get(scenario);
}

/** Forgets the stored result of `scenario` once a fresh check has been compared with it. */
export function settleStoredCheck(scenario: Scenario, same: boolean): void {
  stored.delete(scenario);
  if (same) {
    checkCacheCounts.confirmed += 1;
    mark('check-cache-confirmed');
  } else {
    checkCacheCounts.replaced += 1;
    mark('check-cache-replaced');
  }
}

/** Structural equality of plain data (findings, counts, suggestions: no functions, no cycles). */
function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !equalData(value, b.get(key))) return false;
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, index) => equalData(value, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => equalData(left[key], right[key]));
}

/** True when two check results say the same (findings in order, score, counts, per-card guidance). */
export function sameCheck(a: CheckResult, b: CheckResult): boolean {
  return (
    a.score === b.score &&
    equalData(a.counts, b.counts) &&
    equalData(a.findings, b.findings) &&
    equalData(a.byResponsibility, b.byResponsibility)
  );
}

/**
 * Stores `result` as the check of `scenario` (keyed as {@link checkKey}), unless the same key
 * is already stored by this page. Resolves whether it wrote; never rejects (storing is a
 * shortcut for the next load, never a condition of anything).
 */
export async function storeCheck(repository: ScenarioRepository, scenario: Scenario, result: CheckResult): Promise<boolean> {
  try {
    const key = await checkKey(scenario);
    if (key === null || writtenIn(repository).get(scenario.id) === key) return false;
    await repository.saveCheck(scenario.id, key, result, new Date().toISOString());
    writtenIn(repository).set(scenario.id, key);
    checkCacheCounts.written += 1;
    mark('check-cache-written');
    return true;
  } catch {
    return false;
  }
}

