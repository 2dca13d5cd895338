// What a fifth held-out corpus exposed (test/fixtures/pii-holdout4, scored once before these changes: PHONE P 0.916
// R 0.940, US_SSN R 0.896, PERSON F1 0.770): values named by a label far from them (a CSV's header line, a CRM
// export's `key⇥value`, JSON pairs), chat speakers after a stamp, surname particles, and what a name is not (a
// café, a bakery, an avenue, a month). Every text here is written for this file.
import { describe, expect, test } from "bun:test"
import { labelledValues, labelOf } from "../../../core/index.ts"
import { analyze } from "../../../plugins/pii/index.ts"

/** What `pii scan` reports: the values of each type, overlaps resolved. */
const found = (text: string, type: string) =>
  analyze(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end))

describe("labelled values (core/fields.ts)", () => {
  const values = (text: string) => labelledValues(text).map((v) => `${v.label}=${text.slice(v.start, v.end)}`)

  test("a table's cells under their header, whatever the delimiter; an emoji before the header is not a cell", () => {
    expect(values('🙂 ref,given_name,note\nQ-1,Wanjiru,"late, again"')).toEqual(["ref=Q-1", "given name=Wanjiru", "note=late, again"])
    expect(values("ref\tname\tcity\nQ-2\tTomasz Wójcik\tŁódź")).toEqual(["ref=Q-2", "name=Tomasz Wójcik", "city=Łódź"])
    expect(values("| ref | Surname | tier |\n|---|---|---|\n| Q-3 | Adeyemi | gold |")).toEqual(["ref=Q-3", "surname=Adeyemi", "tier=gold"])
  })

  test("a row whose free-text cell holds unquoted commas keeps its labels; a row that cannot be told apart is not read", () => {
    // Each extra cell starts with a space: prose's comma, joined back into its cell.
    expect(values("ref,contact,due\nQ-4,0612 345 678,October 15, 2025")).toEqual(["ref=Q-4", "contact=0612 345 678", "due=October 15, 2025"])
    expect(values("ref;note;tel\nQ-5;rang twice; wants a refund;0612 345 678")).toEqual(["ref=Q-5", "note=rang twice; wants a refund", "tel=0612 345 678"])
    // Two cells start with a space and one is extra: which of them is prose cannot be told, so no cell is labelled.
    expect(values("a,b,c,d\nQ-6, x, y,z,w")).toEqual([])
    // Without spaces, an extra cell is never guessed into one.
    expect(values("a,b,c,d\nQ-7,x,y,z,w")).toEqual([])
  })

  test("labelled lines and JSON pairs; two cells a line are a key and its value, not a table", () => {
    expect(values("given_name\tWanjiru\nfamily_name\tKamau")).toEqual(["given name=Wanjiru", "family name=Kamau"])
    expect(values("owner = Min-jun Park\nReviewer: B. Okafor")).toEqual(["owner=Min-jun Park", "reviewer=B. Okafor"])
    expect(values('{"familyName": "Haddad", "n": 2}')).toEqual(["familyname=Haddad"])
  })

  test("a number inside a sentence after a label is not what the label names", () => {
    const text = "Card replacement: ordered today, call back on 0161 496 0327 after 5"
    const at = text.indexOf("0161")
    expect(labelOf(text, at, at + 13)).toBeUndefined()
    const row = "ref,tel,tier\nQ-4,0161 496 0327,gold"
    expect(labelOf(row, row.indexOf("0161"), row.indexOf("0161") + 13)).toBe("tel")
  })
})

