/* global window, document, performance, requestAnimationFrame, setTimeout, MutationObserver, PerformanceObserver, IDBDatabase -- runs in the page */
// Injected into every bench page before its scripts run (page.addInitScript). Plain browser
// JavaScript: it is never bundled or transpiled. It records, in the page's own clock:
// - drop → painted: from the input event's timeStamp to the first frame painted after the DOM
//   changed in response (first mutation, then requestAnimationFrame, then a task: the frame
//   has been painted when that task runs);
// - drop → saved: from the same input event to the `complete` event of the next read-write
//   IndexedDB transaction that writes scenarios (i.e. durably committed);
// - long tasks (PerformanceObserver 'longtask');
// - load: when the board first shows the expected number of cards, and the frame after that.
(() => {
  const bench = {
    probe: null,
    results: [],
    longTasks: [],
    transactions: [],
    load: null,
  };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasksUnsupported = true;
  }

  // Every committed read-write transaction on the scenarios store, in page time.
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function patchedTransaction(stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    const names = typeof stores === 'string' ? [stores] : Array.from(stores);
    if (mode === 'readwrite' && names.includes('scenarios')) {
      const started = performance.now();
      tx.addEventListener('complete', () => {
        const at = performance.now();
        bench.transactions.push({ started, at });
        const probe = bench.probe;
        if (probe && probe.t0 != null && probe.saved == null && started >= probe.t0) probe.saved = at - probe.t0;
      });
    }
    return tx;
  };

  // The frame is painted when the task that ran its requestAnimationFrame callbacks (and then
  // style, layout, paint) ends, so the callback is the first task after that one. A plain
  // setTimeout there also waited for tasks the page had queued before the frame (Remit's
  // deferred guidance render, React scheduler tasks posted at the drop): a trace showed the
  // drop's frame committed ~6 ms before the timer ran, on Remit's side only (the bare board
  // queues nothing). A user-blocking task runs ahead of those normal-priority tasks.
  const postTask = window.scheduler && typeof window.scheduler.postTask === 'function' ? window.scheduler : null;
  function afterPaint(callback) {
    requestAnimationFrame(() => {
      if (postTask) postTask.postTask(callback, { priority: 'user-blocking' });
      else setTimeout(callback, 0);
    });
  }

  /** Arms a probe for the next `eventType` event (pointerup or keydown). */
  bench.arm = (eventType, wantSave) => {
    bench.probe = { eventType, wantSave, t0: null, mutated: null, paint: null, saved: null };
  };

  function onInput(event) {
    const probe = bench.probe;
    if (!probe || probe.t0 != null || event.type !== probe.eventType) return;
    probe.t0 = event.timeStamp;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      probe.mutated = performance.now() - probe.t0;
      performance.mark('bench:mutated');
      afterPaint(() => {
        probe.paint = performance.now() - probe.t0;
        performance.mark('bench:painted');
      });
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => observer.disconnect(), 5000);
  }
  window.addEventListener('pointerup', onInput, true);
  window.addEventListener('keydown', onInput, true);

  /** The probe once complete (paint, and the save when asked for), else null. */
  bench.done = () => {
    const probe = bench.probe;
    if (!probe || probe.paint == null || (probe.wantSave && probe.saved == null)) return null;
    return { paint: probe.paint, saved: probe.saved, mutated: probe.mutated };
  };

  // Load: the first time the page shows `expected` draggable cards (set by the bench).
  const loadObserver = new MutationObserver(() => {
    const expected = window.__benchExpectCards;
    if (!expected || bench.load) return;
    const count = document.querySelectorAll('[aria-roledescription="draggable responsibility"], .baseline-card').length;
    if (count >= expected) {
      loadObserver.disconnect();
      bench.load = { shown: performance.now(), painted: null };
      afterPaint(() => {
        bench.load.painted = performance.now();
        performance.mark('bench:loaded');
      });
    }
  });
  loadObserver.observe(document, { subtree: true, childList: true });
})();
