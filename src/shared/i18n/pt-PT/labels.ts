import type { Labels } from '../catalogue'

/** European Portuguese labels of the fields commands check, as a sentence starts with them. */
export const FIELDS_PT: Labels['fields'] = {
  title: 'Título',
  meetingDate: 'Data da reunião',
  factField: 'Este campo',
  mission: 'Missão',
  purpose: 'Objetivo',
  departmentName: 'Nome do departamento',
  name: 'Nome',
  role: 'Função',
  customerName: 'Nome do cliente',
  segment: 'Segmento',
  story: 'História',
  channel: 'Canal',
  broughtBy: 'Quem a traz',
  storyImpact: 'O que mudou',
  contact: 'Contactos',
  framingQuestion: 'Pergunta de enquadramento',
  roundTitle: 'Título da ronda',
  roundPrompt: 'Mote da ronda',
  checklistQuestion: 'Pergunta da lista de verificação',
  timebox: 'Tempo da ronda',
  newPosition: 'Nova posição',
  plannedMinutes: 'Minutos previstos',
  voteBudget: 'Votos por pessoa',
  latestValue: 'Último valor',
  note: 'Nota',
  metricName: 'Nome da métrica',
  baseline: 'Valor de partida',
  target: 'Meta',
  measureDate: 'Data de medição',
  actionWhat: 'O que é a ação',
  owner: 'Responsável',
  dueDate: 'Prazo',
  customerBenefit: 'Benefício para o cliente (o que ganham os nossos clientes?)',
  firstPerson: 'Primeira pessoa',
  secondPerson: 'Segunda pessoa',
  disagreement: 'Desacordo',
  startDate: 'Data de início',
  outcome: 'Resultado',
  themeName: 'Nome do tema',
  votes: 'Votos',
  impact: 'Impacto',
  effort: 'Esforço',
  idea: 'Ideia',
  author: 'Autor',
  mergedIdea: 'Ideia juntada',
  recognisedWho: 'Quem é reconhecido',
  recognisedFor: 'Porque é reconhecido',
  priority: 'Prioridade',
  nextReviewDate: 'Data da próxima revisão',
  meetingTitle: 'Título',
  templateName: 'Nome do modelo'
}

/** `one` carries its article ("a ideia"), as pt sentences need the noun's gender. */
const thing = (one: string, singular: string, plural: string) => ({
  one,
  counted: { one: `# ${singular}`, other: `# ${plural}` }
})

/** European Portuguese names of the things a meeting holds. */
export const THINGS_PT: Labels['things'] = {
  department: thing('o departamento', 'departamento', 'departamentos'),
  attendee: thing('o participante', 'participante', 'participantes'),
  round: thing('a ronda', 'ronda', 'rondas'),
  carriedAction: thing('a ação transitada', 'ação transitada', 'ações transitadas'),
  sourceIdea: thing('a ideia de origem', 'ideia de origem', 'ideias de origem'),
  action: thing('a ação', 'ação', 'ações'),
  escalation: thing('o escalamento', 'escalamento', 'escalamentos'),
  theme: thing('o tema', 'tema', 'temas'),
  idea: thing('a ideia', 'ideia', 'ideias'),
  ideaToBuildOn: thing('a ideia de partida', 'ideia de partida', 'ideias de partida'),
  recognition: thing('o reconhecimento', 'reconhecimento', 'reconhecimentos')
}

/** What a schema check was reading, as a sentence starts with it. */
export const SUBJECTS_PT: Labels['subjects'] = {
  meetingFile: 'Este ficheiro de reunião',
  change: 'Essa alteração',
  request: 'O pedido'
}
