/** One row of the cheat sheet (`?`). */
export interface ShortcutEntry {
  /** The keys as printed, e.g. "Ctrl/Cmd+Z". */
  keys: string
  /** What the keys do, in the facilitator's words. */
  action: string
  /** Where the keys work: "Anywhere", a stage name, "Prepare"… */
  where: string
}

/**
 * Every keyboard shortcut of the app, listed once so the cheat sheet can never drift from what exists.
 * When you add a shortcut, append one line here. These are user-visible strings: translate them with
 * the rest of strings.ts.
 */
export const SHORTCUTS: ShortcutEntry[] = [
  { keys: '?', action: 'Show this list of shortcuts (outside a text field)', where: 'Anywhere' },
  { keys: 'Escape', action: 'Close this list', where: 'Anywhere' },
  {
    keys: 'Ctrl/Cmd+Z',
    action: 'Undo the last change to the meeting (in a text field: once it is empty)',
    where: 'Anywhere'
  },
  { keys: 'Ctrl/Cmd+Shift+Z or Ctrl+Y', action: 'Redo', where: 'Anywhere' },
  { keys: 'Page Down / Page Up', action: 'Next / previous stage', where: 'Anywhere' },
  { keys: '→ / ←', action: 'Next / previous stage (outside a text field)', where: 'Anywhere' },
  { keys: 'Ctrl/Cmd+Shift+P', action: 'Open or close Prepare', where: 'Anywhere' },
  { keys: 'Enter', action: 'Save the field (short text)', where: 'Prepare' },
  { keys: 'Ctrl/Cmd+Enter', action: 'Save the field (long text)', where: 'Prepare' },
  { keys: 'Escape', action: 'Go back to the saved value of the field', where: 'Prepare' },
  { keys: 'R', action: 'Start or end a reflection pause', where: 'Customer story' },
  { keys: 'E', action: 'Edit the framing question', where: 'Framing question' },
  { keys: 'Enter', action: 'Add the idea', where: 'Rounds, capture bar' },
  { keys: 'Alt+department key', action: 'Pick the department', where: 'Rounds, capture bar' },
  {
    keys: '@name at the start',
    action: 'Pick the department by name',
    where: 'Rounds, capture bar'
  },
  { keys: '^3', action: 'Build on idea #3, from any round', where: 'Rounds, capture bar' },
  {
    keys: 'Alt+↑ / Alt+↓',
    action: 'Select an idea (this round or an earlier one): the next idea builds on it',
    where: 'Rounds'
  },
  { keys: 'Escape', action: 'Stop building on the selected idea', where: 'Rounds, capture bar' },
  {
    keys: 'Alt+Shift+E',
    action: 'Edit the selected idea (text, author, department)',
    where: 'Rounds'
  },
  { keys: 'Alt+Shift+M', action: 'Move the selected idea to another round', where: 'Rounds' },
  {
    keys: 'Alt+Shift+G',
    action: 'Merge the selected idea into another (by number)',
    where: 'Rounds'
  },
  {
    keys: 'Alt+Shift+Delete',
    action: 'Delete the selected idea (Ctrl/Cmd+Z brings it back)',
    where: 'Rounds'
  },
  {
    keys: 'E / M / G / Delete',
    action: 'Edit / move / merge / delete this idea',
    where: 'Rounds, focused idea card'
  },
  { keys: 'Alt+Shift+S', action: 'Start or pause the round timer', where: 'Rounds' },
  { keys: 'Alt+Shift+A', action: 'Add a minute to the round timer', where: 'Rounds' },
  { keys: 'Alt+Shift+R', action: 'Reset the round timer', where: 'Rounds' },
  { keys: 'Alt+Page Up / Alt+Page Down', action: 'Previous / next round', where: 'Rounds' },
  {
    keys: 'Ctrl/Cmd+F, or /',
    action: 'Search ideas and actions; filter ideas',
    where: 'Anywhere in a meeting (/ outside a text field)'
  },
  { keys: 'Space', action: 'Select or unselect the idea in focus', where: 'Converge' },
  {
    keys: 'T',
    action: 'Put the selected ideas (or the one in focus) into a theme',
    where: 'Converge'
  },
  { keys: 'Escape', action: 'Close the theme prompt without a change', where: 'Converge' },
  {
    keys: '+ / −',
    action: 'One vote more / fewer for the idea or theme in focus',
    where: 'Converge'
  },
  {
    keys: 'Enter',
    action: 'Save a typed vote tally, theme name or form',
    where: 'Converge, Actions, Recognition & close'
  },
  { keys: '↑ / ↓', action: 'Previous / next idea', where: 'Converge, on an idea' },
  { keys: 'Ctrl/Cmd+Enter', action: 'Add (or save) the action from any field', where: 'Actions' },
  {
    keys: 'Ctrl/Cmd+P or F5',
    action: 'Present: open or close the projector window',
    where: 'In a meeting'
  },
  { keys: 'Ctrl/Cmd+B', action: 'Blank the projector, or show it again', where: 'In a meeting' },
  {
    keys: 'Ctrl/Cmd+Shift+J',
    action: 'Room join: let phones in the room join, or stop it',
    where: 'In a meeting'
  },
  {
    keys: 'Ctrl/Cmd+Shift+F',
    action: 'Freeze the projector while you edit, or let it follow again',
    where: 'In a meeting'
  },
  { keys: 'B (or .) / F', action: 'Blank / freeze', where: 'Projector window' },
  {
    keys: 'Page Down, →, ↓, Space / Page Up, ←, ↑',
    action: 'Next / previous story page or stage',
    where: 'Projector window'
  },
  {
    keys: 'Escape',
    action: 'Stop presenting (closes the projector, not the meeting)',
    where: 'Projector window'
  }
]
