import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderPrepare } from './renderPrepare'

afterEach(cleanup)

const section = (name: string) => screen.getByRole('region', { name })
const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } })

describe('Prepare: meeting facts', () => {
  it('saves a field when it is left, not on every keystroke', async () => {
    const { api, meeting } = await renderPrepare()
    const place = screen.getByLabelText('Place')
    const before = vi.mocked(api.commitCommand).mock.calls.length
    type(place, 'B')
    type(place, 'Be')
    type(place, 'Berlin, room 4')
    expect(vi.mocked(api.commitCommand).mock.calls.length).toBe(before)
    fireEvent.blur(place)
    await waitFor(() => expect(meeting().facts.place).toBe('Berlin, room 4'))
  })

  it('saves on Enter and writes the quarter the way the file expects', async () => {
    const { meeting } = await renderPrepare()
    const quarter = screen.getByLabelText('Quarter')
    type(quarter, '2026-q4')
    fireEvent.keyDown(quarter, { key: 'Enter' })
    await waitFor(() => expect(meeting().facts.quarter).toBe('2026-Q4'))
    await waitFor(() => expect((quarter as HTMLInputElement).value).toBe('2026-Q4'))
  })

  it('keeps a refused value in the field and says why right under it', async () => {
    const { meeting } = await renderPrepare()
    const quarter = screen.getByLabelText('Quarter')
    type(quarter, 'Q4 2026')
    fireEvent.blur(quarter)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/2026-Q4/)
    expect(quarter.getAttribute('aria-invalid')).toBe('true')
    expect((quarter as HTMLInputElement).value).toBe('Q4 2026')
    expect(meeting().facts.quarter).toBe('')

    // Escape goes back to the saved value and clears the message.
    fireEvent.keyDown(quarter, { key: 'Escape' })
    expect((quarter as HTMLInputElement).value).toBe('')
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })

  it('refuses an empty title with a sentence next to the title field', async () => {
    await renderPrepare()
    const title = screen.getByLabelText('Title')
    type(title, '   ')
    fireEvent.blur(title)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toBe('Title cannot be empty.')
    expect(title.getAttribute('aria-describedby')).toContain(alert.id)
  })
})

describe('Prepare: the customer story', () => {
  it('saves long text on Ctrl+Enter, keeps line breaks, and marks a field private', async () => {
    const { meeting } = await renderPrepare()
    const story = section('The customer story')
    const text = within(story).getByLabelText('The story or email, in their own words')
    type(text, 'Dear team,\nI heard my daughter sing.')
    fireEvent.keyDown(text, { key: 'Enter' })
    expect(meeting().story.text).toBe('')
    fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true })
    await waitFor(() => expect(meeting().story.text).toBe('Dear team,\nI heard my daughter sing.'))

    fireEvent.click(
      within(story).getByLabelText('Keep “Channel it came through” out of the minutes')
    )
    await waitFor(() => expect(meeting().story.privateFields).toEqual(['channel']))
  })

  it('previews the framing question with the customer’s name and resets it', async () => {
    const { meeting } = await renderPrepare()
    const customer = screen.getByLabelText('Customer name or alias')
    type(customer, 'John')
    fireEvent.blur(customer)
    const framing = section('Framing question')
    await within(framing).findByText("How can we make more stories like John's happen?")

    const question = within(framing).getByRole('textbox')
    type(question, 'What would make {customer} tell a friend?')
    fireEvent.keyDown(question, { key: 'Enter' })
    await within(framing).findByText('What would make John tell a friend?')
    fireEvent.click(within(framing).getByRole('button', { name: 'Reset to the default question' }))
    await waitFor(() =>
      expect(meeting().framingQuestion).toBe(
        "How can we make more stories like {customer}'s happen?"
      )
    )
  })
})

