import type { AppReason } from '../../errors/reasons'
import type { ErrorWordings } from '../catalogue'

/** European Portuguese wording of the IPC gate's, room join's and the unexpected reasons. */
export const APP_ERRORS_PT: ErrorWordings<AppReason['key']> = {
  unknownMethod: () => 'A aplicação pediu algo que não oferece.',
  notFromAWindow: () => 'Este pedido não veio de uma janela do Northstar, por isso foi ignorado.',
  projectorForbidden: () => 'A janela do projetor não pode pedir isso.',
  unexpected: () => 'Algo correu mal e a alteração não foi feita. O trabalho guardado está seguro.',
  storageUnreachable: () =>
    'O Northstar não conseguiu aceder ao armazenamento. O trabalho guardado está seguro; tente novamente.',
  roomUnavailable: () => 'A entrada da sala não está disponível nesta janela.',
  roomNeedsMeeting: () => 'Abra uma reunião antes de deixar a sala entrar.',
  roomNoNetwork: () =>
    'Este computador não está ligado a nenhuma rede. Ligue-se à rede Wi-Fi da sala e tente novamente.',
  roomStartFailed: (r) =>
    `Não foi possível abrir a entrada da sala em ${r.address} (${r.detail}). Experimente outro endereço.`,
  roomIdeaNotWaiting: () => 'Essa ideia já não está à espera.',
  roomIdeaNotAdded: () => 'Não foi possível acrescentar essa ideia.'
}
