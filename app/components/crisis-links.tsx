// Where a reader in crisis can turn, written once: the crisis bar at the top of every page, the footer, the
// sensitive-topic notice and the contact page all take their numbers and wording from here.

export const CRISIS = {
  call: 'tel:988',
  text: 'sms:988',
  chat: 'https://988lifeline.org/chat/',
  emergency: 'tel:911',
} as const

const strong = 'inline-block font-semibold underline'

/** One sentence, to follow a lead-in such as "If you are struggling or thinking about suicide,". */
export function CrisisSentence() {
  return (
    <>
      <a href={CRISIS.call} className={strong}>
        call 988
      </a>{' '}
      or{' '}
      <a href={CRISIS.text} className={strong}>
        text 988
      </a>{' '}
      (Suicide &amp; Crisis Lifeline, U.S.), or{' '}
      <a href={CRISIS.chat} className="underline">
        chat at 988lifeline.org
      </a>
      , any time. If you are in immediate danger, call{' '}
      <a href={CRISIS.emergency} className={strong}>
        911
      </a>
      .
    </>
  )
}
