import { readDateText, spelledDate, typedOrder } from '../dates/dateText'
import { activeUiLocale } from '../i18n/uiLocale'
import { strings } from '../strings'

interface DateTextInputProps {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
  /** The text as typed (an ISO date once saved). */
  value: string
  onChange: (text: string) => void
}

/**
 * A date typed as text (`2027-03-31`, `03312027`, `31.03.2027` …) rather than a browser date picker,
 * whose segments trap the caret on the year and turn `03312027` into the year 275760. The date it
 * reads is spelled out beside the field, so a day/month mix-up is seen before saving.
 */
export function DateTextInput({ value, onChange, ...aria }: DateTextInputProps) {
  const locale = activeUiLocale()
  const read = readDateText(value, typedOrder(locale))
  return (
    <span className="date-text">
      <input
        {...aria}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={strings.dates.placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="muted date-reading" aria-live="polite">
        {read.kind === 'date' ? strings.dates.reads(spelledDate(read.iso, locale)) : ''}
      </span>
    </span>
  )
}

/** The ISO date a typed text stands for, or '' when it is empty or not a date. */
export function isoOfDateText(text: string): string {
  const read = readDateText(text, typedOrder(activeUiLocale()))
  return read.kind === 'date' ? read.iso : ''
}

/**
 * Why a typed date cannot be used, or null when it can: `required` names the missing date, and text
 * that is no date gets one sentence with the forms that work.
 */
export function dateTextProblem(text: string, required: string | null): string | null {
  const read = readDateText(text, typedOrder(activeUiLocale()))
  if (read.kind === 'empty') return required
  return read.kind === 'invalid' ? strings.dates.notADate(text.trim()) : null
}