describe("phones and SSNs by their column or key", () => {
  test("a phone column's numbers, next to an address or a name in the row", () => {
    const csv = "ref,given_name,surname,tel,mail,ssn\n7731,Wanjiru,Kamau,(604) 555-0143,w.kamau@example.org,\n7732,Tomasz,Wójcik,+48 22 555 01 43,tw@example.pl,"
    expect(found(csv, "PHONE")).toEqual(["(604) 555-0143", "+48 22 555 01 43"])
  })

  test("bare digits under a phone header count; under an id or order header they do not", () => {
    expect(found("ref|ani|queue|lang\nQ-9|6045550143|billing|en", "PHONE")).toEqual(["6045550143"])
    expect(found("contact_id,tier,region\n6045550143,gold,west", "PHONE")).toEqual([])
    expect(found("order,tier,region\n6045550143,gold,west", "PHONE")).toEqual([])
    expect(found("session 4471 | ANI 6045550143 | menu 3", "PHONE")).toEqual(["6045550143"])
  })

  test("a part number, a year and a serial, and the next group of an IBAN-like string are not phones", () => {
    expect(found("replacement sent, P/N 118-40233, no charge", "PHONE")).toEqual([])
    expect(found("see invoice 2026/418806 for the credit", "PHONE")).toEqual([])
    expect(found("ref NL91 ABNA 041X 7164 3001 00 on file", "PHONE")).toEqual([])
  })

  test("nine bare digits in an SSN column, or after `full social`, are an SSN", () => {
    expect(found("ref,surname,ssn\nQ-7,Kamau,536224401", "US_SSN")).toEqual(["536224401"])
    expect(found("caller gave the full social verbally: 536224401", "US_SSN")).toEqual(["536224401"])
  })
})

describe("names in fields that hold one", () => {
  test("first and last name columns are two findings; lower case and everyday words are names there", () => {
    expect(found("ref,first_name,last_name,tier\nQ-1,Wanjiru,Kamau,gold\nQ-2,rose,young,silver", "PERSON")).toEqual(["Wanjiru", "Kamau", "rose", "young"])
  })

  // A role (`owner`, `agent`) may hold a team or a sentence: its value needs a known first name or an initial.
  test("labelled lines and JSON pairs: a role's value counts only when it is a name", () => {
    expect(found("family_name\tÓ Briain\nowner = Sofia Mendes\nReviewer: B. Okafor", "PERSON")).toEqual(["Ó Briain", "Sofia Mendes", "B. Okafor"])
    expect(found('{"firstName": "Wanjiru", "surname": "Kamau"}', "PERSON")).toEqual(["Wanjiru", "Kamau"])
    expect(found("owner\tBilling Team\nlast_name\tn/a", "PERSON")).toEqual([])
    expect(found("Customer: yes that's me\nAGENT: THANKS AND YOUR NUMBER", "PERSON")).toEqual([])
  })
})

describe("names the person recognizer reads better", () => {
  test("a chat export's speaker after its stamp, one word or two; a link's `tel:` is none", () => {
    expect(found("[3 Mar 2026, 09:14] Wanjiru Kamau: hi\n[3 Mar 2026, 09:15] Tomasz: hello", "PERSON")).toEqual(["Wanjiru Kamau", "Tomasz"])
    expect(found("03/03/2026, 09:14 - Wanjiru Kamau: hi", "PERSON")).toEqual(["Wanjiru Kamau"])
    expect(found("[CALL ME BACK ON](TEL:+447700900143)", "PERSON")).toEqual([])
  })

  test("surname particles glued or capital: al-, Ó", () => {
    expect(found("From: Yasmin al-Rashid <y@example.org>", "PERSON")).toEqual(["Yasmin al-Rashid"])
    expect(found("**Customer:** Aoife Ó Briain", "PERSON")).toEqual(["Aoife Ó Briain"])
  })

  test("a title inside an HTML tag is still a title", () => {
    expect(found("<p>Hi <b>Dr. Kamau</b>,</p>", "PERSON")).toEqual(["Kamau"])
  })

  test("a business named after its owner, a trade word, a street and a month are no names", () => {
    expect(found("Zoë’s café ☕ — table for two", "PERSON")).toEqual([])
    expect(found("Order from Harper Bakery arrived", "PERSON")).toEqual([])
    expect(found("lives at Jackson Ave 12, Springfield", "PERSON")).toEqual([])
    expect(found("[25 Sep 2026, 20:19] status changed", "PERSON")).toEqual([])
  })
})

