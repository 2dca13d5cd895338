// The thirteen genres, written once over the phrase books (English and the twelve other languages), with the
// four businesses' roles: a company admin booking for colleagues, a sender and a recipient, a parent and a child,
// a learner and an instructor. Each skeleton draws its own variants (glued phones, extensions, two numbers, a time after).
import { lit, nm, tel, mail, bizMail, emo, bizNeg, nat, dt, tm, amt, ts, nameWord, type Ctx, type P, BIZ_NAME } from './ctx.ts'
import { extrasEnt, extrasNeg, idLabel } from './extras.ts'
import * as V from './values.ts'

const roleA = (c: Ctx) => c.P.roles[c.biz][0]
const roleB = (c: Ctx) => c.P.roles[c.biz][1]
const child = (c: Ctx) => c.biz === 'library'
/** a phone with its variants: glued to the word before, an extension after, a time or date after, a second number joined by "or" */
function phoneVar(c: Ctx, p: P, lead: string): void {
  const { r } = c
  const v = r.int(0, 9)
  if ((v === 0 || v === 6) && lead.trim()) { lit(c, lead.trimEnd()); tel(c, p) }
  else { lit(c, lead); tel(c, p) }
  if (v === 1) lit(c, r.pick([' ext 214', ' (ext. 31)', ' x402', ' ext. 7']))
  else if (v === 2) { lit(c, ' ', c.P.or, ' '); tel(c, p, true) }
  else if (v === 3) { lit(c, r.pick([', ', ' / ', ' - '])); tm(c) }
  else if (v === 4) { lit(c, ' '); dt(c) }
}
function cardMsg(c: Ctx): void { lit(c, '"', c.P.card[0]); nm(c, c.B, 'given'); lit(c, c.P.card[1], ' '); nm(c, c.A, 'given'); lit(c, '"') }

