import { formatNumber, plural } from '../../../../shared/i18n/plural'
import type { roomStrings as english } from '../room'

/** Room join in European Portuguese (see ../room.ts). */
export const roomStrings: typeof english = {
  toggle: 'Entrada da sala',
  toggleOn: (phones: number) =>
    plural('pt-PT', phones, {
      one: 'Entrada da sala: # telemóvel',
      other: 'Entrada da sala: # telemóveis'
    }),
  panelLabel: 'Entrada da sala: ideias e votos a partir dos telemóveis',
  intro:
    'Permita que as pessoas na sala enviem ideias e votos por pontos a partir dos telemóveis, através desta rede Wi-Fi. Sem internet, sem contas. Enquanto isto estiver desligado, nada fica à escuta na rede.',
  on: 'Deixar a sala entrar pelos telemóveis',
  address: 'Endereço que os telemóveis usam',
  addressKind: {
    lan: 'esta rede',
    public: 'endereço público',
    virtual: 'rede virtual (VMs, contentores)',
    vpn: 'VPN',
    linkLocal: 'sem rede (link-local)'
  },
  link: 'Ligação para os telemóveis',
  phones: (n: number) =>
    plural('pt-PT', n, { one: '# telemóvel ligado', other: '# telemóveis ligados' }),
  locked: 'Fechar a sala (sem novos telemóveis)',
  moderation: 'Caixa de moderação: aprovar as ideias antes de a sala as ver',
  askNames: 'Pedir nomes (caso contrário, anónimo)',
  inbox: (n: number) => `À espera de aprovação (${formatNumber('pt-PT', n)})`,
  inboxEmpty: 'Nenhuma ideia à espera.',
  approve: 'Aprovar',
  reject: 'Ocultar',
  approveLabel: (text: string) => `Aprovar: ${text}`,
  rejectLabel: (text: string) => `Ocultar: ${text}`,
  firewall:
    'Da primeira vez, o computador pode perguntar se o Northstar pode aceitar ligações de entrada: permita-o nas redes privadas, caso contrário os telemóveis não conseguem ligar-se.',
  close: 'Fechar',
  fromRoom: 'da sala',
  qrLabel: (url: string) => `Código QR para entrar a partir de um telemóvel: ${url}`,
  projectorJoin: 'Entre a partir do seu telemóvel',
  joinSteps: [
    'Ligue-se à rede Wi-Fi desta sala.',
    'Leia o código ou escreva o endereço.',
    'Escolha o seu departamento e envie ideias.'
  ],
  joinSlide: 'Mostrar o diapositivo de entrada no projetor',
  hideIdea: 'Ocultar do projetor',
  showIdea: 'Mostrar no projetor',
  hidden: 'oculta do projetor'
}
