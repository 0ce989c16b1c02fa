import { strings } from '../../strings'

const SCORES = [1, 2, 3, 4, 5] as const

/** An optional 1–5 score (impact or effort); "–" clears it. */
export function ScoreSelect({
  label,
  short,
  value,
  onChange
}: {
  label: string
  short: string
  value: number | null
  onChange: (value: number | null) => void
}) {
  return (
    <label className="score-select">
      <span aria-hidden="true">{short}</span>
      <select
        aria-label={label}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{strings.converge.notScored}</option>
        {SCORES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  )
}
