import { describe, expect, it } from 'vitest'
import { metricMovement, metricName, movementWords } from '../../../src/shared/meeting/metrics'
import { minutesWording } from '../../../src/shared/minutes/minutesWording'
import { ruleOfTwoDates } from '../../../src/shared/meeting/ruleOfTwo'
import type { CustomerMetric } from '../../../src/shared/meeting/schema'
import { rankedShortlist } from '../../../src/shared/meeting/shortlist'
import { buildSeed000Meeting } from '../../../scripts/fixtures/seed000'

const metric = (baseline: string, kind: CustomerMetric['kind'] = 'nps'): CustomerMetric => ({
  kind,
  customName: '',
  baseline,
  target: '',
  measureOn: ''
})

describe('Rule of Two dates', () => {
  it('gives two weeks to agree and one more week, across month and year ends', () => {
    expect(ruleOfTwoDates('2026-11-23')).toEqual({
      openedOn: '2026-11-23',
      agreeBy: '2026-12-07',
      extendedTo: '2026-12-14'
    })
    expect(ruleOfTwoDates('2026-12-20')).toMatchObject({
      agreeBy: '2027-01-03',
      extendedTo: '2027-01-10'
    })
  })

  it('gives no dates for a date that does not exist', () => {
    expect(ruleOfTwoDates('2026-02-31')).toMatchObject({ agreeBy: '', extendedTo: '' })
  })
})

describe('metric movement', () => {
  const words = (base: string, latest: string, locale: 'en' | 'pt-PT' = 'en') =>
    movementWords(metricMovement(metric(base), latest), minutesWording(locale).movement, locale)

  it('reports the change when both values are numbers, percentages included', () => {
    expect(words('32', '40')).toBe('+8')
    expect(words('4.2', '3.6')).toBe('−0.6')
    expect(words('81%', '81 %')).toBe('no change')
  })

  it('says "not measured yet" without a latest value and "changed" for words', () => {
    expect(words('32', '')).toBe('not measured yet')
    expect(words('mostly negative', 'mixed')).toBe('changed')
  })

  it('is data in shared: a trend and a number, never an English sentence', () => {
    expect(metricMovement(metric('32'), '')).toEqual({
      baseline: '32',
      latest: '',
      change: null,
      trend: 'notMeasured'
    })
    expect(metricMovement(metric('4,2'), '3,6')).toMatchObject({ change: -0.6, trend: 'moved' })
  })

  it('words a movement in European Portuguese, decimal comma included', () => {
    expect(words('32', '', 'pt-PT')).toBe('ainda não medido')
    expect(words('81%', '81 %', 'pt-PT')).toBe('sem alteração')
    expect(words('mostly negative', 'mixed', 'pt-PT')).toBe('alterado')
    expect(words('4,2', '3,6', 'pt-PT')).toBe('−0,6')
    expect(words('32', '40', 'pt-PT')).toBe('+8')
  })

  it('names custom metrics by their own name, the others in the meeting language', () => {
    const english = minutesWording('en').metric
    expect(metricName({ ...metric('1', 'custom'), customName: 'Teacher sign-ups' }, english)).toBe(
      'Teacher sign-ups'
    )
    expect(metricName(metric('1', 'clv'), english)).toBe('Customer lifetime value')
    expect(metricName(metric('1', 'clv'), minutesWording('pt-PT').metric)).not.toBe(
      'Customer lifetime value'
    )
  })
})

describe('ranked shortlist', () => {
  it('ranks voted themes and ideas by votes, ties sharing a rank, better impact/effort first', () => {
    const list = rankedShortlist(buildSeed000Meeting())
    expect(list[0]).toMatchObject({
      kind: 'theme',
      label: 'Reach music teachers and choirs',
      votes: 7,
      rank: 1
    })
    // Two entries with 6 votes? No: the teacher idea alone has 6, then three entries with 5 votes.
    expect(list.slice(1, 4).map((e) => [e.votes, e.rank])).toEqual([
      [6, 2],
      [5, 3],
      [5, 4]
    ])
    // The scored idea (impact 5, effort 4) outranks the unscored theme with the same votes.
    expect(list[2]).toMatchObject({ kind: 'idea', score: 1 })
    expect(list.every((e, i) => i === 0 || e.votes <= list[i - 1]!.votes)).toBe(true)
  })

  it('keeps to the limit and leaves out what got no votes', () => {
    const list = rankedShortlist(buildSeed000Meeting(), 3)
    expect(list).toHaveLength(3)
    expect(rankedShortlist(buildSeed000Meeting(), 100).every((e) => e.votes > 0)).toBe(true)
  })
})
