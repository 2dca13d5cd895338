// Every language's pack by language code, with its further templates.
import { DE } from "./de.ts"
import { EN } from "./en.ts"
import { MORE_EN } from "./en-more.ts"
import { ES } from "./es.ts"
import { FR } from "./fr.ts"
import { IT } from "./it.ts"
import { MORE_DE, MORE_FR } from "./more-a.ts"
import { MORE_ES, MORE_IT } from "./more-b.ts"
import { MORE_NL, MORE_PT } from "./more-c.ts"
import { MORE_PL, MORE_SV } from "./more-d.ts"
import { NL } from "./nl.ts"
import type { Kind, Pack } from "./pack.ts"
import { PL } from "./pl.ts"
import { PT } from "./pt.ts"
import { SV } from "./sv.ts"

export const PACKS: Record<string, Pack> = {
  en: { ...EN, more: MORE_EN }, de: { ...DE, more: MORE_DE }, fr: { ...FR, more: MORE_FR }, es: { ...ES, more: MORE_ES }, it: { ...IT, more: MORE_IT },
  nl: { ...NL, more: MORE_NL }, pt: { ...PT, more: MORE_PT }, pl: { ...PL, more: MORE_PL }, sv: { ...SV, more: MORE_SV },
}

/** The templates a text of this kind is drawn from. */
export const templatesOf = (p: Pack, kind: Kind, bare: boolean) => (bare ? p.bare[kind] : [...p.kinds[kind], ...(p.more?.[kind] ?? [])])
