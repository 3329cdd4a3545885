import { Command } from 'cmdk';
import { Dialog } from './dialog.js';
import './command-palette.css';

/** One thing the palette can run. */
export interface PaletteAction {
  readonly id: string;
  /** What the user types to find it, and sees. */
  readonly label: string;
  /** The group it is listed under ("Focused card", "Plan", "View"…). */
  readonly group: string;
  /** Other words that should find it. */
  readonly keywords?: readonly string[];
  /** Its shortcut, shown beside it. */
  readonly shortcut?: string;
  readonly run: () => void;
}

/**
 * The command palette (Ctrl/Cmd+K): type to filter every action by name (cmdk's fuzzy ranking),
 * arrows choose, Enter runs. Built on the app's one Dialog: Escape closes and focus returns
 * where it was, unless the action moved it.
 */
export function CommandPalette({ actions, onClose }: { readonly actions: readonly PaletteAction[]; readonly onClose: () => void }) {
  const groups = [...new Set(actions.map((action) => action.group))];
  return (
    <Dialog title="Command palette" onClose={onClose} className="command-palette">
      <Command label="Actions" loop>
        <Command.Input className="palette-input" placeholder="Type an action, e.g. “move to CTO” or “dark”" data-autofocus="" />
        <Command.List className="palette-list">
          <Command.Empty className="palette-empty">No action matches.</Command.Empty>
          {groups.map((group) => (
            <Command.Group key={group} heading={group} className="palette-group">
              {actions
                .filter((action) => action.group === group)
                .map((action) => (
                  <Command.Item
                    key={action.id}
                    value={`${action.group} ${action.label}`}
                    keywords={action.keywords ? [...action.keywords] : undefined}
                    className="palette-item"
                    onSelect={() => {
                      onClose();
                      // After the dialog has closed and given focus back, so the action can move it.
                      requestAnimationFrame(() => action.run());
                    }}
                  >
                    <span>{action.label}</span>
                    {action.shortcut ? <kbd className="palette-shortcut">{action.shortcut}</kbd> : null}
                  </Command.Item>
                ))}
            </Command.Group>
          ))}
        </Command.List>
      </Command>
    </Dialog>
  );
}
