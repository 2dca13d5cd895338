// en-US texts, part 4: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_4 = [
  t("transcript", `Caller: yeah hi, I'm calling about the {{neg:name-word|bill}}, it went up like forty bucks
Agent: I can look into that. Who am I speaking with?
Caller: {{PERSON|Marcy Delacroix}}
Agent: Thanks Ms. {{PERSON|Delacroix}}. What's the phone number on the account?
Caller: {{PHONE|three one oh, four four two, eight eight one two}}... no wait, sorry, that's my work. It's {{PHONE|three one oh, four four two, eight one eight one}}
Agent: Okay, {{PHONE|310-442-8181}}, got it. I see a late fee of {{neg:amount|$35}} and a device installment starting {{neg:date|June 1}}.`),
  t("chat", `[3:02 PM] you: hey I need to update my SSN on the credit app, I typoed it
[3:03 PM] {{PERSON|Andre}} @ Brightline Financing: No problem, what did you enter and what should it be?
[3:03 PM] you: entered SSN {{neg:ssn-invalid|912-44-0187}}, correct SSN is {{US_SSN|512-44-0187}}
[3:04 PM] {{PERSON|Andre}} @ Brightline Financing: Updated. Name on the application?
[3:04 PM] you: {{PERSON|Kimberly Nwachukwu}}
[3:05 PM] {{PERSON|Andre}} @ Brightline Financing: You're all set, {{PERSON|Kimberly}}. Decision by {{neg:time|5 PM}} today, we'll text {{PHONE|+1 (347) 612-0935}}.`),
  t("email", `Subject: Re: Your Streamly account – suspicious login

Hi {{PERSON|Gabriel}},

We blocked a sign-in attempt on {{neg:date|Sept 30}} from {{IP_ADDRESS|2001:db8:3c4d:15::1a2f}} (São Paulo, BR). If this wasn't you, no action is needed – your password wasn't used. We {{neg:name-word|hope}} this puts your mind at ease.

If you'd like to talk to someone, call {{PHONE|1-877-298-4410}}, Mon–Fri {{neg:time|8am}}–{{neg:time|8pm}} ET.

— The Streamly Trust & Safety team`),
  t("note", `DENTAL – ins verification. pt {{PERSON|Arjun Mehta}} ({{neg:date|1/19/1990}}), subscriber is wife {{PERSON|Pooja Mehta}}, SSN on ins card form {{US_SSN|214-63-9907}}. group # {{neg:policy-number|GRP 0044172}}. copay {{neg:amount|$25}}. cell {{PHONE|(201) 447-3390}}. {{neg:name-word|rose}}-gold retainer case left at front desk, pt notified`),
  t("summary", `Customer {{PERSON|Terrence Whitlock}} ("{{PERSON|TJ}}") disputes a parcel marked delivered {{neg:date|Nov 22}} at {{neg:time|6:14 PM}} (tracking {{neg:tracking-number|SW4512209981US}}). Doorbell cam shows no driver. Claim {{neg:claim-number|SWP-CLM-30017}} opened for {{neg:amount|$129.99}}. Customer prefers email: {{EMAIL|tj.whitlock@example.org}}. Alt contact his neighbor Ms. {{PERSON|Haruko Sato}} at {{PHONE|(808) 944-2213}}.`),
]
