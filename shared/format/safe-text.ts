/**
 * Text that came from a file, shown back to a person: in a terminal (escape what would drive
 * it), in a message (cut what would flood it), on the board, in a PDF or a CSV (neutralise what
 * would reorder it). Pure functions, used by the CLI, the parsers' messages and every display.
 */

/** Longest value echoed in a message, in characters, before the ellipsis. */
export const ECHO_LIMIT = 80;

// C0 controls except tab, line feed and carriage return (text may hold line breaks), DEL, C1
// controls, and lone UTF-16 surrogates (not text at all: invalid in UTF-8 output).
const UNSAFE_IN_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_IN_TEXT_ALL = new RegExp(UNSAFE_IN_TEXT.source, 'g');

// Everything a terminal or a one-line message must not receive raw: all C0 and C1 controls,
// DEL, the bidi marks, embeddings, overrides and isolates (which reorder what follows), the
// Unicode line and paragraph separators, and lone surrogates.
const UNSAFE_IN_TERMINAL =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Explicit bidi formatting that reorders a whole run of text: LRE, RLE, PDF, LRO, RLO, LRI,
// RLI, FSI, PDI. The implicit marks (LRM, RLM, ALM) only nudge one boundary and stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * The first character that Remit refuses in stored text (titles, names, notes, ids), as
 * `U+001B`, or null when the text is clean: C0 controls other than tab, line feed and carriage
 * return, DEL, C1 controls, and unpaired surrogates. Pure.
 */
export function findUnsafeCharacter(text: string): string | null {
  const match = UNSAFE_IN_TEXT.exec(text);
  return match ? `U+${hex(match[0].charCodeAt(0))}` : null;
}

/**
 * Text with the characters {@link findUnsafeCharacter} refuses removed: the repair applied to
 * data already stored (which loads, repaired, rather than being lost). Pure.
 */
export function removeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_IN_TEXT_ALL, '');
}

/**
 * Text with every control, bidi and separator character a terminal or a one-line message must
 * not receive written as a visible escape (`\u001B`; tab, line feed and carriage return as
 * `\t`, `\n`, `\r`). Printable text, emoji included, is unchanged. Pure.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_IN_TERMINAL, (character) => {
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    if (character === '\t') return '\\t';
    return `\\u${hex(character.charCodeAt(0))}`;
  });
}

/**
 * Text cut to at most `limit` characters (a trailing `…` marks the cut), never inside a
 * surrogate pair. Pure.
 */
export function truncateText(text: string, limit: number = ECHO_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Text as it may be echoed in a message: controls escaped as {@link escapeControls} does, and
 * the result cut to at most `limit` characters (escapes counted as written, never split; `…`
 * marks the cut). Reads no further into a long text than it shows. Pure.
 */
export function echoText(text: string, limit: number = ECHO_LIMIT): string {
  let shown = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
    const next = text.charCodeAt(index + 1);
    const character = pair && next >= 0xdc00 && next <= 0xdfff ? text.slice(index, index + 2) : text.charAt(index);
    const piece = escapeControls(character);
    if (shown.length + piece.length > limit - 1 && index + character.length < text.length) return `${shown}…`;
    if (shown.length + piece.length > limit) return `${shown}…`;
    shown += piece;
    index += character.length - 1;
  }
  return shown;
}

/**
 * A value from a file as it may appear in a message: JSON-quoted when text, cut to
 * {@link ECHO_LIMIT} characters, controls escaped. Never throws (a BigInt or a cycle prints as
 * its type). Pure.
 */
export function echoValue(value: unknown): string {
  if (typeof value === 'string') return `"${echoText(value, ECHO_LIMIT - 2)}"`;
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = typeof value;
  }
  return echoText(shown.length > 4 * ECHO_LIMIT ? shown.slice(0, 4 * ECHO_LIMIT) : shown);
}

/**
 * Text for display with the explicit bidi embeddings, overrides and isolates removed, so a
 * title cannot make the rest of its line (or a PDF row, or a CSV cell opened in a spreadsheet)
 * read backwards. Used wherever a title, name or note is shown. Pure.
 */
export function neutralizeBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * A scenario as it is displayed (print view, exports): its name, titles and notes through
 * {@link neutralizeBidi}. The stored scenario keeps the text as typed. Pure.
 */
export function displayScenario<T extends { readonly name: string; readonly responsibilities: readonly { readonly title: string; readonly note?: string | undefined }[] }>(scenario: T): T {
  return {
    ...scenario,
    name: neutralizeBidi(scenario.name),
    responsibilities: scenario.responsibilities.map((item) => ({
      ...item,
      title: neutralizeBidi(item.title),
      ...(item.note === undefined ? {} : { note: neutralizeBidi(item.note) }),
    })),
  };
}

/**
 * V8's JSON.parse message quotes the source around the error, control characters and all: keep
 * its description, cut and escaped, so a hostile file cannot drive the terminal or flood the line.
 */
export function jsonErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return echoText(message, 120);
}
