import { lazy, Suspense, type ComponentType } from 'react';

/** A lazily loaded component that can also be fetched ahead of need. */
export type PreloadableComponent<P extends object> = ComponentType<P> & { readonly preload: () => Promise<unknown> };

/**
 * Splits `load`'s module out of the initial bundle (React.lazy + Suspense), with `preload()` to
 * fetch it on idle. Once the module is in, the component renders it directly, so a dialog opened
 * after the idle preload mounts in the same commit as the click: no empty frame, and its
 * focus-on-open effects run exactly as they did with a static import.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // let a later open try again
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloadable(props: P) {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    const Pending = Lazy as unknown as ComponentType<P>;
    return (
      <Suspense fallback={null}>
        <Pending {...props} />
      </Suspense>
    );
  }
  return Object.assign(Preloadable, { preload });
}

/** Runs `preloads` once the browser is idle after first paint; failures wait for a real open. */
export function preloadWhenIdle(preloads: readonly (() => Promise<unknown>)[]): () => void {
  const run = () => {
    for (const preload of preloads) preload().catch(() => undefined);
  };
  // An idle period can come before the first frame (between the commit and the next vsync):
  // wait for a frame first, then for a task after it (the frame is painted by then), then idle.
  // Preloading earlier put the chunks' stylesheets and scripts ahead of the first paint.
  let cancel = (): void => undefined;
  const frame = window.requestAnimationFrame(() => {
    const timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(run, { timeout: 2000 });
        cancel = () => window.cancelIdleCallback(handle);
      } else {
        const handle = window.setTimeout(run, 200);
        cancel = () => window.clearTimeout(handle);
      }
    }, 0);
    cancel = () => window.clearTimeout(timer);
  });
  cancel = () => window.cancelAnimationFrame(frame);
  return () => cancel();
}
