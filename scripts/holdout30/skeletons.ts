// The fourteen genre skeletons and the negatives-only one. Each writes into the context's builder.
import type { Ctx } from './ctx.ts'
import type { Person } from './names.ts'
import { NATIONAL, iban, luhnInvalid, ninoInvalid, ssnInvalid } from './values.ts'

const GREET: Record<string, string> = { usne: 'Hi', uswest: 'Hey', london: 'Hiya', midlands: 'Ay up', scotland: 'Hiya', au: "G'day", bc: 'Hi' }
const hi = (c: Ctx) => (c.en ? GREET[c.reg.id] ?? 'Hi' : c.P.hi)
const low = (s: string) => s.toLowerCase()
const p2 = (n: number) => String(n).padStart(2, '0')
function stamp(c: Ctx): string { return `${c.r.int(2026, 2027)}-${p2(c.r.int(1, 12))}-${p2(c.r.int(1, 28))}T${p2(c.r.int(0, 23))}:${p2(c.r.int(0, 59))}:${p2(c.r.int(0, 59))}Z` }
/** a phone, maybe followed by a time or a date, an extension, or "or" and a second number */
function phoneTail(c: Ctx) {
  c.phone()
  const k = c.r.int(0, 9)
  if (k === 0) c.ext()
  else if (k === 1) { c.t(c.r.pick([', ', ' - ', ' / '])); c.b.n('time', c.time()) }
  else if (k === 2) { c.t(' '); c.b.n('date', c.reg.date(c.r)) }
  else if (k === 3) { c.t(` ${c.P.or} `); c.phone() }
}
function roleName(c: Ctx, p: Person, i: 0 | 1) { c.name(p.full).t(` (${c.P.roles[c.biz][i]})`) }
function surnameFirst(c: Ctx, p: Person) { c.name(`${p.family.toUpperCase()} ${p.given}`) }
function sensitive(c: Ctx, sep: string) {
  const r = c.r
  const k = r.int(0, 9)
  if ((c.us || c.uk) && k <= 4) { if (c.us) c.t(`${sep}${r.pick(['SSN', 'Social Security no.', 'SSN (last tenancy check)'])}: `).ssn(); else c.t(`${sep}${r.pick(['NI number', 'NINO', 'National Insurance'])}: `).nino() }
  else if (k <= 3) { c.t(`${sep}${c.en ? r.pick(['Card', 'Deposit card', 'Card on file']) : 'Card'}: `).card() }
  else if (k <= 5) { c.t(`${sep}IBAN: `).iban() }
  else if (k <= 7) { c.t(`${sep}IP: `).ip() }
  else { c.t(`${sep}ID `).b.n(c.reg.ids[0]!, NATIONAL[c.reg.ids[0]!]!(r)) }
}

export type Kind = 'form' | 'sms' | 'chat' | 'summary' | 'note' | 'email' | 'csv' | 'json' | 'transcript' | 'voicemail' | 'ticket' | 'log' | 'table' | 'yaml' | 'negonly'
export const KINDS: Kind[] = ['form', 'sms', 'chat', 'summary', 'note', 'email', 'csv', 'json', 'transcript', 'voicemail', 'ticket', 'log', 'table', 'yaml']

