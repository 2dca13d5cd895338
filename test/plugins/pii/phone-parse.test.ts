import { describe, expect, test } from "bun:test"
import { getCountries, getExampleNumber, parsePhoneNumberFromString } from "libphonenumber-js/min"
import examples from "libphonenumber-js/examples.mobile.json"
import { parsePhone } from "../../../plugins/pii/recognizers/phone-parse.ts"
import { DEFAULT_REGIONS, phoneReader } from "../../../plugins/pii/recognizers/phone.ts"

// The recognizer's own parse must read every number as libphonenumber-js does: the same calling code, national
// number and region, and no number where the library finds none. Written forms of every region's example number,
// with digits changed, read in each default region and in a sample of all regions.
const asLibrary = (value: string, region: string) => {
  const p = parsePhoneNumberFromString(value, { defaultCountry: region as never, extract: false })
  return p ? `${p.number}|${p.country}|${p.nationalNumber}|${p.countryCallingCode}` : "none"
}
const asOwn = (value: string, region: string) => {
  const p = parsePhone(value, region as never)
  return p ? `${p.number}|${p.country}|${p.nationalNumber}|${p.callingCode}` : "none"
}

function writtenForms(): string[] {
  let seed = 18
  const digit = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), String(seed % 10))
  const out: string[] = []
  for (const c of getCountries()) {
    const ex = getExampleNumber(c, examples as never)
    if (!ex) continue
    const cc = ex.countryCallingCode
    for (const nat of [ex.nationalNumber, ex.nationalNumber.slice(0, -2) + digit() + digit()]) {
      const parsed = parsePhoneNumberFromString(`+${cc}${nat}`)
      out.push(`+${cc}${nat}`, `00${cc} ${nat}`, `${cc}${nat}`, nat, `0${nat}`, `011${cc}${nat}`, `(+${cc}) ${nat}`, `0${nat.slice(0, 3)}\t${nat.slice(3)}`)
      if (parsed) out.push(parsed.formatNational(), parsed.formatInternational(), parsed.formatNational().replace(/ /g, "."))
    }
  }
  return out
}

describe("pii phone: the own parse reads numbers as libphonenumber-js does", () => {
  const values = writtenForms()
  const regions = [...DEFAULT_REGIONS, ...getCountries().filter((_, i) => i % 40 === 0)]

  test(`${values.length} written numbers in ${regions.length} regions: the same reading, or none where it finds none`, () => {
    const differ: string[] = []
    let read = 0
    for (const v of values) {
      for (const r of regions) {
        const want = asLibrary(v, r)
        if (want !== "none") read++
        if (asOwn(v, r) !== want) differ.push(`${r}: ${want} / ${asOwn(v, r)}`)
      }
    }
    expect(differ.slice(0, 5)).toEqual([])
    // The sample reaches both branches: most forms are numbers in some region, many in none.
    expect(read).toBeGreaterThan(values.length * 5)
    expect(read).toBeLessThan(values.length * regions.length)
  }, 60_000)

  test("a London number written nationally is read in GB only among the default regions, as E.164", () => {
    expect(phoneReader(DEFAULT_REGIONS)("020 7946 0958").map((r) => `${r.region} ${r.e164}`)).toContain("GB +442079460958")
    expect(parsePhone("020 7946 0958", "GB")).toMatchObject({ callingCode: "44", nationalNumber: "2079460958", country: "GB" })
    expect(parsePhone("(+44) 20 7946 0958", "GB")).toBe(undefined)
    expect(asOwn("(+44) 20 7946 0958", "GB")).toBe(asLibrary("(+44) 20 7946 0958", "GB"))
  })
})
