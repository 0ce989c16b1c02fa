import { memo } from 'react'
import type { CSSProperties } from 'react'
import type { ProjectorDepartment, ProjectorIdea } from '../../../../shared/projector/view'
import { strings } from '../../strings'
import { DepartmentBadge } from '../DepartmentBadge'
import { useFitSlide } from '../useFitSlide'
import type { FitStep } from '../useFitSlide'

/**
 * How the round's ideas are fitted (see useFitSlide): large type in three columns first (at 1080p the
 * first steps are 36 and 34 px), smaller type, then more and narrower columns, then "+N earlier".
 */
const ROUND_FIT: readonly FitStep[] = [
  { scale: 1.3, columns: 3 },
  { scale: 1.2, columns: 3 },
  { scale: 1.1, columns: 3 },
  { scale: 1, columns: 3 },
  { scale: 0.9, columns: 3 },
  { scale: 0.85, columns: 4 },
  { scale: 0.78, columns: 4 },
  { scale: 0.72, columns: 5 }
]

/**
 * The round's ideas grouped by department, oldest first as on the facilitator's screen, flowing
 * through newspaper-like columns across the whole width. Type shrinks and columns reflow until every
 * idea fits whole; when even that is not enough the oldest ideas give way to a "+N earlier" line, so
 * the newest are always on screen and no idea is ever cut.
 */
export function DepartmentColumns({
  departments,
  ideas,
  earlierIdeas,
  ideaCounts
}: {
  departments: ProjectorDepartment[]
  /** The round's newest ideas, as main sent them. */
  ideas: ProjectorIdea[]
  /** The round's earlier ideas main left out: they count in "+N earlier". */
  earlierIdeas: number
  /** Every idea of the round per department, for the headings. */
  ideaCounts: Record<string, number>
}) {
  const t = strings.projector.round
  // The place in the round (not in the list), so a card keeps its order as the list slides.
  const order = new Map(ideas.map((idea, index) => [idea.id, earlierIdeas + index]))
  const byDepartment = new Map<string, ProjectorIdea[]>(departments.map((d) => [d.id, []]))
  for (const idea of ideas) byDepartment.get(idea.departmentId)?.push(idea)
  const departmentsById = new Map(departments.map((d) => [d.id, d]))
  const { ref, moreRef } = useFitSlide<HTMLDivElement>(
    [ideas, departments],
    ROUND_FIT,
    t.notShown,
    earlierIdeas
  )

  return (
    <div ref={ref} className="pj-columns">
      <p ref={moreRef} className="pj-more" hidden />
      {departments.map((department) => {
        const list = byDepartment.get(department.id) ?? []
        return (
          <section
            key={department.id}
            className="pj-column"
            aria-labelledby={`pj-dept-${department.id}`}
            style={{ '--dept': department.color } as CSSProperties}
          >
            <h3 id={`pj-dept-${department.id}`} className="pj-column-heading">
              <DepartmentBadge department={department} withName />
              <span className="pj-count">
                {t.ideaCount(ideaCounts[department.id] ?? list.length)}
              </span>
            </h3>
            {list.length === 0 ? (
              (ideaCounts[department.id] ?? 0) === 0 && <p className="pj-muted">{t.noIdeas}</p>
            ) : (
              <ul className="pj-ideas">
                {list.map((idea) => (
                  <ProjectorIdeaCard
                    key={idea.id}
                    idea={idea}
                    order={order.get(idea.id) ?? 0}
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
const ProjectorIdeaCard = memo(function ProjectorIdeaCard({
  idea,
  order,
  department,
  base
}: {
  idea: ProjectorIdea
  /** Its place in the round, oldest first: the oldest give way first when the round overflows. */
  order: number
  department: ProjectorDepartment
  base: ProjectorDepartment | undefined
}) {
  const t = strings.projector.round
  const link = idea.buildsOn
  const baseName = base?.name ?? ''
  return (
    <li className="pj-idea" data-idea-id={idea.id} data-fit-order={order}>
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
