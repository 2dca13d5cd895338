// The genre skeletons (and the negatives-only one). Each writes one text through the context's builder.
import type { Person } from './names.ts'
import type { Phone } from './phones.ts'
import { Ctx, BIZ_NAME, BIZ_MAIL, BIZ_KINDS } from './ctx.ts'
import { pad } from './prng.ts'

export interface Cast {
  main: Person; mainPh: Phone; oldPh: Phone
  second: Person; secondPh: Phone
  third: Person; thirdPh: Phone
  agent: Person
  extra: Person[] // children, guests, carers
  foreign?: Person; foreignPh?: Phone
}
export function castFor(c: Ctx): Cast {
  const r = c.r
  const main = c.person({ fem: c.biz === 'care' ? true : undefined })
  const second = c.person()
  const third = c.person({ fem: c.biz === 'care' ? false : undefined })
  const agent = c.person()
  const n = c.biz === 'ski' ? r.int(2, 3) : 2
  const extra = Array.from({ length: n }, () => (c.biz === 'ski' ? c.child(main) : c.person()))
  const cast: Cast = { main, mainPh: c.phoneOf(main), oldPh: c.phoneOf(main), second, secondPh: c.phoneOf(second), third, thirdPh: c.phoneOf(third), agent, extra }
  if (r.chance(0.3)) { cast.foreign = c.person({ foreign: true }); cast.foreignPh = c.phoneOf(cast.foreign) }
  return cast
}
const W = (c: Ctx) => (c.b.lower ? 'lower' : 'full') as 'lower' | 'full'
/** a phone with what may follow it: an extension, a time or a date */
function phoneTail(c: Ctx, ph: Phone, land = false) {
  const r = c.r
  c.phone(ph)
  const k = r.next()
  if ((land && k < 0.5) || k < 0.06) { const st = r.pick([' ext. ', ' (ext. ', ' x']); c.t(st + String(r.int(2, 450)) + (st === ' (ext. ' ? ')' : '')) }
  else if (k < 0.2) { c.t(r.pick([' - ', ', ', ' / '])); c.time() }
  else if (k < 0.26) { c.t(' '); c.date() }
}
/** "on", a colon, or glued straight to the word before */
function lead(c: Ctx, word: string) {
  const r = c.r.next()
  c.t(r < 0.12 ? word : r < 0.22 ? `${word}:` : `${word} `)
}
function twoPhones(c: Ctx, a: Phone, b: Phone) { c.phone(a).t(` ${c.ph.or} `).phone(b) }
function bizLine(c: Ctx, n = 2) {
  const kinds = c.r.shuffle(BIZ_KINDS[c.biz]).slice(0, n)
  kinds.forEach((k, i) => { if (i) c.t(', '); c.ref(k) })
}
function extrasList(c: Ctx, cast: Cast, how: 'given' | 'full' | 'lowergiven' = 'given') {
  cast.extra.forEach((p, i) => { if (i) c.t(i === cast.extra.length - 1 ? ` & ` : ', '); c.name(p, how) })
}
/** a sentence on the case, in English with the business's story; elsewhere from the phrase book */
function story(c: Ctx, cast: Cast) {
  const r = c.r, p = c.ph
  if (c.en && r.chance(0.5)) {
    if (c.biz === 'removals') { c.t('Customer moving house on ').date().t(' - new mobile ').phone(cast.mainPh).t(', old landline ').phone(cast.oldPh).t(' (disconnected after the move). '); bizLine(c, 2); c.t('.') }
    else if (c.biz === 'venue') { c.t('Couple ').name(cast.main, 'given').t(' & ').name(cast.second, 'given').t(' confirmed the table plan: ').ref('table-number').t(' - '); extrasList(c, cast, 'full'); c.t('. Planner ').name(cast.third).t(' (').phone(cast.thirdPh).t(') to send final numbers; florist (supplier) on '); phoneTail(c, c.phoneOf(cast.main.phoneCountry), true); c.t('.') }
    else if (c.biz === 'ski') { c.name(cast.main).t(` renting for ${cast.extra.length} children (`); extrasList(c, cast); c.t('). '); bizLine(c, 2); c.t('. Return by ').time().t('; contact ').phone(cast.mainPh).t('.') }
    else { c.name(cast.main).t(' rang about her dad ').name(cast.third, 'given').t(': missed visit, ').ref('visit-number').t('. Rota this week - ').name(cast.extra[0]!, 'given').t(' mornings, ').name(cast.extra[1]!, 'given').t(' evenings. ').ref('key-safe').t('. Call back on ').phone(cast.mainPh).t(' after ').time().t('.') }
    return
  }
  if (c.en) {
    if (c.biz === 'removals') { c.t('Moving from the flat to the new house, ').date().t('. Old number ').phone(cast.oldPh).t(', new number ').phone(cast.mainPh).t('. '); bizLine(c, 3); c.t('.') }
    else if (c.biz === 'venue') { c.t('Wedding of ').name(cast.main, W(c)).t(' and ').name(cast.second, W(c)).t(', planner ').name(cast.third, W(c)).t(' on ').phone(cast.thirdPh).t('. Top table: '); extrasList(c, cast, 'full'); c.t('. '); bizLine(c, 2); c.t('.') }
    else if (c.biz === 'ski') { c.t('Family rental for '); extrasList(c, cast); c.t(', '); bizLine(c, 3); c.t('; parent ').name(cast.main, 'given').t(' on ').phone(cast.mainPh).t('.') }
    else { c.t('Daughter ').name(cast.main, W(c)).t(' called about her father ').name(cast.third, W(c)).t('. Carer rota: '); cast.extra.forEach((x, i) => { if (i) c.t('; '); c.name(x, 'full').t(' ').time() }); c.t('. '); bizLine(c, 2); c.t('.') }
    return
  }
  if (c.biz === 'removals') { c.name(cast.main, W(c)).t(` ${p.moving} `).date().t(c.b.text.endsWith('.') ? ` ${p.oldNum}: ` : `. ${p.oldNum}: `).phone(cast.oldPh).t(`, ${p.newNum}: `).phone(cast.mainPh).t('. '); bizLine(c, 3); c.t('.') }
  else if (c.biz === 'venue') { c.name(cast.main, W(c)).t(' & ').name(cast.second, W(c)).t(`, ${p.planner} `).name(cast.third, W(c)).t(' ').phone(cast.thirdPh).t(`. ${p.table} 1: `); extrasList(c, cast, 'full'); c.t('. '); bizLine(c, 2); if (r.chance(0.5)) { c.t(`; ${p.supplier} ☎ `); phoneTail(c, c.phoneOf(cast.main.phoneCountry), true) } c.t('.') }
  else if (c.biz === 'ski') { c.name(cast.main, W(c)).t(` + ${p.children} `); extrasList(c, cast); c.t(': '); bizLine(c, 3); c.t(`. ${p.phone} `).phone(cast.mainPh).t('.') }
  else { c.name(cast.main, W(c)).t(` (${p.daughter}), ${p.father} `).name(cast.third, W(c)).t(`. ${p.carer}: `); cast.extra.forEach((x, i) => { if (i) c.t(', '); c.name(x, 'full').t(' ').time() }); c.t('. '); bizLine(c, 2); c.t('.') }
  void r
}
function money(c: Ctx) {
  const r = c.r.next()
  if (r < 0.2) c.t(` ${c.ph.paid} `).card().t('.')
  else if (r < 0.38) c.t(` ${c.ph.account}: `).iban().t('.')
  else if (r < 0.48) c.t(` ${c.ph.total} `).amount().t('.')
  else if (r < 0.55) c.t(' ✗ ').badCard().t('.')
  else if (r < 0.62) c.t(` ${c.ph.account}? `).badIban()
}
function ids(c: Ctx, who: Person) {
  const r = c.r
  if (c.us && r.chance(0.85)) { c.t(r.pick(['\nSSN (', '\nSocial Security no. ('])); c.name(who, 'given').t('): ').ssn() }
  if (c.welsh && r.chance(0.95)) { c.t(r.pick(['\nNI no. ', '\nNational Insurance: ', ' NINO '])); c.nino() }
  if (r.chance(0.4)) { c.t(' ID '); c.national() }
  if (c.us && r.chance(0.1)) c.t(' old SSN on file ').badSsn()
  if (c.welsh && r.chance(0.1)) c.t(' (rejected: ').badNino().t(')')
}
function agentTag(c: Ctx, cast: Cast) { c.t(`${BIZ_NAME[c.biz]} (`).name(cast.agent, 'given').t(')') }

