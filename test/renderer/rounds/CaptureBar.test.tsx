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
  // Meeting-wide numbers: #7 may sit in an earlier round and still be built on from this one.
  const ideaIdsByNumber = new Map([
    [1, 'i1'],
    [7, 'i2']
  ])
  render(
    <CaptureBar
      departments={departments}
      ideaIdOfNumber={(n) => ideaIdsByNumber.get(n) ?? null}
      onCommit={onCommit}
    />
  )
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
    fireEvent.change(input, { target: { value: '^7 Invite John to the product team' } })
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
        ideaIdOfNumber={(n) => (n === 1 ? 'i1' : null)}
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

  it('refuses an unknown @name, naming the departments, and keeps the text', () => {
    const onCommit = vi.fn(() => Promise.resolve(true))
    const onInvalid = vi.fn()
    render(
      <CaptureBar
        departments={departments}
        ideaIdOfNumber={() => null}
        onCommit={onCommit}
        onInvalid={onInvalid}
      />
    )
    const input = screen.getByLabelText<HTMLInputElement>('Idea')
    fireEvent.change(input, { target: { value: '@ops Ship spare parts overnight' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onCommit).not.toHaveBeenCalled()
    expect(onInvalid).toHaveBeenCalledWith(
      expect.stringMatching(/No department is called “@ops”.*Marketing, Customer Service/)
    )
    expect(input.value).toBe('@ops Ship spare parts overnight')
  })

  it('files @CS and @cust under Customer Service whatever the case, without the prefix', () => {
    const { onCommit, input } = renderBar()
    fireEvent.change(input, { target: { value: '@CS Call back within a day' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(onCommit).toHaveBeenLastCalledWith(
      expect.objectContaining({ text: 'Call back within a day', departmentId: 'cs' })
    )
  })
})
