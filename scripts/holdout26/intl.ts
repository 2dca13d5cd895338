// The ten other languages: 19 skeletons filled from each language's phrase book, and 3 negatives-only ones.
import type { B } from './render.ts'
import type { Ctx } from './ctx.ts'
import { PHR, PHR_LOC, type Phr } from './phrases.ts'
import { BIZ, DOM_KINDS, FLAG, details, emo, maybeEmo, negValue } from './parts.ts'
import { full, type Person } from './names.ts'
import { oddGroups } from './phones.ts'

export type ITpl = { kind: string; run: (b: B, c: Ctx, P: Phr) => void; nfd?: boolean; lower?: boolean; greeklish?: boolean }
export const phr = (key: string, lang: string): Phr => ({ ...PHR[lang]!, ...(PHR_LOC[key] ?? {}) }) as Phr

const nw = (b: B, c: Ctx, P: Phr) => { const [a, w, z] = c.rng.pick(P.nw); b.t(a).n('name-word', w).t(z) }
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1)
// Greek capitals drop the accents
const upper = (s: string) => (/\p{Script=Greek}/u.test(s) ? s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().normalize('NFC') : s.toUpperCase())
const caps = (p: Person) => `${upper(p.family)} ${p.given}`
const ID_LABEL: Record<string, string> = { pesel: 'PESEL', cnp: 'CNP', amka: 'ΑΜΚΑ', afm: 'ΑΦΜ', 'rodne-cislo': 'Rodné číslo', hetu: 'Henkilötunnus', personnummer: 'Personnummer', 'dni-ar': 'DNI', cuil: 'CUIL', rut: 'RUT', sin: 'NAS', niss: 'NISS', 'codice-fiscale': 'Codice fiscale', 'dni-es': 'DNI', nie: 'NIE' }
function idOrPay(b: B, c: Ctx, P: Phr) {
  const r = c.rng
  const k = r.int(0, 3)
  if (k === 0) b.t(`${P.card}: `).e('CARD', c.card()).t(` · ${P.declined}: `).n('luhn-invalid', c.luhnBad()).t('\n')
  else if (k === 1) b.t(`${P.card}: `).e('CARD', c.card()).t('\n')
  else if (k === 2) b.t('IBAN: ').e('IBAN', c.iban()).t('\n')
  else if (r.chance(0.5)) b.t(`${P.declined}: `).n('luhn-invalid', c.luhnBad()).t(`, ${P.retry} `).e('CARD', c.card()).t('\n')
  else b.t('IBAN ').n('iban-checksum', c.iban(false)).t(' ✗ → ').e('IBAN', c.iban()).t('\n')
}

