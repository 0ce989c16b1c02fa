import { z } from 'zod'
import { LIMITS } from './limits'
import { LOCALES } from '../i18n/locale'

/** The schema version this build writes. Older files are migrated on load (see migrations.ts). */
export const CURRENT_SCHEMA_VERSION = 4

const id = z.string().min(1).max(64)
const shortText = z.string().max(LIMITS.shortText)
const longText = z.string().max(LIMITS.longText)
/** A calendar date, `YYYY-MM-DD`, or empty when not set yet. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-01')
const optionalDate = z.union([isoDate, z.literal('')])
const timestamp = z.string().max(40)

/** The stages of the run of show, in order. */
export const STAGE_KINDS = [
  'welcome',
  'lastQuarter',
  'story',
  'framing',
  'rounds',
  'converge',
  'actions',
  'close',
  'minutes'
] as const
export const stageKindSchema = z.enum(STAGE_KINDS)
export type StageKind = z.infer<typeof stageKindSchema>

export const factsSchema = z.object({
  title: shortText,
  quarter: z.union([z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter like 2026-Q4'), z.literal('')]),
  date: optionalDate,
  place: shortText,
  facilitator: shortText,
  /** The team's customer-centric mission in one sentence. */
  mission: z.string().max(LIMITS.ideaText),
  /** Why we are meeting, shown on the welcome stage. */
  purpose: z.string().max(LIMITS.ideaText),
  /** The language the meeting is run in: screens, projector, phones and minutes. */
  language: z.enum(LOCALES)
})
export type MeetingFacts = z.infer<typeof factsSchema>

export const departmentSchema = z.object({
  id,
  name: shortText.min(1),
  /** `#rrggbb` */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** One letter or digit used by the capture bar's shortcut. */
  key: z.string().regex(/^[a-z0-9]$/)
})
export type Department = z.infer<typeof departmentSchema>

export const attendeeSchema = z.object({
  id,
  name: shortText.min(1),
  departmentId: id,
  role: shortText
})
export type Attendee = z.infer<typeof attendeeSchema>

export const STORY_FIELDS = [
  'customer',
  'segment',
  'text',
  'channel',
  'broughtBy',
  'impact'
] as const
export const storyFieldSchema = z.enum(STORY_FIELDS)
export type StoryField = z.infer<typeof storyFieldSchema>

export const storySchema = z.object({
  /** The customer's name or alias. */
  customer: shortText,
  segment: shortText,
  /** The story or email, in the customer's own words. */
  text: longText,
  channel: shortText,
  broughtBy: shortText,
  /** What it changed for the customer. */
  impact: z.string().max(LIMITS.ideaText),
  /** Fields kept out of the minutes and off the projector's shared outputs. */
  privateFields: z.array(storyFieldSchema).max(STORY_FIELDS.length),
  /**
   * How to reach the customer (email, phone): for the facilitator only, never on the projector or in
   * the minutes. Optional so files saved before it existed load unchanged (as an empty string).
   */
  contact: shortText.default('')
})
export type CustomerStory = z.infer<typeof storySchema>

export const stagePlanSchema = z.object({
  kind: stageKindSchema,
  plannedMinutes: z.number().int().min(0).max(LIMITS.plannedMinutes)
})
export type StagePlan = z.infer<typeof stagePlanSchema>

export const ROUND_KINDS = ['open', 'needs', 'crossDepartment', 'challenge'] as const
export const roundSchema = z.object({
  id,
  title: shortText.min(1),
  prompt: z.string().max(LIMITS.ideaText),
  /** Sub-questions shown under the prompt (the customer checklist, for example). */
  checklist: z.array(z.string().max(LIMITS.shortText * 2)).max(12),
  kind: z.enum(ROUND_KINDS),
  timeboxMinutes: z.number().int().min(1).max(LIMITS.roundMinutes)
})
export type Round = z.infer<typeof roundSchema>

export const ideaSchema = z.object({
  id,
  /**
   * The idea's number in the meeting (#1, #2 …), given once at capture (see `lastIdeaNumber`) and
   * never changed: moving, editing or merging into it keeps it, and deleting another idea renumbers
   * nothing. Shown alike on the laptop, the projector, in search, the minutes and the CSV.
   */
  number: z.number().int().min(1).max(1_000_000),
  roundId: id,
  departmentId: id,
  author: shortText,
  text: z.string().min(1).max(LIMITS.ideaText),
  buildsOnId: id.nullable(),
  themeId: id.nullable(),
  votes: z.number().int().min(0).max(LIMITS.votesPerItem),
  impact: z.number().int().min(1).max(5).nullable(),
  effort: z.number().int().min(1).max(5).nullable(),
  createdAt: timestamp,
  /** 'room' when a phone sent it (room join). Optional so files without it stay valid. */
  source: z.literal('room').optional(),
  /** The facilitator hid it from the projector and the phones. */
  hidden: z.boolean().optional()
})
export type Idea = z.infer<typeof ideaSchema>

export const themeSchema = z.object({
  id,
  name: shortText.min(1),
  votes: z.number().int().min(0).max(LIMITS.votesPerItem)
})
export type Theme = z.infer<typeof themeSchema>

export const METRIC_KINDS = [
  'nps',
  'csat',
  'retention',
  'clv',
  'sentiment',
  'effort',
  'engagement',
  'custom'
] as const
export const metricKindSchema = z.enum(METRIC_KINDS)
export type MetricKind = z.infer<typeof metricKindSchema>

export const metricSchema = z.object({
  kind: metricKindSchema,
  /** The metric's name when kind is `custom`. */
  customName: shortText,
  baseline: shortText,
  target: shortText,
  measureOn: optionalDate
})
export type CustomerMetric = z.infer<typeof metricSchema>

export const PRIORITIES = ['high', 'medium', 'low'] as const
export const prioritySchema = z.enum(PRIORITIES)
export type Priority = z.infer<typeof prioritySchema>

export const actionSchema = z.object({
  id,
  what: z.string().min(1).max(LIMITS.ideaText),
  owner: shortText.min(1),
  departmentId: id,
  dueDate: isoDate,
  priority: prioritySchema,
  /** The answer to "what's in it for our customers?". Required. */
  customerBenefit: z.string().min(1).max(LIMITS.ideaText),
  metric: metricSchema,
  sourceIdeaIds: z.array(id).max(200),
  createdAt: timestamp
})
export type Action = z.infer<typeof actionSchema>

export const ESCALATION_STATUSES = ['open', 'extended', 'agreed', 'leaderDecided'] as const
/** A disagreement handled by the Rule of Two (seed 001). */
export const escalationSchema = z.object({
  id,
  topic: z.string().min(1).max(LIMITS.ideaText),
  actionId: id.nullable(),
  personA: shortText.min(1),
  personB: shortText.min(1),
  openedOn: isoDate,
  status: z.enum(ESCALATION_STATUSES),
  outcome: z.string().max(LIMITS.ideaText)
})
export type Escalation = z.infer<typeof escalationSchema>

export const recognitionSchema = z.object({
  id,
  who: shortText.min(1),
  forWhat: z.string().min(1).max(LIMITS.ideaText)
})
export type Recognition = z.infer<typeof recognitionSchema>

export const CARRIED_STATUSES = ['open', 'done', 'inProgress', 'stalled', 'dropped'] as const
export const carriedStatusSchema = z.enum(CARRIED_STATUSES)
export type CarriedStatus = z.infer<typeof carriedStatusSchema>

/** An action from the previous review, snapshotted so this meeting stands on its own. */
export const carriedActionSchema = z.object({
  id,
  sourceActionId: id,
  what: z.string().min(1).max(LIMITS.ideaText),
  owner: shortText,
  dueDate: optionalDate,
  metric: metricSchema,
  /** How many reviews this action has been carried into, this one included. */
  timesCarried: z.number().int().min(1).max(100),
  /** Whether the previous review already recorded progress on it. */
  progressedBefore: z.boolean(),
  status: carriedStatusSchema,
  latestValue: shortText,
  note: z.string().max(LIMITS.ideaText)
})
export type CarriedAction = z.infer<typeof carriedActionSchema>

export const runStateSchema = z.object({
  stage: stageKindSchema,
  roundId: id.nullable(),
  /** When the current stage was entered (ISO timestamp), null before the meeting starts. */
  stageStartedAt: timestamp.nullable(),
  meetingStartedAt: timestamp.nullable()
})
export type RunState = z.infer<typeof runStateSchema>

export const meetingSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  createdAt: timestamp,
  updatedAt: timestamp,
  facts: factsSchema,
  departments: z.array(departmentSchema).max(LIMITS.departments),
  attendees: z.array(attendeeSchema).max(LIMITS.attendees),
  story: storySchema,
  framingQuestion: z.string().max(LIMITS.ideaText),
  stages: z.array(stagePlanSchema).length(STAGE_KINDS.length),
  rounds: z.array(roundSchema).min(1).max(LIMITS.rounds),
  voteBudget: z.number().int().min(1).max(LIMITS.voteBudget),
  // Two ideas sharing a number are renumbered on load (repairMeeting), like repeated ids.
  ideas: z.array(ideaSchema).max(LIMITS.ideas),
  /** The highest idea number given so far, so a deleted idea's number is never given again. */
  lastIdeaNumber: z.number().int().min(0).max(1_000_000),
  themes: z.array(themeSchema).max(LIMITS.themes),
  actions: z.array(actionSchema).max(LIMITS.actions),
  escalations: z.array(escalationSchema).max(LIMITS.actions),
  recognitions: z.array(recognitionSchema).max(LIMITS.recognitions),
  priorities: z.array(z.string().max(LIMITS.ideaText)).max(LIMITS.priorities),
  nextReviewDate: optionalDate,
  carriedFrom: z.object({ meetingId: id, title: shortText }).nullable(),
  carried: z.array(carriedActionSchema).max(LIMITS.actions),
  run: runStateSchema
})
export type Meeting = z.infer<typeof meetingSchema>

/** What the library lists without opening whole files. */
export const meetingSummarySchema = z.object({
  id,
  title: shortText,
  quarter: z.string(),
  date: z.string(),
  updatedAt: timestamp,
  ideaCount: z.number().int(),
  actionCount: z.number().int(),
  archived: z.boolean(),
  /** Over a limit (see overLimits): it opens read-only and is never saved. Absent: within them. */
  readOnly: z.boolean().optional()
})
export type MeetingSummary = z.infer<typeof meetingSummarySchema>
