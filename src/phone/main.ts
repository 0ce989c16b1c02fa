import { adoptSnapshot, follow } from '../shared/live/follow'
import type { LiveCopy } from '../shared/live/follow'
import { ROOM_LIMITS } from '../shared/room/protocol'
import type { AttendeeIdea, AttendeeView, DeviceView, ServerMessage } from '../shared/room/protocol'
import { connect } from './connection'
import type { ConnectionState } from './connection'
import { deviceId, storageOrNull } from './deviceId'
import { el, show } from './dom'
import { speak, strings, worded } from './wording'

const storage = storageOrNull()
const PROFILE_KEY = 'northstar.room.profile'

/** The room's view as main last sent it (a snapshot, then its patches in order). */
let copy: LiveCopy<AttendeeView> | null = null
let view: AttendeeView | null = null
let askNames = false
let you: DeviceView | null = null
let editingProfile = true
let editingId: string | null = null

document.title = strings.pageTitle

// ---- The page, built once; render() fills it from the latest view. ----
const meetingTitle = el('p', { class: 'meeting' })
const question = el('h1')
const status = el('p', { role: 'status', class: 'status' }, strings.connecting)
const alert = el('p', { role: 'alert', class: 'alert' })

const departmentSelect = el('select', { id: 'department', required: '' })
const nameLabel = el(
  'label',
  { for: 'name' },
  worded((s) => s.nameAsked)
)
const nameInput = el('input', {
  id: 'name',
  type: 'text',
  maxlength: String(ROOM_LIMITS.nameChars),
  autocomplete: 'nickname'
})
const joinButton = el(
  'button',
  { type: 'submit' },
  worded((s) => s.join)
)
const profileForm = el(
  'form',
  { class: 'card' },
  el(
    'label',
    { for: 'department' },
    worded((s) => s.department)
  ),
  departmentSelect,
  nameLabel,
  nameInput,
  joinButton
)
const changeProfile = el(
  'button',
  { type: 'button', class: 'link' },
  worded((s) => s.changeProfile)
)

const waiting = el(
  'section',
  { class: 'card', 'aria-labelledby': 'waiting-title' },
  el(
    'h2',
    { id: 'waiting-title' },
    worded((s) => s.waitingTitle)
  ),
  el(
    'p',
    {},
    worded((s) => s.waiting)
  )
)

const roundTitle = el('h2', { id: 'round-title' })
const roundPrompt = el('p', { class: 'prompt' })
const ideaInput = el('textarea', {
  id: 'idea',
  rows: '3',
  maxlength: String(ROOM_LIMITS.ideaChars),
  'aria-describedby': 'idea-help'
})
const ideaHelp = el('p', { id: 'idea-help', class: 'help' })
const buildsOnSelect = el('select', { id: 'builds-on' })
const ideaForm = el(
  'form',
  { class: 'card' },
  el(
    'label',
    { for: 'idea' },
    worded((s) => s.idea)
  ),
  ideaInput,
  ideaHelp,
  el(
    'label',
    { for: 'builds-on' },
    worded((s) => s.buildsOn)
  ),
  buildsOnSelect,
  el(
    'button',
    { type: 'submit' },
    worded((s) => s.send)
  )
)
const roomIdeas = el('ul', { class: 'ideas' })
const myIdeas = el('ul', { class: 'ideas' })
const myIdeasSection = el(
  'section',
  { 'aria-labelledby': 'mine-title' },
  el(
    'h2',
    { id: 'mine-title' },
    worded((s) => s.yourIdeas)
  ),
  myIdeas
)
const capture = el(
  'section',
  { 'aria-labelledby': 'round-title' },
  roundTitle,
  roundPrompt,
  ideaForm,
  el(
    'h2',
    {},
    worded((s) => s.roomIdeas)
  ),
  roomIdeas,
  myIdeasSection
)

const dotsLeft = el('p', { class: 'dots-left', 'aria-live': 'polite' })
const voteList = el('ul', { class: 'ideas' })
const vote = el(
  'section',
  { 'aria-labelledby': 'vote-title' },
  el(
    'h2',
    { id: 'vote-title' },
    worded((s) => s.voteTitle)
  ),
  dotsLeft,
  voteList
)

document
  .getElementById('app')!
  .append(
    el('header', {}, meetingTitle, question),
    status,
    alert,
    profileForm,
    changeProfile,
    waiting,
    capture,
    vote
  )

// ---- Talking to the room. ----
const socketUrl = `ws://${location.host}${location.pathname.replace(/\/?$/, '/')}ws?device=${deviceId(storage)}`
const room = connect(socketUrl, receive, connectionChanged)

