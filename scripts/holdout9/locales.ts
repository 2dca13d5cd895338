// Per-language formats of dates, amounts, distances and postcodes, and the
// regions whose phone numbers a text of that language carries.
import type { Rng } from "./rng"

export interface Locale {
  lang: string
  region: string
  date: (r: Rng) => string
  amount: (r: Rng) => string
  distance: (r: Rng) => string
  postcode: (r: Rng) => string
  road: (r: Rng) => string
  h24: boolean
  ibans: string[]
  latLon: [number, number]
}

const d = (r: Rng) => ({ day: r.int(1, 28), mon: r.int(1, 12), year: r.pick([2025, 2026]) })
const p2 = (n: number) => String(n).padStart(2, "0")
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
const thou = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const money = (r: Rng, sep: string, dec: string) => `${thou(r.int(12, 4800), sep)}${dec}${p2(r.int(0, 99))}`

const en = (region: string, cur: string, ibans: string[], latLon: [number, number]): Locale => ({
  lang: "en",
  region,
  h24: region !== "US",
  ibans,
  latLon,
  date: (r) => {
    const x = d(r)
    if (region === "US") return r.chance(0.5) ? `${x.mon}/${x.day}/${x.year}` : `${MONTHS[x.mon - 1]} ${x.day}, ${x.year}`
    return r.chance(0.5) ? `${p2(x.day)}/${p2(x.mon)}/${x.year}` : `${x.day} ${MONTHS[x.mon - 1]} ${x.year}`
  },
  amount: (r) => `${cur}${money(r, ",", ".")}`,
  distance: (r) => `${thou(r.int(8000, 160000), ",")} ${region === "IE" ? "km" : "miles"}`,
  postcode: (r) =>
    region === "US"
      ? r.pick([`${r.int(10001, 98199)}`, `${r.int(10001, 98199)}-${r.digits(4)}`])
      : region === "GB"
        ? `${r.pick(["SW1A", "M4", "B33", "EH1", "LS6", "CF10"])} ${r.int(1, 9)}${r.letters(2, "ABDEFGHJLNPQRSTUWXYZ")}`
        : `${r.pick(["D02", "D6W", "T12", "H91", "V94"])} ${r.letters(1, "ACDEFHKNPRTVWXY")}${r.digits(2)}${r.letters(1, "ACDEFHKNPRTVWXY")}`,
  road: (r) =>
    region === "US"
      ? `I-${r.pick([95, 90, 80, 5, 10, 75])} exit ${r.int(2, 190)}`
      : region === "GB"
        ? `${r.pick(["M1", "M6", "M25", "A1(M)"])} junction ${r.int(2, 40)}`
        : `${r.pick(["M50", "N7", "M7", "M8"])} junction ${r.int(1, 19)}`,
})

const eu = (lang: string, region: string, fmt: Partial<Locale>, latLon: [number, number]): Locale => ({
  lang,
  region,
  h24: true,
  ibans: [region, region, region, "DE", "AT"],
  latLon,
  date: (r) => {
    const x = d(r)
    return `${p2(x.day)}.${p2(x.mon)}.${x.year}`
  },
  amount: (r) => `${money(r, ".", ",")} €`,
  distance: (r) => `${thou(r.int(8000, 260000), " ")} km`,
  postcode: (r) => r.digits(5),
  road: (r) => `A${r.int(1, 4)} km ${r.int(3, 420)}.${r.int(0, 9)}`,
  ...fmt,
})

export const LOCALES: Locale[] = [
  en("US", "$", ["DE", "GB"], [33, -118]),
  en("GB", "£", ["GB", "GB", "IE"], [51, -2]),
  en("IE", "€", ["IE", "IE", "GB"], [53, -8]),
  eu("ro", "RO", {
    amount: (r) => `${money(r, ".", ",")} lei`,
    postcode: (r) => r.digits(6),
    road: (r) => `${r.pick(["A1", "A2", "DN1", "DN7"])} km ${r.int(3, 320)}+${r.int(100, 900)}`,
  }, [44, 26]),
  eu("hu", "HU", {
    date: (r) => `${r.pick([2025, 2026])}. ${p2(r.int(1, 12))}. ${p2(r.int(1, 28))}.`,
    amount: (r) => `${thou(r.int(3, 420) * 100, " ")} Ft`,
    postcode: (r) => String(r.int(1011, 9985)),
    road: (r) => `M${r.pick([1, 3, 5, 7])} ${r.int(10, 230)}. km`,
  }, [47, 19]),
  eu("hr", "HR", {
    date: (r) => `${r.int(1, 28)}. ${r.int(1, 12)}. ${r.pick([2025, 2026])}.`,
    road: (r) => `A${r.pick([1, 3, 6])}, ${r.int(3, 400)}. km`,
  }, [45, 15]),
  eu("sk", "SK", {
    date: (r) => `${r.int(1, 28)}. ${r.int(1, 12)}. ${r.pick([2025, 2026])}`,
    amount: (r) => `${money(r, " ", ",")} €`,
    postcode: (r) => `${r.int(811, 990)} ${r.digits(2)}`,
    road: (r) => `D${r.pick([1, 2])} km ${r.int(3, 500)},${r.int(0, 9)}`,
  }, [48, 17]),
  eu("sl", "SI", {
    date: (r) => `${r.int(1, 28)}. ${r.int(1, 12)}. ${r.pick([2025, 2026])}`,
    postcode: (r) => String(r.int(1000, 9265)),
    road: (r) => `A${r.pick([1, 2])}, ${r.int(3, 240)}. km`,
  }, [46, 14]),
  eu("lt", "LT", {
    date: (r) => `${r.pick([2025, 2026])}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`,
    amount: (r) => `${money(r, " ", ",")} €`,
    postcode: (r) => `LT-${r.digits(5)}`,
    road: (r) => `A${r.pick([1, 2])} ${r.int(3, 310)} km`,
  }, [54, 25]),
  eu("et", "EE", {
    amount: (r) => `${money(r, " ", ",")} €`,
    road: (r) => `Tallinn–Tartu mnt ${r.int(3, 180)}. km`,
  }, [59, 24]),
]
