import type { ShortlistEntry } from '../../../../shared/meeting/shortlist'
import { strings } from '../../strings'

const s = strings.converge

/** The ranked shortlist: voted themes and ideas, most votes first. */
export function Shortlist({ entries }: { entries: ShortlistEntry[] }) {
  return (
    <section className="shortlist" aria-labelledby="converge-shortlist-heading">
      <h3 id="converge-shortlist-heading">{s.shortlistHeading}</h3>
      {entries.length === 0 ? (
        <p className="muted">{s.shortlistEmpty}</p>
      ) : (
        <>
          <ol className="shortlist-list">
            {entries.map((entry) => (
              <li key={`${entry.kind}:${entry.id}`} value={entry.rank}>
                <span className="shortlist-label">
                  {entry.kind === 'theme' && (
                    <>
                      <span className="badge">{s.themeBadge}</span>{' '}
                    </>
                  )}
                  {entry.label}
                </span>
                <span className="shortlist-votes">{s.votes(entry.votes)}</span>
                {entry.score !== null && <span className="muted">{s.score(entry.score)}</span>}
              </li>
            ))}
          </ol>
          <p className="hint">{s.shortlistHint}</p>
        </>
      )}
    </section>
  )
}
