import type { Meeting, MeetingFacts } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { CommitField } from './CommitField'
import { LanguageField } from './LanguageField'
import { PrepareSection } from './PrepareSection'

const s = strings.prepare.facts

/** "2026-q4", " 2026-Q4 " → "2026-Q4"; null when it is not a quarter (empty is allowed). */
function normaliseQuarter(text: string): string | null {
  const value = text.trim().toUpperCase()
  return value === '' || /^\d{4}-Q[1-4]$/.test(value) ? value : null
}

/** Mission and purpose: a short paragraph across the grid. */
const twoLines = { className: 'span-all', multiline: true, rows: 2 }

/** Title, quarter, date, place, facilitator, mission and purpose. */
export function FactsSection({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const reportError = useAppStore((st) => st.reportError)
  const field = (key: Exclude<keyof MeetingFacts, 'language'>) => {
    const scope = `field:facts.${key}` as const
    return {
      value: meeting.facts[key],
      scope,
      onCommit: (typed: string) => {
        let value: string | null = typed
        if (key === 'quarter') value = normaliseQuarter(typed)
        if (value === null) {
          reportError(scope, strings.prepare.errors.quarter)
          return Promise.resolve(false)
        }
        return sendCommand({ type: 'facts.update', patch: { [key]: value } }, scope)
      }
    }
  }
  return (
    <PrepareSection id="prepare-facts" title={s.heading}>
      <div className="prepare-grid">
        <CommitField label={s.title} className="span-2" {...field('title')} />
        <CommitField label={s.quarter} hint={s.quarterHint} {...field('quarter')} />
        <CommitField label={s.date} type="date" {...field('date')} />
        <CommitField label={s.place} {...field('place')} />
        <CommitField label={s.facilitator} {...field('facilitator')} />
        <CommitField label={s.mission} {...twoLines} {...field('mission')} />
        <CommitField label={s.purpose} {...twoLines} {...field('purpose')} />
        <LanguageField
          label={s.language}
          className="field span-2"
          value={meeting.facts.language}
          onChoose={(language) =>
            void sendCommand({ type: 'facts.update', patch: { language } }, 'field:facts.language')
          }
        />
      </div>
    </PrepareSection>
  )
}
