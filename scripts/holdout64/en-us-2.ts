// en-US texts, second batch: written one by one (staff forms with SSNs, card disputes, prior authorisation, home
// warranty, water leaks, parking, e-learning, dating-app safety, pharmacy benefits, stadium box office, voicemails).
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_2 = [
  t("ticket", `W-4 / I-9 intake – Bluecrest Health Plan member services (Columbus)
Last name: {{PERSON|OKONJO}}
First name: {{PERSON|CHIAMAKA}}
Social Security No.: {{US_SSN|231 66 0914}}
Home phone: {{PHONE|614-866-2093}}
Alt phone: none
Direct deposit: routing {{neg:account-number|ABA 044000037}}, acct ending {{neg:account-number|4471}}
Signed: {{PERSON|Chiamaka Okonjo}} {{neg:date|12/01/2026}}`),
  t("transcript", `agent: this is {{PERSON|felicia}} with harborstone payroll how can i help
caller: hi i just started in the disputes unit and my first paycheck didnt come through direct deposit
agent: okay can you verify your social security number for me
caller: sure its {{US_SSN|four oh seven, one eight, two two five nine}}
agent: thank you and your name
caller: {{PERSON|anthony delgado}}
agent: i see the problem {{PERSON|anthony}} the account number was entered with a digit missing ill send you a new form`),
  t("email", `From: {{PERSON|Rebecca Thornquist}} <{{EMAIL|rthornquist@tradeloft.example}}>
To: {{EMAIL|payroll@tradeloft.example}}
Subject: new hire paperwork – {{PERSON|Imani Castellanos}}

Hi team,

Attaching the signed offer for {{PERSON|Imani}} (Buyer Protection, Tier 2). Her SSN is {{US_SSN|602-73-1148}} and start date is {{neg:date|January 11}}. Please set up payroll before the {{neg:date|Jan 8}} cutoff.

Thanks,
{{PERSON|Becca}}
Tradeloft People Ops | {{PHONE|415-908-2261}}`),
  t("note", `New agent badge request: {{PERSON|Ravi Shankar Iyer}}, Learnova support Austin. SSN verified ({{US_SSN|129-55-8806}}) against I-9, photo on file. Desk ext 3318, mobile {{PHONE|512 600 7431}}. Laptop asset {{neg:serial-number|LNV-LT-00912}}.`),
  t("ticket", `Benefits enrollment – ScriptLane employee
Employee: {{PERSON|Halloran, Brigid}}
SSN: {{US_SSN|384 20 6617}}
Dependent: {{PERSON|Halloran, Finn}} (son) SSN {{US_SSN|547-09-3382}}
Dependent: {{PERSON|Halloran, Aoife}} (daughter) SSN pending
Plan: PPO 1500
Contribution: {{neg:amount|$212.48}} per pay period
Test entry from the form example, ignore: {{neg:ssn-invalid|666-12-4490}}`),
  t("transcript", `[00:01:12] CALLER: …and for the application they asked for my social security number, do you need it too?
[00:01:15] AGENT: Yes, for the credit check on the card. Go ahead.
[00:01:18] CALLER: Social security is {{US_SSN|five one two, four four, nine nine oh one}}.
[00:01:24] AGENT: Social security {{US_SSN|five one two, four four, nine nine zero one}}. Thank you, Ms. {{PERSON|Abernathy}}. And a phone number?
[00:01:29] CALLER: {{PHONE|seven oh four, five five two, one eight three six}}.
[00:01:35] AGENT: Great, your Harborstone Rewards card is approved with a {{neg:amount|$4,000}} limit.`),
  t("sms", `Harborstone: Did you attempt a purchase of {{neg:amount|$944.00}} at QUICKTECH ONLINE? Reply YES or NO. If you didn't, call {{PHONE|1-877-319-4426}}. We'll never ask for your PIN.`),
  t("chat", `[10:11] {{PERSON|Mei-Ling}} | Bluecrest: Hello, you're chatting with {{PERSON|Mei-Ling}} from prior authorization.
[10:12] member: my sons allergy shots got denied? ref {{neg:reference|PA-80391}}
[10:12] {{PERSON|Mei-Ling}} | Bluecrest: I see it. The allergist's office didn't send the test results. I can reach out to them.
[10:13] member: their number is {{PHONE|214.523.8840}}, ask for {{PERSON|Noor}}
[10:14] {{PERSON|Mei-Ling}} | Bluecrest: I'll call today and update you by {{neg:time|4pm}}.`),
  t("sms", `Voicemail from {{PHONE|(262) 418-0073}} 0:38: "hi this is {{PERSON|gloria}} calling about the home warranty claim for the dishwasher the part came in you can call me back at {{PHONE|two six two, four one eight, double oh seven three}} thanks"`),
  t("ticket", `Tri-County Water – Leak report (web form)
Submitted: {{neg:date|2026-12-04}} {{neg:time|06:52}}
Name: {{PERSON|Fatima Al-Sayed}}
Email: {{EMAIL|fatima.alsayed@mail.example.net}}
Phone: {{PHONE|+1 (412) 509 7734}}
Location: curb box in front yard
Description: hissing sound at meter, ground soft for a week
Account: {{neg:account-number|TCW 0012 8871 4}}
Submitted from: {{IP_ADDRESS|10.12.4.201}}`),
  t("email", `Subject: FW: overcharge after leak

---------- Forwarded message ---------
From: {{PERSON|Lamar Whitfield}} <{{EMAIL|lamarw@example.net}}>

My {{neg:name-word|bill}} went from $71 to {{neg:amount|$402}}. The plumber fixed the leak on {{neg:date|Nov 14}}, receipt attached ({{neg:invoice-number|INV 30772}}). Can I get the leak adjustment?

---
{{PERSON|Hope}}, forwarding to billing, customer called twice. His number: {{PHONE|412 731 5520}}. – {{PERSON|Jordan}}`),
  t("note", `Box office – accessibility request. {{PERSON|Patrick O'Sullivan}} needs wheelchair + 1 companion seat for {{neg:date|Jan 16}} game. Moved to sec 101 WC row. Order {{neg:order-number|RSB-611207}}. Confirmed by phone {{PHONE|414-962-3318}}, email copy to {{EMAIL|posullivan@example.org}}.`),
  t("transcript", `AGENT: Riverside Stadium box office, this is {{PERSON|Carmen}}.
CALLER: yeah hi I bought tickets on a resale site and they won't scan
AGENT: I'm sorry. Can you read me the ticket barcode number?
CALLER: {{neg:ticket-number|4400 2918 3371 0062}}
AGENT: That ticket was reissued to the original buyer yesterday, so the copy you have is void. You'd need to contact the resale site.
CALLER: unbelievable. they gave me a number, {{PHONE|eight eight eight, two oh one, four four nine seven}}
AGENT: Yes, that's their support line. I'm sorry, sir.`),
  t("ticket", `Learnova – account merge request
Old account: {{EMAIL|j.kowalczyk@oldschool.example.edu.example.com}}
New account: {{EMAIL|jakub.kowalczyk@example.com}}
Name: {{PERSON|Jakub Kowalczyk}}
Reason: graduated, lost school email
Verified via: last payment card {{neg:masked-card|XXXX-XXXX-XXXX-0937}}, billing ZIP {{neg:postcode|60647}}
Last logins: {{IP_ADDRESS|192.168.1.64}} (home), {{IP_ADDRESS|fe80::1c2:5ff:fe31:9a0b}}`),
  t("chat", `[Sun 9:14 PM] user_ariel: someone i matched with keeps messaging me on instagram after i unmatched him
[Sun 9:15 PM] Kindling Safety: I'm sorry you're dealing with this. Can you share his Kindling profile name?
[Sun 9:15 PM] user_ariel: it said "{{PERSON|Brandon}}", 29
[Sun 9:16 PM] Kindling Safety: Thank you. We'll review and block him from creating new accounts with the same phone. If he threatens you, please save screenshots.
[Sun 9:17 PM] user_ariel: ok thanks 🙏`),
  t("note", `Parking permit office walk-in: {{PERSON|Esperanza Villarreal}} (caretaker for Mr. {{PERSON|Whitcombe}}) applying for disability placard transfer. Docs OK. Temp permit {{neg:reference|TP-2026-4418}} valid to {{neg:date|12/31/2026}}. Call {{PHONE|304-290-5517}} when permanent is ready.`),
  t("email", `Hi Bluecrest,

My doctor submitted prior auth for physical therapy (12 visits) on {{neg:date|November 17}} and I haven't heard anything. My member ID is {{neg:member-number|BCH 551 903 208}}. My PT clinic said to call {{PHONE|1.866.402.9931}} but the hold time was 90 minutes.

Can you tell me the status by email? {{EMAIL|tdesai1984@example.com}}

Thank you,
{{PERSON|Tanvi Desai}}
Sent from my iPhone`),
  t("sms", `ScriptLane Rx: Your refill of atorvastatin shipped. Tracking {{neg:tracking-number|1Z 88V 204 03 9917 4420}}. Copay {{neg:amount|$0.00}}. Questions call {{PHONE|1-844-727-5263}}.`),
  t("ticket", `HomeShield – Callback queue (Tues)
1. {{PERSON|Ortega, Marisol}} – {{PHONE|(305) 441-2287}} – fridge not cooling, tech no-show
2. {{PERSON|Pham, Kevin}} – {{PHONE|305.668.0193}} – wants to cancel contract {{neg:contract-number|HSW-C-6602913}}
3. {{PERSON|Greenberg, Ruth}} – {{PHONE|3057712264}} – roof leak (not covered, explain)
4. unknown caller – {{PHONE|+1 954 302 8816}} – left no message`),
  t("transcript", `[00:00:00] IVR: Thank you for calling Harborstone. Please say your card number.
[00:00:05] CALLER: {{CARD|four zero two four, zero zero seven one, eight eight three six, five one nine zero}}
[00:00:14] IVR: Thank you. For security, please say your ZIP code.
[00:00:17] CALLER: nine seven two one nine
[00:00:20] IVR: One moment while I connect you to an agent.
[00:00:48] AGENT: Hi, this is {{PERSON|Shauna}}, I see you're calling about a dispute?`),
  t("note", `Card dispute phone intake – {{PERSON|Vikram Malhotra}}. Charges at two restaurants in Lisbon while cm was in Chicago. Card {{CARD|3782 822463 10526}} closed, new Amex-branded card ordered. Disputed {{neg:amount|$241.77}} + {{neg:amount|$96.30}}. Merchant phones on stmt: {{PHONE|+351 213 408 221}}, {{PHONE|+351 916 552 083}}.`),
  t("chat", `Tradeloft Seller Support
[11:30 AM] seller_ozzie: buyer opened a not-received claim but tracking says delivered
[11:31 AM] {{PERSON|Kwabena}} (Seller Protection): I can look. Order number?
[11:31 AM] seller_ozzie: {{neg:order-number|TL 1131-0074-5529}}
[11:33 AM] {{PERSON|Kwabena}} (Seller Protection): Delivery scan was {{neg:date|Dec 2}} at {{neg:time|1:07 PM}}, but no signature for an item over {{neg:amount|$750}}. Per policy, signature was required, so the buyer will likely win.
[11:34 AM] seller_ozzie: ugh. fine`),
  t("ticket", `Kindling – Law enforcement request log
Agency: Clark County PD
Officer: Det. {{PERSON|Ramona Ellison}}, {{PHONE|702-828-4410}}, {{EMAIL|r.ellison@ccpd.example.gov.example.com}}
Subject account: user {{neg:customer-number|U-4471902}}
Records released: signup IP {{IP_ADDRESS|198.51.100.9}}, login IPs {{IP_ADDRESS|2001:db8:0:7::2c}}
Date: {{neg:date|2026-11-30}}`),
  t("sms", `Missed call from {{PHONE|+1 602 744 3019}}. Voicemail: "it's {{PERSON|desmond whitaker}} again about the AC claim, call me at the office, {{PHONE|six oh two, seven four four, three oh one nine}}, extension forty four ten"`),
  t("email", `From: Fairmont Parking <{{EMAIL|permits@fairmontwv.example.gov.example.org}}>
Subject: Your visitor permit

Dear {{PERSON|Anneliese Kruger}},

Your temporary visitor permit for {{neg:date|December 24}}–{{neg:date|January 2}} is attached. Please display it on the dashboard. Plate: {{neg:plate|4XTW 882}}.

Questions: {{PHONE|304.367.2200}}, option 3.

Fairmont Parking Services`),
  t("note", `PA denial appeal: member's wife {{PERSON|Lucia Ferraro}} called, upset, says husband's surgery is {{neg:date|12/15}}. Escalated to nurse reviewer {{PERSON|Oyelaran}}. Told her we'd call back by EOD at {{PHONE|646 319 0287}}. Note: {{neg:name-word|grace}} period applies, do NOT close the case. Reference {{neg:reference|PA-81477-S}}.`),
]
