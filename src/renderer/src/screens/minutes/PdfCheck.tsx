import {
  characterName,
  placeName,
  type UndrawableCharacter
} from '../../../../shared/minutes/glyphCoverage'
import { glyphWording } from '../../i18n/uiLocale'
import { strings } from '../../strings'

const s = strings.minutes

/**
 * The PDF preview check, shown before export: each character no PDF font has, what it is, and the
 * field it is in, so the facilitator can fix it before anything is written. Null while checking.
 */
export function PdfCheck({
  undrawable,
  wantsPdf
}: {
  undrawable: UndrawableCharacter[] | null
  wantsPdf: boolean
}) {
  if (!wantsPdf) return null
  if (undrawable === null)
    return (
      <p className="pdf-check muted" role="status">
        {s.checking}
      </p>
    )
  if (undrawable.length === 0)
    return (
      <p className="pdf-check muted" role="status">
        {s.allDrawn}
      </p>
    )
  const words = glyphWording()
  return (
    <div className="pdf-check export-warnings" role="note" aria-labelledby="pdf-check-heading">
      <h3 id="pdf-check-heading">{s.undrawableHeading}</h3>
      <p>{s.undrawableIntro}</p>
      <ul>
        {undrawable.map((u) => (
          <li key={u.character}>
            {s.undrawableItem(
              u.character,
              characterName(u.kind, words),
              u.codePoints,
              placeName(u.place, words)
            )}
            {s.undrawableTimes(u.count)}
          </li>
        ))}
      </ul>
    </div>
  )
}
