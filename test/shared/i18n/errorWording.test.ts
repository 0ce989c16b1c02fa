import { describe, expect, it } from 'vitest'
import { readOnlySentence, wordErrorEn } from '../../../src/shared/i18n/en/errors'
import { meetingAfter } from '../../../src/shared/meeting/apply'
import { freshMeeting, refusal } from '../support'

describe('errors leave shared as a code and a reason; the English catalogue words them', () => {
  it('a refused command carries a reason with its values, no sentence', () => {
    const { meeting, ctx } = freshMeeting()
    const error = refusal(meeting, { type: 'facts.update', patch: { title: '   ' } }, ctx)
    expect(error.code).toBe('empty_text')
    expect(error.reason).toEqual({ key: 'emptyText', field: 'title' })
    expect(error.message).toBe('Title cannot be empty.')
  })

  it('words counts with the plural rules and separators', () => {
    expect(wordErrorEn({ key: 'meetingFull', thing: 'idea', count: 20_000, max: 20_000 })).toBe(
      'This meeting already has 20,000 ideas, the limit is 20,000.'
    )
    expect(wordErrorEn({ key: 'roundHasIdeas', round: 'Needs', ideas: 1 })).toBe(
      '“Needs” has 1 idea. Move or delete them before removing the round.'
    )
    expect(wordErrorEn({ key: 'tooLong', field: 'idea', length: 2_001, max: 2_000 })).toBe(
      'The idea is too long: 2,001 characters, the limit is 2,000.'
    )
  })

  it('words a nested cause in the same sentence', () => {
    expect(
      wordErrorEn({
        key: 'importFailed',
        file: 'q4.json',
        cause: { key: 'newerVersion', version: 9 }
      })
    ).toBe(
      '“q4.json” could not be imported. This meeting was saved by a newer version of Northstar (file format 9). Update the app to open it. Nothing was imported and the file was not changed.'
    )
  })

  it('words the read-only banner from what is over the limits', () => {
    expect(
      readOnlySentence([
        { kind: 'list', path: ['ideas'], count: 20_001, limit: 20_000 },
        { kind: 'text', path: ['ideas', '3', 'text'], count: 2_500, limit: 2_000 }
      ])
    ).toBe(
      'This meeting is larger than Northstar allows (20,001 ideas, the limit is 20,000; a text of 2,500 characters in “ideas.3.text”, the limit is 2,000), so it opens read-only: it can be read and exported but not changed, and its file is left as it is.'
    )
  })

  it('a schema refusal names the subject and the place', () => {
    const { meeting, ctx } = freshMeeting()
    const result = meetingAfter(meeting, { type: 'no.such.change' }, ctx)
    expect(!result.ok && result.error.reason).toMatchObject({ key: 'schema', subject: 'change' })
    expect(!result.ok && wordErrorEn(result.error.reason)).toMatch(/^That change /)
  })
})
