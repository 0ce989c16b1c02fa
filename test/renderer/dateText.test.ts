import { describe, expect, it } from 'vitest'
import { readDateText, spelledDate, typedOrder } from '../../src/renderer/src/dates/dateText'

const iso = (text: string, order: 'monthFirst' | 'dayFirst' = 'monthFirst') =>
  readDateText(text, order)

describe('reading a typed date', () => {
  it('reads the ways a facilitator types a date', () => {
    expect(iso('2027-03-31')).toEqual({ kind: 'date', iso: '2027-03-31' })
    expect(iso('20270331')).toEqual({ kind: 'date', iso: '2027-03-31' })
    expect(iso('03312027')).toEqual({ kind: 'date', iso: '2027-03-31' })
    expect(iso('03/31/2027')).toEqual({ kind: 'date', iso: '2027-03-31' })
    expect(iso('31.03.2027', 'dayFirst')).toEqual({ kind: 'date', iso: '2027-03-31' })
    expect(iso('3/31/27')).toEqual({ kind: 'date', iso: '2027-03-31' })
    expect(iso('31 March 2027')).toEqual({ kind: 'date', iso: '2027-03-31' })
    expect(iso('  ')).toEqual({ kind: 'empty' })
  })

  it('follows the machine’s day/month order, and the other one only when the first is impossible', () => {
    expect(iso('04052027', 'monthFirst')).toEqual({ kind: 'date', iso: '2027-04-05' })
    expect(iso('04052027', 'dayFirst')).toEqual({ kind: 'date', iso: '2027-05-04' })
    expect(iso('03312027', 'dayFirst')).toEqual({ kind: 'date', iso: '2027-03-31' })
  })

  it('refuses what is no date instead of inventing one (never the year 275760)', () => {
    for (const text of ['0331207', '275760-03-31', '02302027', '2027-13-01', 'soon', '99999999'])
      expect(readDateText(text, 'monthFirst')).toEqual({ kind: 'invalid' })
  })
})

describe('dates in the screens’ language', () => {
  it('spells a read date the Portuguese way in pt-PT, and as before in English', () => {
    expect(spelledDate('2027-03-31', 'pt-PT')).toMatch(/31\/03\/2027/)
    expect(spelledDate('2027-03-31')).toBe('Wed 31 Mar 2027')
  })

  it('reads 03/04/2027 as the 3rd of April in pt-PT, whatever this machine’s order', () => {
    expect(typedOrder('pt-PT')).toBe('dayFirst')
    expect(readDateText('03/04/2027', typedOrder('pt-PT'))).toEqual({
      kind: 'date',
      iso: '2027-04-03'
    })
    expect(readDateText('31/03/2027', typedOrder('pt-PT'))).toEqual({
      kind: 'date',
      iso: '2027-03-31'
    })
  })
})
