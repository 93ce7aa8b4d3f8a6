import tseslint from 'typescript-eslint'

const serverOnly = {
  group: ['*.server', '*.server.ts', '**/*.server', '**/*.server.ts'],
  message: 'Components never import server modules: the classic compiler would stub them silently.',
}
const contentInternals = {
  group: [
    '@sanity/client',
    'groq-js',
    'groq',
    'zod',
    '~/lib/content/queries',
    '~/lib/content/source.server',
    '~/lib/content/schemas.server',
  ],
  message: 'Routes reach content only through context.content (app/lib/content/content.server.ts).',
}

export default tseslint.config(
  {
    ignores: [
      'build/**',
      'public/build/**',
      'node_modules/**',
      'sanity-studio/**',
      '.cache/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['app/components/**'], rules: { 'no-restricted-imports': ['error', { patterns: [serverOnly] }] } },
  {
    files: ['app/routes/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [contentInternals] }] },
  },
)
