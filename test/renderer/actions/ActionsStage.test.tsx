import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { ActionsStage } from '../../../src/renderer/src/screens/stages/ActionsStage'
import { peopleAndIdeas, renderStage } from '../converge/renderStage'

afterEach(cleanup)

/** Two ideas, the second voted onto the shortlist. */
function withShortlist(m: Meeting): Command[] {
  return [
    ...peopleAndIdeas(m, [
      ['Product', 'Music mode'],
      ['Operations', 'Same-day replacement']
    ]),
    { type: 'voteBudget.set', budget: 3 }
  ]
}

const setup = async () => {
  const rendered = await renderStage(ActionsStage, withShortlist)
  const idea = rendered.meeting().ideas[1]!
  await rendered.store
    .getState()
    .sendCommand({ type: 'votes.set', target: 'idea', id: idea.id, votes: 2 })
  return rendered
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } })

function fillRequired() {
  type('Owner', 'Priya')
  type('Due date', '2027-01-15')
  type('What’s in it for our customers?', 'No missed concerts')
}

describe('Actions stage', () => {
  it('prefills an action from a shortlisted idea, keeps the link, and returns focus to a fresh form', async () => {
    const { meeting } = await setup()
    fireEvent.click(
      await screen.findByRole('button', { name: 'Make an action from “Same-day replacement”' })
    )
    const what = screen.getByLabelText<HTMLTextAreaElement>('What will we do?')
    expect(what.value).toBe('Same-day replacement')
    expect(document.activeElement).toBe(what)
    expect(screen.getByText(/Links back to 1 idea/)).toBeTruthy()
    // The department follows the idea.
    expect(screen.getByLabelText<HTMLSelectElement>('Department').selectedOptions[0]!.text).toBe(
      'Operations'
    )
    fillRequired()
    type('Metric', 'csat')
    type('Baseline', '4.1')
    type('Target', '4.6')
    type('Measure on', '2027-03-31')
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }))

    await waitFor(() => expect(meeting().actions).toHaveLength(1))
    expect(meeting().actions[0]).toMatchObject({
      what: 'Same-day replacement',
      owner: 'Priya',
      dueDate: '2027-01-15',
      customerBenefit: 'No missed concerts',
      metric: { kind: 'csat', baseline: '4.1', target: '4.6', measureOn: '2027-03-31' },
      sourceIdeaIds: [meeting().ideas[1]!.id]
    })
    await waitFor(() => expect(document.activeElement?.id).toBe('action-what'))
    expect(screen.getByLabelText<HTMLTextAreaElement>('What will we do?').value).toBe('')
    // Stored as ISO, read as a date people write: "15 Jan 2027", not "2027-01-15".
    expect(screen.getByText(/^Priya · due 15 Jan 2027/)).toBeTruthy()
    expect(screen.getByText('CSAT: 4.1 → 4.6, measured 31 Mar 2027')).toBeTruthy()
    expect(screen.getByText('✓ Has an action')).toBeTruthy()
  })

  it('names every missing field next to it, the customer benefit included, and sends nothing', async () => {
    const { api } = await setup()
    const calls = (api.commitCommand as unknown as { mock: { calls: unknown[] } }).mock.calls.length
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }))
    expect(screen.getByText('Say what the action is.')).toBeTruthy()
    expect(screen.getByText('Name the owner.')).toBeTruthy()
    expect(screen.getByText('Pick the due date.')).toBeTruthy()
    const benefit = screen.getByLabelText('What’s in it for our customers?')
    expect(benefit.getAttribute('aria-invalid')).toBe('true')
    expect(benefit.getAttribute('aria-describedby')).toContain('action-customerBenefit-error')
    expect(
      screen.getByText('Say what’s in it for our customers. An action needs a customer benefit.')
    ).toBeTruthy()
    expect(document.activeElement?.id).toBe('action-what')
    expect((api.commitCommand as unknown as { mock: { calls: unknown[] } }).mock.calls.length).toBe(
      calls
    )
  })

  it('asks for a custom metric’s name, and shows a refusal from the domain under the form', async () => {
    await setup()
    type('What will we do?', 'Call every family')
    fillRequired()
    type('Metric', 'custom')
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }))
    expect(screen.getByText('Name the custom metric.')).toBeTruthy()
    type('Metric name', 'Stories per month')
    type('Baseline', 'x'.repeat(250))
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/Baseline is too long/)
  })

  it('Ctrl/Cmd+Enter adds the action from a text area', async () => {
    const { meeting } = await setup()
    type('What will we do?', 'Call every family')
    fillRequired()
    fireEvent.keyDown(screen.getByLabelText('What’s in it for our customers?'), {
      key: 'Enter',
      ctrlKey: true
    })
    await waitFor(() => expect(meeting().actions).toHaveLength(1))
  })

  it('edits and removes an action', async () => {
    const { meeting } = await setup()
    type('What will we do?', 'Call every family')
    fillRequired()
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }))
    await waitFor(() => expect(meeting().actions).toHaveLength(1))
    fireEvent.click(screen.getByRole('button', { name: 'Edit action “Call every family”' }))
    expect(screen.getByRole('heading', { name: 'Edit action' })).toBeTruthy()
    type('Owner', 'Maria')
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(meeting().actions[0]!.owner).toBe('Maria'))
    fireEvent.click(screen.getByRole('button', { name: 'Remove action “Call every family”' }))
    await waitFor(() => expect(meeting().actions).toHaveLength(0))
  })

  it('opens a Rule-of-Two escalation on an action with the agree-by and extension dates', async () => {
    const { meeting } = await setup()
    type('What will we do?', 'Music mode first')
    fillRequired()
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }))
    await waitFor(() => expect(meeting().actions).toHaveLength(1))
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Open a Rule-of-Two escalation on “Music mode first”'
      })
    )
    expect(screen.getByLabelText<HTMLInputElement>('The disagreement').value).toBe(
      'Music mode first'
    )
    // Today by default when the meeting has no date.
    expect(screen.getByLabelText<HTMLInputElement>('Opened on').value).toMatch(
      /^\d{4}-\d{2}-\d{2}$/
    )
    type('First person', 'Ana')
    type('Second person', 'ana')
    fireEvent.click(screen.getByRole('button', { name: 'Open escalation' }))
    expect(screen.getByText('The Rule of Two needs two different people.')).toBeTruthy()
    type('Second person', 'Bo')
    type('Opened on', '2026-12-28')
    expect(
      screen.getByText(
        'They agree by 11 Jan 2027; with one more week, by 18 Jan 2027; then the leader decides.'
      )
    ).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Open escalation' }))
    await waitFor(() => expect(meeting().escalations).toHaveLength(1))
    expect(meeting().escalations[0]).toMatchObject({
      actionId: meeting().actions[0]!.id,
      personA: 'Ana',
      personB: 'Bo',
      openedOn: '2026-12-28',
      status: 'open'
    })
    const item = screen
      .getByText('Agree by 11 Jan 2027')
      .closest('li.escalation-item') as HTMLElement
    fireEvent.change(within(item).getByLabelText('Status of “Music mode first”'), {
      target: { value: 'leaderDecided' }
    })
    await waitFor(() => expect(meeting().escalations[0]!.status).toBe('leaderDecided'))
    // The action itself says it is under the Rule of Two.
    expect(screen.getByText('⚖ Rule of Two: Ana and Bo · Leader decided')).toBeTruthy()
  })

  it('reads a due date typed as 03312027 and spells it out; never a year like 275760', async () => {
    const { meeting } = await setup()
    type('Owner', 'Priya')
    type('What’s in it for our customers?', 'No missed concerts')
    type('What will we do?', 'Replacement within a day')
    type('Due date', '0331207')
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }))
    expect(screen.getByText(/“0331207” is not a date Northstar can read/)).toBeTruthy()
    expect(meeting().actions).toHaveLength(0)
    type('Due date', '03312027')
    expect(screen.getByText('= Wed 31 Mar 2027')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Add action' }))
    await waitFor(() => expect(meeting().actions).toHaveLength(1))
    expect(meeting().actions[0]!.dueDate).toBe('2027-03-31')
  })

  it('opens a Rule-of-Two escalation on the meeting’s date by default', async () => {
    const { meeting } = await renderStage(ActionsStage, (m) => [
      ...withShortlist(m),
      { type: 'facts.update', patch: { date: '2026-11-23' } }
    ])
    expect(screen.getByLabelText<HTMLInputElement>('Opened on').value).toBe('2026-11-23')
    type('The disagreement', 'Who owns replacements')
    type('First person', 'Ana')
    type('Second person', 'Bo')
    fireEvent.click(screen.getByRole('button', { name: 'Open escalation' }))
    await waitFor(() => expect(meeting().escalations).toHaveLength(1))
    expect(meeting().escalations[0]!.openedOn).toBe('2026-11-23')
  })
})
