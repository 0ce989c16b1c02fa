import { memo } from 'react'
import type { RoundCoverage } from '../../../../shared/meeting/coverage'
import { strings } from '../../strings'

interface CoverageStripProps {
  coverage: RoundCoverage
  /** The cross-department round calls out builds on the same department. */
  crossDepartmentRound: boolean
  /** Idea numbers in the round, to name the same-department builds. */
  numbers: ReadonlyMap<string, number>
}

const t = strings.rounds.coverage

/**
 * Which departments have spoken in this round and which have not (named, not colour alone), and how
 * many ideas build on another department's idea: the "silos dissolving" signal.
 */
export const CoverageStrip = memo(function CoverageStrip({
  coverage,
  crossDepartmentRound,
  numbers
}: CoverageStripProps) {
  const same = coverage.sameDepartmentBuildIds
  return (
    <section className="coverage-strip" aria-label={t.label} aria-live="polite">
      <ul className="coverage-departments">
        {coverage.contributions.map(({ department, ideaCount }) => (
          <li key={department.id} className={ideaCount === 0 ? 'silent' : 'heard'}>
            <span className="swatch" style={{ background: department.color }} aria-hidden="true" />
            {t.contributed(department.name, ideaCount)}
          </li>
        ))}
      </ul>
      <p className="coverage-silent">
        {coverage.silent.length === 0 ? (
          t.everyone
        ) : (
          <>
            <strong>{t.silent}</strong> {coverage.silent.map((d) => d.name).join(', ')}
          </>
        )}
      </p>
      <p className="coverage-cross">
        <strong>{t.crossBuilds(coverage.crossDepartmentBuilds)}</strong>
      </p>
      {crossDepartmentRound && same.length > 0 && (
        <p className="coverage-same">
          ⚠ {t.sameDepartment(same.map((id) => `#${numbers.get(id) ?? '?'}`).join(', '))}
        </p>
      )}
    </section>
  )
})
