import type { ReactNode } from 'react'

/** One titled part of the Prepare view; its heading can be jumped to from the section list. */
export function PrepareSection({
  id,
  title,
  children
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <section className="panel prepare-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h3>
      {children}
    </section>
  )
}