function connectionChanged(state: ConnectionState, tooBig: boolean): void {
  status.textContent =
    state === 'open'
      ? strings.connected
      : state === 'locked'
        ? strings.locked
        : state === 'replaced'
          ? strings.replaced
          : state === 'ended'
            ? strings.closedForGood
            : state === 'retrying'
              ? strings.reconnecting
              : strings.connecting
  if (tooBig) alert.textContent = strings.tooBig
  if (state === 'open') sendProfileIfKnown()
}

function receive(message: ServerMessage): void {
  switch (message.t) {
    case 'view':
      copy = adoptSnapshot(copy, message.snapshot)
      showView(copy.view)
      break
    case 'patch': {
      const followed = follow(copy, message.patch)
      if (followed.kind === 'gap') {
        room.send({ t: 'resync' })
        return
      }
      if (followed.kind === 'ignored') return
      copy = followed.copy
      showView(copy.view)
      break
    }
    case 'room':
      askNames = message.askNames
      break
    case 'you':
      you = message.you
      if (you.departmentId) editingProfile = false
      break
    case 'error':
      alert.textContent = message.reason
        ? strings.reason(message.reason)
        : strings.error[message.code]
      return
    case 'refused':
      status.textContent = strings.locked
      return
    case 'sent':
      ideaInput.value = ''
      buildsOnSelect.value = ''
      alert.textContent = ''
      status.textContent = message.pending ? strings.sentPending : strings.sent
      break
  }
  render()
}

function showView(next: AttendeeView): void {
  // A new stage: yesterday's notices no longer apply.
  if (view && view.mode !== next.mode) {
    alert.textContent = ''
    status.textContent = strings.connected
  }
  view = next
  // The page speaks the meeting's language, which only main sets (it comes with the room's view).
  if (speak(next.language)) status.textContent = strings.connected
}

function sendProfileIfKnown(): void {
  const saved = storage?.getItem(PROFILE_KEY)
  if (!saved) return
  try {
    const profile = JSON.parse(saved) as { departmentId: string; name: string }
    if (typeof profile.departmentId === 'string' && typeof profile.name === 'string') {
      room.send({ t: 'profile', departmentId: profile.departmentId, name: profile.name })
    }
  } catch {
    storage?.removeItem(PROFILE_KEY)
  }
}

profileForm.addEventListener('submit', (event) => {
  event.preventDefault()
  const departmentId = departmentSelect.value
  if (!departmentId) {
    alert.textContent = strings.error.noDepartment
    return
  }
  const name = nameInput.value.trim()
  if (room.send({ t: 'profile', departmentId, name })) {
    storage?.setItem(PROFILE_KEY, JSON.stringify({ departmentId, name }))
    alert.textContent = ''
  }
})

changeProfile.addEventListener('click', () => {
  editingProfile = true
  render()
  departmentSelect.focus()
})

ideaForm.addEventListener('submit', (event) => {
  event.preventDefault()
  const text = ideaInput.value.trim()
  if (!text) {
    alert.textContent = strings.error.empty
    return
  }
  room.send({ t: 'idea.add', text, buildsOnId: buildsOnSelect.value || null })
})

ideaInput.addEventListener('input', () => {
  ideaHelp.textContent = strings.ideaHelp(ROOM_LIMITS.ideaChars - [...ideaInput.value].length)
})

// ---- Rendering. ----
const ideaLabel = (idea: AttendeeIdea): string => `#${idea.number} ${idea.text}`

function fillSelect(select: HTMLSelectElement, options: Array<[string, string]>): void {
  const current = select.value
  select.replaceChildren(...options.map(([value, label]) => el('option', { value }, label)))
  if (options.some(([value]) => value === current)) select.value = current
}

function renderRoomIdeas(ideas: AttendeeIdea[]): void {
  if (ideas.length === 0) {
    roomIdeas.replaceChildren(el('li', { class: 'empty' }, strings.noIdeasYet))
    return
  }
  roomIdeas.replaceChildren(
    ...ideas
      .slice()
      .reverse()
      .map((idea) => {
        const button = el(
          'button',
          { type: 'button', class: 'secondary' },
          strings.buildOnThis(idea.number)
        )
        button.addEventListener('click', () => {
          buildsOnSelect.value = idea.id
          ideaInput.focus()
        })
        return el('li', {}, el('p', {}, ideaLabel(idea)), button)
      })
  )
}

