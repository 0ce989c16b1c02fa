import { memo } from 'react'
import type { CSSProperties } from 'react'
import type { ProjectorDepartment, ProjectorIdea } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { DepartmentBadge } from '../DepartmentBadge'

/** No column can show more than this many ideas at projector sizes; older ones are counted. */
const NEWEST_PER_COLUMN = 12

/**
 * The round's ideas in one column per department, newest on top. A column shows the ideas that fit
 * whole (older ones wrap out of view; the heading counts them all), so a busy round never clips a card.
 */
export function DepartmentColumns({
  departments,
  ideas
}: {
  departments: ProjectorDepartment[]
  ideas: ProjectorIdea[]
}) {
  const t = strings.projector.round
  const byDepartment = new Map<string, ProjectorIdea[]>(departments.map((d) => [d.id, []]))
  for (const idea of ideas) byDepartment.get(idea.departmentId)?.push(idea)
  const departmentsById = new Map(departments.map((d) => [d.id, d]))
  const columns = { '--columns': Math.max(1, Math.min(departments.length, 6)) } as CSSProperties

  return (
    <div className="pj-columns" style={columns}>
      {departments.map((department) => {
        const list = byDepartment.get(department.id) ?? []
        const newest = list.slice(-NEWEST_PER_COLUMN).reverse()
        return (
          <section
            key={department.id}
            className="pj-column"
            aria-labelledby={`pj-dept-${department.id}`}
            style={{ '--dept': department.color } as CSSProperties}
          >
            <h3 id={`pj-dept-${department.id}`} className="pj-column-heading">
              <DepartmentBadge department={department} withName />
              <span className="pj-count">{t.ideaCount(list.length)}</span>
            </h3>
            {list.length === 0 ? (
              <p className="pj-muted">{t.noIdeas}</p>
            ) : (
              <ul className="pj-ideas">
                {newest.map((idea) => (
                  <IdeaCard
                    key={idea.id}
                    idea={idea}
                    department={department}
                    base={
                      idea.buildsOn ? departmentsById.get(idea.buildsOn.departmentId) : undefined
                    }
                  />
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}

/**
 * One idea: its number, its department's initial, its text and what it builds on. Main's patches keep
 * unchanged ideas and departments the same objects, so plain memo skips them.
 */
const IdeaCard = memo(function IdeaCard({
  idea,
  department,
  base
}: {
  idea: ProjectorIdea
  department: ProjectorDepartment
  base: ProjectorDepartment | undefined
}) {
  const t = strings.projector.round
  const link = idea.buildsOn
  const baseName = base?.name ?? ''
  return (
    <li className="pj-idea" data-idea-id={idea.id}>
      <span className="pj-idea-meta">
        <DepartmentBadge department={department} />
        <span className="pj-idea-number">#{idea.number}</span>
      </span>
      <span className="pj-idea-text">{idea.text}</span>
      {link && (
        <span className="pj-builds-on">
          <span aria-hidden="true">↳ </span>
          {link.otherRound
            ? t.buildsOnInRound(link.number, baseName, link.otherRound)
            : t.buildsOn(link.number, baseName)}
        </span>
      )}
    </li>
  )
})
