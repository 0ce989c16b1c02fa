/** Strings of the Recognition & close stage. */
export const closeStrings = {
  intro:
    'Recognise the customer advocates, agree the three priorities for next quarter, and set the next review.',
  recognitionHeading: 'Customer advocates',
  who: 'Who',
  forWhat: 'For what',
  add: 'Recognise',
  required: {
    who: 'Name the person recognised.',
    forWhat: 'Say what they are recognised for.'
  },
  noRecognitions: 'No one recognised yet.',
  recognised: (who: string, forWhat: string) => `${who}, for ${forWhat}`,
  remove: 'Remove',
  removeLabel: (who: string) => `Remove the recognition of ${who}`,
  prioritiesHeading: 'Three priorities for the coming quarter',
  priorityLabel: (n: number) => `Priority ${n}`,
  savePriorities: 'Save priorities',
  prioritiesSaved: 'Priorities saved.',
  prioritiesHint: 'Up to three. Enter in any field saves them.',
  nextReviewHeading: 'Next review',
  nextReviewLabel: 'Date of the next review',
  nextReviewSaved: (date: string) => (date ? `Next review on ${date}.` : 'No date set yet.')
}
