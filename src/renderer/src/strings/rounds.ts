import { formatNumber, plural } from '../../../shared/i18n/plural'
/** Strings of the Rounds stage: capture bar, idea cards, countdown, coverage strip, idea tools. */
export const roundsStrings = {
  roundsLabel: 'Brainstorm rounds',
  roundTab: (title: string, count: number) => `${title} (${formatNumber('en', count)})`,
  roundTabsHint: 'Alt+Page Up / Alt+Page Down switch rounds.',
  checklistLabel: 'Ask the room',
  captureHeading: 'Capture an idea',
  ideaLabel: 'Idea',
  ideaPlaceholder: 'Type an idea and press Enter',
  authorLabel: 'Author (optional)',
  authorPlaceholder: 'Name',
  departmentLabel: 'Department',
  departmentOption: (name: string, key: string) => `${name} (Alt+${key.toUpperCase()})`,
  add: 'Add idea',
  noIdeaNumbered: (n: number) =>
    `There is no idea #${n} in this meeting yet (it may still be saving). Check the number after ^ and press Enter again.`,
  unknownDepartment: (prefix: string, names: string) =>
    `No department is called “@${prefix}”. After @ type the start of one of: ${names}. Nothing was added; your text is still here.`,
  ambiguousDepartment: (prefix: string, names: string) =>
    `“@${prefix}” could be ${names}. Type more of the name after @ and press Enter again.`,
  captureHint:
    'Enter adds the idea. Department: Alt + its letter, or start with @name. Alt+↑ / Alt+↓ pick an idea to build on, from this round or earlier ones (or type ^3). Esc clears it.',
  buildingOn: (number: number, department: string, text: string) =>
    `Next idea builds on #${number} (${department}): ${text}`,
  buildingOnInRound: (number: number, department: string, round: string, text: string) =>
    `Next idea builds on #${number} (${department}, in “${round}”): ${text}`,
  clearBuildOn: 'Don’t build on it (Esc)',
  ideasHeading: 'Ideas by department',
  noIdeas: 'No ideas yet',
  ideaNumber: (n: number) => `${n}.`,
  ideaCount: (count: number) => plural('en', count, { one: '# idea', other: '# ideas' }),
  noDepartments: 'Add a department to start capturing ideas.',
  buildsOn: (number: number, department: string) => `builds on #${number} (${department})`,
  buildsOnInRound: (number: number, department: string, round: string) =>
    `builds on #${number} (${department}) in “${round}”`,
  sameDepartmentBuild: 'Same department — this round asks to build on another department’s idea',
  byAuthor: (author: string) => `by ${author}`,
  selectIdea: (number: number) => `Select idea ${number}`,
  countdown: {
    label: 'Round timer',
    start: 'Start',
    resume: 'Resume',
    pause: 'Pause',
    addMinute: '+1 minute',
    reset: 'Reset',
    timeUp: 'Time is up',
    running: 'running',
    paused: 'paused',
    notStarted: 'not started',
    status: (remaining: string, state: string) => `${remaining} left, ${state}`,
    keys: 'Alt+Shift+S start/pause · Alt+Shift+A add a minute · Alt+Shift+R reset',
    otherRound: (title: string, remaining: string) =>
      `The timer of “${title}” is still running: ${remaining} left. Starting this round’s timer replaces it.`
  },
  coverage: {
    label: 'Round coverage',
    contributed: (name: string, count: number) => `${name}: ${formatNumber('en', count)}`,
    silent: 'Not heard from yet:',
    everyone: 'Every department has contributed.',
    crossBuilds: (count: number) =>
      plural('en', count, {
        one: '# idea builds on another department’s idea',
        other: '# ideas build on another department’s idea'
      }),
    sameDepartment: (numbers: string) => `Built on their own department: ${numbers}`
  },
  tools: {
    label: 'Selected idea',
    selected: (number: number, department: string) => `#${number} (${department}) selected`,
    edit: 'Edit',
    move: 'Move',
    merge: 'Merge',
    delete: 'Delete',
    keys: 'Alt+Shift+E edit · Alt+Shift+M move · Alt+Shift+G merge · Alt+Shift+Delete delete',
    editText: 'Idea text',
    editAuthor: 'Author',
    editDepartment: 'Department',
    save: 'Save',
    cancel: 'Cancel',
    moveTo: 'Move to round',
    moveHint: 'Pick the round and press Enter.',
    mergeInto: 'Merge into idea number',
    mergeHint: (number: number) =>
      `Type the number of the idea that #${number} joins and press Enter.`,
    mergeUnknown: (number: string) => `There is no other idea numbered ${number} in this meeting.`,
    deleted: (number: number) => `Deleted idea #${number}. Ctrl+Z brings it back.`,
    merged: (from: number, into: number) => `Merged #${from} into #${into}. Ctrl+Z separates them.`,
    moved: (number: number, round: string) =>
      `Moved #${number} to “${round}”. Ctrl+Z moves it back.`,
    saved: (number: number) => `Saved idea #${number}.`
  }
}
