// The project's one way to start Debian's Chromium (tests/helpers/browser.ts at the root; playwright-core from
// the app's dependencies, which are always installed before the Studio's).
export { launchBrowser } from '../../../tests/helpers/browser'