describe('Prepare: departments and attendees', () => {
  it('adds an attendee with an accented name and keeps focus in the name field', async () => {
    const { meeting } = await renderPrepare()
    const attendees = section('Attendees')
    const name = within(attendees).getByLabelText('Name')
    type(name, 'Zoë Müller-Ødegård')
    fireEvent.change(within(attendees).getByLabelText('Department'), {
      target: { value: meeting().departments.find((d) => d.name === 'Finance')!.id }
    })
    type(within(attendees).getByLabelText('Role'), 'Controller')
    fireEvent.submit(name.closest('form')!)
    await waitFor(() => expect(meeting().attendees).toHaveLength(1))
    const [added] = meeting().attendees
    expect(added!.name).toBe('Zoë Müller-Ødegård')
    expect(meeting().departments.find((d) => d.id === added!.departmentId)!.name).toBe('Finance')
    await waitFor(() => expect((name as HTMLInputElement).value).toBe(''))
    expect(document.activeElement).toBe(name)
  })

  it('removes an unused department at once, and asks where the items of a used one go', async () => {
    const { meeting } = await renderPrepare()
    const departments = section('Departments')
    fireEvent.click(within(departments).getByRole('button', { name: 'Remove Operations' }))
    await waitFor(() =>
      expect(meeting().departments.map((d) => d.name)).not.toContain('Operations')
    )

    const attendees = section('Attendees')
    type(within(attendees).getByLabelText('Name'), 'Tom')
    fireEvent.submit(within(attendees).getByLabelText('Name').closest('form')!)
    await waitFor(() => expect(meeting().attendees).toHaveLength(1))

    fireEvent.click(within(departments).getByRole('button', { name: 'Remove Marketing' }))
    const moveTo = await within(departments).findByLabelText(
      'Marketing is in use. Move its items to'
    )
    const product = meeting().departments.find((d) => d.name === 'Product')!
    fireEvent.change(moveTo, { target: { value: product.id } })
    fireEvent.click(within(departments).getByRole('button', { name: 'Move and remove' }))
    await waitFor(() => expect(meeting().departments.map((d) => d.name)).not.toContain('Marketing'))
    expect(meeting().attendees[0]!.departmentId).toBe(product.id)
  })

  it('renames, recolours and re-keys a department, refusing a key already taken', async () => {
    const { meeting } = await renderPrepare()
    const departments = section('Departments')
    const name = within(departments).getByLabelText('Name of Sales')
    type(name, 'Sales & Partnerships')
    fireEvent.keyDown(name, { key: 'Enter' })
    await waitFor(() =>
      expect(meeting().departments.map((d) => d.name)).toContain('Sales & Partnerships')
    )
    const colour = within(departments).getByLabelText('Colour of Sales & Partnerships')
    type(colour, '#123456')
    fireEvent.blur(colour)
    const key = within(departments).getByLabelText('Shortcut key of Sales & Partnerships')
    type(key, 'm')
    fireEvent.blur(key)
    const alert = await within(departments).findByRole('alert')
    expect(alert.textContent).toBe('The key “m” is already used by Marketing.')
    const sales = meeting().departments.find((d) => d.name === 'Sales & Partnerships')!
    expect(sales.color).toBe('#123456')
    expect(sales.key).toBe('s')
  })

  it('adds a department with a suggested key and colour, and a preset back', async () => {
    const { meeting } = await renderPrepare()
    const departments = section('Departments')
    fireEvent.click(within(departments).getByRole('button', { name: 'Remove Finance' }))
    await waitFor(() => expect(meeting().departments).toHaveLength(5))
    const name = within(departments).getByLabelText('Name')
    type(name, 'Legal')
    fireEvent.submit(name.closest('form')!)
    await waitFor(() => expect(meeting().departments).toHaveLength(6))
    expect(meeting().departments.at(-1)).toMatchObject({ name: 'Legal', key: 'l' })

    fireEvent.click(within(departments).getByRole('button', { name: 'Add preset' }))
    await waitFor(() => expect(meeting().departments.at(-1)?.name).toBe('Finance'))
  })
})

