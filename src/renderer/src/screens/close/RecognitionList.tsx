import type { Recognition } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'

const s = strings.close

/** The advocates recognised so far, each removable. */
export function RecognitionList({ recognitions }: { recognitions: Recognition[] }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  if (recognitions.length === 0) return <p className="muted">{s.noRecognitions}</p>
  return (
    <ul className="recognitions">
      {recognitions.map((r, index) => (
        <li key={r.id}>
          <span>
            <strong>{r.who}</strong> — {r.forWhat}
          </span>
          <button
            type="button"
            className="danger"
            aria-label={s.removeLabel(r.who)}
            onClick={() =>
              void sendCommand({ type: 'recognition.remove', id: r.id }, 'field:recognition').then(
                // Focus moves to the next remove button (or the form) so it is never lost.
                () =>
                  requestAnimationFrame(() => {
                    const buttons =
                      document.querySelectorAll<HTMLButtonElement>('.recognitions button')
                    const next = buttons[Math.min(index, buttons.length - 1)]
                    ;(next ?? document.getElementById('recognition-who'))?.focus()
                  })
              )
            }
          >
            {s.remove}
          </button>
        </li>
      ))}
    </ul>
  )
}
