import { useId } from 'react'
import type { ComponentProps, ReactNode } from 'react'

/** One choice of a select: its value and the words shown. */
export interface Choice {
  id: string
  name: string
}

interface FieldFrame {
  label: string
  /** Extra classes of the field's box (`grow`, `narrow`…), after `field`. */
  className?: string
  /** Keeps the label for screen readers only (rows of a table whose header says it already). */
  hideLabel?: boolean
  /** Shown under the control (a hint, the field's error). */
  children?: ReactNode
}

function Frame({
  id,
  label,
  className,
  hideLabel,
  control,
  children
}: FieldFrame & { id: string; control: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {control}
      {children}
    </div>
  )
}

/** A labelled text input that reports each keystroke's value (`type` may be `search`). */
export function TextField({
  label,
  className,
  hideLabel,
  children,
  onValue,
  ...input
}: FieldFrame &
  Omit<ComponentProps<'input'>, 'id' | 'onChange' | 'children'> & {
    value: string
    onValue: (value: string) => void
  }) {
  const id = useId()
  const control = (
    <input id={id} type="text" {...input} onChange={(event) => onValue(event.target.value)} />
  )
  return <Frame {...{ id, label, className, hideLabel, control, children }} />
}

/** The `<option>`s of a select, one per choice. */
export function Options({ options }: { options: readonly Choice[] }) {
  return options.map((option) => (
    <option key={option.id} value={option.id}>
      {option.name}
    </option>
  ))
}

/** A labelled select over `options`, reporting the chosen id. */
export function SelectField({
  label,
  className,
  hideLabel,
  children,
  options,
  onValue,
  ...select
}: FieldFrame &
  Omit<ComponentProps<'select'>, 'id' | 'onChange' | 'children'> & {
    value: string
    options: readonly Choice[]
    onValue: (value: string) => void
  }) {
  const id = useId()
  const control = (
    <select id={id} {...select} onChange={(event) => onValue(event.target.value)}>
      <Options options={options} />
    </select>
  )
  return <Frame {...{ id, label, className, hideLabel, control, children }} />
}
