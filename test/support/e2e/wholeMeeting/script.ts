import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Page } from 'playwright-core'
import type { Strings } from '../../../../src/renderer/src/strings'
import type { MinutesWording } from '../../../../src/shared/i18n/en/minutes'
import type { TemplateWording } from '../../../../src/shared/i18n/en/template'
import type { Locale } from '../../../../src/shared/i18n/locale'
import type { ActionInput } from '../fullMeetingSteps'
import { SCREENSHOT_DIR } from '../launchNorthstar'
import type { NorthstarHarness } from '../launchNorthstar'
import type { AttendeeInput } from '../prepareSteps'

/** The seven people in the room, with accented, Greek and Cyrillic names: the same in every language. */
const ROOM = [
  'Hernando Ruiz',
  'Tom Becker',
  'Zoë Øberg',
  'Νίκος Παπαδόπουλος',
  'Анна Смирнова',
  'José Núñez',
  'Alex Ångström'
]

/** The people in the room, in ROOM's order, each given [department, role] in the script's language. */
export const inRoom = (places: Array<[string, string]>): AttendeeInput[] =>
  ROOM.map((name, i) => ({ name, department: places[i]![0], role: places[i]![1] }))

/** An idea of the rounds: [round number, department, text, builds on (text) or null]. */
export type IdeaLine = [number, string, string, string | null]

/**
 * Everything the whole-meeting run types and expects, in one language: the meeting's content, and
 * the catalogues its screens, template and minutes are worded from (the run reads every label there).
 */
export interface MeetingScript {
  locale: Locale
  /** The `lang` both windows must carry. */
  htmlLang: string
  /** The screens' catalogue for this language. */
  s: Strings
  /** The built-in template's words the new meeting starts from. */
  template: TemplateWording
  /** The minutes' words (PDF headings). */
  minutes: MinutesWording
  /** Screenshot names: `<shots>01-prepare.png` under test-output/e2e/. */
  shots: string
  /**
   * Pictures for a person reviewing the language: the projector at every stage and the PDF's pages as
   * PNGs (the projector's text and the PDF's are checked either way).
   */
  reviewShots: boolean
  title: string
  facts: { quarter: string; date: string; place: string; facilitator: string }
  story: {
    customer: string
    segment: string
    text: string
    channel: string
    broughtBy: string
    impact: string
  }
  /** A phrase of the story's text, as a pattern, to find it on the stages. */
  storyPhrase: RegExp
  people: AttendeeInput[]
  /** Every idea of the four rounds, in capture order (round 1 as the run types it: see runRounds). */
  ideas: IdeaLine[]
  /** The `@word` that picks each round-1 department (other rounds type a name's first four letters). */
  at: Record<string, string>
  /** The idea that gets + votes and the first action, and the idea that gets typed votes. */
  replace: string
  teachers: string
  themes: Record<string, string[]>
  actions: ActionInput[]
  escalation: {
    topic: string
    personA: string
    personB: string
    openedOn: string
    agreeBy: string
    extendedTo: string
  }
  recognitions: Array<[string, string]>
  priorities: string[]
  nextReview: string
  /** The meeting date as the minutes write it. */
  minutesDate: string
}

/** One run of the whole meeting: the harness, both windows, and the script it follows. */
export interface MeetingRun {
  app: NorthstarHarness
  page: Page
  /** The projector, opened on Welcome (null before). */
  projector: Page | null
  m: MeetingScript
  /** The screens' catalogue (`m.s`). */
  s: Strings
  meetingId: string
}

/**
 * Screenshots of the facilitator's window (and the projector's, once open, if the script asks) for a
 * person to look at:
 * test-output/e2e/<m.shots><name>.png and …<name>-projector.png.
 */
export async function shoot(run: MeetingRun, name: string): Promise<void> {
  const path = `${run.m.shots}${name}`
  await mkdir(dirname(join(SCREENSHOT_DIR, path)), { recursive: true })
  await run.app.screenshot(run.page, path)
  if (run.projector && run.m.reviewShots)
    await run.app.screenshot(run.projector, `${path}-projector`)
}
