import { portuguese } from '../../../../src/renderer/src/strings/pt-PT'
import { minutesPortuguese } from '../../../../src/shared/i18n/pt-PT/minutes'
import { templatePortuguese } from '../../../../src/shared/i18n/pt-PT/template'
import { inRoom } from './script'
import type { MeetingScript } from './script'

const REPLACE = 'Substituição no próprio dia antes de um recital'
const TEACHERS = 'Rastreios auditivos gratuitos para professores de música'
const MUSIC_MODE = 'Um modo música afinado para o canto ao vivo'
const PRESET = 'Uma predefinição “recital” na aplicação'
const FAMILY_PLAN = 'Um plano familiar para partilhar um aparelho'
const OVERNIGHT = 'Substituições enviadas durante a noite para salas de concerto'

/**
 * The same meeting run in European Portuguese: created in Portuguese (so from the Portuguese
 * template: Produto, Apoio ao Cliente…), the story, ideas and actions typed in Portuguese.
 */
export const portugueseMeeting: MeetingScript = {
  locale: 'pt-PT',
  htmlLang: 'pt-PT',
  s: portuguese,
  template: templatePortuguese,
  minutes: minutesPortuguese,
  shots: 'pt-full-',
  reviewShots: true,
  title: 'Revisão de clientes do 4.º trimestre — a reunião inteira',
  facts: {
    quarter: '2026-Q4',
    date: '2026-12-03',
    place: 'Coimbra, Sala Atlântico',
    facilitator: 'Hernando'
  },
  story: {
    customer: 'João',
    segment: 'Cliente de aparelhos auditivos há três meses',
    text:
      'Caros senhores,\n' +
      'Uso o vosso aparelho há três meses. Na semana passada, pela primeira vez em anos, ' +
      'consegui ouvir com clareza a minha filha a cantar na festa da escola.\nObrigado.\nJoão',
    channel: 'Correio eletrónico',
    broughtBy: 'Hernando',
    impact: 'Voltou a ligar-se à filha: ouviu-a cantar na festa da escola.'
  },
  storyPhrase: /ouvir com clareza a minha filha a cantar na festa da escola/,
  people: inRoom([
    ['Operações', 'Diretor, facilitador'],
    ['Marketing', 'Técnico de marketing'],
    ['Apoio ao Cliente', 'Responsável do apoio'],
    ['Produto', 'Gestor de produto'],
    ['Finanças', 'Controladora'],
    ['Vendas', 'Gestor de conta'],
    ['Produto', 'Diretor-adjunto']
  ]),
  ideas: [
    [1, 'Marketing', TEACHERS, null],
    [1, 'Produto', MUSIC_MODE, null],
    [1, 'Apoio ao Cliente', 'Recolher uma história de cliente em cada chamada de apoio', null],
    [1, 'Finanças', 'Desconto para as escolas que aderirem ao programa dos professores', TEACHERS],
    [1, 'Vendas', 'Juntar o modo música a uma oferta para a época de concertos', MUSIC_MODE],
    [1, 'Operações', REPLACE, null],
    [2, 'Produto', PRESET, null],
    [2, 'Apoio ao Cliente', 'Ensinar por telefone a mudar de predefinição', PRESET],
    [3, 'Vendas', FAMILY_PLAN, null],
    [3, 'Finanças', 'Uma mensalidade única para o plano familiar', FAMILY_PLAN],
    [4, 'Operações', OVERNIGHT, null],
    [4, 'Marketing', 'Falar da substituição noturna no e-mail de boas-vindas', OVERNIGHT]
  ],
  at: {
    Marketing: 'mark',
    'Apoio ao Cliente': 'apoio',
    Finanças: 'fin',
    Vendas: 'vend',
    Operações: 'oper'
  },
  replace: REPLACE,
  teachers: TEACHERS,
  themes: {
    'Momentos de música': [
      MUSIC_MODE,
      'Juntar o modo música a uma oferta para a época de concertos',
      PRESET
    ],
    'Famílias juntas': [FAMILY_PLAN, 'Uma mensalidade única para o plano familiar']
  },
  actions: [
    {
      what: REPLACE,
      owner: 'Hernando Ruiz',
      department: 'Operações',
      dueDate: '2027-01-15',
      priority: 'high',
      benefit: 'Nenhum cliente perde um recital por causa de uma avaria',
      metric: 'csat',
      baseline: '4,1',
      target: '4,6',
      measureOn: '2027-03-31'
    },
    {
      what: 'Lançar um modo música para o canto ao vivo',
      owner: 'Νίκος Παπαδόπουλος',
      department: 'Produto',
      dueDate: '2027-02-28',
      priority: 'high',
      benefit: 'Os pais ouvem os filhos cantar, com clareza',
      metric: 'nps',
      baseline: '32',
      target: '40',
      measureOn: '2027-03-31'
    },
    {
      what: 'Testar o plano familiar em três cidades',
      owner: 'Анна Смирнова',
      department: 'Finanças',
      dueDate: '2027-01-31',
      priority: 'medium',
      benefit: 'As famílias podem pagar um aparelho para cada pessoa que precisa',
      metric: 'retention',
      baseline: '81%',
      target: '88%',
      measureOn: '2027-04-30'
    },
    {
      what: 'Telefonar a agradecer no prazo de uma semana após cada história',
      owner: 'Zoë Øberg',
      department: 'Apoio ao Cliente',
      dueDate: '2026-12-20',
      priority: 'low',
      benefit: 'Os clientes que nos escrevem sentem-se ouvidos',
      metric: 'custom',
      metricName: 'Histórias recebidas por mês',
      baseline: '2',
      target: '6',
      measureOn: '2027-02-28'
    }
  ],
  escalation: {
    topic: 'Modo música antes ou depois da correção da bateria?',
    personA: 'Νίκος Παπαδόπουλος',
    personB: 'José Núñez',
    openedOn: '2026-12-03',
    agreeBy: '2026-12-17',
    extendedTo: '2026-12-24'
  },
  recognitions: [
    ['Hernando Ruiz', 'ter trazido o e-mail do João para a sala'],
    ['Zoë Øberg', 'ter ligado a cada cliente que nos escreveu']
  ],
  priorities: [
    'Um modo música em cada aparelho auditivo',
    'Um plano familiar até à primavera',
    'Uma história de cliente em cada revisão'
  ],
  nextReview: '2027-03-04',
  minutesDate: 'quinta-feira, 3 de dezembro de 2026'
}
