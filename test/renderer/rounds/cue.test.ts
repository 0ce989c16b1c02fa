import { describe, expect, it, vi } from 'vitest'
import { createCuePlayer } from '../../../src/renderer/src/audio/cue'
import { createFakeAudio } from './fakeAudio'

describe('the end-of-round cue', () => {
  it('generates its tone with oscillators on the audio clock, no sound file involved', () => {
    const audio = createFakeAudio()
    const factory = vi.fn(() => audio.context)
    const cue = createCuePlayer(factory)
    cue.play()
    expect(audio.tones.length).toBeGreaterThan(0)
    for (const tone of audio.tones) {
      expect(tone.connected).toBe(true)
      expect(tone.frequency).toBeGreaterThan(200)
      expect(tone.startS).toBeGreaterThanOrEqual(audio.context.currentTime)
      expect(tone.stopS).toBeGreaterThan(tone.startS)
    }
    // The whole cue is short: it says "time", it does not ring on.
    expect(Math.max(...audio.tones.map((t) => t.stopS)) - audio.context.currentTime).toBeLessThan(2)
    cue.play()
    expect(factory).toHaveBeenCalledTimes(1)
  })

  it('wakes a suspended audio context when primed by a key press', () => {
    const audio = createFakeAudio('suspended')
    const cue = createCuePlayer(() => audio.context)
    cue.prime()
    expect(audio.resumed).toHaveLength(1)
  })

  it('stays silent, without throwing, on a machine with no audio', () => {
    const cue = createCuePlayer(() => null)
    expect(() => cue.play()).not.toThrow()
    const broken = createCuePlayer(() => {
      throw new Error('no audio device')
    })
    expect(() => broken.play()).not.toThrow()
  })
})