export const SKELETONS: Record<string, (c: Ctx, cast: Cast) => void> = {
  form(c, cast) {
    const r = c.r, p = c.ph
    c.t(`${c.emoji()} ${BIZ_NAME[c.biz]} | web form\n`)
    if (r.chance(0.4)) { c.t(`${p.name}: `).name(cast.main, 'upper') } else if (r.chance(0.5)) { c.t(`${p.name} (1): `).b.e('PERSON', cast.main.given); c.t(`\n${p.name} (2): `).b.e('PERSON', cast.main.family.replace(/^(bin|binti|ap|ferch) /, '')) ; if (/^(bin|binti|ap|ferch) /.test(cast.main.family)) throw new Error('retry') } else c.t(`${p.name}: `).name(cast.main)
    c.t(`\n${p.phone}:`).t(r.chance(0.5) ? '' : ' ').phone(cast.mainPh)
    c.t(`\n${p.email}: `).email(cast.main)
    c.t(`\n${p.date}: `).date()
    c.t(`\n${p.note}: `); story(c, cast)
    money(c); ids(c, cast.main)
    if (r.chance(0.3)) c.t('\nIP: ').ip()
    if (r.chance(0.3)) c.t('\n').nameWord()
  },
  sms(c, cast) {
    const r = c.r, p = c.ph
    const low = r.chance(0.5)
    c.t(r.chance(0.5) ? `${c.emoji()} ` : '')
    c.t(low ? p.hi.toLowerCase() + ' ' : p.hi + ' ').name(cast.second, low ? 'lowergiven' : 'given').t(low ? ', ' : ', ').name(cast.main, low ? 'lowergiven' : 'given').t(c.en ? ' here. ' : ' – ')
    c.t(`${p.newNum} `).phone(cast.mainPh).t(`, ${p.oldNum} `).phone(cast.oldPh).t('. ')
    if (r.chance(0.6)) { c.ref().t('. ') }
    if (r.chance(0.4)) { lead(c, p.callOn); phoneTail(c, cast.secondPh); c.t(' ') }
    if (r.chance(0.3)) c.nameWord().t(' ')
    c.t(c.colour())
  },
  chat(c, cast) {
    const r = c.r
    let h = r.int(7, 19), m = r.int(0, 40)
    const stamp = () => { c.t('['); c.b.n('time', `${h}:${pad(m)}`); c.t('] '); m += r.int(1, 6); if (m > 59) { m -= 60; h++ } }
    stamp(); c.name(cast.main).t(`: ${c.ph.hi}! ${c.emoji()} `).ref().t('\n')
    stamp(); agentTag(c, cast); c.t(`: ${c.ph.thanks} `).name(cast.main, 'given').t('. ').ref().t('?\n')
    stamp(); c.name(cast.main, 'given').t(': ').phone(cast.mainPh).t(' ').date().t('\n')
    stamp(); c.name(cast.main, 'given').t(': '); story(c, cast); c.t('\n')
    if (r.chance(0.5)) { stamp(); c.name(cast.second).t(`: ${c.ph.callOn} `); twoPhones(c, cast.secondPh, c.phoneOf(cast.second)); c.t('\n') }
    if (r.chance(0.3)) { stamp(); agentTag(c, cast); c.t(': '); c.nameWord(); c.t('\n') }
    stamp(); agentTag(c, cast); c.t(`: ${c.colour()} 👍🏽`)
    if (c.welsh || c.us) ids(c, cast.main)
  },
  summary(c, cast) {
    const r = c.r, p = c.ph
    c.t(c.en ? '🤖 AI call summary\n' : `🤖 AI summary (${c.loc.lang})\n`)
    c.t(c.en ? 'Caller: ' : `${p.customer}: `).name(cast.main).t(c.en ? ' (customer), ' : ', ')
    lead(c, c.en ? 'reached on' : p.reach); phoneTail(c, cast.mainPh); c.t('.\n')
    story(c, cast); if (r.chance(0.5)) c.t(' ').nameWord(); c.t('\n')
    if (cast.foreign && cast.foreignPh) { c.t('+ ').name(cast.foreign).t(' ').phone(cast.foreignPh).t('.\n') }
    c.t(c.en ? `Next step: ${c.ph.agent} ` : `${p.agent}: `).name(cast.agent, 'given').t(` ${p.callback} `).date().t(' ').time().t('.')
    money(c); ids(c, cast.main)
  },
  note(c, cast) {
    const r = c.r, p = c.ph
    const low = r.chance(0.6)
    c.t(low ? 'cust ' : `${p.customer} `).name(cast.main, low ? 'lower' : 'full').t(' cb ').phone(cast.mainPh).t(' ').date().t(' re ').ref().t(', ')
    c.name(cast.second, low ? 'lower' : 'full').t(' ').phone(cast.secondPh).t('\n')
    if (r.chance(0.6)) {
      const ps = [cast.third, ...cast.extra.slice(0, 2)]
      c.t(c.en ? 'Present: ' : '👥 ')
      ps.forEach((x, i) => { if (i) c.t(i === ps.length - 1 ? ' & ' : ', '); c.name(x) })
      c.t(' - ')
      ps.forEach((x, i) => { if (i) c.t(', '); c.name(x, 'given').t(' '); phoneTail(c, c.phoneOf(x)) })
      c.t('\n')
    } else { story(c, cast); c.t('\n') }
    if (cast.foreign && cast.foreignPh) c.t('intl: ').name(cast.foreign, low ? 'lower' : 'full').t(' ').phone(cast.foreignPh).t('\n')
    c.t(`${p.agent}: `).name(cast.agent, low ? 'lowergiven' : 'given')
    if (r.chance(0.3)) c.t(' ').generic()
    ids(c, cast.main)
  },
  email(c, cast) {
    const r = c.r, p = c.ph
    c.t('From: ').name(cast.main).t(' <').email(cast.main).t('>\nTo: ').email(BIZ_MAIL[c.biz]).t('\n')
    if (r.chance(0.5)) c.t('Cc: ').name(cast.second).t(' <').email(cast.second).t('>\n')
    c.t('Subject: ').ref().t('\n\n')
    c.t(`${p.hi} `).name(cast.agent, 'given').t(',\n\n'); story(c, cast); money(c); if (r.chance(0.5)) c.t(' ').nameWord(); c.t('\n')
    if (r.chance(0.4)) { c.t(`${p.callOn} `); twoPhones(c, cast.mainPh, cast.oldPh); c.t('.\n') }
    c.t(`\n${p.thanks},\n`).name(cast.main, 'given').t('\n\n')
    c.t('> ').name(cast.agent).t(' <').email(BIZ_MAIL[c.biz]).t('> ').date().t(':\n> ').ref().t(`. ${c.colour()}\n`)
    c.t('-- \n').name(cast.main).t('\n').t(r.chance(0.5) ? `${p.phone}: ` : 'M: ').phone(cast.mainPh)
    if (r.chance(0.3)) { c.t('\n'); phoneTail(c, cast.thirdPh, true) }
    ids(c, cast.main)
  },
  csv(c, cast) {
    const r = c.r
    const sep = r.pick([',', ';', '\t'])
    const idCol = c.us ? 'ssn' : c.welsh ? 'ni_number' : ''
    const split = r.chance(0.5)
    const cols = [...(split ? ['first_name', 'last_name'] : ['name']), 'phone', 'email', 'ref', 'date', ...(idCol ? [idCol] : [])]
    c.t(cols.join(sep) + '\n')
    const rows = [cast.main, cast.second, cast.third, ...cast.extra].slice(0, r.int(2, 4))
    rows.forEach((x, i) => {
      if (split) { c.b.e('PERSON', x.given); c.t(sep); if (/^(bin|binti|ap|ferch) /.test(x.family)) throw new Error('retry'); c.b.e('PERSON', r.chance(0.3) ? x.family.toUpperCase() : x.family) } else c.name(x)
      c.t(sep).phone(i === 0 ? cast.mainPh : c.phoneOf(x), r.pick(['intl-compact', 'nat', 'intl', 'nat-compact', '00-compact'])).t(sep)
      if (i === 2) { /* empty cell kept */ } else c.email(x)
      c.t(sep); c.neg(r.pick(BIZ_KINDS[c.biz].filter((k) => !['boot-size', 'ski-length', 'table-number', 'key-safe', 'access-code'].includes(k)))); c.t(sep).date(true)
      if (idCol) { c.t(sep); if (idCol === 'ssn') c.ssn(); else c.nino() }
      c.t('\n')
    })
  },
  json(c, cast) {
    const r = c.r
    const keys: Record<string, [string, string]> = { da: ['fornavn', 'efternavn'], no: ['fornavn', 'etternavn'], is: ['fornafn', 'eftirnafn'], pt: ['nome', 'apelido'], es: ['nombre', 'apellido'], ca: ['nom', 'cognoms'], cs: ['jmeno', 'prijmeni'], sk: ['meno', 'priezvisko'], hu: ['vezeteknev', 'keresztnev'], hr: ['ime', 'prezime'], sr: ['ime', 'prezime'], mt: ['isem', 'kunjom'], lb: ['virnumm', 'numm'], gsw: ['vorname', 'nachname'] }
    const [fk, lk] = keys[c.loc.lang] ?? ['first_name', 'last_name']
    if (/^(bin|binti|ap|ferch) /.test(cast.main.family)) throw new Error('retry')
    c.t(`{"event":"${c.biz}.enquiry","ts":"`).timestamp().t(`","${fk}":"`).b.e('PERSON', c.loc.lang === 'hu' ? cast.main.family : cast.main.given)
    c.t(`","${lk}":"`).b.e('PERSON', c.loc.lang === 'hu' ? cast.main.given : cast.main.family)
    c.t('","phone":"').phone(cast.mainPh, r.pick(['intl-compact', 'intl', 'nat'])).t('","email":"').email(cast.main).t('","ref":"').neg(BIZ_KINDS[c.biz][0]!).t('"')
    c.t(',"contact":{"name":"').name(cast.second).t('","msisdn":"').phone(cast.secondPh, 'intl-compact').t('"}')
    if (c.us && r.chance(0.6)) c.t(',"ssn":"').ssn().t('"')
    if (c.welsh) c.t(',"ni_number":"').nino().t('"')
    if (r.chance(0.25)) c.t(',"card":"').card().t('"')
    else if (r.chance(0.2)) c.t(',"iban":"').iban().t('"')
    c.t(',"ip":"').ip().t('","app":"').version().t('"}')
  },
  transcript(c, cast) {
    const r = c.r, p = c.ph
    c.t(`agent: ${BIZ_NAME[c.biz]}, `).name(cast.agent, 'lowergiven').t(' speaking\n')
    c.t(`${p.customer}: ${p.hi}${c.en ? " it's" : ','} `).name(cast.main, 'lower').t(' ').generic().t(' ')
    lead(c, p.callOn)
    if (c.en && r.chance(0.6)) c.spoken(cast.mainPh); else c.phone(cast.mainPh, 'odd')
    c.t(` ${p.or} `)
    if (c.en && r.chance(0.5)) c.spoken(cast.oldPh); else c.phone(cast.oldPh, 'odd')
    c.t('\n').t(`${p.customer}: `).name(cast.second, 'lowergiven').t(' ').phone(cast.secondPh, r.pick(['odd', 'nat-space'])).t(' ').time().t('\n')
    if (r.chance(0.4)) c.nameWord()
  },
  voicemail(c, cast) {
    const r = c.r, p = c.ph
    c.t(`📼 Voicemail ${r.chance(0.5) ? 'from' : '←'} `).phone(cast.mainPh, r.pick(['intl-compact', 'intl', '00-compact', 'nat-compact'])).t(' ').date().t(' ').time().t('\n"')
    c.t(`${p.hi}! `)
    if (c.en && r.chance(0.5)) { c.t("it's ").name(cast.main, 'given').t(" on ").spoken(cast.mainPh).t('. ') }
    story(c, cast); if (r.chance(0.4)) c.t(' ').nameWord(); c.t(` ${p.callOn} `); twoPhones(c, cast.mainPh, cast.secondPh); c.t(`. ${p.thanks}."`)
    if (c.welsh) c.t('\n(caller gave NI number ').nino().t(')')
  },
  ticket(c, cast) {
    const r = c.r
    c.t(`#${r.int(1000, 9999)} ${c.emoji()} `).ref().t('\n')
    c.t(`@${r.pick(['dispatch', 'ops-team', 'bookings', 'rota-desk', 'rentals'])} `).name(cast.agent).t(': ')
    story(c, cast); if (r.chance(0.4)) c.t(' ').nameWord(); c.t('\n')
    c.t('↳ ').name(cast.agent, 'given').t(': '); phoneTail(c, cast.secondPh); c.t(' (').name(cast.second).t(')')
    ids(c, cast.second)
    if (r.chance(0.5)) c.t(' ip ').ip()
    if (r.chance(0.5)) c.t(' build ').version()
  },
  log(c, cast) {
    const r = c.r
    c.timestamp().t(` INFO sms.sent to=`).phone(cast.mainPh, 'intl-compact').t(' name="').name(cast.main).t('" src=').ip().t(' ref=').ref().t('\n')
    c.timestamp().t(' WARN dial.fail msisdn=').phone(cast.oldPh, r.pick(['intl-compact', '00-compact'])).t(' agent=').name(cast.agent, 'given').t(` v=`).version().t('\n')
    if (r.chance(0.5)) c.timestamp().t(' INFO crm.update user=').email(cast.second).t(' ').generic().t('\n')
    if (c.welsh) c.timestamp().t(' INFO payroll.check nino=').nino().t(' carer="').name(cast.agent).t('"\n')
    if (c.us && r.chance(0.6)) c.timestamp().t(' INFO payroll.check ssn=').ssn().t('\n')
  },
  table(c, cast) {
    const r = c.r, p = c.ph
    c.t(`| ${p.name} | ${p.phone} | ${p.note} |\n|---|---|---|\n`)
    const rows = [cast.main, cast.second, cast.third, ...cast.extra].slice(0, r.int(3, 5))
    rows.forEach((x, i) => {
      c.t('| ').name(x, i === 0 && r.chance(0.4) ? 'upper' : 'full').t(' | ')
      if (i >= 3) c.t('—'); else if (i === 2 && r.chance(0.4)) phoneTail(c, cast.thirdPh, true); else c.phone(i === 0 ? cast.mainPh : i === 1 ? cast.secondPh : cast.thirdPh)
      c.t(' | ')
      if (r.chance(0.5)) c.ref(); else c.time()
      c.t(' |\n')
    })
    if (cast.foreign && cast.foreignPh) { c.t('| ').name(cast.foreign).t(' | ').phone(cast.foreignPh).t(' | '); c.ref(); c.t(' |\n') }
  },
  yaml(c, cast) {
    const r = c.r, p = c.ph
    c.t(`business: ${BIZ_NAME[c.biz]}\ncontact:\n  name: `).name(cast.main).t('\n  phone: ').phone(cast.mainPh).t('\n')
    if (r.chance(0.5)) c.t(`  phone_old: `).phone(cast.oldPh).t('\n')
    c.t('  email: ').email(cast.main).t('\nalt:\n  name: ').name(cast.second).t('\n  phone: ').phone(cast.secondPh).t('\n')
    c.t('refs:\n  - ').ref().t('\n  - ').ref().t('\ndate: ').date().t('\n')
    if (c.us && r.chance(0.7)) c.t('ssn: ').ssn().t('\n')
    if (c.welsh) c.t('ni_number: ').nino().t('\n')
    if (r.chance(0.35)) c.t('iban: ').iban().t('\n')
    else if (r.chance(0.3)) c.t('card: ').card().t('\n')
    c.t(`${p.agent}: `).name(cast.agent, 'given')
  },
}
export const KINDS = Object.keys(SKELETONS)

