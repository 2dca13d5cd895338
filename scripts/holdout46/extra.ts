// Numbers said aloud (a voicemail's or a transcript's phone) and the domestic bank accounts of the countries
// without IBANs (India, Canada, the Philippines, New Zealand, the US, Mexico, Argentina).
import type { Piece } from "./draft.ts"
import { looksLikePii } from "./numbers.ts"
import type { Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"
import type { Scene } from "./scene.ts"

/** The number in its national form, digit by digit in the language's words, its groups paused. */
export function saidPhone(s: Scene, ph: Phone): Piece {
  const r = s.r
  const words = s.W.digits.split(" ")
  const english = s.loc.lang === "en"
  const oh = english && r.chance(0.6)
  const doubles = english && r.chance(0.5)
  const groups = ph.num.formatNational().replace(/[()]/g, "").split(/[\s-]+/).filter(Boolean)
  const sep = r.pick([", ", " ", " ... ", ", "])
  const said = groups.map((g) => {
    const out: string[] = []
    for (let i = 0; i < g.length; i++) {
      const d = Number(g[i])
      if (doubles && g[i] === g[i + 1] && g[i] !== g[i + 2]) {
        out.push(`double ${d === 0 && oh ? "oh" : words[d]}`)
        i++
      } else out.push(d === 0 && oh ? "oh" : words[d]!)
    }
    return out.join(" ")
  })
  return { text: said.join(sep), type: "PHONE" }
}

const w = (d: string, ws: number[]) => [...d].reduce((a, c, i) => a + Number(c) * ws[i % ws.length]!, 0)

const ACCOUNTS: Record<string, (r: Rng) => string> = {
  IN: (r) => r.pick(["50100", "00021", "91202"]) + r.digits(9),
  CA: (r) => `${r.digits(5)}-${r.pick(["001", "002", "003", "004", "010"])}-${r.digits(7)}`,
  PH: (r) => `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`,
  NZ: (r) => `${r.pick(["12", "01", "02", "06", "38"])}-${r.digits(4)}-0${r.digits(6)}-${r.pick(["00", "01", "02"])}`,
  US: (r) => r.digits(4 + r.int(4)) + r.digits(6),
  MX: (r) => {
    const body = r.pick(["002", "012", "014", "072"]) + r.digits(14)
    return body + String((10 - (w(body, [3, 7, 1]) % 10)) % 10)
  },
  AR: (r) => {
    const b1 = r.pick(["007", "011", "017", "285"]) + r.digits(4)
    const b2 = r.digits(13)
    const c1 = (10 - (w(b1, [7, 1, 3, 9]) % 10)) % 10
    const c2 = (10 - (w(b2, [3, 9, 7, 1]) % 10)) % 10
    return `${b1}${c1}${b2}${c2}`
  },
}

/** A domestic account number where the country has no IBAN: a labeled negative. */
export function bankAccount(r: Rng, cc: string): Piece {
  for (;;) {
    const v = ACCOUNTS[cc]!(r)
    if (!looksLikePii(v)) return { text: v, kind: "bank-account" }
  }
}
