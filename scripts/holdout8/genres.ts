// Holdout 8 corpus: the forms a contact center stores a conversation in.
import type { Builder, Piece, Rng, Slots } from './core.ts'
import { moveTemplate } from './addresses.ts'
import type { Locale } from './locale.ts'

export type Business = 'airline' | 'shop' | 'utility'
export type Ctx = { r: Rng; L: Locale; s: Slots; pii: boolean; biz: Business; company: string }
export type Genre = 'stt' | 'chat' | 'email' | 'form' | 'sms' | 'summary' | 'sheet' | 'webhook'

const EMOJI = ['✈️', '📦', '⚡', '💧', '😡', '🙏', '👩🏽‍💻', '🧳', '🇸🇪', '🇧🇷', '😊', '🤦‍♂️', '💡', '🎫']
const DEAR: Record<string, string[]> = {
  en: ['Dear Mr. {last}', 'Dear Mrs {last}', 'Dear Ms. {last}', 'Hi {first}', 'Dear {name}'],
  sv: ['Hej {first}', 'Hej {name}'], da: ['Kære {first}', 'Hej {name}'], nb: ['Kjære {first}', 'Hei {name}'], fi: ['Hei {first}', 'Hyvä {name}'],
  es: ['Estimado Sr. {last}', 'Estimada Sra. {last}', 'Hola {first}'], pt: ['Prezado Sr. {last}', 'Cara Sra. {last}', 'Olá {first}', 'Exma. Sra. D. {first}'],
}
const tm = (r: Rng): Piece => ({ v: `${String(r.int(8, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`, neg: 'time' })

/** The sentences of one conversation: its issue, some PII, maybe a lookalike. */
export function sentences(c: Ctx, opts: { noEmail?: boolean; spoken?: boolean } = {}): string[] {
  const { r, L } = c
  const out = [r.pick(L.p[c.biz])]
  const second = r.pick(L.p[c.biz])
  if (r.chance(0.4) && second !== out[0]) out.push(second)
  if (c.pii) {
    const pools = [L.p.reach, L.p.reach, L.p.card, L.p.third]
    if (!opts.noEmail) pools.push(L.p.mailMe, L.p.mailMe)
    if (!opts.spoken) pools.push(L.p.iban, L.p.iban)
    if (L.ids.length) pools.push(L.ids, L.ids)
    const used = new Set<string[]>()
    for (let i = r.int(1, 3); i > 0; i--) {
      const pool = r.pick(pools)
      if (used.has(pool)) continue
      used.add(pool)
      out.splice(r.int(1, out.length), 0, r.pick(pool))
    }
  }
  if (c.biz !== 'airline' && r.chance(0.3)) out.push(moveTemplate(L.lang))
  if (r.chance(c.pii ? 0.35 : 0.8)) out.push(r.pick(L.p.neg))
  return out
}

export function stt(b: Builder, c: Ctx): void {
  const { r, L } = c
  b.lower = true
  const ph = c.s.phone as Piece
  c.s.phone = { ...ph, v: ph.v.replace(/[().-]/g, ' ').replace(/\s+/g, ' ').trim() }
  const f = () => (r.chance(0.5) ? ` ${r.pick(L.p.fillers)} ` : ' ')
  b.t(`${L.p.agent}: `).fill(`${c.company} `, c.s)
  if (c.pii) b.t(`${L.p.hi} `).p(c.s.agentFirst as Piece)
  b.t(`\n${L.p.customer}:${f()}`)
  if (c.pii) b.fill(r.pick(L.p.myName), c.s).t(f())
  for (const x of sentences(c, { noEmail: true, spoken: true })) b.fill(x, c.s).t(f())
  b.t(`\n${L.p.agent}: ok${f()}${r.pick(L.p.thanks).replace(/[^\p{L} ]/gu, '').trim()}`)
}

