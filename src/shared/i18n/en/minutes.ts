import type {
  CarriedStatus,
  Escalation,
  MetricKind,
  Priority,
  StoryField
} from '../../meeting/schema'
import { plural } from '../plural'
import { glyphsEnglish } from './glyphs'

const n = (count: number, one: string, other: string) => plural('en', count, { one, other })

/** Column names of the minutes' tables. */
const COLUMNS = {
  number: '#',
  action: 'Action',
  actionAndBenefit: 'Action and customer benefit',
  owner: 'Owner',
  department: 'Department',
  due: 'Due',
  priority: 'Priority',
  metric: 'Customer metric',
  benefit: 'Customer benefit',
  disagreement: 'Disagreement',
  twoPeople: 'The two people',
  opened: 'Opened',
  agreeBy: 'Agree by',
  extendedTo: 'Extension to',
  standing: 'Where it stands',
  theme: 'Theme',
  ideas: 'Ideas',
  votes: 'Votes',
  rank: 'Rank',
  themeOrIdea: 'Theme or idea',
  impactEffort: 'Impact / effort',
  status: 'Status',
  note: 'Note'
}

/**
 * Every sentence, heading, label and column name of the action minutes (PDF, Markdown, CSV header,
 * calendar), in English: the catalogue every other language mirrors (`MinutesWording`).
 */
