// English texts of Britain and Australia, written one by one: live chats with players, agents' and investigators' notes
// with pasted log lines, e-mails (players, syndicates, regulators) and call summaries of a gambling and lottery operator.
import { mk } from "./mk.ts"

const gb = mk("en-GB")
const au = mk("en-AU")

export const EN_GB = [
  gb("chat", `Live chat · {{neg:date|14/11/2026}} · player {{neg:player-id|KB-4410297}}
[23:41] Player: hi can u close my account for good. like properly. ive lost {{neg:amount|£1,870}} since payday and i cant keep doing this
[23:41] Support: I'm really sorry you're going through this. I can set up a self-exclusion straight away — 6 months, 1 year or 5 years?
[23:42] Player: 5 years. and dont email me offers. my name is {{PERSON|Callum Ashworth}} if u need it
[23:43] Support: Done, self-exclusion active from {{neg:time|23:43}} for 5 years. The {{neg:amount|£12.40}} left in your balance goes back to your card ending {{neg:masked-card|**** 6631}}. GAMSTOP would cover other sites too.
[23:44] Player: ok. if someone has to ring me its {{PHONE|07824 316907}} but not after 8pm my mum picks up sometimes
[23:44] Support: Understood. Take care of yourself tonight, {{PERSON|Callum}}. GamCare's line is free, 24/7.`),

  gb("email", `From: Player Complaints <{{EMAIL|complaints@example.com}}>
To: {{EMAIL|siobhan.rafferty@example.net}}
Date: {{neg:date|19 November 2026}}
Subject: RE: FW: Gambling Commission enquiry {{neg:reference|ENQ-2026-31877}} / our ref {{neg:case-number|CMP-26-08813}}

Dear Ms {{PERSON|Rafferty}},

The Gambling Commission has passed on your letter of {{neg:date|2 November 2026}}. This is the part they quoted to us:

  > I asked to withdraw {{neg:amount|£2,400}} on 19th October. It has said PENDING ever since. Every time I phone I'm told it's "with payments". Meanwhile I am STILL getting free spins emails after I opted out!!

You're right to be annoyed. Withdrawal {{neg:withdrawal-ref|WD-7730418}} was held by a source of funds review, and nobody told you that on the day. The review closed yesterday and the money was sent to the account you gave us, {{IBAN|GB25 BARC 2037 1461 8390 27}}; allow two working days. Marketing is now off on every channel.

If you are still unhappy you can take this to our ADR provider within six months of this letter.

Kind regards,
{{PERSON|Hannah Okafor-Reid}}
Complaints Resolution Lead
T {{PHONE|0330 808 4417}}
Licensed by the Gambling Commission, account no. {{neg:licence-number|000-041829-R-321604-007}}`),

  gb("note", `SoF review — {{neg:player-id|UK-3018842}} ({{PERSON|Deepak Varsani}}). Trigger: net deposits {{neg:amount|£9,150}} in 30 days.
Docs in 11/11:
 - 3 payslips (warehouse, Leicester), NI no. on them {{UK_NINO|JT 48 19 72 C}} — matches registration. Old reg form had {{neg:nino-invalid|TN 30 58 21 D}}, his typo, TN isn't a prefix anyone gets.
 - Lloyds statement, {{IBAN|GB21 LOYD 3094 6258 0147 36}}, salary in approx {{neg:amount|£2,310}}/month net
Deposits are >3x net income. Affordability concern, not AML. Set {{neg:amount|£500}}/month deposit limit, RG call booked on {{PHONE|07592 448031}} for Mon {{neg:time|10:30}}.
{{neg:name-word|Will}} re-check after {{neg:date|15/12/2026}}.`),

  gb("call", `CALL SUMMARY — inbound {{neg:time|14:22}}, 11 min
Caller {{PERSON|Gareth Lloyd-Pryce}} says he's the husband of account holder {{PERSON|Carys Lloyd-Pryce}} ({{neg:player-id|UK-2277615}}).
- worried, says she's spent "our holiday money", about {{neg:amount|£4k}}, mostly on slots late at night
- told him we can't discuss the account or even confirm there is one without her consent; sent him the third-party concern form + GamCare details
- wanted a call back, read his number out as "{{PHONE|oh seven nine five three, two one eight, eight four six}}"
- logged {{neg:case-number|RGC-11094}}, account flagged for an RG interaction within 24h`),

  gb("note", `BONUS ABUSE — linked accounts on promo WELCOME200 (100% up to {{neg:amount|£200}}, 35x wagering)
Accounts {{neg:player-id|UK-4471020}} / {{neg:player-id|UK-4471388}} / {{neg:player-id|UK-4472915}} / {{neg:player-id|UK-4480067}}
Names: {{PERSON|Jordan Meakin}}, {{PERSON|Kayleigh Meakin}}, {{PERSON|Tyler Bostock}}, {{PERSON|Shannon Bostock}}. Two households, same street. Mobiles on the accounts: {{PHONE|07441 208316}}, {{PHONE|07441 208319}}, {{PHONE|07441 208322}} (consecutive PAYG SIMs) and {{PHONE|07933 570 418}}.
{{neg:timestamp|2026-11-21 19:02:11}} login ok acct=UK-4471388 ip={{IP_ADDRESS|203.0.113.77}} app={{neg:version|7.4.2}}
{{neg:timestamp|2026-11-21 19:09:47}} login ok acct=UK-4472915 ip={{IP_ADDRESS|203.0.113.77}} app=7.4.2
{{neg:timestamp|2026-11-21 19:31:05}} login ok acct=UK-4480067 ip={{IP_ADDRESS|203.0.113.78}} app=7.4.2
Same device fingerprint {{neg:reference|fp-9c41e07ab2}} on 3 of 4. Deposit cards {{neg:masked-card|465901******2218}} and {{neg:masked-card|465901******0937}}.
All four backed both sides of the same football matches at about {{neg:odds|1.30}} / {{neg:odds|3.75}}. Decision: bonus winnings voided ({{neg:amount|£1,384.60}}), deposits returned, accounts closed per T&Cs 12.4.`),

  gb("chat", `[10:02] Player: my withdrawal got reversed AGAIN?? {{neg:withdrawal-ref|WD-7741093}}
[10:03] Agent: Hi, sorry about that. It bounced because the card you withdraw to has expired.
[10:04] Player: new one is {{CARD|5168 4420 9713 6056}} exp {{neg:card-expiry|09/29}}
[10:04] Agent: Please don't send full card numbers in chat, I've masked it on our side. Add it yourself under Wallet > Cards and the {{neg:amount|£315.00}} will go again within 24 hours.
[10:06] Player: cant u just do it. ive been waiting since tuesday
[10:06] Agent: I can't add cards for you, sorry, it has to pass 3D Secure with your bank.
[10:07] Player: fine. ill {{neg:name-word|mark}} this chat 1 star`),

  gb("email", `From: {{PERSON|Lee Dunmore}} <{{EMAIL|lee.dunmore@example.org}}>
To: Lottery Prize Claims
Subject: syndicate - please hold the payout on ticket {{neg:ticket-number|LT-7203-1184-662}}

Hi,

I run the lottery syndicate at our depot, 8 of us, {{neg:amount|£2}} each a week. Our line matched 5 + bonus on Saturday's draw ({{neg:draw-number|3127}}), numbers {{neg:lottery-numbers|04 11 19 27 38 51}}.

The ticket was bought on {{PERSON|Dale Cotterill}}'s account like always but now he says only the ones who paid for November get a share, and {{PERSON|Amrit Sangha}} and me didn't pay in November because we were on nights. We've ALWAYS paid it back the week after. I've got the WhatsApp where everyone agreed.

The member sheet is attached, all 8 signed it in 2023, {{PERSON|Dale}} included.

Can you freeze it until this is sorted? I'm on {{PHONE|07413 660285}} any time after 2.

Cheers
{{PERSON|Lee}}`),

  gb("note", `Chargeback notice {{neg:reference|CB-40918-A}}, reason 4837 (no cardholder authorisation)
Cardholder per issuer: {{PERSON|Harriet Pennington}}. Card {{CARD|3782 614097 33518}}. Six deposits {{neg:date|03/10/2026}}–{{neg:date|09/10/2026}}, total {{neg:amount|£1,150.00}}.
Our side: all six from her usual device, IP {{IP_ADDRESS|198.51.100.23}} (same as 14 months of logins), 3DS passed each time. A {{neg:amount|£640}} win was withdrawn to the same card on {{neg:date|10/10/2026}} and not disputed.
She rang from {{PHONE|0121 559 7034}} and said her son "might have" used it. Representing with the evidence pack; account suspended pending outcome; RG flag added.`),

  gb("call", `Prize claim call — online scratchcard, {{neg:amount|£10,000}} win, ticket {{neg:ticket-number|SC50-0082217}}
Claimant {{PERSON|Morag Kinnaird}}, Dundee, {{neg:postcode|DD4 8QR}}
- ID: DOB, address OK, NI number read out as {{UK_NINO|PW 60 31 84 B}}, matches KYC
- bank: confirmed last 4 only, no change of details
- publicity: "absolutely not, no photos, I've not even told my sister"
- she asked for a call back from the prize team, gave {{PHONE|01382 64 73 29}} (landline, after {{neg:time|6pm}})
Agent ref {{neg:case-number|PZ-30551}}.`),

  gb("note", `KYC queue. {{neg:player-id|UK-5190334}} {{PERSON|Brandon Whitacre}}, US citizen living in Bristol ({{neg:postcode|BS6 5QT}}).
Uploaded: US passport (ok), council tax bill (ok) and, unasked, a photo of his social security card, SSN {{US_SSN|538-21-7749}}. On the tax self-cert form he had first typed {{neg:ssn-invalid|538-00-7749}}. We don't need either; deleted from the case under data minimisation and e-mailed him at {{EMAIL|bwhitacre.uk@example.com}} not to send it again.
Verification passed {{neg:date|27/11/2026}}. Mobile on file {{PHONE|+44 7522 904 163}}. Deposit limit default.`),

  gb("note", `ATO report — {{neg:player-id|UK-1867430}}. {{PERSON|Kwame Asante}} rang at {{neg:time|08:10}}: he didn't ask for the {{neg:amount|£780}} withdrawal.
Login history, pasted:
{{neg:timestamp|2026-11-28T02:14:51Z}} LOGIN_OK ip={{IP_ADDRESS|2001:db8:7c0::4e2}} device=new_ios
{{neg:timestamp|2026-11-28T02:16:03Z}} EMAIL_CHANGED new={{EMAIL|k.asante.bets@example.net}}
{{neg:timestamp|2026-11-28T02:19:40Z}} CARD_ADDED {{neg:masked-card|454313******7702}}
{{neg:timestamp|2026-11-28T02:21:12Z}} WITHDRAWAL_REQ {{neg:withdrawal-ref|WD-7760025}} amount=780.00
Usual IP {{IP_ADDRESS|203.0.113.140}}, usual device a Pixel. Withdrawal cancelled before payout, e-mail restored to {{EMAIL|kwame.asante@example.org}}, password reset, 2FA forced.`),

  gb("email", `Subject: I was SELF EXCLUDED and you let me open another account

To whoever reads this,

In March I self-excluded for 5 years. In September I opened a new account in my married name ({{PERSON|Gemma Thornycroft}}, before it was {{PERSON|Gemma Hollis}}) with the same date of birth and the same address and you let me deposit {{neg:amount|£3,460}} in six weeks. How is that allowed?? GAMSTOP didn't catch it either.

I want the deposits back. Old account number {{neg:player-id|UK-0992817}}.
If I don't hear back in 8 weeks I'm going to IBAS and to the Gambling Commission.

{{PERSON|Gemma}}
{{PHONE|+44 7961 025774}}`),

  gb("chat", `Chat — proactive Safer Gambling contact (trigger: 4 declined deposits in 10 min)
Agent: Hi, it's the Safer Gambling team. A few of your deposits didn't go through tonight, is everything ok?
Player: yeah fine just my card being weird. ill do {{neg:amount|£50}} more then thats it, not a {{neg:name-word|penny}} more
Agent: Can I ask how you feel about your play this week? You've deposited {{neg:amount|£1,240}} since Monday.
Player: honestly not great. was up {{neg:amount|£600}} on a {{neg:odds|11/4}} acca and put the lot back in
Agent: Would a limit help? I can set a daily deposit limit now, or a time-out of 24 hours, 1 week or 6 weeks.
Player: 6 weeks. can u put my brother down as the contact, {{PERSON|Rhys Pritchard}}, {{PHONE|07380 117592}}, he knows
Agent: I can't add a contact to the account, but the 6-week time-out starts now, {{neg:time|21:37}}. Please do talk to him tonight 💙`),

  gb("call", `Call notes. {{PERSON|Abimbola Adeyemi-Clarke}} ({{neg:player-id|UK-6603391}}) says a man rang her from {{PHONE|+44 20 3984 1176}} claiming to be our "security department", needing "the long number on your card" to release a frozen withdrawal. She read it to him: {{CARD|4929 3817 0264 5510}}. Realised after, rang her bank, card cancelled. We did ID on the call (DOB, postcode, NI number {{UK_NINO|SK 91 04 63 A}}) before discussing the account.
We never ask for card numbers by phone. Logged phishing {{neg:case-number|SEC-4419}}, told her to report to Action Fraud too. Her number {{PHONE|07712 593 084}}; she asked we call only between {{neg:time|9:00}} and {{neg:time|5:30}}.`),

  gb("note", `Multi-account check (same bank account, two players)
{{neg:player-id|UK-7120458}} {{PERSON|Tomasz Nowicki}} and {{neg:player-id|UK-7121903}} {{PERSON|Bartek Nowicki}} (brothers), same house, {{neg:postcode|NG5 1JX}}.
Both withdraw to {{IBAN|IE24 BOFI 9014 7236 8019 52}}, held by {{PERSON|Tomasz}} from when he lived in Dublin. {{PERSON|Bartek}} tried to add his own as {{neg:iban-checksum|GB47 LOYD 3095 6258 0147 36}}, rejected by the form (check digits).
No bonus taken on either, so not abuse, but T&Cs 4.2: one payment method, one player. {{PERSON|Bartek}}'s withdrawals ({{neg:amount|£212.50}}) on hold until he adds an account in his own name. Rang {{PERSON|Tomasz}} on {{PHONE|0115 9 62 48 17}} to explain.`),
]

