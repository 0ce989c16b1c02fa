import type { ActionOf, KeyScope } from '../keymap/keymap'

/** The keys of each scope's rows in the keymap, each worded: a missing or extra one fails typecheck. */
type KeymapWording = { [S in KeyScope]: Record<ActionOf<S>, string> }

/** Strings of the `?` cheat sheet: what each shortcut does, where it works, and the keys' names. */
export const shortcutsStrings = {
  /** What each row of the keymap (src/renderer/src/keymap/keymap.ts) does, in the facilitator's words. */
  does: {
    cheatSheet: {
      showShortcuts: 'Show this list of shortcuts (outside a text field)'
    },
    meeting: {
      undo: 'Undo the last change to the meeting (in a text field: once it is empty)',
      redo: 'Redo',
      nextStage: 'Next stage (→ outside a text field)',
      previousStage: 'Previous stage (← outside a text field)'
    },
    prepare: {
      togglePrepare: 'Open or close Prepare'
    },
    search: {
      openSearch: 'Search ideas and actions; filter ideas (/ outside a text field)'
    },
    room: {
      toggleRoomJoin: 'Room join: let phones in the room join, or stop it'
    },
    presenter: {
      togglePresent: 'Present: open or close the projector window',
      toggleBlank: 'Blank the projector, or show it again',
      toggleFreeze: 'Freeze the projector while you edit, or let it follow again'
    },
    story: {
      toggleReflection: 'Start or end a reflection pause'
    },
    framing: {
      editFraming: 'Edit the framing question'
    },
    captureBar: {
      selectPrevious:
        'Select the previous idea (this round, then earlier ones): the next idea builds on it',
      selectNext: 'Select the next idea: the next idea builds on it',
      editIdea: 'Edit the selected idea (text, author, department)',
      moveIdea: 'Move the selected idea to another round',
      mergeIdea: 'Merge the selected idea into another (by number)',
      deleteIdea: 'Delete the selected idea (Ctrl/Cmd+Z brings it back)',
      toggleCountdown: 'Start or pause the round timer',
      addMinute: 'Add a minute to the round timer',
      resetCountdown: 'Reset the round timer',
      previousRound: 'Previous round',
      nextRound: 'Next round'
    },
    ideaCard: {
      editIdea: 'Edit this idea',
      moveIdea: 'Move this idea to another round',
      mergeIdea: 'Merge this idea into another',
      deleteIdea: 'Delete this idea',
      selectPrevious: 'Previous idea card',
      selectNext: 'Next idea card'
    },
    convergeBoard: {
      theme: 'Put the selected ideas (or the one in focus) into a theme',
      voteUp: 'One vote more for the idea or theme in focus',
      voteDown: 'One vote fewer for the idea or theme in focus',
      nextIdea: 'Next idea',
      previousIdea: 'Previous idea'
    },
    projector: {
      toggleBlank: 'Blank, or show again',
      toggleFreeze: 'Freeze, or follow again',
      next: 'Next story page or stage',
      previous: 'Previous story page or stage',
      exit: 'Stop presenting (closes the projector, not the meeting)'
    }
  } satisfies KeymapWording,
  /** Where each scope's keys work. */
  where: {
    cheatSheet: 'Anywhere',
    meeting: 'Anywhere in a meeting',
    prepare: 'Anywhere in a meeting',
    search: 'Anywhere in a meeting',
    room: 'Anywhere in a meeting',
    presenter: 'Anywhere in a meeting',
    story: 'Customer story',
    framing: 'Framing question',
    captureBar: 'Rounds (the capture bar keeps focus)',
    ideaCard: 'Rounds, focused idea card',
    convergeBoard: 'Converge board',
    projector: 'Projector window'
  } satisfies Record<KeyScope, string>,
  /** Key names as printed ("Ctrl/Cmd+Shift+Z", "Page Down"); a letter or symbol is printed as it is. */
  keys: {
    mod: 'Ctrl/Cmd',
    alt: 'Alt',
    shift: 'Shift',
    PageUp: 'Page Up',
    PageDown: 'Page Down',
    space: 'Space',
    Escape: 'Escape',
    Enter: 'Enter',
    Delete: 'Delete',
    Backspace: 'Backspace'
  },
  /** Between two chords of one row: "Page Down or →". */
  or: (a: string, b: string) => `${a} or ${b}`,
  /**
   * Keys handled by a field or form rather than a keymap scope (typing syntax, Enter to save): listed so
   * the sheet names them too. A key press on the window belongs in the keymap, not here.
   */
  fieldKeys: [
    { keys: 'Escape', action: 'Close this list', where: 'Anywhere' },
    { keys: 'Enter', action: 'Save the field (short text)', where: 'Prepare' },
    { keys: 'Ctrl/Cmd+Enter', action: 'Save the field (long text)', where: 'Prepare' },
    { keys: 'Escape', action: 'Go back to the saved value of the field', where: 'Prepare' },
    { keys: 'Enter', action: 'Add the idea', where: 'Rounds, capture bar' },
    { keys: 'Alt+department key', action: 'Pick the department', where: 'Rounds, capture bar' },
    {
      keys: '@name at the start',
      action: 'Pick the department by name',
      where: 'Rounds, capture bar'
    },
    { keys: '^3', action: 'Build on idea #3, from any round', where: 'Rounds, capture bar' },
    { keys: 'Escape', action: 'Stop building on the selected idea', where: 'Rounds, capture bar' },
    { keys: 'Space', action: 'Select or unselect the idea in focus', where: 'Converge board' },
    { keys: 'Escape', action: 'Close the theme prompt without a change', where: 'Converge board' },
    {
      keys: 'Enter',
      action: 'Save a typed vote tally, theme name or form',
      where: 'Converge, Actions, Recognition & close'
    },
    { keys: 'Ctrl/Cmd+Enter', action: 'Add (or save) the action from any field', where: 'Actions' }
  ]
}
