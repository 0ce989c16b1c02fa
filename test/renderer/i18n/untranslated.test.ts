import { describe, expect, it } from 'vitest'
import { english } from '../../../src/renderer/src/strings'
import { portuguese } from '../../../src/renderer/src/strings/pt-PT'

/**
 * Entries that legitimately read the same in both languages: the product name, acronyms and format
 * names, and functions whose sentence is only the values they are given (numbers, names, "#3").
 */
const SAME_IN_BOTH = new Set([
  'appName',
  'dates.reads',
  'meeting.plannedMinutes',
  'actions.metricKinds.nps',
  'actions.metricKinds.csat',
  'converge.notScored',
  'converge.ideaNumber',
  'converge.ideaWhere',
  'converge.department',
  'minutes.formatShort.pdf',
  'minutes.formatShort.md',
  'minutes.formatShort.csv',
  'room.addressKind.vpn',
  'prepare.departments.presetOption',
  'stagesIntro.welcome.startsAt',
  'stagesIntro.welcome.minutes',
  'stagesIntro.schedule.stageOf',
  'rounds.roundTab',
  'rounds.departmentOption',
  'rounds.ideaNumber',
  'rounds.coverage.contributed',
  'search.ideaResult',
  'projector.welcome.minutes',
  'projector.story.customer',
  'projector.story.page',
  'projector.lastQuarter.metric',
  'projector.actions.target'
])

/** Key legends (Ctrl/Cmd, Alt, Enter, Page Up…): printed on Portuguese keyboards as they are in English. */
const KEY_LEGEND = /^shortcuts\.(keys\.\w+|fieldKeys\.\d+\.keys)$/

/** Entries that take a reason or a list, not text: test/shared/i18n/errorsPt.test.ts checks their wording. */
const REASON_WORDERS = new Set(['errors.reason', 'errors.notice', 'errors.readOnly'])

/** Arguments every catalogue function accepts: digit strings read as numbers and as text alike. */
const ARGS = ['3', '7', '12', '5']

/** Entries whose sample must be a real date or quarter to say anything. */
const SAMPLE_ARGS: Record<string, string[]> = {
  'dates.day': ['2027-03-31'],
  'dates.longDay': ['2027-03-31'],
  'dates.quarter': ['2026-Q4']
}

/** Every leaf of a catalogue as [path, text]: strings as they are, functions called with ARGS. */
function leaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]]
  if (REASON_WORDERS.has(path)) return []
  if (typeof value === 'function')
    return [[path, String((value as (...a: string[]) => unknown)(...(SAMPLE_ARGS[path] ?? ARGS)))]]
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}.${i}`))
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      leaves(item, path ? `${path}.${key}` : key)
    )
  return []
}

describe('the pt-PT renderer catalogue', () => {
  const en = new Map(leaves(english))
  const pt = new Map(leaves(portuguese))

  it('has every English entry and no other', () => {
    expect([...pt.keys()].sort()).toEqual([...en.keys()].sort())
  })

  it('translates every entry (only the allow-listed ones may read as in English)', () => {
    const untranslated = [...en].filter(
      ([path, text]) =>
        text !== '' && pt.get(path) === text && !SAME_IN_BOTH.has(path) && !KEY_LEGEND.test(path)
    )
    expect(untranslated).toEqual([])
  })

  it('keeps the allow-list honest: each allowed entry is still the same in both', () => {
    const nowDifferent = [...SAME_IN_BOTH].filter((path) => en.get(path) !== pt.get(path))
    expect(nowDifferent).toEqual([])
  })
})
