import { formatNumber, plural } from '../../../../shared/i18n/plural'
import type { roundsStrings as english } from '../rounds'

/** The Rounds stage in European Portuguese (see ../rounds.ts). */
export const roundsStrings: typeof english = {
  roundsLabel: 'Rondas de brainstorming',
  roundTab: (title: string, count: number) => `${title} (${formatNumber('pt-PT', count)})`,
  roundTabsHint: 'Alt+Page Up / Alt+Page Down mudam de ronda.',
  checklistLabel: 'Pergunte à sala',
  captureHeading: 'Registar uma ideia',
  ideaLabel: 'Ideia',
  ideaPlaceholder: 'Escreva uma ideia e prima Enter',
  authorLabel: 'Autor (opcional)',
  authorPlaceholder: 'Nome',
  departmentLabel: 'Departamento',
  departmentOption: (name: string, key: string) => `${name} (Alt+${key.toUpperCase()})`,
  add: 'Acrescentar ideia',
  noIdeaNumbered: (n: number) =>
    `Ainda não há nenhuma ideia #${n} nesta reunião (pode estar a ser guardada). Verifique o número depois de ^ e prima Enter outra vez.`,
  unknownDepartment: (prefix: string, names: string) =>
    `Nenhum departamento se chama “@${prefix}”. Depois de @, escreva o início de um destes: ${names}. Nada foi acrescentado; o seu texto continua aqui.`,
  ambiguousDepartment: (prefix: string, names: string) =>
    `“@${prefix}” pode ser ${names}. Escreva mais letras do nome depois de @ e prima Enter outra vez.`,
  captureHint:
    'Enter acrescenta a ideia. Departamento: Alt + a respetiva letra, ou comece com @nome. Alt+↑ / Alt+↓ escolhem uma ideia de partida, desta ronda ou de anteriores (ou escreva ^3). Esc limpa a escolha.',
  buildingOn: (number: number, department: string, text: string) =>
    `A próxima ideia baseia-se na #${number} (${department}): ${text}`,
  buildingOnInRound: (number: number, department: string, round: string, text: string) =>
    `A próxima ideia baseia-se na #${number} (${department}, em “${round}”): ${text}`,
  clearBuildOn: 'Não se basear nela (Esc)',
  ideasHeading: 'Ideias por departamento',
  noIdeas: 'Ainda não há ideias',
  ideaNumber: (n: number) => `${n}.`,
  ideaCount: (count: number) => plural('pt-PT', count, { one: '# ideia', other: '# ideias' }),
  noDepartments: 'Acrescente um departamento para começar a registar ideias.',
  buildsOn: (number: number, department: string) => `baseia-se na #${number} (${department})`,
  buildsOnInRound: (number: number, department: string, round: string) =>
    `baseia-se na #${number} (${department}) em “${round}”`,
  sameDepartmentBuild:
    'Mesmo departamento — esta ronda pede que se parta de uma ideia de outro departamento',
  byAuthor: (author: string) => `de ${author}`,
  selectIdea: (number: number) => `Selecionar a ideia ${number}`,
  countdown: {
    label: 'Cronómetro da ronda',
    start: 'Iniciar',
    resume: 'Retomar',
    pause: 'Pausa',
    addMinute: '+1 minuto',
    reset: 'Repor',
    timeUp: 'Acabou o tempo',
    running: 'a decorrer',
    paused: 'em pausa',
    notStarted: 'não iniciado',
    status: (remaining: string, state: string) => `faltam ${remaining}, ${state}`,
    keys: 'Alt+Shift+S iniciar/pausa · Alt+Shift+A mais um minuto · Alt+Shift+R repor',
    otherRound: (title: string, remaining: string) =>
      `O cronómetro de “${title}” ainda está a decorrer: faltam ${remaining}. Iniciar o cronómetro desta ronda substitui-o.`
  },
  coverage: {
    label: 'Participação na ronda',
    contributed: (name: string, count: number) => `${name}: ${formatNumber('pt-PT', count)}`,
    silent: 'Ainda sem contributos:',
    everyone: 'Todos os departamentos já contribuíram.',
    crossBuilds: (count: number) =>
      plural('pt-PT', count, {
        one: '# ideia baseia-se numa ideia de outro departamento',
        other: '# ideias baseiam-se em ideias de outros departamentos'
      }),
    sameDepartment: (numbers: string) => `Baseadas no próprio departamento: ${numbers}`
  },
  tools: {
    label: 'Ideia selecionada',
    selected: (number: number, department: string) => `#${number} (${department}) selecionada`,
    edit: 'Editar',
    move: 'Mover',
    merge: 'Juntar',
    delete: 'Eliminar',
    keys: 'Alt+Shift+E editar · Alt+Shift+M mover · Alt+Shift+G juntar · Alt+Shift+Delete eliminar',
    editText: 'Texto da ideia',
    editAuthor: 'Autor',
    editDepartment: 'Departamento',
    save: 'Guardar',
    cancel: 'Cancelar',
    moveTo: 'Mover para a ronda',
    moveHint: 'Escolha a ronda e prima Enter.',
    mergeInto: 'Juntar à ideia número',
    mergeHint: (number: number) =>
      `Escreva o número da ideia a que a #${number} se junta e prima Enter.`,
    mergeUnknown: (number: string) => `Não há outra ideia com o número ${number} nesta reunião.`,
    deleted: (number: number) => `Ideia #${number} eliminada. Ctrl+Z recupera-a.`,
    merged: (from: number, into: number) =>
      `#${from} juntada à #${into}. Ctrl+Z volta a separá-las.`,
    moved: (number: number, round: string) =>
      `#${number} movida para “${round}”. Ctrl+Z volta a pô-la onde estava.`,
    saved: (number: number) => `Ideia #${number} guardada.`
  }
}
