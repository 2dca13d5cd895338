// Pieces the templates share: who is in a text for each business, and each business's case details (the lookalikes)
// in English. The other languages' case details are built from their phrase books in intl.ts.
import { N, type Seg } from './render.ts'
import type { Ctx } from './ctx.ts'
import { ORIGINS, type Name } from './names.ts'

export interface Cast { a: Name; b: Name; kid?: Name; roleA: string; roleB: string }
export function cast(c: Ctx): Cast {
  const a = c.person()
  let b = c.person()
  while (b.full === a.full || b.given === a.given) b = c.person()
  let kid: Name | undefined
  if (c.biz === 'camp' || (c.biz === 'hospital' && c.chance(0.4))) {
    const k = c.person(a.origin)
    const o = ORIGINS[a.origin]!
    kid = o.family.length && !o.f ? { ...k, family: a.family, full: o.order === 'family-first' ? `${a.family} ${k.given}` : `${k.given} ${a.family}` } : k
    if (kid.given === a.given) kid = { ...kid, given: o.given.find((g) => g !== a.given && !g.includes(' ')) ?? kid.given }
    if (o.family.length && !o.f) kid.full = o.order === 'family-first' ? `${a.family} ${kid.given}` : `${kid.given} ${a.family}`
    for (let i = 0; i < 20 && (kid.full === b.full || kid.given === b.given || kid.given === a.given); i++) { const k2 = c.person(a.origin); kid = o.family.length && !o.f ? { ...k2, family: a.family, full: o.order === 'family-first' ? `${a.family} ${k2.given}` : `${k2.given} ${a.family}` } : k2 }
  }
  const roles: Record<string, [string, string]> = { repair: ['customer', 'second contact'], hospital: kid ? ['parent', 'other parent'] : ['patient', c.pick(['carer', 'daughter', 'son', 'husband', 'wife'])], camp: ['parent', 'emergency contact'], lost: ['owner', 'finder'] }
  const [roleA, roleB] = roles[c.biz]!
  return { a, b, kid, roleA, roleB }
}
export const DEVICES = ['Galaxy A54', 'iPhone 13', 'ThinkPad T14', 'MacBook Air', 'Pixel 7a', 'Redmi Note 12', 'Galaxy Tab S6 Lite', 'IdeaPad 5', 'iPhone SE', 'Surface Laptop 4']
export const FAULTS = ['cracked screen', 'charging port', 'battery swap', 'water damage check', 'keyboard replacement', 'hinge repair', 'camera not focusing', 'no power']
export const ITEMS = ['black backpack', 'blue umbrella', 'e-reader in a green case', 'child\'s scooter', 'laptop bag', 'set of keys with a red fob', 'grey suit jacket', 'travel pillow and headphones', 'brown leather wallet (no cards inside)', 'pink lunchbox', 'guitar in a soft case']
export const CLINICS = ['fracture clinic', 'audiology', 'physio', 'dermatology', 'eye clinic', 'paediatric outpatients', 'ENT']
export const CAMPS = ['Summer Camp week', 'After-School Club', 'Holiday Sports Camp', 'Art & Drama Camp', 'Coding Club']

/** the business's case in English: what the text is about, with its lookalikes */
export function caseEn(c: Ctx, cs: Cast, short = false): Seg[] {
  switch (c.biz) {
    case 'repair': {
      const dev = c.pick(DEVICES)
      const s: Seg[] = [`${dev}, ${c.pick(FAULTS)}, ticket `, c.X('repair-ticket')]
      if (!short || c.chance(0.5)) s.push(dev.includes('Book') || dev.includes('Pad') || dev.includes('Laptop') ? [', S/N ', c.X('device-serial')] : [', IMEI ', c.X('imei')])
      if (!short && c.chance(0.6)) s.push(', warranty ', c.X('warranty-number'))
      if (!short && c.chance(0.5)) s.push(', quote ', c.amt())
      return s
    }
    case 'hospital': {
      const s: Seg[] = [`${c.pick(CLINICS)} appointment `, c.X('appointment-number'), ' on ', c.date(), ' at ', c.time()]
      if (!short || c.chance(0.5)) s.push(', hospital no. ', c.X('hospital-number'))
      if (!short && c.chance(0.6)) s.push(', clinic code ', c.X('clinic-code'))
      if (!short && c.chance(0.4)) s.push(', moved to ', c.date(), ' ', c.time())
      return s
    }
    case 'camp': {
      const s: Seg[] = [`${c.pick(CAMPS)} `, c.X('session-code'), ' from ', c.date(), ', booking ', c.X('booking-ref')]
      if (!short || c.chance(0.5)) s.push(', fee ', c.amt())
      if (!short && c.chance(0.4)) s.push(', deposit ', c.amt(), ' paid')
      return s
    }
    default: {
      const rail = c.chance(0.6)
      const s: Seg[] = [`${c.pick(ITEMS)} found on `, rail ? c.X('train-number') : ['flight ', c.X('flight-number')], rail ? ` coach ${c.rng.int(1, 12)} seat ` : ' seat ', c.X('seat-number'), ', item ref ', c.X('item-ref')]
      if (!short || c.chance(0.5)) s.push(', locker ', c.X('locker-code'))
      if (!short && c.chance(0.4)) s.push(', found ', c.date(), ' ', c.time())
      return s
    }
  }
}
export const BRAND_EN: Record<string, string> = { repair: 'Mendly Device Repair', hospital: 'Harbourview Hospital Outpatients', camp: 'Sunbeam Camps & Clubs', lost: 'Transit Lost Property (rail & airport)' }
export const SHORT_EN: Record<string, string> = { repair: 'Mendly', hospital: 'Harbourview OPD', camp: 'Sunbeam Clubs', lost: 'Lost Property' }
export const TEAM: Record<string, string[]> = { repair: ['@bench-team', '@couriers', '@front-desk'], hospital: ['@opd-bookings', '@clinic-admin', '@patient-transport'], camp: ['@camp-admin', '@finance', '@club-leads'], lost: ['@lpo-rail', '@lpo-airport', '@returns-desk'] }

// English name-words used as words: each sentence puts the word where it is an ordinary word
export function nameWordEn(c: Ctx): Seg[] {
  return c.pick<() => Seg[]>([
    () => [N('name-word', 'May'), ' we remind you to bring the charger.'],
    () => [N('name-word', 'Will'), ' do, thanks.'],
    () => ['The ', N('name-word', 'bill'), ' was settled at the desk.'],
    () => ['Please ', N('name-word', 'mark'), ' the bag as collected.'],
    () => ['Prices ', N('name-word', 'rose'), ' in March.'],
    () => ['There is a 7-day ', N('name-word', 'grace'), ' period for collection.'],
    () => [N('name-word', 'Hope'), ' that helps.'],
    () => ['Forecast for camp week is ', N('name-word', 'sunny'), '.'],
    () => ['What a ', N('name-word', 'joy'), ' to get it back!'],
    () => ['Refund made in good ', N('name-word', 'faith'), '.'],
    () => ['It ', N('name-word', 'may'), ' take 3 working days.'],
    () => ['We ', N('name-word', 'will'), ' call back before noon.'],
  ])()
}
