import { describe, expect, it } from 'vitest'
import { matchDepartment, parseCapture } from '../../../src/shared/run/captureInput'
import { freshMeeting } from '../support'

describe('capture bar parsing', () => {
  const { departments } = freshMeeting().meeting
  const id = (name: string) => departments.find((d) => d.name === name)!.id

  it('picks the department by @prefix or key and the idea to build on by ^N', () => {
    expect(parseCapture('@mark Free trials for music teachers', departments)).toEqual({
      text: 'Free trials for music teachers',
      departmentId: id('Marketing'),
      buildsOnNumber: null
    })
    expect(parseCapture('Music mode ^3 @p', departments)).toEqual({
      text: 'Music mode',
      departmentId: id('Product'),
      buildsOnNumber: 3
    })
    expect(parseCapture('@customer feedback programme', departments).departmentId).toBe(
      id('Customer Service')
    )
  })

  it('leaves ambiguous or unknown prefixes and e-mail addresses in the text', () => {
    expect(parseCapture('Ask @nobody', departments)).toMatchObject({
      text: 'Ask @nobody',
      departmentId: null
    })
    expect(parseCapture('mail john@example.com', departments).text).toBe('mail john@example.com')
    expect(matchDepartment('', departments)).toBeNull()
  })

  it('matches names without accents', () => {
    const accented = [{ id: 'x', name: 'Opérations', color: '#000000', key: 'o' }]
    expect(matchDepartment('oper', accented)?.id).toBe('x')
  })
})