describe('Prepare: rounds and the plan', () => {
  it('reorders, adds and removes rounds, and edits the checklist line by line', async () => {
    const { meeting } = await renderPrepare()
    const rounds = section('Brainstorm rounds')
    const first = meeting().rounds[0]!.title
    fireEvent.click(within(rounds).getByRole('button', { name: `Move “${first}” down` }))
    await waitFor(() => expect(meeting().rounds[1]!.title).toBe(first))

    fireEvent.click(within(rounds).getByRole('button', { name: 'Add a round' }))
    await waitFor(() => expect(meeting().rounds).toHaveLength(5))
    fireEvent.click(within(rounds).getByRole('button', { name: 'Remove “New round”' }))
    await waitFor(() => expect(meeting().rounds).toHaveLength(4))

    const checklist = within(rounds).getByLabelText('Checklist of round 1 (one question per line)')
    type(checklist, 'Who is the customer?\n\n  What changed?  ')
    fireEvent.blur(checklist)
    await waitFor(() =>
      expect(meeting().rounds[0]!.checklist).toEqual(['Who is the customer?', 'What changed?'])
    )
  })

  it('shows the total of the planned minutes and refuses a time box that is not a number', async () => {
    const { meeting } = await renderPrepare()
    const plan = section('Time plan and votes')
    expect(within(plan).getByText(/^Total: 160 minutes/)).toBeTruthy()
    const rounds = within(plan).getByLabelText('Rounds (minutes)')
    type(rounds, '75')
    fireEvent.blur(rounds)
    await within(plan).findByText(/^Total: 175 minutes \(2 h 55 min\)/)

    const timebox = screen.getByLabelText('Time box of round 1 (minutes)')
    type(timebox, 'ten')
    fireEvent.blur(timebox)
    expect((await screen.findByRole('alert')).textContent).toMatch(/whole number/)
    expect(meeting().rounds[0]!.timeboxMinutes).toBe(15)

    const votes = within(plan).getByLabelText('Votes per person')
    type(votes, '5')
    fireEvent.keyDown(votes, { key: 'Enter' })
    await waitFor(() => expect(meeting().voteBudget).toBe(5))
  })
})

describe('Prepare: carry over and templates', () => {
  it('carries over the open actions of the chosen earlier meeting', async () => {
    const calls: Array<[string, string | null]> = []
    const { api, store, meeting } = await renderPrepare({
      carryOver: (meetingId, fromId) => {
        calls.push([meetingId, fromId])
        return Promise.resolve({
          ok: true,
          value: { rev: store.getState().currentRev, newIds: [] }
        })
      }
    })
    const created = await api.createMeeting('Q3 review', { kind: 'template' })
    if (!created.ok) throw new Error('the fake could not create a meeting')
    await store.getState().loadLibrary()

    const carry = section('Carry over last quarter’s actions')
    const select = await within(carry).findByLabelText('Carry open actions over from')
    fireEvent.change(select, { target: { value: created.value.meetingId } })
    fireEvent.click(within(carry).getByRole('button', { name: 'Carry over' }))
    await waitFor(() => expect(calls).toEqual([[meeting().id, created.value.meetingId]]))
  })

  it('says so when there is no other meeting to carry over from', async () => {
    await renderPrepare()
    const carry = section('Carry over last quarter’s actions')
    expect(within(carry).getByText(/no other meeting/)).toBeTruthy()
  })

  it('saves the setup as a template under the name given', async () => {
    const names: string[] = []
    await renderPrepare({
      saveAsTemplate: (_id, name) => {
        names.push(name)
        return Promise.resolve({ ok: true, value: { id: 't1', name } })
      }
    })
    const template = section('Save as a template')
    const name = within(template).getByLabelText('Template name')
    expect((name as HTMLInputElement).value).toBe('Q4 review')
    type(name, 'Hearing-care review')
    fireEvent.click(within(template).getByRole('button', { name: 'Save as template' }))
    await within(template).findByText(/Saved the template “Hearing-care review”/)
    expect(names).toEqual(['Hearing-care review'])
  })
})
