import { LIMITS } from '../../shared/meeting/limits'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { UserTemplate } from '../../shared/ipc/contract'
import { migrateAndValidate } from '../../shared/meeting/migrations'
import type { Meeting } from '../../shared/meeting/schema'
import { createMeetingFromCopy } from '../../shared/meeting/template'
import { AppFailure } from '../../shared/result'
import { writeQueued } from './fileWriters'
import { isSafeId, templateFile } from './layout'
import { moveToQuarantine } from './quarantine'
import type { Workspace } from './workspace'
import { readTextIfExists } from './workspace'

const templateFileSchema = z.object({
  id: z.string(),
  name: z.string().min(1).max(200),
  createdAt: z.string(),
  /** A meeting holding only the setup: facts, departments, attendees, rounds, plan. */
  meeting: z.unknown()
})

interface StoredTemplate extends UserTemplate {
  meeting: Meeting
}

/**
 * Saves a meeting's setup as a user template. Only the setup is kept (via createMeetingFromCopy):
 * no ideas, actions or customer story travel into templates.
 */
export async function saveTemplate(
  workspace: Workspace,
  source: Meeting,
  name: string
): Promise<UserTemplate> {
  const trimmed = name.trim()
  if (!trimmed) throw new AppFailure('empty_text', { key: 'templateNameEmpty' })
  if (trimmed.length > LIMITS.shortText) {
    throw new AppFailure('too_long', {
      key: 'tooLong',
      field: 'templateName',
      length: trimmed.length,
      max: LIMITS.shortText
    })
  }
  const id = workspace.ctx.newId()
  const meeting = createMeetingFromCopy(source, source.facts.title, workspace.ctx)
  const record = { id, name: trimmed, createdAt: workspace.ctx.now(), meeting }
  await writeQueued(templateFile(workspace.layout, id), `${JSON.stringify(record)}\n`)
  return { id, name: trimmed }
}

async function readTemplate(workspace: Workspace, file: string): Promise<StoredTemplate | null> {
  const text = await readTextIfExists(file)
  if (text === null) return null
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    raw = null
  }
  const outer = templateFileSchema.safeParse(raw)
  const inner = outer.success ? migrateAndValidate(outer.data.meeting) : null
  if (!outer.success || !inner?.ok) {
    await moveToQuarantine(workspace.layout, file, workspace.ctx.now())
    return null
  }
  return { id: outer.data.id, name: outer.data.name, meeting: inner.value.meeting }
}

/** The user's templates by name. Unreadable template files are moved to quarantine. */
export async function listTemplates(workspace: Workspace): Promise<UserTemplate[]> {
  const templates: UserTemplate[] = []
  for (const name of await readdir(workspace.layout.templates)) {
    const match = /^(.+)\.json$/.exec(name)
    if (!match?.[1] || !isSafeId(match[1])) continue
    const template = await readTemplate(workspace, path.join(workspace.layout.templates, name))
    if (template) templates.push({ id: match[1], name: template.name })
  }
  return templates.sort((a, b) => a.name.localeCompare(b.name))
}

/** The setup stored in a user template. */
export async function loadTemplate(workspace: Workspace, id: string): Promise<Meeting> {
  const template = isSafeId(id)
    ? await readTemplate(workspace, templateFile(workspace.layout, id))
    : null
  if (!template) throw new AppFailure('not_found', { key: 'templateGone' })
  return template.meeting
}
