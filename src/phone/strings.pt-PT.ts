import { wordErrorEn } from '../shared/i18n/en/errors'
import { plural } from '../shared/i18n/plural'
import type { PhoneStrings } from './strings'

/** The phone page in European Portuguese (see strings.ts). */
export const portuguese: PhoneStrings = {
  pageTitle: 'Entrar na reunião',
  connecting: 'A ligar à reunião…',
  reconnecting: 'A ligação caiu. A voltar a ligar…',
  connected: 'Está na reunião.',
  locked: 'A sala está fechada: não podem entrar mais telemóveis. Fale com o facilitador.',
  replaced: 'Este telemóvel abriu a reunião noutro separador. Use esse separador.',
  tooBig: 'Era demasiado longo para enviar. Encurte e tente de novo.',
  closedForGood:
    'A participação pela sala terminou. Leia o novo código no ecrã para voltar a entrar.',
  department: 'O seu departamento',
  chooseDepartment: 'Escolha o seu departamento',
  nameAsked: 'O seu nome (o facilitador pede nomes; opcional)',
  join: 'Entrar',
  changeProfile: 'Mudar de departamento ou de nome',
  waitingTitle: 'Aguarde, por favor',
  waiting: 'Nada a enviar por agora. Acompanhe o ecrã: a próxima ronda aparece aqui.',
  roundLabel: 'Ronda',
  idea: 'A sua ideia',
  ideaHelp: (left) =>
    plural('pt-PT', left, { one: 'Resta # carácter', other: 'Restam # caracteres' }),
  buildsOn: 'Desenvolver uma ideia (opcional)',
  noBuild: 'Uma ideia nova (sem desenvolver outra)',
  send: 'Enviar ideia',
  sent: 'Enviada. Já está no ecrã.',
  sentPending: 'Enviada. O facilitador vai mostrá-la em breve.',
  roomIdeas: 'Ideias desta ronda',
  noIdeasYet: 'Ainda não há ideias. Seja o primeiro!',
  buildOnThis: (n) => `Desenvolver a ideia #${n}`,
  ideaNumber: (n) => `Ideia ${n}`,
  yourIdeas: 'As suas ideias',
  waitingApproval: 'À espera do facilitador',
  edit: 'Editar',
  editLabel: (n) => `Editar a sua ideia #${n}`,
  save: 'Guardar',
  cancel: 'Cancelar',
  editing: 'Editar a sua ideia',
  voteTitle: 'Vote com os seus pontos',
  dotsLeft: (left, total) => `Restam ${left} de ${total} pontos`,
  addDot: (n) => `Dar um ponto à ideia #${n}`,
  removeDot: (n) => `Tirar um ponto à ideia #${n}`,
  yourDots: (count) => plural('pt-PT', count, { one: '# ponto', other: '# pontos' }),
  // The meeting's reasons are worded in English until shared/i18n has a Portuguese errors catalogue.
  reason: (reason) => wordErrorEn(reason),
  error: {
    rate: 'Está a enviar muito depressa. Espere um momento e tente de novo.',
    unreadable: 'A reunião não conseguiu ler isso. Tente de novo.',
    invalid: 'A reunião não pôde aceitar isso.',
    tooLong: 'As ideias podem ter no máximo 280 caracteres.',
    empty: 'Escreva primeiro a sua ideia.',
    noDepartment: 'Escolha primeiro o seu departamento.',
    notNow: 'A reunião já avançou: isto não pode ser enviado agora.',
    notYours: 'Só pode editar as suas próprias ideias.',
    noDots: 'Não tem pontos. Tire primeiro um ponto de outra ideia.',
    unknownIdea: 'Essa ideia já não está no ecrã.'
  }
}
