import type { AuthorSummary } from './content/types.ts'

/** "Elizabeth Miller, Ph.D., LPC-S, LMFT": the name with credentials, as every byline prints it. */
export function formatAuthorName(author: Pick<AuthorSummary, 'name' | 'credentials'>): string {
  return author.credentials ? `${author.name}, ${author.credentials}` : author.name
}
