import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ExportFormat } from '../../shared/ipc/contract'
import { EXPORT_FORMATS } from '../../shared/ipc/contract'
import type { Meeting } from '../../shared/meeting/schema'
import { cliEnglish, type CliWording } from '../../shared/i18n/en/cli'
import { wordError } from '../../shared/i18n/errorCatalogues'
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../shared/i18n/locale'
import { cliPortuguese } from '../../shared/i18n/pt-PT/cli'
import { decodeMeeting } from '../storage/meetingCodec'
import { readRegularFile, UnreadableFileError } from '../storage/regularFile'
import { renderExport } from './renderers'
import { writeFileIfAbsent } from '../storage/writeFileIfAbsent'

export const USAGE = `Usage: npm run export -- <meeting file> [--pdf out.pdf] [--md out.md] [--csv out.csv] [--ics out.ics] [--force] [--lang en|pt-PT]

Writes the action minutes of a Northstar meeting file. Give at least one output.
  --pdf FILE   PDF action minutes
  --md FILE    Markdown minutes
  --csv FILE   CSV of the actions
  --ics FILE   calendar with the action due dates and the next review
  --force      replace output files that already exist (otherwise they are left alone)
  --lang LANG  the language of these messages (${LOCALES.join(', ')}); by default the meeting's own,
               or English while the meeting is not read yet`

/** What the CLI prints about a meeting, per language. */
const CLI_WORDINGS: Record<Locale, CliWording> = { en: cliEnglish, 'pt-PT': cliPortuguese }

/** Exit codes: 0 done, 1 the meeting or an output failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

export interface CliOutput {
  out: (line: string) => void
  err: (line: string) => void
}

const code = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message)
  }
}

/**
 * Reads and decodes a meeting file as the app opens it. Messages before the meeting is read are in
 * `asked` (the `--lang`) or English; the notes after it in `asked` or the meeting's own language.
 */
async function loadMeeting(
  file: string,
  asked: Locale | null
): Promise<{ meeting: Meeting; notes: string[]; locale: Locale }> {
  const before = asked ?? DEFAULT_LOCALE
  const W = CLI_WORDINGS[before]
  let bytes: Buffer | null
  try {
    // Only a regular file is read (never blocking on a pipe or a device); the app says the same.
    bytes = await readRegularFile(file)
  } catch (error) {
    if (error instanceof UnreadableFileError)
      throw new CliError(wordError(before, error.reason), EXIT.failed)
    throw error
  }
  if (bytes === null) throw new CliError(W.noSuchFile(file), EXIT.failed)
  // Decoded as the app opens it: strict UTF-8, migrated, validated, repaired (the file is not changed).
  const decoded = decodeMeeting(bytes)
  if (!decoded.ok) {
    const { reason } = decoded.error
    throw new CliError(
      reason.key === 'notJson' ? W.damaged(file) : W.cannotExport(file, wordError(before, reason)),
      EXIT.failed
    )
  }
  const { meeting, repairs, unknownFields, overLimits } = decoded.value
  const locale = asked ?? meeting.facts.language
  const M = CLI_WORDINGS[locale]
  const word = (reason: Parameters<typeof wordError>[1]) => wordError(locale, reason)
  const notes = repairs.map((repair) => M.repaired(word(repair)))
  if (unknownFields.length > 0)
    notes.push(M.note(word({ key: 'unknownFieldsLeftOut', fields: unknownFields, when: 'export' })))
  // The sentence the app shows on its read-only banner; exporting works as in the app.
  if (overLimits.length > 0) notes.push(M.note(word({ key: 'overLimitsReadOnly', overLimits })))
  return { meeting, notes, locale }
}

function parse(argv: string[]): {
  file: string
  outputs: Array<[ExportFormat, string]>
  force: boolean
  lang: Locale | null
} {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pdf: { type: 'string' },
        md: { type: 'string' },
        csv: { type: 'string' },
        ics: { type: 'string' },
        force: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    throw new CliError(
      `${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`,
      EXIT.usage
    )
  }
  const { values, positionals } = parsed
  if (values.help) throw new CliError(USAGE, EXIT.ok)
  if (positionals.length !== 1 || !positionals[0]) {
    throw new CliError(`Give exactly one meeting file.\n\n${USAGE}`, EXIT.usage)
  }
  const outputs = EXPORT_FORMATS.flatMap((f): Array<[ExportFormat, string]> => {
    const path = values[f]
    return typeof path === 'string' && path ? [[f, path]] : []
  })
  if (!outputs.length)
    throw new CliError(`Say what to write: --pdf, --md, --csv or --ics.\n\n${USAGE}`, EXIT.usage)
  const { lang } = values
  if (lang !== undefined && !isLocale(lang))
    throw new CliError(`--lang takes one of: ${LOCALES.join(', ')}.\n\n${USAGE}`, EXIT.usage)
  return { file: positionals[0], outputs, force: values.force === true, lang: lang ?? null }
}

/**
 * The command-line export: `<meeting file> --pdf out.pdf --md out.md --csv out.csv --ics out.ics`.
 * Uses the same renderers as the app. Returns the process exit code; never throws.
 */
export async function runExportCli(
  argv: string[],
  io: CliOutput,
  cwd = process.cwd()
): Promise<number> {
  // English until the command line and the meeting say otherwise.
  let W = cliEnglish
  try {
    const { file, outputs, force, lang } = parse(argv)
    W = CLI_WORDINGS[lang ?? DEFAULT_LOCALE]
    const { meeting, notes, locale } = await loadMeeting(resolve(cwd, file), lang)
    W = CLI_WORDINGS[locale]
    for (const note of notes) io.err(note)
    const now = new Date()
    for (const [format, target] of outputs) {
      const path = resolve(cwd, target)
      const { bytes, warnings } = await renderExport(meeting, format, now).catch(
        (error: unknown) => {
          throw new CliError(
            W.notMade(W.formatName(format), error instanceof Error ? error.message : String(error)),
            EXIT.failed
          )
        }
      )
      try {
        if (force) await writeFile(path, bytes)
        else await writeFileIfAbsent(path, bytes)
      } catch (error) {
        const reason =
          code(error) === 'EEXIST'
            ? W.alreadyExists
            : code(error) === 'ENOENT'
              ? W.noFolder
              : error instanceof Error
                ? error.message
                : String(error)
        throw new CliError(W.cannotWrite(target, reason), EXIT.failed)
      }
      io.out(W.wrote(W.formatName(format), target, Math.ceil(bytes.length / 1024)))
      for (const warning of warnings) io.err(W.warning(warning))
    }
    return EXIT.ok
  } catch (error) {
    if (error instanceof CliError) {
      ;(error.exitCode === EXIT.ok ? io.out : io.err)(error.message)
      return error.exitCode
    }
    io.err(W.failed(error instanceof Error ? error.message : String(error)))
    return EXIT.failed
  }
}
