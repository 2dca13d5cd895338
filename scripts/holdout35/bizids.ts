// The four businesses' own numbers: the hard negatives of the corpus.
import { imei, vin } from "./ids.ts"
import { type Rng, fillDigits, int, pick } from "./rng.ts"

export type Biz = "dental" | "car" | "removals" | "repair"
export const BIZ: Biz[] = ["dental", "car", "removals", "repair"]

/** noun index (into Lang.nouns) or a fixed noun, negative kind, and a value maker. */
interface Maker { noun: number | string; kind: string; make: (r: Rng, region: string) => string }

const L = (n: number) => String.fromCharCode(65 + n)
const letters = (r: Rng, n: number) => Array.from({ length: n }, () => L(int(r, 0, 25))).join("")
const PLATES: Record<string, string[]> = {
  GB: ["SK@@ AAA", "CA@@ AAA"], KE: ["KDA @@@A", "KCB @@@X"], NG: ["LSD-@@@AA", "ABJ-@@@KT"], MY: ["WXY @@@@", "JHB @@@"], SG: ["SBA @@@@ K", "SKL @@@ E"],
  JM: ["@@@@ HK", "@@@@ FR"], TT: ["PDA @@@@", "PCS @@@@"], HK: ["AB @@@@", "TX @@@"], AU: ["@@@ AAA", "@@@ QLD"], ZA: ["CA @@@-@@@", "GP @@@ AA"],
  MT: ["AAA @@@", "BGF @@@"], PK: ["LEA-@@@@", "ICT-@@@"], NL: ["GZ-@@@-B", "@@-AAA-@"], BE: ["1-AAA-@@@", "2-ABC-@@@"], PL: ["WA @@@@@", "KR @@@AA"],
  CZ: ["@A@ @@@@", "@AB @@@@"], RO: ["B @@@ AAA", "CJ @@ AAA"], HR: ["ZG @@@@-AA", "ST @@@-A"], RS: ["BG @@@-AA", "NS @@@-AB"], GR: ["IKY-@@@@", "ZHN-@@@@"],
  TR: ["@@ AAA @@@", "@@ AA @@@@"], FI: ["AAA-@@@", "KLM-@@"], SE: ["AAA @@A", "ABC @@@"], UA: ["AA @@@@ BC", "KA @@@@ AA"], AT: ["W-@@@@@A", "G-@@@AB"],
  FR: ["AA-@@@-AA", "FX-@@@-KL"], CL: ["AA AA @@", "BB CL @@"], CO: ["AAA @@@", "BOG @@A"], BR: ["AAA@A@@", "RIO@B@@"], IT: ["AA @@@ AA", "FG @@@ KL"],
}
/** A number plate of the region's usual shape (A a letter, @ a digit). */
export const plate = (r: Rng, region: string) => pick(r, PLATES[region] ?? PLATES.GB!).replace(/A/g, () => L(int(r, 0, 25))).replace(/@/g, () => String(int(r, 0, 9)))

const pad = (n: number, w: number) => String(n).padStart(w, "0")
export const MAKERS: Record<Biz, Maker[]> = {
  dental: [
    { noun: 0, kind: "patient-number", make: (r) => pick(r, [`PT-${fillDigits(r, "######")}`, `P${fillDigits(r, "######")}`]) },
    { noun: 1, kind: "treatment-plan", make: (r) => `TP-${int(r, 24, 26)}-${fillDigits(r, "####")}` },
    { noun: 2, kind: "tooth", make: (r) => (r() < 0.5 ? `${pick(r, ["UR", "UL", "LR", "LL"])}${int(r, 1, 8)}` : `${int(r, 1, 4)}${int(r, 1, 8)}`) },
    { noun: 3, kind: "lab-order", make: (r) => pick(r, [`LAB/${fillDigits(r, "#####")}`, `${fillDigits(r, "#####")}-L`]) },
    { noun: 4, kind: "appointment-slot", make: (r) => `${pad(int(r, 8, 17), 2)}:${pick(r, ["00", "20", "40"])}` },
  ],
  car: [
    { noun: 5, kind: "rental-agreement", make: (r) => pick(r, [`RA${fillDigits(r, "#######")}`, `RA-${fillDigits(r, "###-####")}`]) },
    { noun: 6, kind: "plate", make: plate },
    { noun: "VIN", kind: "vin", make: (r) => vin(r) },
    { noun: 7, kind: "breakdown-job", make: (r) => pick(r, [`BJ ${fillDigits(r, "######")}`, `RSA-${fillDigits(r, "#####")}`]) },
    { noun: 8, kind: "mileage", make: (r) => `${int(r, 3, 189)} ${fillDigits(r, "###")} km` },
    { noun: 9, kind: "fuel-level", make: (r) => pick(r, ["1/4", "1/2", "3/4", "7/8", `${int(r, 1, 9)}0%`]) },
  ],
  removals: [
    { noun: 10, kind: "storage-unit", make: (r) => `${pick(r, ["A", "B", "C", "D"])}-${int(r, 100, 499)}` },
    { noun: 11, kind: "seal-number", make: (r) => pick(r, [`SL${fillDigits(r, "#######")}`, `${fillDigits(r, "#######")}`]) },
    { noun: 12, kind: "inventory-id", make: (r) => `INV-${int(r, 10, 99)}-${fillDigits(r, "####")}` },
    { noun: 13, kind: "crate-count", make: (r) => String(int(r, 4, 60)) },
    { noun: 14, kind: "volume", make: (r) => (r() < 0.5 ? `${int(r, 8, 60)}.${int(r, 0, 9)} m3` : `${int(r, 3, 22)}00 cu ft`) },
    { noun: 15, kind: "quote-number", make: (r) => pick(r, [fillDigits(r, "0### ### ###"), `Q-${fillDigits(r, "26-####")}`]) },
  ],
  repair: [
    { noun: "IMEI", kind: "imei", make: (r) => imei(r) },
    { noun: 16, kind: "device-serial", make: (r) => pick(r, [letters(r, 1) + fillDigits(r, "#") + letters(r, 4) + fillDigits(r, "#") + letters(r, 5), `R58${letters(r, 1)}${fillDigits(r, "##")}${letters(r, 5)}`]) },
    { noun: 17, kind: "repair-ticket", make: (r) => pick(r, [`RT-${fillDigits(r, "#####")}`, `#${fillDigits(r, "#####")}`]) },
    { noun: 18, kind: "part-number", make: (r) => pick(r, [`661-${fillDigits(r, "#####")}`, `GH82-${fillDigits(r, "#####")}A`]) },
    { noun: 19, kind: "passcode", make: (r) => fillDigits(r, pick(r, ["####", "######"])) },
  ],
}
