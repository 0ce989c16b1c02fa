import { describe, expect, it } from 'vitest'
import { searchMeeting } from '../../src/shared/meeting/search'
import { applyAll, dept, freshMeeting } from './support'

function meetingWithIdeas() {
  const { meeting, ctx } = freshMeeting()
  const [r1, r2] = [meeting.rounds[0]!.id, meeting.rounds[1]!.id]
  let m = applyAll(
    meeting,
    [
      {
        type: 'idea.add',
        roundId: r1,
        departmentId: dept(meeting, 'Marketing'),
        text: 'Café concerts for families',
        author: 'Anna'
      },
      {
        type: 'idea.add',
        roundId: r1,
        departmentId: dept(meeting, 'Finance'),
        text: 'Family plan pricing'
      },
      {
        type: 'idea.add',
        roundId: r2,
        departmentId: dept(meeting, 'Finance'),
        text: 'Refund within a day'
      },
      {
        type: 'idea.add',
        roundId: r2,
        departmentId: dept(meeting, 'Sales'),
        text: 'Call every family that churned',
        author: 'Björn'
      },
      { type: 'theme.add', name: 'Families' }
    ],
    ctx
  )
  const themeId = m.themes[0]!.id
  m = applyAll(
    m,
    [
      { type: 'idea.setTheme', ideaId: m.ideas[1]!.id, themeId },
      {
        type: 'action.add',
        what: 'Launch the family plan',
        owner: 'Chen',
        departmentId: dept(meeting, 'Finance'),
        dueDate: '2027-01-15',
        priority: 'high',
        customerBenefit: 'Parents pay once for the whole household',
        metric: {
          kind: 'nps',
          customName: '',
          baseline: '31',
          target: '40',
          measureOn: '2027-03-01'
        },
        sourceIdeaIds: []
      }
    ],
    ctx
  )
  return { m, r1, r2, themeId }
}

describe('searching a meeting', () => {
  it('finds ideas and actions containing every word, ignoring case and accents', () => {
    const { m } = meetingWithIdeas()
    const results = searchMeeting(m, 'FAMIL')
    expect(results.ideas.map((h) => h.idea.text)).toEqual([
      'Café concerts for families',
      'Family plan pricing',
      'Call every family that churned'
    ])
    expect(results.actions.map((a) => a.what)).toEqual(['Launch the family plan'])
    expect(searchMeeting(m, 'cafe families').ideas.map((h) => h.idea.text)).toEqual([
      'Café concerts for families'
    ])
    expect(searchMeeting(m, 'bjorn').ideas).toHaveLength(1)
    expect(searchMeeting(m, 'household').actions).toHaveLength(1)
    expect(searchMeeting(m, 'family zebra').ideas).toEqual([])
  })

  it('numbers each hit with its number in the meeting, the one every view shows', () => {
    const { m } = meetingWithIdeas()
    const hit = searchMeeting(m, 'churned').ideas[0]!
    // Fourth idea captured, second of round 2: #4 everywhere (it used to read #2 here only).
    expect(hit.number).toBe(4)
  })

  it('filters ideas by department, round and theme, with or without words', () => {
    const { m, r1, r2, themeId } = meetingWithIdeas()
    const finance = dept(m, 'Finance')
    const noWords = searchMeeting(m, '', { departmentId: finance, roundId: null, themeId: null })
    expect(noWords.ideas.map((h) => h.idea.text)).toEqual([
      'Family plan pricing',
      'Refund within a day'
    ])
    expect(noWords.actions).toEqual([])
    const round2 = searchMeeting(m, 'family', { departmentId: null, roundId: r2, themeId: null })
    expect(round2.ideas.map((h) => h.idea.text)).toEqual(['Call every family that churned'])
    const themed = searchMeeting(m, '', { departmentId: null, roundId: null, themeId })
    expect(themed.ideas.map((h) => h.idea.text)).toEqual(['Family plan pricing'])
    const unthemed = searchMeeting(m, 'famil', { departmentId: null, roundId: r1, themeId: 'none' })
    expect(unthemed.ideas.map((h) => h.idea.text)).toEqual(['Café concerts for families'])
  })

  it('returns nothing for an empty query without filters, and caps long lists but counts them all', () => {
    const { m } = meetingWithIdeas()
    expect(searchMeeting(m, '   ').ideas).toEqual([])
    const capped = searchMeeting(m, 'a', undefined, 2)
    expect(capped.ideas).toHaveLength(2)
    expect(capped.ideaTotal).toBe(4)
  })
})
