/**
 * Runs `task` in the first idle period after the next frame has been painted, and at most
 * `timeoutMs` after that frame. An idle period can come before the first frame (between a commit
 * and the next vsync): work put there would delay the paint, so this waits for a frame, then a
 * task after it (the frame is painted by then), then idle. A hidden page draws no frames: after
 * one second without one it goes on to idle anyway. Where there are no frames (Node, in tests)
 * it runs after a task. Returns the cancel.
 */
export function whenIdleAfterPaint(task: () => void, timeoutMs = 2000): () => void {
  let cancelled = false;
  let cancel = (): void => undefined;
  const run = (): void => {
    if (!cancelled) task();
  };
  const idle = (): void => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: timeoutMs });
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, 0);
      cancel = () => clearTimeout(handle);
    }
  };
  if (typeof requestAnimationFrame !== 'function') {
    const handle = setTimeout(idle, 0);
    cancel = () => clearTimeout(handle);
  } else {
    const fallback = setTimeout(() => {
      cancelAnimationFrame(frame);
      idle();
    }, 1000);
    const frame = requestAnimationFrame(() => {
      clearTimeout(fallback);
      const handle = setTimeout(idle, 0);
      cancel = () => clearTimeout(handle);
    });
    cancel = () => {
      clearTimeout(fallback);
      cancelAnimationFrame(frame);
    };
  }
  return () => {
    cancelled = true;
    cancel();
  };
}

/**
 * Runs `task` in the next idle period (at most `timeoutMs` from now), or after a task where
 * there is no idle callback (Node, in tests). For the later steps of work split over several
 * idle periods, so that no step is one long task with the others. Returns the cancel.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
