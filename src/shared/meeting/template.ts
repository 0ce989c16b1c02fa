import type { Department, Meeting, Round, StageKind } from './schema'
import { CURRENT_SCHEMA_VERSION, ROUND_KINDS, STAGE_KINDS } from './schema'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale'
import { templateEnglish, type TemplateWording } from '../i18n/en/template'
import { templatePortuguese } from '../i18n/pt-PT/template'
import type { CommandContext } from './context'

/** The template's words in each language a meeting can be run in. */
export const TEMPLATE_WORDING: Record<Locale, TemplateWording> = {
  en: templateEnglish,
  'pt-PT': templatePortuguese
}

const PRESET_STYLES = [
  { color: '#E69F00', key: 'm' },
  { color: '#0072B2', key: 'p' },
  { color: '#009E73', key: 'c' },
  { color: '#D55E00', key: 's' },
  { color: '#CC79A7', key: 'f' },
  { color: '#56B4E9', key: 'o' }
] as const

/**
 * Department presets, named in `locale`. Colours come from the Okabe–Ito palette, distinguishable with
 * colour-blindness.
 */
export function departmentPresets(locale: Locale = DEFAULT_LOCALE): Array<Omit<Department, 'id'>> {
  const names = TEMPLATE_WORDING[locale].departments
  return PRESET_STYLES.map(({ color, key }) => ({ name: names[key], color, key }))
}

/** Department presets in English (the library's language). */
export const DEPARTMENT_PRESETS: ReadonlyArray<Omit<Department, 'id'>> = departmentPresets()

/** The placeholder in the framing question replaced by the customer's name. */
export const CUSTOMER_PLACEHOLDER = '{customer}'
export const DEFAULT_FRAMING = templateEnglish.framing

/** The template's framing question in `locale`. */
export const defaultFraming = (locale: Locale): string => TEMPLATE_WORDING[locale].framing

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

/** The four default brainstorm rounds in `locale`; the first asks the framing question. */
export function defaultRounds(locale: Locale = DEFAULT_LOCALE): Array<Omit<Round, 'id'>> {
  const wording = TEMPLATE_WORDING[locale]
  return ROUND_KINDS.map((kind) => {
    const { title, prompt, checklist } = wording.rounds[kind]
    return {
      title,
      prompt: prompt || wording.framing,
      checklist: [...checklist],
      kind,
      timeboxMinutes: 15
    }
  })
}

/** The four default brainstorm rounds in English. */
export const DEFAULT_ROUNDS: ReadonlyArray<Omit<Round, 'id'>> = defaultRounds()

export const TEMPLATE_NAME = templateEnglish.name

/** "our customer" in the meeting's `locale`: what a framing question names when no customer is known. */
export const ourCustomer = (locale: Locale = DEFAULT_LOCALE): string =>
  TEMPLATE_WORDING[locale].ourCustomer

/**
 * Fills `{customer}` in a framing question; falls back to `unnamed` ("our customer": the renderer
 * words it from its catalogue, main from the meeting's language with `ourCustomer`) when no name is known.
 */
export function fillFraming(question: string, customer: string, unnamed = ourCustomer()): string {
  const name = customer.trim() || unnamed
  return question.split(CUSTOMER_PLACEHOLDER).join(name)
}

/**
 * A framing question or round prompt as the facilitator edits it: the stored `{customer}` written as
 * `token`, the placeholder in the screens' language (`{cliente}` in pt-PT).
 */
export const placeholderToEdit = (question: string, token: string): string =>
  question.split(CUSTOMER_PLACEHOLDER).join(token)

/** An edited question or prompt back to its stored form, `token` (and `{customer}`) as `{customer}`. */
export const placeholderFromEdit = (edited: string, token: string): string =>
  edited.split(token).join(CUSTOMER_PLACEHOLDER)

/**
 * A new meeting from the built-in "Customer-centric quarterly review" template, worded in `language`
 * (purpose, framing question, rounds, department names). Pure: time and ids come from the context.
 */
export function createMeetingFromTemplate(
  title: string,
  ctx: CommandContext,
  language: Locale = DEFAULT_LOCALE
): Meeting {
  const now = ctx.now()
  const wording = TEMPLATE_WORDING[language]
  const rounds = defaultRounds(language).map((round) => ({ ...round, id: ctx.newId() }))
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: ctx.newId(),
    createdAt: now,
    updatedAt: now,
    facts: {
      title: title.trim() || wording.name,
      quarter: '',
      date: '',
      place: '',
      facilitator: '',
      mission: '',
      purpose: wording.purpose,
      language
    },
    departments: departmentPresets(language).map((preset) => ({ ...preset, id: ctx.newId() })),
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
    framingQuestion: wording.framing,
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
