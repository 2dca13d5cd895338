// The phrase pack for a region: its language's pack with regional overrides.
import { EN } from "./locales-en.ts"
import { DE, FR, FR_CH } from "./locales-fr-de.ts"
import { DA, FI, NB } from "./locales-north.ts"
import { ES, ES_AR, PT } from "./locales-romance.ts"
import { ET, HR, SK, UK } from "./locales-east.ts"
import type { Pack } from "./pack.ts"
import type { Lang, Region } from "./regions.ts"

const BY_LANG: Record<Lang, Pack> = { en: EN, es: ES, pt: PT, fr: FR, de: DE, da: DA, nb: NB, fi: FI, et: ET, sk: SK, uk: UK, hr: HR }

const EN_REGIONAL: Record<string, Partial<Pack>> = {
  TX: { greet: ["Hi {g1},", "Howdy {g1},", "Dear {t1} {s1},", "Hey {g1},"], callMe: ["Call me at {ph1} if anything changes.", "My cell is {ph1}.", "You can reach me at {ph1}.", "Text me at {ph1}."], sign: ["Thanks,", "Regards,", "Thank you,"] },
  FL: { greet: ["Hi {g1},", "Hello {g1},", "Dear {t1} {s1},", "Hey {g1},"], callMe: ["Call me at {ph1} if anything changes.", "My cell is {ph1}.", "You can reach me at {ph1}."], sign: ["Thanks,", "Regards,", "Thank you,"] },
  GH: { greet: ["Hello {g1},", "Good morning {g1},", "Dear {t1} {s1},"], callMe: ["Please call me on {ph1}.", "My number is {ph1}, you can also WhatsApp.", "Kindly reach me on {ph1}."], sign: ["Thank you,", "Regards,", "God bless,"] },
  HK: { greet: ["Hi {g1},", "Dear {t1} {s1},", "Hello {g1},"], callMe: ["Please call me at {ph1}.", "My mobile is {ph1}, WhatsApp also OK.", "Contact me on {ph1}."], sign: ["Thanks,", "Regards,", "Thank you,"] },
  BB: { greet: ["Morning {g1},", "Hi {g1},", "Dear {t1} {s1},"], callMe: ["Call me on {ph1}.", "My cell is {ph1}.", "Reach me on {ph1} anytime."], sign: ["Thanks,", "Regards,", "Blessings,"] },
  NZ: { greet: ["Kia ora {g1},", "Hi {g1},", "Morena {g1},"], callMe: ["Flick me a call on {ph1}.", "My mobile is {ph1}.", "Give me a bell on {ph1}."], sign: ["Cheers,", "Ngā mihi,", "Thanks heaps,"] },
}

export function packFor(r: Region): Pack {
  const base = BY_LANG[r.lang]
  const over = r.lang === "en" ? EN_REGIONAL[r.id] : r.id === "AR" ? ES_AR : r.id === "CHF" ? FR_CH : undefined
  return over ? { ...base, ...over } : base
}
