// Hard negatives: references, codes, amounts, dates, ids and words that look like PII but are not.
import { luhnDigit } from "./checks.ts"
import { neg, type Span } from "./render.ts"
import type { Rng } from "./rng.ts"
import { badCard, badIban, tooCardLike } from "./values.ts"

const MONTHS: Record<string, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  sv: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  no: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  ro: ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"],
  hu: ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"],
  hr: ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
}

const p2 = (n: number) => String(n).padStart(2, "0")

/** Regenerate a numeric lookalike until no card recognizer could rightly claim it. */
function safe(make: () => string): string {
  for (;;) {
    const s = make()
    if (!tooCardLike(s)) return s
  }
}

export function lookalikes(rng: Rng, lang: string) {
  const r = rng
  const L = MONTHS[lang] ? lang : "en"
  const months = MONTHS[L] as string[]
  const day = () => r.int(1, 28)
  const mon = () => r.int(1, 12)
  const yr = () => r.int(2025, 2027)
  return {
    date: (): Span => {
      const d = day(), m = mon(), y = yr()
      const forms: Record<string, string[]> = {
        en: [`${d}/${m}/${y}`, `${p2(d)}/${p2(m)}/${y}`, `${d} ${months[m - 1]} ${y}`, `${months[m - 1]} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}`, `${d}th ${months[m - 1]}`],
        nl: [`${d}-${m}-${y}`, `${p2(d)}-${p2(m)}-${y}`, `${d} ${months[m - 1]} ${y}`, `${p2(d)}/${p2(m)}/${y}`],
        sv: [`${y}-${p2(m)}-${p2(d)}`, `${d} ${months[m - 1]} ${y}`, `${d}/${m}`],
        da: [`${d}.${m}.${y}`, `${p2(d)}-${p2(m)}-${y}`, `${d}. ${months[m - 1]} ${y}`],
        no: [`${p2(d)}.${p2(m)}.${y}`, `${d}. ${months[m - 1]} ${y}`],
        ro: [`${p2(d)}.${p2(m)}.${y}`, `${d} ${months[m - 1]} ${y}`, `${p2(d)}/${p2(m)}/${y}`],
        hu: [`${y}. ${p2(m)}. ${p2(d)}.`, `${y}. ${months[m - 1]} ${d}.`, `${y}.${p2(m)}.${p2(d)}.`],
        hr: [`${d}. ${p2(m)}. ${y}.`, `${d}. ${months[m - 1]} ${y}.`, `${p2(d)}.${p2(m)}.${y}.`],
      }
      return neg("date", r.pick(forms[L] as string[]))
    },
    time: (): Span => {
      const h = r.int(7, 19), m = r.pick([0, 15, 30, 45, 5, 50])
      const en = [`${h}:${p2(m)}`, `${h > 12 ? h - 12 : h}.${p2(m)}pm`, `${h > 12 ? h - 12 : h}${h >= 12 ? "pm" : "am"}`, `${p2(h)}:${p2(m)}:${p2(r.int(0, 59))}`]
      const other = [`${p2(h)}:${p2(m)}`, `${h}.${p2(m)}`, `${h}:${p2(m)}`]
      return neg("time", r.pick(L === "en" ? en : other))
    },
    amount: (): Span => {
      const n = r.int(12, 9800), c = p2(r.int(0, 99))
      const t = n.toLocaleString("en-US")
      const forms: Record<string, string[]> = {
        en: [`€${t}.${c}`, `AUD ${t}`, `$${t}.${c}`, `CAD ${t}.${c}`, `€${n}`, `£${t}.${c}`, `A$${n}`],
        nl: [`€ ${n},${c}`, `€${String(n).replace(/\B(?=(\d{3})+$)/, ".")},${c}`, `${n},- euro`],
        sv: [`${String(n).replace(/\B(?=(\d{3})+$)/, " ")} kr`, `${n} SEK`],
        da: [`${String(n).replace(/\B(?=(\d{3})+$)/, ".")},${c} kr.`, `DKK ${n}`],
        no: [`kr ${String(n).replace(/\B(?=(\d{3})+$)/, " ")},-`, `${n} NOK`],
        ro: [`${String(n).replace(/\B(?=(\d{3})+$)/, ".")},${c} lei`, `${n} RON`],
        hu: [`${String(n * 100).replace(/\B(?=(\d{3})+$)/g, " ")} Ft`, `${n * 100} HUF`],
        hr: [`${String(n).replace(/\B(?=(\d{3})+$)/, ".")},${c} €`, `${n} EUR`],
      }
      return neg("amount", r.pick(forms[L] as string[]))
    },
    volume: (): Span => neg("volume", r.pick([`${r.int(4, 60)} m3`, `${r.int(4, 60)} m³`, `${r.int(4, 60)},${r.int(1, 9)} m3`, `${r.int(100, 900)} cu ft`])),
    weight: (): Span => neg("weight", r.pick([`${r.int(40, 2400)} kg`, `${r.int(1, 9)}.${r.int(1, 9)} t`, `${r.int(1, 40)} kg`])),
    studentNumber: (): Span => neg("student-number", r.pick([`${r.int(19, 26)}${r.digits(6)}`, `S${r.digits(7)}`, `C${r.digits(8)}`, `${r.digits(9)}`, `u${r.digits(7)}`])),
    courseCode: (): Span => neg("course-code", r.pick([`COMP${r.int(10, 40)}${r.digits(3)}`, `ECON${r.int(1000, 4999)}`, `BUS-${r.int(100, 499)}`, `MED${r.digits(3)}`, `CS${r.digits(4)}`, `LAW${r.int(1, 4)}0${r.digits(2)}`])),
    applicationRef: (): Span => neg("application-ref", r.pick([`APP-${yr()}-${r.digits(6)}`, `CAO ${r.int(26, 27)}${r.digits(6)}`, `UAC ${r.digits(9)}`, `OUAC ${yr()}-${r.digits(6)}`, `ADM/${yr()}/${r.digits(5)}`])),
    invoice: (): Span => neg("invoice", r.pick([`INV-${yr()}-${r.digits(5)}`, `FEE/${r.int(25, 27)}/${r.digits(4)}`, `F${r.digits(8)}`, `${yr()}${r.digits(6)}`, `REF ${r.digits(4)}-${r.digits(4)}`])),
    prescription: (): Span => neg("prescription-number", r.pick([`RX-${r.digits(4)}-${r.digits(4)}`, `Rx ${r.digits(8)}`, `RP${r.digits(7)}`, `${r.digits(10)}`])),
    order: (): Span => neg("order-number", r.pick([`#PH-${r.digits(6)}`, `ORD${r.digits(7)}`, `${r.digits(9)}`, `WEB-${r.digits(5)}-${r.digits(2)}`])),
    productCode: (): Span => neg("product-code", safe(() => {
      const body = r.pick(["", "87", "57", "73", "59", "54", "40"]) + r.digits(r.pick([8, 11, 12]) - 2)
      return r.pick([`PZN ${r.digits(8)}`, body + luhnDigit(body), `EAN ${body}${luhnDigit(body)}`])
    })),
    batch: (): Span => neg("batch-number", r.pick([`LOT ${r.pick(["B", "K", "X"])}${r.digits(2)}${r.pick(["A", "K", "M"])}${r.digits(3)}`, `Lot ${r.digits(7)}`, `Ch.-B. ${r.digits(6)}`, `batch ${r.digits(2)}${r.pick(["E", "F", "H"])}${r.digits(4)}`])),
    tracking: (): Span => neg("tracking-number", r.pick([`JJD${r.digits(17)}`, `00${r.digits(18)}`, `1Z${r.digits(3)}${r.pick(["AA", "E4", "X9"])}${r.digits(10)}`, `${r.pick(["UA", "RR", "CE", "LX"])}${r.digits(9)}${r.pick(["SE", "IE", "NL", "DK", "RO", "HU", "HR", "NO", "BE"])}`, `3S${r.pick(["ABCD", "KPNL", "GXFR"])}${r.digits(9)}`])),
    storageUnit: (): Span => neg("storage-unit", r.pick([`Unit ${r.pick(["A", "B", "C", "D"])}-${r.digits(3)}`, `crate ${r.digits(4)}`, `bay ${r.int(1, 40)}/${r.pick(["L", "R"])}`, `C${r.digits(3)}`, `container ${r.pick(["SU", "ST"])}${r.digits(5)}`])),
    quote: (): Span => neg("quote-ref", r.pick([`Q-${r.int(25, 27)}-${r.digits(4)}`, `QT${r.digits(6)}`, `INVT/${r.digits(4)}`, `survey ${r.digits(5)}`, `job ${r.digits(6)}`])),
    plate: (): Span => {
      const A = () => r.pick([..."ABCDEFGHJKLMNPRSTVWXYZ"])
      const forms: Record<string, string[]> = {
        en: [`${r.int(151, 262)}-${r.pick(["D", "C", "G", "KY", "L", "WW"])}-${r.int(100, 99999)}`, `${A()}${A()}${A()} ${r.digits(3)}`, `${A()}${A()}${r.digits(2)} ${A()}${A()}${A()}`, `${A()}${A()}${A()}${A()} ${r.digits(3)}`],
        nl: [`${A()}${A()}-${r.digits(3)}-${A()}`, `${r.digits(1)}-${A()}${A()}${A()}-${r.digits(3)}`, `V${A()}-${r.digits(3)}-${A()}`],
        sv: [`${A()}${A()}${A()} ${r.digits(2)}${A()}`, `${A()}${A()}${A()} ${r.digits(3)}`],
        da: [`${A()}${A()} ${r.digits(2)} ${r.digits(3)}`],
        no: [`${A()}${A()} ${r.digits(5)}`],
        ro: [`B ${r.digits(3)} ${A()}${A()}${A()}`, `CJ ${r.digits(2)} ${A()}${A()}${A()}`],
        hu: [`${A()}${A()}${A()}-${r.digits(3)}`, `${A()}${A()} ${A()}${A()}-${r.digits(3)}`],
        hr: [`ZG ${r.digits(4)}-${A()}${A()}`, `ST ${r.digits(3)}-${A()}`],
      }
      return neg("plate", r.pick(forms[L] as string[]))
    },
    postcode: (): Span => {
      const forms: Record<string, string[]> = {
        en: [`D0${r.int(1, 8)} ${r.pick(["X", "K", "W", "F"])}${r.digits(3)}`, `${r.int(2000, 7999)}`, `VLT ${r.int(1000, 1999)}`, `M5V ${r.digits(1)}T${r.digits(1)}`, `T${r.int(12, 56)} ${r.pick(["A", "H", "Y"])}${r.digits(3)}`],
        nl: [`${r.int(1000, 9999)} ${r.pick(["AB", "KL", "XT", "PN"])}`, `${r.int(1000, 9999)}`],
        sv: [`${r.int(100, 984)} ${r.digits(2)}`], da: [`${r.int(1000, 9990)}`], no: [`${p2(r.int(1, 99))}${r.digits(2)}`],
        ro: [`${r.digits(6)}`], hu: [`${r.int(1011, 9985)}`], hr: [`${r.int(10, 53)}000`],
      }
      return neg("postcode", r.pick(forms[L] as string[]))
    },
    room: (): Span => neg("room", r.pick([`${r.pick(["B", "G", "A"])}${r.int(0, 4)}.${p2(r.int(1, 40))}`, `${r.int(1, 4)}${p2(r.int(1, 60))}`, `E-${r.digits(3)}`])),
    nationalId: (): Span => neg("national-id", nationalId(r, lang)),
    badCard: (): Span => neg("luhn-invalid", badCard(r)),
    badIban: (country: string): Span => neg("iban-checksum", badIban(r, country)),
    ssnInvalid: (): Span => neg("ssn-invalid", r.pick([`000-${r.int(10, 99)}-${r.int(1000, 9999)}`, `666-${r.int(10, 99)}-${r.int(1000, 9999)}`, `9${r.digits(2)}-${r.int(10, 99)}-${r.int(1000, 9999)}`])),
    ninoInvalid: (): Span => neg("nino-invalid", `${r.pick(["QQ", "GB", "BG", "NK", "TN", "ZZ"])}${r.digits(6)}${r.pick(["A", "B", "C"])}`),
    word: (w: string): Span => neg("name-word", w),
    place: (w: string): Span => neg("name-word", w),
    street: (w: string): Span => neg("street", w),
    company: (w: string): Span => neg("company", w),
  }
}

