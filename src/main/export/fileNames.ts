import type { ExportFormat } from '../../shared/ipc/contract'
import type { MeetingFacts } from '../../shared/meeting/schema'

/** Characters no common file system accepts in a name (Windows is the strictest), plus controls. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
/** Keeps the whole path comfortably under Windows' 260-character limit. */
const MAX_BASE_LENGTH = 80

/**
 * A file name (without extension) for a meeting's exports, safe on Windows, macOS and Linux:
 * "Hernando’s quarterly review 2026-Q4 minutes". Letters in any script are kept.
 */
export function exportBaseName(facts: Pick<MeetingFacts, 'title' | 'quarter'>): string {
  const words = [facts.title, facts.quarter, 'minutes']
    .map((part) => part.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  // Cut by code points so a surrogate pair is never split; no leading dot (a hidden file on macOS
  // and Linux) and no trailing dot or space (Windows drops them).
  let base = [...words.join(' ')]
    .slice(0, MAX_BASE_LENGTH)
    .join('')
    .replace(/^[. ]+|[. ]+$/g, '')
  if (!base) base = 'Meeting minutes'
  if (RESERVED.test(base)) base = `${base} minutes`
  return base
}

export const EXTENSIONS: Record<ExportFormat, string> = {
  pdf: 'pdf',
  md: 'md',
  csv: 'csv',
  ics: 'ics'
}

/** "name.pdf", then "name (2).pdf", "name (3).pdf"… for the n-th attempt. */
export function numberedName(base: string, extension: string, attempt: number): string {
  return attempt <= 1 ? `${base}.${extension}` : `${base} (${attempt}).${extension}`
}
