// Lines any skeleton may add: the rarer labeled types (card, IBAN, SSN for US people, NINO for people from Northern
// Ireland, IP) and the hard lookalikes (declined cards, IBANs with wrong check digits, national ids, name-words...).
import { lit, nat, nameWord, ibanCc, amt, ver, bizNeg, type Ctx } from './ctx.ts'
import * as V from './values.ts'

const CARD: Record<string, string> = { bgl: 'Karta', en: 'Card', de: 'Karte', fr: 'Carte', es: 'Tarjeta', it: 'Carta', nl: 'Kaart', pt: 'Cartão', pl: 'Karta', sv: 'Kort', fi: 'Kortti', ro: 'Card', bg: 'Карта', el: 'Κάρτα' }
const DECL: Record<string, string> = { bgl: 'otkazana', en: 'declined', de: 'abgelehnt', fr: 'refusée', es: 'rechazada', it: 'rifiutata', nl: 'geweigerd', pt: 'recusado', pl: 'odrzucona', sv: 'nekad', fi: 'hylätty', ro: 'refuzat', bg: 'отказана', el: 'απορρίφθηκε' }
const WRONG: Record<string, string> = { bgl: 'nevaliden IBAN', en: 'returned, wrong IBAN', de: 'IBAN ungültig', fr: 'IBAN invalide', es: 'IBAN inválido', it: 'IBAN non valido', nl: 'IBAN ongeldig', pt: 'IBAN inválido', pl: 'błędny IBAN', sv: 'ogiltigt IBAN', fi: 'virheellinen IBAN', ro: 'IBAN invalid', bg: 'невалиден IBAN', el: 'λάθος IBAN' }
const ID: Record<string, string> = { bgl: 'EGN', en: 'ID no.', de: 'Steuer-ID', fr: 'N° sécu', es: 'CURP', it: 'Cod. fiscale', nl: 'BSN', pt: 'CPF', pl: 'PESEL', sv: 'Personnr', fi: 'Hetu', ro: 'CNP', bg: 'ЕГН', el: 'ΑΜΚΑ' }
/** the label language: Bulgarian written in Latin letters has its own */
const lk = (c: Ctx) => (c.loc === 'bg-latn' ? 'bgl' : c.lang)
const EN_ID: Record<string, string> = { 'en-in': 'Aadhaar', 'en-ph': 'SSS no.', 'en-au': 'TFN', 'en-ca': 'SIN', 'en-ie': 'PPSN', 'en-us': 'company EIN' }
export const idLabel = (c: Ctx) => (c.lang === 'en' ? EN_ID[c.loc]! : ID[lk(c)]!)
const ORDER: Record<string, string> = { bgl: 'porachka', en: 'order', de: 'Bestellung', fr: 'commande', es: 'pedido', it: 'ordine', nl: 'bestelling', pt: 'pedido', pl: 'zamówienie', sv: 'order', fi: 'tilaus', ro: 'comanda', bg: 'поръчка', el: 'παραγγελία' }

/** the rare labeled types, one line each, after a newline or a separator */
export function extrasEnt(c: Ctx, sep: string): void {
  const { r, d } = c
  const L = lk(c)
  if (c.loc === 'en-us' && r.chance(0.95)) { lit(c, sep, r.pick(['SSN: ', 'SSN ', 'Social Security no. ', 'ssn (for the permit): '])); d.e('US_SSN', V.ssn(r)) }
  if (c.loc === 'en-ie' && r.chance(0.95)) { lit(c, sep, r.pick(['NI number (Derry address): ', 'UK NINO ', 'National Insurance no: '])); d.e('UK_NINO', V.nino(r)) }
  if (r.chance(c.biz === 'florist' || c.biz === 'cowork' ? 0.22 : 0.1)) { lit(c, sep, `${CARD[L]}: `); d.e('CARD', V.card(r)) }
  if (r.chance(c.biz === 'cowork' || c.biz === 'driving' ? 0.2 : 0.1)) { lit(c, sep, 'IBAN '); d.e('IBAN', V.iban(r, ibanCc(c))) }
}
/** one or two hard lookalikes */
export function extrasNeg(c: Ctx, sep: string, kind?: number): void {
  const { r, d } = c
  const L = lk(c)
  const k = kind ?? r.int(0, 9)
  if (k === 0) { lit(c, sep, `${CARD[L]} `); d.n('luhn-invalid', V.luhnInvalid(r)); lit(c, ` (${DECL[L]})`) }
  else if (k === 1) { lit(c, sep, `${WRONG[L]}: `); d.n('iban-checksum', V.ibanBad(r, ibanCc(c))) }
  else if (k === 2) { lit(c, sep, `${idLabel(c)} `); nat(c) }
  else if (k === 3) { lit(c, sep); nameWord(c) }
  else if (k === 4) { lit(c, sep, `${ORDER[L]} `); bizNeg(c, r.pick(['order-number', 'tracking-number', 'reference-number'])) }
  else if (k === 5) { lit(c, sep); amt(c) }
  else if (k === 6) { lit(c, sep, 'app '); ver(c) }
  else if (k === 7 && c.loc === 'en-us') { lit(c, sep, 'SSN on file is not valid: '); d.n('ssn-invalid', V.ssnBad(r)) }
  else if (k === 7 && c.loc === 'en-ie') { lit(c, sep, 'NINO rejected by HMRC: '); d.n('nino-invalid', V.ninoBad(r)) }
  else { lit(c, sep); bizNeg(c) }
}
export { CARD, DECL, WRONG, ID, ORDER }
