import type { Locale } from '../i18n/locale'
import { minutesEnglish, type MinutesWording } from '../i18n/en/minutes'
import { minutesPortuguese } from '../i18n/pt-PT/minutes'
import type { IdeaLine } from './minutesModel'

export type { MinutesWording }

const WORDINGS: Record<Locale, MinutesWording> = { en: minutesEnglish, 'pt-PT': minutesPortuguese }

/**
 * Every sentence, heading and column name of the action minutes in the meeting's language. The PDF
 * (`pdfSections.ts`), the Markdown (`minutesMarkdown.ts`), the CSV header and the calendar all read
 * them from here, so two formats can never word a section differently. The catalogues live in
 * shared/i18n/<language>/minutes.ts; layout (tables, emphasis, escaping) stays with each format.
 */
export const minutesWording = (locale: Locale): MinutesWording => WORDINGS[locale]

type ColumnKey = keyof MinutesWording['columns']

/** The escalation table's columns, in the order both formats print them (the catalogues word each). */
const ESCALATION_COLUMNS: readonly ColumnKey[] = [
  'disagreement',
  'twoPeople',
  'opened',
  'agreeBy',
  'extendedTo',
  'standing'
]
/** The themes table's columns, in the order both formats print them. */
const THEME_COLUMNS: readonly ColumnKey[] = ['theme', 'ideas', 'votes']

/** The names of a table's columns in `W`'s language, in the table's order. */
const columnNames = (W: MinutesWording, keys: readonly ColumnKey[]): string[] =>
  keys.map((key) => W.columns[key])

export const escalationColumns = (W: MinutesWording): string[] => columnNames(W, ESCALATION_COLUMNS)
export const themeColumns = (W: MinutesWording): string[] => columnNames(W, THEME_COLUMNS)

/** The English minutes wording (what files written before there was a choice are worded in). */
export const MINUTES_WORDING = minutesEnglish

/**
 * The notes after an idea: author, votes, theme and its build-on thread. `text` makes a user's text
 * safe for the format (bidi isolation in the PDF, escaping in Markdown).
 */
export function ideaNotes(
  W: MinutesWording,
  idea: IdeaLine,
  text: (s: string) => string
): string[] {
  const ref = (r: { number: number; department: string }) => `#${r.number} (${text(r.department)})`
  const notes = [
    idea.author.trim() && text(idea.author),
    idea.fromRoom && W.ideaNote.fromRoom,
    idea.votes > 0 && W.votes(idea.votes),
    idea.theme && W.ideaNote.theme(text(idea.theme)),
    idea.buildsOn && W.ideaNote.buildsOn(ref(idea.buildsOn)),
    idea.builtOnBy.length && W.ideaNote.builtOnBy(idea.builtOnBy.map(ref).join(', '))
  ]
  return notes.filter((n): n is string => typeof n === 'string' && n.length > 0)
}
