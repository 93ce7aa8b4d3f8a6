// The APA string parser: a table of entries as people type them, the round trip through the site's own
// formatter (so parser and formatter cannot drift apart), and input that must not hang or throw.
import { isDeepStrictEqual } from 'node:util'

import { expect, test } from 'vitest'

import { createBibliography, formatReferenceText, initials, normalizeDoi, type Citation } from '~/lib/citations'
import { parseApaReference, type ParsedReference } from '~/lib/citations/parse-apa'
import { editionLabel, pageRange } from '~/lib/citations/text'

import { citation, extras, numbered, org, person } from './cases'
import { readReferences } from './oracle'

type Fields = ParsedReference['fields']

function fields(type: Fields['type'], read: Partial<Fields>): Fields {
  const none = { containerTitle: null, volume: null, issue: null, pages: null, edition: null, publisher: null }
  return { type, authors: [], year: null, title: '', ...none, doi: null, url: null, ...read }
}

const names = (count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => ({ family: `Author${from + i}`, given: 'Q.' }))
const typed = (list: Array<{ family: string; given: string }>) => list.map(n => `${n.family}, ${n.given}`)

interface Row {
  text: string
  fields: Fields
  suffix?: string
  sure?: boolean
  /** One pattern per note expected, no more. */
  notes?: RegExp[]
}

const ketamineTiger = { year: 2010, title: 'Taming the ketamine tiger', containerTitle: 'Anesthesiology' }
const lazarevic = {
  authors: [person('Lazarevic', 'V.'), person('Svenningsson', 'P.')],
  year: 2021,
  title: 'Ketamine decreases neuronally released glutamate',
  containerTitle: 'Molecular Psychiatry',
  volume: '26',
  issue: '12',
  pages: '7425–7435',
  doi: '10.1038/s41380-021-01246-3',
}
const examples = { containerTitle: 'Journal of Examples', volume: '7', issue: '2', pages: '1–9' }

