import { memo, useMemo } from 'react'
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
  // Each department's ideas, with their places in the round (not in the list, so a card keeps its
  // order as the list slides).
  const columns = new Map<string, DepartmentIdeas>(
    departments.map((d) => [d.id, { ideas: [], orders: [] }])
  )
  ideas.forEach((idea, index) => {
    const column = columns.get(idea.departmentId)
    column?.ideas.push(idea)
    column?.orders.push(earlierIdeas + index)
  })
  const departmentsById = useMemo(() => new Map(departments.map((d) => [d.id, d])), [departments])
  // The idea that arrived last is marked on the room's screen (shown at once, no fade-in).
  const newest = ideas.at(-1)
  const { ref, moreRef } = useFitSlide<HTMLDivElement>(
    [ideas, departments],
    ROUND_FIT,
    t.notShown,
    earlierIdeas
  )

  return (
    <div ref={ref} className="pj-columns">
      <p ref={moreRef} className="pj-more" hidden />
      {departments.map((department) => (
        <DepartmentColumn
          key={department.id}
          department={department}
          column={columns.get(department.id) ?? { ideas: [], orders: [] }}
          count={ideaCounts[department.id]}
          newestId={newest?.departmentId === department.id ? newest.id : null}
          departmentsById={departmentsById}
        />
      ))}
    </div>
  )
}

/** One department's ideas on the slide, and each one's place in the round. */
interface DepartmentIdeas {
  ideas: ProjectorIdea[]
  orders: number[]
}

const sameItems = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i])

/**
 * One department's column. An idea arriving changes one or two columns (the new idea's, and the one
 * whose oldest idea the list let go): the others are the same ideas in the same places, and are
 * skipped whole instead of comparing each of their cards.
 */
const DepartmentColumn = memo(
  function DepartmentColumn({
    department,
    column,
    count,
    newestId,
    departmentsById
  }: {
    department: ProjectorDepartment
    column: DepartmentIdeas
    /** Every idea of the department in the round (the heading's count), when main sent it. */
    count: number | undefined
    /** The round's newest idea when it is in this column (else null: other columns stay as they are). */
    newestId: string | null
    departmentsById: ReadonlyMap<string, ProjectorDepartment>
  }) {
    const t = strings.projector.round
    const list = column.ideas
    return (
      <section
        className="pj-column"
        aria-labelledby={`pj-dept-${department.id}`}
        style={{ '--dept': department.color } as CSSProperties}
      >
        <h3 id={`pj-dept-${department.id}`} className="pj-column-heading">
          <DepartmentBadge department={department} withName />
          <span className="pj-count">{t.ideaCount(count ?? list.length)}</span>
        </h3>
        {list.length === 0 ? (
          (count ?? 0) === 0 && <p className="pj-muted">{t.noIdeas}</p>
        ) : (
          <ul className="pj-ideas">
            {list.map((idea, index) => (
              <ProjectorIdeaCard
                key={idea.id}
                idea={idea}
                order={column.orders[index] ?? 0}
                newest={idea.id === newestId}
                department={department}
                base={idea.buildsOn ? departmentsById.get(idea.buildsOn.departmentId) : undefined}
              />
            ))}
          </ul>
        )}
      </section>
    )
  },
  (before, after) =>
    before.department === after.department &&
    before.count === after.count &&
    before.newestId === after.newestId &&
    before.departmentsById === after.departmentsById &&
    sameItems(before.column.ideas, after.column.ideas) &&
    sameItems(before.column.orders, after.column.orders)
)

/**
 * One idea: its number, its department's initial, its text and what it builds on. Main's patches keep
 * unchanged ideas and departments the same objects, so plain memo skips them.
 */
const ProjectorIdeaCard = memo(function ProjectorIdeaCard({
  idea,
  order,
  newest,
  department,
  base
}: {
  idea: ProjectorIdea
  /** Its place in the round, oldest first: the oldest give way first when the round overflows. */
  order: number
  /** The round's newest idea: ringed, so the room sees what just arrived. */
  newest: boolean
  department: ProjectorDepartment
  base: ProjectorDepartment | undefined
}) {
  const t = strings.projector.round
  const link = idea.buildsOn
  const baseName = base?.name ?? ''
  return (
    <li
      className={newest ? 'pj-idea pj-idea-newest' : 'pj-idea'}
      data-idea-id={idea.id}
      data-fit-order={order}
    >
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
