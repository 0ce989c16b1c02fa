import type { Meeting } from '../../../../shared/meeting/schema'
import {
  defaultFraming,
  fillFraming,
  placeholderFromEdit,
  placeholderToEdit
} from '../../../../shared/meeting/template'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { CommitField } from './CommitField'
import { PrepareSection } from './PrepareSection'

const s = strings.prepare.framing
const SCOPE = 'field:framing'

/** The framing question with a live preview filled with the customer's name. */
export function FramingSection({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const set = (question: string) => sendCommand({ type: 'framing.set', question }, SCOPE)
  const token = s.customerToken
  return (
    <PrepareSection id="prepare-framing" title={s.heading}>
      <CommitField
        label={s.label}
        value={placeholderToEdit(meeting.framingQuestion, token)}
        scope={SCOPE}
        onCommit={(edited) => set(placeholderFromEdit(edited, token))}
      />
      <p className="framing-preview">
        <span className="muted">{s.preview}: </span>
        <strong>
          {fillFraming(
            meeting.framingQuestion,
            meeting.story.customer,
            strings.prepare.framing.unnamedCustomer
          )}
        </strong>
      </p>
      <button
        type="button"
        disabled={meeting.framingQuestion === defaultFraming(meeting.facts.language)}
        onClick={() => void set(defaultFraming(meeting.facts.language))}
      >
        {s.reset}
      </button>
    </PrepareSection>
  )
}
