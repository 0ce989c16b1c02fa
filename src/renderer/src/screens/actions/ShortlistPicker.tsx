import type { ShortlistEntry } from '../../../../shared/meeting/shortlist'
import { strings } from '../../strings'

const s = strings.actions

/** The converge shortlist, each entry one key press away from a prefilled action. */
export function ShortlistPicker({
  entries,
  covered,
  onPick
}: {
  entries: ShortlistEntry[]
  /** Entries that already feed an action (marked, still pickable for a second action). */
  covered: (entry: ShortlistEntry) => boolean
  onPick: (entry: ShortlistEntry) => void
}) {
  return (
    <section className="shortlist-picker" aria-labelledby="actions-shortlist-heading">
      <h3 id="actions-shortlist-heading">{s.fromShortlistHeading}</h3>
      {entries.length === 0 ? (
        <p className="muted">{s.fromShortlistEmpty}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`} value={entry.rank}>
              <span className="shortlist-label">{entry.label}</span>
              <span className="muted"> · {strings.converge.votes(entry.votes)}</span>
              {covered(entry) && <span className="badge done-badge">✓ {s.hasAction}</span>}
              <button
                type="button"
                aria-label={s.makeActionLabel(entry.label)}
                onClick={() => onPick(entry)}
              >
                {s.makeAction}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
