// Golden tests: our APA 7 output, text for text, against citation-js + the APA CSL style (see oracle.ts).
// Where we differ on purpose, the exact lines of both sides are written down below and in
// docs/decisions/002-apa-formatter.md.
import { expect, test } from 'vitest'

import { createBibliography, formatReferenceText, type Citation } from '~/lib/citations'

import { citation, extras, numbered, org, person } from './cases'
import { markup, oracleBibliography, oracleBibliographyMarkup, oracleCitation, readReferences } from './oracle'

const references = readReferences()

test.each(references.map(reference => [reference.id, reference] as const))(
  '%s reads as the oracle prints it',
  (_, reference) => {
    expect(formatReferenceText(reference)).toBe(oracleBibliography([reference])[0])
  },
)

// Both input orders: a stable sort must not pass by keeping an order the input happened to have.
function expectSameList(citations: Citation[]) {
  const oracle = oracleBibliographyMarkup(citations)
  const lines = oracleBibliography(citations)
  for (const input of [citations, [...citations].reverse()]) {
    const entries = createBibliography(input).entries
    expect(entries.map(entry => entry.id)).toEqual(oracle.map(entry => entry.id))
    expect(entries.map(entry => markup(entry.segments))).toEqual(oracle.map(entry => entry.markup))
    expect(entries.map(entry => entry.text)).toEqual(lines)
  }
}

test('the ten references sort, read and italicise as the oracle', () => {
  expectSameList(references)
})

test('constructed cases sort, read and italicise as the oracle, year suffixes included', () => {
  expectSameList([...references, ...extras])
})

test('each item is cited in the text as the oracle cites it', () => {
  const all = [...references, ...extras]
  const bibliography = createBibliography(all)
  for (const { id } of all) {
    expect(bibliography.cite([{ id }])?.text, id).toBe(oracleCitation(all, [{ id }]))
  }
})

test('several items merge into one parenthetical as the oracle merges them', () => {
  const all = [...references, ...extras]
  const bibliography = createBibliography(all)
  const groups = [
    references.map(({ id }) => ({ id })).reverse(),
    [{ id: 'wu2021' }, { id: 'tully2022' }],
    [{ id: 'domino2010', locator: 'p. 680' }],
    [{ id: 'drozdz2022', locator: 'pp. 1692–1693' }, { id: 'algin2024' }],
    [{ id: 'smith-k' }, { id: 'smith-jones' }, { id: 'smith-undated-a' }],
    [{ id: 'kapoor-zhao-quinn' }, { id: 'kapoor-montez' }],
  ]
  for (const items of groups) expect(bibliography.cite(items)?.text).toBe(oracleCitation(all, items))
})

interface Difference {
  why: string
  citations: Citation[]
  oracle: string
  ours: string
}

