import { CRISIS } from './crisis-links'

// Right after the skip link, so a keyboard or screen-reader user in crisis reaches 988 in one or two
// presses, on every page, before any navigation. The footer keeps its fuller crisis section.
// A white focus ring: the site's green one would vanish on this dark green.
const link =
  'inline-block py-1 font-semibold text-white underline underline-offset-2 hover:text-brand-100 focus-visible:outline-white'

export function CrisisBar() {
  return (
    <section aria-label="Crisis help" data-print="crisis" className="bg-brand-900 text-sm text-brand-50">
      <p className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-3 px-5 py-1 sm:gap-x-2">
        <span>
          In crisis?{' '}
          <a href={CRISIS.call} className={link}>
            Call 988
          </a>{' '}
          or{' '}
          <a href={CRISIS.text} className={link}>
            text 988
          </a>
        </span>
        <span aria-hidden="true" className="hidden sm:inline">
          ·
        </span>
        <span>
          Chat at{' '}
          <a href={CRISIS.chat} className={link}>
            988lifeline.org
          </a>
        </span>
        <span aria-hidden="true" className="hidden sm:inline">
          ·
        </span>
        <span>
          In immediate danger, call{' '}
          <a href={CRISIS.emergency} className={link}>
            911
          </a>
        </span>
      </p>
    </section>
  )
}
