/** Duplicate and overlapping responsibilities: same words, same identity, or much the same terms. */
import type { Responsibility, ResponsibilityId } from '../model/index.js';
import { memoTable } from './memo.js';
import type { TitleAnalysis } from './check-analysis.js';
import { DUPLICATE_CITATIONS, OVERLAP_SIMILARITY, findingId, quote } from './check-support.js';
import type { Emit, Finding } from './check-types.js';

interface DuplicateMemo {
  readonly ids: readonly ResponsibilityId[];
  readonly titles: readonly string[];
  readonly findings: readonly Finding[];
}
/** The last plan's duplicate findings: they depend on ids and titles only, not on lanes. */
const duplicateMemo = memoTable<'last', DuplicateMemo>('check.duplicates', 2);

/** The duplicate and overlap findings of a plan, memoised for the last plan’s ids and titles. */
export function duplicateFindings(items: readonly Responsibility[], analyses: readonly TitleAnalysis[]): readonly Finding[] {
  const last = duplicateMemo.get('last');
  if (last && last.ids.length === items.length && items.every((item, index) => item.id === last.ids[index] && item.title === last.titles[index])) {
    return last.findings;
  }
  const findings: Finding[] = [];
  checkDuplicates(items, analyses, (finding) => {
    findings.push(finding);
  });
  duplicateMemo.set('last', { ids: items.map((item) => item.id), titles: items.map((item) => item.title), findings });
  return findings;
}

function sameWords(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

function checkDuplicates(
  items: readonly Responsibility[],
  analyses: readonly TitleAnalysis[],
  emit: Emit,
): void {
  const firstByKey = new Map<string, Responsibility>();
  const representatives = new Map<string, { item: Responsibility; terms: Uint32Array }[]>();
  items.forEach((item, index) => {
    const analysis = analyses[index];
    if (!analysis || !analysis.key) return;
    const first = firstByKey.get(analysis.key);
    if (first) {
      const ids = [item.id, first.id];
      emit({
        id: findingId('duplicate', analysis.suggestion.topic?.id ?? '-', ids),
        ruleId: 'duplicate',
        severity: 'warning',
        responsibilityIds: ids,
        topic: analysis.suggestion.topic,
        message:
          `${sameWords(item.title, first.title) ? `${quote(item.title)} appears twice.` : `${quote(item.title)} repeats ${quote(first.title)} in other words.`} ` +
          'Two cards for one job invite two owners, or none; keep one.',
        citations: DUPLICATE_CITATIONS,
        fix: { label: 'Delete this duplicate', command: { type: 'responsibility/delete', id: item.id } },
      });
      return;
    }
    firstByKey.set(analysis.key, item);
    const topicId = analysis.suggestion.topic?.id;
    if (!topicId) return;
    const group = representatives.get(topicId) ?? [];
    for (const rep of group) {
      if (similarity(analysis.terms, rep.terms) >= OVERLAP_SIMILARITY) {
        const ids = [item.id, rep.item.id];
        emit({
          id: findingId('overlap', topicId, ids),
          ruleId: 'overlap',
          severity: 'info',
          responsibilityIds: ids,
          topic: analysis.suggestion.topic,
          message:
            `${quote(item.title)} and ${quote(rep.item.title)} look like much the same work. ` +
            'If they are, merge them; if not, reword them so the difference is plain.',
          citations: DUPLICATE_CITATIONS,
        });
        return;
      }
    }
    group.push({ item, terms: analysis.terms });
    representatives.set(topicId, group);
  });
}

/** Jaccard similarity of two ascending lists of distinct key ids. */
function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared / (a.length + b.length - shared);
}
