/**
 * Runs `task` once the frame that shows the changes made so far has been painted: from the next
 * animation frame, as the first ordinary task after it (the frame's style, layout and paint run
 * between the two). A change's write goes here (see ScenarioStore): the drop's own frame shows
 * the card in its new place, and the write's work on the main thread (encoding the row,
 * IndexedDB's copy of it) follows right after, instead of delaying that frame.
 *
 * Never later than `fallbackMs` (a hidden window draws no frames), and at once when the page is
 * being hidden or closed (pagehide, visibilitychange to hidden), so nothing waits on a frame
 * that will not come. Where there are no frames at all (Node, in tests) the task runs at once.
 */
export function afterNextPaint(task: () => void, fallbackMs = 100): void {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined') {
    task();
    return;
  }
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    waiting.delete(run);
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (timer !== undefined) clearTimeout(timer);
    task();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, fallbackMs);
  waiting.add(run);
  listenForHiding();
}

/** Tasks waiting for their frame, run at once when the page goes away. */
const waiting = new Set<() => void>();
let listening = false;

function runAll(): void {
  for (const run of [...waiting]) run();
}

function listenForHiding(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('pagehide', runAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') runAll();
  });
}

/**
 * Runs `task` in the first idle period after the next frame has been painted (an idle period can
 * come before the first frame, between a commit and the next vsync: work put there would delay
 * the paint), and at most `timeoutMs` after that frame. Returns the cancel. Where there are no
 * frames (Node, in tests) it runs after a task.
 */
export function whenIdleAfterPaint(task: () => void, timeoutMs = 2000): () => void {
  let cancelled = false;
  let cancelIdle = (): void => undefined;
  const run = (): void => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => {
        if (!cancelled) task();
      }, { timeout: timeoutMs });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(() => {
        if (!cancelled) task();
      }, 0);
      cancelIdle = () => clearTimeout(handle);
    }
  };
  afterNextPaint(run, 1000);
  return () => {
    cancelled = true;
    cancelIdle();
  };
}
