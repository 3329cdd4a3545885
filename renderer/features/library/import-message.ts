import type { FormatError } from '../../../shared/format/index.js';
import { echoText, neutralizeBidi } from '../../../shared/format/safe-text.js';

/** `responsibilities[3].owner` → index 3 and the field after it (`owner`, or '' for the card). */
const CARD_PATH = /^responsibilities\[(\d+)\](?:\.(.+))?$/;
const ONE_OF = /^expected one of (.+)$/;

/** The text of `value` when it is text worth quoting back (bidi removed, controls escaped, cut). */
function quotable(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = neutralizeBidi(value).trim();
  return text.length === 0 ? null : echoText(text, 80);
}

/** The card the path points at in the file's own JSON, if the file parses that far. */
function cardOf(text: string, index: number): Record<string, unknown> | null {
  try {
    const data: unknown = JSON.parse(text);
    const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).responsibilities : undefined;
    const card: unknown = Array.isArray(list) ? list[index] : undefined;
    return typeof card === 'object' && card !== null && !Array.isArray(card) ? (card as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** One sentence: capitalised (unless it starts with a field path) and with its full stop. */
function sentence(text: string, capitalise: boolean): string {
  const trimmed = text.trim();
  const start = capitalise ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
  return /[.!?…]$/.test(start) ? start : `${start}.`;
}

/**
 * Why a file was refused, for people: the card by its number (1-based) and title rather than a
 * 0-based path, the refused value quoted where it helps, the place named once, one full stop,
 * and that nothing changed. `text` is the file's text (read again only when the error points at
 * a card, to name it). Pure.
 *
 * `Card 4, “Mobile app roadmap”: owner “CFO” is not one of CIO, CTO, Shared, Unassigned.`
 */
export function importErrorMessage(error: FormatError, fileName: string, text: string): string {
  // The decoder puts the path first; said once, here, in words.
  const bare = error.path && error.message.startsWith(`${error.path}: `) ? error.message.slice(error.path.length + 2) : error.message;
  const match = CARD_PATH.exec(error.path);
  let detail: string;
  if (match) {
    const index = Number(match[1]);
    const field = match[2] ?? '';
    const card = cardOf(text, index);
    const title = quotable(card?.title);
    const where = `Card ${index + 1}${title ? `, “${title}”` : ''}`;
    const value = field && !field.includes('.') ? quotable(card?.[field]) : null;
    const oneOf = ONE_OF.exec(bare);
    if (field && oneOf && value) detail = `${where}: ${field} “${value}” is not one of ${oneOf[1]}`;
    else detail = `${where}: ${field ? `${field} ` : ''}${bare}`;
  } else {
    detail = error.path ? `${error.path}: ${bare}` : bare;
  }
  // The file's name comes from outside like its content: shown short and with controls escaped.
  return `Could not read “${echoText(fileName)}”: ${sentence(detail, match !== null || !error.path)} Nothing was changed.`;
}
