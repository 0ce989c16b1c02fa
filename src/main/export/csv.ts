import Papa from 'papaparse'
import type { Meeting } from '../../shared/meeting/schema'
import { ACTION_COLUMNS, actionRows } from '../../shared/minutes/actionRows'
import { minutesWording } from '../../shared/minutes/minutesWording'

/** Excel and LibreOffice read a CSV as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF'

/**
 * A cell a spreadsheet would run as a formula. papaparse’s default for `escapeFormulae: true`
 * (`/^[=+\-@\t\r].*$/`) misses multi-line cells, because `.` does not match a line break.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * The actions as CSV for a spreadsheet or tracker: UTF-8 with BOM, CRLF line ends, every cell quoted
 * (commas, quotes and line breaks survive), and formulas neutralised: papaparse's `escapeFormulae`
 * prefixes an apostrophe to any cell starting with =, +, -, @, tab or carriage return, so opening
 * the file never runs a formula someone typed as an action (CSV injection).
 */
export function actionsCsv(meeting: Meeting): string {
  // The header row is worded in the meeting's language; dates stay YYYY-MM-DD for any spreadsheet.
  const wording = minutesWording(meeting.facts.language)
  const csv = Papa.unparse(
    {
      fields: ACTION_COLUMNS.map((c) => wording.csv[c]),
      data: actionRows(meeting).map((row) => ACTION_COLUMNS.map((c) => row[c]))
    },
    { quotes: true, newline: '\r\n', escapeFormulae: FORMULA_START }
  )
  return `${BOM}${csv}\r\n`
}
