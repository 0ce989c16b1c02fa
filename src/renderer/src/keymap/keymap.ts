import type { KeyboardEvent as ReactKeyboardEvent } from 'react'

/**
 * Every keyboard shortcut of the app, in one table. Each scope is one place that listens (the
 * meeting window, the capture bar's round, a focused idea card, the converge board, the projector
 * window…); `useKeymap(scope, handlers)` is the only way a scope listens, and the `?` cheat sheet is
 * printed from this table, so what the sheet says and what the keys do cannot drift apart.
 *
 * To add a shortcut: add a row to its scope below (an action name and its chords), word what it does
 * in `strings/shortcuts.ts`, then give the scope's `useKeymap` call a handler for it; TypeScript refuses
 * the wording and the call until you do.
 * `test/renderer/keymap.test.tsx` checks every row fires its action and that nothing else listens.
 */

/** One key combination. Ctrl and Cmd are the same modifier (`mod`) on every system. */
export interface Chord {
  /** `KeyboardEvent.key`; one character is compared ignoring case. */
  key?: string
  /** `KeyboardEvent.code`, the physical key (so Option+letter on macOS still counts as the letter). */
  code?: string
  /** Ctrl or Cmd held (required when true, refused when absent). */
  mod?: boolean
  /** Alt/Option held (required when true, refused when absent). */
  alt?: boolean
  /** Shift held (true) or not (false); absent: either. */
  shift?: boolean
  /**
   * outsideFields: not while focus is in any field (text, checkbox, select, editable).
   * notTyping: not while typing (text, number, select); a focused checkbox is fine.
   * unlessFieldHasText: not while a text field holds text (its own undo applies there).
   */
  when?: 'outsideFields' | 'notTyping' | 'unlessFieldHasText'
}

/** One row: the keys of an action (what it does is worded in `strings.shortcuts.does`). */
export interface Binding {
  chords: readonly Chord[]
}

const Z = { key: 'z', mod: true } as const

/** The table. Within a scope the first matching row wins. */
export const KEYMAP = {
  cheatSheet: {
    showShortcuts: {
      chords: [{ key: '?', when: 'outsideFields' }]
    }
  },
  meeting: {
    undo: {
      chords: [{ ...Z, shift: false, when: 'unlessFieldHasText' }]
    },
    redo: {
      chords: [
        { ...Z, shift: true, when: 'unlessFieldHasText' },
        { key: 'y', mod: true, shift: false, when: 'unlessFieldHasText' }
      ]
    },
    nextStage: {
      chords: [{ key: 'PageDown' }, { key: 'ArrowRight', shift: false, when: 'outsideFields' }]
    },
    previousStage: {
      chords: [{ key: 'PageUp' }, { key: 'ArrowLeft', shift: false, when: 'outsideFields' }]
    }
  },
  prepare: {
    togglePrepare: {
      chords: [{ key: 'p', mod: true, shift: true }]
    }
  },
  search: {
    openSearch: {
      chords: [
        { key: 'f', mod: true, shift: false },
        { key: '/', when: 'outsideFields' }
      ]
    }
  },
  room: {
    toggleRoomJoin: {
      chords: [{ code: 'KeyJ', mod: true, shift: true }]
    }
  },
  presenter: {
    togglePresent: {
      chords: [
        { key: 'p', mod: true, shift: false },
        { key: 'F5', shift: false }
      ]
    },
    toggleBlank: {
      chords: [{ key: 'b', mod: true, shift: false }]
    },
    toggleFreeze: {
      chords: [{ key: 'f', mod: true, shift: true }]
    }
  },
  story: {
    toggleReflection: {
      chords: [{ key: 'r', when: 'outsideFields' }]
    }
  },
  framing: {
    editFraming: {
      chords: [{ key: 'e', when: 'outsideFields' }]
    }
  },
  captureBar: {
    selectPrevious: {
      chords: [{ key: 'ArrowUp', alt: true, shift: false }]
    },
    selectNext: {
      chords: [{ key: 'ArrowDown', alt: true, shift: false }]
    },
    editIdea: {
      chords: [{ code: 'KeyE', alt: true, shift: true }]
    },
    moveIdea: {
      chords: [{ code: 'KeyM', alt: true, shift: true }]
    },
    mergeIdea: {
      chords: [{ code: 'KeyG', alt: true, shift: true }]
    },
    deleteIdea: {
      chords: [
        { code: 'Delete', alt: true, shift: true },
        { code: 'Backspace', alt: true, shift: true }
      ]
    },
    toggleCountdown: {
      chords: [{ code: 'KeyS', alt: true, shift: true }]
    },
    addMinute: {
      chords: [{ code: 'KeyA', alt: true, shift: true }]
    },
    resetCountdown: {
      chords: [{ code: 'KeyR', alt: true, shift: true }]
    },
    previousRound: { chords: [{ key: 'PageUp', alt: true, shift: false }] },
    nextRound: { chords: [{ key: 'PageDown', alt: true, shift: false }] }
  },
  ideaCard: {
    editIdea: { chords: [{ key: 'e' }] },
    moveIdea: { chords: [{ key: 'm' }] },
    mergeIdea: { chords: [{ key: 'g' }] },
    deleteIdea: {
      chords: [{ key: 'Delete' }, { key: 'Backspace' }]
    },
    selectPrevious: { chords: [{ key: 'ArrowUp' }] },
    selectNext: { chords: [{ key: 'ArrowDown' }] }
  },
  convergeBoard: {
    theme: {
      chords: [{ key: 't', when: 'notTyping' }]
    },
    voteUp: {
      chords: [
        { key: '+', when: 'notTyping' },
        { key: '=', when: 'notTyping' }
      ]
    },
    voteDown: {
      chords: [
        { key: '-', when: 'notTyping' },
        { key: '−', when: 'notTyping' }
      ]
    },
    nextIdea: { chords: [{ key: 'ArrowDown', when: 'notTyping' }] },
    previousIdea: { chords: [{ key: 'ArrowUp', when: 'notTyping' }] }
  },
  projector: {
    toggleBlank: { chords: [{ key: 'b' }, { key: '.' }] },
    toggleFreeze: { chords: [{ key: 'f' }] },
    next: {
      chords: [{ key: 'PageDown' }, { key: 'ArrowRight' }, { key: 'ArrowDown' }, { key: ' ' }]
    },
    previous: {
      chords: [{ key: 'PageUp' }, { key: 'ArrowLeft' }, { key: 'ArrowUp' }]
    },
    exit: {
      chords: [{ key: 'Escape' }]
    }
  }
} as const satisfies Record<string, Record<string, Binding>>

