import type { Display } from 'electron'
import { describe, expect, it } from 'vitest'
import {
  projectorAddress,
  projectorWindowOptions,
  toDisplayInfo
} from '../../../src/main/windows/projectorWindow'
import { secureWebPreferences } from '../../../src/main/windows/windowOptions'

const external = {
  displayId: 2,
  bounds: { x: 1920, y: 0, width: 1280, height: 720 },
  fullscreen: true,
  fellBack: false
}

describe('projectorWindowOptions', () => {
  it('uses the same locked-down preferences as every window', () => {
    expect(projectorWindowOptions('/p.cjs', external).webPreferences).toEqual(
      secureWebPreferences('/p.cjs')
    )
  })

  it('fills the chosen display, full screen on an external one, black until first paint', () => {
    const options = projectorWindowOptions('/p.cjs', external)
    expect(options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true })
    expect(options.backgroundColor).toBe('#000000')
    expect(options.show).toBe(false)
  })

  it('is a normal window when there is only the laptop screen', () => {
    const windowed = { ...external, fullscreen: false }
    expect(projectorWindowOptions('/p.cjs', windowed).fullscreen).toBe(false)
  })
})

describe('toDisplayInfo', () => {
  it('keeps the geometry and marks the primary display', () => {
    const display = {
      id: 7,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 25, width: 1440, height: 875 },
      scaleFactor: 2
    } as unknown as Display
    expect(toDisplayInfo(display, 7)).toEqual({
      id: 7,
      bounds: { x: 0, y: 0, width: 1440, height: 900 },
      workArea: { x: 0, y: 25, width: 1440, height: 875 },
      primary: true
    })
    expect(toDisplayInfo(display, 1).primary).toBe(false)
  })
})

describe('projectorAddress', () => {
  it('is the app page on the projector route', () => {
    expect(projectorAddress('app://northstar/index.html')).toBe(
      'app://northstar/index.html#/projector'
    )
  })
})
