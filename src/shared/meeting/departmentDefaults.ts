import type { Department } from './schema'
import { DEPARTMENT_PRESETS, departmentPresets } from './template'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale'

/** Colours offered after the presets are used up (Okabe–Ito plus a few darker tones). */
const EXTRA_COLORS = ['#000000', '#F0E442', '#7F3C8D', '#11A579', '#3969AC', '#E73F74', '#80BA5A']

/**
 * The shortcut key a new department most likely wants: the first letter or digit of its name that no
 * other department uses, else any free letter or digit; null when all 36 are taken.
 */
export function suggestDepartmentKey(
  name: string,
  departments: readonly Department[]
): string | null {
  const taken = new Set(departments.map((d) => d.key))
  const fromName = name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
  const all = 'abcdefghijklmnopqrstuvwxyz0123456789'
  for (const letter of fromName + all) if (!taken.has(letter)) return letter
  return null
}

/** A colour no department uses yet (presets first), or the first preset when every one is used. */
export function suggestDepartmentColor(departments: readonly Department[]): string {
  const used = new Set(departments.map((d) => d.color.toLowerCase()))
  const palette = [...DEPARTMENT_PRESETS.map((p) => p.color), ...EXTRA_COLORS]
  return palette.find((c) => !used.has(c.toLowerCase())) ?? palette[0]!
}

/** Presets whose name is not in the meeting yet, for "add a preset". */
export function missingPresets(
  departments: readonly Department[],
  locale: Locale = DEFAULT_LOCALE
): typeof DEPARTMENT_PRESETS {
  const names = new Set(departments.map((d) => d.name.toLowerCase()))
  return departmentPresets(locale).filter((p) => !names.has(p.name.toLowerCase()))
}