const table: Row[] = [
  {
    text: 'Wu, H. (2021). Ketamine for a boost of neural plasticity: How, but also when? Biological Psychiatry, 89(11), 1030–1032. https://doi.org/10.1016/j.biopsych.2021.03.014',
    fields: fields('article-journal', {
      authors: [person('Wu', 'H.')],
      year: 2021,
      title: 'Ketamine for a boost of neural plasticity: How, but also when?',
      containerTitle: 'Biological Psychiatry',
      volume: '89',
      issue: '11',
      pages: '1030–1032',
      doi: '10.1016/j.biopsych.2021.03.014',
    }),
  },
  {
    text: 'Domino, E. F., & Warner, D. S. (2010). Taming the ketamine tiger. Anesthesiology, 113(3), 678–684. doi:10.1097/ALN.0b013e3181ed09a2',
    fields: fields('article-journal', {
      authors: [person('Domino', 'E. F.'), person('Warner', 'D. S.')],
      ...ketamineTiger,
      volume: '113',
      issue: '3',
      pages: '678–684',
      doi: '10.1097/ALN.0b013e3181ed09a2',
    }),
  },
  {
    text: 'Wu, H., Savalia, N. K., & Kwan, A. C. (2021). Ketamine and plasticity. Biological Psychiatry, 89(11), 1030–1032.',
    fields: fields('article-journal', {
      authors: [person('Wu', 'H.'), person('Savalia', 'N. K.'), person('Kwan', 'A. C.')],
      year: 2021,
      title: 'Ketamine and plasticity',
      containerTitle: 'Biological Psychiatry',
      volume: '89',
      issue: '11',
      pages: '1030–1032',
    }),
  },
  {
    text: `${typed(names(19)).join(', ')}, & Author20, Q. (2019). Twenty authors. Journal of Examples, 7(2), 1–9.`,
    fields: fields('article-journal', { authors: names(20), year: 2019, title: 'Twenty authors', ...examples }),
  },
  {
    text: `${typed(names(19)).join(', ')}, . . . Author25, Q. (2018). Many authors. Big Science, 1, 1–2.`,
    fields: fields('article-journal', {
      authors: [...names(19), ...names(1, 25)],
      year: 2018,
      title: 'Many authors',
      containerTitle: 'Big Science',
      volume: '1',
      pages: '1–2',
    }),
    notes: [/left out with “\. \. \.”.*the 20 shown are kept/],
  },
  {
    text: 'Kopelman, J., Keller, T. A., et al. (2023). Rapid neuroplasticity changes. Translational Psychiatry, 13(1), 159.',
    fields: fields('article-journal', {
      authors: [person('Kopelman', 'J.'), person('Keller', 'T. A.')],
      year: 2023,
      title: 'Rapid neuroplasticity changes',
      containerTitle: 'Translational Psychiatry',
      volume: '13',
      issue: '1',
      pages: '159',
    }),
    sure: false,
    notes: [/et al\..*add the others/],
  },
  {
    text: 'Almeida, T. M., Lacerda da Silva, U. R., & St Pierre, S. (2024). Ketamine for PTSD—A review. Clinical Neuropsychiatry, 21(1), 22–31.',
    fields: fields('article-journal', {
      authors: [person('Almeida', 'T. M.'), person('Lacerda da Silva', 'U. R.'), person('St Pierre', 'S.')],
      year: 2024,
      title: 'Ketamine for PTSD—A review',
      containerTitle: 'Clinical Neuropsychiatry',
      volume: '21',
      issue: '1',
      pages: '22–31',
    }),
  },
  {
    text: 'St. Pierre, J., van der Berg, A., de la Cruz, R., & Al-Mansour, K. (2019). Names. Journal of Examples, 7(2), 1–9.',
    fields: fields('article-journal', {
      authors: [
        person('St. Pierre', 'J.'),
        person('van der Berg', 'A.'),
        person('de la Cruz', 'R.'),
        person('Al-Mansour', 'K.'),
      ],
      year: 2019,
      title: 'Names',
      ...examples,
    }),
  },
  {
    text: 'Sartre, J.-P. (1956). Being and nothingness. Philosophical Library.',
    fields: fields('book', {
      authors: [person('Sartre', 'J.-P.')],
      year: 1956,
      title: 'Being and nothingness',
      publisher: 'Philosophical Library',
    }),
  },
  {
    text: 'Yalom, I. D., & Leszcz, M. (2020). The theory and practice of group psychotherapy (6th ed.). Basic Books.',
    fields: fields('book', {
      authors: [person('Yalom', 'I. D.'), person('Leszcz', 'M.')],
      year: 2020,
      title: 'The theory and practice of group psychotherapy',
      edition: '6',
      publisher: 'Basic Books',
    }),
  },
  {
    text: 'Smith, J. (2020). Revisions (Rev. ed.). W. W. Norton & Company.',
    fields: fields('book', {
      authors: [person('Smith', 'J.')],
      year: 2020,
      title: 'Revisions',
      edition: 'Rev.',
      publisher: 'W. W. Norton & Company',
    }),
  },
  {
    text: 'American Psychiatric Association. (2013). Diagnostic and statistical manual of mental disorders (5th ed.). https://doi.org/10.1176/appi.books.9780890425596',
    fields: fields('book', {
      authors: [org('American Psychiatric Association')],
      year: 2013,
      title: 'Diagnostic and statistical manual of mental disorders',
      edition: '5',
      doi: '10.1176/appi.books.9780890425596',
    }),
  },
  {
    text: 'Miller, A. (Ed.). (2015). Handbook of grief. Guilford Press.',
    fields: fields('book', {
      authors: [person('Miller', 'A.')],
      year: 2015,
      title: 'Handbook of grief',
      publisher: 'Guilford Press',
    }),
  },
  {
    text: 'Okafor, C. (2018). Grief in the consulting room. In A. Editor & B. Editor (Eds.), Handbook of bereavement care (2nd ed., pp. 112-130). Example Press. https://doi.org/10.5555/hbc.7',
    fields: fields('chapter', {
      authors: [person('Okafor', 'C.')],
      year: 2018,
      title: 'Grief in the consulting room',
      containerTitle: 'Handbook of bereavement care',
      edition: '2',
      pages: '112–130',
      publisher: 'Example Press',
      doi: '10.5555/hbc.7',
    }),
  },
  {
    text: 'Ito, H. (2016). A single page. In M. Mori (Ed.), Notes on loss (p. 7). Guilford Press.',
    fields: fields('chapter', {
      authors: [person('Ito', 'H.')],
      year: 2016,
      title: 'A single page',
      containerTitle: 'Notes on loss',
      pages: '7',
      publisher: 'Guilford Press',
    }),
  },
  {
    text: 'Nguyen, S. A. (2024). What to expect in your first session. Well Mind Body. https://example.com/first-session',
    fields: fields('webpage', {
      authors: [person('Nguyen', 'S. A.')],
      year: 2024,
      title: 'What to expect in your first session',
      containerTitle: 'Well Mind Body',
      url: 'https://example.com/first-session',
    }),
  },
  {
    text: 'American Psychological Association. (2023, May 4). Psychotherapy. APA Dictionary of Psychology. https://dictionary.apa.org/psychotherapy.',
    fields: fields('webpage', {
      authors: [org('American Psychological Association')],
      year: 2023,
      title: 'Psychotherapy',
      containerTitle: 'APA Dictionary of Psychology',
      url: 'https://dictionary.apa.org/psychotherapy',
    }),
    notes: [/Only the year of the date “2023, May 4” is kept/],
  },
  {
    text: 'National Institute of Mental Health. (n.d.). Ketamine facts. https://www.nimh.nih.gov/ketamine',
    fields: fields('webpage', {
      authors: [org('National Institute of Mental Health')],
      title: 'Ketamine facts',
      url: 'https://www.nimh.nih.gov/ketamine',
    }),
  },
  {
    text: 'World Health Organization. (2023). Depressive disorder (depression). Retrieved May 2, 2024, from https://www.who.int/news-room/fact-sheets/detail/depression',
    fields: fields('webpage', {
      authors: [org('World Health Organization')],
      year: 2023,
      title: 'Depressive disorder (depression)',
      url: 'https://www.who.int/news-room/fact-sheets/detail/depression',
    }),
    notes: [/Retrieved … from/],
  },
  {
    text: 'Anonymous guidance on sleep. (2023). Sleep Site. https://example.org/sleep',
    fields: fields('webpage', {
      year: 2023,
      title: 'Anonymous guidance on sleep',
      containerTitle: 'Sleep Site',
      url: 'https://example.org/sleep',
    }),
  },
  {
    text: 'Ångström, A. (n.d.). No date on this one. Undated Review, 2.',
    fields: fields('article-journal', {
      authors: [person('Ångström', 'A.')],
      title: 'No date on this one',
      containerTitle: 'Undated Review',
      volume: '2',
    }),
  },
  {
    text: 'Smith, J. (2021a). Alpha study. Journal of Examples, 7(2), 1–9.',
    fields: fields('article-journal', {
      authors: [person('Smith', 'J.')],
      year: 2021,
      title: 'Alpha study',
      ...examples,
    }),
    suffix: 'a',
  },
  {
    text: 'Smith, J. (2021b). Beta study. Journal of Examples, 7(2), 1–9.',
    fields: fields('article-journal', {
      authors: [person('Smith', 'J.')],
      year: 2021,
      title: 'Beta study',
      ...examples,
    }),
    suffix: 'b',
  },
  {
    text: 'Smith, J. (n.d.-a). Undated a. Journal of Examples, 7(2), 1–9.',
    fields: fields('article-journal', { authors: [person('Smith', 'J.')], title: 'Undated a', ...examples }),
    suffix: 'a',
  },
  {
    text: 'Lazarevic, V., & Svenningsson, P. (2021). Ketamine decreases neuronally released glutamate. Molecular Psychiatry, 26(12), 7425–7435.',
    fields: fields('article-journal', { ...lazarevic, doi: null }),
  },
  {
    text: 'Lazarevic, V., & Svenningsson, P. (2021). Ketamine decreases neuronally released glutamate. Molecular Psychiatry, 26(12), 7425–7435. DOI: 10.1038/s41380-021-01246-3',
    fields: fields('article-journal', lazarevic),
  },
  {
    text: 'Lazarevic, V., & Svenningsson, P. (2021). Ketamine decreases neuronally released glutamate. Molecular Psychiatry, 26(12), 7425–7435. http://dx.doi.org/10.1038/s41380-021-01246-3.',
    fields: fields('article-journal', lazarevic),
  },
  {
    text: 'Tully, J. L., & Brooks, S. (2022). Ketamine treatment for refractory anxiety: A systematic review. British Journal of Clinical Pharmacology, 88(10), 4412-4426. 10.1111/bcp.15374',
    fields: fields('article-journal', {
      authors: [person('Tully', 'J. L.'), person('Brooks', 'S.')],
      year: 2022,
      title: 'Ketamine treatment for refractory anxiety: A systematic review',
      containerTitle: 'British Journal of Clinical Pharmacology',
      volume: '88',
      issue: '10',
      pages: '4412–4426',
      doi: '10.1111/bcp.15374',
    }),
  },
  {
    text: 'Drozdz, S. J., & Ladha, K. S. (2022). Ketamine assisted psychotherapy. Journal of Pain Research, Volume 15, 1691–1706. https://doi.org/10.2147/JPR.S360733',
    fields: fields('article-journal', {
      authors: [person('Drozdz', 'S. J.'), person('Ladha', 'K. S.')],
      year: 2022,
      title: 'Ketamine assisted psychotherapy',
      containerTitle: 'Journal of Pain Research',
      volume: '15',
      pages: '1691–1706',
      doi: '10.2147/JPR.S360733',
    }),
  },
  {
    text: 'Reyes, M. (2020). Sleep and mood. Sleep Medicine, Vol. 15, Issue 3, pp. 12-20.',
    fields: fields('article-journal', {
      authors: [person('Reyes', 'M.')],
      year: 2020,
      title: 'Sleep and mood',
      containerTitle: 'Sleep Medicine',
      volume: '15',
      issue: '3',
      pages: '12–20',
    }),
    notes: [/without “pp\.”/],
  },
  {
    text: 'Algin, S., & Haque, M. (2024). Ketamine infusion: A case report. Cureus, 16(4), e57877. https://doi.org/10.7759/cureus.57877',
    fields: fields('article-journal', {
      authors: [person('Algin', 'S.'), person('Haque', 'M.')],
      year: 2024,
      title: 'Ketamine infusion: A case report',
      containerTitle: 'Cureus',
      volume: '16',
      issue: '4',
      pages: 'e57877',
      doi: '10.7759/cureus.57877',
    }),
  },
  {
    // §9.25: the article number keeps its word, which the formatter then prints back as typed.
    text: 'Kim, J.-Y. (2022). Worry at night. Journal of Affective Disorders, 310, Article 102345.',
    fields: fields('article-journal', {
      authors: [person('Kim', 'J.-Y.')],
      year: 2022,
      title: 'Worry at night',
      containerTitle: 'Journal of Affective Disorders',
      volume: '310',
      pages: 'Article 102345',
    }),
  },
  {
    text: 'Öberg, Ö. (2015). Ob. Nordic Journal, (4), e12.',
    fields: fields('article-journal', {
      authors: [person('Öberg', 'Ö.')],
      year: 2015,
      title: 'Ob',
      containerTitle: 'Nordic Journal',
      issue: '4',
      pages: 'e12',
    }),
  },
  {
    text: 'Oakes, O. (2015). Oa. Nordic Journal.',
    fields: fields('article-journal', {
      authors: [person('Oakes', 'O.')],
      year: 2015,
      title: 'Oa',
      containerTitle: 'Nordic Journal',
    }),
  },
  {
    text: 'Hofmann, S. G., & Oh, D. (2010). The Effect of Mindfulness-Based Therapy on Anxiety and Depression: A Meta-Analytic Review. Journal of Consulting and Clinical Psychology, 78(2), 169–183. https://doi.org/10.1037/a0018555',
    fields: fields('article-journal', {
      authors: [person('Hofmann', 'S. G.'), person('Oh', 'D.')],
      year: 2010,
      title: 'The Effect of Mindfulness-Based Therapy on Anxiety and Depression: A Meta-Analytic Review',
      containerTitle: 'Journal of Consulting and Clinical Psychology',
      volume: '78',
      issue: '2',
      pages: '169–183',
      doi: '10.1037/a0018555',
    }),
    notes: [/looks like Title Case; APA uses sentence case/],
  },
  {
    // Curly quotes, a non-breaking space, "and" for "&", an em dash in the pages, no final period.
    text: 'O’Neil, R.\u00a0and Smith, J. (2020). The “good enough” therapist. Psychotherapy Research, 30(2), 100—110',
    fields: fields('article-journal', {
      authors: [person('O’Neil', 'R.'), person('Smith', 'J.')],
      year: 2020,
      title: 'The “good enough” therapist',
      containerTitle: 'Psychotherapy Research',
      volume: '30',
      issue: '2',
      pages: '100–110',
    }),
    notes: [/“and” before the last author/],
  },
  {
    text: "O'Neil, R. (2021). Parkinson's disease. J, 1.",
    fields: fields('article-journal', {
      authors: [person("O'Neil", 'R.')],
      year: 2021,
      title: "Parkinson's disease",
      containerTitle: 'J',
      volume: '1',
    }),
  },
  {
    // "D." may be an initial or the end of the title: the fields are read, but a person checks them.
    text: 'Lee, K. (2019). The role of vitamin D. Nutrition Reviews, 77(1), 1–10.',
    fields: fields('article-journal', {
      authors: [person('Lee', 'K.')],
      year: 2019,
      title: 'The role of vitamin D',
      containerTitle: 'Nutrition Reviews',
      volume: '77',
      issue: '1',
      pages: '1–10',
    }),
    sure: false,
    notes: [/Not sure where the title ends/],
  },
  {
    text: 'Smith, J. (2020). Sleep. 15(3), 12–20.',
    fields: fields('article-journal', {
      authors: [person('Smith', 'J.')],
      year: 2020,
      title: 'Sleep',
      volume: '15',
      issue: '3',
      pages: '12–20',
    }),
    sure: false,
    notes: [/Could not find the journal name/],
  },
  {
    text: 'See my earlier post about sleep for more.',
    fields: fields('article-journal', {}),
    sure: false,
    notes: [/Could not find the date/, /Could not find the authors, the title or the source/],
  },
]

