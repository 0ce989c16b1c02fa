import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyUiLocale } from '../../../src/renderer/src/i18n/uiLocale'
import { CloseStage } from '../../../src/renderer/src/screens/stages/CloseStage'
import { ConvergeStage } from '../../../src/renderer/src/screens/stages/ConvergeStage'
import { PdfCheck } from '../../../src/renderer/src/screens/minutes/PdfCheck'
import { FactsSection } from '../../../src/renderer/src/screens/prepare/FactsSection'
import { FramingSection } from '../../../src/renderer/src/screens/prepare/FramingSection'
import { RoundsSection } from '../../../src/renderer/src/screens/prepare/RoundsSection'
import { LastQuarterStage } from '../../../src/renderer/src/screens/stages/LastQuarterStage'
import { WelcomeStage } from '../../../src/renderer/src/screens/stages/WelcomeStage'
import { peopleAndIdeas, renderStage } from '../converge/renderStage'

beforeEach(() => applyUiLocale('pt-PT'))
afterEach(() => {
  cleanup()
  applyUiLocale('en')
})

describe('screens with the pt-PT catalogue active', () => {
  it('words the close stage in European Portuguese, labels and refusals included', async () => {
    await renderStage(CloseStage)
    expect(document.documentElement.lang).toBe('pt-PT')
    expect(screen.getByText('Defensores dos clientes')).toBeTruthy()
    expect(screen.getByText('Três prioridades para o próximo trimestre')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Quem'), { target: { value: 'Maria' } })
    fireEvent.click(screen.getByRole('button', { name: 'Reconhecer' }))
    expect(screen.getByText('Diga porque é reconhecida.')).toBeTruthy()
    expect(screen.queryByText('Customer advocates')).toBeNull()
  })

  it('counts ideas and dots with Portuguese plurals', async () => {
    await renderStage(ConvergeStage, (m) =>
      peopleAndIdeas(
        m,
        [
          ['Product', 'Modo música'],
          ['Sales', 'Demonstração em loja']
        ],
        2
      )
    )
    expect(screen.getByText('Votos por pontos:')).toBeTruthy()
    expect(screen.getByText(/pontos por pessoa × 2 participantes/)).toBeTruthy()
    expect(screen.getByText('Ainda sem tema')).toBeTruthy()
  })

  it('words a carried metric’s movement in Portuguese (no English "no change" or "0.6")', async () => {
    const carried = (id: string, baseline: string, latestValue: string) => ({
      id,
      sourceActionId: `q3-${id}`,
      what: `Ação ${id}`,
      owner: '',
      dueDate: '',
      metric: { kind: 'csat' as const, customName: '', baseline, target: '', measureOn: '' },
      timesCarried: 1,
      progressedBefore: false,
      status: 'inProgress' as const,
      latestValue,
      note: ''
    })
    await renderStage(LastQuarterStage, () => [
      {
        type: 'carried.set',
        from: { meetingId: 'q3', title: 'T3' },
        actions: [carried('a', '4,2', '3,6'), carried('b', '81%', '81 %')]
      }
    ])
    const lines = [...document.querySelectorAll('.metric-line')].map((p) => p.textContent)
    expect(lines[0]).toMatch(/\(−0,6 desde o valor de partida\)$/)
    expect(lines[1]).toMatch(/\(sem alteração desde o valor de partida\)$/)
  })

  it('names an undrawable character and its field in Portuguese in the PDF check', () => {
    render(
      <PdfCheck
        wantsPdf
        undrawable={[
          {
            character: '𓂀',
            codePoints: 'U+13080',
            count: 1,
            kind: { script: 'Egyptian_Hieroglyphs', letter: false },
            place: 'ideas',
            excerpt: 'Olho 𓂀'
          }
        ]}
      />
    )
    expect(screen.getByText('“𓂀”, hieróglifo egípcio (U+13080) — uma ideia')).toBeTruthy()
  })

  it('spells the meeting date out in Portuguese beside the browser’s date field', async () => {
    await renderStage(FactsSection, () => [{ type: 'facts.update', patch: { date: '2026-12-03' } }])
    expect(screen.getByText('= quinta-feira, 3 de dezembro de 2026')).toBeTruthy()
  })

  it('words the quarter and the date of the Welcome line in Portuguese, not as ISO text', async () => {
    await renderStage(WelcomeStage, () => [
      { type: 'facts.update', patch: { quarter: '2026-Q4', date: '2026-12-03', place: 'Coimbra' } }
    ])
    expect(screen.getByText('T4 2026 · 3/12/2026 · Coimbra')).toBeTruthy()
    expect(screen.queryByText(/2026-12-03|2026-Q4/)).toBeNull()
  })

  it('words the next review date in Portuguese once saved', async () => {
    await renderStage(CloseStage, () => [{ type: 'nextReview.set', date: '2027-03-04' }])
    expect(screen.getByText('Próxima revisão a 4/03/2027.')).toBeTruthy()
  })

  it('writes the customer placeholder of a round’s prompt as {cliente} while editing and stores {customer}', async () => {
    const { meeting } = await renderStage(RoundsSection, (m) => [
      {
        type: 'round.update',
        id: m.rounds[0]!.id,
        patch: { prompt: 'O que faria {customer} voltar?' }
      }
    ])
    const field = screen.getAllByLabelText<HTMLTextAreaElement>(/^Mote/)[0]!
    expect(field.value).toBe('O que faria {cliente} voltar?')
    fireEvent.change(field, { target: { value: 'Quem mais, como {cliente}, ajudamos?' } })
    fireEvent.blur(field)
    await waitFor(() =>
      expect(meeting().rounds[0]!.prompt).toBe('Quem mais, como {customer}, ajudamos?')
    )
  })

  it('writes the customer placeholder as {cliente} while editing and stores {customer}', async () => {
    const { meeting } = await renderStage(FramingSection)
    const field = screen.getByLabelText<HTMLTextAreaElement>(
      'Pergunta ({cliente} é substituído pelo nome do cliente)'
    )
    expect(meeting().framingQuestion).toContain('{customer}')
    expect(field.value).toBe(meeting().framingQuestion.replace('{customer}', '{cliente}'))
    fireEvent.change(field, { target: { value: 'Como ajudamos mais clientes como {cliente}?' } })
    fireEvent.blur(field)
    await waitFor(() =>
      expect(meeting().framingQuestion).toBe('Como ajudamos mais clientes como {customer}?')
    )
    expect(field.value).toBe('Como ajudamos mais clientes como {cliente}?')
  })
})

describe('switching back', () => {
  it('words the screens in English again once the locale is restored', async () => {
    applyUiLocale('en')
    await renderStage(CloseStage)
    expect(document.documentElement.lang).toBe('en')
    expect(screen.getByText('Customer advocates')).toBeTruthy()
  })
})
