// en-US texts, part 5: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_5 = [
  t("chat", `🟢 {{PERSON|Esperanza}} joined the chat
{{PERSON|Esperanza}}: Hi, welcome to Northgrid Energy! How can I help?
visitor: hola, i need to set up gas at my new apt, move in {{neg:date|April 1}}
{{PERSON|Esperanza}}: Great! Name for the account?
visitor: {{PERSON|Guadalupe de la Cruz}}
{{PERSON|Esperanza}}: And the service address + ZIP?
visitor: 3301 N Kedzie Ave #2F, {{neg:postcode|60618}}
{{PERSON|Esperanza}}: Perfect. Deposit is {{neg:amount|$150}}, or waived with a credit check (needs SSN).
visitor: ok SSN {{US_SSN|601-38-4412}}
{{PERSON|Esperanza}}: Approved, no deposit. Confirmation {{neg:case-number|NG-START-77120}}.`),
  t("email", `hey,

so my package got delivered to the wrong house AGAIN. tracking {{neg:tracking-number|SW4490021876US}}. the house it went to is 1412, we're 1421. the lady there, Mrs. {{PERSON|Dubois}}, was nice about it but this is the 3rd time.

can the driver please call me when he's outside: {{PHONE|(937) 228-4130}}

thx
{{PERSON|jake}}`),
  t("note", `IT ticket {{neg:ticket-number|INC0048812}} – home office user {{PERSON|Samantha Reyes-Oduya}} can't reach VPN. Home router {{IP_ADDRESS|192.168.86.1}}, laptop {{IP_ADDRESS|192.168.86.34}}, public {{IP_ADDRESS|198.51.100.250}}. VPN client {{neg:version|5.2.11}}. Fixed MTU. user cell {{PHONE|503.777.2190}}`),
  t("transcript", `AGENT: Maple Grove Dental, this is {{PERSON|Kendra}}.
CALLER: Hi, I'm calling for my dad, {{PERSON|Harold Beaumont}}, he's got a bridge that came loose.
AGENT: Oh no. And your name?
CALLER: {{PERSON|Lisa}}. {{PERSON|Lisa Beaumont-Park}}.
AGENT: Thanks {{PERSON|Lisa}}. We have tomorrow at {{neg:time|9:40}}. Can I reach you at the number you're calling from?
CALLER: Better my cell, {{PHONE|six one seven, nine oh two, double four three one}}.`),
  t("form", `Claim form – Keystone Auto
Insured: {{PERSON|Okonkwo, Chidi}}
Policy: {{neg:policy-number|KP 6620 118}}
Date of loss: {{neg:date|2026-03-14}}
Other party: {{PERSON|Vera Lindstrom}} / {{PHONE|(612) 338-0471}} / ins. unknown
Insured phone: {{PHONE|612.709.2284}}
Insured SSN (for subrogation): {{US_SSN|387-22-5190}}
Est. damage: {{neg:amount|$3,400}}`),
]
