import { describe, expect, it } from 'vitest'
import { placeProjector } from '../../../src/shared/projector/placement'
import type { DisplayInfo } from '../../../src/shared/projector/placement'

const display = (
  id: number,
  x: number,
  width: number,
  height: number,
  primary = false
): DisplayInfo => ({
  id,
  primary,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 25, width, height: height - 25 }
})

const laptop = display(1, 0, 1440, 900, true)
const projector = display(2, 1440, 1920, 1080)
const tv = display(3, 3360, 1280, 720)

describe('projector window placement', () => {
  it('one display: a centred window on the laptop, not full screen', () => {
    expect(placeProjector([laptop], null)).toEqual({
      displayId: 1,
      bounds: { x: 80, y: 103, width: 1280, height: 720 },
      fullscreen: false,
      fellBack: false
    })
  })

  it('two displays: full screen on the external one', () => {
    expect(placeProjector([laptop, projector], null)).toMatchObject({
      displayId: 2,
      bounds: projector.bounds,
      fullscreen: true
    })
  })

  it('three displays: the saved choice wins, else the leftmost external', () => {
    expect(placeProjector([laptop, projector, tv], 3)).toMatchObject({
      displayId: 3,
      fullscreen: true,
      fellBack: false
    })
    expect(placeProjector([tv, laptop, projector], null)).toMatchObject({ displayId: 2 })
  })

  it('the chosen display removed mid-meeting: falls back and says so', () => {
    expect(placeProjector([laptop, projector], 3)).toMatchObject({
      displayId: 2,
      fullscreen: true,
      fellBack: true
    })
    expect(placeProjector([laptop], 2)).toMatchObject({
      displayId: 1,
      fullscreen: false,
      fellBack: true
    })
  })

  it('a small laptop screen: the window fits the work area', () => {
    const small = display(9, 0, 1024, 600, true)
    expect(placeProjector([small], null)!.bounds).toEqual({ x: 0, y: 25, width: 1024, height: 575 })
  })

  it('no displays at all: nothing to place', () => {
    expect(placeProjector([], null)).toBeNull()
  })
})
