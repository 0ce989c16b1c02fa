import type { Meeting } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { CommitField } from './CommitField'
import { PrepareSection } from './PrepareSection'
import { parseWholeNumber } from './wholeNumber'

const s = strings.prepare.plan

/** Votes per person and the planned minutes of every stage, with the total. */
export function PlanSection({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const reportError = useAppStore((st) => st.reportError)
  const total = meeting.stages.reduce((sum, stage) => sum + stage.plannedMinutes, 0)

  /** Parses a whole number, or files the reason under `scope` and refuses. */
  const withNumber =
    (label: string, scope: `field:${string}`, send: (n: number) => Promise<boolean>) =>
    (typed: string) => {
      const n = parseWholeNumber(typed)
      if (n === null) {
        reportError(scope, strings.prepare.errors.notNumber(label))
        return Promise.resolve(false)
      }
      return send(n)
    }

  return (
    <PrepareSection id="prepare-plan" title={s.heading}>
      <div className="prepare-grid">
        <CommitField
          label={s.voteBudget}
          type="number"
          value={String(meeting.voteBudget)}
          scope="field:voteBudget"
          onCommit={withNumber(s.voteBudget, 'field:voteBudget', (budget) =>
            sendCommand({ type: 'voteBudget.set', budget }, 'field:voteBudget')
          )}
        />
      </div>
      <h4>{s.stagesHeading}</h4>
      <div className="prepare-grid stage-plan">
        {meeting.stages.map((stage) => {
          const name = strings.stages[stage.kind]
          const label = s.stageMinutes(name)
          const scope = `field:stage.${stage.kind}` as const
          return (
            <CommitField
              key={stage.kind}
              label={
                <>
                  {name}
                  <span className="visually-hidden">{s.minutesSuffix}</span>
                </>
              }
              type="number"
              value={String(stage.plannedMinutes)}
              scope={scope}
              onCommit={withNumber(label, scope, (plannedMinutes) =>
                sendCommand({ type: 'stage.plan', kind: stage.kind, plannedMinutes }, scope)
              )}
            />
          )
        })}
      </div>
      <p className="plan-total" aria-live="polite">
        {s.total(total)}
      </p>
    </PrepareSection>
  )
}