// Every intentional difference from the oracle, both sides pinned: if either changes, this fails.
const differences: Difference[] = [
  {
    why: '21 or more authors: APA 7 (§9.8) prints the ellipsis as three spaced periods, the oracle as "…"',
    citations: [
      citation('many', {
        authors: numbered(21),
        year: 2018,
        title: 'Many authors',
        containerTitle: 'Big Science',
        volume: '1',
        pages: '1–2',
      }),
    ],
    oracle: `${numbered(19)
      .map(p => `${p.family}, Q.`)
      .join(', ')}, … Author21, Q. (2018). Many authors. Big Science, 1, 1–2.`,
    ours: `${numbered(19)
      .map(p => `${p.family}, Q.`)
      .join(', ')}, . . . Author21, Q. (2018). Many authors. Big Science, 1, 1–2.`,
  },
  {
    why: 'an undated webpage: "Retrieved" belongs with a retrieval date ("Retrieved May 2, 2024, from"), which the model has not',
    citations: [
      citation('nimh', {
        type: 'webpage',
        authors: [org('National Institute of Mental Health')],
        year: null,
        title: 'Ketamine facts',
        containerTitle: 'NIMH',
        url: 'https://www.nimh.nih.gov/ketamine',
      }),
    ],
    oracle:
      'National Institute of Mental Health. (n.d.). Ketamine facts. NIMH. Retrieved https://www.nimh.nih.gov/ketamine',
    ours: 'National Institute of Mental Health. (n.d.). Ketamine facts. NIMH. https://www.nimh.nih.gov/ketamine',
  },
  {
    why: 'a publisher that is also the group author is not repeated (APA 7 §9.29)',
    citations: [
      citation('dsm5', {
        type: 'book',
        authors: [org('American Psychiatric Association')],
        year: 2013,
        title: 'Diagnostic and statistical manual of mental disorders',
        edition: '5',
        publisher: 'American Psychiatric Association',
        doi: '10.1176/appi.books.9780890425596',
      }),
    ],
    oracle:
      'American Psychiatric Association. (2013). Diagnostic and statistical manual of mental disorders (5th ed.). American Psychiatric Association. https://doi.org/10.1176/appi.books.9780890425596',
    ours: 'American Psychiatric Association. (2013). Diagnostic and statistical manual of mental disorders (5th ed.). https://doi.org/10.1176/appi.books.9780890425596',
  },
  {
    why: 'a site name that is also the group author is not repeated',
    citations: [
      citation('who', {
        type: 'webpage',
        authors: [org('World Health Organization')],
        year: 2023,
        title: 'Depressive disorder (depression)',
        containerTitle: 'World Health Organization',
        url: 'https://www.who.int/news-room/fact-sheets/detail/depression',
      }),
    ],
    oracle:
      'World Health Organization. (2023). Depressive disorder (depression). World Health Organization. https://www.who.int/news-room/fact-sheets/detail/depression',
    ours: 'World Health Organization. (2023). Depressive disorder (depression). https://www.who.int/news-room/fact-sheets/detail/depression',
  },
  {
    why: 'a first edition is not named (APA 7 names an edition only when it is not the first)',
    citations: [
      citation('first-edition', {
        type: 'book',
        year: 2020,
        title: 'Beginnings',
        edition: '1',
        publisher: 'Example Press',
      }),
    ],
    oracle: 'Smith, J. (2020). Beginnings (1st ed.). Example Press.',
    ours: 'Smith, J. (2020). Beginnings. Example Press.',
  },
  {
    why: 'a non-numeric edition keeps "ed.": "(Rev. ed.)", as APA 7 prints it',
    citations: [
      citation('revised', {
        type: 'book',
        year: 2020,
        title: 'Revisions',
        edition: 'Rev.',
        publisher: 'Example Press',
      }),
    ],
    oracle: 'Smith, J. (2020). Revisions (Rev.). Example Press.',
    ours: 'Smith, J. (2020). Revisions (Rev. ed.). Example Press.',
  },
  {
    why: 'initials: the oracle drops a lowercase part after a hyphen ("Ji-yeon") and reads PubMed "SA" as one name',
    citations: [
      citation('initials', {
        authors: [person('Kim', 'Ji-yeon'), person('Rahman', 'SA')],
        title: 'Initials',
        containerTitle: 'J',
      }),
    ],
    oracle: 'Kim, J., & Rahman, S. (2021). Initials. J.',
    ours: 'Kim, J.-Y., & Rahman, S. A. (2021). Initials. J.',
  },
  {
    why: "straight apostrophes print as typed; the oracle curls them (Parkinson's → Parkinson’s, O'Neil → O’Neil)",
    citations: [
      citation('apostrophe', {
        authors: [person("O'Neil", 'R.')],
        title: "Parkinson's disease",
        containerTitle: 'J',
        volume: '1',
      }),
    ],
    oracle: 'O’Neil, R. (2021). Parkinson’s disease. J, 1.',
    ours: "O'Neil, R. (2021). Parkinson's disease. J, 1.",
  },
  {
    why: 'an invalid DOI is never printed as a link; the URL is used instead, if any',
    citations: [
      citation('bad-doi', {
        title: 'Bad DOI',
        containerTitle: 'J',
        doi: 'javascript:alert(1)',
        url: 'https://example.org/bad-doi',
      }),
    ],
    oracle: 'Smith, J. (2021). Bad DOI. J. https://doi.org/javascript:alert(1)',
    ours: 'Smith, J. (2021). Bad DOI. J. https://example.org/bad-doi',
  },
  {
    why: 'DOI characters that are not safe in a URL path are percent-encoded, so the printed link works when copied',
    citations: [
      citation('sici', {
        title: 'Old DOI',
        containerTitle: 'J',
        doi: '10.1002/(SICI)1097-4679(199911)55:11<1393::AID-JCLP7>3.0.CO;2-O',
      }),
    ],
    oracle:
      'Smith, J. (2021). Old DOI. J. https://doi.org/10.1002/(SICI)1097-4679(199911)55:11<1393::AID-JCLP7>3.0.CO;2-O',
    ours: 'Smith, J. (2021). Old DOI. J. https://doi.org/10.1002/(SICI)1097-4679(199911)55:11%3C1393::AID-JCLP7%3E3.0.CO;2-O',
  },
  {
    why: 'a DOI pasted as a link is read as the bare DOI; the oracle prefixes it a second time',
    citations: [
      citation('pasted-doi', {
        title: 'Pasted DOI',
        containerTitle: 'J',
        doi: 'https://doi.org/10.1097/ALN.0b013e3181ed09a2',
      }),
    ],
    oracle: 'Smith, J. (2021). Pasted DOI. J. https://doi.org/https://doi.org/10.1097/ALN.0b013e3181ed09a2',
    ours: 'Smith, J. (2021). Pasted DOI. J. https://doi.org/10.1097/ALN.0b013e3181ed09a2',
  },
]