function check(row: Row, parsed: ParsedReference) {
  const patterns = row.notes ?? []
  return {
    fields: parsed.fields,
    yearSuffix: parsed.yearSuffix,
    sure: parsed.sure,
    notesMatch: parsed.notes.length === patterns.length && patterns.every(p => parsed.notes.some(n => p.test(n))),
    original: parsed.original,
  }
}

function wanted(row: Row) {
  const original = row.text.trim().replace(/\s+/g, ' ')
  return { fields: row.fields, yearSuffix: row.suffix ?? null, sure: row.sure ?? true, notesMatch: true, original }
}

test.each(table.map(row => [row.text, row] as const))('reads %s', (_, row) => {
  const parsed = parseApaReference(row.text)
  expect(parsed.fields).toEqual(row.fields)
  expect(check(row, parsed), parsed.notes.join(' | ')).toEqual(wanted(row))
})

test(`reads all ${table.length} strings of the table`, () => {
  const right = table.filter(row => isDeepStrictEqual(check(row, parseApaReference(row.text)), wanted(row)))
  expect(right.length / table.length).toBe(1)
})

// The round trip: what the site prints, read back. The plain text cannot carry everything a Citation holds,
// so the fields are compared as the entry shows them:
// - given names: only initials are printed ("Irvin D." → "I. D.");
// - page ranges: printed with an en dash ("112-130" → "112–130");
// - a DOI typed as a link: printed as https://doi.org/…, read back bare; an invalid DOI is not printed at all,
//   so only the URL comes back;
// - a first edition is not printed (APA 7 names an edition only when it is not the first);
// - a title's own final period merges with the element's ("Letters." → "Letters");
// - a publisher or site name that is also the group author is not printed (§9.29);
// - a chapter without a book title prints as a book by its publisher;
// - 21 or more authors print as the first 19, ". . ." and the last: 20 names come back.
function asPrinted(source: Citation): Fields {
  const authors =
    source.authors.length > 20 ? [...source.authors.slice(0, 19), ...source.authors.slice(-1)] : source.authors
  const isAuthor = (name: string | null | undefined) => source.authors.some(author => author.literal === name)
  const doi = normalizeDoi(source.doi)
  return fields(source.type === 'chapter' && !source.containerTitle ? 'book' : source.type, {
    authors: authors.map(name =>
      name.literal ? { literal: name.literal } : { family: name.family, given: initials(name.given) },
    ),
    year: source.year ?? null,
    title: source.title.replace(/\.$/, ''),
    containerTitle: isAuthor(source.containerTitle) ? null : (source.containerTitle ?? null),
    volume: source.volume ?? null,
    issue: source.issue ?? null,
    pages: source.pages ? pageRange(source.pages) : null,
    edition: source.edition && editionLabel(source.edition) ? source.edition : null,
    publisher: isAuthor(source.publisher) ? null : (source.publisher ?? null),
    doi,
    url: doi ? null : (source.url ?? null),
  })
}

