import { readFileSync } from 'node:fs'

import { expect, test } from 'vitest'

import { findInTextCitations, type CitableReference, type FoundCitation } from '~/lib/citations/find-in-text'

interface CslItem {
  id: string
  author?: { family?: string; literal?: string }[]
  issued?: { 'date-parts': number[][] }
}

const fixture = (
  JSON.parse(readFileSync(new URL('../../fixtures/references.csl.json', import.meta.url), 'utf8')) as CslItem[]
).map((item): CitableReference => ({
  id: item.id,
  names: (item.author ?? []).map(name => name.family ?? name.literal ?? ''),
  year: item.issued?.['date-parts'][0]?.[0] ?? null,
  yearSuffix: null,
}))

const reference = (id: string, names: string[], year: number | null, yearSuffix: string | null = null) => ({
  id,
  names,
  year,
  yearSuffix,
})

// The ten real references, and the shapes they lack: one author, an organisation, n.d., a/b suffixes,
// two different author lists that both read "Kapoor et al., 2020", names that end longer names (Warner, Pierre).
const references: CitableReference[] = [
  ...fixture,
  reference('wu-solo2021', ['Wu'], 2021),
  reference('warner2010', ['Warner'], 2010),
  reference('smith2019', ['Smith'], 2019),
  reference('smith2021a', ['Smith'], 2021, 'a'),
  reference('smith2021b', ['Smith'], 2021, 'b'),
  reference('apa2020', ['American Psychological Association'], 2020),
  reference('samhsa2023', ['Substance Abuse and Mental Health Services Administration'], 2023),
  reference('nimh-nd', ['National Institute of Mental Health'], null),
  reference('silva2020', ['Lacerda da Silva', 'St Pierre'], 2020),
  reference('pierre2020', ['Pierre'], 2020),
  reference('kapoor2020-lee', ['Kapoor', 'Lee', 'Ng'], 2020),
  reference('kapoor2020-singh', ['Kapoor', 'Singh', 'Tan'], 2020),
]

type Item = [typed: string, referenceId: string | null, locator: string | null]

const parenthetical = (remove: string, ...items: Item[]) => ({ kind: 'parenthetical', remove, names: null, items })
const narrative = (names: string, remove: string, ...items: Item[]) => ({ kind: 'narrative', remove, names, items })

function read(text: string, found: FoundCitation[]) {
  return found.map(citation => ({
    kind: citation.kind,
    remove: text.slice(...citation.remove),
    names: citation.names && text.slice(...citation.names),
    items: citation.items.map(item => [item.typed, item.referenceId, item.locator]),
  }))
}

