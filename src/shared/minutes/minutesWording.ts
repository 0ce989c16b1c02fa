import { plural } from './format'
import type { IdeaLine } from './minutesModel'

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
} as const

/**
 * Every sentence, heading and column name of the action minutes, in one place: the PDF
 * (`pdfSections.ts`) and the Markdown (`minutesMarkdown.ts`) both read them from here, so the two
 * can never word a section differently. Layout (tables, emphasis, escaping) stays with each format.
 */
export const MINUTES_WORDING = {
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

  /** The escalation table's columns, in both formats. */
  escalationColumns: [
    COLUMNS.disagreement,
    COLUMNS.twoPeople,
    COLUMNS.opened,
    COLUMNS.agreeBy,
    COLUMNS.extendedTo,
    COLUMNS.standing
  ],
  /** The themes table's columns, in both formats. */
  themeColumns: [COLUMNS.theme, COLUMNS.ideas, COLUMNS.votes],

  noActions: 'No actions were recorded.',
  forCustomers: 'For customers',
  fromIdeas: (numbers: readonly number[]) =>
    `From idea${numbers.length > 1 ? 's' : ''} ${numbers.map((n) => `#${n}`).join(', ')}`,
  metricFrom: (baseline: string) => `from ${baseline}`,
  metricTo: (target: string) => `to ${target}`,
  measuredOn: (date: string) => `measured ${date}`,

  ruleOfTwo:
    'Rule of Two: the two people most affected agree within two weeks, take one more week if needed, and then the leader decides.',
  noEscalations: 'No disagreements were escalated.',
  aboutAction: (n: number) => `About action #${n}`,
  twoPeople: (a: string, b: string) => `${a} and ${b}`,

  storyImpact: 'What it changed for the customer',
  storyKeptOut: 'The story is kept out of the minutes.',

  ideasIntro: (ideaCount: number) =>
    `${plural(ideaCount, 'idea')}. Numbers (#) identify ideas across the minutes; “builds on” follows a thread between departments.`,
  roundTitle: (n: number, title: string) => `Round ${n}: ${title}`,
  departmentCount: (name: string, count: number) => `${name} (${count})`,
  noIdeasInRound: 'No ideas in this round.',

  themesSubheading: 'Themes',
  shortlistSubheading: 'Ranked shortlist',
  noThemes: 'No themes were formed.',
  themeLabel: 'Theme',
  ideaLabel: (n: number | null | undefined) => `Idea #${n ?? ''}`,
  noVotes: 'Nothing received votes.',

  carriedFrom: (title: string) => `Carried over from “${title}”.`,
  noCarried: 'No actions were carried over.',
  timesCarried: (times: number, stuck: boolean) =>
    `Carried ${plural(times, 'time')}${stuck ? ', without progress' : ''}`,
  noMetric: 'No metric',

  noRecognitions: 'No recognitions were recorded.',
  noPriorities: 'No priorities were set.',
  noNextReview: 'No date was set yet.'
} as const

/**
 * The notes after an idea: author, votes, theme and its build-on thread. `text` makes a user's text
 * safe for the format (bidi isolation in the PDF, escaping in Markdown).
 */
export function ideaNotes(idea: IdeaLine, text: (s: string) => string): string[] {
  const notes = [
    idea.author.trim() && text(idea.author),
    idea.fromRoom && 'from the room',
    idea.votes > 0 && plural(idea.votes, 'vote'),
    idea.theme && `theme: ${text(idea.theme)}`,
    idea.buildsOn && `builds on #${idea.buildsOn.number} (${text(idea.buildsOn.department)})`,
    idea.builtOnBy.length &&
      `built on by ${idea.builtOnBy.map((r) => `#${r.number} (${text(r.department)})`).join(', ')}`
  ]
  return notes.filter((n): n is string => typeof n === 'string' && n.length > 0)
}
