// The four businesses (120 texts each), their brands and desks, and their own numbers (the hard negatives). A number of
// digits and separators only (six digits or more) is drawn again until it is a valid phone nowhere in the corpus, and
// (twelve digits or more) until it fails Luhn.
import type { BizKey } from "./lang-type.ts"
import { digitsId } from "./digits-id.ts"
import type { Rng } from "./rng.ts"

export interface Biz {
  key: BizKey
  brand: string
  domain: string
  /** The kinds behind the {x}, {y} and {z} slots of the language packs. */
  x: string
  y: string
  z: string
  /** Further numbers, written under a key in tools' records and in notices. */
  more: string[]
  /** Whether its customers pay by card, and whether money goes to their bank account. */
  card: boolean
  payout: boolean
}

export const BIZ: Biz[] = [
  { key: "auction", brand: "Lotline Auctions", domain: "lotline-auctions.example", x: "lot-number", y: "buyer-number", z: "paddle-number", more: ["consignment-ref", "lot-number"], card: true, payout: true },
  { key: "blood", brand: "Redwell Donor Service", domain: "redwell-donors.example", x: "donation-number", y: "donor-number", z: "blood-group", more: ["session-code", "appointment-ref"], card: false, payout: true },
  { key: "taxi", brand: "Northway Cabs", domain: "northway-cabs.example", x: "booking-ref", y: "trip-id", z: "flight-number", more: ["driver-badge", "fleet-number"], card: true, payout: false },
  { key: "laundry", brand: "Pressgood Laundry", domain: "pressgood.example", x: "order-number", y: "garment-tag", z: "locker-pin", more: ["rack-slot", "order-number"], card: true, payout: true },
]

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
const code = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...ALNUM])).join("")
const mmdd = (r: Rng) => String(r.int(1, 12)).padStart(2, "0") + String(r.int(1, 28)).padStart(2, "0")
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

const FLIGHTS = ["LH", "FR", "KL", "SK", "LO", "W6", "AC", "AM", "AR", "EI", "AI", "BA", "LX", "OS", "BT", "PS", "FB", "DY", "W4", "U2"]

export const NUMBERS: Record<string, (r: Rng) => string> = {
  "lot-number": (r) => r.pick([`L26-${mmdd(r)}-${r.int(1, 480)}`, `L${mmdd(r)}-${r.int(1, 480)}${r.pick(["A", "B", ""])}`]),
  "buyer-number": (r) => digitsId(r, () => {
    const d = r.pick(["1", "2", "5", "6", "8"]) + r.digits(10)
    return r.pick([d, `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`, `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`])
  }),
  "paddle-number": (r) => r.pick([`PDL-${r.int(100, 999)}`, `P${r.int(1000, 4999)}`]),
  "consignment-ref": (r) => r.pick([`CNS/26/${r.digits(5)}`, `CN-26${r.int(10, 52)}-${r.digits(3)}`]),
  "donation-number": (r) => {
    const [f, s] = [r.pick([...UP.slice(0, 23)]) + r.digits(4), r.digits(6)]
    return r.chance(0.6) ? `${f} 26 ${s}` : `${f}26${s}`
  },
  "donor-number": (r) => digitsId(r, () => {
    const d = r.pick(["1", "2", "6", "8"]) + r.digits(11)
    return r.chance(0.6) ? `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}` : d
  }),
  "blood-group": (r) => `${r.pick(["O", "A", "B", "AB"])} Rh${r.pick(["+", "-"])}`,
  "session-code": (r) => `SES-${r.pick(["NTH", "CEN", "WST", "EST", "MOB"])}-${mmdd(r)}`,
  "appointment-ref": (r) => `APT-${code(r, 6)}`,
  "booking-ref": (r) => r.pick([`NWC-${code(r, 6)}`, `B-26${mmdd(r)}-${r.digits(3)}`]),
  "trip-id": (r) => digitsId(r, () => "26" + mmdd(r) + r.digits(7)),
  "flight-number": (r) => `${r.pick(FLIGHTS)}${r.pick([" ", ""])}${r.int(10, 4999)}`,
  "driver-badge": (r) => r.pick([`BDG ${r.digits(5)}`, `PHV-${r.digits(6)}`]),
  "fleet-number": (r) => r.pick([`CAB-${r.int(100, 899)}`, `V${r.int(100, 899)}`]),
  "order-number": (r) => `PG-26${mmdd(r)}-${r.digits(2)}`,
  "garment-tag": (r) => digitsId(r, () => "0" + r.digits(7)),
  "locker-pin": (r) => digitsId(r, () => r.pick(["0", "1"]) + r.digits(5)),
  "rack-slot": (r) => `R${r.int(1, 40)}-${r.pick(["A", "B", "C", "D"])}`,
}

/** Keys the businesses' tools write their numbers under. */
export const NUMBER_KEY: Record<string, string> = {
  "lot-number": "lot", "buyer-number": "buyer_no", "paddle-number": "paddle", "consignment-ref": "consignment",
  "donation-number": "din", "donor-number": "donor_id", "blood-group": "abo_rh", "session-code": "session", "appointment-ref": "appointment",
  "booking-ref": "booking", "trip-id": "trip_id", "flight-number": "flight", "driver-badge": "driver_badge", "fleet-number": "vehicle",
  "order-number": "order", "garment-tag": "tag", "locker-pin": "locker_pin", "rack-slot": "rack",
}
