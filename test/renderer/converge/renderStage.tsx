import { render } from '@testing-library/react'
import type { ComponentType } from 'react'
import type { RendererApi } from '../../../src/shared/ipc/contract'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import type { StageProps } from '../../../src/renderer/src/screens/stages/types'
import { createAppStore } from '../../../src/renderer/src/store/createAppStore'
import { AppStoreProvider, useAppStore } from '../../../src/renderer/src/store/StoreProvider'
import { createFakeApi } from '../fakeApi'

/** Renders one stage on the store's current meeting, as MeetingScreen does. */
function CurrentStage({ Stage }: { Stage: ComponentType<StageProps> }) {
  const meeting = useAppStore((s) => s.current?.meeting)
  return meeting ? <Stage meeting={meeting} /> : null
}

/**
 * Creates a template meeting in the fake api, applies `setup` (built from the fresh meeting) through
 * the real domain, and renders `Stage` on it.
 */
export async function renderStage(
  Stage: ComponentType<StageProps>,
  setup: (meeting: Meeting) => Command[] = () => [],
  overrides: Partial<RendererApi> = {}
) {
  const { api } = createFakeApi(overrides)
  const store = createAppStore({ api })
  await store.getState().createMeeting('Q4 review', { kind: 'template' })
  for (const command of setup(store.getState().current!.meeting)) {
    if (!(await store.getState().sendCommand(command))) {
      throw new Error(`${command.type}: ${store.getState().errors.meeting}`)
    }
  }
  const view = render(
    <AppStoreProvider store={store}>
      <CurrentStage Stage={Stage} />
    </AppStoreProvider>
  )
  const meeting = () => store.getState().current!.meeting
  return { api, store, view, meeting }
}

/** The id of a template department by name. */
export const deptId = (m: Meeting, name: string): string =>
  m.departments.find((d) => d.name === name)!.id

/** Commands adding attendees and ideas (in the first round) to a fresh template meeting. */
export function peopleAndIdeas(m: Meeting, ideas: Array<[string, string]>, people = 2): Command[] {
  return [
    ...Array.from({ length: people }, (_, i): Command => ({
      type: 'attendee.add',
      name: `Person ${i + 1}`,
      departmentId: deptId(m, 'Product'),
      role: ''
    })),
    ...ideas.map(([department, text]): Command => ({
      type: 'idea.add',
      roundId: m.rounds[0]!.id,
      departmentId: deptId(m, department),
      text
    }))
  ]
}