test.each(differences)('differs on purpose: $why', ({ citations, oracle, ours }) => {
  expect(oracleBibliography(citations)).toEqual([oracle])
  expect(createBibliography(citations).entries.map(entry => entry.text)).toEqual([ours])
})

test('every case, the differing ones included, sorts as the oracle sorts', () => {
  const all = [...references, ...extras, ...differences.flatMap(difference => difference.citations)]
  const oracle = oracleBibliographyMarkup(all).map(entry => entry.id)
  expect(createBibliography(all).entries.map(entry => entry.id)).toEqual(oracle)
  expect(createBibliography([...all].reverse()).entries.map(entry => entry.id)).toEqual(oracle)
})

test('differs on purpose: works of the same authors and year are cited in the order of their suffixes (APA 7 §8.12)', () => {
  const all = [...references, ...extras]
  const items = [{ id: 'smith-beta' }, { id: 'smith-alpha' }]
  expect(oracleCitation(all, items)).toBe('(J. Smith, 2021b, 2021a)')
  expect(createBibliography(all).cite(items)?.text).toBe('(J. Smith, 2021a, 2021b)')
})

test('differs on purpose: a title in the author position capitalises every word of four letters or more', () => {
  const untitled = citation('no-author', {
    authors: [],
    year: 2020,
    title: 'An article without an author',
    containerTitle: 'J',
  })
  expect(oracleCitation([untitled], [{ id: 'no-author' }])).toBe('(“An Article without an Author,” 2020)')
  expect(createBibliography([untitled]).cite([{ id: 'no-author' }])?.text).toBe(
    '(“An Article Without an Author,” 2020)',
  )
})

test('differs on purpose: a person known by one name is cited by it (APA 7 §9.8), where the oracle cites only the year', () => {
  const plato = citation('plato', {
    type: 'book',
    authors: [{ given: 'Plato' }],
    year: 2008,
    title: 'The republic',
    publisher: 'Example Classics',
  })
  const bibliography = createBibliography([plato])
  expect(oracleBibliography([plato])).toEqual(['Plato. (2008). The republic. Example Classics.'])
  expect(bibliography.entries.map(entry => entry.text)).toEqual(['Plato. (2008). The republic. Example Classics.'])
  expect(oracleCitation([plato], [{ id: 'plato' }])).toBe('(2008)')
  expect(bibliography.cite([{ id: 'plato' }])?.text).toBe('(Plato, 2008)')
})

test('a work cited twice in one parenthesis is named once', () => {
  const all = [...references, ...extras]
  const bibliography = createBibliography(all)
  expect(bibliography.cite([{ id: 'oakes' }, { id: 'oakes' }])?.text).toBe(bibliography.cite([{ id: 'oakes' }])?.text)
  expect(createBibliography([...all, ...all]).entries).toHaveLength(all.length)
})
