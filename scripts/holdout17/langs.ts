// Which templates, name origins, phone regions and IBAN countries each language draws from.
import { en, type Template } from "./templates/en.ts"
import { nl } from "./templates/nl.ts"
import { da, no, sv } from "./templates/nordic.ts"
import { hr, hu, ro } from "./templates/east.ts"

export interface Lang {
  lang: string
  count: number
  templates: Template[]
  origins: string[]
  regions: string[]
  ibans: string[]
}

export const LANGS: Lang[] = [
  { lang: "en", count: 256, templates: en, origins: ["ie", "ie", "au", "au", "mt", "ca", "ca", "in", "ng", "other"], regions: ["IE", "IE", "AU", "AU", "MT", "CA", "GB", "US", "IN", "NG", "AE", "SG", "ZA", "PH"], ibans: ["IE", "IE", "MT", "GB", "NL", "DE"] },
  { lang: "nl", count: 36, templates: nl, origins: ["nl", "nl", "be", "be", "other", "ng"], regions: ["NL", "NL", "BE", "BE", "DE", "GB", "PL"], ibans: ["NL", "NL", "BE", "BE", "DE"] },
  { lang: "sv", count: 36, templates: sv, origins: ["sv", "sv", "sv", "other"], regions: ["SE", "SE", "SE", "NO", "DK", "PL"], ibans: ["SE", "SE", "DK"] },
  { lang: "da", count: 36, templates: da, origins: ["da", "da", "da", "other"], regions: ["DK", "DK", "DK", "SE", "DE"], ibans: ["DK", "DK", "SE"] },
  { lang: "no", count: 36, templates: no, origins: ["no", "no", "no", "other"], regions: ["NO", "NO", "NO", "SE", "GB"], ibans: ["NO", "NO", "DK"] },
  { lang: "ro", count: 36, templates: ro, origins: ["ro", "ro", "ro", "other"], regions: ["RO", "RO", "RO", "HU", "DE"], ibans: ["RO", "RO", "RO", "HU"] },
  { lang: "hu", count: 36, templates: hu, origins: ["hu", "hu", "hu", "other"], regions: ["HU", "HU", "HU", "RO", "HR"], ibans: ["HU", "HU", "HU", "HR"] },
  { lang: "hr", count: 36, templates: hr, origins: ["hr", "hr", "hr", "other"], regions: ["HR", "HR", "HR", "HU", "DE"], ibans: ["HR", "HR", "HR", "DE"] },
]
