import type { NorthstarHarness } from '../launchNorthstar'
import { checkAfterReload } from './checkAfterReload'
import { checkOnDisk } from './checkOnDisk'
import { runConverge, runActions } from './runConvergeActions'
import { runClose, runMinutes } from './runCloseMinutes'
import { openingStages, prepareMeeting } from './runOpening'
import { runRounds } from './runRounds'
import type { MeetingScript } from './script'

/**
 * A whole meeting run by keyboard in the script's language: created from the library in that
 * language, prepared, run through every stage with the projector open, exported as a PDF, then
 * found again after a reload and on disk. Every label the run reads comes from the script's
 * catalogues, so English and Portuguese follow the same steps.
 */
export async function runWholeMeeting(app: NorthstarHarness, script: MeetingScript): Promise<void> {
  const run = await prepareMeeting(app, script)
  await openingStages(run)
  await runRounds(run)
  await runConverge(run)
  await runActions(run)
  await runClose(run)
  await runMinutes(run)
  await checkAfterReload(run)
  await checkOnDisk(run)
}
