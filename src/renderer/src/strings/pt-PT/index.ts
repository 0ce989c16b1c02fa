import { plural } from '../../../../shared/i18n/plural'
import { dateLabel, quarterLabel } from '../../../../shared/minutes/format'
import { minutesWording } from '../../../../shared/minutes/minutesWording'
import type { Strings } from '../../strings'

import { actionsStrings } from './actions'
import { closeStrings } from './close'
import { convergeStrings } from './converge'
import { errorStrings } from './errors'
import { minutesStrings } from './minutes'
import { prepareStrings } from './prepare'
import { projectorStrings } from './projector'
import { roomStrings } from './room'
import { roundsStrings } from './rounds'
import { searchStrings } from './search'
import { shortcutsStrings } from './shortcuts'
import { stagesIntroStrings } from './stagesIntro'

/**
 * Every string the facilitator or the room can read, in European Portuguese (pt-PT): the mirror of
 * `english` in ../../strings.ts, entry for entry, so a missing or extra entry fails typecheck.
 */
export const portuguese: Strings = {
  appName: 'Northstar',
  converge: convergeStrings,
  actions: actionsStrings,
  close: closeStrings,
  minutes: minutesStrings,
  room: roomStrings,
  prepare: prepareStrings,
  stagesIntro: stagesIntroStrings,
  loading: 'A carregar…',
  dates: {
    placeholder: 'AAAA-MM-DD',
    reads: (date: string) => `= ${date}`,
    /** "2027-01-15" as written in Portugal, "15/01/2027" (the minutes’ formatter). */
    day: (iso: string) => dateLabel(iso, false, 'pt-PT'),
    /** "sexta-feira, 15 de janeiro de 2027". */
    longDay: (iso: string) => dateLabel(iso, true, 'pt-PT'),
    /** "2026-Q4" → "T4 2026" (trimestre). */
    quarter: (quarter: string) => quarterLabel(quarter, minutesWording('pt-PT').quarter),
    notADate: (typed: string) =>
      `“${typed}” não é uma data que o Northstar consiga ler. Escreva-a como 31/03/2027, 31.03.2027 ou 2027-03-31.`
  },
  errors: errorStrings,
  library: {
    heading: 'As suas reuniões',
    empty: 'Ainda não há reuniões. Comece uma em “Começar uma nova reunião”, acima.',
    loading: 'A carregar as suas reuniões…',
    newHeading: 'Começar uma nova reunião',
    titleLabel: 'Título',
    titlePlaceholder: 'p. ex. Revisão de clientes do 4.º trimestre',
    sourceLabel: 'Começar a partir de',
    languageLabel: 'Língua',
    sourceTemplate: 'Modelo incluído: Revisão trimestral centrada no cliente',
    sourceCopy: (title: string) => `Uma cópia de “${title}”`,
    create: 'Criar reunião',
    import: 'Importar um ficheiro de reunião…',
    showArchived: 'Mostrar reuniões arquivadas',
    open: 'Abrir',
    duplicate: 'Duplicar',
    rename: 'Mudar o nome',
    renameLabel: (title: string) => `Novo título para “${title}”`,
    saveRename: 'Guardar',
    cancel: 'Cancelar',
    archive: 'Arquivar',
    unarchive: 'Desarquivar',
    delete: 'Eliminar',
    archivedBadge: 'Arquivada',
    readOnlyBadge: 'Só de leitura: acima de um limite',
    untitled: 'Reunião sem título',
    counts: (ideas: number, actions: number) =>
      `${plural('pt-PT', ideas, { one: '# ideia', other: '# ideias' })} · ${plural('pt-PT', actions, { one: '# ação', other: '# ações' })}`,
    updated: (when: string) => `Atualizada ${when}`,
    actionsFor: (title: string) => `Ações de “${title}”`
  },
  toast: {
    deleted: (title: string) => `“${title}” eliminada.`,
    undo: 'Anular',
    restored: (title: string) => `“${title}” reposta.`,
    imported: (title: string) => `“${title}” importada.`
  },
  meeting: {
    back: 'Todas as reuniões',
    undo: 'Anular',
    redo: 'Refazer',
    stageRail: 'Alinhamento',
    previousStage: 'Etapa anterior',
    nextStage: 'Etapa seguinte',
    stageHint:
      'Page Up / Page Down (ou ← / → fora de um campo de texto) passam de uma etapa para outra.',
    stagePosition: (index: number, total: number) => `Etapa ${index} de ${total}`,
    plannedMinutes: (minutes: number) => `${minutes} min`,
    notBuiltYet: 'Esta etapa estará disponível em breve.',
    readOnly: 'Só de leitura.'
  },
  // Soft hyphens (\u00AD) where the long words may break: the run-of-show steps are narrow and
  // Electron has no pt-PT hyphenation dictionary for `hyphens: auto`. Invisible unless a line breaks there.
  stages: {
    welcome: 'Boas-vindas',
    lastQuarter: 'Ações do trimestre anterior',
    story: 'História do cliente',
    framing: 'Pergunta de enqua\u00ADdra\u00ADmento',
    rounds: 'Rondas',
    converge: 'Convergir',
    actions: 'Ações',
    close: 'Reconheci\u00ADmento e encerra\u00ADmento',
    minutes: 'Ata'
  },
  welcome: {
    purpose: 'Porque estamos aqui',
    mission: 'A nossa missão',
    agenda: 'Ordem de trabalhos'
  },
  rounds: roundsStrings,
  search: searchStrings,
  projector: projectorStrings,
  shortcuts: shortcutsStrings
}
