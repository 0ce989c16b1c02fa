import { formatNumber, plural } from '../../../shared/i18n/plural'
import type { CarriedStatus } from '../../../shared/meeting/schema'

/** Strings of the first four live stages, the schedule badge and the cheat sheet. */
export const stagesIntroStrings = {
  welcome: {
    noPurpose: 'Add why we are meeting in Prepare.',
    noMission: 'Add the team’s mission in Prepare.',
    agendaLabel: 'Agenda with planned start times',
    startsAt: (time: string) => `${time}`,
    minutes: (n: number) => `${n} min`
  },
  lastQuarter: {
    from: (title: string) => `Open actions carried over from “${title}”.`,
    empty:
      'No actions were carried over. In Prepare (Ctrl+Shift+P), choose the previous meeting whose open actions should come along.',
    status: 'Status',
    ofWhat: (what: string) => ` of “${what}”`,
    forWhat: (what: string) => ` for “${what}”`,
    onWhat: (what: string) => ` on “${what}”`,
    statuses: {
      open: 'Open',
      done: 'Done',
      inProgress: 'In progress',
      stalled: 'Stalled',
      dropped: 'Dropped'
    } satisfies Record<CarriedStatus, string>,
    owner: (name: string) => `Owner: ${name}`,
    due: (date: string) => `Due ${date}`,
    metric: (name: string, baseline: string, target: string) =>
      `${name}: baseline ${baseline || '–'} → target ${target || '–'}`,
    latest: 'Latest value',
    latestLabel: 'Latest metric value',
    note: 'Note',
    stuck: (times: number) => `⚠ Carried ${formatNumber('en', times)} times without progress`,
    times: (times: number) =>
      plural('en', times, { one: 'Carried # time', other: 'Carried # times' }),
    summary: (done: number, total: number) =>
      `${formatNumber('en', done)} of ${formatNumber('en', total)} done`,
    moved: (summary: string) => `(${summary} since the baseline)`
  },
  story: {
    empty: 'No story yet. Add the customer’s story in Prepare (Ctrl+Shift+P).',
    segment: 'Segment',
    channel: 'Came through',
    broughtBy: 'Brought by',
    impact: 'What it changed',
    privateBadge: 'Private — not shown to the room',
    contact: 'Contact (private)',
    pause: 'Start a reflection pause (R)',
    endPause: 'End the pause',
    pausing: 'Reflection pause',
    remaining: (time: string) => `${time} of silence left`
  },
  framing: {
    edit: 'Edit the question (E)',
    label: 'Framing question ({customer} is replaced by the customer’s name)',
    save: 'Save',
    cancel: 'Cancel',
    hint: 'Enter saves, Escape cancels.'
  },
  schedule: {
    label: 'Schedule',
    notStarted: (total: number) => `Planned: ${total} min`,
    forecast: (time: string) => `Ends ≈ ${time}`,
    over: (amount: string) => `${amount} over`,
    under: (amount: string) => `${amount} left`,
    late: (minutes: number) => `(${minutes} min later than planned)`,
    stageOf: (stage: string) => `${stage}:`
  },
  cheatSheet: {
    open: 'Shortcuts (?)',
    heading: 'Keyboard shortcuts',
    close: 'Close',
    where: 'Where',
    keys: 'Keys',
    what: 'What it does'
  }
}
