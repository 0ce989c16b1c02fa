import { english } from '../../../../src/renderer/src/strings'
import { minutesEnglish } from '../../../../src/shared/i18n/en/minutes'
import { templateEnglish } from '../../../../src/shared/i18n/en/template'
import { inRoom } from './script'
import type { MeetingScript } from './script'

const REPLACE = 'Same-day replacement before a recital'
const TEACHERS = 'Free hearing checks for music teachers'

/** The whole meeting in English: John's email from seed 000, six departments, four rounds. */
export const englishMeeting: MeetingScript = {
  locale: 'en',
  htmlLang: 'en',
  s: english,
  template: templateEnglish,
  minutes: minutesEnglish,
  shots: 'full-meeting/',
  reviewShots: false,
  title: 'Q4 customer review — the whole run',
  facts: {
    quarter: '2026-Q4',
    date: '2026-12-03',
    place: 'Zürich, Salle Lumière',
    facilitator: 'Hernando'
  },
  story: {
    customer: 'John',
    segment: 'Hearing-aid customer for three months',
    text:
      'Dear team,\n' +
      'I have been using your device for three months now. Last week, for the first time in years, ' +
      'I could clearly hear my daughter sing at her school recital.\nThank you.\nJohn',
    channel: 'Email',
    broughtBy: 'Hernando',
    impact: 'He reconnected with his daughter: he heard her sing at her school recital.'
  },
  storyPhrase: /clearly hear my daughter sing at her school recital/,
  // Six departments.
  people: inRoom([
    ['Operations', 'Leader, facilitator'],
    ['Marketing', 'Marketing exec'],
    ['Customer Service', 'Support lead'],
    ['Product', 'Product manager'],
    ['Finance', 'Controller'],
    ['Sales', 'Account manager'],
    ['Product', 'Deputy director']
  ]),
  ideas: [
    [1, 'Marketing', TEACHERS, null],
    [1, 'Product', 'A music mode tuned for live singing', null],
    [1, 'Customer Service', 'Collect a customer story from every support call', null],
    [1, 'Finance', 'Discount for schools that join the teachers’ programme', TEACHERS],
    [
      1,
      'Sales',
      'Bundle the music mode with a concert-season offer',
      'A music mode tuned for live singing'
    ],
    [1, 'Operations', REPLACE, null],
    [2, 'Product', 'A recital preset in the app', null],
    [
      2,
      'Customer Service',
      'Coach customers by phone to switch presets',
      'A recital preset in the app'
    ],
    [3, 'Sales', 'A family plan so relatives can share a device', null],
    [
      3,
      'Finance',
      'One monthly fee for the family plan',
      'A family plan so relatives can share a device'
    ],
    [4, 'Operations', 'Overnight replacements shipped to concert venues', null],
    [
      4,
      'Marketing',
      'Tell customers about overnight replacement in the welcome email',
      'Overnight replacements shipped to concert venues'
    ]
  ],
  at: {
    Marketing: 'mark',
    'Customer Service': 'cust',
    Finance: 'fin',
    Sales: 'sales',
    Operations: 'oper'
  },
  replace: REPLACE,
  teachers: TEACHERS,
  themes: {
    'Music moments': [
      'A music mode tuned for live singing',
      'Bundle the music mode with a concert-season offer',
      'A recital preset in the app'
    ],
    'Families together': [
      'A family plan so relatives can share a device',
      'One monthly fee for the family plan'
    ]
  },
  actions: [
    {
      what: REPLACE,
      owner: 'Hernando Ruiz',
      department: 'Operations',
      dueDate: '2027-01-15',
      priority: 'high',
      benefit: 'No customer misses a recital because a device failed',
      metric: 'csat',
      baseline: '4.1',
      target: '4.6',
      measureOn: '2027-03-31'
    },
    {
      what: 'Ship a music mode for live singing',
      owner: 'Νίκος Παπαδόπουλος',
      department: 'Product',
      dueDate: '2027-02-28',
      priority: 'high',
      benefit: 'Parents hear their children sing, clearly',
      metric: 'nps',
      baseline: '32',
      target: '40',
      measureOn: '2027-03-31'
    },
    {
      what: 'Pilot the family plan in three cities',
      owner: 'Анна Смирнова',
      department: 'Finance',
      dueDate: '2027-01-31',
      priority: 'medium',
      benefit: 'Families can afford a device for everyone who needs one',
      metric: 'retention',
      baseline: '81%',
      target: '88%',
      measureOn: '2027-04-30'
    },
    {
      what: 'Thank-you call within a week of every story',
      owner: 'Zoë Øberg',
      department: 'Customer Service',
      dueDate: '2026-12-20',
      priority: 'low',
      benefit: 'Customers who write to us feel heard',
      metric: 'custom',
      metricName: 'Stories received per month',
      baseline: '2',
      target: '6',
      measureOn: '2027-02-28'
    }
  ],
  escalation: {
    topic: 'Music mode before or after the battery fix?',
    personA: 'Νίκος Παπαδόπουλος',
    personB: 'José Núñez',
    openedOn: '2026-12-03',
    agreeBy: '2026-12-17',
    extendedTo: '2026-12-24'
  },
  recognitions: [
    ['Hernando Ruiz', 'bringing John’s email to the room'],
    ['Zoë Øberg', 'calling back every customer who wrote to us']
  ],
  priorities: [
    'A music mode in every hearing aid',
    'A family plan by spring',
    'A customer story at every review'
  ],
  nextReview: '2027-03-04',
  minutesDate: 'Thursday 3 December 2026'
}