/** a text with lookalikes only: no person, no entity */
export function negativesOnly(c: Ctx, kind: string) {
  const r = c.r, p = c.ph
  const pieces: (() => void)[] = [
    () => { c.ref().t(' · ').date().t(' ').time() },
    () => { c.ref().t(', ').ref() },
    () => { c.t('✗ ').badCard() },
    () => { c.t(`${p.account}? `).badIban() },
    () => { c.t(`${p.total} `).amount() },
    () => { c.t('ID ').national() },
    () => { c.generic() },
    () => { c.t('ID ').national() },
    () => { c.nameWord() },
    () => { c.t('app ').version().t(' @ ').timestamp() },
    () => { if (c.us) c.t('SSN? ').badSsn(); else if (c.welsh) c.t('NI? ').badNino(); else c.t('ID ').national() },
  ]
  c.t(kind === 'log' ? '' : `${c.emoji()} ${BIZ_NAME[c.biz]}: `)
  const n = r.int(3, 5)
  const chosen = r.shuffle(pieces).slice(0, n)
  if (c.loc.words.length && !chosen.includes(pieces[7]!) && r.chance(0.6)) chosen.push(pieces[7]!)
  chosen.forEach((f, i) => { if (i) c.t(kind === 'log' ? '\n' : c.b.text.endsWith('.') ? ' ' : '. '); f() })
  if (!/[.!?]$/.test(c.b.text)) c.t('.')
}