export function form(c: Ctx): void {
  const { r, P } = c
  emo(c, 0.4); lit(c, `${BIZ_NAME[c.biz]} - ${P.item[c.biz]}\n`)
  if (r.chance(0.35)) { lit(c, `${P.first}: `); nm(c, c.A, 'given'); lit(c, `\n${P.last}: `); nm(c, c.A, 'surname') }
  else { lit(c, `${P.name}: `); nm(c, c.A, r.chance(0.35) ? 'caps' : 'full') }
  lit(c, ` (${roleA(c)})\n${P.phone}:${r.chance(0.8) ? ' ' : ''}`); tel(c, c.A); if (r.chance(0.2)) lit(c, ' ext 12')
  if (r.chance(0.3)) { lit(c, `\n${P.mobile}:`); r.chance(0.3) ? tel(c, c.A, true) : (lit(c, ' '), tel(c, c.A, true)) }
  lit(c, `\n${P.email}: `); mail(c, c.A)
  lit(c, `\n${roleB(c)}: `); emo(c, 0.3); nm(c, c.B)
  if (!child(c)) { lit(c, ', '); tel(c, c.B) }
  if (r.chance(0.5)) { lit(c, ', '); mail(c, c.B) }
  lit(c, `\n${P.ref}: `); bizNeg(c); lit(c, `\n${P.date}: `); dt(c); lit(c, ' '); tm(c)
  if (r.chance(0.5)) { lit(c, `\n${idLabel(c)}: `); nat(c) }
  extrasEnt(c, '\n')
  if (r.chance(0.4)) { lit(c, '\nIP: '); c.d.e('IP_ADDRESS', V.ip(r)) }
  if (r.chance(0.5)) extrasNeg(c, '\n')
}
export function sms(c: Ctx): void {
  const { r, P } = c
  c.lower = c.lang === 'en' ? r.chance(0.6) : r.chance(0.3)
  if (r.chance(0.5)) {
    lit(c, `${P.hi} `); nm(c, c.A, 'given'); lit(c, ', '); emo(c, 0.6); lit(c, `${P.item[c.biz]} `); bizNeg(c); lit(c, ' '); dt(c)
    phoneVar(c, c.A, `. ${P.cb} `)
  } else {
    emo(c, 0.5); lit(c, `${P.item[c.biz]} `); bizNeg(c); lit(c, ` - `); nm(c, c.A, c.lower ? 'lower' : 'full'); lit(c, `. ${P.other}: `); tel(c, c.A, true)
    if (c.biz === 'florist') { lit(c, ` ${roleB(c)} `); nm(c, c.B, c.lower ? 'lower' : 'full'); phoneVar(c, c.B, ' ') }
  }
  c.lower = false
  if (r.chance(0.5)) extrasEnt(c, '. ')
  if (r.chance(0.35)) { lit(c, ' '); nameWord(c) }
  lit(c, r.pick(['', ' 🙏🏽', ' 👍', ' thx'.replace('thx', c.lang === 'en' ? 'thx' : P.thanks.toLowerCase())]))
  c.lower = false
}
export function chat(c: Ctx): void {
  const { r, P } = c
  // minutes go forward line by line (the hour turns over at 60)
  let at = r.int(8, 19) * 60 + r.int(0, 40)
  const stamp = () => { at += r.int(1, 9); return `${Math.floor(at / 60)}:${String(at % 60).padStart(2, '0')}` }
  lit(c, `[${stamp()}] `); nm(c, c.A); lit(c, `: ${P.hi}! ${P.item[c.biz]} `); bizNeg(c); lit(c, ' '); emo(c, 0.7); dt(c); lit(c, '?\n')
  lit(c, `[${stamp()}] ${BIZ_NAME[c.biz]} (`); nm(c, c.C, 'given'); lit(c, `, ${P.agent}): ${P.thanks}! ${P.phone}?\n`)
  lit(c, `[${stamp()}] `); nm(c, c.A, 'given'); phoneVar(c, c.A, ': ')
  lit(c, `\n[${stamp()}] `); nm(c, c.A, 'given'); lit(c, `: ${roleB(c)} `); nm(c, c.B); if (!child(c)) { lit(c, ` ${P.on} `); emo(c, 0.4); tel(c, c.B) }
  if (r.chance(0.3)) { lit(c, ` ${P.email}: `); mail(c, c.A) }
  if (r.chance(0.6)) extrasEnt(c, '\n')
  if (r.chance(0.4)) extrasNeg(c, '\n')
}
export function summary(c: Ctx): void {
  const { r, P } = c
  lit(c, `${P.summary} (${BIZ_NAME[c.biz]}): `); emo(c, 0.3); nm(c, c.A); lit(c, ` (${roleA(c)}) ${P.about} ${P.item[c.biz]} `); bizNeg(c); lit(c, `, `); dt(c)
  lit(c, `. ${roleB(c)}: `); nm(c, c.B)
  if (!child(c)) phoneVar(c, c.B, `, ${P.reach} `)
  lit(c, `. `); nm(c, c.A, 'given'); lit(c, ` ${P.reach} `); tel(c, c.A)
  if (r.chance(0.4)) { lit(c, ` / `); mail(c, c.A) }
  lit(c, '.')
  if (r.chance(0.25)) { lit(c, ` ${P.newnum}: `); tel(c, c.F) }
  extrasEnt(c, ' ')
  if (r.chance(0.5)) extrasNeg(c, '. ')
}
export function note(c: Ctx): void {
  const { r, P } = c
  if (r.chance(0.4)) {
    // several people on one line
    // the library's child has no phone: the line holds the parent, the desk's colleague and a caller from abroad
    const [x, y, z] = child(c) ? [c.A, c.C, c.F] : [c.A, c.B, c.C]
    lit(c, `${P.present}: `); nm(c, x); lit(c, ', '); nm(c, y); lit(c, ` ${P.and} `); nm(c, z); lit(c, ' - ')
    nm(c, x, 'given'); lit(c, ` ${P.on} `); tel(c, x); lit(c, ', '); nm(c, y, 'given'); lit(c, ` ${P.on} `); tel(c, y); lit(c, ', ')
    nm(c, z, 'given'); lit(c, ` ${P.on} `); tel(c, z); lit(c, ` | ${P.ref} `); bizNeg(c)
  } else {
    c.lower = r.chance(0.5)
    lit(c, c.lang === 'en' ? 'cust ' : `${P.note.toLowerCase()}: `); emo(c, 0.4); nm(c, c.A, c.lower ? 'lower' : r.chance(0.3) ? 'caps' : 'full')
    phoneVar(c, c.A, ' cb '); lit(c, ' re '); bizNeg(c); lit(c, `, ${roleB(c)} `); nm(c, c.B, c.lower ? 'lower' : 'given')
    if (!child(c)) { lit(c, ' '); tel(c, c.B) }
    if (r.chance(0.4)) { lit(c, ', '); bizNeg(c) }
    c.lower = false
    extrasEnt(c, '; ')
  }
  if (r.chance(0.5)) extrasNeg(c, '; ')
}
export function email(c: Ctx): void {
  const { r, P } = c
  lit(c, `${P.subject}: ${P.item[c.biz]} `); bizNeg(c); lit(c, `\n${P.from}: `); nm(c, c.A); lit(c, ' <'); mail(c, c.A); lit(c, `>\n${P.to}: `); bizMail(c)
  if (r.chance(0.4)) { const cc = child(c) ? c.C : c.B; lit(c, '\nCc: '); nm(c, cc); lit(c, ' <'); mail(c, cc); lit(c, '>') }
  lit(c, `\n\n${P.hi},\n\n`)
  if (c.biz === 'florist') { lit(c, `${P.roles.florist[1]}: `); nm(c, c.B); lit(c, ', '); tel(c, c.B); lit(c, '\n'); cardMsg(c); lit(c, '\n') }
  else { lit(c, `${P.item[c.biz]}, `); dt(c); lit(c, ' '); tm(c); lit(c, `, ${roleB(c)} `); nm(c, c.B); lit(c, '.\n') }
  phoneVar(c, c.A, `${P.cb} `); lit(c, '.\n')
  extrasEnt(c, '\n')
  lit(c, `\n> ${P.date}: `); dt(c); lit(c, `, ${BIZ_NAME[c.biz]}:\n> ${P.ref} `); bizNeg(c); lit(c, ' - '); nm(c, c.C, 'given'); lit(c, '\n')
  if (r.chance(0.4)) extrasNeg(c, '> ')
  lit(c, `\n-- \n`); nm(c, c.A); lit(c, '\n'); tel(c, c.A, r.chance(0.5)); emo(c, 0.2)
}
export function csv(c: Ctx): void {
  const { r, P } = c
  const sep = r.pick([',', ';', '\t'])
  const split = r.chance(0.5)
  const id = c.loc === 'en-us' ? 'ssn' : c.loc === 'en-ie' ? 'ni_number' : ''
  const head = [...(split ? [P.first, P.last] : [P.name]), P.phone, P.email, P.ref, ...(id ? [id] : [])]
  lit(c, head.join(sep), '\n')
  const rows = child(c) ? [c.A, c.C] : [c.A, c.B, c.C].slice(0, r.int(2, 3))
  rows.forEach((p, i) => {
    if (split) { nm(c, p, 'given'); lit(c, sep); r.chance(0.3) ? c.d.e('PERSON', p.surname.toUpperCase()) : nm(c, p, 'surname') } else nm(c, p)
    lit(c, sep); tel(c, p); lit(c, sep)
    if (i === 1 && r.chance(0.3)) lit(c, ''); else mail(c, p)
    lit(c, sep); bizNeg(c)
    if (id) { lit(c, sep); c.d.e(id === 'ssn' ? 'US_SSN' : 'UK_NINO', id === 'ssn' ? V.ssn(r) : V.nino(r)) }
    lit(c, '\n')
  })
}
const JK: Record<string, [string, string]> = { en: ['first_name', 'last_name'], de: ['vorname', 'nachname'], fr: ['prenom', 'nom'], es: ['nombre', 'apellidos'], it: ['nome', 'cognome'], nl: ['voornaam', 'achternaam'], pt: ['nome', 'sobrenome'], pl: ['imie', 'nazwisko'], sv: ['fornamn', 'efternamn'], fi: ['etunimi', 'sukunimi'], ro: ['prenume', 'nume'], bg: ['ime', 'familiya'], el: ['onoma', 'eponymo'] }
export function json(c: Ctx): void {
  const { r } = c
  const [f, l] = JK[c.lang]!
  lit(c, `{"event":"${c.biz}.${r.pick(['created', 'updated'])}","at":"`); ts(c); lit(c, `","${f}":"`); nm(c, c.A, 'given'); lit(c, `","${l}":"`); nm(c, c.A, 'surname')
  lit(c, '","phone":"'); tel(c, c.A); lit(c, '","email":"'); mail(c, c.A); lit(c, '","ref":"'); bizNeg(c); lit(c, '"')
  if (!child(c) || r.chance(0.5)) { lit(c, ',"contact":{"name":"'); nm(c, c.B); lit(c, '"'); if (!child(c)) { lit(c, ',"phone":"'); tel(c, c.B); lit(c, '"') } lit(c, '}') }
  if (r.chance(0.4)) { lit(c, ',"ip":"'); c.d.e('IP_ADDRESS', V.ip(r)); lit(c, '"') }
  if (c.loc === 'en-us') { lit(c, ',"ssn":"'); c.d.e('US_SSN', V.ssn(r)); lit(c, '"') }
  if (c.loc === 'en-ie') { lit(c, ',"ni_number":"'); c.d.e('UK_NINO', V.nino(r)); lit(c, '"') }
  if (r.chance(0.3)) { lit(c, ',"total":"'); amt(c); lit(c, '"') }
  lit(c, '}')
}
export function transcript(c: Ctx): void {
  const { r, P } = c
  c.lower = true
  c.spoken = true
  lit(c, `${P.agent}: ${BIZ_NAME[c.biz]}, ${P.name}?\n${P.caller}: `); nm(c, c.A, r.chance(0.5) ? 'full' : 'given'); lit(c, `, ${P.item[c.biz]} `); bizNeg(c); lit(c, '\n')
  lit(c, `${P.agent}: ${P.phone}?\n${P.caller}: `); tel(c, c.A)
  if (r.chance(0.3)) { lit(c, ` ${P.or} `); tel(c, c.A, true) }
  lit(c, `\n${P.agent}: ${P.thanks}. ${roleB(c)}?\n${P.caller}: `); nm(c, c.B, 'full')
  if (!child(c)) { lit(c, ` ${P.on} `); tel(c, c.B) }
  if (r.chance(0.5)) { lit(c, `\n${P.agent}: `); nameWord(c) }
  c.lower = false
  c.spoken = false
}
export function voicemail(c: Ctx): void {
  const { r, P } = c
  const who = r.chance(0.25) ? c.F : c.A
  lit(c, `${P.vm} `); tel(c, who); lit(c, ' ('); dt(c); lit(c, ', '); tm(c); lit(c, `): "${P.hi}, `); nm(c, who)
  lit(c, `, ${P.item[c.biz]} `); bizNeg(c); lit(c, '. ')
  phoneVar(c, who, `${P.cb} `); lit(c, '.')
  if (r.chance(0.3)) { lit(c, ` ${P.email} `); mail(c, who) }
  extrasEnt(c, ' ')
  lit(c, ` ${P.thanks}."`)
  if (r.chance(0.4)) extrasNeg(c, ' ')
}
export function ticket(c: Ctx): void {
  const { r, P } = c
  lit(c, `${r.pick(['@front-desk', '@billing', '@bookings-team', '@delivery-ops'])} ${P.item[c.biz]} `); bizNeg(c); lit(c, ': '); nm(c, c.A); lit(c, ` (${P.phone} `); tel(c, c.A); lit(c, ')')
  lit(c, `. ${roleB(c)} `); emo(c, 0.5); nm(c, c.B, r.chance(0.5) ? 'full' : 'given')
  if (!child(c)) phoneVar(c, c.B, ` ${P.on} `)
  if (r.chance(0.5)) { lit(c, ', '); mail(c, c.B) }
  lit(c, `. ${r.pick(['cc @it-support', 'cc @accounts', '/cc @ops'])} `); tm(c)
  extrasEnt(c, '. ')
  if (r.chance(0.5)) extrasNeg(c, '. ')
}
export function log(c: Ctx): void {
  const { r } = c
  ts(c); lit(c, ` INFO ${r.pick(['sms.sent', 'call.inbound', 'booking.saved', 'notify.queued'])} to=`); tel(c, c.A, false, r.pick(['e164', 'nat-compact', 'intl'])); lit(c, ' ref='); bizNeg(c)
  lit(c, ' user='); mail(c, c.A); lit(c, ' src='); c.d.e('IP_ADDRESS', V.ip(r))
  lit(c, '\n'); ts(c); lit(c, ' INFO contact name="'); nm(c, c.B); lit(c, '"')
  if (!child(c)) { lit(c, ' msisdn='); tel(c, c.B, false, r.pick(['e164', 'nat-compact', '00'])) }
  lit(c, ' agent='); nm(c, c.C, 'given')
  if (r.chance(0.3)) { lit(c, ' app='); c.d.n('version', V.version(r)) }
}
export function table(c: Ctx): void {
  const { r, P } = c
  lit(c, `| ${P.name} | ${P.phone} | ${P.email} | ${P.ref} |\n|---|---|---|---|\n`)
  const rows = child(c) ? [c.A, c.C] : [c.A, c.B, c.C].slice(0, r.int(2, 3))
  for (const p of rows) { lit(c, '| '); nm(c, p, r.chance(0.25) ? 'caps' : 'full'); lit(c, ' | '); tel(c, p); lit(c, ' | '); mail(c, p); lit(c, ' | '); bizNeg(c); lit(c, ' |\n') }
}
// negatives only
export function negOnly(c: Ctx, kind: string): void {
  const { r, P } = c
  if (kind === 'log') { ts(c); lit(c, ' INFO booking.saved ref='); bizNeg(c); lit(c, ' slot='); bizNeg(c); lit(c, ' app='); c.d.n('version', V.version(r)); return }
  emo(c, 0.5); lit(c, `${P.item[c.biz]} `); bizNeg(c); lit(c, ', '); dt(c); lit(c, ' '); tm(c); lit(c, '. ')
  bizNeg(c); extrasNeg(c, '; ', r.int(0, 1))
  lit(c, `. ${idLabel(c)} `); nat(c)
  if (c.loc === 'en-us') { lit(c, '; SSN on the form is not valid: '); c.d.n('ssn-invalid', V.ssnBad(r)) }
  if (c.loc === 'en-ie') { lit(c, '; NINO rejected: '); c.d.n('nino-invalid', V.ninoBad(r)) }
  if (r.chance(0.6)) { lit(c, ' '); nameWord(c) }
  extrasNeg(c, ' / ')
}
export const SKELETONS: Record<string, (c: Ctx) => void> = { form, sms, chat, summary, note, email, csv, json, transcript, voicemail, ticket, log, table }
