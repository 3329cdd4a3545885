/* global window, Element -- runs in the page */
// Injected only into the bench's profiling page (never into timed runs): a minimal React
// DevTools hook. React's production build calls `onCommitFiberRoot` on every commit when this
// global exists, which lets us count which components rendered without a profiling build.
// A fiber rendered in a commit when it was not already the current fiber in the previous commit
// (React reuses untouched fibers as-is) and carries the PerformedWork flag (1).
(() => {
  const FUNCTION_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  const HANDLE = '[aria-roledescription="draggable responsibility"], .baseline-card';
  const counts = { commits: 0, cards: 0, cardBodies: 0, lanes: 0, components: 0, perCommit: [], byName: {} };
  let previous = new Set();
  let recording = false;

  function firstHost(fiber) {
    let node = fiber.child;
    while (node) {
      if (node.tag === 5) return node.stateNode;
      node = node.child;
    }
    return null;
  }

  function classify(element) {
    if (!(element instanceof Element)) return null;
    if (element.tagName === 'SECTION') return 'lanes';
    const handles = element.matches(HANDLE) ? 1 : element.querySelectorAll(HANDLE).length;
    if (handles === 1) return 'cards';
    if (element.closest(HANDLE) && element.classList.contains('card-body')) return 'cardBodies';
    return null;
  }

  function onCommit(root) {
    const current = new Set();
    const commit = { cards: 0, cardBodies: 0, lanes: 0, components: 0 };
    const stack = [root.current];
    while (stack.length > 0) {
      const fiber = stack.pop();
      current.add(fiber);
      if (FUNCTION_TAGS.has(fiber.tag) && !previous.has(fiber) && (fiber.flags & 1) === 1) {
        commit.components += 1;
        if (recording) {
          const type = fiber.type && (fiber.type.type ?? fiber.type.render ?? fiber.type);
          const name = (type && (type.displayName || type.name)) || `(tag ${fiber.tag})`;
          counts.byName[name] = (counts.byName[name] ?? 0) + 1;
        }
        const kind = classify(firstHost(fiber));
        if (kind) commit[kind] += 1;
      }
      if (fiber.sibling) stack.push(fiber.sibling);
      if (fiber.child) stack.push(fiber.child);
    }
    previous = current;
    if (!recording) return;
    counts.commits += 1;
    for (const key of ['cards', 'cardBodies', 'lanes', 'components']) counts[key] += commit[key];
    counts.perCommit.push(commit);
  }

  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(1, renderer);
      return 1;
    },
    onCommitFiberRoot(_id, root) {
      try {
        onCommit(root);
      } catch (error) {
        counts.error = String(error);
      }
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };

  window.__benchRenders = {
    start() {
      recording = true;
      Object.assign(counts, { commits: 0, cards: 0, cardBodies: 0, lanes: 0, components: 0, perCommit: [], byName: {} });
    },
    stop() {
      recording = false;
      return JSON.parse(JSON.stringify(counts));
    },
  };
})();
