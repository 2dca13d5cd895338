// A log line's unquoted person keys beyond the agent's: the desk's staff member, a hotel's guest, an applicant, an
// account's holder, a patient, and the owner of a record whose line names people. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a staff member, a guest, an applicant and an account holder in a log line are people, surnames included", () => {
  expect(people("2026-03-04T09:12:44Z INFO desk.checkin guest=Okonkwo staff=Ingrid room=412 phone=+47 912 34 567")).toEqual(["Okonkwo", "Ingrid"])
  expect(people("2026-03-04T09:12:44Z WARN admissions.update applicant=Wiśniewska staff=Tomasz course=MA21 status=open")).toEqual(["Wiśniewska", "Tomasz"])
  expect(people("ts=2026-03-04 level=info account_holder=Thistlewood meter=ZX-2281 reading=4410")).toEqual(["Thistlewood"])
  // Cyrillic, a Spanish double surname, an Irish particle and a surname with an inner capital.
  expect(people("2026-03-04 INFO clinic.visit patient=Смирнова staff=Олег ward=3")).toEqual(["Смирнова", "Олег"])
  expect(people("2026-03-04 INFO desk.update guest=Ó Dálaigh staff=Pilar applicant=De la Vega room=7")[0]).toBe("Ó Dálaigh")
  expect(people("2026-03-04 INFO desk.update guest=McTavish staff=Pilar room=7")).toEqual(["McTavish", "Pilar"])
  expect(people("2026-03-04 INFO uni.create applicant=García Ruiz staff=Lucía course=LX2")).toEqual(["García Ruiz", "Lucía"])
})

test("an owner beside a person's key is a person; an owner among a system's keys is not", () => {
  expect(people("2026-03-04 DEBUG pets.update owner=Haraldsen staff=Vibeke weight=12.4kg")).toEqual(["Haraldsen", "Vibeke"])
  expect(people("2026-03-04 INFO deploy.finish owner=Platform service=billing status=ok")).toEqual([])
  expect(people("2026-03-04 INFO deploy.finish owner=Kestrel service=billing status=ok")).toEqual([])
})

test("values under those keys that name no one stay unread", () => {
  expect(people("2026-03-04 INFO desk.checkin guest=True staff=None room=412")).toEqual([])
  expect(people("2026-03-04 INFO desk.checkin guest=Anonymous staff=System room=412")).toEqual([])
  // One pair alone is prose with an `=` sign, not a log line.
  expect(people("set guest=Okonkwo")).toEqual([])
})

test("a record's state, tier or unit under a person's key is no one", () => {
  expect(people("ts=2026-01-01 level=info patient=Pending ward=3")).toEqual([])
  expect(people("ts=2026-01-01 level=info applicant=Pending status=review")).toEqual([])
  expect(people("ts=2026-01-01 level=info guest=Corporate rate=BAR")).toEqual([])
  expect(people("ts=2026-01-01 level=info guest=Checkout room=214")).toEqual([])
  expect(people("ts=2026-01-01 level=info cardholder=Visa amount=12")).toEqual([])
  expect(people("ts=2026-01-01 level=info staff=Kiosk owner=Platform")).toEqual([])
})
