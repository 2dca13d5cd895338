// en-US texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_1 = [
  t("chat", `[10:02 AM] Visitor: hi my phone got cut off this morning?? account is under {{PERSON|Dana Whitfield}}
[10:02 AM] {{PERSON|Marcus}} (Brightline Mobile): Hi {{PERSON|Dana}}, sorry about that! Can you confirm the number on the account?
[10:03 AM] Visitor: {{PHONE|(312) 448-2190}}
[10:04 AM] {{PERSON|Marcus}} (Brightline Mobile): Thanks. I see a payment of {{neg:amount|$64.18}} bounced on {{neg:date|March 3}}, that's why the line was suspended.
[10:04 AM] Visitor: ugh ok. can i pay now
[10:05 AM] {{PERSON|Marcus}} (Brightline Mobile): Sure, I'll send a secure link. Case {{neg:case-number|BLM-220917}} for reference.`),
  t("chat", `{{PERSON|Jasmine}}: hey is this where i ask about a package
Agent {{PERSON|Tyler}}: Yes! Tracking number please?
{{PERSON|Jasmine}}: {{neg:tracking-number|SW4471902286US}}
Agent {{PERSON|Tyler}}: Looks like it's sitting at the {{neg:postcode|60614}} depot, the driver couldn't get in. Is {{PHONE|773-291-0846}} still good for the driver to text?
{{PERSON|Jasmine}}: no that's my old one, use {{PHONE|773.290.5512}}
Agent {{PERSON|Tyler}}: Updated 👍 Redelivery tomorrow between {{neg:time|9am}} and {{neg:time|1pm}}.`),
  t("note", `cx {{PERSON|r. okonjo}} called re dbl charge on stmt, {{neg:amount|$212.40}} x2 at gas station {{neg:date|2/11}}. told her dispute takes 10 bus days. cb # {{PHONE|4045837712}}. card ending {{neg:masked-card|**** 6621}} – NOT blocking per cx request. -agent 4471`),
  t("note", `spoke w/ Mr. {{PERSON|Hollis}} abt claim {{neg:claim-number|KA-0099341-C}}. rear-ended at light on {{neg:date|Feb 27}}, other driver {{PERSON|Brenda Szabo}} (her ins: unknown). pics uploaded via app {{neg:version|v6.3.2}}. he wants rental asap. callback after {{neg:time|3:30 PM}} on cell {{PHONE|(720) 381-4406}}`),
  t("email", `Subject: Refund for cancelled flight {{neg:flight-number|AX 1182}}

Hi there,

My flight on {{neg:date|April 9}} from Denver was cancelled and I was rebooked two days later, which didn't work for me. I'd like a refund of the full fare ({{neg:amount|$418.60}}) to my original card. Booking reference {{neg:booking-ref|QZ7T4K}}.

You can reach me on {{PHONE|303-516-2274}} during the day.

Thanks,
{{PERSON|Keisha Monroe-Battle}}
{{EMAIL|keisha.mb@example.com}}`),
  t("email", `Hello Ms. {{PERSON|Ferraro}},

Thank you for calling Maple Grove Dental. As discussed, your cleaning with Dr. {{PERSON|Anand}} is confirmed for Tuesday, {{neg:date|June 16}} at {{neg:time|8:15 a.m.}} Please arrive ten minutes early to update your insurance card.

If you need to reschedule, just reply here or call the front desk at {{PHONE|(617) 249-3302}}.

Warm regards,
{{PERSON|Rosalind Teague}}
Patient Coordinator | Maple Grove Dental
{{PHONE|617.249.3300}} x 12 | {{EMAIL|frontdesk@maplegrove.example}}`),
  t("transcript", `AGENT: Thank you for calling Keystone Auto, this is {{PERSON|Devon}}, how can I help?
CALLER: Hi, yeah, I need to add my son to my policy, he just got his license.
AGENT: Congrats! Can I get the policy number?
CALLER: It's {{neg:policy-number|KP 4471 209}}.
AGENT: And your name?
CALLER: {{PERSON|Lorraine Castellanos}}.
AGENT: Thanks Ms. {{PERSON|Castellanos}}. And your son's name and date of birth?
CALLER: {{PERSON|Mateo}}, {{PERSON|M-A-T-E-O}}, born {{neg:date|August 2, 2009}}.
AGENT: Perfect. Best number to reach you?
CALLER: Uh, it's {{PHONE|nine one six, two two oh, four seven eight one}}.
AGENT: Got it, {{PHONE|nine one six two two oh four seven eight one}}.`),
  t("transcript", `[00:00:04] Agent: Northgrid Energy, you're speaking with {{PERSON|Priya}}.
[00:00:07] Customer: hi {{PERSON|priya}}, I'm moving out end of the month and want to close my account
[00:00:12] Agent: No problem. Account number?
[00:00:15] Customer: {{neg:account-number|NG-7730-1948}}
[00:00:22] Agent: And the name on it?
[00:00:24] Customer: {{PERSON|Gordon Lapointe}}, that's {{PERSON|L-A-P-O-I-N-T-E}}
[00:00:31] Agent: Final meter read on the thirtieth then. Forwarding address?
[00:00:35] Customer: 1418 Alder Street, Portland {{neg:postcode|97214}}
[00:00:41] Agent: And a phone in case the reader can't get in?
[00:00:44] Customer: {{PHONE|five oh three, two oh four, seven seven one three}}. actually no, call my wife {{PERSON|Inez}}, she's home more. {{PHONE|five oh three two oh four double seven one six}}`),
  t("summary", `Call summary – Harbor Bank Card Services
Caller: {{PERSON|Theodore Vance}} (verified via DOB + last 4 SSN)
Reason: card lost at airport, reported {{neg:date|5/22}} around {{neg:time|7:40 PM}}
Actions: old card {{neg:masked-card|XXXX-XXXX-XXXX-3318}} blocked; replacement ordered, arrives in 5–7 days to ZIP {{neg:postcode|02139}}. No fraudulent txns seen since {{neg:date|May 20}}.
Callback: {{PHONE|+1 617 555 0198}} if courier needed.
Agent: {{PERSON|Shonda P}}.`),
  t("summary", `Summary: Caller ({{PERSON|Aiden Kowalczyk}}) asked why his streaming plan went from {{neg:amount|$11.99}} to {{neg:amount|$17.99}}. Explained the ad-free tier change effective {{neg:date|January 1}}. He'll downgrade himself in the app (he's on {{neg:version|12.4.0}}, fine). Also asked to remove his ex {{PERSON|Courtney}}'s profile – done. No callback needed; email on file {{EMAIL|a.kowalczyk@example.net}}.`),
  t("form", `--- New Patient Intake ---
Last, First: {{PERSON|Nguyen, Bao}}
DOB: {{neg:date|11/03/1987}}
Phone (cell): {{PHONE|(206) 734-1190}}
Phone (work): {{PHONE|206-386-4400}} ext. 2215
Email: {{EMAIL|bao.nguyen87@example.com}}
Emergency contact: {{PERSON|Linh Tran}} – {{PHONE|206 734 1191}}
Insurance ID: {{neg:policy-number|DLT 88201453}}
SSN: {{US_SSN|531-48-2207}}
Referred by: Dr. {{PERSON|Okafor}}`),
  t("form", `ticket_id={{neg:ticket-number|48211}}
customer_name={{PERSON|Harold J. Pruitt}}
callback={{PHONE|+1 (814) 920-3364}}
alt_phone=none
plan=Unlimited Plus
device=iPhone 15 ({{neg:version|17.5.1}})
issue=no data after update
agent_id=T2-0419`),
]
