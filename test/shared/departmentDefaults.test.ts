import { describe, expect, it } from 'vitest'
import {
  missingPresets,
  suggestDepartmentColor,
  suggestDepartmentKey
} from '../../src/shared/meeting/departmentDefaults'
import type { Department } from '../../src/shared/meeting/schema'
import { DEPARTMENT_PRESETS } from '../../src/shared/meeting/template'

const presets: Department[] = DEPARTMENT_PRESETS.map((p, i) => ({ ...p, id: `d${i}` }))

describe('defaults for a new department', () => {
  it('suggests the first free letter of the name, accents ignored', () => {
    expect(suggestDepartmentKey('Legal', presets)).toBe('l')
    // m (Marketing) is taken, so Manufacturing gets its next letter.
    expect(suggestDepartmentKey('Manufacturing', presets)).toBe('a')
    expect(suggestDepartmentKey('Équipe', presets)).toBe('e')
  })

  it('falls back to any free key, and to null when all 36 are used', () => {
    expect(suggestDepartmentKey('MPCSFO', presets)).toBe('a')
    const full = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((key, i) => ({
      id: `x${i}`,
      name: `D${i}`,
      color: '#000000',
      key
    }))
    expect(suggestDepartmentKey('Legal', full)).toBeNull()
  })

  it('suggests a colour nobody uses yet', () => {
    expect(suggestDepartmentColor([])).toBe(DEPARTMENT_PRESETS[0]!.color)
    const colour = suggestDepartmentColor(presets)
    expect(presets.map((d) => d.color)).not.toContain(colour)
  })

  it('lists only presets missing from the meeting, by name in any case', () => {
    const some = presets.slice(0, 2).map((d) => ({ ...d, name: d.name.toUpperCase() }))
    expect(missingPresets(some).map((p) => p.name)).toEqual(
      DEPARTMENT_PRESETS.slice(2).map((p) => p.name)
    )
  })
})
