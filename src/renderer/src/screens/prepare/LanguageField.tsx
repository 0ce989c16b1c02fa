import { useEffect, useId, useRef } from 'react'
import { isLocale, LOCALES, type Locale } from '../../../../shared/i18n/locale'
import { LANGUAGE_NAMES } from '../../i18n/languageNames'

/**
 * Set when the facilitator picks a language: the switch remounts every screen (LocaleRoot), and the
 * select that comes back takes the focus again, so a keyboard user stays where they were.
 */
let focusAfterSwitch = false

/** A language select; `onChoose` saves the choice (the remount follows when the meeting changes). */
export function LanguageField({
  label,
  value,
  onChoose,
  className = 'field'
}: {
  label: string
  value: Locale
  onChoose: (language: Locale) => void
  className?: string
}) {
  const id = useId()
  const ref = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    if (!focusAfterSwitch) return
    focusAfterSwitch = false
    ref.current?.focus()
  }, [])
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={ref}
        value={value}
        onChange={(event) => {
          const chosen = event.target.value
          if (!isLocale(chosen) || chosen === value) return
          focusAfterSwitch = true
          onChoose(chosen)
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  )
}
