import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Department, Idea } from '../../../src/shared/meeting/schema'
import { IdeasByDepartment } from '../../../src/renderer/src/components/IdeasByDepartment'
import { testIdea } from '../ideaFixture'

afterEach(cleanup)

const departments: Department[] = [
  { id: 'mk', name: 'Marketing', color: '#E69F00', key: 'm' },
  { id: 'cs', name: 'Customer Service', color: '#009E73', key: 'c' },
  { id: 'fi', name: 'Finance', color: '#CC79A7', key: 'f' }
]

const idea = (id: string, departmentId: string, text: string, number: number): Idea =>
  testIdea(id, departmentId, text, number)

describe('IdeasByDepartment', () => {
  it('lists each idea under its department with its number in the meeting', () => {
    render(
      <IdeasByDepartment
        departments={departments}
        ideas={[
          // A round's ideas keep the numbers they got in the meeting (#2 moved here from round 1).
          idea('b', 'mk', 'Share John’s story', 2),
          idea('a', 'cs', 'Call customers back within a day', 4),
          idea('c', 'cs', 'Record the singing video', 9)
        ]}
      />
    )
    const service = screen.getByRole('region', { name: /Customer Service/ })
    expect(
      within(service)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['4. Call customers back within a day', '9. Record the singing video'])
    const marketing = screen.getByRole('region', { name: /Marketing/ })
    expect(
      within(marketing)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['2. Share John’s story'])
    const finance = screen.getByRole('region', { name: /Finance/ })
    expect(within(finance).queryAllByRole('listitem')).toEqual([])
    expect(within(finance).getByText('No ideas yet')).toBeTruthy()
  })
})
