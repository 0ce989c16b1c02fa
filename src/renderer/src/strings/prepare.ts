import { plural } from '../../../shared/i18n/plural'
import type { StoryField } from '../../../shared/meeting/schema'

/** Strings of the Prepare view (before the meeting). */
export const prepareStrings = {
  toggle: 'Prepare',
  heading: 'Prepare the meeting',
  intro:
    'Everything here is saved when you leave a field or press Enter, and every change can be undone with Ctrl+Z.',
  start: 'Start with Welcome',
  backToStage: (stage: string) => `Back to ${stage}`,
  sectionsLabel: 'Prepare sections',
  unsaved: 'Not saved yet',
  facts: {
    heading: 'Meeting facts',
    title: 'Title',
    quarter: 'Quarter',
    quarterHint: 'Like 2026-Q4',
    date: 'Date',
    place: 'Place',
    facilitator: 'Facilitator',
    mission: 'Our customer-centric mission, in one sentence',
    purpose: 'Why we are meeting',
    language: 'Language of the meeting (screens, projector, phones and minutes)'
  },
  departments: {
    heading: 'Departments',
    name: 'Name',
    color: 'Colour',
    key: 'Shortcut key',
    keyHint: 'One letter or digit: Alt + this key picks the department while capturing ideas.',
    nameOf: (name: string) => `Name of ${name}`,
    ofSuffix: (name: string) => ` of ${name}`,
    colorOf: (name: string) => `Colour of ${name}`,
    keyOf: (name: string) => `Shortcut key of ${name}`,
    addHeading: 'Add a department',
    add: 'Add department',
    presets: 'Preset department',
    addPreset: 'Add preset',
    presetOption: (name: string) => name,
    remove: (name: string) => `Remove ${name}`,
    usage: (ideas: number, attendees: number, actions: number) =>
      [
        plural('en', ideas, { one: '# idea', other: '# ideas' }),
        plural('en', attendees, { one: '# attendee', other: '# attendees' }),
        plural('en', actions, { one: '# action', other: '# actions' })
      ].join(', '),
    moveTo: (name: string) => `${name} is in use. Move its items to`,
    confirmMove: 'Move and remove',
    cancel: 'Cancel',
    unused: 'not used yet',
    usedBy: 'Used by',
    keyColumn: 'Key'
  },
  attendees: {
    heading: 'Attendees',
    name: 'Name',
    department: 'Department',
    role: 'Role',
    nameOf: (name: string) => `Name of ${name}`,
    ofSuffix: (name: string) => ` of ${name}`,
    departmentOf: (name: string) => `Department of ${name}`,
    roleOf: (name: string) => `Role of ${name}`,
    add: 'Add attendee',
    remove: (name: string) => `Remove ${name}`,
    none: 'No attendees yet. Add each person with their department and role.',
    count: (n: number) => plural('en', n, { one: '# attendee', other: '# attendees' })
  },
  story: {
    heading: 'The customer story',
    intro: 'The opening of the meeting: one real customer, in their own words.',
    fields: {
      customer: 'Customer name or alias',
      segment: 'Segment',
      text: 'The story or email, in their own words',
      channel: 'Channel it came through',
      broughtBy: 'Who brings it',
      impact: 'What it changed for the customer'
    } satisfies Record<StoryField, string>,
    private: 'Keep out of the minutes',
    privateOf: (field: string) => `Keep “${field}” out of the minutes`,
    textHint: 'Ctrl/Cmd+Enter saves; leaving the field saves too.',
    contact: 'Contact details (private)',
    contactHint:
      'How to reach the customer. Only for you: never on the projector, in the minutes or exports.'
  },
  framing: {
    heading: 'Framing question',
    label: 'Question ({customer} is replaced by the customer’s name)',
    /**
     * How the customer's place in the question is written while editing it, in this language; it is
     * stored as `{customer}` whatever the language (shared/meeting/template.ts).
     */
    customerToken: '{customer}',
    preview: 'The room will read',
    /** Stands for the customer in the question while the story has no name. */
    unnamedCustomer: 'our customer',
    reset: 'Reset to the default question'
  },
  rounds: {
    heading: 'Brainstorm rounds',
    round: (n: number, title: string) => `Round ${n}: ${title}`,
    title: 'Title',
    prompt: 'Prompt',
    checklist: 'Checklist',
    checklistAfter: ' (one question per line)',
    kind: 'Kind',
    ofRound: (n: number) => ` of round ${n}`,
    kinds: {
      open: 'Open brainstorm',
      needs: 'Customer needs checklist',
      crossDepartment: 'Build across departments',
      challenge: 'Challenge from the customer’s side'
    },
    timebox: 'Time box',
    timeboxAfter: ' (minutes)',
    timeboxName: (n: number) => `Time box of round ${n}`,
    moveUp: (title: string) => `Move “${title}” up`,
    moveDown: (title: string) => `Move “${title}” down`,
    remove: (title: string) => `Remove “${title}”`,
    up: 'Up',
    down: 'Down',
    removeShort: 'Remove',
    add: 'Add a round',
    newTitle: 'New round',
    newPrompt: 'What else can we do for our customers?'
  },
  plan: {
    heading: 'Time plan and votes',
    voteBudget: 'Votes per person',
    stagesHeading: 'Planned minutes per stage',
    stageMinutes: (stage: string) => `${stage} (minutes)`,
    minutesSuffix: ' (minutes)',
    total: (minutes: number) => {
      const h = Math.floor(minutes / 60)
      const m = minutes % 60
      return `Total: ${plural('en', minutes, { one: '# minute', other: '# minutes' })}${h > 0 ? ` (${h} h ${m} min)` : ''}`
    }
  },
  carry: {
    heading: 'Carry over last quarter’s actions',
    label: 'Carry open actions over from',
    none: 'No earlier meeting',
    current: (title: string, count: number) =>
      `Carried over from “${title}”: ${plural('en', count, { one: '# action', other: '# actions' })}.`,
    nothing: 'No actions carried over yet.',
    apply: 'Carry over',
    clear: 'Stop carrying over',
    noOthers: 'There is no other meeting in this workspace to carry actions over from.'
  },
  template: {
    heading: 'Save as a template',
    label: 'Template name',
    save: 'Save as template',
    saved: (name: string) =>
      `Saved the template “${name}”. Start a new meeting from it in the library.`,
    existing: (names: string) => `Your templates: ${names}`,
    sourceOption: (name: string) => `Your template: “${name}”`
  },
  errors: {
    notNumber: (label: string) => `${label} must be a whole number.`,
    quarter: 'Write the quarter like 2026-Q4 (year, dash, Q and 1 to 4), or leave it empty.'
  }
}