function formRun(style: 0 | 1 | 2) {
  return (b: B, c: Ctx, P: Phr) => {
    const r = c.rng
    const a = c.person(), o = c.person()
    const [ra, rb] = P.roles[c.dom]
    b.t(`${FLAG[c.loc.key]} ${BIZ[c.dom].name} – ${P.form}\n`)
    if (style === 0) b.t(`${P.name}: `).e('PERSON', full(a)).t('\n')
    else if (style === 1) b.t(`${P.name}: `).e('PERSON', caps(a)).t('\n')
    else b.t(`${P.given}: `).e('PERSON', a.given).t(`\n${P.family}: `).e('PERSON', a.family).t('\n')
    b.t(`(${ra})\n${P.phone}: `).t(maybeEmo(c, 0.5)).e('PHONE', c.phone()).t('\n')
    if (r.chance(0.5)) b.t(`${P.alt}:`).t(r.chance(0.5) ? ' ' : '').e('PHONE', c.phone(r.chance(0.3) ? 'foreign' : 'nat')).t('\n')
    b.t(`${P.email}: `).e('EMAIL', c.email(a)).t('\n')
    details(b, c, 2, '\n', P.labels)
    const [kk, v] = c.natId()
    b.t(`${ID_LABEL[kk]}: `).n(kk, v).t('\n')
    idOrPay(b, c, P)
    b.t(`${P.date}: `).n('date', c.date()).t(', ').n('time', c.time()).t(` · ${P.amount}: `).n('amount', c.amount()).t('\n')
    b.t(`${cap(rb)}: `).t(maybeEmo(c, 0.5)).e('PERSON', full(o)).t(', ').e('PHONE', c.phone()).t('\n')
    if (r.chance(0.5)) { b.t(`${P.msg}: `); nw(b, c, P); b.t('\n') }
    b.t(`${P.sent}: `).n('timestamp', c.stamp()).t(' · IP ').e('IP_ADDRESS', c.ip()).t('\n')
  }
}
const sms = (variant: number) => (b: B, c: Ctx, P: Phr) => {
  const r = c.rng
  const a = c.person()
  const low = variant === 2
  const nm = low ? full(a).toLowerCase() : variant === 1 ? a.given : full(a)
  b.t(maybeEmo(c, 0.7)).t(`${low ? P.hi.toLowerCase() : P.hi}, `).e('PERSON', nm).t('. ')
  if (c.dom === 'porting') b.t(`${P.oldNo} `).e('PHONE', c.phone('nat')).t(`, ${P.newNo}`).t(r.chance(0.5) ? ' ' : ':').e('PHONE', c.phone('any')).t('. ').t(`${P.labels['porting-code']![0]}: `).n('porting-code', c.biz('porting-code'))
  else {
    const k = r.pick(DOM_KINDS[c.dom])
    b.t(`${P.labels[k]![0]} `).n(k, negValue(c, k)).t(', ').n('date', c.date()).t(' ').n('time', c.time()).t(`. ${P.callMe}`).t(r.chance(0.4) ? '' : ' ').e('PHONE', c.phone('any', r.pick([undefined, 'compact', 'intl-compact'] as const)))
  }
  b.t(variant === 1 ? ` ${emo(c)}` : '.')
  if (r.chance(0.4)) { b.t(' '); nw(b, c, P) }
}
const chat = (b: B, c: Ctx, P: Phr) => {
  const a = c.person(), ag = c.person(), o = c.person()
  const [, rb] = P.roles[c.dom]
  b.t(`[${c.hhmm()}] `).e('PERSON', full(a)).t(`: ${P.hi}! ${emo(c)} ${P.callMe} `).e('PHONE', c.phone()).t('\n')
  b.t(`[${c.hhmm()}] `).e('PERSON', ag.given).t(` (${BIZ[c.dom].name}): ${P.confirmQ}?\n`)
  b.t(`[${c.hhmm()}] `).e('PERSON', full(a)).t(': ')
  details(b, c, 2, ', ', P.labels, ' ')
  b.t(`\n[${c.hhmm()}] `).e('PERSON', full(a)).t(`: ${P.alsoAdd} ${rb} `).t(maybeEmo(c, 0.7)).e('PERSON', full(o)).t(' ').e('PHONE', c.phone())
  if (c.rng.chance(0.5)) b.t(' / ').e('PHONE', c.phone())
  b.t(`\n[${c.hhmm()}] `).e('PERSON', ag.given).t(`: ${P.done} ✅ `)
  nw(b, c, P)
  b.t('\n')
}
const summary = (b: B, c: Ctx, P: Phr) => {
  const a = c.person(), o = c.person()
  const [ra, rb] = P.roles[c.dom]
  b.t(`${P.summary} ${emo(c)}\n${P.caller}: `).e('PERSON', full(a)).t(` (${ra}), `).e('PHONE', c.phone()).t(', ').n('time', c.time()).t('.\n')
  b.t(`${cap(P.reason[c.dom])}. `)
  details(b, c, 2, '; ', P.labels)
  if (c.dom === 'loan' || c.dom === 'toll') b.t('. IBAN ').e('IBAN', c.iban())
  const [ik, iv] = c.natId()
  b.t(`. ${ID_LABEL[ik]} `).n(ik, iv)
  b.t(`.\n${cap(rb)}: `).e('PERSON', full(o)).t(', ').e('PHONE', c.phone('intl')).t(`.\n${P.follow}: `).n('date', c.date()).t(`, ${P.confirm} `).e('EMAIL', c.email(a)).t('.\n')
}
const note = (b: B, c: Ctx, P: Phr) => {
  const r = c.rng
  const a = c.person()
  b.t(r.pick(['tel. ', 'cb ', '', '☎ '])).e('PERSON', r.chance(0.3) ? full(a).toLowerCase() : full(a)).t(r.pick([' – ', ', ', ' / '])).e('PHONE', c.phone()).t(' ')
  details(b, c, r.int(1, 3), ' / ', P.labels, ' ')
  if (r.chance(0.35)) b.t(` · ${P.alt.toLowerCase()} `).e('PHONE', c.phone('any')).t(' ').n('time', c.time())
  b.t(r.pick([' ✅', ' !!', '']))
}
const groupNote = (b: B, c: Ctx, P: Phr) => {
  const ps = [c.person(), c.person(), c.person()]
  b.t(`${P.present}: `).e('PERSON', full(ps[0]!)).t(', ').e('PERSON', full(ps[1]!)).t(` ${P.and} `).e('PERSON', full(ps[2]!)).t(' – ').e('PERSON', ps[0]!.given).t(' ').e('PHONE', c.phone()).t(', ').e('PERSON', ps[2]!.given).t(' ').e('PHONE', c.phone('intl')).t(' ').n('date', c.date()).t('; ')
  details(b, c, 1, '', P.labels)
  b.t('.')
}
const email = (variant: number) => (b: B, c: Ctx, P: Phr) => {
  const r = c.rng
  const a = c.person(), ag = c.person(), o = c.person()
  const [, rb] = P.roles[c.dom]
  b.t('From: ').e('EMAIL', c.email(a)).t('\nTo: ').e('EMAIL', BIZ[c.dom].mail)
  if (r.chance(0.6)) { const cc = c.person(); b.t('\nCc: ').e('PERSON', full(cc)).t(' <').e('EMAIL', c.email(cc)).t('>') }
  b.t(`\n${P.subject}: `).n('reference-number', c.biz('reference-number')).t(`\n\n${P.hi} `).e('PERSON', ag.given).t(',\n\n')
  if (variant === 0) b.t(`${P.oldNo}: `).e('PHONE', c.phone('nat')).t(`, ${P.newNo}: `).e('PHONE', c.phone('intl')).t('.\n')
  else b.t(`${cap(rb)}: `).e('PERSON', full(o)).t(' (').e('PHONE', c.phone()).t(').\n')
  details(b, c, 2, '\n', P.labels)
  if (r.chance(0.5)) idOrPay(b, c, P)
  b.t(`\n${P.regards},\n`).e('PERSON', full(a)).t('\n\n> ').n('date', c.date()).t(' ').e('PERSON', full(ag)).t(` ${P.wrote}:\n> `)
  nw(b, c, P)
  b.t('\n\n-- \n').e('PERSON', full(ag)).t(` · ${BIZ[c.dom].name}\nTel. `).e('PHONE', c.phone('intl')).t(' | ').e('EMAIL', BIZ[c.dom].mail).t('\n')
}
const csv = (b: B, c: Ctx, P: Phr) => {
  const r = c.rng
  const sep = r.pick([';', '\t'])
  const k = r.pick(DOM_KINDS[c.dom])
  b.t([P.given, P.family, P.phone, P.email, P.labels[k]![0], P.amount].join(sep) + '\n')
  for (let i = 0; i < r.int(2, 3); i++) {
    const p = c.person()
    b.e('PERSON', p.given).t(sep).e('PERSON', p.family).t(sep).e('PHONE', c.phone('any', r.pick(['compact', 'intl-compact', 'space', 'intl'] as const))).t(sep).e('EMAIL', c.email(p)).t(sep).n(k, negValue(c, k)).t(sep).n('amount', c.amount()).t('\n')
  }
}
const json = (b: B, c: Ctx, P: Phr) => {
  const a = c.person(), o = c.person()
  const keys: Record<string, [string, string]> = { pl: ['imie', 'nazwisko'], ro: ['prenume', 'nume'], el: ['onoma', 'eponymo'], sk: ['meno', 'priezvisko'], fi: ['etunimi', 'sukunimi'], sv: ['fornamn', 'efternamn'], es: ['nombre', 'apellido'], fr: ['prenom', 'nom'], it: ['nome', 'cognome'], ca: ['nom', 'cognoms'] }
  const [g, f] = keys[c.loc.lang]!
  b.t(`{"type":"${c.dom}","ts":"`).n("timestamp", c.stamp()).t(`","customer":{"${g}":"`).e('PERSON', a.given).t(`","${f}":"`).e('PERSON', a.family).t('","tel":"').e('PHONE', c.phone('intl', 'intl-compact')).t('","tel2":"').e('PHONE', c.phone('nat')).t('","email":"').e('EMAIL', c.email(a)).t('"},"contact2":{"full_name":"').e('PERSON', full(o)).t('"},')
  const ks = DOM_KINDS[c.dom].slice(0, 2)
  ks.forEach((k) => b.t(`"${k.replace('-', '_')}":"`).n(k, negValue(c, k)).t('",'))
  b.t('"ip":"').e('IP_ADDRESS', c.ip()).t('","app":"').n('version', c.version()).t('"}')
}
const transcript = (b: B, c: Ctx, P: Phr) => {
  const r = c.rng
  const a = c.person()
  b.t(`agent: ${P.tr.greet}\n> `).t(`${P.tr.me} `).e('PERSON', full(a)).t(` ${P.reason[c.dom]}\nagent: ${P.tr.num}\n> ${P.tr.it} `).e('PHONE', oddGroups(r, c.phoneObj('nat'))).t(` ${P.before} `).n('time', c.time())
  b.t(`\nagent: ${P.tr.other}\n> `).e('PHONE', oddGroups(r, c.phoneObj('nat'))).t(` ${P.tr.my} `).e('PERSON', c.person().given).t('\n> ')
  nw(b, c, P)
  b.t('\n')
}
const voicemail = (b: B, c: Ctx, P: Phr) => {
  const a = c.person()
  const k = c.rng.pick(DOM_KINDS[c.dom])
  b.t(`${P.vm} ${emo(c)} `).n('timestamp', c.stamp()).t(' · ').e('PHONE', c.phone('intl')).t(`\n«${P.hi}, ${P.here} `).e('PERSON', full(a)).t(`. ${P.labels[k]![0]} `).n(k, negValue(c, k)).t(`. ${cap(P.callMe)} `).e('PHONE', c.phone('nat')).t(` ${P.before} `).n('time', c.time())
  if (c.rng.chance(0.5)) b.t(` ${P.or} `).e('PHONE', c.phone('nat'))
  b.t('. ')
  nw(b, c, P)
  b.t('»\n')
}
const ticket = (b: B, c: Ctx, P: Phr) => {
  const a = c.person()
  b.t(`${c.rng.pick(['@porting', '@recepcja', '@backoffice', '@tier2', '@fines'])} `).e('PERSON', full(a)).t(` ${P.calledFrom} `).e('PHONE', c.phone()).t(' – ')
  details(b, c, 2, ', ', P.labels, ' ')
  b.t(`. ${c.rng.pick(['@tier2', '@ops'])} ${P.check} app `).n('version', c.version()).t(', IP ').e('IP_ADDRESS', c.ip()).t('.\n')
}
const log = (b: B, c: Ctx, P: Phr) => {
  void P
  const r = c.rng
  b.n('timestamp', c.stamp()).t(' INFO ivr ani=').e('PHONE', c.phone('intl', 'intl-compact')).t(` lang=${c.loc.lang} `).n(DOM_KINDS[c.dom][0]!, negValue(c, DOM_KINDS[c.dom][0]!)).t('\n')
  b.n('timestamp', c.stamp()).t(' INFO web src=').e('IP_ADDRESS', c.ip()).t(' user=').e('EMAIL', c.email(c.person())).t('\n')
  if (r.chance(0.3)) b.n('timestamp', c.stamp()).t(' WARN sms to=').e('PHONE', c.phone('any')).t(' retry=2\n')
}
const table = (b: B, c: Ctx, P: Phr) => {
  const [ra, rb] = P.roles[c.dom]
  b.t(`${emo(c)} `).n('reference-number', c.biz('reference-number')).t(`\n\n| ${P.th.slice(0, 3).join(' | ')} | ${P.email.toLowerCase()} | ${P.th[3]} |\n|---|---|---|---|---|\n`)
  for (const role of [ra, rb]) {
    const p = c.person()
    b.t(`| ${role} | `).e('PERSON', full(p)).t(' | ').e('PHONE', c.phone()).t(' | ').e('EMAIL', c.email(p)).t(' | ')
    if (c.rng.chance(0.5)) b.n('time', c.time()); else b.n('date', c.date())
    b.t(' |\n')
  }
}

