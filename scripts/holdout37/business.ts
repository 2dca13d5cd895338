// The four businesses and their own numbers, every one a labeled hard negative.
import type { Business, Ctx, Field } from "./ctx.ts"
import type { Doc } from "./doc.ts"
import { isValidIn } from "./phones.ts"
import * as N from "./numbers.ts"

/** Draws until the number is not a valid phone in any of the text's regions. */
export function notPhone(c: Ctx, draw: () => string): string {
  for (;;) {
    const v = draw()
    if (!isValidIn(v, c.regions)) return v
  }
}

const f = (key: string, kind: string, v: string): Field => ({ key, put: (d: Doc) => void d.neg(kind, v) })

/** A key in the text's language, with its English name for software. */
const lf = (c: Ctx, key: string, kind: string, v: string): Field => ({ ...f(c.lang.keys?.[key] ?? key, kind, v), code: key.toLowerCase().replace(/ /g, "_") })

function pickFields(c: Ctx, all: Field[]): Field[] {
  const n = c.rng.int(2, 4)
  const out = [...all]
  for (let i = out.length - 1; i > 0; i--) { const j = c.rng.int(0, i); [out[i], out[j]] = [out[j]!, out[i]!] }
  return out.slice(0, n)
}

const vet: Business = {
  key: "vet",
  brands: ["Paws & Whiskers Vets", "Greenfield Animal Clinic", "VetPoint", "Ark Veterinary Centre", "Dierenkliniek Oost", "Klinika Weterynaryjna Azyl"],
  topics: ["Booster overdue for Biscuit, the spaniel.", "Kitten spay booked; fasting from midnight.", "Dog limping after the park, x-ray requested.", "Repeat prescription for the flea treatment.", "Rabbit off food since yesterday."],
  fields: (c) => pickFields(c, [
    f("Microchip", "microchip", notPhone(c, () => N.microchip(c.rng))),
    f("Batch", "batch", N.batch(c.rng)),
    f("Weight", "weight", N.weight(c.rng)),
    lf(c, "Account", "client-account", notPhone(c, () => c.rng.digits(7))),
    f("Appt", "appointment-ref", N.apptRef(c.rng)),
  ]),
}

const car: Business = {
  key: "car",
  brands: ["RoadStar Rentals", "Highway Rescue", "DriveAway Hire", "AutoAssist 24", "Kilometre Car Hire", "RentaCar Express"],
  topics: ["Flat tyre on the ring road, spare missing.", "Battery dead at the airport car park.", "Return delayed by a day, extra insurance declined.", "Scratch on the rear bumper noted at pick-up.", "Locked keys inside at a petrol station."],
  fields: (c) => pickFields(c, [
    f("Plate", "plate", N.plate(c.rng, c.region.cc)),
    f("VIN", "vin", N.vin(c.rng)),
    lf(c, "Agreement", "agreement", notPhone(c, () => c.rng.digits(c.rng.pick([9, 10])))),
    f("Odometer", "odometer", N.odometer(c.rng)),
    f("Job", "job-ref", N.jobRef(c.rng)),
    f("GPS", "gps", N.gps(c.rng)),
  ]),
}

const uni: Business = {
  key: "uni",
  brands: ["Student Hub", "Admissions Office", "Registry Services", "International Student Support", "Library Help Desk", "Student Finance Desk"],
  topics: ["Deferral request for next semester.", "Transcript needed for a visa application.", "Missed exam because of illness, evidence attached.", "Library fine disputed, book returned on time.", "Accommodation swap requested for noise."],
  fields: (c) => pickFields(c, [
    lf(c, "Student ID", "student-id", notPhone(c, () => c.rng.pick(["2", "1"]) + c.rng.digits(c.rng.pick([7, 8])))),
    f("Course", "course", N.course(c.rng)),
    f("ISBN", "isbn", notPhone(c, () => (c.rng.chance(0.7) ? N.isbn13(c.rng) : N.isbn10(c.rng)))),
    f("Room", "room", N.room(c.rng)),
    f("Grade", "grade", N.grade(c.rng)),
    f("Application", "application-ref", N.appRef(c.rng)),
    f("Received", "timestamp", N.timestamp(c.rng)),
  ]),
}

const water: Business = {
  key: "water",
  brands: ["Clearwater Utilities", "AquaNet Water", "Riverbend Water Board", "Metro Water Services", "WaterLine", "BlueTap Utility"],
  topics: ["Low pressure since the mains repair.", "Leak reported at the boundary box.", "Bill estimate too high, meter read requested.", "Brown water from the kitchen tap.", "Meter moved during renovation."],
  fields: (c) => pickFields(c, [
    f("Meter", "meter-serial", N.meterSerial(c.rng)),
    lf(c, "Account", "water-account", notPhone(c, () => { const d = "0" + c.rng.digits(10); return c.rng.chance(0.6) ? `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}` : d })),
    f("Reading", "reading", N.reading(c.rng)),
    f("Zone", "zone-code", N.zoneCode(c.rng)),
    f("Ticket", "ticket-no", N.waterTicket(c.rng)),
    f("BIC", "bic", N.bic(c.rng, c.region.cc)),
  ]),
}

export const BUSINESSES = [vet, car, uni, water]

/** Numbers any business has: order ids, dates, times, amounts, versions. */
export function commonField(c: Ctx): Field {
  const r = c.rng
  return r.pick([
    () => lf(c, "Order", "order-id", notPhone(c, () => r.digits(r.int(8, 10)))),
    () => f("Date", "date", N.date(r)),
    () => f("Time", "time", N.time(r)),
    () => f("Amount", "amount", N.amount(r)),
    () => f("App version", "version", N.version(r)),
  ])()
}
