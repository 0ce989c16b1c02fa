import type { closeStrings as english } from '../close'

/** Strings of the Recognition & close stage in European Portuguese (see ../close.ts). */
export const closeStrings: typeof english = {
  intro:
    'Reconheça os defensores dos clientes, acorde as três prioridades para o próximo trimestre e marque a próxima revisão.',
  recognitionHeading: 'Defensores dos clientes',
  who: 'Quem',
  forWhat: 'Porquê',
  add: 'Reconhecer',
  required: {
    who: 'Indique a pessoa reconhecida.',
    forWhat: 'Diga porque é reconhecida.'
  },
  noRecognitions: 'Ainda ninguém foi reconhecido.',
  recognised: (who: string, forWhat: string) => `${who}, por ${forWhat}`,
  remove: 'Remover',
  removeLabel: (who: string) => `Remover o reconhecimento de ${who}`,
  prioritiesHeading: 'Três prioridades para o próximo trimestre',
  priorityLabel: (n: number) => `Prioridade ${n}`,
  savePriorities: 'Guardar prioridades',
  prioritiesSaved: 'Prioridades guardadas.',
  prioritiesHint: 'Até três. Enter em qualquer campo guarda-as.',
  nextReviewHeading: 'Próxima revisão',
  nextReviewLabel: 'Data da próxima revisão',
  nextReviewSaved: (date: string) =>
    date ? `Próxima revisão a ${date}.` : 'Ainda não há data marcada.'
}
