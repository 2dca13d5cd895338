// A second batch of English texts, written one by one after the first 145: more speech-to-text transcripts and old
// screens, SSNs and NI numbers, IPv6 addresses, app versions, mistyped cards.
import { mk } from "./markup.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ie = mk("en-IE")

export const EN_US_2 = [
  us("asr", `agent: parkpal technical support
customer: yeah the app crashes when i try to start a session
agent: what version are you on you can see it under settings about
customer: uh {{neg:version|5.2.0}}
agent: okay and are you on wifi or cellular
customer: wifi at work it says my ip is {{IP_ADDRESS|2001:db8:4a1::17}} if that matters
agent: it might be the work firewall can you try on cellular`),
  us("asr", `[00:04:02] Agent: for the w two g i need the ssn of the winner
[00:04:06] Customer: okay it's mine uh {{US_SSN|three two eight, four one, seven seven oh six}}
[00:04:14] Agent: thank you and mailing address stays the same
[00:04:17] Customer: yeah same`),
  us("asr", `speaker 1: ok so the funeral home sent the invoice for the casket to the wrong email
speaker 2: yeah it went to my brother's old one it should go to {{EMAIL|k.abara@example.com}}
speaker 1: {{EMAIL|k dot abara at example dot com}}
speaker 2: yes
speaker 1: ok i'll resend it today the total is still {{neg:amount|$6,480}}`),
  us("asr", `agent: locksmith dispatch
customer: hey um i need someone at four nineteen oak street i snapped my key in the lock
agent: okay what number are you calling from
customer: {{PHONE|five oh three, seven seven two, oh four one eight}}
agent: okay we'll text you when the tech is on the way`),
  us("asr", `[00:00:09] Agent: and which card do you want to use
[00:00:12] Customer: the visa {{neg:luhn-invalid|4532 0177 2918 4038}}
[00:00:19] Agent: hmm that didn't go through can you read it again
[00:00:22] Customer: oh sorry {{CARD|4532 0177 2918 4039}}
[00:00:28] Agent: that worked your campsite is paid`),
  us("asr", `speaker 1: dental lab this is {{PERSON|kofi}}
speaker 2: hi it's the office of doctor {{PERSON|hill}} we never got the tracking for the night guard
speaker 1: let me look it's ups {{neg:tracking-number|1Z 9W4 730 03 4418 2207}}
speaker 2: great thanks`),
  us("legacy", `EMPL MASTER FILE UPD   EMP# {{neg:reference|00771}}   EFF {{neg:date|12/01/2026}}
NAME      {{PERSON|RAMIREZ-OCHOA, LUPE}}
SSN       {{US_SSN|573 20 8841}}
PH        {{PHONE|(210) 733-5019}}
DEPT      PEST CTRL / ROUTE 14`),
  us("legacy", `NETWORK DEVICE LIST  SITE: LOTTO CLAIM CTR 02
TERM01  {{IP_ADDRESS|10.12.0.21}}   FW {{neg:version|2.4.11}}
TERM02  {{IP_ADDRESS|10.12.0.22}}   FW {{neg:version|2.4.11}}
PRNT    {{IP_ADDRESS|10.12.0.40}}
CONTACT HELPDESK {{PHONE|(801) 412-6604}}`),
  us("voicemail", `Voicemail from {{PHONE|(608) 251-7740}} at {{neg:time|7:12 AM}}
"yeah hi this is calling from the county court clerk's office regarding docket {{neg:case-number|26-TR-4417}} please call us back at {{PHONE|608 251 7740}} option two"`),
  us("ivr", `[IVR] ani={{PHONE|+12125083317}} dnis={{PHONE|18442200911}}
[IVR] intent=pay_fine conf=0.88
[IVR] dtmf citation={{neg:case-number|NY40077213}}
[IVR] dtmf card={{CARD|6011307718422952}}
[IVR] auth=approved amount={{neg:amount|$115.00}}`),
]

