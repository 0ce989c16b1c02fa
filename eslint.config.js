// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'http']

/** Layer rules: what each folder may import. */
const layers = [
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                ...nodeBuiltins,
                'react',
                'react-dom',
                'lowdb',
                'lowdb/*',
                'pdfmake',
                'pdfmake/*',
                'zustand',
                '**/main/**',
                '**/renderer/**',
                '**/preload/**'
              ],
              message: 'src/shared is pure TypeScript: no electron, node, react, lowdb or pdfmake.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins, 'lowdb', 'pdfmake', '**/main/**', '**/preload/**'],
              message: 'The renderer talks to main only through window.api.'
            }
          ]
        }
      ]
    }
  },
  {
    // The phone page runs on attendees' phones: browser only, and no zod (it would triple its size).
    files: ['src/phone/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', ...nodeBuiltins, 'react', 'zod', '**/main/**', '**/renderer/**'],
              message: 'The phone page is plain DOM: no electron, node, react, zod or app code.'
            },
            {
              group: ['**/shared/room/messageSchema'],
              message: 'messageSchema uses zod; import the types from shared/room/protocol.'
            }
          ]
        }
      ]
    }
  },
  {
    // ipcMain lives only in src/main/ipc/registerIpc.ts, ipcRenderer only in src/preload/index.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/ipc/registerIpc.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'ipcMain is imported only in src/main/ipc/registerIpc.ts'
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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
