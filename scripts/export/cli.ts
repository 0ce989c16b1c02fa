import { runExportCli } from '../../src/main/export/cli'

/** `npm run export -- <meeting file> --pdf out.pdf …` (see src/main/export/cli.ts for the options). */
process.exitCode = await runExportCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line)
})
