// A person's handle spelled from their name, as a social network's mention or a messenger export's sender, was never
// found: the person rules read words between spaces. The whole handle is found now when its first part is a known
// given name and it is joined from parts; a brand's, a desk's or a record key's handle is not.
import { expect, test } from "bun:test"
import { positive as pos, testRecognizer } from "../../../testing/index.ts"
import { analyze } from "../../../plugins/pii/index.ts"
import { personHandle } from "../../../plugins/pii/recognizers/index.ts"

testRecognizer(personHandle, {
  positives: [
    pos("App review reply\n@gretaLindqvist: 2 stars, keeps crashing", "gretaLindqvist"),
    pos("@OwenPriceSwansea: no signal since Monday", "OwenPriceSwansea"),
    pos("please ask @ana_rebelo.", "ana_rebelo"),
    pos("Instagram DM\nsiobhan_k: do ye ship to galway", "siobhan_k"),
    pos("[14:02] henrik.b: hej, är ni öppna?", "henrik.b"),
    pos("09:41 - joana.mferreira: bom dia", "joana.mferreira"),
    pos("👋 hi @maria_lopez88 thanks", "maria_lopez88"),
    // A sender ending in a digit or a capital: the quick test before the sender pass once asked for a small letter.
    pos("WhatsApp export\nmaria88: hola, sigo sin luz", "maria88"),
    pos("annaK: hi, still waiting on the refund", "annaK"),
  ],
  negatives: [
    "@MovilStar llevo 3 días sin línea",
    "@StreamNest we're on it",
    "order_status: shipped",
    "iban_rejected: true\nbon_de_labo: x",
    "kevin_service: started\nmolly_db: up",
    "write to anna.weiss@example.com today",
    "Priya: hi there",
    "@support_team pls check",
  ],
})

test("a handle is scrubbed whole by the default analyzer, beside the name its owner signs", () => {
  const text = "@gretaLindqvist: emailed from greta.l@example.com, Greta Lindqvist"
  const persons = analyze(text).filter((f) => f.type === "PERSON").map((f) => text.slice(f.start, f.end))
  expect(persons).toEqual(["gretaLindqvist", "Greta Lindqvist"])
})

test("a shop's handle, a file, a machine, a domain or a date after an at are no handles of a person", () => {
  for (const text of ["@LauraAshleyUK where is my parcel", "@Alexa_Help not responding", "anna.pdf: attached below", "laura_cv.docx: uploaded",
    "nina.local: disk full", "@elena.es is our new domain", "write to @sofia-travel.pt", "Wyślij na @jan.2024"]) {
    expect(analyze(text).filter((f) => f.type === "PERSON")).toEqual([])
  }
})
