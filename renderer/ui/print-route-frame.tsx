import type { ReactNode } from 'react';

/**
 * A print route's page: what it says while its document is read, why it could not be, or the
 * document itself once read.
 */
export function PrintRouteFrame(props: {
  readonly load: { readonly status: 'loading' | 'ready' } | { readonly status: 'failed'; readonly message: string };
  readonly children: ReactNode;
}) {
  const { load } = props;
  if (load.status === 'failed') {
    return (
      <main className="boot">
        <h1>Remit could not prepare this document</h1>
        <p role="alert">{load.message}</p>
      </main>
    );
  }
  if (load.status === 'loading') {
    return (
      <main className="boot" aria-busy="true">
        <p>Preparing the document…</p>
      </main>
    );
  }
  return (
    <main className="print-screen" aria-label="Print preview">
      {props.children}
    </main>
  );
}