test.each([
  [
    'Ketamine was first an anaesthetic (Domino & Warner, 2010).',
    [parenthetical(' (Domino & Warner, 2010)', ['Domino & Warner, 2010', 'domino2010', null])],
  ],
  [
    'It is now used in therapy (Drozdz et al., 2022).',
    [parenthetical(' (Drozdz et al., 2022)', ['Drozdz et al., 2022', 'drozdz2022', null])],
  ],
  ['One dose can help (Wu, 2021).', [parenthetical(' (Wu, 2021)', ['Wu, 2021', 'wu-solo2021', null])]],
  [
    'Consent comes first (American Psychological Association, 2020).',
    [
      parenthetical(' (American Psychological Association, 2020)', [
        'American Psychological Association, 2020',
        'apa2020',
        null,
      ]),
    ],
  ],
  [
    'Relief can last weeks (Tully et al., 2022; Wu et al., 2021).',
    [
      parenthetical(
        ' (Tully et al., 2022; Wu et al., 2021)',
        ['Tully et al., 2022', 'tully2022', null],
        ['Wu et al., 2021', 'wu2021', null],
      ),
    ],
  ],
  [
    'She wrote on it twice (Smith, 2019, 2021a).',
    [parenthetical(' (Smith, 2019, 2021a)', ['Smith, 2019', 'smith2019', null], ['Smith, 2021a', 'smith2021a', null])],
  ],
  ['A later paper disagreed (Smith, 2021b).', [parenthetical(' (Smith, 2021b)', ['Smith, 2021b', 'smith2021b', null])]],
  [
    'Plasticity rises within hours (Wu et al., 2021, p. 1031).',
    [parenthetical(' (Wu et al., 2021, p. 1031)', ['Wu et al., 2021, p. 1031', 'wu2021', 'p. 1031'])],
  ],
  [
    'Responses came fast (Kopelman et al., 2023, pp. 12–14).',
    [
      parenthetical(' (Kopelman et al., 2023, pp. 12–14)', [
        'Kopelman et al., 2023, pp. 12–14',
        'kopelman2023',
        'pp. 12–14',
      ]),
    ],
  ],
  [
    'See the overview (Smith, 2019, Chapter 3).',
    [parenthetical(' (Smith, 2019, Chapter 3)', ['Smith, 2019, Chapter 3', 'smith2019', 'Chapter 3'])],
  ],
  [
    'Help is available (National Institute of Mental Health, n.d.).',
    [
      parenthetical(' (National Institute of Mental Health, n.d.)', [
        'National Institute of Mental Health, n.d.',
        'nimh-nd',
        null,
      ]),
    ],
  ],
  [
    'Pain may ease too (see Israel et al., 2021).',
    [parenthetical(' (see Israel et al., 2021)', ['see Israel et al., 2021', 'israel2021', null])],
  ],
  [
    'Reviews agree (e.g., Almeida et al., 2024; Oyetunji et al., 2023).',
    [
      parenthetical(
        ' (e.g., Almeida et al., 2024; Oyetunji et al., 2023)',
        ['e.g., Almeida et al., 2024', 'almeida2024', null],
        ['Oyetunji et al., 2023', 'oyetunji2023', null],
      ),
    ],
  ],
  [
    'It began in surgery (Domino and Warner, 2010).',
    [parenthetical(' (Domino and Warner, 2010)', ['Domino and Warner, 2010', 'domino2010', null])],
  ],
  [
    'Services are listed (Substance Abuse and Mental Health Services Administration, 2023).',
    [
      parenthetical(' (Substance Abuse and Mental Health Services Administration, 2023)', [
        'Substance Abuse and Mental Health Services Administration, 2023',
        'samhsa2023',
        null,
      ]),
    ],
  ],
  [
    'Every author was typed (Israel, St. Pierre, Ellis, Hanukaai, Noor, Varrassi, Wells, & Kaye, 2021).',
    [
      parenthetical(' (Israel, St. Pierre, Ellis, Hanukaai, Noor, Varrassi, Wells, & Kaye, 2021)', [
        'Israel, St. Pierre, Ellis, Hanukaai, Noor, Varrassi, Wells, & Kaye, 2021',
        'israel2021',
        null,
      ]),
    ],
  ],
  ['No space before it(Wu, 2021).', [parenthetical('(Wu, 2021)', ['Wu, 2021', 'wu-solo2021', null])]],
  [
    'Domino and Warner (2010) called it a tiger.',
    [narrative('Domino and Warner', ' (2010)', ['Domino and Warner (2010)', 'domino2010', null])],
  ],
  [
    'Domino & Warner (2010) told its story.',
    [narrative('Domino & Warner', ' (2010)', ['Domino & Warner (2010)', 'domino2010', null])],
  ],
  [
    'In a review, Drozdz et al. (2022) found few trials.',
    [narrative('Drozdz et al.', ' (2022)', ['Drozdz et al. (2022)', 'drozdz2022', null])],
  ],
  [
    'As Wu (2021, p. 5) notes, it is quick.',
    [narrative('Wu', ' (2021, p. 5)', ['Wu (2021, p. 5)', 'wu-solo2021', 'p. 5'])],
  ],
  [
    'Per the American Psychological Association (2020), consent comes first.',
    [
      narrative('American Psychological Association', ' (2020)', [
        'American Psychological Association (2020)',
        'apa2020',
        null,
      ]),
    ],
  ],
  [
    'Work by Lacerda da Silva and St. Pierre (2020) is cited.',
    [
      narrative('Lacerda da Silva and St. Pierre', ' (2020)', [
        'Lacerda da Silva and St. Pierre (2020)',
        'silva2020',
        null,
      ]),
    ],
  ],
  [
    'The National Institute of Mental Health (n.d.) lists the signs.',
    [
      narrative('National Institute of Mental Health', ' (n.d.)', [
        'National Institute of Mental Health (n.d.)',
        'nimh-nd',
        null,
      ]),
    ],
  ],
  [
    'Smith (2019, 2021a) wrote twice.',
    [narrative('Smith', ' (2019, 2021a)', ['Smith (2019)', 'smith2019', null], ['Smith (2021a)', 'smith2021a', null])],
  ],
  [
    'A case report (Algin et al., 2024) and Lazarevic et al. (2021) both appear.',
    [
      parenthetical(' (Algin et al., 2024)', ['Algin et al., 2024', 'algin2024', null]),
      narrative('Lazarevic et al.', ' (2021)', ['Lazarevic et al. (2021)', 'lazarevic2021', null]),
    ],
  ],
  [
    'A study not in the list (Smith & Jones, 2018).',
    [parenthetical(' (Smith & Jones, 2018)', ['Smith & Jones, 2018', null, null])],
  ],
  ['The year is wrong (Wu et al., 2020).', [parenthetical(' (Wu et al., 2020)', ['Wu et al., 2020', null, null])]],
  [
    'Two teams report this (Kapoor et al., 2020).',
    [parenthetical(' (Kapoor et al., 2020)', ['Kapoor et al., 2020', null, null])],
  ],
  ['Which of her two papers (Smith, 2021)?', [parenthetical(' (Smith, 2021)', ['Smith, 2021', null, null])]],
  [
    'Two authors take no "et al." (Domino et al., 2010).',
    [parenthetical(' (Domino et al., 2010)', ['Domino et al., 2010', null, null])],
  ],
  ['A slip (Wu et al, 2021).', [parenthetical(' (Wu et al, 2021)', ['Wu et al, 2021', 'wu2021', null])]],
  ['Warner (2010) wrote alone.', [narrative('Warner', ' (2010)', ['Warner (2010)', 'warner2010', null])]],
  ['Nguyen et al. (2019) disagree.', [narrative('Nguyen et al.', ' (2019)', ['Nguyen et al. (2019)', null, null])]],
  [
    'Domino and Warner (2012) is a typo for 2010.',
    [narrative('Domino and Warner', ' (2012)', ['Domino and Warner (2012)', null, null])],
  ],
])('%s', (text, expected) => {
  expect(read(text, findInTextCitations(text, references))).toEqual(expected)
})

