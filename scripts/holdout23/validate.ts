// The generator's own check of every line before it is written (the test has its own, written apart).
import type { Line } from './render.ts'
import { brandOf, ibanValid, luhnOk, phoneValid } from './values.ts'
import { isIP } from 'node:net'

export function check(l: Line): void {
  const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
  for (let i = 1; i < all.length; i++) if (all[i - 1]!.end > all[i]!.start) throw new Error(`${l.id}: overlap`)
  for (const e of l.entities) {
    const v = l.text.slice(e.start, e.end)
    const d = v.replace(/\D/g, '')
    let ok = true
    if (e.type === 'CARD') ok = luhnOk(d) && !!brandOf(d)
    else if (e.type === 'IBAN') ok = ibanValid(v)
    else if (e.type === 'IP_ADDRESS') ok = isIP(v) !== 0
    else if (e.type === 'PHONE' && /^[+0-9(]/.test(v)) ok = v.startsWith('+') ? phoneValid(v.replace('(0)', '')) : v.startsWith('00') ? phoneValid('+' + v.slice(2)) : true
    if (!ok) throw new Error(`${l.id}: bad ${e.type} ${v}`)
  }
}
