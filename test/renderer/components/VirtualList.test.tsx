import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { VirtualList } from '../../../src/renderer/src/components/VirtualList'
import { useFocusRequest } from '../../../src/renderer/src/components/useFocusRequest'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true })
})

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

  it('a list a page below the viewport draws only its active row, and its rows once scrolled near', () => {
    // The list starts 5,000 px down the page (jsdom lays nothing out: its place is given here).
    vi.spyOn(HTMLUListElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLUListElement
    ) {
      return DOMRect.fromRect({ x: 0, y: 5000 - window.scrollY, width: 1024, height: 20000 })
    })
    render(<Rows activeKey="Row-3" />)
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Row 3'])
    // The active row focused too (a keyboard user on the selected idea): still drawn once.
    act(() => screen.getByRole('button', { name: 'Row 3' }).focus())
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Row 3'])
    const scrollTo = (y: number) =>
      act(() => {
        Object.defineProperty(window, 'scrollY', { value: y, configurable: true })
        window.dispatchEvent(new Event('scroll'))
      })
    // Still far, then (in the same scroll) 150 px short of the viewport's bottom edge: in the
    // overscan, though no row is in view yet and the core's range has not changed.
    scrollTo(3000)
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    scrollTo(4150)
    // Its first row and the overscan, as any list whose top is just below the viewport.
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(ITEMS.slice(0, 5))
  })
})
