// en-US texts, part 3: written one by one (CRM dumps, web forms, logs and callbacks across the same desks).
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_3 = [
  t("ticket", `CALLBACK QUEUE – Keystone Hearth Claims
queued_at: {{neg:date|2026-12-05}} {{neg:time|16:42}}
caller_id: {{PHONE|+1 720-388-5102}}
alt_number: {{PHONE|303.221.4497}}
claim_ref: {{neg:claim-number|CLM-26-0093318}}
reason: roof tarp came loose again, wants adjuster back
preferred_window: {{neg:time|9am}}-noon`),
  t("email", `Subject: W-9 / escrow refund check

Hello Ridgeline escrow team,

Your letter says I'm owed an escrow surplus of {{neg:amount|$412.66}} but you need my taxpayer info first. My SSN is {{US_SSN|318-52-7704}}. Please mail the check to the property address, not my old one in Dayton.

Loan {{neg:loan-number|RHL-5518-2093}}. Not to be confused with my invoice from the roofer, {{neg:invoice-number|INV 20261121}}.

{{EMAIL|harmon.ellis@mailbox.example}}
{{PHONE|937-555-0148}} (old) / {{PHONE|937-424-6610}} (current)`),
  t("note", `Brightwire fraud - SIM swap attempt on acct {{neg:account-number|BW 77104-22}}. Login from {{IP_ADDRESS|198.51.100.203}} and {{IP_ADDRESS|2001:db8:ff00:42::9}}, neither matches cust history. Locked port-out. Verified real owner by callback to number on file {{PHONE|(559) 302-7718}}. New email requested: {{EMAIL|secure.mlopez@post.example}}.`),
  t("sms", `FreshCart: Your shopper is at the store. Replacement for "{{neg:name-word|Hope}} Farms oat milk"? Reply Y to accept or call/text your shopper at {{PHONE|(470) 225-9183}}. Order {{neg:order-number|FC-20261206-0094}}.`),
  t("transcript", `AGENT: Harborlight Hotels billing, how can I help?
CALLER: I was charged twice for a stay in Charleston. Card's a Discover, {{CARD|6500 3122 8847 1908}}.
AGENT: Thank you. I see two holds of {{neg:amount|$318.40}}. One is a pre-authorization and will drop off in 3-5 business days.
CALLER: OK. Can you email me the folio? {{EMAIL|k.oyelaran@inbox.example}}
AGENT: Of course. And a phone for the file?
CALLER: {{PHONE|eight four three, nine oh two, one one seven five}}.`),
  t("ticket", `HR — NEW HIRE (Contact Center, Tulsa)
Legal name: {{PERSON|Rivera, Alejandra M}}
SSN: {{US_SSN|448-19-3027}}
Prior SSN entered in error: {{neg:ssn-invalid|666-19-3027}}
Home phone: {{PHONE|918 742 0385}}
Personal email: {{EMAIL|ale.rivera@mailbox.example}}
Direct deposit routing: {{neg:account-number|103000648}}
Start: {{neg:date|01/05/2027}}`),
  t("chat", `Tri-Valley Transit
[3:02 PM] Visitor: left my phone on the 7:40 bus this morning. can you call my work line when found
[3:03 PM] TVT Agent: Sure, what's the number and the phone description?
[3:03 PM] Visitor: {{PHONE|925-606-3348}} ext 210, black pixel in a green case
[3:04 PM] TVT Agent: Logged as {{neg:reference|LF-2026-12044}}. We'll also email you, what address?
[3:04 PM] Visitor: {{EMAIL|ops-desk@pleasantonplumbing.example}}`),
  t("email", `Subject: Payment plan – card for monthly installments

Please charge the installments on my payment plan (acct {{neg:account-number|PGE 4471 0093 18}}) to this card: {{CARD|4921 8887 0016 3542}}. The other one, {{neg:luhn-invalid|4921 8887 0016 3543}}, was a typo on the form.

Thanks,
{{PHONE|316-250-7781}}`),
  t("note", `St Brendan pre-reg. Pt preferred contact {{PHONE|(972) 618-2244}}, secondary {{PHONE|214.903.5560}}. Guarantor SSN given verbally, social security {{US_SSN|521 33 0869}}. Portal email {{EMAIL|tjohnson1962@mailbox.example}}. MRN {{neg:reference|00718824}}.`),
  t("sms", `Milepost Auto Insurance: Your ID cards for policy {{neg:policy-number|MP 44109382}} are ready. Questions? {{PHONE|(888) 614-2201}}. We will never ask for your full card number by text.`),
  t("ticket", `WEB FORM — Lumenview TV moving service
Old address ZIP: {{neg:postcode|30307}}
New address ZIP: {{neg:postcode|30080-2214}}
Move date: {{neg:date|12/20/2026}}
Contact phone: {{PHONE|(678) 390-4417}}
Contact email: {{EMAIL|moving.jt@fastmail.example}}
Receiver serial: {{neg:reference|LV4K-2026-88133}}
Client IP: {{IP_ADDRESS|192.168.86.31}}`),
]
