import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ConvergeStage } from '../../../src/renderer/src/screens/stages/ConvergeStage'
import { peopleAndIdeas, renderStage } from './renderStage'

afterEach(cleanup)

const IDEAS: Array<[string, string]> = [
  ['Product', 'Music mode'],
  ['Finance', 'Family plan'],
  ['Sales', 'School pricing']
]

const setup = () => renderStage(ConvergeStage, (m) => peopleAndIdeas(m, IDEAS, 2))

describe('Converge stage', () => {
  it('groups the selected ideas into a new theme with T, and into an existing one by its name', async () => {
    const { meeting } = await setup()
    fireEvent.click(screen.getByLabelText('Select “Music mode”'))
    fireEvent.click(screen.getByLabelText('Select “Family plan”'))
    fireEvent.keyDown(screen.getByLabelText('Select “Family plan”'), { key: 't' })
    const name = await screen.findByLabelText(/Theme for 2 ideas/)
    fireEvent.change(name, { target: { value: 'At home' } })
    fireEvent.submit(name.closest('form')!)

    const theme = await screen.findByRole('region', { name: 'At home' })
    await waitFor(() => expect(within(theme).getByText('Music mode')).toBeTruthy())
    expect(within(theme).getByText('Family plan')).toBeTruthy()
    const [atHome] = meeting().themes
    expect(meeting().ideas.filter((i) => i.themeId === atHome!.id)).toHaveLength(2)

    // With nothing selected, T applies to the idea in focus; an existing name reuses the theme.
    fireEvent.keyDown(screen.getByLabelText('Select “School pricing”'), { key: 'T' })
    const again = await screen.findByLabelText(/Theme for 1 idea/)
    fireEvent.change(again, { target: { value: ' at HOME ' } })
    fireEvent.submit(again.closest('form')!)
    await waitFor(() => expect(within(theme).getByText('School pricing')).toBeTruthy())
    expect(meeting().themes).toHaveLength(1)
  })

  it('clicking an idea’s text does not tick it; rows show number, round and build link', async () => {
    await renderStage(ConvergeStage, (m) => [
      ...peopleAndIdeas(m, IDEAS, 2),
      {
        type: 'idea.add',
        roundId: m.rounds[1]!.id,
        departmentId: m.departments[3]!.id,
        text: 'Teacher bundle',
        buildsOnId: null
      }
    ])
    fireEvent.click(screen.getByText('Music mode'))
    expect(screen.getByLabelText<HTMLInputElement>('Select “Music mode”').checked).toBe(false)
    const row = screen.getByText('Teacher bundle').closest('li')!
    expect(within(row).getByText('#4')).toBeTruthy()
    expect(within(row).getByText(/Sales · What do our customers need\?/)).toBeTruthy()
  })

  it('names the idea a row builds on, and re-theming an idea where it is sends nothing', async () => {
    const { api, store, meeting } = await renderStage(ConvergeStage, (m) => [
      ...peopleAndIdeas(m, IDEAS, 2),
      { type: 'theme.add', name: 'At home', ideaIds: [] }
    ])
    const first = meeting().ideas[0]!
    await store.getState().sendCommand({
      type: 'idea.add',
      roundId: meeting().rounds[2]!.id,
      departmentId: meeting().departments[2]!.id,
      text: 'Recorded lessons',
      buildsOnId: first.id
    })
    const row = (await screen.findByText('Recorded lessons')).closest('li')!
    expect(within(row).getByText('builds on #1 (Product) in “More stories like this”')).toBeTruthy()

    const putInAtHome = async () => {
      fireEvent.keyDown(screen.getByLabelText('Select “Music mode”'), { key: 't' })
      const name = await screen.findByLabelText(/Theme for 1 idea/)
      fireEvent.change(name, { target: { value: 'At home' } })
      fireEvent.submit(name.closest('form')!)
      await waitFor(() => expect(screen.queryByLabelText(/Theme for 1 idea/)).toBeNull())
    }
    await putInAtHome()
    await waitFor(() => expect(meeting().ideas[0]!.themeId).toBe(meeting().themes[0]!.id))
    const calls = vi.mocked(api.commitCommand).mock.calls.length
    const batches = vi.mocked(api.commitCommands).mock.calls.length
    const canUndo = store.getState().current!.canUndo
    await putInAtHome()
    expect(vi.mocked(api.commitCommand).mock.calls.length).toBe(calls)
    expect(vi.mocked(api.commitCommands).mock.calls.length).toBe(batches)
    expect(store.getState().current!.canUndo).toBe(canUndo)
  })

  it('moves several ideas into an existing theme as one change: one call, one undo step', async () => {
    const { meeting, api } = await setup()
    fireEvent.click(screen.getByLabelText('Select “Music mode”'))
    fireEvent.keyDown(screen.getByLabelText('Select “Music mode”'), { key: 't' })
    const first = await screen.findByLabelText(/Theme for 1 idea/)
    fireEvent.change(first, { target: { value: 'At home' } })
    fireEvent.submit(first.closest('form')!)
    const theme = await screen.findByRole('region', { name: 'At home' })
    await waitFor(() => expect(within(theme).getByText('Music mode')).toBeTruthy())

    fireEvent.click(screen.getByLabelText('Select “Family plan”'))
    fireEvent.click(screen.getByLabelText('Select “School pricing”'))
    fireEvent.keyDown(screen.getByLabelText('Select “School pricing”'), { key: 't' })
    const second = await screen.findByLabelText(/Theme for 2 ideas/)
    fireEvent.change(second, { target: { value: 'At home' } })
    fireEvent.submit(second.closest('form')!)
    await waitFor(() => expect(within(theme).getByText('School pricing')).toBeTruthy())
    expect(api.commitCommands).toHaveBeenCalledTimes(1)
    expect(meeting().ideas.filter((i) => i.themeId === meeting().themes[0]!.id)).toHaveLength(3)
    expect(api.commitCommands).toHaveBeenLastCalledWith(meeting().id, [
      expect.objectContaining({ type: 'idea.setTheme' }),
      expect.objectContaining({ type: 'idea.setTheme' })
    ])
  })

  it('↑ / ↓ move between ideas without leaving the board', async () => {
    await setup()
    const first = screen.getByLabelText('Select “Music mode”')
    first.focus()
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(screen.getByLabelText('Select “Family plan”'))
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(first)
    // At the top, ↑ goes nowhere (and is left to the page).
    fireEvent.keyDown(first, { key: 'ArrowUp' })
    expect(document.activeElement).toBe(first)
  })

  it('Escape closes the theme prompt without a change', async () => {
    const { meeting } = await setup()
    fireEvent.keyDown(screen.getByLabelText('Select “Music mode”'), { key: 't' })
    const name = await screen.findByLabelText(/Theme for 1 idea/)
    fireEvent.keyDown(name, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByLabelText(/Theme for 1 idea/)).toBeNull())
    expect(meeting().themes).toHaveLength(0)
  })

  it('counts quick + presses from the value still on its way, and − never goes below zero', async () => {
    const { meeting } = await setup()
    const row = screen.getByLabelText('Select “Music mode”')
    fireEvent.keyDown(row, { key: '+' })
    fireEvent.keyDown(row, { key: '+' })
    fireEvent.keyDown(row, { key: '+' })
    await waitFor(() => expect(meeting().ideas[0]!.votes).toBe(3))
    expect(screen.getByLabelText<HTMLInputElement>('Votes for “Music mode”').value).toBe('3')
    for (let i = 0; i < 5; i++) fireEvent.keyDown(row, { key: '-' })
    await waitFor(() => expect(meeting().ideas[0]!.votes).toBe(0))
  })

  it('shows the budget as dots per person × attendees and warns, without refusing, when tallies exceed it', async () => {
    const { meeting } = await setup()
    expect(screen.getByText('3 dots per person × 2 attendees = 6 dots')).toBeTruthy()
    const votes = screen.getByLabelText('Votes for “Family plan”')
    fireEvent.change(votes, { target: { value: '8' } })
    fireEvent.keyDown(votes, { key: 'Enter' })
    expect(await screen.findByText(/2 more dots recorded than the room has/)).toBeTruthy()
    expect(meeting().ideas[1]!.votes).toBe(8)
  })

  it('keeps impact when effort is set right after it, and ranks voted ideas in the shortlist', async () => {
    const { meeting } = await setup()
    fireEvent.change(screen.getByLabelText('Impact of “School pricing”'), {
      target: { value: '5' }
    })
    fireEvent.change(screen.getByLabelText('Effort of “School pricing”'), {
      target: { value: '1' }
    })
    await waitFor(() => expect(meeting().ideas[2]).toMatchObject({ impact: 5, effort: 1 }))

    fireEvent.click(screen.getByRole('button', { name: 'One more vote for “Music mode”' }))
    fireEvent.click(screen.getByRole('button', { name: 'One more vote for “School pricing”' }))
    const shortlist = screen.getByRole('region', { name: 'Ranked shortlist' })
    // Equal votes: the better impact − effort score ranks first.
    await waitFor(() =>
      expect(
        within(shortlist)
          .getAllByRole('listitem')
          .map((li) => li.textContent)
      ).toEqual([expect.stringContaining('School pricing'), expect.stringContaining('Music mode')])
    )
    const row = screen.getByLabelText('Select “School pricing”').closest('li')!
    expect(within(row).getByText(/On the shortlist/)).toBeTruthy()
  })

  it('renames and removes a theme; its ideas go back to “Not in a theme yet”', async () => {
    const { meeting } = await setup()
    fireEvent.click(screen.getByLabelText('Select “Music mode”'))
    fireEvent.change(screen.getByLabelText('New theme'), { target: { value: 'Music' } })
    fireEvent.submit(screen.getByLabelText('New theme').closest('form')!)
    const theme = await screen.findByRole('region', { name: 'Music' })
    fireEvent.click(within(theme).getByRole('button', { name: 'Rename' }))
    const rename = screen.getByLabelText('New name for theme “Music”')
    fireEvent.change(rename, { target: { value: 'Music everywhere' } })
    fireEvent.submit(rename.closest('form')!)
    await screen.findByRole('region', { name: 'Music everywhere' })
    fireEvent.click(screen.getByRole('button', { name: 'Remove theme “Music everywhere”' }))
    await waitFor(() => expect(meeting().themes).toHaveLength(0))
    await waitFor(() => expect(document.activeElement?.id).toBe('converge-new-theme'))
    const unthemed = screen.getByRole('region', { name: 'Not in a theme yet' })
    expect(within(unthemed).getByText('Music mode')).toBeTruthy()
  })

  it('a refused theme name is explained next to the board', async () => {
    await setup()
    fireEvent.change(screen.getByLabelText('New theme'), { target: { value: 'x'.repeat(300) } })
    fireEvent.submit(screen.getByLabelText('New theme').closest('form')!)
    expect((await screen.findByRole('alert')).textContent).toMatch(/Theme name is too long/)
  })
})