export type KeyScope = keyof typeof KEYMAP
export type ActionOf<S extends KeyScope> = keyof (typeof KEYMAP)[S] & string

/** The parts of a key press the keymap reads (testable without a DOM). */
export interface KeyPress {
  key: string
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
  /** Focus is in a field: text, checkbox, select or editable region. */
  inField: boolean
  /** Focus is where keys type: a text or number field, a select, an editable region. */
  typing?: boolean
  /** The focused text field has text in it. */
  fieldHasText: boolean
}

const sameKey = (a: string, b: string) =>
  a.length === 1 && b.length === 1 ? a.toLowerCase() === b.toLowerCase() : a === b

/** Whether a press is this chord. */
export function chordMatches(chord: Chord, press: KeyPress): boolean {
  if ((press.ctrlKey || press.metaKey) !== (chord.mod ?? false)) return false
  if (press.altKey !== (chord.alt ?? false)) return false
  if (chord.shift !== undefined && press.shiftKey !== chord.shift) return false
  if (chord.key !== undefined && !sameKey(chord.key, press.key)) return false
  if (chord.code !== undefined && chord.code !== press.code) return false
  if (chord.when === 'outsideFields' && press.inField) return false
  if (chord.when === 'notTyping' && (press.typing ?? press.inField)) return false
  if (chord.when === 'unlessFieldHasText' && press.inField && press.fieldHasText) return false
  return true
}

/** The action a press asks of a scope, or null. */
export function actionFor<S extends KeyScope>(scope: S, press: KeyPress): ActionOf<S> | null {
  const bindings = KEYMAP[scope] as Record<string, Binding>
  for (const [action, binding] of Object.entries(bindings)) {
    if (binding.chords.some((chord) => chordMatches(chord, press))) return action as ActionOf<S>
  }
  return null
}

/** Inputs that hold no typed text: their `value` ("on" for a checkbox) is not the user's typing. */
const NOT_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image'
])

/** Reads a DOM key event as a KeyPress (focus facts from its target). */
export function describeKeyPress(event: KeyboardEvent | ReactKeyboardEvent): KeyPress {
  const target = event.target instanceof HTMLElement ? event.target : null
  const isText =
    (target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type)) ||
    target instanceof HTMLTextAreaElement
  const editable = target?.isContentEditable === true
  const inField =
    isText || target instanceof HTMLInputElement || target instanceof HTMLSelectElement || editable
  const fieldHasText = isText
    ? target.value.length > 0
    : editable && (target.textContent ?? '').length > 0
  return {
    key: event.key,
    code: event.code,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    inField,
    typing: isText || target instanceof HTMLSelectElement || editable,
    fieldHasText
  }
}
