import { machineWord } from "./person-machine.ts"
// What a lone name-word in an order or a booking can be besides a person: produce weighed or bunched (`Sage + 2 kg`,
// `Rosemary + Sage`, `Rosemary bunch`, `Basil 🌿`, `(Robin hedge)`), animals booked in pairs for a stay (`booking
// KB-26-3459: Oscar + Molly, 2026-09-26 – …`), and a coach firm or a farm named by a word and its trade (`Joy Bus`).

// Herbs, flowers and shrubs whose names are also first names: two of them joined by `+` are an order's items.
const PLANTS = new Set([
  "sage", "rosemary", "basil", "fern", "holly", "thyme", "mint", "parsley", "dill", "bay", "laurel", "lavender", "ivy", "rose", "lily", "daisy",
  "poppy", "violet", "iris", "heather", "hazel", "willow", "olive", "juniper", "saffron", "clover", "jasmine", "myrtle", "marigold", "sorrel",
  "fennel", "chive", "chives", "yarrow", "angelica", "primrose", "bryony", "ginger", "pepper", "cherry", "peach", "posy", "aster", "dahlia",
])
// A weight or a count with its unit after `+` (`+ 2 kg`, `+ 1,5 kg`, `+ 750 g`): an amount added to an item, not to a party
// (`Anna + 2 guests` stays a person's).
const AMOUNT_AFTER = /^[ \t]*\+[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:kg|g|lb|lbs|oz|l|ml|cl|pcs|stk|szt|ks|db|шт|кг|г)(?![\p{L}\p{N}])/u
// A gardener's or a grocer's noun in lower case right after the word: a bunch of it, a hedge of it.
const THING_AFTER = /^[ \t]+(?:bunch|bunches|sprig|sprigs|hedge|hedges|hedging|shrub|shrubs|seedlings?|cuttings?|punnet|plants?)(?![\p{L}\p{M}])/u
// A plant's or a flower's emoji after a plant's name (`Basil 🌿`, `Holly 🌿`).
const PLANT_EMOJI = /^[ \t]*(?:🌿|🌱|🌸|🌹|🌻|🌷|🍃|🌼|💐|🪴|🌾|☘)/u
const PLANT_JOINED_AFTER = /^[ \t]*\+[ \t]*(\p{L}+)/u
const PLANT_JOINED_BEFORE = /(\p{L}+)[ \t]*\+[ \t]*$/u

// A booking's word and its reference, then the animals joined by `+`, then a comma and the stay's dates.
const BOOKING = String.raw`(?:booking|bookings|reserva|reservation|réservation|reservación|reservering|boeking|buchung|reservierung|rezervácia|rezervace|rezervacija|rezervācija|rezervacja|rezervare|varaus|broneering|бронювання|бронирование|резервация|bókun|foglalás|booking)`
const BOOKED_BEFORE = new RegExp(`(?:^|[^\\p{L}])${BOOKING}[ \\t]+[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}/-]*\\d[\\p{N}/-]*:[ \\t]*(?:\\p{Lu}[\\p{Ll}\\p{M}]+[ \\t]*\\+[ \\t]*)?$`, "iu")
const BOOKED_AFTER = /^(?:[ \t]*\+[ \t]*\p{Lu}[\p{Ll}\p{M}]+)?,[ \t]*[^\n]{0,30}?[ \t][–-][ \t]/u
const PAIRED = /^[ \t]*\+|\+[ \t]*$/

// A coach firm, an express service or a farm named by one word and its trade (`Joy Bus`, `Dawn Express`, `Sunny Acres`).
const FIRM_LAST = new Set(["bus", "buses", "minibus", "minibuses", "coaches", "coachlines", "express", "acres", "farm", "farms", "orchard", "orchards", "nursery", "taxis", "cabs", "tours"])

/** Whether the lone word or the two words at `start..end` (`firstEnd` ending the first) name goods, booked animals, a firm or a machine's word. */
export function goodsOrPets(text: string, start: number, end: number, firstEnd: number): boolean {
  if (machineWord(text, start, end)) return true
  if (firstEnd !== end) {
    const last = text.slice(firstEnd + 1, end)
    return !last.includes(" ") && FIRM_LAST.has(last.toLowerCase())
  }
  const after = text.slice(end, end + 40)
  if (AMOUNT_AFTER.test(after) || THING_AFTER.test(after)) return true
  // An emoji after a name often decorates it (`Engineer Nomvula 🌻`, `Hey Dewayne 💐`): a plant's only after a plant's name.
  const plant = PLANTS.has(text.slice(start, end).toLowerCase())
  if (plant && PLANT_EMOJI.test(after)) return true
  const before = text.slice(Math.max(0, start - 48), start)
  if (PAIRED.test(after.slice(0, 3)) || PAIRED.test(before.slice(-3))) {
    if (BOOKED_BEFORE.test(before) && BOOKED_AFTER.test(after)) return true
    if (plant) {
      const other = PLANT_JOINED_AFTER.exec(after)?.[1] ?? PLANT_JOINED_BEFORE.exec(before)?.[1]
      if (other !== undefined && PLANTS.has(other.toLowerCase())) return true
    }
  }
  return false
}