export const EN_AU = [
  au("chat", `[20:51] Punter: hey mate how do i shut everything. i signed up to betstop today but the app still lets me log in
[20:52] Support: Hi there. BetStop can take a little while to reach us. I can close your account now while it comes through. Can I confirm your full name and DOB?
[20:52] Punter: {{PERSON|Brodie McAllister}}, {{neg:date|4/7/1996}}
[20:53] Support: Thanks {{PERSON|Brodie}}. Your balance is {{neg:amount|$86.20}}, it'll go back to BSB {{neg:account-number|063-182}} acc ending {{neg:account-number|4471}}. Any open multis will be settled as normal.
[20:54] Punter: there's a {{neg:amount|$20}} multi on the footy at {{neg:odds|14.50}} lol just void it i dont care
[20:55] Support: Done, voided and refunded. Your account {{neg:player-id|AU-2093318}} is closed. Gambling Help Online is 24/7 if you'd like to chat to someone.`),

  au("call", `Call summary — Div 1 claim, Saturday Lotto draw {{neg:draw-number|4418}}
Caller {{PERSON|Thanh Nguyen}}, Footscray. Numbers on the ticket {{neg:lottery-numbers|3, 9, 17, 22, 30, 41}}, all six matched. Ticket {{neg:ticket-number|SL-4418-0930-22}} bought online.
- very shaky, his wife {{PERSON|Linh}} helped on speaker
- explained prize is paid to the bank account on the account within 10 business days, no need to visit
- he asked us to ring back tomorrow arvo and gave "{{PHONE|oh four five one, double two six, nine three oh}}"
- offered the winners' support pack (financial counsellor), accepted
Prize amount confirmed at {{neg:amount|$1,214,877.40}}.`),

  au("note", `KYC exception. {{neg:player-id|AU-3385402}} {{PERSON|Courtney Haldane}}, moved from Ohio to Perth 2024.
Docs: WA driver licence (OK), AGL bill (OK). Also uploaded a W-2 with her SSN {{US_SSN|219-64-0583}} on it as "proof of income" — not needed, redacted and deleted. Income verified from payslips instead.
Contact {{PHONE|(08) 9227 5401}} / {{EMAIL|courtneyh@example.au}}
GreenID pass {{neg:date|30/10/2026}}.`),

  au("email", `From: Complaints <{{EMAIL|disputes@example.com}}>
To: {{EMAIL|d.papadakis@example.net}}
Subject: Your complaint to the NT Racing Commission — ref {{neg:reference|NTRC-26/1109}}

Dear Mr {{PERSON|Papadakis}},

The Commission has asked us to respond to your complaint of {{neg:date|11 November}}. In it you wrote:

  "I put {{neg:amount|$500}} on the Cranbourne race 6 at {{neg:odds|41.00}}. It won. Then you voided my bet and said the price was a 'palpable error'. Every other bookie had it at $4.20. Fine, but then pay me at $4.20, don't just give my stake back."

Having reviewed bet {{neg:bet-slip|BS-88102746}} we agree our rules allow a void OR a resettle at the correct price, and the resettle is the fairer outcome. We have resettled at {{neg:odds|4.20}} and paid {{neg:amount|$2,100.00}} to your account this morning.

Regards,
{{PERSON|Ainsley Corcoran}}
Customer Resolutions | {{PHONE|1300 733 418}}`),

  au("note", `Investigation — bonus bet farming, 6 accounts
{{neg:player-id|AU-5510029}} {{PERSON|Dimitri Kanellos}}
{{neg:player-id|AU-5510473}} {{PERSON|Sophia Kanellos}}
{{neg:player-id|AU-5511802}} {{PERSON|Jarrah Collins}}
{{neg:player-id|AU-5512265}} {{PERSON|Tayla Brennock}}
{{neg:player-id|AU-5512290}} {{PERSON|Sione Taufa}}
{{neg:player-id|AU-5512914}} {{PERSON|Kirra Dunleavy}}
All claimed the "Bet {{neg:amount|$50}} get {{neg:amount|$50}}" offer within 3 days, all via {{IP_ADDRESS|2001:db8:ad4:19::7}} or {{IP_ADDRESS|192.0.2.208}}. Withdrawals from five of them went to one BSB/acc ({{neg:account-number|084-034 5519 0382}}).
Recommendation: void bonus winnings ({{neg:amount|$2,940}}), close 5, keep {{PERSON|Dimitri}}'s original account open with bonuses disabled.`),

  au("chat", `Chat #{{neg:case-number|C-771204}}
Customer: where is my withdrawal, it said 1 business day, its been 4
Agent: Let me check… it was returned by the bank, the account name didn't match. The account was in the name of "{{PERSON|R. Loughnan}}"?
Customer: yeah thats my wife {{PERSON|Bec}}, its our joint
Agent: Withdrawals need to go to an account in your own name. Could you add one? Or a card: you deposited with {{neg:masked-card|•••• 8306}}.
Customer: just put it on the card then. its {{CARD|4485 0273 6619 8306}}
Agent: Please don't share full card numbers here 🙏 I can see the card on file, I'll send the {{neg:amount|$1,310.00}} there now. Ref {{neg:withdrawal-ref|W-99820471}}.`),

  au("email", `Subject: Re: Re: syndicate winnings - Royal Hotel Thursday group

> On {{neg:date|24 Nov 2026}}, Prize Team wrote:
> Each member's share must be agreed by the syndicate manager before we can split the prize.

Hi again,

I AM the manager. It's {{PERSON|Warrick Dunstan}}. The group's 10 shares, 1 each. The only argument is with {{PERSON|Noeline Pratt}} who left in August and wants her share because "her numbers" were still on the ticket ({{neg:lottery-numbers|7 12 18 26 33 44}}). She stopped paying. Our rules (attached, signed by all 10) say you're out when you stop paying.

Ticket {{neg:ticket-number|OZ-3390-118-05}}, draw {{neg:draw-number|1602}}, {{neg:amount|$48,906.30}} division 3.

Ring me on {{PHONE|(03) 5331 8842}} at the pub or {{PHONE|0438 260 714}}.

{{PERSON|Warrick}}`),

  au("call", `Inbound, {{neg:time|4:05 pm}}. {{PERSON|Shazia Qureshi}} says her son (17) opened an account with her details and her card {{CARD|5355 2209 6731 4489}} in Sept.
- deposits {{neg:amount|$1,870}} over 9 weeks; account {{neg:player-id|AU-4019285}}
- ID check passed because he used HER licence 😕
- policy: underage play, all deposits refunded less nothing, winnings forfeited. Account closed, licence flagged.
- asked her to call her bank too. Her number {{PHONE|0407 553 186}}, e-mail {{EMAIL|shazia.q@example.com}}
- {{neg:name-word|Will}} follow up in writing within 5 days.`),

  au("note", `Chargeback — Discover {{CARD|6011 4820 7735 9168}}, cardholder {{PERSON|Gordon Pfeiffer}} (US visitor, account opened in Cairns)
Disputed {{neg:amount|US$950.00}} = A$1,441.26 across 3 deposits {{neg:date|02/11/2026}}.
Device & IP {{IP_ADDRESS|198.51.100.91}} consistent; reached him on his US cell {{PHONE|+1 (541) 306-2287}}, he says "never played"; he withdrew {{neg:amount|$300}} winnings on {{neg:date|05/11/2026}} to the same card.
He also e-mailed his driver's license and, unasked, his social security number, {{US_SSN|128-47-6093}}; both deleted from the case. Earlier typed card on the deposit form, {{neg:luhn-invalid|6011 4820 7735 9163}}, failed validation, then the correct one.
Outcome: contest; friendly fraud likely.`),

  au("chat", `Retailer chat (newsagent terminal)
Retailer: hi its Belconnen Mall newsagency, terminal {{neg:reference|T-20741}}. keno ticket wont validate, customer says its a winner
Support: Hi! Can you read me the ticket serial?
Retailer: {{neg:ticket-number|0927 4410 2385 76}}
Support: Thanks. That game ({{neg:draw-number|3098}}) paid {{neg:amount|$640}}, which is over your terminal's {{neg:amount|$500}} limit. The customer needs to claim online or by post.
Retailer: ok. she's a bit cranky lol. her name's {{PERSON|Maree Kostopoulos}}, she wants someone to ring her {{PHONE|(02) 6241 7039}}
Support: No worries, I'll pass it on.`),

  au("email", `Hi team,

I'm a UK backpacker, been here on a working holiday since April. Trying to withdraw my balance ({{neg:amount|$2,460}}) before I fly home on {{neg:date|18 December}}. Your form wants an Aussie bank but I'm closing mine. Can you send it to my UK account instead: {{IBAN|GB33 MIDL 4012 7783 1592 04}} (HSBC).

For your source of funds thing I've attached my UK payslips from before I left, NI number is {{UK_NINO|ER 27 55 06 D}}, and my Aussie ones from the farm.

Thanks heaps,
{{PERSON|Isobel Marchetti}}
{{PHONE|+44 7488 203 651}}
{{EMAIL|izzy.marchetti@example.com}}`),

  au("note", `Security alert {{neg:case-number|SA-20261203-14}}
{{neg:timestamp|2026-12-03 01:44:09}} login ip={{IP_ADDRESS|2001:db8:3f:21a0::18}} acct={{neg:player-id|AU-6620178}} result=ok mfa=sms
{{neg:timestamp|2026-12-03 01:44:58}} bank_details_change bsb=033-105 result=blocked (24h cooling)
Account holder {{PERSON|Aroha Ngata}} contacted on {{PHONE|0466 041 372}}: not her, she's in NZ for a tangi. SIM swap suspected, her carrier confirmed a port request yesterday. Account locked, {{neg:amount|$3,112.85}} balance safe.`),

  au("call", `CALL — scam report from {{PERSON|Lachlan Firth}} ({{neg:player-id|AU-1195530}})
Someone texted him from {{PHONE|+61 4 1892 6037}} saying "your {{neg:amount|$250}} bonus is waiting, verify at" a fake login page. He entered his password and then rang us. 
Then a call, same story, from another number he read out to me as "{{PHONE|oh four four seven, one three two, five six eight}}". Not ours. Told him our only inbound line is on the website.
Password reset, sessions killed. App version on his phone {{neg:version|5.18.0}}.`),

  au("email", `From: Compliance <{{EMAIL|compliance@example.org}}>
To: Liquor & Gaming NSW — Inducements Unit
Subject: Response to notice {{neg:reference|LGNSW-IND-2026-0417}}

Dear Ms {{PERSON|Halvorsen}},

Your notice says a self-excluded customer, {{PERSON|Jessamy Voigt}}, got our "Melbourne Cup free bet" SMS on {{neg:date|29 October 2026}} at {{neg:time|10:14}} to {{PHONE|0423 917 508}}.

We confirm: her exclusion ({{neg:reference|BS-EXCL-882017}}) was loaded into our CRM but the SMS tool read an old copy of the list. 312 other excluded numbers were in the same send. We've paused all SMS marketing, fixed the sync and will report on {{neg:date|20/11/2026}}.

Yours sincerely,
{{PERSON|Callista Brereton}}
Head of Compliance
{{PHONE|(02) 9764 3021}}`),

  au("note", `Deceased estate. Executor {{PERSON|Graham Tuckwell}} sent death certificate for {{PERSON|Beryl Tuckwell}} ({{neg:player-id|AU-0087734}}), died {{neg:date|12/09/2026}}. Balance {{neg:amount|$4,507.15}} incl. a Keno win after the date of death (sub-account played by someone with her login; investigating).
Executor's trust account BSB {{neg:account-number|062-914}} acc {{neg:account-number|1047 3382}}. Lawyer's office {{PHONE|(07) 3846 1192}}.
Balance up to the date of death to be paid to the estate. The post-death win held.`),
]