export type Look = ReturnType<typeof lookalikes>

/** Personal-id-shaped numbers of the Nordic and eastern languages (not an entity in this corpus). */
function nationalId(r: Rng, lang: string): string {
  const d = r.int(1, 28), m = r.int(1, 12), y = r.int(60, 99)
  const dd = p2(d), mm = p2(m), yy = p2(y)
  switch (lang) {
    case "sv": {
      const body = `${yy}${mm}${dd}${r.digits(3)}`
      const full = body + luhnDigit(body)
      return r.pick([`${full.slice(0, 6)}-${full.slice(6)}`, `19${full.slice(0, 6)}-${full.slice(6)}`])
    }
    case "da": return `${dd}${mm}${yy}-${r.digits(4)}`
    case "no": return `${dd}${mm}${yy}${r.digits(5)}`
    case "ro": {
      const body = `${r.pick(["1", "2", "5", "6"])}${yy}${mm}${dd}${p2(r.int(1, 46))}${r.digits(3)}`
      const w = "279146358279"
      let s = 0
      for (let i = 0; i < 12; i++) s += Number(body[i]) * Number(w[i])
      const c = s % 11 === 10 ? 1 : s % 11
      return body + c
    }
    case "hu": {
      const body = r.digits(8)
      let s = 0
      for (let i = 0; i < 8; i++) s += Number(body[i]) * (i % 2 === 0 ? 3 : 7)
      const full = body + (s % 10)
      return r.pick([`${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`, `${full.slice(0, 3)}-${full.slice(3, 6)}-${full.slice(6)}`])
    }
    case "hr": {
      const body = String(r.int(1, 9)) + r.digits(9)
      let a = 10
      for (const ch of body) {
        a = (a + Number(ch)) % 10
        if (a === 0) a = 10
        a = (a * 2) % 11
      }
      return body + ((11 - a) % 10)
    }
    default: return `${dd}${mm}${yy}-${r.digits(4)}`
  }
}
