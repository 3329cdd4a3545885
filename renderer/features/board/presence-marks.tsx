import { useCardPresence } from '../../state/presence.js';
import './presence-marks.css';

/**
 * Small coloured marks on a card's edge for the other people who have it selected or are
 * dragging it (a shared plan). Outside the card's content, so they never cover it; the names
 * are in the title and read as text by screen readers.
 */
export function PresenceMarks({ cardId }: { readonly cardId: string }) {
  const people = useCardPresence(cardId);
  if (people.length === 0) return null;
  const said = people.map((person) => `${person.name} ${person.dragging ? 'is moving' : 'has selected'} this card`).join('; ');
  return (
    <span className="presence-marks" data-presence="" title={said}>
      {people.map((person, index) => (
        <span
          key={`${person.name}-${String(index)}`}
          className="presence-mark"
          data-dragging={person.dragging || undefined}
          style={{ backgroundColor: person.color }}
          aria-hidden="true"
        >
          {person.name.slice(0, 1).toUpperCase()}
        </span>
      ))}
      <span className="visually-hidden">{said}</span>
    </span>
  );
}