test.each([
  'Phencyclidine (PCP) came first.',
  'Complex regional pain syndrome (CRPS) is hard to treat.',
  'A low dose (2 mg) was given.',
  'The risks are listed (see below).',
  'It was first made by Calvin Stevens (1962).',
  'Clinics opened in Sweden (2019).',
  'In 2021, Wu and colleagues opened a clinic.',
  'It may help mood disorders (e.g., depression).',
  'A note (Wu, 2021, for a review).',
  'A list (Warner, and others, 2010).',
  'Smith & Warner (2010) is not Warner alone.',
  'Smith and Warner (2010) is not Warner alone.',
])('%s holds no citation', text => {
  expect(findInTextCitations(text, references)).toEqual([])
})

test('names compare without case or diacritics', () => {
  const idOf = (text: string, list = references) => findInTextCitations(text, list)[0]?.items[0]?.referenceId
  expect(idOf('(Drozdz et al., 2022)', [reference('drozdz2022', ['Dróżdż', 'Goel', 'McGarr'], 2022)])).toBe(
    'drozdz2022',
  )
  expect(idOf('(Tully, Dahlen, Haggarty, Schioth, & Brooks, 2022)')).toBe('tully2022')
  expect(idOf('(TULLY et al., 2022)')).toBe('tully2022')
})

test.each([
  ['parentheses never closed', ('(((((' + 'a, 2020; ').repeat(715).slice(0, 10_000), 0],
  ['parentheses closed each time', '(((((a, 2020; )'.repeat(667).slice(0, 10_000), 0],
  ['a thousand groups in one', '(' + 'Wu, 2020; '.repeat(1_000) + 'Wu, 2020)', 1_001],
  ['a long run of words before a year', 'Wu '.repeat(3_334) + '(2020)', 1],
  ['one long word before a year', 'W'.repeat(10_000) + '(2020)', 0],
])('hostile input (%s) returns quickly', (_, text, items) => {
  const started = performance.now()
  const found = findInTextCitations(text, references)
  expect(performance.now() - started).toBeLessThan(200)
  expect(found.flatMap(citation => citation.items)).toHaveLength(items)
})
