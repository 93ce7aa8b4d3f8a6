import { expect, test } from 'vitest'

import { PLACEHOLDER_PROJECT_ID, readProjectSettings } from '../project'

test('the Studio uses the project and dataset of SANITY_STUDIO_PROJECT_ID and SANITY_STUDIO_DATASET', () => {
  expect(readProjectSettings({ SANITY_STUDIO_PROJECT_ID: 'ab12cd34', SANITY_STUDIO_DATASET: 'staging' })).toEqual({
    projectId: 'ab12cd34',
    dataset: 'staging',
    configured: true,
  })
  expect(readProjectSettings({ SANITY_STUDIO_PROJECT_ID: ' ab12cd34 ' }).dataset).toBe('production')
})

test('without a project id the Studio still has a valid, recognisable placeholder', () => {
  const settings = readProjectSettings({ SANITY_STUDIO_PROJECT_ID: '  ' })
  expect(settings).toEqual({ projectId: PLACEHOLDER_PROJECT_ID, dataset: 'production', configured: false })
  expect(settings.projectId).toMatch(/^[a-z0-9-]+$/) // what Sanity accepts as a project id
})