const formatterOmissions: Citation[] = [
  citation('many', {
    authors: numbered(21),
    year: 2018,
    title: 'Many authors',
    containerTitle: 'Big Science',
    volume: '1',
  }),
  citation('dsm5', {
    type: 'book',
    authors: [org('American Psychiatric Association')],
    year: 2013,
    title: 'Diagnostic and statistical manual of mental disorders',
    edition: '5',
    publisher: 'American Psychiatric Association',
    doi: '10.1176/appi.books.9780890425596',
  }),
  citation('who', {
    type: 'webpage',
    authors: [org('World Health Organization')],
    year: 2023,
    title: 'Depressive disorder (depression)',
    containerTitle: 'World Health Organization',
    url: 'https://www.who.int/news-room/fact-sheets/detail/depression',
  }),
  citation('first-edition', { type: 'book', title: 'Beginnings', edition: '1', publisher: 'Example Press' }),
  citation('revised', { type: 'book', title: 'Revisions', edition: 'Rev.', publisher: 'Example Press' }),
  // An article needs a volume (or pages) to read as one: see the test of a journal name alone, below.
  citation('initials', {
    authors: [person('Kim', 'Ji-yeon'), person('Rahman', 'SA')],
    title: 'Initials',
    containerTitle: 'J',
    volume: '1',
  }),
  citation('bad-doi', {
    title: 'Bad DOI',
    containerTitle: 'J',
    volume: '1',
    doi: 'javascript:alert(1)',
    url: 'https://example.org/x',
  }),
  citation('pasted-doi', {
    title: 'Pasted DOI',
    containerTitle: 'J',
    volume: '1',
    doi: 'https://doi.org/10.1097/ALN.0b013e3181ed09a2',
  }),
  citation('sici', {
    title: 'Old DOI',
    containerTitle: 'J',
    volume: '1',
    doi: '10.1002/(SICI)1097-4679(199911)55:11<1393::AID-JCLP7>3.0.CO;2-O',
  }),
]

