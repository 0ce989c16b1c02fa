import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { ExportResult } from '../../../src/shared/ipc/contract'
import { ok } from '../../../src/shared/result'
import type { Result } from '../../../src/shared/result'
import { MinutesStage } from '../../../src/renderer/src/screens/stages/MinutesStage'
import { renderStage } from '../converge/renderStage'

afterEach(cleanup)

const RESULT: ExportResult = {
  files: [
    { format: 'pdf', path: '/home/f/Minutes/Q4 review minutes.pdf' },
    { format: 'csv', path: '/home/f/Minutes/Q4 review minutes.csv' }
  ],
  warnings: ['2 characters the fonts cannot draw were replaced with “?”: 🎵']
}

/** An export that finishes when the test says so. */
function pendingExport() {
  let finish: (value: Result<ExportResult | null>) => void = () => {}
  const exportMinutes = () =>
    new Promise<Result<ExportResult | null>>((resolve) => {
      finish = resolve
    })
  return { exportMinutes, finish: (value: Result<ExportResult | null>) => finish(value) }
}

describe('Minutes stage (export dialog)', () => {
  it('shows progress while main exports, then the files with Open / Show in folder and the warnings', async () => {
    const slow = pendingExport()
    const { api, meeting } = await renderStage(MinutesStage, () => [], {
      exportMinutes: slow.exportMinutes,
      revealExport: () => Promise.resolve(ok(undefined))
    })
    fireEvent.click(screen.getByLabelText('Calendar (.ics) with due dates and the next review'))
    fireEvent.click(screen.getByLabelText('Markdown (for email or a wiki)'))
    fireEvent.click(screen.getByRole('button', { name: 'Choose folder and export…' }))

    expect(await screen.findByText('Exporting the minutes…')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Choose folder and export…' })).toHaveProperty(
      'disabled',
      true
    )
    expect(api.exportMinutes).toHaveBeenCalledWith(meeting().id, ['pdf', 'csv'], null)

    slow.finish(ok(RESULT))
    expect(await screen.findByText('Exported 2 files.')).toBeTruthy()
    expect(screen.queryByText('Exporting the minutes…')).toBeNull()
    expect(screen.getByText(RESULT.warnings[0]!)).toBeTruthy()
    await waitFor(() => expect(document.activeElement?.id).toBe('export-results-heading'))

    fireEvent.click(screen.getByRole('button', { name: 'Open Q4 review minutes.pdf' }))
    fireEvent.click(
      screen.getByRole('button', { name: 'Show Q4 review minutes.csv in its folder' })
    )
    await waitFor(() => expect(api.revealExport).toHaveBeenCalledTimes(2))
    expect(api.revealExport).toHaveBeenNthCalledWith(1, RESULT.files[0]!.path, 'open')
    expect(api.revealExport).toHaveBeenNthCalledWith(2, RESULT.files[1]!.path, 'show')

    // The last folder is offered next time, without the dialog.
    fireEvent.click(screen.getByRole('button', { name: 'Export to /home/f/Minutes' }))
    expect(api.exportMinutes).toHaveBeenLastCalledWith(
      meeting().id,
      ['pdf', 'csv'],
      '/home/f/Minutes'
    )
  })

  it('says so when the folder dialog is cancelled, and shows a failure as a sentence', async () => {
    const { api } = await renderStage(MinutesStage, () => [], {
      exportMinutes: () => Promise.resolve(ok(null))
    })
    fireEvent.click(screen.getByRole('button', { name: 'Choose folder and export…' }))
    expect(await screen.findByText('Export cancelled: no folder was chosen.')).toBeTruthy()

    ;(
      api.exportMinutes as unknown as { mockImplementation: (f: () => unknown) => void }
    ).mockImplementation(() =>
      Promise.resolve({
        ok: false,
        error: { code: 'io_error', reason: { key: 'exportFolderReadOnly', folder: '/media/usb' } }
      })
    )
    fireEvent.click(screen.getByRole('button', { name: 'Choose folder and export…' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/read-only/)
  })

  it('needs at least one format', async () => {
    await renderStage(MinutesStage)
    for (const label of [
      'PDF action minutes',
      'Markdown (for email or a wiki)',
      'CSV of actions (for a spreadsheet)',
      'Calendar (.ics) with due dates and the next review'
    ]) {
      fireEvent.click(screen.getByLabelText(label))
    }
    expect(screen.getByText('Pick at least one format.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Choose folder and export…' })).toHaveProperty(
      'disabled',
      true
    )
  })
})
