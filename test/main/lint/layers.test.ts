import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The README's layer map is enforced by ESLint (eslint.config.js). Each case lints a small fixture that
 * would live in a layer (the file need not exist: ESLint is given its text and its path) and imports
 * across that layer's boundary; it must fail with no-restricted-imports (or, for ipcMain/ipcRenderer,
 * no-restricted-syntax). Each layer also gets an allowed
 * import, so a rule that refused everything would fail here too.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url))

interface Case {
  layer: string
  /** Where the fixture would live. */
  file: string
  /** Refused: crosses the layer's boundary. */
  crossing: string
  /** Allowed in that layer. */
  allowed: string
}

const cases: Case[] = [
  {
    layer: 'shared imports nothing outside shared',
    file: 'src/shared/meeting/layerFixture.ts',
    crossing: "import { writeFile } from 'node:fs/promises'\nexport const f = writeFile",
    allowed: "import { ok } from '../result'\nexport const f = ok"
  },
  {
    layer: 'shared never imports main',
    file: 'src/shared/meeting/layerFixture.ts',
    crossing: "import { folderNames } from '../../main/storage/folderNames'\nexport const f = folderNames",
    allowed: "import { ok } from '../result'\nexport const f = ok"
  },
  {
    layer: 'main never imports the renderer (a future src/main/room folder included)',
    file: 'src/main/room/layerFixture.ts',
    crossing: "import { strings } from '../../renderer/src/strings'\nexport const f = strings",
    allowed: "import { ok } from '../../shared/result'\nexport const f = ok"
  },
  {
    layer: 'ipcMain only in src/main/ipc/registerIpc.ts',
    file: 'src/main/room/layerFixture.ts',
    crossing: "import { ipcMain } from 'electron'\nexport const f = ipcMain",
    allowed: "import { app } from 'electron'\nexport const f = app"
  },
  {
    layer: 'main never imports react',
    file: 'src/main/export/layerFixture.ts',
    crossing: "import { useState } from 'react'\nexport const f = useState",
    allowed: "import { join } from 'node:path'\nexport const f = join"
  },
  {
    layer: 'the preload imports only the IPC contract',
    file: 'src/preload/layerFixture.ts',
    crossing: "import { ok } from '../shared/result'\nexport const f = ok",
    allowed: "import { API_METHODS } from '../shared/ipc/contract'\nexport const f = API_METHODS"
  },
  {
    layer: 'the renderer never imports main',
    file: 'src/renderer/src/screens/layerFixture.ts',
    crossing: "import { folderNames } from '../../../main/storage/folderNames'\nexport const f = folderNames",
    allowed: "import { useAppStore } from '../store/StoreProvider'\nexport const f = useAppStore"
  },
  {
    layer: 'components never import screens',
    file: 'src/renderer/src/components/layerFixture.ts',
    crossing: "import { ScopedError } from '../screens/ScopedError'\nexport const f = ScopedError",
    allowed: "import { IdeaCard } from './IdeaCard'\nexport const f = IdeaCard"
  },
  {
    layer: 'components never read the store',
    file: 'src/renderer/src/components/search/layerFixture.ts',
    crossing: "import { useAppStore } from '../../store/StoreProvider'\nexport const f = useAppStore",
    allowed: "import { strings } from '../../strings'\nexport const f = strings"
  },
  {
    layer: 'the store never imports views',
    file: 'src/renderer/src/store/layerFixture.ts',
    crossing: "import { IdeaCard } from '../components/IdeaCard'\nexport const f = IdeaCard",
    allowed: "import { strings } from '../strings'\nexport const f = strings"
  },
  {
    layer: 'strings are a leaf',
    file: 'src/renderer/src/strings/layerFixture.ts',
    crossing: "import { useAppStore } from '../store/StoreProvider'\nexport const f = useAppStore",
    allowed: "import type { Meeting } from '../../../shared/meeting/schema'\nexport type F = Meeting"
  }
]

const LAYER_RULES = ['no-restricted-imports', 'no-restricted-syntax']

let eslint: ESLint
beforeAll(() => {
  // The project's own config, type information off (the fixtures are not on disk, and layer rules are
  // about import strings only) and only the layer rules run.
  eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => LAYER_RULES.includes(ruleId)
  })
})

const restrictedImports = async (code: string, file: string): Promise<string[]> => {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}${file}` })
  const messages = result!.messages
  const fatal = messages.filter((m) => m.fatal)
  expect(fatal, fatal.map((m) => m.message).join('\n')).toEqual([])
  return messages.filter((m) => LAYER_RULES.includes(m.ruleId ?? '')).map((m) => m.message)
}

describe('ESLint enforces the layer map', () => {
  it.each(cases)('$layer', async ({ file, crossing, allowed }) => {
    expect(await restrictedImports(crossing, file)).toHaveLength(1)
    expect(await restrictedImports(allowed, file)).toEqual([])
  })
})
