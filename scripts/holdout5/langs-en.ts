// English (US, UK, IE, CA): names, formats and templates, with the name-like ordinary words.
import { fmt, type Lang } from './lang'

export const en: Lang = {
  code: 'en', regions: ['US', 'GB', 'IE', 'CA'], ibans: ['GB', 'IE'], domains: ['gmail.com', 'outlook.com', 'btinternet.com', 'eircom.net', 'yahoo.co.uk'],
  names: { m: ['Connor', 'Tyrone', 'Dylan', 'Marcus'], f: ['Bethany', 'Shauna', 'Chloe', 'Imogen'], last: ['Whitfield', 'Okonkwo-Hale', 'Brennan', 'Fitzgerald', 'McKenna'] },
  title: (f) => (f ? 'Ms' : 'Mr'), dear: (f) => (f ? 'Dear Ms' : 'Dear Mr'),
  date: (r) => r.pick([`${r.int(1, 12)}/${r.int(1, 28)}/${r.int(2025, 2026)}`, `${r.int(1, 28)} ${r.pick(['March', 'June', 'October'])} ${r.int(2025, 2026)}`, `${r.pick(['Jan', 'Aug', 'Nov'])} ${r.int(1, 28)}, ${r.int(2025, 2026)}`]),
  time: (r) => r.pick([`${r.int(1, 12)}:${String(r.pick([0, 15, 30, 45])).padStart(2, '0')} ${r.pick(['am', 'pm', 'PM'])}`, fmt.hm(r)]),
  amount: (r) => r.pick([`$${r.int(1, 4)},${r.digits(3)}.${r.digits(2)}`, `£${r.int(5, 999)}.${r.digits(2)}`, `€${r.int(10, 500)}`]),
  postcode: (r) => r.pick([`${r.int(10001, 99950)}`, `${r.int(10001, 99950)}-${r.digits(4)}`, `SW${r.int(1, 9)}A ${r.int(1, 9)}AA`, `D0${r.int(1, 8)} X${r.digits(2)}${r.pick(['K', 'F'])}`, `M5V ${r.int(1, 9)}L${r.int(1, 9)}`]),
  street: (r) => `${r.int(2, 9800)} ${r.pick(['Maple Avenue', 'Harbour Road', 'W 48th Street', 'Church Lane', 'Queen Street West'])}`,
  templates: {
    letter: [
      '{NAME}\n{STREET}\nBoston, MA {ZIP}\n\n{DEAR} {LAST},\n\nI am writing about invoice {INVOICE} dated {DATE}. I was charged {AMOUNT} twice on my card {CARD}. I will be away in {W:May}, so please call me at {PHONE} or email {EMAIL}.\n\nSincerely,\n{NAME}',
      '{STREET}\nLondon {ZIP}\n\nRe: your ref {CASE}\n\nDear Sir or Madam,\n\nMy National Insurance number is {NINO}, not {BADNINO} as printed on your letter of {DATE}. Please correct it and refund {AMOUNT} to {IBAN}.\n\nKind regards,\n{NAME}\n{PHONEN}',
      '{NAME}\n{STREET}\nAustin, TX {ZIP}\n\nTo whom it may concern,\n\nYour renewal form printed my Social Security number as {BADSSN}. The correct SSN is {SSN}. Please fix this before {DATE} and confirm to {EMAIL}.\n\nRegards,\n{NAME}\nCell {PHONEN}',
    ],
    dm: ['@BrightwaterHelp 🙄 my {W:Bill} went up to {AMOUNT} again. account {LONGREF}. dm me or ring {PHONE}', 'hey its {FIRSTLC} 😂 {W:Will} you text me on {PHONEN} when the tech is on his way? the {W:Jack} in the hall is dead', 'DM: hi, {NAME} here 🤞 you asked for my SSN to verify – {SSN}. {W:May} I also get a refund of {AMOUNT}?'],
    form: ['Contact us\nName: {NAME}\nEmail: {EMAIL}\nPhone: {PHONE} ext. 12\nOrder #: {ORDER}\nMessage: Hi, item {SKU} arrived broken. {W:Grace} period ends {DATE}. Thanks, {FIRST}', 'first_name,last_name,email,phone\n{FIRST},{LAST},{EMAIL},{PHONEI}\n{W:Hope} this helps – order {ORDER}', 'Name: {NAME}\nNI number: {NINO}\nMobile: {PHONEN}\nEmail: {EMAIL}\nComments: switched supplier to {COMPANY} on {DATE}, please close account {LONGREF}.'],
    note: ['CB req – {TITLE} {LAST} @ {PHONE}, SSN {SSN} verified, acct {LONGREF}. Refund {AMOUNT} approved by {AGENT}. ticket {CASE}', 'cust {NAME} read card {BADCARD} – fails check, asked again, got {CARD}. Router MAC {MAC}, WAN IP {IP4}. {W:Sunny} side up: resolved in {DUR}.', 'UK cust {TITLE} {LAST}, NINO {NINO} (first attempt {BADNINO} wrong). CB {PHONEN} after {TIME}. Spoke w/ {NAME2} in billing.', '{AGENT}: cust {NAME} in US, SSN {SSN} on file; card {CARD}, old card {BADCARD} invalid. login from {IP6}'],
    transcript: ['Agent {AGENT}: Thanks for calling Brightwater, this is {AGENTFULL}.\nCaller: Hi, this is {NAME}, calling from abroad on {PHONEF}.\nAgent {AGENT}: Can I get the last four of your social? Actually the full SSN for this form.\nCaller: Sure, {SSN}.\nAgent {AGENT}: Thanks {FIRST}. I\'ve logged your IP {IP6} and ticket {CASE}.', 'Agent {AGENT}: Brightwater, {AGENT} speaking.\nCustomer: Hiya, {NAME} here, my NI number is {NINO}.\nAgent {AGENT}: Lovely. And a number to ring you back on?\nCustomer: {PHONE}. Could you {W:Mark} it urgent?\nAgent {AGENT}: Done, {TITLE} {LAST}.', 'Agent {AGENT}: Brightwater billing, {AGENTFULL} speaking.\nCaller: Hi, it\'s {NAME}. I\'m calling about {W:Bill} number {INVOICE}.\nAgent {AGENT}: For security, your National Insurance number?\nCaller: {NINO}.\nAgent {AGENT}: Thanks. Best number for a callback?\nCaller: {PHONEI}.'],
    delivery: ['Deliver to {TITLE} {LAST}, {STREET}, {ZIP}. Leave with neighbour {NAME2} if out ({W:Rose} bush by the gate). Tel {PHONE}. Slot {TIME}-{TIME}, parcel {TRACK}.'],
    invoice: ['> FINAL REMINDER – Invoice {INVOICE}\n> Balance due: {AMOUNT} by {DATE}\n> Pay to: {BADIBAN}\nCustomer says the IBAN above is mistyped; correct one is {IBAN}. Questions to {ROLEMAIL}. App version {VER}.'],
  },
}
