import { resolve } from 'node:path'

/**
 * The meeting file named on a command line (a double-clicked file arrives this way on Windows and
 * Linux), resolved against `cwd`, or null. The first argument is the executable; an unpackaged app
 * is started as `electron <app path>`, so that one is skipped too. Chromium and Electron switches
 * (`--foo`) are not file names.
 */
export function meetingPathFromArgv(
  argv: readonly string[],
  cwd: string,
  isPackaged: boolean
): string | null {
  const args = argv.slice(isPackaged ? 1 : 2).filter((arg) => arg !== '' && !arg.startsWith('-'))
  const last = args.at(-1)
  return last === undefined ? null : resolve(cwd, last)
}

/**
 * The export arguments when the app itself is started for a command-line export
 * (`Northstar --export <meeting file> --pdf out.pdf …`), else null. The first argument is the
 * executable, and an unpackaged app is started as `electron <app path>`, so those are skipped.
 * The Electron entry then runs `runExportCli(args, …)` (src/main/export/cli.ts) and quit without opening a window.
 */
export function exportArgsFromArgv(argv: readonly string[], isPackaged: boolean): string[] | null {
  const args = argv.slice(isPackaged ? 1 : 2)
  const flag = args.indexOf('--export')
  return flag === -1
    ? null
    : [...args.slice(0, flag), ...args.slice(flag + 1)].filter((a) => a !== '')
}
