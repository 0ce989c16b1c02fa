import { formatNumber, plural } from '../../../shared/i18n/plural'
import type { CarriedStatus, Priority } from '../../../shared/meeting/schema'

/** Strings of the projector (what the room sees) and the facilitator's presenting controls. */
export const projectorStrings = {
  windowTitle: 'Northstar — projector',
  waiting: 'Waiting for the facilitator to open a meeting…',
  blanked: 'The projector screen is blank',
  reflectionHeading: 'A moment to reflect',
  reflectionHint: 'Take a breath. Think about what this meant to them.',
  reflectionTimer: 'Reflection pause',
  welcome: {
    purpose: 'Why we are here',
    mission: 'Our mission',
    agenda: 'Today',
    minutes: (minutes: number) => `${minutes} min`
  },
  lastQuarter: {
    heading: 'Last quarter’s actions',
    from: (title: string) => `From “${title}”`,
    none: 'No actions were carried over from last quarter.',
    owner: (owner: string) => `Owner: ${owner}`,
    metric: (name: string, baseline: string, latest: string, summary: string) =>
      `${name}: ${baseline || '–'} → ${latest || '–'} (${summary})`,
    status: {
      open: 'Open',
      done: 'Done',
      inProgress: 'In progress',
      stalled: 'Stalled',
      dropped: 'Dropped'
    } satisfies Record<CarriedStatus, string>
  },
  story: {
    heading: 'Our customer’s story',
    customer: (name: string) => `— ${name}`,
    segment: 'Segment',
    channel: 'Came to us through',
    broughtBy: 'Brought by',
    impact: 'What it changed',
    page: (n: number, total: number) => `${n} / ${total}`,
    empty: 'The customer story has not been written yet.'
  },
  framing: {
    heading: 'The question for today',
    empty: 'The framing question has not been written yet.'
  },
  round: {
    label: (position: number, total: number) => `Round ${position} of ${total}`,
    timeLeft: 'Time left',
    timeUp: 'Time’s up',
    paused: 'Paused',
    ideasHeading: 'Ideas by department',
    noIdeas: 'No ideas yet',
    earlier: (count: number) =>
      plural('en', count, { one: '+ # earlier idea', other: '+ # earlier ideas' }),
    notShown: (count: number) =>
      plural('en', count, {
        one: '+# earlier idea not shown',
        other: '+# earlier ideas not shown'
      }),
    ideaCount: (count: number) => plural('en', count, { one: '# idea', other: '# ideas' }),
    buildsOn: (number: number, department: string) => `builds on #${number} (${department})`,
    buildsOnInRound: (number: number, department: string, round: string) =>
      `builds on #${number} (${department}) in “${round}”`,
    noRound: 'There are no rounds in this meeting.'
  },
  converge: {
    heading: 'What we voted for',
    none: 'No votes yet.',
    votes: (count: number) => plural('en', count, { one: '# vote', other: '# votes' }),
    rank: (rank: number) => `#${rank}`,
    theme: 'Theme',
    notShown: (count: number) => `+${formatNumber('en', count)} more with fewer votes`
  },
  actions: {
    heading: 'Our actions',
    none: 'No actions yet.',
    owner: 'Owner',
    due: 'Due',
    metric: 'Customer metric',
    benefit: 'For our customers',
    priority: { high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<Priority, string>,
    target: (name: string, baseline: string, target: string) =>
      `${name}: ${baseline || '–'} → ${target || '–'}`,
    notShown: (count: number) =>
      plural('en', count, {
        one: '+# more action in the minutes',
        other: '+# more actions in the minutes'
      })
  },
  close: {
    heading: 'Thank you',
    recognitions: 'Recognition',
    priorities: 'Our priorities',
    nextReview: 'Next review',
    none: 'See you at the next review.'
  },
  department: (name: string) => `Department: ${name}`,
  presenter: {
    groupLabel: 'Projector',
    present: 'Present',
    stopPresenting: 'Stop presenting',
    blank: 'Blank',
    freeze: 'Freeze',
    theme: 'Light projector',
    status: {
      off: 'Projector off',
      live: 'Projector live',
      blank: 'Projector blank',
      frozen: 'Projector frozen'
    }
  }
}
