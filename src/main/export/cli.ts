import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { ExportFormat } from '../../shared/ipc/contract'
import { EXPORT_FORMATS } from '../../shared/ipc/contract'
import type { Meeting } from '../../shared/meeting/schema'
import { FORMAT_NAMES_EN as FORMAT_NAMES, wordErrorEn } from '../../shared/i18n/en/errors'
import { decodeMeeting } from '../storage/meetingCodec'
import { readRegularFile, UnreadableFileError } from '../storage/regularFile'
import { renderExport } from './renderers'
import { writeFileIfAbsent } from '../storage/writeFileIfAbsent'

export const USAGE = `Usage: npm run export -- <meeting file> [--pdf out.pdf] [--md out.md] [--csv out.csv] [--ics out.ics] [--force]

Writes the action minutes of a Northstar meeting file. Give at least one output.
  --pdf FILE   PDF action minutes
  --md FILE    Markdown minutes
  --csv FILE   CSV of the actions
  --ics FILE   calendar with the action due dates and the next review
  --force      replace output files that already exist (otherwise they are left alone)`

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

async function loadMeeting(file: string): Promise<{ meeting: Meeting; notes: string[] }> {
  let bytes: Buffer | null
  try {
    // Only a regular file is read (never blocking on a pipe or a device); the app says the same.
    bytes = await readRegularFile(file)
  } catch (error) {
    if (error instanceof UnreadableFileError)
      throw new CliError(wordErrorEn(error.reason), EXIT.failed)
    throw error
  }
  if (bytes === null) {
    throw new CliError(`Cannot open the meeting file ${file}: there is no such file.`, EXIT.failed)
  }
  // Decoded as the app opens it: strict UTF-8, migrated, validated, repaired (the file is not changed).
  const decoded = decodeMeeting(bytes)
  if (!decoded.ok) {
    const { reason } = decoded.error
    throw new CliError(
      reason.key === 'notJson'
        ? `${file} is damaged: it is not complete JSON (it may have been cut short or changed by another program).`
        : `${file} cannot be exported: ${wordErrorEn(reason)}`,
      EXIT.failed
    )
  }
  const { meeting, repairs, unknownFields, overLimits } = decoded.value
  const notes = repairs.map((repair) => `Repaired as read: ${wordErrorEn(repair)}`)
  if (unknownFields.length > 0) {
    const left = wordErrorEn({ key: 'unknownFieldsLeftOut', fields: unknownFields, when: 'export' })
    notes.push(`Note: ${left}`)
  }
  // The sentence the app shows on its read-only banner; exporting works as in the app.
  if (overLimits.length > 0)
    notes.push(`Note: ${wordErrorEn({ key: 'overLimitsReadOnly', overLimits })}`)
  return { meeting, notes }
}

function parse(argv: string[]): {
  file: string
  outputs: Array<[ExportFormat, string]>
  force: boolean
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
  return { file: positionals[0], outputs, force: values.force === true }
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
  try {
    const { file, outputs, force } = parse(argv)
    const { meeting, notes } = await loadMeeting(resolve(cwd, file))
    for (const note of notes) io.err(note)
    const now = new Date()
    for (const [format, target] of outputs) {
      const path = resolve(cwd, target)
      const { bytes, warnings } = await renderExport(meeting, format, now).catch(
        (error: unknown) => {
          throw new CliError(
            `The ${FORMAT_NAMES[format]} could not be made: ${error instanceof Error ? error.message : String(error)}`,
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
            ? 'the file already exists (add --force to replace it)'
            : code(error) === 'ENOENT'
              ? 'its folder does not exist'
              : error instanceof Error
                ? error.message
                : String(error)
        throw new CliError(`Cannot write ${target}: ${reason}.`, EXIT.failed)
      }
      io.out(
        `Wrote the ${FORMAT_NAMES[format]} to ${target} (${Math.ceil(bytes.length / 1024)} KB).`
      )
      for (const warning of warnings) io.err(`Warning: ${warning}`)
    }
    return EXIT.ok
  } catch (error) {
    if (error instanceof CliError) {
      ;(error.exitCode === EXIT.ok ? io.out : io.err)(error.message)
      return error.exitCode
    }
    io.err(`Export failed: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT.failed
  }
}