const everyCase = [...readReferences(), ...extras, ...formatterOmissions]

test.each(everyCase.map(reference => [reference.id, reference] as const))(
  '%s, printed by the site, reads back as its fields',
  (_, reference) => {
    const parsed = parseApaReference(formatReferenceText(reference))
    expect(parsed.fields).toEqual(asPrinted(reference))
    expect(parsed.sure, parsed.notes.join(' | ')).toBe(true)
  },
)

// Plain text loses the italics that tell "Title. Name." apart: an italic journal name or a roman publisher.
test('an article printed with only its journal name reads as a book by that publisher, unless the name says Journal', () => {
  const article = (containerTitle: string) =>
    parseApaReference(formatReferenceText(citation('a', { title: 'A study', containerTitle }))).fields
  expect(article('Cureus')).toMatchObject({ type: 'book', publisher: 'Cureus', containerTitle: null })
  expect(article('Nordic Journal')).toMatchObject({ type: 'article-journal', containerTitle: 'Nordic Journal' })
  const withLink = citation('w', { title: 'A study', containerTitle: 'Cureus', url: 'https://example.org/a' })
  expect(parseApaReference(formatReferenceText(withLink)).fields).toMatchObject({
    type: 'webpage',
    containerTitle: 'Cureus',
  })
})