export const INTL: ITpl[] = [
  { kind: 'form', run: formRun(0) }, { kind: 'form', run: formRun(1), nfd: true }, { kind: 'form', run: formRun(2) },
  { kind: 'sms', run: sms(0), greeklish: true }, { kind: 'sms', run: sms(1) }, { kind: 'sms', run: sms(2), greeklish: true },
  { kind: 'chat', run: chat, greeklish: true }, { kind: 'summary', run: summary, nfd: true }, { kind: 'note', run: note }, { kind: 'note', run: groupNote },
  { kind: 'email', run: email(0) }, { kind: 'email', run: email(1), nfd: true }, { kind: 'csv', run: csv }, { kind: 'json', run: json },
  { kind: 'transcript', run: transcript, lower: true }, { kind: 'voicemail', run: voicemail }, { kind: 'ticket', run: ticket }, { kind: 'log', run: log }, { kind: 'table', run: table },
]
export const INTL_NEG: ITpl[] = [
  { kind: 'note', run(b, c, P) { const [k, v] = c.natId(); b.t(`${ID_LABEL[k]} `).n(k, v).t(' / '); details(b, c, 2, ' / ', P.labels, ' '); b.t(' – ').n('date', c.date()).t(' ').n('time', c.time()).t('. '); nw(b, c, P) } },
  { kind: 'sms', run(b, c, P) { b.t(`${BIZ[c.dom].name}: ${P.amount.toLowerCase()} `).n('amount', c.amount()).t(', ').n('date', c.date()).t(`. ${P.declined}: `).n('luhn-invalid', c.luhnBad()).t(` ${emo(c)}`) } },
  { kind: 'email', run(b, c, P) { const [k, v] = c.natId(); b.t(`${P.subject}: `).n('reference-number', c.biz('reference-number')).t(`\n\n${ID_LABEL[k]}: `).n(k, v).t('\nIBAN ').n('iban-checksum', c.iban(false)).t(' ✗\n'); nw(b, c, P); b.t('\n') } },
]