// What a sixth held-out corpus exposed (test/fixtures/pii-holdout5, 84% not English, scored once before these
// changes: PHONE P 0.937 R 0.973, IP_ADDRESS P 0.959, PERSON F1 0.936).
describe("numbers and names across languages", () => {
  test("a number under an order or contract label, a Brazilian CEP, a house number with a slash are no phones", () => {
    expect(found("Telefon: 089 7800453\nBestellnummer: 608208618\nNachricht: Guten Tag", "PHONE")).toEqual(["089 7800453"])
    expect(found("Telefon: 32 66 65 85\nOrdrenr.: 408317905", "PHONE")).toEqual(["32 66 65 85"])
    expect(found("Av. Paulista, 46 – apto 657\nCEP 19585-925 – São Paulo/SP", "PHONE")).toEqual([])
    expect(found("doručení: Vinohradská 2385/27, 723 21 Brno", "PHONE")).toEqual([])
  })

  test("CB before a number is a phone word; four dotted pairs after one are a Nordic number, not an IP", () => {
    expect(found("wrong). CB (415) 555-0143 after 6:45 am.", "PHONE")).toEqual(["(415) 555-0143"])
    expect(found("Ring mig op på 27.27.63.44", "PHONE")).toEqual(["27.27.63.44"])
    expect(found("Ring mig op på 27.27.63.44", "IP_ADDRESS")).toEqual([])
    expect(found("on the phone, on wifi. my IP shows as 10.51.13.11", "IP_ADDRESS")).toEqual(["10.51.13.11"])
  })

  test("a speaker's opening word is no name; a city after its postcode is none; a relative or a neighbour names one", () => {
    expect(found("Cliente: Pronto, sono Niccolò Ferrante, chiamo per", "PERSON")).toEqual(["Niccolò Ferrante"])
    expect(found("Via Roma 119\n80193 Milano\n\nOggetto: reclamo", "PERSON")).toEqual([])
    expect(found("Si no, mi hermana Sakura Takahashi.", "PERSON")).toEqual(["Sakura Takahashi"])
    expect(found("Bitte bei Nachbarin Seo-jun Jeong abgeben.", "PERSON")).toEqual(["Seo-jun Jeong"])
  })

  test("a role in a speaker tag, an agent signing a note after a slash, a chat opener", () => {
    expect(found("Kundebehandler Åse: Fjordnett, du snakker med Åse.", "PERSON")).toEqual(["Åse", "Åse"])
    expect(found("Faktura F2024-87284. Případ #866084. /Yuki", "PERSON")).toEqual(["Yuki"])
    expect(found("hey its mehmet again, can you text me", "PERSON")).toEqual(["mehmet"])
  })

  test("streets: a particle after the street word, a street word after the name", () => {
    expect(found("Travessa do Carmo, n.º 290, 4.º Esq.", "PERSON")).toEqual([])
    expect(found("Karl Johans gate 25B\n5951 Bergen", "PERSON")).toEqual([])
  })
})

// What a seventh held-out corpus exposed (test/fixtures/pii-holdout6, two thirds US and UK English, scored once before
// these changes: PHONE P 0.971 R 0.963, US_SSN P 0.971 R 0.943, IP_ADDRESS P 0.981, PERSON F1 0.865).
describe("speech, notes and chat exports in English", () => {
  test("phones dotted after brackets or a country code; a number after `re` or an incident word is none", () => {
    expect(found("Questions? Text (818).555-0143.", "PHONE")).toEqual(["(818).555-0143"])
    expect(found("You can reach me on +44.7911.123456.", "PHONE")).toEqual(["+44.7911.123456"])
    expect(found("cust Hao Tan cb req re 2321256120 - wants refund", "PHONE")).toEqual([])
    expect(found("llamar al +52 55 2173 8798. Incidencia 5693793294.", "PHONE")).toEqual(["+52 55 2173 8798"])
  })

  test("nine bare digits asked for as an SSN are the SSN; after an order word they are neither", () => {
    expect(found("bot: please enter your Social Security number\nuser: 086412653", "US_SSN")).toEqual(["086412653"])
    expect(found("bot: please enter your Social Security number\nuser: 086412653", "PHONE")).toEqual([])
    expect(found("last four of your social 2966 okay and your order is 344458600 placed today", "US_SSN")).toEqual([])
  })

  test("a chat export stamped by time alone, a note signed after `--`, last/first columns; a system line is no one", () => {
    expect(found("15:43:23 — Hyejin: Got it\n18:50 | Thabo | Noted!", "PERSON")).toEqual(["Hyejin", "Thabo"])
    expect(found("card on file 325-17-4290 (verified). -- Tendai", "PERSON")).toEqual(["Tendai"])
    expect(found("last,first,phone,email\nNair,Priya,020 7946 0143,priya@example.org", "PERSON")).toEqual(["Nair", "Priya"])
    expect(found("[08:51] System: Session started", "PERSON")).toEqual([])
    expect(found("Thanks from the Rose Garden team.", "PERSON")).toEqual([])
  })
})
