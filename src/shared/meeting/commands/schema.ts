import { z } from 'zod'
import {
  carriedActionSchema,
  carriedStatusSchema,
  ESCALATION_STATUSES,
  factsSchema,
  metricSchema,
  prioritySchema,
  ROUND_KINDS,
  stageKindSchema,
  STORY_FIELDS
} from '../schema'

/**
 * Shape checks for commands arriving from the renderer. Lengths, emptiness and references are checked
 * by the command handlers so that each refusal can be explained in the facilitator's words.
 * Strings are capped here only to stop absurd payloads before they reach the domain.
 */
const text = z.string().max(1_000_000)
const id = z.string().min(1).max(64)
const nullableId = id.nullable()
const int = z.number().int()

const storyPatch = z
  .object({
    customer: text,
    segment: text,
    text: text,
    channel: text,
    broughtBy: text,
    impact: text,
    contact: text,
    privateFields: z.array(z.enum(STORY_FIELDS)).max(STORY_FIELDS.length)
  })
  .partial()
  .strict()

const roundPatch = z
  .object({
    title: text,
    prompt: text,
    checklist: z.array(text).max(12),
    kind: z.enum(ROUND_KINDS),
    timeboxMinutes: int
  })
  .partial()
  .strict()

const actionFields = z.object({
  what: text,
  owner: text,
  departmentId: id,
  dueDate: text,
  priority: prioritySchema,
  customerBenefit: text,
  metric: metricSchema.extend({ customName: text, baseline: text, target: text, measureOn: text }),
  sourceIdeaIds: z.array(id).max(200)
})

export const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('facts.update'), patch: factsSchema.extend({}).partial().strict() }),
  z.object({ type: z.literal('department.add'), name: text, color: text, key: text }),
  z.object({
    type: z.literal('department.update'),
    id,
    name: text.optional(),
    color: text.optional(),
    key: text.optional()
  }),
  z.object({ type: z.literal('department.remove'), id, reassignTo: nullableId.optional() }),
  z.object({ type: z.literal('attendee.add'), name: text, departmentId: id, role: text }),
  z.object({
    type: z.literal('attendee.update'),
    id,
    name: text.optional(),
    departmentId: id.optional(),
    role: text.optional()
  }),
  z.object({ type: z.literal('attendee.remove'), id }),
  z.object({ type: z.literal('story.update'), patch: storyPatch }),
  z.object({ type: z.literal('framing.set'), question: text }),
  z.object({
    type: z.literal('round.add'),
    title: text,
    prompt: text,
    kind: z.enum(ROUND_KINDS),
    timeboxMinutes: int,
    checklist: z.array(text).max(12).optional()
  }),
  z.object({ type: z.literal('round.update'), id, patch: roundPatch }),
  z.object({ type: z.literal('round.move'), id, toIndex: int }),
  z.object({ type: z.literal('round.remove'), id }),
  z.object({ type: z.literal('stage.plan'), kind: stageKindSchema, plannedMinutes: int }),
  z.object({ type: z.literal('voteBudget.set'), budget: int }),
  z.object({
    type: z.literal('carried.set'),
    from: z.object({ meetingId: id, title: text }).nullable(),
    actions: z.array(carriedActionSchema).max(2_000)
  }),
  z.object({
    type: z.literal('carried.update'),
    id,
    status: carriedStatusSchema.optional(),
    latestValue: text.optional(),
    note: text.optional()
  }),
  z.object({ type: z.literal('run.goto'), stage: stageKindSchema, roundId: nullableId.optional() }),
  z.object({
    type: z.literal('idea.add'),
    roundId: id,
    departmentId: id,
    text,
    author: text.optional(),
    buildsOnId: nullableId.optional(),
    source: z.literal('room').optional()
  }),
  z.object({ type: z.literal('idea.setHidden'), id, hidden: z.boolean() }),
  z.object({
    type: z.literal('idea.update'),
    id,
    text: text.optional(),
    departmentId: id.optional(),
    author: text.optional(),
    buildsOnId: nullableId.optional()
  }),
  z.object({ type: z.literal('idea.move'), id, roundId: id }),
  z.object({ type: z.literal('idea.merge'), sourceId: id, targetId: id }),
  z.object({ type: z.literal('idea.delete'), id }),
  z.object({
    type: z.literal('theme.add'),
    name: text,
    ideaIds: z.array(id).max(20_000).optional()
  }),
  z.object({ type: z.literal('theme.rename'), id, name: text }),
  z.object({ type: z.literal('theme.remove'), id }),
  z.object({ type: z.literal('idea.setTheme'), ideaId: id, themeId: nullableId }),
  z.object({ type: z.literal('votes.set'), target: z.enum(['idea', 'theme']), id, votes: int }),
  z.object({
    type: z.literal('idea.score'),
    id,
    impact: int.nullable(),
    effort: int.nullable()
  }),
  actionFields.extend({ type: z.literal('action.add') }),
  z.object({ type: z.literal('action.update'), id, patch: actionFields.partial().strict() }),
  z.object({ type: z.literal('action.remove'), id }),
  z.object({
    type: z.literal('escalation.add'),
    topic: text,
    actionId: nullableId,
    personA: text,
    personB: text,
    openedOn: text
  }),
  z.object({
    type: z.literal('escalation.update'),
    id,
    status: z.enum(ESCALATION_STATUSES).optional(),
    outcome: text.optional()
  }),
  z.object({ type: z.literal('escalation.remove'), id }),
  z.object({ type: z.literal('recognition.add'), who: text, forWhat: text }),
  z.object({ type: z.literal('recognition.remove'), id }),
  z.object({ type: z.literal('priorities.set'), priorities: z.array(text).max(10) }),
  z.object({ type: z.literal('nextReview.set'), date: text })
])

/** Every change a meeting can undergo. */
export type Command = z.infer<typeof commandSchema>
export type CommandType = Command['type']
/** The command with the given `type`. */
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>
