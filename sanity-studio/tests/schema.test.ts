import { expect, test } from 'vitest'

import { setupStudio } from './helpers/studio'

// docs/content-model.md, field for field.
const CONTENT_MODEL: Record<string, string[]> = {
  post: [
    'title',
    'slug',
    'excerpt',
    'publishedAt',
    'updatedAt',
    'author',
    'topics',
    'reviewedBy',
    'lastReviewed',
    'sensitiveTopic',
    'mainImage',
    'body',
    'references',
    'seo',
    'previousSlugs',
  ],
  author: ['name', 'slug', 'credentials', 'role', 'shortBio', 'bio', 'image'],
  citation: [
    'type',
    'authors',
    'year',
    'title',
    'containerTitle',
    'volume',
    'issue',
    'pages',
    'edition',
    'publisher',
    'doi',
    'url',
    'originalText',
  ],
  redirect: ['from', 'to', 'permanent'],
  siteSettings: ['title', 'description', 'siteUrl', 'founder', 'intro', 'specialties', 'phone', 'email', 'address', 'disclaimer'],
  topic: ['title', 'slug', 'description'],
  service: ['title', 'slug', 'summary', 'order', 'body', 'relatedPosts'],
  page: ['title', 'slug', 'summary', 'updatedAt', 'body'],
  seo: ['title', 'description', 'image', 'noindex'],
  personName: ['family', 'given', 'literal'],
  link: ['href'],
  cite: ['citation', 'locator', 'narrative'],
}

interface Field {
  name: string
  type: { name: string; jsonType: string; to?: { name: string }[]; of?: { name: string }[]; fields?: Field[] }
}

function fieldsOf(typeName: string, schema: Awaited<ReturnType<typeof setupStudio>>['workspace']['schema']) {
  return ((schema.get(typeName) as unknown as { fields: Field[] }).fields ?? []).map(field => field.name)
}

interface ProblemGroup {
  path: { name?: string; type?: string }[]
  problems: { severity: string; message: string }[]
}

// What `sanity schema validate` reports; a schema with errors makes the Studio throw a SchemaError carrying it.
async function schemaProblems(): Promise<string[]> {
  const groups = await setupStudio().then(
    ({ workspace }) => (workspace.schema as unknown as { _validation?: ProblemGroup[] })._validation ?? [],
    (error: { schema?: { _validation?: ProblemGroup[] } }) => {
      if (!error.schema) throw error
      return error.schema._validation ?? []
    },
  )
  return groups.flatMap(group =>
    group.problems.map(p => `${p.severity} at ${group.path.map(s => s.name ?? s.type).join('.')}: ${p.message}`),
  )
}

test('the schema compiles with no errors and no warnings', async () => {
  expect(await schemaProblems()).toEqual([])
})

test('the Studio defines the types of the content model, field for field', async () => {
  const { workspace } = await setupStudio()
  for (const [typeName, fields] of Object.entries(CONTENT_MODEL)) {
    expect(fieldsOf(typeName, workspace.schema).sort(), typeName).toEqual([...fields].sort())
  }
  expect(workspace.schema.get('citation')?.title).toBe('Reference')
})

test('references point where the content model says', async () => {
  const { workspace } = await setupStudio()
  const field = (type: string, name: string) =>
    (workspace.schema.get(type) as unknown as { fields: Field[] }).fields.find(f => f.name === name)!.type
  expect(field('post', 'author').to?.map(t => t.name)).toEqual(['author'])
  expect(field('post', 'references').of?.flatMap(item => (item as Field['type']).to?.map(t => t.name))).toEqual([
    'citation',
  ])
  expect(field('cite', 'citation').to?.map(t => t.name)).toEqual(['citation'])
  expect(field('citation', 'authors').of?.map(t => t.name)).toEqual(['personName'])
  expect(field('post', 'seo').name).toBe('seo')
  expect(field('post', 'previousSlugs').of?.map(t => t.name)).toEqual(['string'])
  for (const [type, name] of [
    ['post', 'mainImage'],
    ['author', 'image'],
    ['seo', 'image'],
  ] as const) {
    expect(field(type, name).jsonType).toBe('object')
    expect(field(type, name).fields?.map(f => f.name)).toContain('alt')
  }
})

test('rich text offers exactly the styles, lists, marks and blocks the site renders', async () => {
  const { workspace } = await setupStudio()
  const blockContent = workspace.schema.get('blockContent') as unknown as {
    of: { name: string; fields?: Field[]; type?: { name: string } }[]
  }
  const blockType = blockContent.of.find(member => member.name === 'block') as unknown as {
    fields: {
      name: string
      type: {
        of?: { name: string; options?: { list?: { value: string }[] } }[]
        options?: { list?: { value: string }[] }
      }
    }[]
  }
  const fieldNamed = (name: string) => blockType.fields.find(f => f.name === name)!.type
  expect(fieldNamed('style').options?.list?.map(s => s.value)).toEqual(['normal', 'h2', 'h3', 'h4', 'blockquote'])
  expect(fieldNamed('listItem').options?.list?.map(s => s.value)).toEqual(['bullet', 'number'])
  const markDefs = fieldNamed('markDefs').of?.map(t => t.name)
  expect(markDefs).toEqual(['link', 'cite'])
  const image = blockContent.of.find(member => member.name === 'image')!
  expect(image.fields?.map(f => f.name)).toEqual(expect.arrayContaining(['alt', 'caption']))
  expect(blockContent.of.map(member => member.name).sort()).toEqual(['block', 'image'])
})
