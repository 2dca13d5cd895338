// Where a caller can be found or tried, a number on file asked about as still the caller's, and the number a new one
// replaced, in a bracket after it. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number after the words of where the caller can be found or tried is a phone", () => {
  expect(phones("it's Ana again, if i don't answer try five oh three seven two two two nine three one.")).toEqual(["five oh three seven two two two nine three one"])
  expect(phones("appelant: vous pouvez me rejoindre au quatre trois huit six huit trois neuf zéro quatre neuf après midi")).toEqual(["quatre trois huit six huit trois neuf zéro quatre neuf"])
  expect(phones("cliente: me puede localizar al treinta y tres seis tres seis cuatro seis ocho cinco uno después de las 3")).toEqual(["treinta y tres seis tres seis cuatro seis ocho cinco uno"])
  expect(phones("\"mă puteți suna înapoi la zero șapte cinci opt, 673, 364? mulțumesc.\"")).toEqual(["zero șapte cinci opt, 673, 364"])
  expect(phones("καλών: θα με βρείτε στο έξι εννιά τέσσερα, 604, τέσσερα ένα τέσσερα τρία μετά τις 13:30.")).toEqual(["έξι εννιά τέσσερα, 604, τέσσερα ένα τέσσερα τρία"])
  // Trying something else is no phone's.
  expect(phones("if that fails, try order five oh three seven two two two nine three one again")).toEqual([])
})

test("a number asked about as still the caller's is a phone; some other number so asked is not", () => {
  expect(phones("agent: lovely, and is that 3123891008 still?")).toEqual(["3123891008"])
  expect(phones("¿Sigue siendo el 8157525090 su número?")).toEqual(["8157525090"])
  expect(phones("agent: c'est toujours le 514 469 9031?")).toEqual(["514 469 9031"])
  expect(phones("Is order 3123891008 still open?")).toEqual([])
  // Not a question: a count.
  expect(phones("We still have 3123891008 rows to import.")).toEqual([])
})

test("the number a new one replaced, in a bracket after it, is a phone", () => {
  expect(phones("Mobile updated to +65 9392 1114 (old 6858.2376).")).toEqual(["+65 9392 1114", "6858.2376"])
  expect(phones("- Cellulare corretto in 076 411 76 23 (prima 031 525 59 36).")).toEqual(["076 411 76 23", "031 525 59 36"])
  expect(phones("Corectat la +40763222830 (vechi 0727805148).")).toEqual(["+40763222830", "0727805148"])
  // A bracket naming some other number stays that.
  expect(phones("Mobile updated to +65 9392 1114 (ticket 68582376).")).toEqual(["+65 9392 1114"])
})

test("'still' in a question about a date, a sum, a count or an invoice names no phone (review)", () => {
  expect(phones("Is 20250612 still the deadline?")).toEqual([])
  expect(phones("Do we still owe 125000000?")).toEqual([])
  expect(phones("Are there still 612345678 people waiting?")).toEqual([])
  expect(phones("Is 3123891008 still the invoice we are waiting on?")).toEqual([])
  expect(phones("C'est toujours le 612345678 pour le colis ?")).toEqual([])
})

test("a sign-off's comma before a name and a bracketed number, not any clause's (review)", () => {
  expect(phones("Serdecznie pozdrawiam, Joanna (505676891)")).toEqual(["505676891"])
  expect(phones("Student enrolled, Grace Byrne (456042645)")).toEqual([])
  expect(phones("Ticket closed, Tom Baker (612345678)")).toEqual([])
})
