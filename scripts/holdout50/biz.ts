// The four businesses of holdout50 and their own numbers (hard negatives). A number of digits and separators only
// (six digits or more) is drawn again until libphonenumber-js/max calls it invalid in every country of the corpus, as
// written and as bare digits, and (twelve digits or more) until it fails Luhn.
import { ALL_COUNTRIES as COUNTRIES } from "./locales.ts"
import type { BizKey } from "./pack.ts"
import type { Rng } from "./rng.ts"
import { safeDigits } from "./values.ts"

export interface Biz {
  key: BizKey
  brand: string
  domain: string
  roles: string[]
  /** Its numbers by negative kind; the first two of each are drawn twice as often. */
  nums: Record<string, (r: Rng) => string>
  /** An app or service name in logs and URLs. */
  svc: string
}

const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
const mmdd = (r: Rng) => `${String(1 + r.int(12)).padStart(2, "0")}${String(1 + r.int(28)).padStart(2, "0")}`
const ltr = (r: Rng) => r.pick([...LETTERS])

/** Digits only (grouped as given, or compact), drawn again until no phone and no Luhn pass anywhere in the corpus. */
function digitsOnly(r: Rng, prefix: string, groups: number[]): string {
  const len = groups.reduce((a, b) => a + b, 0)
  for (;;) {
    const d = prefix + r.digits(len - prefix.length)
    let at = 0
    const grouped = groups.map((n) => d.slice(at, (at += n))).join(" ")
    const v = r.chance(0.55) ? grouped : d
    if (safeDigits(v, COUNTRIES) && safeDigits(grouped, COUNTRIES) && safeDigits(d, COUNTRIES)) return v
  }
}

export const BIZ: Biz[] = [
  {
    key: "tattoo",
    brand: "Black Lotus Tattoo & Piercing",
    domain: "blacklotus-tattoo.com",
    roles: ["bookings", "studio"],
    svc: "lotus-booking",
    nums: {
      "session-ref": (r) => `BL-26${mmdd(r)}-${1 + r.int(9)}`,
      "consent-id": (r) => digitsOnly(r, "69", [3, 3, 4]),
      "design-code": (r) => `DSN-${r.digits(4)}${ltr(r)}`,
      "ink-batch": (r) => `INK-${r.digits(4)}-${r.digits(2)}`,
    },
  },
  {
    key: "dive",
    brand: "Bluewater Reef Divers",
    domain: "bluewater-divers.com",
    roles: ["trips", "divedesk"],
    svc: "reef-trips",
    nums: {
      "trip-booking": (r) => `BWR-26-${r.digits(4)}`,
      "cert-number": (r) => digitsOnly(r, "30", [4, 4, 4]),
      "tank-id": (r) => `TK-${r.digits(4)}`,
      "gear-rental": (r) => `GR-${r.digits(4)}-${ltr(r)}`,
    },
  },
  {
    key: "translate",
    brand: "Verbatim Sworn Translations",
    domain: "verbatim-translations.com",
    roles: ["orders", "certify"],
    svc: "verbatim-orders",
    nums: {
      "job-number": (r) => `VST-26${r.digits(2)}-${r.digits(3)}`,
      "apostille-number": (r) => digitsOnly(r, "58", [3, 4, 4]),
      "sworn-seal": (r) => `SS-${r.digits(3)}-${ltr(r)}`,
      "quote-ref": (r) => `Q-${r.digits(4)}-VT`,
    },
  },
  {
    key: "cake",
    brand: "Sugarloaf Cake Studio",
    domain: "sugarloaf-cakes.com",
    roles: ["orders", "hello"],
    svc: "sugarloaf-orders",
    nums: {
      "cake-order": (r) => `SL-26-${r.digits(4)}`,
      "loyalty-card": (r) => digitsOnly(r, "77", [4, 4, 4, 4]),
      "allergen-sheet": (r) => `ALG-${r.digits(4)}-${ltr(r)}`,
      "box-label": (r) => `BX-${r.digits(3)}`,
    },
  },
]

export function bizNumber(r: Rng, biz: Biz, kind?: string): [string, string] {
  const kinds = Object.keys(biz.nums)
  const k = kind ?? r.pick([...kinds.slice(0, 2), ...kinds])
  return [k, biz.nums[k]!(r)]
}
