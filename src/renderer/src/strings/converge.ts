import { formatNumber, plural } from '../../../shared/i18n/plural'
/** Strings of the Converge stage: themes, dot votes, impact/effort and the shortlist. */
export const convergeStrings = {
  intro:
    'Group the ideas into themes, record the dot votes, score impact and effort if useful, and read the shortlist.',
  keyboardHint:
    '↑ / ↓ move between ideas; Space selects one; T puts the selected ideas into a theme; + and − change the votes of the idea or theme in focus. You can also drag an idea onto a theme.',
  budgetHeading: 'Dot votes',
  budgetLine: (perPerson: number, attendees: number, available: number) =>
    `${plural('en', perPerson, { one: '# dot', other: '# dots' })} per person × ${plural('en', attendees, { one: '# attendee', other: '# attendees' })} = ${plural('en', available, { one: '# dot', other: '# dots' })}`,
  budgetUnknown: (perPerson: number) =>
    `${plural('en', perPerson, { one: '# dot', other: '# dots' })} per person. Add the attendees in Prepare to see the room’s total.`,
  recorded: (recorded: number) => `${formatNumber('en', recorded)} recorded`,
  remaining: (remaining: number) => `${formatNumber('en', remaining)} left`,
  overBudget: (over: number) =>
    `${plural('en', over, { one: '# more dot', other: '# more dots' })} recorded than the room has. Check the tallies.`,
  themesHeading: 'Themes',
  newThemeLabel: 'New theme',
  newThemePlaceholder: 'e.g. Music at home',
  addTheme: 'Add theme',
  addSelected: (count: number) =>
    plural('en', count, {
      one: 'Add theme with # selected idea',
      other: 'Add theme with # selected ideas'
    }),
  themeDialogLabel: (count: number) =>
    `Theme for ${plural('en', count, { one: '# idea', other: '# ideas' })}: type a new name or an existing one`,
  themeDialogTitle: 'Put ideas in a theme',
  themeDialogSubmit: 'Put in theme',
  takeOut: 'Take out of its theme',
  cancel: 'Cancel',
  rename: 'Rename',
  renameLabel: (name: string) => `New name for theme “${name}”`,
  save: 'Save',
  remove: 'Remove theme',
  removeLabel: (name: string) => `Remove theme “${name}”`,
  unthemed: 'Not in a theme yet',
  noIdeas: 'No ideas yet. Capture some in the rounds first.',
  emptyTheme: 'Drop or move ideas here.',
  ideaCount: (count: number) => plural('en', count, { one: '# idea', other: '# ideas' }),
  selectIdea: (text: string) => `Select “${text}”`,
  ideaNumber: (n: number) => `#${n}`,
  ideaWhere: (department: string, round: string) => `${department} · ${round}`,
  votesLabel: (label: string) => `Votes for “${label}”`,
  moreVotes: (label: string) => `One more vote for “${label}”`,
  fewerVotes: (label: string) => `One vote fewer for “${label}”`,
  impactLabel: (text: string) => `Impact of “${text}”`,
  effortLabel: (text: string) => `Effort of “${text}”`,
  impactShort: 'Impact',
  effortShort: 'Effort',
  notScored: '–',
  themeOfLabel: (text: string) => `Theme of “${text}”`,
  noTheme: 'No theme',
  shortlistHeading: 'Ranked shortlist',
  shortlistEmpty: 'Ideas and themes with votes appear here, most votes first.',
  shortlistHint: 'The shortlist feeds the Actions stage.',
  onShortlist: 'On the shortlist',
  themeBadge: 'Theme',
  votes: (count: number) => plural('en', count, { one: '# vote', other: '# votes' }),
  score: (score: number) => `impact − effort ${score > 0 ? '+' : ''}${score}`,
  department: (name: string) => name
}
