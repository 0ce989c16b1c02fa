import { describe, expect, it } from 'vitest'
import type { ErrorKey, ErrorReason } from '../../../src/shared/errors/reasons'
import { ERRORS_EN } from '../../../src/shared/i18n/en/errors'
import { readOnlySentenceIn, wordError } from '../../../src/shared/i18n/errorCatalogues'

/** One reason of `key` with every value any reason may carry (a superset: each wording reads its own). */
const sample = (key: ErrorKey): ErrorReason =>
  ({
    key,
    field: 'title',
    thing: 'idea',
    subject: 'meetingFile',
    problem: { kind: 'wrongType' },
    path: 'ideas.3',
    length: 2001,
    max: 2000,
    min: 1,
    count: 20001,
    ideas: 3,
    version: 9,
    shortcutKey: 'M',
    department: 'Marketing',
    round: 'Ronda 1',
    file: 'q4.northstar.json',
    folder: '/home/ana/Atas',
    why: 'EACCES',
    cause: { key: 'notJson' },
    title: 'Revisão do 4.º trimestre',
    where: '/home/ana/.northstar/aside',
    restoredFrom: null,
    overLimits: [{ kind: 'list', path: ['ideas'], count: 20001, limit: 20000 }],
    root: '/home/ana/Northstar',
    host: null,
    staleMinutes: 10,
    lockFile: 'workspace.lock',
    code: 'ENOSPC',
    keptInMemory: true,
    problemText: 'x',
    format: 'pdf',
    detail: 'EIO',
    address: '192.168.1.20',
    counts: [{ thing: 'idea', count: 2 }],
    dates: [{ date: 'dueDate', item: 'Ligar ao João', was: '2027-02-30', now: '2027-02-28' }],
    fields: ['facts.colour'],
    when: 'import',
    notes: [{ key: 'repairedIdeaNumbers', count: 1 }],
    copy: '/home/ana/Northstar/meetings/q4.before-repair.json'
  }) as unknown as ErrorReason

/** The space Intl groups thousands with in pt-PT (a no-break space). */
const NB = '\u00a0'

const KEYS = Object.keys(ERRORS_EN.reasons) as ErrorKey[]

describe('the pt-PT error catalogue', () => {
  it('words every reason in Portuguese, differently from English', () => {
    const same = KEYS.filter(
      (key) => wordError('pt-PT', sample(key)) === wordError('en', sample(key))
    )
    expect(same).toEqual([])
  })

  it('writes numbers the Portuguese way and nests causes in the same language', () => {
    expect(wordError('pt-PT', sample('tooLong'))).toBe(
      'Título: texto demasiado longo (2001 caracteres, o limite é 2000).'
    )
    expect(wordError('pt-PT', sample('meetingFull'))).toContain(
      `20${NB}001 ideias, o limite é 2000`
    )
    expect(wordError('pt-PT', sample('importFailed'))).toBe(
      'Não foi possível importar “q4.northstar.json”. O ficheiro não é JSON completo: pode ter sido cortado ou alterado por outro programa. Nada foi importado e o ficheiro não foi alterado.'
    )
    expect(wordError('pt-PT', { key: 'needsOne', thing: 'round' })).toBe(
      'Uma reunião tem de ter pelo menos 1 ronda.'
    )
  })

  it('says why a meeting is read-only in the meeting’s language', () => {
    const over = [{ kind: 'list' as const, path: ['ideas'], count: 20001, limit: 20000 }]
    expect(readOnlySentenceIn('pt-PT', over)).toContain(
      `Esta reunião é maior do que o Northstar permite (20${NB}001 ideas, o limite é 20${NB}000)`
    )
    expect(readOnlySentenceIn('en', over)).toMatch(/^This meeting is larger/)
  })

  it('names the first three broken limits, then how many more, in either language', () => {
    const text = (i: number) => ({
      kind: 'text' as const,
      path: ['ideas', String(i), 'text'],
      count: 2500,
      limit: 2000
    })
    const over = [0, 1, 2, 3, 4].map(text)
    expect(readOnlySentenceIn('pt-PT', over)).toContain(
      '“ideas.2.text”, o limite é 2000; e mais 2)'
    )
    expect(readOnlySentenceIn('en', over)).toContain(
      '“ideas.2.text”, the limit is 2,000; and 2 more)'
    )
    expect(readOnlySentenceIn('en', over.slice(0, 3))).toContain('the limit is 2,000)')
  })

  it('words the notices of opening and importing, nesting their notes in the same language', () => {
    const notice: ErrorReason = {
      key: 'importChanged',
      file: 'q4.json',
      notes: [
        { key: 'repairedDanglingTheme', count: 2 },
        { key: 'unknownFieldsLeftOut', fields: ['mood'], when: 'import' }
      ]
    }
    expect(wordError('pt-PT', notice)).toBe(
      'O Northstar fez alterações ao importar “q4.json”. 2 ideias estavam num tema que não está na reunião; agora sem tema. ' +
        'O ficheiro tem campos que esta versão do Northstar não conhece (“mood”); foram deixados de fora da reunião importada. ' +
        'O ficheiro que escolheu não foi alterado.'
    )
    expect(wordError('en', notice)).toBe(
      'Northstar made changes as it imported “q4.json”. 2 ideas were in a theme that is not in the meeting; now without a theme. ' +
        'The file has fields this version of Northstar does not know (“mood”); they were left out of the imported meeting. ' +
        'The file you chose was not changed.'
    )
  })
})
