// Holdout 8 corpus: AI summaries, spreadsheet rows and web-hook JSON.
import type { Builder, Piece } from './core.ts'
import { type Ctx, sentences } from './genres.ts'

export function summary(b: Builder, c: Ctx): void {
  const { r, L } = c
  b.t(`${L.p.summary}\n`)
  b.t(`• ${L.p.customer}: `)
  c.pii ? b.p(c.s.name as Piece) : b.t('—')
  b.t(` · ${L.p.agent}: `)
  c.pii ? b.p(c.s.agentFirst as Piece) : b.t('IVR')
  b.t(` · `).p(c.s.dur as Piece).t('\n')
  for (const x of sentences(c)) b.t('• ').fill(x, c.s).t('\n')
  b.t(`${L.p.next}: `).fill(r.pick(['{date} ', '{time} ', '']), c.s).t(r.chance(0.5) ? '✅' : '→ callback')
}

export function sheet(b: Builder, c: Ctx): void {
  const { r } = c
  const biz = c.biz
  const ref = biz === 'airline' ? 'ref' : biz === 'shop' ? 'order' : 'acct'
  b.t(`date\tname\tphone\temail\t${ref}\tamount\tnote\n`)
  const rows = r.int(1, 2)
  for (let i = 0; i < rows; i++) {
    const pii = c.pii && (i === 0 || r.chance(0.5))
    b.p(c.s.date as Piece).t('\t')
    if (pii) {
      const nm = i === 0 ? (c.s.name as Piece) : (c.s.name2 as Piece)
      b.p(nm).t('\t').p(i === 0 ? (c.s.phone as Piece) : '-').t('\t').p(i === 0 ? (c.s.email as Piece) : '').t('\t')
    } else b.t('-\t-\t-\t')
    b.p(c.s[ref] as Piece).t('\t').p(c.s.amount as Piece).t('\t').fill(r.pick(c.L.p[biz]), c.s).t('\n')
  }
}

export function webhook(b: Builder, c: Ctx): void {
  const { r } = c
  b.t(`Webhook payload (${c.company}):\n{\n  "event": "${c.biz}.case.created",\n  "received_at": "`).p(c.s.ts as Piece).t('",\n')
  if (c.pii) {
    b.t('  "customer": {"name": "').p(c.s.name as Piece).t('", "email": "').p(c.s.email as Piece).t('", "phone": "').p(c.s.phone as Piece).t('"},\n')
    b.t('  "client_ip": "').p(c.s.ip as Piece).t(r.chance(0.3) && !(c.s.ip as Piece).v.includes(':') ? ':8443' : '').t('",\n')
  } else b.t('  "customer": null,\n')
  const ref = c.biz === 'airline' ? 'ref' : c.biz === 'shop' ? 'track' : 'supply'
  b.t(`  "${ref}": "`).p(c.s[ref] as Piece).t('",\n  "total": "').p(c.s.amount as Piece).t('",\n  "text": "')
  for (const x of sentences(c)) b.fill(x, c.s).t('. ')
  b.t('"\n}')
}
