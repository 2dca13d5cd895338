import type { Kit } from './kit'
import type { Doc } from './render'

export type Genre = 'sms' | 'email' | 'complaint' | 'summary' | 'note' | 'chat' | 'csv' | 'json'
export interface Template { genre: Genre; domain: 'vet' | 'funeral' | 'energy'; write: (d: Doc, k: Kit) => void }
export const tpl = (genre: Genre, domain: Template['domain'], write: Template['write']): Template => ({ genre, domain, write })