export const minutesEnglish = {
  kicker: 'ACTION MINUTES',
  /** "<title>: action minutes", the Markdown's top heading. */
  title: (title: string) => `${title}: action minutes`,
  facilitator: 'Facilitator',
  mission: 'Our mission',
  whoWasThere: 'Who was there',
  noAttendees: 'No attendees were recorded.',

  /** The sections, in the order both formats print them. */
  headings: {
    actions: 'Actions',
    escalations: 'Rule-of-Two escalations',
    story: 'The customer story',
    framing: 'The framing question',
    ideas: 'Ideas by round and department',
    converge: 'Themes and shortlist',
    carried: "Last quarter's actions",
    recognitions: 'Recognitions',
    priorities: 'Three priorities for the coming quarter',
    nextReview: 'Next review'
  },

  columns: COLUMNS,

  noActions: 'No actions were recorded.',
  forCustomers: 'For customers',
  fromIdeas: (numbers: readonly number[]) =>
    `From idea${numbers.length > 1 ? 's' : ''} ${numbers.map((i) => `#${i}`).join(', ')}`,
  metricFrom: (baseline: string) => `from ${baseline}`,
  metricTo: (target: string) => `to ${target}`,
  measuredOn: (date: string) => `measured ${date}`,

  ruleOfTwo:
    'Rule of Two: the two people most affected agree within two weeks, take one more week if needed, and then the leader decides.',
  noEscalations: 'No disagreements were escalated.',
  aboutAction: (number: number) => `About action #${number}`,
  twoPeople: (a: string, b: string) => `${a} and ${b}`,

  storyImpact: 'What it changed for the customer',
  storyKeptOut: 'The story is kept out of the minutes.',

  ideasIntro: (ideaCount: number) =>
    `${n(ideaCount, '# idea', '# ideas')}. Numbers (#) identify ideas across the minutes; “builds on” follows a thread between departments.`,
  roundTitle: (number: number, title: string) => `Round ${number}: ${title}`,
  departmentCount: (name: string, count: number) => `${name} (${count})`,
  noIdeasInRound: 'No ideas in this round.',

  themesSubheading: 'Themes',
  shortlistSubheading: 'Ranked shortlist',
  noThemes: 'No themes were formed.',
  themeLabel: 'Theme',
  ideaLabel: (number: number | null | undefined) => `Idea #${number ?? ''}`,
  votes: (count: number) => n(count, '# vote', '# votes'),
  noVotes: 'Nothing received votes.',

  carriedFrom: (title: string) => `Carried over from “${title}”.`,
  noCarried: 'No actions were carried over.',
  timesCarried: (times: number, stuck: boolean) =>
    `Carried ${n(times, '# time', '# times')}${stuck ? ', without progress' : ''}`,
  noMetric: 'No metric',

  noRecognitions: 'No recognitions were recorded.',
  noPriorities: 'No priorities were set.',
  noNextReview: 'No date was set yet.',

  /** The notes after an idea (see ideaNotes). */
  ideaNote: {
    fromRoom: 'from the room',
    theme: (name: string) => `theme: ${name}`,
    buildsOn: (ref: string) => `builds on ${ref}`,
    builtOnBy: (refs: string) => `built on by ${refs}`
  },

  /** Labels the model puts on the meeting's values. */
  storyDetails: {
    segment: 'Segment',
    channel: 'Came to us through',
    broughtBy: 'Brought by'
  } as Partial<Record<StoryField, string>>,
  carriedStatus: {
    open: 'Open',
    done: 'Done',
    inProgress: 'In progress',
    stalled: 'Stalled',
    dropped: 'Dropped'
  } as Record<CarriedStatus, string>,
  priority: { high: 'High', medium: 'Medium', low: 'Low' } as Record<Priority, string>,
  escalationStatus: {
    open: 'Open: the two people are working it out',
    extended: 'Extended by one week',
    agreed: 'Agreed by the two people',
    leaderDecided: 'Decided by the leader'
  } as Record<Escalation['status'], string>,
  metric: {
    nps: 'NPS',
    csat: 'CSAT',
    retention: 'Retention',
    clv: 'Customer lifetime value',
    sentiment: 'Sentiment',
    effort: 'Customer effort',
    engagement: 'Engagement',
    custom: 'Custom metric'
  } as Record<MetricKind, string>,
  noDepartment: 'No department',
  impact: (score: string) => `impact ${score}`,
  effort: (score: string) => `effort ${score}`,
  baseline: (value: string) => `baseline ${value}`,
  now: (value: string) => `now ${value}`,
  notMeasured: 'not measured',
  target: (value: string) => `target ${value}`,
  /** Characters the PDF fonts cannot draw: the export's warnings and the preview check. */
  glyphs: glyphsEnglish,
  /** What the calendar file leaves out, and why (the export says so; the file cannot). */
  calendarSkipped: {
    action: (what: string, due: string) =>
      `The action “${what}” is not in the calendar: its due date “${due}” is not a real date.`,
    nextReview: (date: string) =>
      `The next review is not in the calendar: its date “${date}” is not a real date.`
  },
  /** A quarter (2026-Q4) as people write it. */
  quarter: (quarter: number, year: string) => `Q${quarter} ${year}`,
  movement: { notMeasuredYet: 'not measured yet', noChange: 'no change', changed: 'changed' },
  /** A carried metric in the Markdown minutes: "NPS: 32 then 40 (+8)". */
  metricMoved: (metric: string, baseline: string, latest: string, movement: string) =>
    `${metric}: ${baseline || '?'} then ${latest || 'not measured yet'} (${movement})`,

  /** The PDF's frame: table of contents, running header, page numbers, document properties. */
  document: {
    contents: 'Contents',
    runningHeader: 'Action minutes',
    page: (current: number, count: number) => `Page ${current} of ${count}`,
    infoTitle: (title: string) => `${title} — action minutes`,
    subject: (quarter: string) => `Action minutes${quarter ? ` of the ${quarter} review` : ''}`,
    keywords: 'action minutes, customer-centric review'
  },

  /** The CSV's header row, by column. */
  csv: {
    '#': '#',
    Action: 'Action',
    Owner: 'Owner',
    Department: 'Department',
    'Due date': 'Due date',
    Priority: 'Priority',
    'Customer benefit': 'Customer benefit',
    'Customer metric': 'Customer metric',
    Baseline: 'Baseline',
    Target: 'Target',
    'Measure on': 'Measure on',
    'From ideas': 'From ideas',
    Meeting: 'Meeting',
    Quarter: 'Quarter'
  },

  /** The calendar (.ics) events' words. */
  calendar: {
    due: (what: string, owner: string) => `Due: ${what} (${owner})`,
    actionFrom: (number: number, context: string) => `Action #${number} from ${context}.`,
    owner: (owner: string, department: string, priority: string) =>
      `Owner: ${owner} (${department}). Priority: ${priority}.`,
    forCustomers: (benefit: string) => `For customers: ${benefit}`,
    metric: (metric: string, measuredOn: string) =>
      `Customer metric: ${metric}${measuredOn ? `, measured ${measuredOn}` : ''}.`,
    nextReviewTitle: (title: string) => `Next customer-centric review (after ${title})`,
    nextReviewAfter: (context: string) => `The next review after ${context}.`,
    prioritiesSet: 'Priorities set for this quarter:',
    actionCategory: 'Action',
    reviewCategory: 'Review'
  }
}

/** The shape every language's minutes wording has: English's, so a missing entry fails typecheck. */
export type MinutesWording = typeof minutesEnglish
