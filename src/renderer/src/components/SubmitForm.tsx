import type { ComponentProps, ReactNode } from 'react'

/** A form whose submit runs `onSubmit` instead of reloading the page. */
export function SubmitForm({
  onSubmit,
  ...form
}: Omit<ComponentProps<'form'>, 'onSubmit'> & { onSubmit: () => unknown }) {
  return (
    <form
      {...form}
      onSubmit={(event) => {
        event.preventDefault()
        void onSubmit()
      }}
    />
  )
}

/** A form's primary submit button and its Cancel, with any other buttons between them. */
export function SubmitCancel({
  submit,
  cancel,
  onCancel,
  children
}: {
  submit: string
  cancel: string
  onCancel: () => void
  children?: ReactNode
}) {
  return (
    <>
      <button type="submit" className="primary">
        {submit}
      </button>
      {children}
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </>
  )
}
