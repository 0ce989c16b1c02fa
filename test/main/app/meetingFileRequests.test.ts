import { describe, expect, it, vi } from 'vitest'
import { MeetingFileRequests, meetingAddress } from '../../../src/main/app/meetingFileRequests'

describe('MeetingFileRequests', () => {
  it('keeps files asked for before the page listens, in order, and ignores empty requests', () => {
    const requests = new MeetingFileRequests()
    requests.request('/a.json')
    requests.request(null)
    requests.request('/b.json')
    expect(requests.takePending()).toEqual(['/a.json', '/b.json'])
    expect(requests.takePending()).toEqual([])
  })

  it('opens waiting files once the page listens, then each new one at once', () => {
    const requests = new MeetingFileRequests()
    const open = vi.fn()
    requests.request('/early.json')
    requests.startOpening(open)
    expect(open.mock.calls).toEqual([['/early.json']])
    requests.request('/later.json')
    expect(open.mock.calls).toEqual([['/early.json'], ['/later.json']])
    expect(requests.takePending()).toEqual([])
  })
})

describe('meetingAddress', () => {
  it('names the meeting in the fragment the renderer reads', () => {
    expect(meetingAddress('app://northstar/index.html', 'm 1/x')).toBe(
      'app://northstar/index.html#/meeting/m%201%2Fx'
    )
  })
})
