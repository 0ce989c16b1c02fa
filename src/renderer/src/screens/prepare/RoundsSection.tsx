import type { Meeting } from '../../../../shared/meeting/schema'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { FieldError } from './FieldError'
import { PrepareSection } from './PrepareSection'
import { RoundCard } from './RoundCard'

const s = strings.prepare.rounds
const ADD_SCOPE = 'field:round.add'

/** The brainstorm rounds in order, with a button to add one (focus lands on its title). */
export function RoundsSection({ meeting }: { meeting: Meeting }) {
  const sendCommand = useAppStore((st) => st.sendCommand)
  const add = async () => {
    const ok = await sendCommand(
      {
        type: 'round.add',
        title: s.newTitle,
        prompt: s.newPrompt,
        kind: 'open',
        timeboxMinutes: 15
      },
      ADD_SCOPE
    )
    if (!ok) return
    // The new round is last: put the caret in its title so it can be named straight away.
    setTimeout(() => {
      const cards = document.querySelectorAll<HTMLElement>('.round-card')
      cards[cards.length - 1]?.querySelector('input')?.select()
    }, 0)
  }
  return (
    <PrepareSection id="prepare-rounds" title={s.heading}>
      <ol className="round-list">
        {meeting.rounds.map((round, index) => (
          <RoundCard key={round.id} round={round} index={index} count={meeting.rounds.length} />
        ))}
      </ol>
      <button type="button" onClick={() => void add()}>
        {s.add}
      </button>
      <FieldError scope={ADD_SCOPE} />
    </PrepareSection>
  )
}
