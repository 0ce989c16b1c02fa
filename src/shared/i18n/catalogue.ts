import type { ErrorKey, ErrorReason, ReasonOf } from '../errors/reasons'
import type { Field, SchemaSubject, Thing } from '../errors/subjects'
import type { PluralForms } from './plural'

/** A language's labels for the fields, things and schema subjects reasons name. */
export interface Labels {
  fields: Record<Field, string>
  /** A thing, singular ("carried-over action"), and counted ("# ideas"). */
  things: Record<Thing, { one: string; counted: PluralForms }>
  subjects: Record<SchemaSubject, string>
}

/** Words a reason; `word` words a nested reason (a cause) in the same language. */
export type Wording<K extends ErrorKey> = (reason: ReasonOf<K>, word: (r: ErrorReason) => string) => string

/** A sentence for every reason whose key is in K: a catalogue missing one fails typecheck. */
export type ErrorWordings<K extends ErrorKey = ErrorKey> = { [P in K]: Wording<P> }

/** What one language needs to word every error reason. */
export interface ErrorCatalogue {
  locale: string
  reasons: ErrorWordings
}

/** The function that words any reason with `catalogue`. */
export function errorWorder(catalogue: ErrorCatalogue): (reason: ErrorReason) => string {
  const word = (reason: ErrorReason): string =>
    (catalogue.reasons[reason.key] as Wording<ErrorKey>)(reason, word)
  return word
}
