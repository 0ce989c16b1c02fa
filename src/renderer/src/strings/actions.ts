import { minutesEnglish } from '../../../shared/i18n/en/minutes'
import { plural } from '../../../shared/i18n/plural'
import type { Escalation } from '../../../shared/meeting/schema'

/** Strings of the Actions stage: the action form, the list, and Rule-of-Two escalations. */
export const actionsStrings = {
  intro:
    'Turn the shortlist into actions: each names an owner, a due date, what is in it for our customers, and the customer metric it should move.',
  fromShortlistHeading: 'From the shortlist',
  fromShortlistEmpty:
    'Nothing on the shortlist yet: record votes in Converge, or add an action from scratch.',
  makeAction: 'Make an action',
  makeActionLabel: (label: string) => `Make an action from “${label}”`,
  hasAction: 'Has an action',
  formAddHeading: 'New action',
  formHint: 'Ctrl/Cmd+Enter adds (or saves) the action from any field.',
  formEditHeading: 'Edit action',
  fromIdeas: (count: number) =>
    `Links back to ${plural('en', count, { one: '# idea', other: '# ideas' })}`,
  unlink: 'Start from scratch instead',
  what: 'What will we do?',
  owner: 'Owner',
  ownerHint: 'An attendee, or any name.',
  department: 'Department',
  dueDate: 'Due date',
  priority: 'Priority',
  /** The minutes' words for them, so the form and the minutes name them alike. */
  priorities: minutesEnglish.priority,
  benefit: 'What’s in it for our customers?',
  benefitHint: 'Required: the customer benefit, in the customer’s terms.',
  metricHeading: 'Customer metric',
  metricKind: 'Metric',
  metricKinds: { ...minutesEnglish.metric, custom: 'Custom…' },
  customName: 'Metric name',
  baseline: 'Baseline',
  target: 'Target',
  measureOn: 'Measure on',
  add: 'Add action',
  save: 'Save changes',
  cancel: 'Cancel',
  required: {
    what: 'Say what the action is.',
    owner: 'Name the owner.',
    department: 'Pick a department.',
    dueDate: 'Pick the due date.',
    benefit: 'Say what’s in it for our customers. An action needs a customer benefit.',
    customName: 'Name the custom metric.'
  },
  listHeading: 'Actions',
  noActions: 'No actions yet.',
  actionCount: (count: number) => plural('en', count, { one: '# action', other: '# actions' }),
  ownerDue: (owner: string, due: string) => `${owner} · due ${due}`,
  metricLine: (name: string, baseline: string, target: string, measureOn: string) =>
    `${name}: ${baseline || '?'} → ${target || '?'}${measureOn ? `, measured ${measureOn}` : ''}`,
  edit: 'Edit',
  editLabel: (what: string) => `Edit action “${what}”`,
  remove: 'Remove',
  removeLabel: (what: string) => `Remove action “${what}”`,
  escalate: 'Rule of Two',
  escalateLabel: (what: string) => `Open a Rule-of-Two escalation on “${what}”`,
  sources: (texts: string) => `From: ${texts}`,
  escalatedLine: (a: string, b: string, status: string) => `Rule of Two: ${a} and ${b} · ${status}`,
  ruleHeading: 'Rule of Two',
  ruleIntro:
    'When people disagree, the two most affected get two weeks to agree, one more week if needed; then the leader decides.',
  topic: 'The disagreement',
  onAction: 'About the action',
  standalone: 'No action (standalone)',
  personA: 'First person',
  personB: 'Second person',
  openedOn: 'Opened on',
  openEscalation: 'Open escalation',
  requiredEscalation: {
    topic: 'Say what the disagreement is about.',
    personA: 'Name the first person.',
    personB: 'Name the second person.',
    openedOn: 'Pick the date it opens.',
    same: 'The Rule of Two needs two different people.'
  },
  agreeBy: (date: string) => `Agree by ${date}`,
  extendedTo: (date: string) => `With the extension: ${date}`,
  thenLeader: 'Then the leader decides.',
  datesPreview: (agreeBy: string, extendedTo: string) =>
    `They agree by ${agreeBy}; with one more week, by ${extendedTo}; then the leader decides.`,
  noEscalations: 'No escalations.',
  between: (a: string, b: string) => `${a} and ${b}`,
  status: 'Status',
  statuses: {
    open: 'Open',
    extended: 'Extended one week',
    agreed: 'Agreed',
    leaderDecided: 'Leader decided'
  } satisfies Record<Escalation['status'], string>,
  outcome: 'Outcome',
  saveOutcome: 'Save outcome',
  removeEscalation: 'Remove',
  removeEscalationLabel: (topic: string) => `Remove escalation “${topic}”`,
  statusLabel: (topic: string) => `Status of “${topic}”`,
  outcomeLabel: (topic: string) => `Outcome of “${topic}”`,
  aboutAction: (what: string) => `About: ${what}`
}
