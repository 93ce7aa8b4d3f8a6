import { citationFileLoader } from '~/lib/outputs/citation-files.server'

export const loader = citationFileLoader('references', 'json')
