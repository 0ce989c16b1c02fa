import type { Department, Idea } from '../../../shared/meeting/schema'
import { strings } from '../strings'

interface IdeasByDepartmentProps {
  departments: Department[]
  ideas: Idea[]
}

/**
 * Ideas in one column per department, in the order they were captured. Each idea keeps its number in
 * the round (its capture order), which `^N` in the capture bar refers to.
 */
export function IdeasByDepartment({ departments, ideas }: IdeasByDepartmentProps) {
  const byDepartment = new Map<string, Array<{ idea: Idea; number: number }>>(
    departments.map((d) => [d.id, []])
  )
  ideas.forEach((idea, index) =>
    byDepartment.get(idea.departmentId)?.push({ idea, number: index + 1 })
  )
  return (
    <div className="idea-columns">
      {departments.map((department) => {
        const list = byDepartment.get(department.id) ?? []
        const headingId = `dept-${department.id}`
        return (
          <section
            key={department.id}
            className="idea-column"
            aria-labelledby={headingId}
            style={{ borderTopColor: department.color }}
          >
            <h3 id={headingId}>
              <span
                className="swatch"
                style={{ background: department.color }}
                aria-hidden="true"
              />
              {department.name}
              <span className="count">{strings.rounds.ideaCount(list.length)}</span>
            </h3>
            {list.length === 0 ? (
              <p className="muted">{strings.rounds.noIdeas}</p>
            ) : (
              <ul>
                {list.map(({ idea, number }) => (
                  <li key={idea.id}>
                    <span className="idea-number">{strings.rounds.ideaNumber(number)}</span>{' '}
                    {idea.text}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
