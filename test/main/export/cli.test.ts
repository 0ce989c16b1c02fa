import { spawnSync } from 'node:child_process'
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportArgsFromArgv } from '../../../src/main/app/launchArgs'
import { EXIT, runExportCli } from '../../../src/main/export/cli'
import { tempFolder } from './support'

const SEED = path.resolve('test/fixtures/seed000.meeting.json')

async function run(args: string[], cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const code = await runExportCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, cwd)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('npm run export', () => {
  it('writes the four formats from a meeting file', async () => {
    const dir = await tempFolder()
    const r = await run(
      [SEED, '--pdf', 'm.pdf', '--md', 'm.md', '--csv', 'm.csv', '--ics', 'm.ics'],
      dir
    )
    expect(r).toMatchObject({ code: EXIT.ok, err: '' })
    expect(r.out).toContain('Wrote the PDF minutes to m.pdf')
    expect((await readFile(path.join(dir, 'm.pdf'))).subarray(0, 5).toString()).toBe('%PDF-')
    expect(await readFile(path.join(dir, 'm.md'), 'utf8')).toContain(
      '# Hernando’s quarterly review'
    )
  })

  it('explains a missing, damaged or foreign file and exits with 1', async () => {
    const dir = await tempFolder()
    await writeFile(path.join(dir, 'cut.json'), (await readFile(SEED, 'utf8')).slice(0, 500))
    await writeFile(
      path.join(dir, 'other.json'),
      JSON.stringify({ name: 'some-package', version: '1.0.0' })
    )
    await writeFile(path.join(dir, 'newer.json'), JSON.stringify({ schemaVersion: 99 }))

    const missing = await run(['nope.json', '--md', 'x.md'], dir)
    expect(missing.code).toBe(EXIT.failed)
    expect(missing.err).toContain('there is no such file')
    const damaged = await run(['cut.json', '--md', 'x.md'], dir)
    expect(damaged.code).toBe(EXIT.failed)
    expect(damaged.err).toContain('is damaged: it is not complete JSON')
    const foreign = await run(['other.json', '--md', 'x.md'], dir)
    expect(foreign.code).toBe(EXIT.failed)
    expect(foreign.err).toContain('does not say which Northstar version wrote it')
    const newer = await run(['newer.json', '--md', 'x.md'], dir)
    expect(newer.err).toContain('saved by a newer version of Northstar')
  })

  it('says how to use it when the command line is wrong, and exits with 2', async () => {
    const dir = await tempFolder()
    expect((await run([SEED], dir)).code).toBe(EXIT.usage)
    expect((await run([], dir)).err).toContain('Give exactly one meeting file.')
    expect((await run([SEED, '--pdf'], dir)).code).toBe(EXIT.usage)
  })

  it('leaves an existing output alone unless --force is given', async () => {
    const dir = await tempFolder()
    await writeFile(path.join(dir, 'm.md'), 'keep me')
    const refused = await run([SEED, '--md', 'm.md'], dir)
    expect(refused.code).toBe(EXIT.failed)
    expect(refused.err).toContain('already exists (add --force to replace it)')
    expect(await readFile(path.join(dir, 'm.md'), 'utf8')).toBe('keep me')
    expect((await run([SEED, '--md', 'm.md', '--force'], dir)).code).toBe(EXIT.ok)
    expect(await readFile(path.join(dir, 'm.md'), 'utf8')).toContain('## Actions')
  })

  it('sets the process exit code when run as a script', async () => {
    const dir = await tempFolder()
    await copyFile(SEED, path.join(dir, 'seed.json'))
    const tsx = path.resolve('node_modules/.bin/tsx')
    const script = path.resolve('scripts/export/cli.ts')
    const ok = spawnSync(tsx, [script, 'seed.json', '--csv', 'a.csv'], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(ok.status).toBe(0)
    const bad = spawnSync(tsx, [script, 'missing.json', '--csv', 'a.csv'], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain('Cannot open the meeting file')
  })
})

describe('npm run export in the meeting’s language', () => {
  /** The seed meeting run in Portuguese, with a field this version does not know (a note to print). */
  async function portugueseMeeting(dir: string): Promise<string> {
    const meeting = JSON.parse(await readFile(SEED, 'utf8')) as {
      facts: Record<string, unknown>
    } & Record<string, unknown>
    meeting.facts.language = 'pt-PT'
    meeting.fromTheFuture = true
    await writeFile(path.join(dir, 'pt.json'), JSON.stringify(meeting))
    return 'pt.json'
  }

  it('words what it did and its notes in Portuguese for a meeting run in Portuguese', async () => {
    const dir = await tempFolder()
    const r = await run([await portugueseMeeting(dir), '--md', 'ata.md'], dir)
    expect(r.code).toBe(EXIT.ok)
    expect(r.out).toMatch(/^Ficheiro ata\.md escrito com a ata em Markdown \(\d+ KB\)\.$/)
    expect(r.err).toContain('Nota: O ficheiro tem campos que esta versão do Northstar não conhece')
    expect(r.err).not.toContain('Note:')

    const again = await run(['pt.json', '--md', 'ata.md'], dir)
    expect(again.code).toBe(EXIT.failed)
    expect(again.err).toContain(
      'Não é possível escrever ata.md: o ficheiro já existe (acrescente --force para o substituir).'
    )
  })

  it('takes --lang over the meeting’s language, and before the meeting is read', async () => {
    const dir = await tempFolder()
    const file = await portugueseMeeting(dir)
    const english = await run([file, '--md', 'm.md', '--lang', 'en'], dir)
    expect(english.out).toMatch(/^Wrote the Markdown minutes to m\.md/)
    expect(english.err).toContain('Note: The file has fields')

    const missing = await run(['nowhere.json', '--md', 'm.md', '--lang', 'pt-PT'], dir)
    expect(missing).toMatchObject({ code: EXIT.failed })
    expect(missing.err).toBe(
      'Não é possível abrir o ficheiro de reunião nowhere.json: o ficheiro não existe.'.replace(
        'nowhere.json',
        path.join(dir, 'nowhere.json')
      )
    )
    expect(await run([SEED, '--md', 'x.md', '--lang', 'fr'], dir)).toMatchObject({
      code: EXIT.usage
    })
  })
})

describe('the packaged app as an exporter', () => {
  it('recognises `--export` and passes the rest to the same command line', () => {
    expect(
      exportArgsFromArgv(['/opt/Northstar/northstar', '--export', 'm.json', '--pdf', 'm.pdf'], true)
    ).toEqual(['m.json', '--pdf', 'm.pdf'])
    expect(
      exportArgsFromArgv(['electron', '.', '--export', 'm.json', '--md', 'x.md'], false)
    ).toEqual(['m.json', '--md', 'x.md'])
    expect(exportArgsFromArgv(['/opt/Northstar/northstar', 'm.json'], true)).toBeNull()
  })
})
