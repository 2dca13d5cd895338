// The four businesses, their own numbers (hard negatives) and the name-like words they use as ordinary words.
import type { Rng } from "./rng.ts"
import { luhnOk, safeDigits } from "./values.ts"

export const DOMAINS = ["hospital", "phoneshop", "pool", "wedding"] as const
export type Domain = (typeof DOMAINS)[number]

const L = "ABCDEFGHJKLMNPRSTUVWXZ"
const up = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...L])).join("")

function imei(r: Rng): string {
  const body = r.pick(["35", "86", "01", "49"]) + r.digits(12)
  return body + [...Array(10).keys()].find((k) => luhnOk(body + k))!
}

/** [kind, label before it, value] drawn for one domain. */
export const NUMBERS: Record<Domain, Array<(r: Rng) => [string, string, string]>> = {
  hospital: [
    (r) => ["hospital-number", "MRN", safeDigits(r, () => `${r.pick(["H", "RX", "MRN-"])}${r.digits(7)}`)],
    (r) => ["ward", "→", `Ward ${1 + r.int(40)}${r.pick(["", "A", "B", "C"])}`],
    (r) => ["bay", "📍", `Bay ${r.pick(["A", "B", "C", "D"])}-${1 + r.int(60)}`],
    (r) => ["parking-permit", "permit", `PP-26-${r.digits(5)}`],
  ],
  phoneshop: [
    (r) => ["imei", "IMEI", imei(r)],
    (r) => ["phone-model", "model", r.pick(["SM-S921B", "SM-A546B", "A2849", "A3090", "CPH2581", "XT2343-2", "M2101K6G", "GP4BC"])],
    (r) => ["repair-ticket", "ticket", `RPR-26${r.digits(4)}`],
    (r) => ["trade-in-quote", "quote", `TQ-${r.digits(4)}-${up(r, 1)}`],
  ],
  pool: [
    (r) => ["locker", "locker", `L-${100 + r.int(300)}`],
    (r) => ["locker-pin", "PIN", r.digits(4)],
    (r) => ["membership-barcode", "card", `LC${r.digits(3)}${up(r, 2)}${r.digits(5)}`],
    (r) => ["lane", "→", `Lane ${1 + r.int(8)}`],
  ],
  wedding: [
    (r) => ["print-order", "order", `PRN-${r.digits(5)}`],
    (r) => ["photo-file", "file", `${r.pick(["IMG_", "DSC_", "_MG_", "DSCF"])}${r.digits(4)}.${r.pick(["JPG", "NEF", "CR3", "jpg", "ARW"])}`],
    (r) => ["image-size", "size", r.pick(["6000x4000", "4000x6000", "8256x5504", "3000x2000", "5472x3648", "1080x1350"])],
    (r) => ["print-order", "#", `WP/26/${r.digits(4)}`],
  ],
}

/** Name-like words as the business uses them: "{}" is the word. English texts get a phrase, others a product name. */
export const NAME_WORDS: Record<Domain, Array<[string, string]>> = {
  hospital: [["Grace", "the {} Wing entrance"], ["Victoria", "{} car park"], ["Florence", "the {} Suite"], ["Hope", "{} Ward café"], ["Robin", "{} minibus"], ["Dawn", "the {} shift"], ["Faith", "{} chapel"], ["Will", "you {} need a permit"], ["Bill", "the parking {}"], ["Frank", "{} about the cost"]],
  phoneshop: [["Crystal", "{} Blue case"], ["Sunny", "{} Yellow colour"], ["Pearl", "{} White finish"], ["Amber", "the {} warning light"], ["Mark", "{} on the screen"], ["Angel", "{} Hair cable"], ["Honey", "{} Gold model"], ["Jack", "headphone {}"], ["May", "it {} need a new battery"], ["Iris", "{} scanner"]],
  pool: [["Summer", "{} timetable"], ["Autumn", "{} term"], ["Holly", "the {} pool"], ["Ruby", "{} changing room"], ["Joy", "the {} of swimming"], ["Rose", "{} lane"], ["Jack", "a {} knife dive"], ["May", "in {}"], ["Dawn", "{} swim"], ["Paris", "the {} slide"]],
  wedding: [["Pearl", "{} lustre finish"], ["Crystal", "{} archive paper"], ["Ruby", "{} anniversary album"], ["Amber", "{} tone filter"], ["Iris", "{} vignette"], ["Honey", "{} frame"], ["Paris", "the {} collection"], ["Angel", "{} wings backdrop"], ["Victoria", "{} album"], ["Joy", "pure {}"]],
}