export const EN_GB_2 = [
  gb("asr", `agent: okay and for the payroll change i'll need your ni number
caller: right it's {{UK_NINO|CE 19 36 52 A}} i've got it written down here
agent: lovely that's all updated`),
  gb("asr", `[00:00:14] Agent: what's the email address on the parkswift account
[00:00:17] Caller: it's {{EMAIL|dev.patel.84@example.net}}
[00:00:24] Agent: and the app version it's showing
[00:00:26] Caller: {{neg:version|7.1.3}}
[00:00:30] Agent: right you need the update that fixes the payment screen`),
  gb("asr", `speaker 1: heather fell bookings
speaker 2: hiya i want to pay the rest of the holiday
speaker 1: lovely long card number when you're ready
speaker 2: {{CARD|two two two three, eight four oh one, nine two seven five, five three three four}}
speaker 1: and that's in the name on the booking yes
speaker 2: yeah`),
  gb("asr", `agent: boiler breakdown line which number are you calling from
caller: {{PHONE|oh one two seven three, six eight eight, four oh two}}
agent: {{PHONE|oh one two seven three, six eight eight, four oh two}} okay the engineer will call that number`),
  gb("asr", `[00:02:00] Agent: can you give me your national insurance number to check the claim
[00:02:05] Caller: {{UK_NINO|WL 22 80 41 C}}
[00:02:10] Agent: and the sort code of the account
[00:02:13] Caller: {{neg:sort-code|20-45-18}}`),
  gb("legacy", `HR/PAYROLL  STARTER LIST  W/E {{neg:date|28/11/2026}}
EMP   NAME                    NI NO          TEL
4471  {{PERSON|ABIODUN, FOLAKE}}        {{UK_NINO|AE 55 61 09 B}}  {{PHONE|07863 204 117}}
4472  {{PERSON|ROSSI, MATTEO}}          {{UK_NINO|HW 19 04 88 D}}  {{PHONE|07508 993 412}}`),
  gb("legacy", `SITE WIFI LOG  HOLIDAY PARK RECEPTION
DHCP LEASE  {{IP_ADDRESS|fd3c:9e21:7700::4}}   HOST RECEPTION-PC
DHCP LEASE  {{IP_ADDRESS|172.16.4.31}}        HOST CARDREADER
ISSUE RAISED BY {{PERSON|G. ARMITAGE}}  EXT 204`),
  gb("ivr", `ivr[lotto] ani={{PHONE|+447984116230}} step=verify
ivr[lotto] dob={{neg:date|14/02/1979}}
ivr[lotto] last4card={{neg:reference|2952}} ok
ivr[lotto] result="account locked" -> agent`),
  gb("sms", `courts fines: payment of {{neg:amount|£50.00}} rcvd for acct {{neg:account-number|06/118/4471}}. next due {{neg:date|02/01/2027}}. queries {{PHONE|0300 123 4417}}`),
]

export const EN_IE_2 = [
  ie("asr", `agent: and your email so i can send on the invoice
caller: {{EMAIL|siobhan.kehoe@example.com}} that's k e h o e
agent: perfect and the boiler was serviced on the {{neg:date|4th of November}} yeah
caller: that's right`),
  ie("asr", `[00:00:30] Agent: what's the card you'd like to use for the deposit
[00:00:33] Caller: {{CARD|three seven eight two, four four one oh nine three, eight two one seven four}}
[00:00:41] Agent: amex grand and expiry
[00:00:43] Caller: {{neg:card-expiry|06/30}}`),
  ie("asr", `speaker 1: parkit support
speaker 2: hi the app won't let me log in it says error from {{IP_ADDRESS|198.51.100.23}}
speaker 1: what phone are you on
speaker 2: an android app version {{neg:version|3.9.2}}
speaker 1: ok reinstall and it'll sort itself out`),
  ie("legacy", `LOTTO RETAILER TERMINAL STATUS   RTL# {{neg:reference|D-04417}}
TERMINAL IP  {{IP_ADDRESS|2001:db8:c0a8::2e}}
CONTACT      {{PERSON|MURPHY, TADHG}}   {{PHONE|01 296 4418}}
LAST SYNC    {{neg:date|01/12/2026}} {{neg:time|06:02}}`),
  ie("voicemail", `Voicemail from {{PHONE|089 413 2270}}: "hello it's about the removal on saturday, we'll need the hearse at the house for {{neg:time|10.30}}, {{neg:name-word|will}} you ring me back, thanks a million"`),
]
