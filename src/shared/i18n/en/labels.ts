import type { Labels } from '../catalogue'

/** English labels of the fields commands check, as a sentence starts with them. */
export const FIELDS_EN: Labels['fields'] = {
  title: 'Title',
  meetingDate: 'Meeting date',
  factField: 'This field',
  mission: 'Mission',
  purpose: 'Purpose',
  departmentName: 'Department name',
  name: 'Name',
  role: 'Role',
  customerName: 'Customer name',
  segment: 'Segment',
  story: 'The story',
  channel: 'Channel',
  broughtBy: 'Who brings it',
  storyImpact: 'What it changed',
  contact: 'Contact details',
  framingQuestion: 'The framing question',
  roundTitle: 'Round title',
  roundPrompt: 'Round prompt',
  checklistQuestion: 'Checklist question',
  timebox: 'The time box',
  newPosition: 'The new position',
  plannedMinutes: 'Planned minutes',
  voteBudget: 'The vote budget',
  latestValue: 'Latest value',
  note: 'Note',
  metricName: 'Metric name',
  baseline: 'Baseline',
  target: 'Target',
  measureDate: 'The measure date',
  actionWhat: 'What the action is',
  owner: 'The owner',
  dueDate: 'The due date',
  customerBenefit: 'The customer benefit (what’s in it for our customers?)',
  firstPerson: 'The first person',
  secondPerson: 'The second person',
  disagreement: 'The disagreement',
  startDate: 'The start date',
  outcome: 'The outcome',
  themeName: 'Theme name',
  votes: 'Votes',
  impact: 'Impact',
  effort: 'Effort',
  idea: 'The idea',
  author: 'Author',
  mergedIdea: 'The merged idea',
  recognisedWho: 'Who is recognised',
  recognisedFor: 'What they are recognised for',
  priority: 'A priority',
  nextReviewDate: 'The next review date',
  meetingTitle: 'The title',
  templateName: 'The template name'
}

const thing = (one: string, many = `${one}s`) => ({
  one,
  counted: { one: `# ${one}`, other: `# ${many}` }
})

/** English names of the things a meeting holds. */
export const THINGS_EN: Labels['things'] = {
  department: thing('department'),
  attendee: thing('attendee'),
  round: thing('round'),
  carriedAction: thing('carried-over action'),
  sourceIdea: thing('source idea'),
  action: thing('action'),
  escalation: thing('escalation'),
  theme: thing('theme'),
  idea: thing('idea'),
  ideaToBuildOn: thing('idea to build on', 'ideas to build on'),
  recognition: thing('recognition')
}

/** What a schema check was reading, as a sentence starts with it. */
export const SUBJECTS_EN: Labels['subjects'] = {
  meetingFile: 'This meeting file',
  change: 'That change',
  request: 'The request'
}
