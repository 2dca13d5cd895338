// English templates. Each takes a domain (home care, crypto KYC desk, sports club, food recall line) and writes one
// text through the Ctx, so every span is recorded as it is appended.
import type { Ctx } from './ctx.ts'

export interface Domain { key: string; biz: string[]; topic: string[]; staff: string[]; client: string; negs: string[]; refLabel: string }
export const DOMAINS: Domain[] = [
  { key: 'care', biz: ['Heatherlea Home Care', 'Bridgeview Visiting Nurses', 'Kōwhai Care Services', 'Lantern Homecare'], topic: ['visit schedule change', 'missed morning visit', 'medication prompt', 'next of kin update', 'hospital discharge'], staff: ['carer', 'nurse', 'coordinator'], client: 'client', negs: ['care-plan', 'visit-id', 'insurer-member'], refLabel: 'Care plan' },
  { key: 'kyc', biz: ['Tidemark Exchange', 'Quillpay', 'Ledgerly Wallet', 'NorthCoin KYC Desk'], topic: ['identity check', 'withdrawal hold', 'source of funds', 'proof of address', 'account unlock'], staff: ['analyst', 'KYC agent', 'compliance'], client: 'customer', negs: ['wallet-address', 'tx-hash', 'account-number', 'kyc-ref'], refLabel: 'KYC ref' },
  { key: 'club', biz: ['Harbourside FC Membership', 'Glenmore Rovers Ticket Office', 'Eastbank Stadium', 'Riverside Athletic'], topic: ['season ticket renewal', 'junior membership', 'seat move', 'lost member card', 'away travel'], staff: ['box office', 'membership team', 'steward lead'], client: 'member', negs: ['season-ticket', 'seat', 'membership-number'], refLabel: 'Membership' },
  { key: 'food', biz: ['Greenvale Foods Recall Line', 'Brightpantry Recalls', 'Millbrook Dairy Care', 'Sunharvest Snacks'], topic: ['product recall', 'refund request', 'allergen query', 'foreign body report', 'missing label'], staff: ['agent', 'QA officer', 'care team'], client: 'caller', negs: ['batch-code', 'lot-code', 'barcode', 'refund-ref'], refLabel: 'Lot' },
]
export const EMOJI = ['👍', '🙏', '📞', '🇮🇪', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🇳🇬', '🇵🇭', '🇳🇿', '🇺🇸', '👩‍⚕️', '🧑🏽‍⚕️', '⚽', '🏟️', '🥛', '🧾', '💳', '🪙', '✅', '👋🏾', '😊', '🙌🏼', '❤️']
const WORDS: [string, string, string][] = [
  ['', 'May', ' we remind you that calls are recorded.'], ['', 'Will', ' do, thanks.'], ['The ', 'bill', ' was settled in full.'],
  ['Please ', 'mark', ' this as urgent.'], ['Meet at the ', 'Rose', ' Lane entrance.'], ['A ', 'grace', ' period of 14 days applies.'],
  ['', 'Hope', ' that helps.'], ['', 'Sunny', ' spells forecast for Saturday.'], ['We ', 'will', ' call back tomorrow.'], ['', 'Mark', ' down the 2nd visit as done.'],
]
export function nameWord(c: Ctx): void { const [a, w, z] = c.pick(WORDS); c.t(a).b.n('name-word', w); c.t(z) }
export const emo = (c: Ctx) => c.pick(EMOJI)
const dn = (c: Ctx, d: Domain) => c.neg(c.pick(d.negs))
/** the id line of the region: SSN in the US, NINO in Scotland, the national id (a lookalike) elsewhere */
export function idLine(c: Ctx, label = true): void {
  const k = c.loc.country
  if (k === 'US') { if (label) c.t('SSN: '); c.ssn() }
  else if (k === 'GB') { if (label) c.t('NI number: '); c.nino(); if (label && c.chance(0.5)) c.t(', CHI no. ').neg('chi-number') }
  else { if (label) c.t(c.pick(['ID no.: ', 'National ID: ', 'Ref ID: '])); c.nid() }
}
const role = (c: Ctx, d: Domain) => c.pick(d.staff)

export type Tpl = { kind: string; run: (c: Ctx, d: Domain) => void; lower?: boolean; nfd?: boolean; negOnly?: boolean }

export const EN: Tpl[] = [
  { kind: 'form', run: (c, d) => {
    const p = c.who(); const k = c.who()
    c.t(`${c.pick(d.biz)} | ${c.pick(d.topic)} form\n`)
    c.t(c.chance(0.4) ? 'SURNAME, Given name: ' : 'Full name: ').name(p, c.chance(0.4) ? 'caps' : 'full').t('\n')
    c.t('Mobile: ', emo(c), ' ').mobile().t('\nHome: ').phone('nat').t('\n')
    c.t('Email: ').email(p).t('\n')
    if (d.key === 'care' || d.key === 'club') c.t(d.key === 'care' ? 'Next of kin: ' : 'Parent/guardian: ').name(k).t(' (').phone().t(')\n')
    c.t(`${d.refLabel}: `); dn(c, d); c.t('\n')
    if (d.key === 'care') { c.t('Health/insurer no.: '); c.neg(c.loc.country === 'GB' ? 'chi-number' : 'insurer-member'); c.t('\n') }
    idLine(c); c.t('\n')
    c.t('Date: ').neg('date').t(' at ').neg('time').t('\n')
    if (d.key === 'kyc') c.t('Payout IBAN: ').iban().t('\n'); else c.t('Card: ').card().t('\n')
    c.t('Referred by: ').name(c.who()).t(' <').email(c.who()).t('>\nSubmitted from ').ip().t('\n')
  } },
  { kind: 'form', nfd: true, run: (c, d) => {
    const p = c.who()
    c.t(`${c.pick(d.biz)} — web enquiry\n`)
    c.t('First name: ').name(p, 'given').t('\nLast name: ').name(p, 'family').t('\n')
    c.t('Phone', c.pick([' (best after 6pm)', '', ' (WhatsApp)']), ': ').phone(c.pick(['intl-0', 'intl', 'nat-bracket', 'intl-00'])).t(' ext. ').t(String(c.r.int(10, 399))).t('\n')
    c.t('Alt phone:').phone('nat-compact').t('\n')
    c.t('Amount: ').neg('amount').t('\nOrder: ').neg('order-number').t('\n')
    c.t('Message: ', c.pick(['please ring me at ', 'call before ', 'avail. from ']))
    c.neg('time').t(' ', emo(c), ' ')
    nameWord(c); c.t('\n')
  } },
  { kind: 'sms', lower: true, run: (c, d) => {
    const p = c.who()
    c.t(`${c.pick(['hi', 'hiya', 'hello', 'morning'])} its `).name(p, c.chance(0.5) ? 'given' : 'full').t(` re the ${c.pick(d.topic)} ${emo(c)} `)
    c.t(`pls call me on`).phone(c.pick(['nat-compact', 'nat', 'intl-compact'])).t(` or `).phone().t(` after `).neg('time').t(` ta`)
  } },
  { kind: 'sms', run: (c, d) => {
    const p = c.who()
    c.t(`${c.pick(d.biz)}: Hi `).name(p, 'given').t(', this is ').name(c.who(), 'given').t(`, ${c.pick(['your ', 're your '])}${c.pick(d.topic)} is booked for `).neg('date').t('. ')
    c.t('Ref ').call(dn, d).t('. Questions? Call ').phone(c.pick(['nat', 'intl', 'nat-dash'])).t(' or text ').mobile().t('. ')
    nameWord(c)
  } },
  { kind: 'chat', run: (c, d) => {
    const a = c.who(); const s = c.who()
    let h = c.r.int(7, 19); let m = c.r.int(0, 40)
    const ts = () => { m += c.r.int(1, 9); if (m > 59) { m -= 60; h++ } return `[${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}]` }
    c.t(ts(), ' ').name(a, 'given').t(` (${role(c, d)}): hi, ${c.pick(d.topic)} — who am I speaking with?\n`)
    c.t(ts(), ' ').name(s).t(': ', emo(c), ' it\'s me, number on file is old, use ').mobile().t('\n')
    c.t(ts(), ' ').name(a, 'given').t(': noted. and the landline?\n')
    c.t(ts(), ' ').name(s, 'given').t(': ').phone(c.pick(['nat-bracket', 'nat-dot', 'intl-dash'])).t(' but only till ').neg('time').t('\n')
    c.t(ts(), ' ').name(a, 'given').t(': ')
    if (d.key === 'kyc') c.t('send the txn id pls\n', ts(), ' ').name(s, 'given').t(': ').neg('tx-hash').t('\n')
    else { c.t('ref is '); dn(c, d); c.t(' ✅\n') }
    if (c.chance(0.5)) { c.t(ts(), ' ').name(s, 'given').t(': my sister ').name(c.who(), 'full').t(' may ring from ').foreign().t('\n') }
  } },
  { kind: 'summary', run: (c, d) => {
    const p = c.who(); const k = c.who()
    c.t(`Call summary (AI) — ${c.pick(d.biz)}\n`)
    c.t('Caller: ').name(p).t(`, ${d.client}. Topic: ${c.pick(d.topic)}.\n`)
    c.t('- Verified identity with ')
    idLine(c, true)
    c.t(c.loc.country === 'US' ? ' (SSN on file)' : '', ' and date of birth.\n')
    c.t('- Callback number confirmed: ').phone().t(`; secondary ${c.pick(['contact', 'number'])} `).name(k, 'given').t(' on ').phone(c.pick(['intl', 'nat'])).t('.\n')
    c.t('- Reference ').call(dn, d).t(', amount ').neg('amount').t(', follow-up ').neg('date').t('.\n')
    c.t('- Email for confirmation: ').email(p).t('\n- Handled by: ').name(c.who()).t('\n')
    nameWord(c); c.t('\n')
  } },
  { kind: 'summary', nfd: true, run: (c, d) => {
    const p = c.who()
    c.t('Summary: ').name(p).t(` rang about the ${c.pick(d.topic)}. Said the number we had (`).phone('nat').t(') is wrong — new one is ').mobile(c.pick(['intl-compact', 'nat-compact', 'intl-00'])).t(' from ').neg('date').t('.\n')
    if (d.key === 'kyc') c.t('Sent funds to IBAN ').iban().t(', wallet ').neg('wallet-address').t('.\n')
    else if (d.key === 'food') c.t('Product barcode ').neg('barcode').t(', lot ').neg('lot-code').t(', best before ').neg('date').t('. Refund to card ').card().t('.\n')
    else { c.t('Ref '); dn(c, d); c.t('. Card on file ending ').neg('card-last4').t('.\n') }
    if (c.loc.country === 'US' || c.loc.country === 'GB') { c.t('Verified by '); idLine(c); c.t('.\n') }
    c.t('Action: ', c.pick(['call back', 'ring', 'text']), ' at ').neg('time').t('.\n')
  } },
  { kind: 'note', run: (c, d) => {
    const p = c.who()
    c.t(`${c.pick(['cb req', 'spoke w/', 'lvm for', 'inbound:'])} `).name(p, c.chance(0.3) ? 'lower' : 'full').t(` re ${c.pick(d.topic)}. tel`).phone(c.pick(['nat-dash', 'nat-slash', 'nat-dot', 'nat'])).t(` / mob:`).mobile().t(`. `)
    c.t(`ref `).call(dn, d).t(` | `).neg('date').t(' ').neg('time').t(' | v')
    c.t(`${c.r.int(1, 3)}`).t('. ')
    if (c.loc.country === 'US' || c.loc.country === 'GB') { c.t('ids ok: '); idLine(c, true); c.t('. ') }
    c.t(`declined card `).neg('luhn-invalid').t(` -> new card `).card().t(' ok.')
  } },
  { kind: 'note', run: (c, d) => {
    const p = c.who(); const q = c.who()
    c.t(`${role(c, d).toUpperCase()} NOTE ${emo(c)} `).name(p).t(' called from ').foreign().t(' (abroad), wants calls to ').name(q).t(' instead: ').phone().t(', ').phone(c.pick(['nat-bracket', 'intl-0', 'intl-00'])).t(' extn ').t(String(c.r.int(2, 99))).t('. ')
    if (c.loc.country === 'US' || c.loc.country === 'GB') { idLine(c); c.t('. ') }
    c.t('Email ').email(p).t('. Wrong IBAN given first: ').neg('iban-checksum').t(', corrected. ')
    if (c.chance(0.5)) nameWord(c)
  } },
  { kind: 'email', run: (c, d) => {
    const p = c.who(); const s = c.who()
    c.t(`Subject: Re: ${c.pick(d.topic)}\n\nHi `).name(p, 'given').t(',\n\nThanks — I have updated your details. We will use ').phone().t(' from now on. ')
    c.t(`Your ${d.refLabel.toLowerCase()} is `).call(dn, d).t('.\n\nKind regards,\n').name(s).t(`\n${c.pick(d.biz)} | ${role(c, d)}\nM: `).mobile().t('\n').email(s).t('\n\n')
    c.t('> On ').neg('date').t(' at ').neg('time').t(', ').name(p).t(' <').email(p).t('> wrote:\n> my number changed, the old one ').phone('nat-compact').t(' is gone. ')
    c.t(c.pick(['', '\n> '])).t(emo(c), ' thanks\n')
  } },
  { kind: 'email', nfd: true, run: (c, d) => {
    const p = c.who()
    c.t(`From: `).email(p).t(`\nTo: ${d.key}@${c.pick(['helpdesk.example', 'support.example'])}\nSubject: ${c.pick(d.topic)}\n\n`)
    c.t('Hello,\nMy name is ').name(p).t(', ')
    if (d.key === 'kyc') { c.t('I sent my documents ('); idLine(c, true); c.t('). Please release the withdrawal to ').iban().t('.\n') }
    else if (d.key === 'food') c.t('I bought the item (barcode ').neg('barcode').t(', batch ').neg('batch-code').t(') for ').neg('amount').t('.\n')
    else { c.t('reference '); dn(c, d); c.t('.\n') }
    c.t('Mobile ').mobile().t(' / home ').phone('nat').t('\n\n-- \n').name(p, 'given').t(' ', emo(c), '\nSent from my phone\n')
  } },
  { kind: 'csv', run: (c, d) => {
    const sep = c.pick([',', ';', '\t'])
    const us = c.loc.country === 'US'
    const gb = c.loc.country === 'GB'
    const cols = ['name', 'phone', 'email', 'agent', us ? 'ssn' : gb ? 'ni_number' : 'national_id', d.key === 'kyc' ? 'iban' : 'ref', 'date']
    c.t(cols.join(sep), '\n')
    for (let i = 0; i < 3; i++) {
      const p = c.who()
      c.name(p, i === 1 && c.chance(0.5) ? 'caps' : 'full').t(sep).phone(c.pick(['intl', 'intl-compact', 'nat-compact', 'nat'])).t(sep).email(p).t(sep).name(c.who(), 'given').t(sep)
      idLine(c, false); c.t(sep)
      if (d.key === 'kyc') c.iban(); else dn(c, d)
      c.t(sep).neg(sep === ',' ? 'timestamp' : 'date').t('\n')
    }
  } },
  { kind: 'json', run: (c, d) => {
    const p = c.who()
    const us = c.loc.country === 'US'
    c.t(`{"agent":"`).name(c.who()).t(`","event":"${d.key}.${c.pick(['created', 'updated', 'callback'])}","first_name":"`).name(p, 'given').t('","last_name":"').name(p, 'family').t('","phone":"').phone(c.pick(['intl-compact', 'intl', 'nat'])).t('","phone_2":"').mobile().t('","email":"').email(p).t('",')
    c.t(us ? '"ssn":"' : '"national_id":"'); idLine(c, false); c.t('",')
    c.t('"ref":"'); dn(c, d); c.t('","client_ip":"').ip().t('","ts":"').neg('timestamp').t('","app":"').neg('version').t('"}')
  } },
  { kind: 'transcript', lower: true, run: (c, d) => {
    const p = c.who()
    c.t(`agent: ${c.pick(d.biz)}, you're through to the ${c.pick(d.topic)} line. caller: hi yeah my name is `).name(p, 'full').t(' ')
    c.t('agent: and the best number? caller: it\'s ')
    if (c.chance(0.4)) c.spokenPhone(); else c.oddPhone()
    c.t(' agent: and a second number? caller: ').oddPhone().t(' agent: thanks ').name(p, 'given').t(', ')
    nameWord(c)
    c.t(' reference ').call(dn, d).t('.')
  } },
  { kind: 'voicemail', run: (c, d) => {
    const p = c.who()
    c.t(`Voicemail ${emo(c)} `).neg('date').t(' ').neg('time').t(` — "Hi, it's `).name(p).t(` calling about the ${c.pick(d.topic)}. You can get me on `).phone().t(' or email me at ').email(p).t(', or my partner ').name(c.who(), 'given').t('. Thanks, bye." (caller ID ').phone('intl-compact').t(')')
  } },
  { kind: 'ticket', run: (c, d) => {
    const p = c.who(); const a = c.who()
    c.t(`#${c.r.int(1000, 99999)} ${c.pick(d.topic)}\n@`).name(a, 'given').t(' can you ring ').name(p).t(' back on ').phone().t('? they said ').neg('time').t(' ', c.pick(['works', 'is fine']), '.\n')
    if (c.loc.country === 'US' || c.loc.country === 'GB') { c.t('id check: '); idLine(c); c.t('\n') }
    c.t('cust email ').email(p).t('\n@').name(c.who(), 'given').t(` ${emo(c)} done, left msg. alt no.`).phone(c.pick(['nat-dash', 'intl-dash', 'nat-bracket'])).t('. ref ').call(dn, d).t('\n')
  } },
  { kind: 'log', run: (c, d) => {
    const p = c.who()
    c.neg('timestamp').t(` INFO ${d.key}-svc callback.create name="`).name(p).t('" msisdn=').phone('intl-compact').t(' src=').ip().t('\n')
    c.neg('timestamp').t(` WARN ${d.key}-svc dial.fail to=`).phone(c.pick(['intl', 'nat-compact'])).t(' retry_in=30s ver=').neg('version').t('\n')
    c.neg('timestamp').t(` INFO ${d.key}-svc ref=`).call(dn, d).t(' email=').email(p).t(' agent="').name(c.who()).t('"\n')
  } },
]

// Texts that hold only lookalikes
export const EN_NEG: Tpl[] = [
  { kind: 'form', negOnly: true, run: (c, d) => {
    c.t(`${c.pick(d.biz)} — reference card\n${d.refLabel}: `).call(dn, d).t('\nOrder: ').neg('order-number').t('\nTracking: ').neg('tracking-number').t('\nDate: ').neg('date').t('\nAmount: ').neg('amount').t('\n')
    nameWord(c); c.t('\n')
  } },
  { kind: 'note', negOnly: true, run: (c, d) => {
    c.t(`${c.pick(d.topic)}: card `).neg('luhn-invalid').t(' declined, IBAN ').neg('iban-checksum').t(' bounced (check digits). ref ').neg('reference-number').t(' at ').neg('time').t('. ')
    c.nid().t(' on file (not to be read out). app ').neg('version').t('.')
  } },
  { kind: 'log', negOnly: true, run: (c, d) => {
    c.neg('timestamp').t(` INFO ${d.key}-batch job=`).neg('reference-number').t(' ref=').call(dn, d).t(' amount=').neg('amount').t('\n')
    c.neg('timestamp').t(` INFO ${d.key}-batch ssn_check input=`).neg('ssn-invalid').t(' result=REJECT nino=').neg('nino-invalid').t(' result=REJECT\n')
  } },
  { kind: 'sms', negOnly: true, run: (c, d) => {
    c.t(`${c.pick(d.biz)}: `); nameWord(c); c.t(' Your order ').neg('order-number').t(' ships ').neg('date').t('; tracking ').neg('tracking-number').t('. ')
    c.t('Ref ').call(dn, d).t('.')
  } },
  { kind: 'email', negOnly: true, run: (c, d) => {
    c.t(`Subject: ${c.pick(d.topic)} — update\n\nHello,\n\nThe ${d.refLabel.toLowerCase()} `).call(dn, d).t(' and ').call(dn, d).t(' were processed on ').neg('date').t(' at ').neg('time').t('. Total ').neg('amount').t('.\n')
    nameWord(c); c.t('\n\nThe team\n')
  } },
]
