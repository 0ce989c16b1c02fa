import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { meetingPathFromArgv } from '../../../src/main/app/launchArgs'

describe('meetingPathFromArgv', () => {
  it('finds a file given to the installed app, relative to where it was started', () => {
    expect(meetingPathFromArgv(['/opt/Northstar/northstar', 'q3.json'], '/home/me', true)).toBe(
      resolve('/home/me', 'q3.json')
    )
  })

  it('skips the app path of an unpackaged run', () => {
    expect(meetingPathFromArgv(['electron', '.'], '/w', false)).toBeNull()
    expect(meetingPathFromArgv(['electron', '.', '/data/q3.json'], '/w', false)).toBe(
      resolve('/data/q3.json')
    )
  })

  it('ignores switches that Chromium or the OS add', () => {
    expect(
      meetingPathFromArgv(
        ['northstar', '--no-sandbox', '--allow-file-access-from-files'],
        '/',
        true
      )
    ).toBeNull()
    expect(meetingPathFromArgv(['northstar', '-psn_0_12345', 'a.json'], '/x', true)).toBe(
      resolve('/x', 'a.json')
    )
  })

  it('has nothing to open when started plainly', () => {
    expect(meetingPathFromArgv(['northstar'], '/', true)).toBeNull()
  })
})
