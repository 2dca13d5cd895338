// The language packs by language code.
import { HU, SK, SL } from "./central.ts"
import { EN } from "./en.ts"
import { FI, NB } from "./nordic.ts"
import type { Pack } from "./pack.ts"
import { EL, HR, RO } from "./southeast.ts"
import { DE, FR, PT } from "./west.ts"

export const PACKS: Record<string, Pack> = { en: EN, nb: NB, fi: FI, hu: HU, ro: RO, el: EL, hr: HR, sk: SK, sl: SL, de: DE, fr: FR, pt: PT }
