import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript bench module, no type declarations
import { dropFrameBudget, judge } from '../../../build/scripts/bench/stats.mjs';

interface Figure {
  readonly id: string;
  readonly p95: number;
  readonly median: number;
  readonly runBudget?: unknown;
}
interface Judged {
  readonly pass: boolean | null;
  readonly budget: string | null;
}
const judged = (figure: Figure): Judged => (judge as (figure: Figure) => Judged)(figure);
const budgetFor = (baselineP95: number) => (dropFrameBudget as (p95: number) => Figure['runBudget'])(baselineP95);

describe('the bench judges a drop against one frame, or the bare board when it cannot make one', () => {
  it('holds a drop to 16 ms p95 while the bare board makes the frame', () => {
    expect(budgetFor(15.9)).toBeNull();
    expect(budgetFor(16)).toBeNull();
    expect(judged({ id: 'drop.keyboard.paint', median: 10, p95: 16, runBudget: budgetFor(12) }).pass).toBe(true);
    expect(judged({ id: 'drop.keyboard.paint', median: 10, p95: 16.5, runBudget: budgetFor(12) }).pass).toBe(false);
  });

  it('holds it to 1.5× the bare board’s p95 when the bare board’s own p95 is over 16 ms, and says so', () => {
    const runBudget = budgetFor(20);
    const within = judged({ id: 'drop.pointer.paint', median: 20, p95: 30, runBudget });
    expect(within.pass).toBe(true);
    expect(within.budget).toContain('1.5× bare p95 (20.0 ms > 16)');
    expect(judged({ id: 'drop.pointer.paint', median: 20, p95: 30.1, runBudget }).pass).toBe(false);
  });

  it('fails when nothing was measured, whatever the budget', () => {
    expect(judged({ id: 'drop.pointer.paint', median: Number.NaN, p95: Number.NaN, runBudget: budgetFor(20) }).pass).toBe(false);
    expect(budgetFor(Number.NaN)).toBeNull();
  });
});
