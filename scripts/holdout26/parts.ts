// Pieces the templates share: emoji, the four businesses and their numbers, English name-word sentences.
import type { B } from './render.ts'
import type { Ctx, Domain } from './ctx.ts'

export const EMOJI = ['📱', '📞', '🦷', '🚗', '🎓', '💳', '👩🏾‍💼', '👨🏿‍💻', '🙏🏽', '✅', '⚠️', '😊', '👍🏼', '🧑‍🎓', '🅿️', '🛣️', '🪥', '📩', '👨‍👩‍👧', '🧒🏽', '🔁', '📶', '💬', '🙂', '🚙', '🧾']
export const FLAG: Record<string, string> = { 'en-gh': '🇬🇭', 'en-mt': '🇲🇹', 'en-hk': '🇭🇰', 'en-pk': '🇵🇰', 'en-bw': '🇧🇼', 'en-ni': '🇬🇧', pl: '🇵🇱', ro: '🇷🇴', el: '🇬🇷', sk: '🇸🇰', fi: '🇫🇮', sv: '🇸🇪', 'es-ar': '🇦🇷', 'es-cl': '🇨🇱', 'fr-qc': '🇨🇦', 'fr-be': '🇧🇪', it: '🇮🇹', ca: '🇪🇸' }
export const emo = (c: Ctx) => c.rng.pick(EMOJI)
/** an emoji and a space, often, or nothing */
export const maybeEmo = (c: Ctx, p = 0.5) => (c.rng.chance(p) ? `${emo(c)} ` : '')

export const DOM_KINDS: Record<Domain, string[]> = {
  porting: ['porting-code', 'iccid', 'imei', 'account-pin', 'porting-ref'],
  dental: ['patient-number', 'appointment-number', 'treatment-code'],
  loan: ['loan-number', 'borrower-ref', 'payroll-number'],
  toll: ['plate', 'penalty-notice', 'transponder', 'toll-account'],
}
export const BIZ: Record<Domain, { name: string; mail: string }> = {
  porting: { name: 'Kestrel Mobile', mail: 'porting@kestrelmobile.example' },
  dental: { name: 'BrightArch Dental', mail: 'bookings@brightarch.example' },
  loan: { name: 'Harbourline Student Finance', mail: 'repayments@harbourline.example' },
  toll: { name: 'Westlink Tolls & Parking', mail: 'fines@westlink-tolls.example' },
}
export const EN_LABEL: Record<string, string[]> = {
  'porting-code': ['PAC', 'Porting authorisation code', 'port code'], iccid: ['ICCID', 'SIM serial'], imei: ['IMEI', 'handset IMEI'],
  'account-pin': ['account PIN', 'security PIN'], 'porting-ref': ['port ref', 'Porting reference'],
  'patient-number': ['Patient no.', 'patient ID'], 'appointment-number': ['Appt no.', 'booking ref'], 'treatment-code': ['Treatment code', 'tx code'],
  'loan-number': ['Loan no.', 'loan account'], 'borrower-ref': ['Borrower ref', 'CRN'], 'payroll-number': ['Employer payroll no.', 'payroll ID'],
  plate: ['Reg', 'Vehicle reg', 'plate'], 'penalty-notice': ['PCN', 'Penalty notice'], transponder: ['Tag no.', 'transponder'], 'toll-account': ['Toll account', 'toll acct'],
}
export const EN_ROLES: Record<Domain, [string, string]> = {
  porting: ['account holder', 'authorised user'], dental: ['parent', 'patient (child)'], loan: ['borrower', 'co-signer'], toll: ['registered keeper', 'driver'],
}

export function negValue(c: Ctx, kind: string): string { return kind === 'plate' ? c.plate() : c.biz(kind) }
/** n of the domain's own numbers, each after its label; labels from `labels` (English when absent) */
export function details(b: B, c: Ctx, n: number, sep: string, labels: Record<string, string[]> = EN_LABEL, kv = ': '): void {
  const kinds = c.rng.shuffle([...DOM_KINDS[c.dom]]).slice(0, n)
  kinds.forEach((k, i) => {
    b.t(`${c.rng.pick(labels[k]!)}${kv}`).n(k, negValue(c, k))
    if (i < kinds.length - 1 || sep.endsWith('\n')) b.t(sep)
  })
}

const EN_NW: [string, string, string][] = [
  ['', 'May', ' we remind you the slot is held for 15 minutes.'], ['', 'Will', ' do, thanks.'], ['The ', 'bill', ' was settled in full.'],
  ['Please ', 'mark', ' the account as verified.'], ['Fees ', 'rose', ' again this year.'], ['There is a 14-day ', 'grace', ' period.'],
  ['', 'Hope', ' that helps!'], ['Forecast says ', 'sunny', ' tomorrow so the lanes will be busy.'], ['Such a ', 'joy', ' to deal with you.'],
  ['We acted in good ', 'faith', '.'], ['The ', 'grant', ' covers the first year.'], ['It ', 'will', ' be posted by Friday.'], ['We ', 'may', ' need a photo of the plate.'],
  ['', 'Grant', ' access to the portal once verified.'], ['', 'Mark', ' it urgent please.'], ['A ', 'rose', ' gold handset was reported lost.'],
]
export function enNameWord(b: B, c: Ctx, lower = false): void {
  const [a, w, z] = c.rng.pick(EN_NW)
  const s = lower && a === '' ? w.toLowerCase() : w
  b.t(a).n('name-word', s).t(z)
}
