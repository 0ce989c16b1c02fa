import type { ComponentProps } from 'react'

/** A button that stays pressed while what it turns on is on; `keys` names its shortcut. */
export function ToggleButton({
  pressed,
  keys,
  ...button
}: Omit<ComponentProps<'button'>, 'type'> & { pressed: boolean; keys?: string }) {
  return <button type="button" aria-pressed={pressed} aria-keyshortcuts={keys} {...button} />
}