function renderMyIdeas(): void {
  if (!you || !view) return
  const numbers = new Map(view.ideas.map((i) => [i.id, i.number]))
  const items = you.ideas.map((idea) => {
    const number = numbers.get(idea.id) ?? 0
    if (editingId === idea.id) {
      const input = el('textarea', {
        id: `edit-${idea.id}`,
        rows: '3',
        maxlength: String(ROOM_LIMITS.ideaChars)
      })
      input.value = idea.text
      const save = el('button', { type: 'submit' }, strings.save)
      const cancel = el('button', { type: 'button', class: 'secondary' }, strings.cancel)
      const form = el(
        'form',
        {},
        el('label', { for: `edit-${idea.id}` }, strings.editing),
        input,
        save,
        cancel
      )
      form.addEventListener('submit', (event) => {
        event.preventDefault()
        if (room.send({ t: 'idea.edit', id: idea.id, text: input.value })) editingId = null
      })
      cancel.addEventListener('click', () => {
        editingId = null
        render()
      })
      return el('li', {}, form)
    }
    const edit = el(
      'button',
      { type: 'button', class: 'secondary', 'aria-label': strings.editLabel(number) },
      strings.edit
    )
    edit.addEventListener('click', () => {
      editingId = idea.id
      render()
      document.getElementById(`edit-${idea.id}`)?.focus()
    })
    return el('li', {}, el('p', {}, idea.text), edit)
  })
  const pending = you.pending.map((p) =>
    el(
      'li',
      { class: 'pending' },
      el('p', {}, p.text),
      el('p', { class: 'help' }, strings.waitingApproval)
    )
  )
  myIdeas.replaceChildren(...items, ...pending)
  show(myIdeasSection, items.length + pending.length > 0)
}

function renderVote(v: AttendeeView): void {
  const votes = you?.votes ?? {}
  const used = Object.values(votes).reduce((sum, n) => sum + n, 0)
  dotsLeft.textContent = strings.dotsLeft(v.dotsPerPerson - used, v.dotsPerPerson)
  voteList.replaceChildren(
    ...v.ideas.map((idea) => {
      const mine = Object.hasOwn(votes, idea.id) ? (votes[idea.id] ?? 0) : 0
      const minus = el(
        'button',
        { type: 'button', class: 'dot', 'aria-label': strings.removeDot(idea.number) },
        '−'
      )
      const plus = el(
        'button',
        { type: 'button', class: 'dot', 'aria-label': strings.addDot(idea.number) },
        '+'
      )
      minus.disabled = mine === 0
      plus.disabled = used >= v.dotsPerPerson
      minus.addEventListener('click', () => room.send({ t: 'vote', ideaId: idea.id, delta: -1 }))
      plus.addEventListener('click', () => room.send({ t: 'vote', ideaId: idea.id, delta: 1 }))
      return el(
        'li',
        {},
        el('p', {}, ideaLabel(idea)),
        el(
          'div',
          { class: 'dots' },
          minus,
          el('span', { class: 'count' }, strings.yourDots(mine)),
          plus
        )
      )
    })
  )
}

function render(): void {
  if (!view) return
  meetingTitle.textContent = view.title
  question.textContent = view.framingQuestion
  fillSelect(departmentSelect, [
    ['', strings.chooseDepartment],
    ...view.departments.map((d): [string, string] => [d.id, d.name])
  ])
  if (you?.departmentId && !editingProfile) departmentSelect.value = you.departmentId
  // Anonymous unless the facilitator asks for names: no name field until then.
  nameLabel.textContent = strings.nameAsked
  show(nameLabel, askNames)
  show(nameInput, askNames)
  if (you && document.activeElement !== nameInput) nameInput.value = you.name

  const profileDone = Boolean(you?.departmentId) && !editingProfile
  show(profileForm, !profileDone)
  show(changeProfile, profileDone)
  show(waiting, profileDone && view.mode === 'waiting')
  show(capture, profileDone && view.mode === 'ideas')
  show(vote, profileDone && view.mode === 'vote')

  if (view.mode === 'ideas' && view.round) {
    roundTitle.textContent = `${strings.roundLabel}: ${view.round.title}`
    roundPrompt.textContent = view.round.prompt
    fillSelect(buildsOnSelect, [
      ['', strings.noBuild],
      ...view.ideas.map((i): [string, string] => [i.id, ideaLabel(i)])
    ])
    ideaHelp.textContent = strings.ideaHelp(ROOM_LIMITS.ideaChars - [...ideaInput.value].length)
    renderRoomIdeas(view.ideas)
    renderMyIdeas()
  }
  if (view.mode === 'vote') renderVote(view)
}
