import { plural } from '../../shared/i18n/plural'
import { liveCopy, rewriteInPlace } from './i18n/liveCatalogue'
import type { StageKind } from '../../shared/meeting/schema'
import { dateLabel, quarterLabel } from '../../shared/minutes/format'
import { minutesWording } from '../../shared/minutes/minutesWording'
import { prepareStrings } from './strings/prepare'
import { stagesIntroStrings } from './strings/stagesIntro'
import { roundsStrings } from './strings/rounds'
import { searchStrings } from './strings/search'
import { projectorStrings } from './strings/projector'
import { convergeStrings } from './strings/converge'
import { actionsStrings } from './strings/actions'
import { closeStrings } from './strings/close'
import { minutesStrings } from './strings/minutes'
import { roomStrings } from './strings/room'
import { shortcutsStrings } from './strings/shortcuts'
import { errorStrings } from './strings/errors'

/**
 * Every string the facilitator or the room can read, in English: the catalogue every other language
 * mirrors (`Strings`). Functions take the values a sentence needs so word order can change per language.
 */
export const english = {
  appName: 'Northstar',
  converge: convergeStrings,
  actions: actionsStrings,
  close: closeStrings,
  minutes: minutesStrings,
  room: roomStrings,
  prepare: prepareStrings,
  stagesIntro: stagesIntroStrings,
  loading: 'Loading…',
  dates: {
    placeholder: 'YYYY-MM-DD',
    reads: (date: string) => `= ${date}`,
    /** A `YYYY-MM-DD` date as people read it: "15 Jan 2027". */
    day: (iso: string) => dateLabel(iso),
    /** With the weekday and the month in full: "Friday 15 January 2027". */
    longDay: (iso: string) => dateLabel(iso, true),
    /** "2026-Q4" → "Q4 2026". */
    quarter: (quarter: string) => quarterLabel(quarter, minutesWording('en').quarter),
    notADate: (typed: string) =>
      `“${typed}” is not a date Northstar can read. Type it like 2027-03-31, 03/31/2027 or 31.03.2027.`
  },
  errors: errorStrings,
  library: {
    heading: 'Your meetings',
    empty: 'No meetings yet. Start one with “Start a new meeting” above.',
    loading: 'Loading your meetings…',
    newHeading: 'Start a new meeting',
    titleLabel: 'Title',
    titlePlaceholder: 'e.g. Q4 customer review',
    sourceLabel: 'Start from',
    languageLabel: 'Language',
    sourceTemplate: 'Built-in template: Customer-centric quarterly review',
    sourceCopy: (title: string) => `A copy of “${title}”`,
    create: 'Create meeting',
    import: 'Import a meeting file…',
    showArchived: 'Show archived meetings',
    open: 'Open',
    duplicate: 'Duplicate',
    rename: 'Rename',
    renameLabel: (title: string) => `New title for “${title}”`,
    saveRename: 'Save',
    cancel: 'Cancel',
    archive: 'Archive',
    unarchive: 'Unarchive',
    delete: 'Delete',
    archivedBadge: 'Archived',
    readOnlyBadge: 'Read-only: over a limit',
    untitled: 'Untitled meeting',
    counts: (ideas: number, actions: number) =>
      `${plural('en', ideas, { one: '# idea', other: '# ideas' })} · ${plural('en', actions, { one: '# action', other: '# actions' })}`,
    updated: (when: string) => `Updated ${when}`,
    actionsFor: (title: string) => `Actions for “${title}”`
  },
  toast: {
    deleted: (title: string) => `Deleted “${title}”.`,
    undo: 'Undo',
    restored: (title: string) => `Restored “${title}”.`,
    imported: (title: string) => `Imported “${title}”.`
  },
  meeting: {
    back: 'All meetings',
    undo: 'Undo',
    redo: 'Redo',
    stageRail: 'Run of show',
    previousStage: 'Previous stage',
    nextStage: 'Next stage',
    stageHint: 'Page Up / Page Down (or ← / → outside a text field) move between stages.',
    stagePosition: (index: number, total: number) => `Stage ${index} of ${total}`,
    plannedMinutes: (minutes: number) => `${minutes} min`,
    notBuiltYet: 'This stage is coming soon.',
    readOnly: 'Read-only.'
  },
  stages: {
    welcome: 'Welcome',
    lastQuarter: 'Last quarter’s actions',
    story: 'Customer story',
    framing: 'Framing question',
    rounds: 'Rounds',
    converge: 'Converge',
    actions: 'Actions',
    close: 'Recognition & close',
    minutes: 'Minutes'
  } satisfies Record<StageKind, string>,
  welcome: {
    purpose: 'Why we are here',
    mission: 'Our mission',
    agenda: 'Agenda'
  },
  rounds: roundsStrings,
  search: searchStrings,
  projector: projectorStrings,
  shortcuts: shortcutsStrings
}

/** The shape every language's catalogue has: English's, so a missing or extra entry fails typecheck. */
export type Strings = typeof english

/**
 * The catalogue in use: a copy of English that `useUiLocale` (src/renderer/src/i18n) rewrites in place
 * with the open meeting's language before the tree under it renders, remounting that tree when the
 * language changes. Rewritten in place, so a screen holding a section (`const s = strings.converge`)
 * reads the current language too.
 */
export const strings: Strings = liveCopy(english)

/** Words `strings` in `catalogue`. Only `i18n/uiLocale.ts` calls this. */
export function setCatalogue(catalogue: Strings): void {
  rewriteInPlace(strings, catalogue)
}
