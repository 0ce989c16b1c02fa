import type { NoticeReason, RepairedDate, RepairedThing } from '../../errors/reasons'
import type { ErrorWordings } from '../catalogue'
import { firstFew, type PluralForms } from '../plural'
import { counted, n, readOnlySentence } from './numbers'

const THINGS: Record<RepairedThing, PluralForms> = {
  department: { one: '# departamento', other: '# departamentos' },
  attendee: { one: '# participante', other: '# participantes' },
  round: { one: '# ronda', other: '# rondas' },
  idea: { one: '# ideia', other: '# ideias' },
  theme: { one: '# tema', other: '# temas' },
  action: { one: '# ação', other: '# ações' },
  escalation: { one: '# escalamento', other: '# escalamentos' },
  recognition: { one: '# reconhecimento', other: '# reconhecimentos' },
  carried: { one: '# ação transitada', other: '# ações transitadas' }
}

const dateName = (d: RepairedDate): string => {
  switch (d.date) {
    case 'meetingDate':
      return 'a data da reunião'
    case 'nextReviewDate':
      return 'a data da próxima revisão'
    case 'dueDate':
      return `o prazo de “${d.item}”`
    case 'measureOn':
      return `a data de medição de “${d.item}”`
    case 'raisedOn':
      return `a data em que “${d.item}” foi levantado`
  }
}

const FATE = {
  open: 'não são mostrados e não ficarão na reunião quando for guardada',
  import: 'foram deixados de fora da reunião importada',
  export: 'ficam de fora da exportação'
} as const

/** Os avisos (see ../en/noticeWordings.ts) em português europeu. */
export const NOTICE_WORDINGS_PT: ErrorWordings<NoticeReason['key']> = {
  repairedDuplicateIds: (r) =>
    `${r.counts.map(({ thing, count }) => counted(count, THINGS[thing])).join(', ')} repetiam o identificador de outro item; cada um tem agora o seu, para que alterar um já não altere o outro.`,
  repairedDanglingRound: (r) =>
    `${counted(r.count, { one: '# ideia indicava uma ronda', other: '# ideias indicavam uma ronda' })} que não está na reunião; agora em “${r.round}”.`,
  repairedDanglingDepartment: (r) =>
    `${counted(r.count, { one: '# ideia indicava um departamento', other: '# ideias indicavam um departamento' })} que não está na reunião; agora em “${r.department}”.`,
  repairedDanglingTheme: (r) =>
    `${counted(r.count, { one: '# ideia estava num tema', other: '# ideias estavam num tema' })} que não está na reunião; agora sem tema.`,
  repairedDanglingReference: (r) =>
    `${counted(r.count, { one: '# outra referência', other: '# outras referências' })} a itens que não estão na reunião (ideias de base, ideias de origem, departamentos, ações) ${r.count === 1 ? 'foi limpa ou passou' : 'foram limpas ou passaram'} para o primeiro departamento.`,
  repairedIdeaNumbers: (r) =>
    `${counted(r.count, { one: '# ideia repetia o número de outra ideia', other: '# ideias repetiam o número de outra ideia' })}; cada uma tem agora um número seu.`,
  repairedDates: (r) =>
    `Datas que não existem passaram para o dia real mais próximo: ${r.dates.map((d) => `${dateName(d)} era “${d.was}”, agora ${d.now}`).join('; ')}.`,
  unknownFieldsLeftOut: (r) => {
    const shown = firstFew(
      r.fields,
      (field) => `“${field}”`,
      (rest) => `e mais ${n(rest)}`,
      5
    )
    return `O ficheiro tem campos que esta versão do Northstar não conhece (${shown.join(', ')}); ${FATE[r.when]}.`
  },
  repairedOnOpen: (r, word) =>
    `O Northstar reparou esta reunião ao abri-la. ${r.notes.map(word).join(' ')} O ficheiro como estava fica guardado em ${r.copy}.`,
  importChanged: (r, word) =>
    `O Northstar fez alterações ao importar “${r.file}”. ${r.notes.map(word).join(' ')} O ficheiro que escolheu não foi alterado.`,
  overLimitsReadOnly: (r) => readOnlySentence(r.overLimits)
}
