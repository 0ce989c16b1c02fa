// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http'
]

/**
 * Layer rules: what each folder may import (the README's "Layer map"). Globs, not file lists, so a new
 * folder (src/main/room, a new screen) is covered the day it is created. In flat config the last matching
 * block sets a rule, so each block lists its whole set of patterns (renderer-wide ones included).
 */
const forbid = (group, message) => ({ group, message })
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

const SHARED_IS_PURE = forbid(
  [
    'electron',
    ...nodeBuiltins,
    'react',
    'react-dom',
    'lowdb',
    'lowdb/*',
    'pdfmake',
    'pdfmake/*',
    'zustand',
    'zustand/*',
    '**/main/**',
    '**/renderer/**',
    '**/preload/**'
  ],
  'src/shared is pure TypeScript: no electron, node, react, lowdb or pdfmake.'
)
const MAIN_STAYS_IN_MAIN = forbid(
  ['**/renderer/**', '**/preload/**', 'react', 'react-dom', 'react/*', 'zustand', 'zustand/*'],
  'src/main never imports the renderer or the preload: share code through src/shared.'
)
const PRELOAD_MESSAGE =
  'The preload imports only electron and the IPC method list (src/shared/ipc/methods) or contract.'
const PRELOAD_ONLY_CONTRACT = forbid(
  ['**/main/**', '**/renderer/**', ...nodeBuiltins, 'react', 'lowdb', 'pdfmake'],
  PRELOAD_MESSAGE
)
// gitignore-style groups cannot re-include one file under an excluded folder, hence a regex.
const PRELOAD_SHARED_IS_CONTRACT = {
  regex: '/shared/(?!ipc/(methods|contract)$)',
  message: PRELOAD_MESSAGE
}
const RENDERER_VIA_API = forbid(
  [
    'electron',
    ...nodeBuiltins,
    'lowdb',
    'lowdb/*',
    'pdfmake',
    'pdfmake/*',
    '**/main/**',
    '**/preload/**'
  ],
  'The renderer talks to main only through window.api.'
)
const COMPONENTS_TAKE_PROPS = forbid(
  ['**/screens/**', '**/store/**', '**/projector/**', 'zustand', 'zustand/*'],
  'components/ take props only: no store, no screens, no projector. Move shared pieces into components/ ' +
    'or the store-reading part into screens/.'
)
const STORE_HAS_NO_VIEWS = forbid(
  ['**/screens/**', '**/components/**', '**/projector/**', '**/hooks/**'],
  'store/ holds state and actions only: it never imports screens, components, the projector or hooks.'
)
const LEAVES_STAY_LEAVES = forbid(
  ['**/screens/**', '**/components/**', '**/projector/**', '**/store/**'],
  'strings, dates, audio and the keymap are leaves: they never import screens, components, the projector or the store.'
)

const PHONE_IS_PLAIN_DOM = forbid(
  ['electron', ...nodeBuiltins, 'react', 'zod', '**/main/**', '**/renderer/**', '**/preload/**'],
  'The phone page is plain DOM: no electron, node, react, zod or app code.'
)
const PHONE_NO_ZOD_SCHEMA = forbid(
  ['**/shared/room/messageSchema'],
  'messageSchema uses zod; import the types from shared/room/protocol.'
)

const RENDERER = 'src/renderer/**/*.{ts,tsx}'
const layers = [
  { files: ['src/shared/**/*.{ts,tsx}'], rules: restrict(SHARED_IS_PURE) },
  { files: ['src/main/**/*.{ts,tsx}'], rules: restrict(MAIN_STAYS_IN_MAIN) },
  {
    files: ['src/preload/**/*.{ts,tsx}'],
    rules: restrict(PRELOAD_ONLY_CONTRACT, PRELOAD_SHARED_IS_CONTRACT)
  },
  { files: [RENDERER], rules: restrict(RENDERER_VIA_API) },
  // The phone page runs on attendees' phones: browser only, and no zod (it would triple its size).
  { files: ['src/phone/**/*.ts'], rules: restrict(PHONE_IS_PLAIN_DOM, PHONE_NO_ZOD_SCHEMA) },
  {
    files: ['src/renderer/src/components/**/*.{ts,tsx}'],
    rules: restrict(RENDERER_VIA_API, COMPONENTS_TAKE_PROPS)
  },
  {
    files: ['src/renderer/src/store/**/*.{ts,tsx}'],
    rules: restrict(RENDERER_VIA_API, STORE_HAS_NO_VIEWS)
  },
  {
    files: [
      'src/renderer/src/strings.ts',
      'src/renderer/src/strings/**/*.ts',
      'src/renderer/src/dates/**/*.ts',
      'src/renderer/src/audio/**/*.ts',
      'src/renderer/src/keymap/**/*.ts'
    ],
    rules: restrict(RENDERER_VIA_API, LEAVES_STAY_LEAVES)
  },
  {
    // ipcMain is imported only by the shell's entry, src/main/index.ts, which hands it to registerIpc
    // (so registerIpc loads in plain Node, for the e2e harness); ipcRenderer only in src/preload/index.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/index.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'ipcMain is imported only in src/main/index.ts (it hands it to registerIpc)'
        },
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'ipcRenderer is imported only in src/preload/index.ts'
        }
      ]
    }
  }
]

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-output/**', 'resources/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/phone/**/*.ts', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn'
    }
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off'
    }
  },
  ...layers
)
