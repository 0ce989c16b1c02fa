import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Department } from '../../../src/shared/meeting/schema'
import { CaptureBar } from '../../../src/renderer/src/components/CaptureBar'

afterEach(cleanup)

const departments: Department[] = [
  { id: 'mk', name: 'Marketing', color: '#E69F00', key: 'm' },
  { id: 'cs', name: 'Customer Service', color: '#009E73', key: 'c' }
]

function renderBar(onCommit = vi.fn(() => Promise.resolve(true))) {
  render(<CaptureBar departments={departments} roundIdeaIds={['i1', 'i2']} onCommit={onCommit} />)
  return { onCommit, input: screen.getByLabelText<HTMLInputElement>('Idea') }
}

describe('CaptureBar', () => {
  it('picks the department with Alt + its key, also where Alt types another character', () => {
    const { input } = renderBar()
    const select = screen.getByLabelText<HTMLSelectElement>('Department')
    expect(select.value).toBe('mk')
    // macOS: Option+C produces "ç", but the physical key is still C.
    fireEvent.keyDown(input, { key: 'ç', code: 'KeyC', altKey: true })
    expect(select.value).toBe('cs')
  })

  it('commits text, department and the idea it builds on (^N), then clears for the next idea', () => {
    const { onCommit, input } = renderBar()
    fireEvent.change(input, { target: { value: '^2 Invite John to the product team' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onCommit).toHaveBeenCalledWith({
      text: 'Invite John to the product team',
      departmentId: 'mk',
      author: '',
      buildsOnId: 'i2'
    })
    expect(input.value).toBe('')
  })

  it('does not send an empty idea', () => {
    const { onCommit, input } = renderBar()
    fireEvent.change(input, { target: { value: '  @cust  ' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onCommit).not.toHaveBeenCalled()
  })

  it('keeps the text and explains when ^N names no idea, instead of dropping the build', () => {
    const onCommit = vi.fn(() => Promise.resolve(true))
    const onInvalid = vi.fn()
    render(
      <CaptureBar
        departments={departments}
        roundIdeaIds={['i1']}
        onCommit={onCommit}
        onInvalid={onInvalid}
      />
    )
    const input = screen.getByLabelText<HTMLInputElement>('Idea')
    fireEvent.change(input, { target: { value: '^3 Builds on a missing idea' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onCommit).not.toHaveBeenCalled()
    expect(onInvalid).toHaveBeenCalledWith(expect.stringContaining('no idea #3'))
    expect(input.value).toBe('^3 Builds on a missing idea')
  })
})
