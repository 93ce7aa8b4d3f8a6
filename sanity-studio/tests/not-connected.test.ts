import { studioTheme, ThemeProvider } from '@sanity/ui'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { firstValueFrom } from 'rxjs'
import type { AuthStore } from 'sanity'
import { expect, test, vi } from 'vitest'

// sanity.config.ts reads the environment when it loads: load it afresh, without a project id.
async function configWithout() {
  vi.resetModules()
  vi.stubEnv('SANITY_STUDIO_PROJECT_ID', '')
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  try {
    const { default: config } = await import('../sanity.config')
    return { config, warnings: warn.mock.calls.map(call => String(call[0])) }
  } finally {
    warn.mockRestore()
    vi.unstubAllEnvs()
  }
}

test('without a project id the Studio signs nobody in and its card says what to set', async () => {
  const { config, warnings } = await configWithout()
  expect(config.projectId).toBe('not-configured')
  expect(config.subtitle).toBe('Not connected to a project')
  expect(warnings[0]).toMatch(/^This Studio is not connected to a Sanity project yet\. Put SANITY_STUDIO_PROJECT_ID=/)

  const auth = config.auth as AuthStore
  expect(await firstValueFrom(auth.state)).toMatchObject({ authenticated: false, currentUser: null })
  const login = createElement(auth.LoginComponent!, { projectId: 'not-configured' } as never)
  const card = renderToStaticMarkup(createElement(ThemeProvider, { theme: studioTheme, children: login }))
  expect(card).toContain('This Studio is not connected to a Sanity project yet.')
  expect(card).toContain('SANITY_STUDIO_PROJECT_ID=your-project-id')
  expect(card).toContain('the .env file at the root of the project')
})

test('with a project id the Studio signs in through Sanity as usual', async () => {
  vi.resetModules()
  vi.stubEnv('SANITY_STUDIO_PROJECT_ID', 'ab12cd34')
  try {
    const { default: config } = await import('../sanity.config')
    expect(config.projectId).toBe('ab12cd34')
    expect(config.auth).toBeUndefined()
  } finally {
    vi.unstubAllEnvs()
  }
})
