import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CloseStage } from '../../../src/renderer/src/screens/stages/CloseStage'
import { renderStage } from '../converge/renderStage'

afterEach(cleanup)

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } })

describe('Recognition & close stage', () => {
  it('recognises advocates, returns focus to “Who”, and removes one', async () => {
    const { meeting } = await renderStage(CloseStage)
    type('Who', 'Maria')
    type('For what', 'bringing John’s email')
    fireEvent.submit(screen.getByLabelText('Who').closest('form')!)
    await screen.findByText(/bringing John’s email/)
    expect(document.activeElement?.id).toBe('recognition-who')
    expect(screen.getByLabelText<HTMLInputElement>('Who').value).toBe('')
    expect(meeting().recognitions).toEqual([
      expect.objectContaining({ who: 'Maria', forWhat: 'bringing John’s email' })
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Remove the recognition of Maria' }))
    await waitFor(() => expect(meeting().recognitions).toHaveLength(0))
  })

  it('says what is missing next to the field', async () => {
    const { meeting } = await renderStage(CloseStage)
    type('Who', 'Maria')
    fireEvent.click(screen.getByRole('button', { name: 'Recognise' }))
    expect(screen.getByText('Say what they are recognised for.')).toBeTruthy()
    expect(document.activeElement?.id).toBe('recognition-for')
    expect(meeting().recognitions).toHaveLength(0)
  })

  it('saves up to three priorities together and the next review date', async () => {
    const { meeting } = await renderStage(CloseStage)
    type('Priority 1', 'Music mode')
    type('Priority 3', 'Stories in every review')
    fireEvent.submit(screen.getByLabelText('Priority 1').closest('form')!)
    await screen.findByText('Priorities saved.')
    // Empty fields are dropped by the domain; the order is kept.
    expect(meeting().priorities).toEqual(['Music mode', 'Stories in every review'])

    type('Date of the next review', '2027-02-26')
    await screen.findByText('Next review on 26 Feb 2027.')
    expect(meeting().nextReviewDate).toBe('2027-02-26')
  })
})