test('the year suffixes of a whole reference list read back as the list assigned them', () => {
  for (const entry of createBibliography(everyCase).entries) {
    const label = /\((?:\d{4}|n\.d\.-)([a-z])\)/.exec(entry.text)?.[1] ?? null
    expect(parseApaReference(entry.text).yearSuffix, entry.text).toBe(label)
  }
  expect(createBibliography(everyCase).entries.some(entry => /\(2021a\)/.test(entry.text))).toBe(true)
})

// Hostile or odd input: never a throw, never a hang (each well under a second), and never sure by accident.
function timed(text: string): { parsed: ParsedReference; ms: number } {
  const start = performance.now()
  const parsed = parseApaReference(text)
  return { parsed, ms: performance.now() - start }
}

test('an empty string is not sure and says so', () => {
  const { parsed } = timed('   ')
  expect(parsed).toEqual({
    fields: fields('article-journal', {}),
    yearSuffix: null,
    sure: false,
    notes: ['The reference is empty.'],
    original: '',
  })
  expect(parseApaReference(undefined as unknown as string).sure).toBe(false)
})

test('5,000-character strings, built to make a backtracking pattern hang, return quickly and unsure', () => {
  const entry = 'Domino, E. F., & Warner, D. S. (2010). Taming the ketamine tiger. Anesthesiology, 113(3), 678–684. '
  const hostile = [
    entry.repeat(60),
    'a'.repeat(5000),
    '('.repeat(5000),
    ', '.repeat(2500),
    '. '.repeat(2500),
    'A. '.repeat(1700),
    'Smith, J., '.repeat(460),
    `Smith, J. (2020). ${'x, 1(2), '.repeat(500)}`,
    `(2020). ${'Ab. '.repeat(1250)}`,
    `Smith, J. (2020). Title. ${'Retrieved '.repeat(500)}https://example.org`,
    `${'.'.repeat(5000)}x`,
  ]
  for (const text of hostile) {
    const { parsed, ms } = timed(text.slice(0, 5000))
    expect(parsed.sure, text.slice(0, 40)).toBe(false)
    expect(ms, text.slice(0, 40)).toBeLessThan(100)
  }
})

test('a string with only a URL keeps the URL and is not sure', () => {
  const { parsed } = timed('https://example.com/an-article')
  expect(parsed.fields).toEqual(fields('webpage', { url: 'https://example.com/an-article' }))
  expect(parsed.sure).toBe(false)
  expect(parsed.notes).toContain('Could not find the date in parentheses, such as “(2020).” or “(n.d.).”')
})

test('HTML tags are read through but make the reference unsure; the original keeps them', () => {
  const text =
    '<p><b>Domino, E. F., & Warner, D. S.</b> (2010). <i>Taming the ketamine tiger</i>. <i>Anesthesiology</i>, 113(3), 678–684.</p>'
  const { parsed } = timed(text)
  expect(parsed.fields).toEqual(
    fields('article-journal', {
      authors: [person('Domino', 'E. F.'), person('Warner', 'D. S.')],
      ...ketamineTiger,
      volume: '113',
      issue: '3',
      pages: '678–684',
    }),
  )
  expect(parsed).toMatchObject({ sure: false, original: text, notes: ['The text held HTML tags; they were removed.'] })
})
