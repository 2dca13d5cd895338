// en-US texts, written one by one: a funeral home, a traffic-court fine line, a parking app, campgrounds, a furnace
// service, a state lottery's claims desk, a dental lab, pest control, a locksmith; staff-side texts with SSNs.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US = [
  t("asr", `[00:00:03] Agent: thank you for calling hollis and greer funeral home this is {{PERSON|dana}} speaking
[00:00:07] Customer: hi um yes my my father passed on sunday and the hospice said to call you
[00:00:12] Agent: i'm so sorry for your loss can i get your name
[00:00:15] Customer: it's {{PERSON|marcus oyelowo}} o y e l o w o
[00:00:21] Agent: and the best number to reach you {{PERSON|marcus}}
[00:00:23] Customer: {{PHONE|six one four two nine eight seven seven three one}}
[00:00:29] Agent: {{PHONE|six one four, two nine eight, seven seven three one}} got it and your father's name
[00:00:33] Customer: {{PERSON|samuel oyelowo}}`),
  t("legacy", `CUST INQ SCREEN  CM04                      DATE {{neg:date|11/29/2026}}  TIME {{neg:time|14:07}}
NAME........: {{PERSON|DELACROIX, RENEE}}        CASE NO: {{neg:case-number|TC-2026-048813}}
PHONE HOME..: {{PHONE|(504) 283-6617}}           PHONE WORK: {{PHONE|(504) 731-4402}}
FINE AMT....: {{neg:amount|$275.00}}                   DUE: {{neg:date|12/15/2026}}
REMARKS.....: DEF CALLED RE PAYMT PLAN. ADVISED MIN {{neg:amount|$50.00}}/MO. WILL CALL BACK AFTER PAYDAY.`),
  t("sms", `parkpal: ur session in zone {{neg:reference|4471}} ends at {{neg:time|6:45 PM}}. extend? reply Y. questions call {{PHONE|(833) 727-5725}}`),
  t("voicemail", `Voicemail from {{PHONE|+1 720-384-1156}}, 0:41
"hey it's uh {{PERSON|Tobias Lindqvist}} calling about the campsite at Pinegrove, the reservation number is {{neg:booking-ref|PG-88130}}, we need to move it from the {{neg:date|14th of June}} to the 21st... um if you can call me back at {{PHONE|720 384 1156}} that'd be great, thanks"`),
  t("ivr", `IVR SESSION 7f3a-21
00:00 PROMPT welcome_lottery_claims
00:04 DTMF 2
00:09 PROMPT enter_ticket_serial
00:21 DTMF {{neg:serial-number|0418822930147}}
00:22 ASR_RESULT conf=0.61 "my name is {{PERSON|gloria fuentes}}"
00:30 PROMPT enter_callback
00:41 DTMF {{PHONE|3058821904}}
00:42 TRANSFER queue=claims_over_600 ani={{PHONE|+13058821904}}`),
  t("email", `From: {{PERSON|Priya Raghunathan}} <{{EMAIL|priya.r@example.com}}>
To: {{EMAIL|orders@keystonedentallab.example}}
Subject: Rx {{neg:order-number|KDL-30917}} – crown shade wrong

Hi, the zirconia crown for case {{neg:case-number|KDL-30917-B}} came back in A3 instead of A2. Patient seated {{neg:date|Dec 2}}. Please call the front desk at {{PHONE|(412) 664-2018}} or my cell {{PHONE|412-925-3370}}.

Thanks,
Dr. {{PERSON|Raghunathan}}`),
  t("asr", `speaker 1: okay so you said the fine was for a parking ticket
speaker 2: yeah it's a red light camera actually citation {{neg:case-number|RLC 7720194}}
speaker 1: okay and you want to pay by card today
speaker 2: yes
speaker 1: go ahead with the card number when you're ready
speaker 2: it's {{CARD|four five three two zero one seven seven two nine one eight four zero three nine}}
speaker 1: and expiration
speaker 2: {{neg:card-expiry|08/29}}
speaker 1: thank you mister uh {{PERSON|wojcik}} is that right`),
  t("note", `Bugsbane tech {{PERSON|Luis Carranza}} visit 11/30: termite swarmers garage. Cust {{PERSON|Nkechi Ball}} wants quote for full treatment (approx {{neg:amount|$1,850}}). Prefers texts to {{PHONE|919-406-2217}}. Gate code 4411, dog in yard.`),
  t("asr", `agent: twin keys locksmith
customer: hi i'm locked out of my car at the walmart on route nine
agent: okay what's your name
customer: {{PERSON|bo-ra kim}}
agent: and a callback number in case we get cut off
customer: uh {{PHONE|two oh six, five five two, eight one four seven}}
agent: {{PHONE|two oh six five five two eight one four seven}}, tech will be there in about forty minutes`),
  t("legacy", `*** FURNACE SVC ORDER ***   ORD# {{neg:order-number|CR-604418}}   PRI: 2
CUST: {{PERSON|WHITEHORSE, ANNA}}          TEL: {{PHONE|406-252-9083}}
ADDR: 1120 GRAND AVE BILLINGS MT {{neg:postcode|59102}}
MODEL: CARRIER 59SC5  FW {{neg:version|3.12.4}}
NOTES: NO HEAT SINCE SAT. ELDERLY. CALL DAUGHTER {{PERSON|JOLENE}} AT {{PHONE|406 690 3318}} BEFORE ARRIVAL.`),
  t("voicemail", `Transcription (confidence low): "hi this message is for {{PERSON|ruth}} at the lottery office uh this is {{PERSON|dwight abernathy}} i have a winning scratcher for {{neg:amount|$2,000}} and i wanna know what i need to bring um my number is {{PHONE|8 1 3 4 7 2 6 0 9 1}} thank you"`),
  t("sms", `Hi its {{PERSON|Yesenia}} from Pinegrove Campgrounds 🏕️ your site {{neg:reference|B-14}} is ready, checkin after {{neg:time|2pm}}. Wifi pw is on the board, router is {{IP_ADDRESS|192.168.8.1}} if it drops`),
  t("asr", `[00:02:41] Customer: so the app charged me twice for the same spot
[00:02:44] Agent: i'm sorry about that can you read me the last four of the card
[00:02:47] Customer: {{neg:reference|4039}}
[00:02:50] Agent: okay i see two charges of {{neg:amount|$14.50}} on the {{neg:date|28th of November}} i'll refund one and send a confirmation to the email on file is that {{EMAIL|t.haddad@example.net}}
[00:03:02] Customer: yes that's me {{PERSON|tarek}}`),
  t("email", `To: {{EMAIL|payroll@hollisgreer.example}}
From: {{PERSON|Shonda Pierce}} <{{EMAIL|shonda.pierce@example.org}}>
Subject: W-4 and direct deposit

Hi, starting Monday as funeral attendant. My SSN is {{US_SSN|412-38-7719}}, address unchanged. I'll bring the voided check. Call me at {{PHONE|(317) 845-2260}} if anything's missing.
- {{PERSON|Shonda}}`),
  t("legacy", `LOTTERY CLAIM FORM DATA ENTRY          BATCH {{neg:reference|1129-07}}
CLAIMANT  {{PERSON|HOLLOWAY MAXINE D}}
SSN       {{US_SSN|529-71-4038}}
PHONE     {{PHONE|801 466 2931}}
PRIZE     {{neg:amount|$12,500.00}}     GAME 1187 "CASH BLAST"
W2G FLAG  Y`),
  t("ivr", `bot: Hi, I'm the ParkPal assistant. What can I help with?
user: refund
bot: Sure. What's the plate on the session?
user: {{neg:plate|8KXL204}}
bot: Thanks. And the phone number on your account?
user: {{PHONE|415 802 7716}}
bot: I found 1 account for {{PERSON|Ignatius Mbeki}}. Is that you?
user: yes
bot: I've refunded {{neg:amount|$9.75}}. Anything else?`),
  t("asr", `agent: keystone dental lab this is {{PERSON|frank}}
customer: hey {{PERSON|frank}} it's dr {{PERSON|sunny ahluwalia}}'s office calling about the bridge
agent: sure what's the case number
customer: {{neg:case-number|5 0 9 1 8}}
agent: yep that's shipping tomorrow fedex
customer: can you email the tracking to {{EMAIL|frontdesk@ahluwaliadental.example}}
agent: {{neg:name-word|will}} do`),
  t("note", `Called back re camper cancellation. Guest {{PERSON|Orlaith Byrne-Castillo}} (site {{neg:reference|C-22}}) wants refund to original card ending {{neg:masked-card|**** 5334}}, {{neg:amount|$186.00}} less {{neg:amount|$25}} fee. Spoke to her husband {{PERSON|Javier}} too. cb {{PHONE|(970) 241-6630}}.`),
  t("asr", `speaker 1: court fines payment line how can i help
speaker 2: yeah i got a letter says i owe {{neg:amount|$340}} for a ticket from like {{neg:date|March 3rd}}
speaker 1: can i have the docket number
speaker 2: {{neg:case-number|2026 TR 001877}}
speaker 1: and for verification your date of birth and last four of your social
speaker 2: {{neg:date|7/19/1988}} and {{neg:reference|6620}}
speaker 1: thank you mister {{PERSON|okafor}}`),
  t("sms", `Twin Keys: tech {{PERSON|Reggie}} is on the way, eta {{neg:time|3:20}}. Your {{neg:name-word|bill}} ({{neg:invoice-number|TK-11402}}) will be sent to {{EMAIL|mnguyen88@example.com}}. Reply STOP to opt out`),
  t("voicemail", `Missed call from {{PHONE|(262) 518-4470}}
Voicemail: "Hi, this is {{PERSON|Ewa Kaczmarek}} from Bugsbane, returning your call about the wasp nest. I can come out {{neg:date|Friday, December 5th}}. Give me a ring at {{PHONE|262-518-4470}}, extension 3."`),
  t("legacy", `SCR PK210  PARKING CITATION LOOKUP           OPER: JMR
CIT#   {{neg:case-number|P0918837}}   PLATE {{neg:plate|TX GHR5512}}   AMT {{neg:amount|$65.00}}
OWNER  {{PERSON|PATEL, HEMA}}
EMAIL  {{EMAIL|HPATEL.CPA@EXAMPLE.COM}}
CONTACT {{PHONE|972 330 8174}}
DISPUTE RCVD {{neg:date|11/24/26}} PEND REVIEW`),
  t("asr", `[00:00:01] Agent: comfort ridge heating this is {{PERSON|hope}}
[00:00:04] Customer: hi {{PERSON|hope}} um my boiler's making a banging noise
[00:00:08] Agent: oh no okay what's the address
[00:00:11] Customer: four twenty two elm street
[00:00:14] Agent: and your name
[00:00:15] Customer: {{PERSON|theo vasquez}}
[00:00:18] Agent: and the best phone {{PERSON|theo}}
[00:00:20] Customer: {{PHONE|seven oh three, eight eight one, four six two two}}`),
  t("note", `HR onboarding, dental lab: new tech {{PERSON|Mai Tran}} completed I-9. SSN verified via E-Verify: {{US_SSN|618-40-2271}}. Emergency contact {{PERSON|Bao Tran}} {{PHONE|(714) 895-3302}}. Laptop IP {{IP_ADDRESS|10.20.4.117}} assigned.`),
  t("asr", `agent: lottery claims can i get your full name
customer: {{PERSON|delphine st james}}
agent: and your social security number
customer: it's {{US_SSN|five four one, two two, nine oh eight three}}
agent: thank you and the ticket was bought where
customer: the gas station on ninth it was {{neg:date|november 20th}}`),
  t("email", `Subject: Service agreement renewal – {{neg:contract-number|CRH-88213}}

Dear {{PERSON|Abdirahman Warsame}},

Your annual furnace plan renews on {{neg:date|January 8, 2027}} for {{neg:amount|$189}}. To update the card on file, call {{PHONE|1-844-627-3371}} or reply to this email. The card we hold ends {{neg:masked-card|XXXX-XXXX-XXXX-9384}}.

Comfort Ridge Heating & Cooling`),
]
