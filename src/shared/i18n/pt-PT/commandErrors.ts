import type { CommandReason } from '../../errors/reasons'
import type { ErrorWordings } from '../catalogue'
import { FIELDS_PT as F, THINGS_PT as T } from './labels'
import { CHARACTERS, countAndLimit, counted, n } from './numbers'

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** European Portuguese wording of every refused command ("Campo: problema", so no gender to agree). */
export const COMMAND_ERRORS_PT: ErrorWordings<CommandReason['key']> = {
  emptyText: (r) => `${F[r.field]}: não pode ficar em branco.`,
  tooLong: (r) =>
    `${F[r.field]}: texto demasiado longo (${countAndLimit(r.length, r.max, CHARACTERS)}).`,
  notADate: (r) => `${F[r.field]}: tem de ser uma data como 2026-12-01.`,
  notAWholeNumber: (r) =>
    `${F[r.field]}: tem de ser um número inteiro de ${n(r.min)} a ${n(r.max)}.`,
  notAScore: (r) => `${F[r.field]}: a pontuação vai de 1 a 5.`,
  meetingFull: (r) => `Esta reunião já tem ${countAndLimit(r.count, r.max, T[r.thing].counted)}.`,
  noLongerExists: (r) => `${capital(T[r.thing].one)} já não existe nesta reunião.`,
  unknownDepartment: () => 'Escolha um dos departamentos da reunião.',
  badColour: () => 'Escolha uma cor como #0072B2.',
  badShortcutKey: () => 'A tecla de atalho tem de ser uma letra ou um algarismo.',
  shortcutKeyTaken: (r) => `A tecla “${r.shortcutKey}” já é usada por ${r.department}.`,
  departmentNameTaken: (r) => `Já existe um departamento chamado ${r.department}.`,
  needsOne: (r) => `Uma reunião tem de ter pelo menos ${counted(1, T[r.thing].counted)}.`,
  departmentInUse: (r) =>
    `${r.department} ainda tem ideias, participantes ou ações. Escolha primeiro um departamento para onde os mover.`,
  roundHasIdeas: (r) =>
    `“${r.round}” tem ${counted(r.ideas, T.idea.counted)}. Mova-as ou elimine-as antes de remover a ronda.`,
  sameDepartment: () => 'Mova os itens para outro departamento.',
  customMetricUnnamed: () => 'Dê um nome à métrica de cliente personalizada.',
  ruleOfTwoSamePerson: () => 'A Regra dos Dois precisa de duas pessoas diferentes.',
  buildsOnItself: () => 'Uma ideia não pode basear-se em si própria.',
  buildsInCircle: () => 'Assim, as ideias basear-se-iam umas nas outras em círculo.',
  mergeSameIdea: () => 'Escolha duas ideias diferentes para juntar.',
  tooManyPriorities: (r) => `Fique por ${n(r.max)} prioridades para o próximo trimestre.`,
  nothingToUndo: () => 'Não há nada para anular.',
  nothingToRedo: () => 'Não há nada para refazer.'
}
