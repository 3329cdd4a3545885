// The bench's baseline: a bare @dnd-kit/core board of the same cards, with no application logic
// (no store, no commands, no persistence, no sortable preview). Remit's drop latency is reported
// as a ratio to this page's, measured the same way in the same run.
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(<BaselineBoard initial={window.__BENCH_BOARD__ ?? {}} />);
