import type { Department, Meeting, Round, StageKind } from './schema'
import { CURRENT_SCHEMA_VERSION, STAGE_KINDS } from './schema'
import { DEFAULT_LOCALE } from '../i18n/locale'
import type { CommandContext } from './context'

/** Department presets. Colours come from the Okabe–Ito palette, distinguishable with colour-blindness. */
export const DEPARTMENT_PRESETS: ReadonlyArray<Omit<Department, 'id'>> = [
  { name: 'Marketing', color: '#E69F00', key: 'm' },
  { name: 'Product', color: '#0072B2', key: 'p' },
  { name: 'Customer Service', color: '#009E73', key: 'c' },
  { name: 'Sales', color: '#D55E00', key: 's' },
  { name: 'Finance', color: '#CC79A7', key: 'f' },
  { name: 'Operations', color: '#56B4E9', key: 'o' }
]

/** The placeholder in the framing question replaced by the customer's name. */
export const CUSTOMER_PLACEHOLDER = '{customer}'
export const DEFAULT_FRAMING = `How can we make more stories like ${CUSTOMER_PLACEHOLDER}'s happen?`

/** Default planned minutes per stage for a half-day review. */
export const DEFAULT_STAGE_MINUTES: Record<StageKind, number> = {
  welcome: 5,
  lastQuarter: 15,
  story: 10,
  framing: 5,
  rounds: 60,
  converge: 20,
  actions: 30,
  close: 10,
  minutes: 5
}

/** The four default brainstorm rounds, worded from the seed articles. */
export const DEFAULT_ROUNDS: ReadonlyArray<Omit<Round, 'id'>> = [
  {
    title: 'More stories like this',
    prompt: DEFAULT_FRAMING,
    checklist: [],
    kind: 'open',
    timeboxMinutes: 15
  },
  {
    title: 'What do our customers need?',
    prompt: 'Go through the customer checklist together.',
    checklist: [
      'What do our customers need?',
      'What is changing around them that we should consider?',
      'What are competitors and start-ups doing that could disrupt us?',
      'Which small improvement in our processes would make a big difference for them?'
    ],
    kind: 'needs',
    timeboxMinutes: 15
  },
  {
    title: 'Build across departments',
    prompt: 'Yes, and… Pick an idea from another department and build on it.',
    checklist: [],
    kind: 'crossDepartment',
    timeboxMinutes: 15
  },
  {
    title: "What's in it for our customers?",
    prompt: 'Challenge the strongest ideas from the customer’s side: what is in it for them?',
    checklist: [],
    kind: 'challenge',
    timeboxMinutes: 15
  }
]

export const TEMPLATE_NAME = 'Customer-centric quarterly review'

/**
 * Fills `{customer}` in a framing question; falls back to `unnamed` ("our customer", which the
 * renderer words from its catalogue) when no name is known.
 */
export function fillFraming(question: string, customer: string, unnamed = 'our customer'): string {
  const name = customer.trim() || unnamed
  return question.split(CUSTOMER_PLACEHOLDER).join(name)
}

/**
 * A new meeting from the built-in "Customer-centric quarterly review" template.
 * Pure: time and ids come from the context.
 */
export function createMeetingFromTemplate(title: string, ctx: CommandContext): Meeting {
  const now = ctx.now()
  const rounds = DEFAULT_ROUNDS.map((round) => ({ ...round, id: ctx.newId() }))
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: ctx.newId(),
    createdAt: now,
    updatedAt: now,
    facts: {
      title: title.trim() || TEMPLATE_NAME,
      quarter: '',
      date: '',
      place: '',
      facilitator: '',
      mission: '',
      purpose:
        'Start from one real customer’s story, then ask every department: how do we make more stories like this happen?',
      language: DEFAULT_LOCALE
    },
    departments: DEPARTMENT_PRESETS.map((preset) => ({ ...preset, id: ctx.newId() })),
    attendees: [],
    story: {
      customer: '',
      segment: '',
      text: '',
      channel: '',
      broughtBy: '',
      impact: '',
      privateFields: [],
      contact: ''
    },
    framingQuestion: DEFAULT_FRAMING,
    stages: STAGE_KINDS.map((kind) => ({ kind, plannedMinutes: DEFAULT_STAGE_MINUTES[kind] })),
    rounds,
    voteBudget: 3,
    ideas: [],
    lastIdeaNumber: 0,
    themes: [],
    actions: [],
    escalations: [],
    recognitions: [],
    priorities: [],
    nextReviewDate: '',
    carriedFrom: null,
    carried: [],
    run: {
      stage: 'welcome',
      roundId: rounds[0]?.id ?? null,
      stageStartedAt: null,
      meetingStartedAt: null
    }
  }
}

/**
 * A fresh meeting that reuses another meeting's setup (facts, departments, attendees, rounds, plan)
 * but none of its live content. Used for "copy of an earlier meeting" and saved user templates.
 */
export function createMeetingFromCopy(
  source: Meeting,
  title: string,
  ctx: CommandContext
): Meeting {
  const base = createMeetingFromTemplate(title, ctx)
  const departmentIds = new Map(source.departments.map((d) => [d.id, ctx.newId()]))
  const rounds = source.rounds.map((round) => ({ ...round, id: ctx.newId() }))
  return {
    ...base,
    facts: { ...source.facts, title: title.trim() || source.facts.title, date: '' },
    departments: source.departments.map((d) => ({
      ...d,
      id: departmentIds.get(d.id) ?? ctx.newId()
    })),
    attendees: source.attendees.map((a) => ({
      ...a,
      id: ctx.newId(),
      departmentId: departmentIds.get(a.departmentId) ?? a.departmentId
    })),
    framingQuestion: source.framingQuestion,
    stages: source.stages.map((s) => ({ ...s })),
    rounds,
    voteBudget: source.voteBudget,
    run: { ...base.run, roundId: rounds[0]?.id ?? null }
  }
}
