// en-US texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_3 = [
  t("ticket", `HR-ONBOARD {{neg:ticket-number|4471}} | Pharmacy tech new hire
Employee: {{PERSON|Dasha Kuznetsova}}
Start date: {{neg:date|01/05/2027}}
I-9 / W-4 received. SSN on W-4: {{US_SSN|219-44-6078}}
Direct deposit: routing {{neg:account-number|021000021}}, acct ending 4410
Badge photo taken by {{PERSON|Luis}}. Store phone {{PHONE|(718) 832-4409}}.`),
  t("transcript", `AGENT: Silverline Pension Services, this is {{PERSON|Grant}}. For security, can I have your full name and social security number?
CALLER: {{PERSON|Dolores Whitcomb}}. Social is {{US_SSN|five two three, four one, eight eight zero six}}.
AGENT: Thank you, Mrs. {{PERSON|Whitcomb}}. And your date of birth?
CALLER: {{neg:date|June 3rd, 1951}}.
AGENT: Perfect. I see your {{neg:name-word|June}} payment went out on the third. What can I do for you?
CALLER: I need to change my address, I'm moving in with my daughter {{PERSON|Patrice}}.`),
  t("note", `car rental fraud chk - renter {{PERSON|K. Abernathy}} presented card {{neg:luhn-invalid|4716 0255 1840 3339}}, system rejected. 2nd card {{CARD|4716 0255 1840 3393}} ok, name matches DL. DL state IL. cb {{PHONE|773-290-1184}}. {{neg:name-word|will}} keep hold on the Tahoe till return {{neg:date|12/12}}.`),
  t("email", `Subject: Question about my bill

Hi,

I've been a Nimbus Stream subscriber since 2022 and my last {{neg:name-word|bill}} was {{neg:amount|$27.98}} instead of {{neg:amount|$13.99}}. It looks like I was charged twice on {{neg:date|November 18}}. The card is a Mastercard, {{neg:masked-card|XXXX-XXXX-XXXX-4700}}.

Account email: {{EMAIL|gwen.tanaka@homebase.example}}

Thanks for a {{neg:name-word|frank}} answer,
{{PERSON|Gwen Tanaka}}`),
  t("chat", `Harborview Animal Hospital
[6:48 PM] You: my cat got out and came back with a cut on her paw. is the ER open?
[6:49 PM] {{PERSON|Mackenzie}} (front desk): Yes, we're open 24/7. Can you bring her in now?
[6:49 PM] You: yes, 20 min. name is {{PERSON|Stellan Brooks}}
[6:50 PM] {{PERSON|Mackenzie}} (front desk): Thanks {{PERSON|Stellan}}! We'll have a room ready. If anything changes, call {{PHONE|(206) 782-4410}}.`),
  t("sms", `SSN verification needed for your mortgage application. Reply with your SSN? NO – Porchlight will never ask by text. If you got this, call {{PHONE|1-877-602-3318}}. – {{PERSON|Aaron}}`),
  t("note", `ret plan - bene claim, deceased {{PERSON|Harold Lindqvist-Moe}}, SSN {{US_SSN|484-20-7711}}. claimant son {{PERSON|Erik}}. death cert rec'd {{neg:date|12/1}}. {{neg:ssn-invalid|666-20-7711}} was on the first form (typo). pay by check to 19 Lakeview Dr, Duluth MN {{neg:postcode|55803}}. ph {{PHONE|218 727 4491}}`),
  t("email", `From: Admissions Office, Bayside Community College
To: {{EMAIL|r.castillo.apps@mail.example}}
Subject: FAFSA verification

Dear {{PERSON|Rafael}},

Your FAFSA was selected for verification. Please upload a signed copy of your parents' 2025 tax return. The SSN you entered for your mother, {{PERSON|Yolanda Castillo}}, ({{US_SSN|318-57-2094}}) doesn't match IRS records; please double-check it.

Financial Aid Office | {{PHONE|(619) 388-3500}}`),
  t("transcript", `[00:00:01] agent: thanks for calling bluejay courier this is {{PERSON|tasha}}
[00:00:04] caller: hi my package says delivered but it's not here
[00:00:07] agent: i'm sorry what's the tracking number
[00:00:09] caller: {{neg:tracking-number|BJ 4410 9921 07}}
[00:00:14] agent: it was left at the side door {{neg:time|2:14 pm}} is that your house on hawthorne
[00:00:19] caller: yes hawthorne but no side door
[00:00:22] agent: okay i'll open a claim can i get your name and number
[00:00:25] caller: {{PERSON|rosemary kowalczyk}} {{PHONE|three one two, six oh one, four four eight two}}`),
  t("ticket", `Case {{neg:case-number|CS-88120}} – Mobile store – account PIN reset
Customer: {{PERSON|Oduya, Chinedu}}
Line: {{PHONE|404-817-2290}}
Verified with last 4 of SSN (6021) and billing ZIP {{neg:postcode|30318}}.
Card on file updated to {{CARD|3714 496353 98431}}; old {{neg:luhn-invalid|5520 8900 3318 4707}} rejected at POS.
Agent: {{PERSON|Britt}}`),
]
