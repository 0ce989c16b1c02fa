import type { CSSProperties } from 'react'
import type { ProjectorDepartment } from '../../../shared/projector/view'
import { strings } from '../strings'

/**
 * A department's mark: its colour as a frame, always with its initial (and, with `withName`, its
 * name) so nobody has to tell colours apart. Screen readers hear the name.
 */
export function DepartmentBadge({
  department,
  withName = false
}: {
  department: ProjectorDepartment | undefined
  withName?: boolean
}) {
  if (!department) return null
  const style = { '--dept': department.color } as CSSProperties
  return (
    <span className="pj-dept" style={style} title={strings.projector.department(department.name)}>
      <span className="pj-dept-initial" aria-hidden="true">
        {department.initial}
      </span>
      {withName ? (
        <span className="pj-dept-name">{department.name}</span>
      ) : (
        <span className="visually-hidden">{department.name}</span>
      )}
    </span>
  )
}
