import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { VirtualList } from '../../../src/renderer/src/components/VirtualList'
import { useFocusRequest } from '../../../src/renderer/src/components/useFocusRequest'

afterEach(cleanup)

const ITEMS = Array.from({ length: 500 }, (_, i) => `Row ${i + 1}`)
const key = (item: string) => item.replace(' ', '-')

/** A list of buttons whose ↓ moves focus to the next row, as the app's lists do. */
function Rows({ activeKey = null }: { activeKey?: string | null }) {
  const [request, ask] = useFocusRequest()
  return (
    <VirtualList
      aria-label="Rows"
      items={ITEMS}
      itemKey={key}
      estimateSize={40}
      activeKey={request?.key ?? activeKey}
      onKeyDown={(e) => {
        const at = ITEMS.findIndex((item) => key(item) === (e.target as HTMLElement).id)
        const next = ITEMS[at + 1]
        if (e.key === 'ArrowDown' && next) ask(key(next), key(next))
      }}
      renderItem={(item, row) => (
        <li key={item} {...row}>
          <button type="button" id={key(item)}>
            {item}
          </button>
        </li>
      )}
    />
  )
}

describe('VirtualList', () => {
  it('draws the rows of one viewport (jsdom has no sizes: 768 px of 40 px rows and the overscan), each placed in the whole set', () => {
    render(<Rows />)
    const rows = screen.getAllByRole('listitem')
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(40)
    expect(rows[0]!.getAttribute('aria-posinset')).toBe('1')
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('500')
    expect(screen.queryByText('Row 400')).toBeNull()
  })

  it('always draws the active row, wherever it is', () => {
    render(<Rows activeKey="Row-400" />)
    const row = screen.getByText('Row 400').closest('li')!
    expect(row.getAttribute('aria-posinset')).toBe('400')
  })

  it('a keyboard move reaches a row that was not drawn: it is drawn, then focused', () => {
    render(<Rows />)
    const last = screen.getAllByRole('button').at(-1)
    if (!last) throw new Error('no rows drawn')
    const lastIndex = ITEMS.indexOf(last.textContent ?? '')
    expect(screen.queryByText(ITEMS[lastIndex + 1]!)).toBeNull()
    act(() => last.focus())
    act(() => {
      fireEvent.keyDown(last, { key: 'ArrowDown' })
    })
    expect(document.activeElement?.textContent).toBe(ITEMS[lastIndex + 1])
  })
})