export function chat(b: Builder, c: Ctx): void {
  const { r, L } = c
  b.t('[').p(tm(r)).t(`] ${L.p.agent} `)
  c.pii ? b.p(c.s.agentFirst as Piece) : b.t('Bot')
  b.t(`: ${L.p.hi}! ${r.pick(EMOJI)} ${c.company}\n`)
  if (c.pii && r.chance(0.3)) b.t('[session] ip=').p(c.s.ip as Piece).t(` ua=Mozilla/5.0 ${r.pick(['📱', '💻'])}\n`)
  const who = c.pii ? (c.s.first as Piece) : 'Guest'
  for (const x of sentences(c)) {
    b.t('[').p(tm(r)).t(`] ${L.p.customer} `).p(who).t(`: ${r.chance(0.4) ? r.pick(EMOJI) + ' ' : ''}`).fill(x, c.s).t('\n')
  }
  b.t('[').p(tm(r)).t(`] ${L.p.customer}: ${r.pick(L.p.thanks)}`)
}

export function email(b: Builder, c: Ctx): void {
  const { r, L } = c
  if (c.pii && r.chance(0.5)) b.t('From: ').p(c.s.name as Piece).t(' <').p(c.s.email as Piece).t('>\n')
  b.t(`Subject: ${r.pick(['Re: ', 'Fwd: ', ''])}${c.biz} #`).p({ v: String(r.int(100000, 999999)), neg: 'ticket' }).t('\n\n')
  if (c.pii && r.chance(0.4)) b.fill(r.pick(DEAR[L.lang] as string[]), c.s).t(',\n\n')
  else b.t(`${L.p.hi} ${c.company},\n\n`)
  for (const x of sentences(c)) b.fill(x, c.s).t('. ')
  b.t(`\n\n${r.pick(L.p.bye)}\n`)
  if (c.pii) {
    b.p(c.s.name as Piece).t('\n')
    if (r.chance(0.6)) b.t(r.pick(['Tel: ', 'Mob. ', 'M: ', '📱 '])).p(c.s.phone as Piece).t(r.chance(0.3) && c.L.id.startsWith('en') ? ' ext. 12\n' : '\n')
  } else b.t('—\n')
  if (r.chance(0.5)) b.t(`\n${L.p.disclaimer}`)
}

export function form(b: Builder, c: Ctx): void {
  const { r, L } = c
  const F = L.p.form
  b.t(`${F.topic}: ${c.biz} / ${c.company}\n`)
  if (c.pii) {
    b.t(`${F.name}: `).p(c.s.name as Piece).t(`\n${F.email}: `).p(c.s.email as Piece).t(`\n${F.phone}: `).p(c.s.phone as Piece).t('\n')
    if (r.chance(0.4)) b.t('IP: ').p(c.s.ip as Piece).t('\n')
    if (c.biz !== 'airline' && r.chance(0.4)) b.t('IBAN: ').p(c.s.iban as Piece).t('\n')
  } else b.t(`${F.name}: -\n`)
  b.t(`${F.msg}: `)
  for (const x of sentences(c, { noEmail: true })) b.fill(x, c.s).t('. ')
  b.t('\nSubmitted: ').p(c.s.ts as Piece)
}

export function sms(b: Builder, c: Ctx): void {
  const { r, L } = c
  b.lower = r.chance(0.6)
  if (r.chance(0.5)) b.t(`${r.pick(EMOJI)} `)
  if (c.pii) b.t(`${L.p.hi.toLowerCase()} ${r.chance(0.5) && L.lang === 'en' ? 'its ' : ''}`).p(c.s.first as Piece).t(' ')
  b.fill(r.pick(L.p[c.biz]), c.s)
  if (c.pii && r.chance(0.6)) b.t(' ').fill(r.pick(L.p.reach), c.s)
  else b.t(' ').fill(r.pick(L.p.neg), c.s)
  b.t(` ${r.pick(EMOJI)}`)
}
