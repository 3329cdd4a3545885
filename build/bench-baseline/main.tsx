// The bench's baseline: a bare @dnd-kit/core board of the same cards, with no application logic
// (no store, no commands, no persistence, no sortable preview). Remit's drop latency is reported
// as a ratio to this page's, measured the same way in the same run.
//
// Two ways to get its cards: injected by the bench (window.__BENCH_BOARD__, for the drops), or,
// with `?stored` in the address, read from IndexedDB the plain way (one read-only transaction,
// no library) from a database seeded like Remit's: `remit`, stores `scenarios` (rows keyed by
// id) and `settings` (the last opened scenario's id). That is the load Remit's "load → board
// painted" is compared with.
import {
  DndContext,
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { memo, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './baseline.css';

interface BenchCard {
  readonly id: string;
  readonly title: string;
}
type Columns = Record<string, readonly BenchCard[]>;

declare global {
  interface Window {
    /** Injected by build/scripts/bench (page.addInitScript) before the page loads. */
    __BENCH_BOARD__?: Columns;
  }
}

const COLUMNS = ['CIO', 'Shared', 'CTO', 'Unassigned'];

// Left/Right jump to the neighbouring column, like Remit's keyboard getter does for lanes.
const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const { over, droppableRects } = context;
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const current = COLUMNS.indexOf(String(over?.id ?? 'CIO'));
  const step = event.code === KeyboardCode.Right ? 1 : -1;
  const target = COLUMNS[(current + step + COLUMNS.length) % COLUMNS.length];
  const rect = target ? droppableRects.get(target) : undefined;
  return rect ? { x: rect.left + 8, y: rect.top + 8 } : undefined;
};

const Card = memo(function Card({ card }: { readonly card: BenchCard }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id });
  return (
    <li
      ref={setNodeRef}
      className="baseline-card"
      data-dragging={isDragging || undefined}
      style={transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined}
      {...attributes}
      {...listeners}
      aria-label={card.title}
    >
      {card.title}
    </li>
  );
});

const Column = memo(function Column({ name, cards }: { readonly name: string; readonly cards: readonly BenchCard[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: name });
  return (
    <section ref={setNodeRef} className="baseline-lane" aria-label={name} data-over={isOver || undefined}>
      <h2>{name}</h2>
      <ul className="baseline-cards">
        {cards.map((card) => (
          <Card key={card.id} card={card} />
        ))}
      </ul>
    </section>
  );
});

function BaselineBoard({ initial }: { readonly initial: Columns }) {
  const [columns, setColumns] = useState(initial);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  const onDragEnd = useCallback(({ active, over }: DragEndEvent) => {
    if (!over) return;
    setColumns((current) => {
      const from = COLUMNS.find((name) => current[name]?.some((card) => card.id === active.id));
      const to = String(over.id);
      const card = from ? current[from]?.find((item) => item.id === active.id) : undefined;
      if (!from || !card || from === to) return current;
      return {
        ...current,
        [from]: (current[from] ?? []).filter((item) => item.id !== active.id),
        [to]: [card, ...(current[to] ?? [])],
      };
    });
  }, []);
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      <main className="baseline-board">
        {COLUMNS.map((name) => (
          <Column key={name} name={name} cards={columns[name] ?? []} />
        ))}
      </main>
    </DndContext>
  );
}

/** Opens the page's database, creating the two stores the bench seeds on the first visit. */
function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('remit', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('scenarios', { keyPath: 'id' });
      request.result.createObjectStore('settings', { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

interface StoredRow {
  readonly responsibilities: readonly { readonly id: string; readonly title: string; readonly owner: string }[];
}

/** The last opened scenario's cards by column, or empty columns when nothing is stored yet. */
async function readStoredBoard(): Promise<Columns> {
  const database = await openDatabase();
  try {
    const row = await new Promise<StoredRow | undefined>((resolve, reject) => {
      const tx = database.transaction(['settings', 'scenarios'], 'readonly');
      const setting = tx.objectStore('settings').get('lastOpenedScenario');
      setting.onsuccess = () => {
        const id = (setting.result as { value?: unknown } | undefined)?.value;
        if (typeof id !== 'string') return resolve(undefined);
        const scenario = tx.objectStore('scenarios').get(id);
        scenario.onsuccess = () => resolve(scenario.result as StoredRow | undefined);
      };
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB read failed'));
    });
    const columns: Record<string, BenchCard[]> = Object.fromEntries(COLUMNS.map((name) => [name, []]));
    for (const item of row?.responsibilities ?? []) (columns[item.owner] ?? columns.Unassigned)?.push({ id: item.id, title: item.title });
    return columns;
  } finally {
    database.close();
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
const reactRoot = createRoot(root);
if (new URLSearchParams(window.location.search).has('stored')) {
  readStoredBoard().then(
    (columns) => reactRoot.render(<BaselineBoard initial={columns} />),
    (error: unknown) => reactRoot.render(<p role="alert">Could not read the stored board: {String(error)}</p>),
  );
} else {
  reactRoot.render(<BaselineBoard initial={window.__BENCH_BOARD__ ?? {}} />);
}
