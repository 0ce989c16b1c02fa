import { plural } from '../../../../shared/i18n/plural'
import type { prepareStrings as english } from '../prepare'

const actions = (count: number): string =>
  plural('pt-PT', count, { one: '# ação', other: '# ações' })
const attendees = (count: number): string =>
  plural('pt-PT', count, { one: '# participante', other: '# participantes' })

/** Strings of the Prepare view in European Portuguese (see ../prepare.ts). */
export const prepareStrings: typeof english = {
  toggle: 'Preparar',
  heading: 'Preparar a reunião',
  intro:
    'Tudo aqui é guardado quando sai de um campo ou prime Enter, e qualquer alteração pode ser anulada com Ctrl+Z.',
  start: 'Começar pelas Boas-vindas',
  backToStage: (stage: string) => `Voltar a ${stage}`,
  sectionsLabel: 'Secções da preparação',
  unsaved: 'Ainda não guardado',
  facts: {
    heading: 'Dados da reunião',
    title: 'Título',
    quarter: 'Trimestre',
    quarterHint: 'Como 2026-Q4',
    date: 'Data',
    place: 'Local',
    facilitator: 'Facilitador',
    mission: 'A nossa missão centrada no cliente, numa frase',
    purpose: 'Porque nos reunimos',
    language: 'Língua da reunião (ecrãs, projetor, telemóveis e ata)'
  },
  departments: {
    heading: 'Departamentos',
    name: 'Nome',
    color: 'Cor',
    key: 'Tecla de atalho',
    keyHint:
      'Uma letra ou um algarismo: Alt + esta tecla escolhe o departamento ao recolher ideias.',
    nameOf: (name: string) => `Nome de ${name}`,
    ofSuffix: (name: string) => ` de ${name}`,
    colorOf: (name: string) => `Cor de ${name}`,
    keyOf: (name: string) => `Tecla de atalho de ${name}`,
    addHeading: 'Acrescentar um departamento',
    add: 'Acrescentar departamento',
    presets: 'Departamento predefinido',
    addPreset: 'Acrescentar predefinido',
    presetOption: (name: string) => name,
    remove: (name: string) => `Remover ${name}`,
    usage: (ideas: number, people: number, actionCount: number) =>
      [
        plural('pt-PT', ideas, { one: '# ideia', other: '# ideias' }),
        attendees(people),
        actions(actionCount)
      ].join(', '),
    moveTo: (name: string) => `${name} está a ser usado. Mover os respetivos itens para`,
    confirmMove: 'Mover e remover',
    cancel: 'Cancelar',
    unused: 'ainda não usado',
    usedBy: 'Usado por',
    keyColumn: 'Tecla'
  },
  attendees: {
    heading: 'Participantes',
    name: 'Nome',
    department: 'Departamento',
    role: 'Função',
    nameOf: (name: string) => `Nome de ${name}`,
    ofSuffix: (name: string) => ` de ${name}`,
    departmentOf: (name: string) => `Departamento de ${name}`,
    roleOf: (name: string) => `Função de ${name}`,
    add: 'Acrescentar participante',
    remove: (name: string) => `Remover ${name}`,
    none: 'Ainda não há participantes. Acrescente cada pessoa com o respetivo departamento e função.',
    count: attendees
  },
  story: {
    heading: 'A história do cliente',
    intro: 'A abertura da reunião: um cliente real, nas suas próprias palavras.',
    fields: {
      customer: 'Nome ou pseudónimo do cliente',
      segment: 'Segmento',
      text: 'A história ou o email, nas palavras do cliente',
      channel: 'Canal por onde chegou',
      broughtBy: 'Quem a traz',
      impact: 'O que mudou para o cliente'
    },
    private: 'Não incluir na ata',
    privateOf: (field: string) => `Não incluir “${field}” na ata`,
    textHint: 'Ctrl/Cmd+Enter guarda; sair do campo também guarda.',
    contact: 'Contactos (privados)',
    contactHint:
      'Como contactar o cliente. Só para si: nunca aparece no projetor, na ata nem nas exportações.'
  },
  framing: {
    heading: 'Pergunta de enquadramento',
    label: 'Pergunta ({cliente} é substituído pelo nome do cliente)',
    customerToken: '{cliente}',
    preview: 'A sala vai ler',
    unnamedCustomer: 'o nosso cliente',
    reset: 'Repor a pergunta predefinida'
  },
  rounds: {
    heading: 'Rondas de brainstorming',
    round: (n: number, title: string) => `Ronda ${n}: ${title}`,
    title: 'Título',
    prompt: 'Mote',
    checklist: 'Lista de verificação',
    checklistAfter: ' (uma pergunta por linha)',
    kind: 'Tipo',
    ofRound: (n: number) => ` da ronda ${n}`,
    kinds: {
      open: 'Brainstorming livre',
      needs: 'Lista das necessidades do cliente',
      crossDepartment: 'Construir entre departamentos',
      challenge: 'Desafiar do lado do cliente'
    },
    timebox: 'Tempo da ronda',
    timeboxAfter: ' (minutos)',
    timeboxName: (n: number) => `Tempo da ronda ${n}`,
    moveUp: (title: string) => `Subir “${title}”`,
    moveDown: (title: string) => `Descer “${title}”`,
    remove: (title: string) => `Remover “${title}”`,
    up: 'Subir',
    down: 'Descer',
    removeShort: 'Remover',
    add: 'Acrescentar uma ronda',
    newTitle: 'Nova ronda',
    newPrompt: 'Que mais podemos fazer pelos nossos clientes?'
  },
  plan: {
    heading: 'Plano de tempo e votos',
    voteBudget: 'Votos por pessoa',
    stagesHeading: 'Minutos previstos por etapa',
    stageMinutes: (stage: string) => `${stage} (minutos)`,
    minutesSuffix: ' (minutos)',
    total: (minutes: number) => {
      const h = Math.floor(minutes / 60)
      const m = minutes % 60
      return `Total: ${plural('pt-PT', minutes, { one: '# minuto', other: '# minutos' })}${h > 0 ? ` (${h} h ${m} min)` : ''}`
    }
  },
  carry: {
    heading: 'Transitar as ações do trimestre anterior',
    label: 'Transitar as ações em aberto de',
    none: 'Nenhuma reunião anterior',
    current: (title: string, count: number) => `Transitadas de “${title}”: ${actions(count)}.`,
    nothing: 'Ainda não transitou nenhuma ação.',
    apply: 'Transitar',
    clear: 'Deixar de transitar',
    noOthers: 'Não há outra reunião neste espaço de trabalho de onde transitar ações.'
  },
  template: {
    heading: 'Guardar como modelo',
    label: 'Nome do modelo',
    save: 'Guardar como modelo',
    saved: (name: string) =>
      `Modelo “${name}” guardado. Comece uma nova reunião a partir dele na biblioteca.`,
    existing: (names: string) => `Os seus modelos: ${names}`,
    sourceOption: (name: string) => `O seu modelo: “${name}”`
  },
  errors: {
    notNumber: (label: string) => `${label} tem de ser um número inteiro.`,
    quarter: 'Escreva o trimestre como 2026-Q4 (ano, hífen, Q e 1 a 4) ou deixe o campo vazio.'
  }
}