export const SKELETONS: Record<Kind, (c: Ctx) => void> = {
  form(c) {
    const P = c.P, r = c.r, a = c.person()
    c.t(`${c.business.name} – ${P.message}\n`)
    if (r.chance(0.3)) { c.t(`${P.name}: `); surnameFirst(c, a) }
    else if (r.chance(0.5)) { c.t(`${P.first}: `).name(a.given).t(`\n${P.last}: `).name(r.chance(0.3) ? a.family.toUpperCase() : a.family) }
    else c.t(`${P.name}: `).name(a.full)
    c.t(`\n${P.phone}:${r.chance(0.25) ? '' : ' '}`).phone()
    if (r.chance(0.3)) c.ext()
    if (r.chance(0.5)) c.t(`\n${P.mobile}: `).phone()
    if (r.chance(0.3)) { c.t(`\nID `).b.n(c.reg.ids[0]!, NATIONAL[c.reg.ids[0]!]!(r)) }
    c.t(`\n${P.email}: `).email(a)
    sensitive(c, '\n')
    c.t(`\n${P.message}: `).emoji().t(`${P.biz[c.biz]}, ${P.ref} `).neg().t(`, ${P.date} `).b.n('date', c.reg.date(r))
    if (r.chance(0.4)) { const f = c.person(); c.t(`. ${c.en ? 'Also reachable via' : P.also} `).name(f.given).t(': ').phone() }
    if (r.chance(0.3)) { c.t('\n'); c.word() }
    if (r.chance(0.5)) { c.t(`\n${c.en ? 'Deposit' : 'Card'}: `).card() }
  },
  sms(c) {
    const P = c.P, r = c.r, a = c.person(), b = c.person()
    const lc = r.chance(0.5)
    const f = (s: string) => (lc ? low(s) : s)
    c.emoji().t(`${f(hi(c))} `).name(f(a.given)).t(', ').name(f(b.given)).t(lc ? ' here. ' : ` ${c.en ? 'here' : '—'}. `)
    c.t(`${f(P.newNo)}${r.chance(0.3) ? ':' : ' '}`).phone()
    if (r.chance(0.5)) c.t(`, ${f(P.oldNo)} `).phone()
    c.t(`. ${f(P.ref)} `).neg()
    if (r.chance(0.4)) { c.t(' '); c.anyNeg() }
    c.t(`. ${f(P.bye)}`)
    if (r.chance(0.3)) { c.t(' '); c.word() }
  },
  chat(c) {
    const P = c.P, r = c.r, a = c.person(), staff = c.person()
    let clock = r.int(7 * 60, 20 * 60)
    const tag = (p: Person | null) => { clock += r.int(1, 40); c.t('['); c.b.n('time', `${p2(Math.floor(clock / 60) % 24)}:${p2(clock % 60)}`); c.t('] '); if (p) c.name(p.full); else c.t(`${c.business.name} (`).name(staff.given).t(')'); c.t(': ') }
    tag(a); c.emoji().t(`${hi(c)}! ${P.biz[c.biz]}. ${P.ref} `).neg().t('\n')
    tag(null); c.t(`${P.thanks} `).name(a.given).t(`, ${P.reach}? `).emoji().t('\n')
    tag(a); phoneTail(c); c.t('\n')
    if (r.chance(0.6)) { const f = c.person(); tag(a); c.t(`${P.also} `).name(f.given).t(' ').phone().t('\n') }
    if (r.chance(0.5)) { tag(null); c.anyNeg(); c.t(' 👍\n') }
    if (c.P.words.length && r.chance(0.3)) { tag(a); c.word(); c.t('\n') }
  },
  summary(c) {
    const P = c.P, r = c.r, a = c.person(), b = c.person(a.family)
    c.t(`${P.summary} – ${c.business.name}\n${P.caller}: `); roleName(c, a, 0); c.t(` ${P.biz[c.biz]}. `)
    c.t(`${P.callback}${r.chance(0.2) ? '' : ' '}`); phoneTail(c); c.t('. ')
    c.t(`${P.also}: `).emoji(); roleName(c, b, 1); c.t(', ').phone().t('. ')
    if (r.chance(0.5)) sensitive(c, ' ')
    c.t(`\n${P.action}: ${P.ref} `).neg().t(', ').anyNeg()
    if (r.chance(0.4)) { c.t('. '); c.word() }
  },
  note(c) {
    const r = c.r, P = c.P
    if (r.chance(0.45)) {
      const ps = [c.person(), c.person(), c.person()]
      c.t(c.en ? 'Present: ' : `${P.name}: `).name(ps[0]!.full).t(', ').name(ps[1]!.full).t(' & ').name(ps[2]!.full).t(' - ')
      c.name(ps[0]!.given).t(' ').phone().t(', ').name(ps[1]!.given).t(' ').phone().t(', ')
      c.b.n('time', c.time()); c.t(', ').name(ps[2]!.given).t(' ').phone()
      c.t(`; ${P.ref} `).neg()
      return
    }
    const a = c.person()
    c.t(`${c.en ? 'cust' : 'kd.'} `).name(low(a.full)).t(' cb ')
    phoneTail(c)
    c.t(' ').b.n('date', c.reg.date(r))
    c.t(' re ').neg().t(', ').neg().t(c.en ? ', lvm' : ', vm').t(`, ${low(P.also)} `).emoji().name(c.person().given).t(' ').phone({ foreign: r.chance(0.4) })
    if (r.chance(0.3)) { c.t(' '); c.anyNeg() }
  },
  email(c) {
    const P = c.P, r = c.r, a = c.person(), staff = c.person()
    c.t('From: ').name(a.full).t(' <').email(a).t('>\nTo: ').t(c.business.name).t(' <').email().t('>\n')
    if (r.chance(0.4)) { const cc = c.person(a.family); c.t('Cc: ').name(cc.full).t(' <').email(cc).t('>\n') }
    c.t(`${P.subject}: `).t(`${P.ref} `).neg().t('\n\n')
    c.t(`${hi(c)} `).name(staff.given).t(`,\n\n`).emoji().t(`${P.biz[c.biz]}. ${P.reach} `); phoneTail(c); c.t('.\n')
    if (r.chance(0.5)) sensitive(c, '\n')
    if (r.chance(0.3)) { c.t('\n'); c.word() }
    c.t(`\n\n${P.regards},\n-- \n`).name(a.full).t('\n').phone().t('\n\n')
    c.t('> ').t(`${P.date} `).b.n('date', c.reg.date(r)); c.t(', ').name(staff.full).t(` ${P.wrote}:\n> ${P.thanks}. ${P.ref} `).neg().t('\n> ').t(`${c.business.name} · `).phone()
  },
  csv(c) {
    const r = c.r, P = c.P
    const sep = r.pick([',', ';', '\t'])
    const extra = c.us ? 'ssn' : c.uk ? 'ni_number' : 'iban'
    const cols = [P.keys.first, P.keys.last, 'phone', 'email', extra, 'ref']
    c.t(cols.join(sep) + '\n')
    const n = r.int(2, 4)
    for (let i = 0; i < n; i++) {
      const p = c.person()
      c.name(p.given).t(sep).name(r.chance(0.25) ? p.family.toUpperCase() : p.family).t(sep).phone().t(sep)
      if (r.chance(0.85)) c.email(p)
      c.t(sep)
      if (r.chance(0.7)) { if (c.us) c.ssn(); else if (c.uk) c.nino(); else c.iban() }
      c.t(sep).neg().t('\n')
    }
  },
  json(c) {
    const r = c.r, P = c.P, a = c.person()
    const q = (k: string) => c.t(`"${k}": "`)
    c.t(`{"event": "${c.biz}.enquiry", "ts": "`).b.n('timestamp', stamp(c)); c.t('", ')
    q(P.keys.first); c.name(a.given).t('", '); q(P.keys.last); c.name(a.family).t('", ')
    q('phone'); c.phone().t('", ')
    if (r.chance(0.4)) { q('alt_phone'); c.phone().t('", ') }
    q('email'); c.email(a).t('", ')
    q('ref'); c.neg().t('", ')
    if (r.chance(0.5)) { q('client_ip'); c.ip().t('", ') }
    if (r.chance(0.45)) { q('card'); c.card().t('", ') }
    if (c.us && r.chance(0.5)) { q('ssn'); c.ssn().t('", ') }
    if (c.uk && r.chance(0.4)) { q('ni_number'); c.nino().t('", ') }
    if (r.chance(0.3)) { q('national_id'); c.b.n(c.reg.ids[0]!, NATIONAL[c.reg.ids[0]!]!(r)); c.t('", ') }
    if (r.chance(0.3)) { q('guest'); const g = c.person(); c.name(g.full).t('", ') }
    q('note'); c.t(P.biz[c.biz]).t('"}')
  },
  transcript(c) {
    const r = c.r, a = c.person(), P = c.P
    const spoken = c.en && r.chance(0.6)
    const A = c.en ? 'agent' : 'op', C = low(P.caller)
    c.t(`${A}: ${low(c.business.name)}, ${low(hi(c))}. ${C}: ${c.en ? "hi it's" : low(P.hi)} `).name(low(a.full)).t(` ${low(P.biz[c.biz])}. `)
    c.t(`${A}: ${low(P.reach)}? ${C}: `)
    c.phone({ style: spoken ? 'spoken' : 'natOdd', foreign: false })
    if (r.chance(0.4)) { c.t(` ${P.or} `).phone({ style: spoken ? 'spoken' : 'natOdd', foreign: false }) }
    const isRef = r.chance(0.5)
    c.t(`. ${A}: ${low(P.ref)} `).b.n(isRef ? 'reference-number' : 'order-number', isRef ? `ref-${r.digits(6)}` : `ord-${r.digits(7)}`)
    c.t(`. ${C}: ${low(P.also)} `).name(low(c.person().given)).t(`. ${low(P.thanks)}`)
  },
  voicemail(c) {
    const r = c.r, a = c.person(), P = c.P
    c.t(`Voicemail ${P.date} `).b.n('date', c.reg.date(r)); c.t(' ').b.n('time', c.time()); c.t(` – ${c.en ? 'from' : P.caller} `).phone().t('\n')
    c.t(`"${hi(c)}, `).name(a.given).t(` ${c.en ? 'here' : ''}`.trimEnd()).t(`, ${P.biz[c.biz]}. ${P.callback}${r.chance(0.25) ? '' : ' '}`); phoneTail(c)
    c.t(`. ${P.ref} `).neg().t(`. ${P.thanks}!"`)
  },
  ticket(c) {
    const r = c.r, a = c.person(), P = c.P
    const team = r.pick({ let: ['@lettings-desk', '@sales-team'], pest: ['@field-ops', '@night-shift'], spa: ['@reservations', '@spa-desk'], office: ['@accounts-team', '@order-desk'] }[c.biz])
    c.t(`#${r.int(1000, 9999)} ${team}: `).emoji().t(`${P.caller} `).name(a.full).t(` ${P.biz[c.biz]}. ${P.ref} `).neg().t('. ')
    c.t(`${P.phone} `); phoneTail(c)
    c.t(`. cc ${r.pick(['@qa', '@billing', '@ops-lead'])} – `).anyNeg()
    if (r.chance(0.4)) { c.t(`. ${P.also} `).name(c.person().full).t(' ').phone() }
  },
  log(c) {
    const r = c.r, a = c.person()
    const n = r.int(2, 3)
    for (let i = 0; i < n; i++) {
      c.b.n('timestamp', stamp(c)); c.t(` ${r.pick(['INFO', 'WARN', 'DEBUG'])} ${r.pick(['sms.sent', 'call.inbound', 'booking.updated', 'webhook.recv'])} `)
      if (i === 0) { c.t('to=').phone().t(' name="').name(a.full).t('" ') }
      else if (i === 1) { c.t('src=').ip().t(' user=').email(a).t(' ') }
      else { c.t('msisdn=').phone({ style: 'intlCompact' }).t(' agent=').name(c.person().given).t(' ') }
      if (i === 1 && c.us && r.chance(0.8)) c.t('ssn=').ssn().t(' ')
      if (i === 1 && c.uk && r.chance(0.5)) c.t('nino=').nino().t(' ')
      c.t('ref=').neg().t(' app=').b.n('version', `v${r.int(1, 6)}.${r.int(0, 12)}.${r.int(0, 30)}`); c.t('\n')
    }
  },
  table(c) {
    const r = c.r, P = c.P
    c.t(`| ${P.name} | ${c.en ? 'Role' : 'Rolle/Role'} | ${P.phone} | ${P.email} |\n|---|---|---|---|\n`)
    const n = r.int(2, 4)
    for (let i = 0; i < n; i++) {
      const p = c.person()
      c.t('| '); if (r.chance(0.25)) surnameFirst(c, p); else c.name(p.full)
      c.t(` | ${c.P.roles[c.biz][i % c.P.roles[c.biz].length]} | `).phone().t(' | ')
      if (r.chance(0.7)) c.email(p); else c.neg()
      c.t(' |\n')
    }
  },
  yaml(c) {
    const r = c.r, P = c.P, a = c.person()
    c.t(`${c.biz}_booking:\n  ${P.keys.first}: `).name(a.given).t(`\n  ${P.keys.last}: `).name(a.family).t('\n  phone: ').phone()
    c.t('\n  alt: ').phone().t('\n  email: ').email(a).t('\n  ref: ').neg().t('\n  when: ').b.n('date', c.reg.date(r))
    c.t('\n  at: ').b.n('time', c.time())
    if (c.us && r.chance(0.75)) c.t('\n  ssn: ').ssn()
    else if (r.chance(0.4)) c.t('\n  iban: ').iban()
    else if (r.chance(0.3)) c.t('\n  ip: ').ip()
    c.t('\n  amount: ').b.n('amount', c.reg.amount(r)); c.t('\n')
  },
  negonly(c) {
    const r = c.r, P = c.P
    c.emoji().t(`${c.business.name} – ${P.ref} `).neg().t(', ').neg().t('. ')
    c.anyNeg(); c.t('. ')
    c.anyNeg(); c.t('. ')
    c.t('ID ').b.n(c.reg.ids[0]!, NATIONAL[c.reg.ids[0]!]!(r)); c.t('. ')
    if (c.us) { c.t('SSN typed as ').b.n('ssn-invalid', ssnInvalid(r)); c.t(' – not valid. ') }
    if (c.uk) { c.t('NI number given as ').b.n('nino-invalid', ninoInvalid(r)); c.t(' – rejected. ') }
    if (r.chance(0.3)) { c.t(`${P.ref} `).neg(r.pick(['order-number', 'tracking-number', 'reference-number'])); c.t('. ') }
    if (r.chance(0.4)) { c.t(c.en ? 'Declined: ' : 'Card ✗ ').b.n('luhn-invalid', luhnInvalid(r)); c.t('. ') }
    if (r.chance(0.3)) { c.t('IBAN ✗ ').b.n('iban-checksum', iban(r, c.reg.ibanCC, true, r.chance(0.6))); c.t('. ') }
    if (!c.word()) c.t(`${P.date} `).b.n('date', c.reg.date(r))
  },
}
