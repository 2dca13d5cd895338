// English texts (en-US, en-GB, en-IE, en-AU), written one by one: speech-to-text call transcripts, voicemail
// transcriptions, IVR logs and post-call summaries of a contact centre's voice channel.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ie = mk("en-IE")
const au = mk("en-AU")

export const EN_US = [
  us("transcript", `[auto-transcript · Lakeshore Power billing line]
agent: thanks for calling lakeshore power this is {{PERSON|Darnell}} can i get the name on the account
caller: yeah it's um {{PERSON|Roberta Quiñones}} that's {{PERSON|q u i n o n e s}}
agent: and a good callback number
caller: {{PHONE|three one two, six four eight, two two nine oh}}
agent: {{PHONE|three one two six four eight two two nine oh}} got it
caller: the meter reading on the card says {{neg:reference|48213}} but the bill says way more
agent: okay i see a charge of {{neg:amount|$212.40}} for the period ending {{neg:date|october 31st}}`),
  us("voicemail", `Voicemail · Cardinal Trust lost-card line · received {{neg:date|11/28/2026}} {{neg:time|10:42 pm}}
"hi uh this is {{PERSON|Terrence Obi}}, my wallet got taken at the train station, card ends in {{neg:reference|4471}}, please freeze it, call me back on {{PHONE|six one seven, three nine four, oh eight two one}}, again {{PHONE|six one seven three nine four oh eight two one}}, thank you"`),
  us("transcript", `SPEAKER_1: cardinal trust card services you're speaking with {{PERSON|Jolene}}
SPEAKER_2: hi i need to report my debit card stolen
SPEAKER_1: i'm sorry to hear that can you read me the full card number
SPEAKER_2: sure it's {{CARD|4539 8812 0467 3151}}
SPEAKER_1: and for verification the last four of your social
SPEAKER_2: {{neg:reference|2290}}
SPEAKER_1: thank you Mr. {{PERSON|Whitaker}} wait i have the first name as {{PERSON|Dale}} is that right
SPEAKER_2: yes {{PERSON|Dale Whitaker}}
SPEAKER_1: the replacement should arrive by {{neg:date|december 4th}}`),
  us("ivr", `IVR session 7f3a · Mercy General appointments
ivr_build={{neg:version|4.12.3}} trunk=sip src_ip={{IP_ADDRESS|192.0.2.47}}
ani={{PHONE|+1 415 762 3318}}
menu=2 (reschedule) dtmf_mrn={{neg:reference|MRN 0048812}}
asr_name="{{PERSON|Priya Ramaswamy}}" confidence=0.91
result=transfer queue=SCHED wait={{neg:time|9:14 am}}`),
  us("summary", `Post-call summary (auto-generated) · Mercy General appointments
Caller {{PERSON|Harold Benninger}} rescheduled his cardiology follow-up from Tuesday {{neg:date|December 8th}} to {{neg:date|December 15th}} at {{neg:time|2:30 pm}}. Confirmed date of birth and SSN {{US_SSN|538-21-7760}} per intake policy. Callback number {{PHONE|(206) 834-5172}}. {{neg:name-word|Grace}} period for the copay of {{neg:amount|$35}} explained.`),
  us("transcript", `agent: roadway rentals roadside assistance my name is {{PERSON|Kyle}} where's the vehicle
caller: um on i-90 near exit {{neg:reference|34B}} it just died
agent: okay what's the rental agreement number
caller: it's r a {{neg:reference|7 7 1 4 0}}
agent: and your name
caller: {{PERSON|Sunita Patel}}
agent: and a cell we can reach you on
caller: {{PHONE|seven one three, nine two oh, four four six one}}
agent: so {{PHONE|seven one three nine two zero four four six one}}
caller: yep
agent: tow truck eta {{neg:time|4:45 pm}}, plate {{neg:plate|ILL 8KT 207}}`),
  us("transcript", `[pinecell mobile · port-in desk · STT]
rep: to move your number over i need the account pin from your old carrier and the social security number on that account
cust: okay the ssn is {{US_SSN|four one two, seven seven, three oh eight five}}
rep: {{US_SSN|412-77-3085}} thanks and the number you're porting
cust: {{PHONE|nine one seven, two eight four, six six three oh}}
rep: and your name as it shows on the old bill
cust: {{PERSON|Anthony Ferraro}} two r's in the middle
rep: the port should complete by {{neg:time|11 pm}} tonight`),
  us("voicemail", `Voicemail transcript · Harborview Hotel reservations · box {{neg:reference|3}}
"hey it's {{PERSON|Meredith Kaye}} i have a booking {{neg:booking-ref|HV-44817}} for {{neg:date|Dec 19}} two nights, i need to add a rollaway, my number is {{PHONE|four oh four, seven seven one, three three eight two}}, or email me at m k at... wait no it's {{EMAIL|meredith dot kaye at example dot com}}, thanks bye"`),
  us("summary", `Wrap-up · Cardinal Trust lost-card
Caller {{PERSON|Victor Almeida}} reported card {{neg:masked-card|****3350}} lost on {{neg:date|Nov 30}}. A first number he read, {{neg:luhn-invalid|5193 4471 0826 3353}}, did not match; the correct card {{CARD|5193 4471 0826 3350}} was blocked. SSN verified: {{US_SSN|287-44-1095}}. New card to the address on file, ZIP {{neg:postcode|60614}}. Contact {{EMAIL|valmeida@example.net}}.`),
  us("transcript", `agent: lakeshore power good morning
caller: hi yeah i'm calling because um my {{neg:name-word|bill}} doubled
agent: let me pull that up what's the account holder's name
caller: {{PERSON|Francine}} {{PERSON|DuBois}}, {{PERSON|d u b o i s}} with a capital b
agent: and the phone on the account
caller: {{PHONE|two one five, double four oh, one nine seven three}}
agent: i see an estimated read of {{neg:reference|61027}} in {{neg:name-word|May}} that's why
caller: oh okay
agent: i can set up a payment plan of {{neg:amount|$48}} a month`),
  us("ivr", `2026-11-30T14:02:11Z ivr=LKP-BILL v={{neg:version|7.3.0}}
caller_id={{PHONE|(312) 870-4416}} ip={{IP_ADDRESS|2001:db8:5c1::2f}}
prompt=enter account -> dtmf {{neg:account-number|88-20417-3}}
prompt=say your name -> asr "{{PERSON|Lucille Brandt}}"
prompt=ssn last four -> {{neg:reference|0937}}
route=agent skill=billing_en result=answered`),
  us("transcript", `SPEAKER_1: harborview hotel reservations {{PERSON|Marisol}} speaking
SPEAKER_2: hi i want to book two queens for {{neg:date|january 9th}}
SPEAKER_1: sure the rate is {{neg:amount|$189}} plus tax can i have the card to hold it
SPEAKER_2: it's an amex {{CARD|3471 2088 3651 042}}
SPEAKER_1: and the name on the card
SPEAKER_2: {{PERSON|Gregory Oyelaran}} {{PERSON|o y e l a r a n}}
SPEAKER_1: confirmation number is {{neg:booking-ref|HV 50219}} and i'll send it to
SPEAKER_2: {{EMAIL|goyelaran at example dot org}}`),
  us("summary", `Call summary · Pinecell porting desk
Customer {{PERSON|Shauna McAllister}} ported {{PHONE|617-552-9083}} from her previous carrier. Identity check: SSN {{US_SSN|709-38-2216}} matched; a second SSN she first read, {{neg:ssn-invalid|666-38-2216}}, was rejected by the system. Port ticket {{neg:ticket-number|PT-20931}} completes {{neg:date|12/02/2026}}. {{neg:name-word|Will}} follow up by text.`),
  us("voicemail", `VM · Mercy General · {{neg:time|7:05 am}}
"good morning this message is for Dr. {{PERSON|Osei}}'s office, this is {{PERSON|Beatrice Lindqvist}}, i need to cancel my appointment on {{neg:date|the 10th of December}}, you can reach me at {{PHONE|five oh three, two two one, eight eight four seven}}. my social security number is {{US_SSN|six one four, two two, nine oh seven three}} if you need it to find me. thanks"`),
  us("transcript", `agent: roadway rentals breakdown line
caller: hi the car has a flat we're at the rest stop
agent: no problem whose name is the rental under
caller: mine {{PERSON|Wesley Tran}}
agent: and {{PERSON|Wesley}} can i get a phone number
caller: oh seven, no sorry, it's {{PHONE|eight one eight, four oh seven, six six one two}}
agent: {{PHONE|eight one eight four oh seven six six one two}}
agent: we'll send a tech, booking {{neg:booking-ref|RR-91047}}, and the fee is waived`),
]

export const EN_GB = [
  gb("transcript", `agent: severn valley energy billing you're through to {{PERSON|Gemma}}
caller: hiya um it's about my direct debit
agent: can i take your full name please
caller: {{PERSON|Nigel Ashcroft}}, {{PERSON|a s h c r o f t}}
agent: and the best number for you {{PERSON|Nigel}}
caller: {{PHONE|oh seven eight two three, three eight two, four oh six}}
agent: lovely that's {{PHONE|oh seven eight two three three eight two four oh six}}
caller: yeah and i want it coming out of my new account {{IBAN|GB38 BARC 2047 6193 0582 14}}
agent: the next payment of {{neg:amount|£74.20}} goes on the {{neg:date|1st of December}}`),
  gb("transcript", `SPEAKER_1: albion bank lost and stolen cards {{PERSON|Farah}} speaking
SPEAKER_2: hello my card's been swallowed by a machine in leeds and then i couldn't find my other one either
SPEAKER_1: oh dear can you read me the long number on the one you've lost
SPEAKER_2: {{CARD|4556 0173 9284 0629}}
SPEAKER_1: and for security your national insurance number
SPEAKER_2: {{UK_NINO|JM 48 21 77 B}}
SPEAKER_1: thank you Mrs {{PERSON|Petrakis}}, and is that {{PERSON|Eleni Petrakis}}
SPEAKER_2: yes
SPEAKER_1: new card in three to five working days, reference {{neg:case-number|AB-771203}}`),
  gb("voicemail", `Voicemail (transcribed) · St Aidan's outpatients · {{neg:date|Mon 30 Nov}} {{neg:time|08:17}}
"hello it's {{PERSON|Dorothy Pendlebury}} calling about my hip clinic appointment on the {{neg:date|14th of December}}, i can't make the {{neg:time|10:40}} slot, could someone ring me on {{PHONE|oh one six one, eight three two, four four one seven}}, thank you ever so much"`),
  gb("ivr", `[IVR] Motorway Hire breakdown · node BRK-2 · build {{neg:version|2.9.14}}
cli={{PHONE|07845 219066}} src={{IP_ADDRESS|10.42.7.19}}
say_reg -> "{{neg:plate|LK19 XEV}}"
say_name -> "{{PERSON|Callum Redfern}}"
say_location -> "a forty one near junction eleven"
outcome=recovery_dispatched eta={{neg:time|15:20}}`),
  gb("summary", `Post-call summary · Lumen Mobile porting
Customer {{PERSON|Precious Adebayo}} asked to port {{PHONE|07723 604518}} in. PAC {{neg:reference|LMN 482917}} valid until {{neg:date|09/12/2026}}. NI number given for the credit check: {{UK_NINO|SR 20 44 61 C}}. Contact email {{EMAIL|precious.adebayo@example.com}}. Port scheduled, no charge ({{neg:amount|£0.00}}).`),
  gb("transcript", `agent: grafton hotel reservations good afternoon {{PERSON|Oliver}} speaking
caller: hi i'd like to book for the {{neg:date|23rd of January}} two nights
agent: lovely and the name
caller: {{PERSON|Siobhan Carey}}, that's {{PERSON|s i o b h a n}}
agent: and an email for the confirmation
caller: {{EMAIL|shiv dot carey at example dot net}}
agent: room {{neg:room-number|214}} is a superior double at {{neg:amount|£165}} a night
caller: and my mobile's {{PHONE|oh seven seven one two, double three four, nine oh eight}}`),
  gb("transcript", `SPEAKER_1: right so for the port i'll just need your national insurance number
SPEAKER_2: er yeah it's {{UK_NINO|ZH 73 10 58 A}}
SPEAKER_1: and your name
SPEAKER_2: {{PERSON|Ravinder Sahota}}
SPEAKER_1: and which number is coming across
SPEAKER_2: oh seven four three eight, one one nine, two six... no sorry, five not six, {{PHONE|oh seven four three eight, one one nine, two five five}}
SPEAKER_1: so {{PHONE|oh seven four three eight one one nine two five five}}
SPEAKER_2: that's it`),
  gb("summary", `Wrap-up · Albion Bank card services · agent {{PERSON|Tomasz Nowicki}}
Customer {{PERSON|Hilary Bannerman}} reported card {{neg:masked-card|•••• 6082}} stolen at {{neg:time|9 pm}} on {{neg:date|28/11/2026}}. Refund of {{neg:amount|£312.50}} raised. Paying-in account quoted {{IBAN|GB32 NWBK 6013 2488 1736 05}}; an older account she first read, {{neg:iban-checksum|GB43 NWBK 6013 2488 1736 05}}, failed the check. NI {{UK_NINO|WP 60 83 12 D}} verified. {{neg:name-word|Frank}} discussion about fraud, no further action.`),
  gb("voicemail", `VM · Severn Valley Energy · box billing
"hi it's {{PERSON|Declan}} from flat 3 {{neg:postcode|BS3 4QT}}, meter reading today is {{neg:reference|07716}}, that's oh seven seven one six, and my number is {{PHONE|oh one one seven, nine two five, three three one eight}} if anyone needs to call, cheers"`),
  gb("ivr", `2026-12-01 08:02:45 ivr=STAIDANS-APPT rel {{neg:version|5.0.2}}
ani={{PHONE|+44 131 447 2290}} sip_peer={{IP_ADDRESS|2001:db8:aa0:12::9}}
dtmf_hospital_no={{neg:reference|RX7 40219}}
asr_dob="{{neg:date|3 March 1958}}"
asr_name="{{PERSON|Morag Sutherland}}"
transfer=outpatients queue_pos=4`),
  gb("transcript", `agent: motorway hire breakdown {{PERSON|Priti}} speaking are you safe
caller: yes we're on the hard shoulder
agent: good can i have your name and the booking reference
caller: {{PERSON|Stuart Kilbride}} and it's {{neg:booking-ref|MH 660 412}}
agent: thanks and a number in case we get cut off
caller: {{PHONE|oh seven eight oh oh, five one two, three four seven}}
agent: {{PHONE|oh seven eight double oh five one two three four seven}}
caller: yep
agent: recovery within ninety minutes, there's no charge under your cover`),
  gb("summary", `Call notes (auto) · Lumen Mobile
{{PERSON|Kwame Asante}} called to cancel the port of {{PHONE|07956 310 842}}. NI number {{UK_NINO|AB 12 63 95 C}} confirmed. A second NI he gave for his partner, {{neg:nino-invalid|QJ 22 81 40 B}}, is not valid and was not used. {{neg:name-word|Mark}} the account as retained; offer of {{neg:amount|£10}} credit accepted.`),
  gb("transcript", `SPEAKER_1: st aidan's appointments line {{PERSON|Bronwen}} speaking
SPEAKER_2: hello i've had a letter about a scan
SPEAKER_1: can i have the patient's name
SPEAKER_2: it's for my son {{PERSON|Ethan Whitlock}}
SPEAKER_1: and you are
SPEAKER_2: {{PERSON|Joanne Whitlock}} his mum
SPEAKER_1: and a contact number
SPEAKER_2: {{PHONE|oh two oh, eight six seven one, four four oh two}}
SPEAKER_1: the scan is on {{neg:date|Friday 18 December}} at {{neg:time|11:15}}`),
  gb("voicemail", `Voicemail transcription · Grafton Hotel · {{neg:time|23:51}}
"evening, {{PERSON|Harriet Olawale}} here, i'm booked in under {{neg:booking-ref|GH 2291 7}} for tomorrow, arriving late, about midnight, please hold the room, my card is the visa {{CARD|4023 8815 7736 4092}}, ring me on {{PHONE|oh seven five three one, two oh eight, nine nine one}}, thanks"`),
  gb("ivr", `ivr_trace severn-bill {{neg:version|3.3.1}} | caller {{PHONE|0161 273 5590}} | src {{IP_ADDRESS|192.168.40.12}}
menu 1 > "read meter" > {{neg:reference|33190}}
menu 3 > asr_name "{{PERSON|Lorraine Fitzhugh}}"
ni_check prompt: national insurance {{UK_NINO|CE 91 04 27 A}}
end {{neg:time|14:06}}`),
]

export const EN_IE = [
  ie("transcript", `agent: shannon energy billing this is {{PERSON|Aoife}} how can i help
caller: hi there, ah it's about a bill i got, it's massive
agent: no bother can i get the account holder's name
caller: {{PERSON|Pádraig Ó Murchú}}
agent: and the MPRN on the bill
caller: {{neg:meter-number|10 306 482 917}}
agent: grand and a contact number
caller: {{PHONE|oh eight seven, two one nine, four six three three}}
agent: {{PHONE|oh eight seven two one nine four six three three}}, so the reading we had was estimated at {{neg:reference|22815}}`),
  ie("voicemail", `Voicemail · Corrib Bank card services · {{neg:date|29 November}} {{neg:time|06:58}}
"hi it's {{PERSON|Saoirse Kinsella}}, i left my card in a taxi last night, it's the mastercard ending {{neg:reference|1744}}, can you cancel it, call me on {{PHONE|oh eight five, seven three one, two two oh eight}}, that's {{PHONE|oh eight five seven three one double two oh eight}}, thanks a million"`),
  ie("transcript", `SPEAKER_1: corrib bank you're speaking to {{PERSON|Cathal}}
SPEAKER_2: howya i need to stop my card it was robbed
SPEAKER_1: sorry to hear that, can you call out the card number
SPEAKER_2: {{CARD|5371 2064 9983 1744}}
SPEAKER_1: and your name
SPEAKER_2: {{PERSON|Gráinne Dunleavy}}
SPEAKER_1: i'll lodge the refund to the account ending {{neg:reference|2765}} is that still right
SPEAKER_2: actually use {{IBAN|IE80 AIBK 9322 1588 4031 72}}
SPEAKER_1: perfect, and your email
SPEAKER_2: {{EMAIL|grainne dot dunleavy at example dot com}}`),
  ie("ivr", `IVR · St Kevin's appointments · build {{neg:version|6.1.0}}
ani={{PHONE|+353 1 677 3390}} edge={{IP_ADDRESS|172.20.14.33}}
dtmf_mrn={{neg:reference|SK 2031 77}}
asr_name="{{PERSON|Bríd Keaveney}}"
asr_date="{{neg:date|15th of January}}"
route=outpatients_ortho`),
  ie("summary", `Call summary · Emerald Car Hire breakdown
{{PERSON|Fionnuala Breen}} reported a flat tyre on the N17 near Tuam at {{neg:time|13:40}}. Rental {{neg:booking-ref|ECH-55210}}. Contact {{PHONE|086 604 1957}}. Recovery dispatched to Eircode {{neg:postcode|H54 F6K2}}. Excess of {{neg:amount|€150}} does not apply.`),
  ie("transcript", `agent: clover mobile porting, {{PERSON|Ronan}} here
caller: hi i want to bring my number over from the other crowd
agent: no problem what's the number
caller: {{PHONE|oh eight three, four four eight, two seven one six}}
agent: and the name on the old account
caller: {{PERSON|Eimear Costigan}}
agent: and is that with one t
caller: yeah one t
agent: the port will go through by {{neg:time|6 pm}} on {{neg:date|Wednesday 2 December}}`),
  ie("voicemail", `VM transcription · Connemara Bay Hotel reservations
"hello, my name is {{PERSON|Colm Ó Flaherty}}, i have a reservation {{neg:booking-ref|CBH 7731}} for the {{neg:date|12th of December}}, we'll be two extra people for dinner, my number is {{PHONE|oh nine one, five two four, double eight one}}, thanks"`),
  ie("transcript", `SPEAKER_1: emerald car hire roadside {{PERSON|Sinéad}} speaking
SPEAKER_2: hiya, the car won't start, it's a blue golf
SPEAKER_1: what's the reg
SPEAKER_2: {{neg:plate|231-D-48817}}
SPEAKER_1: and your name
SPEAKER_2: {{PERSON|Tadhg Moriarty}}, {{PERSON|m o r i a r t y}}
SPEAKER_1: and best number
SPEAKER_2: {{PHONE|oh eight seven, nine oh two, one one five five}}
SPEAKER_1: {{PHONE|oh eight seven nine oh two one one five five}}
SPEAKER_2: yeah`),
  ie("summary", `Wrap-up · Shannon Energy · agent {{PERSON|Orla Fennelly}}
Customer {{PERSON|Declan Mulcahy}} switched his direct debit to {{IBAN|IE08 BOFI 9013 8341 2765 90}}. The account he read first, {{neg:iban-checksum|IE19 BOFI 9013 8341 2765 90}}, failed validation. Arrears of {{neg:amount|€86.30}} to be cleared by {{neg:date|18/12/2026}}. MPRN {{neg:meter-number|10 011 927 554}}.`),
  ie("ivr", `2026-11-30 19:22:03 | clover-port | ivr {{neg:version|4.4.7}}
caller={{PHONE|085 219 6608}} sip={{IP_ADDRESS|2001:db8:19::4c}}
prompt=pac -> "{{neg:reference|CLV 300 812}}"
prompt=name -> "{{PERSON|Niamh Gallagher}}"
prompt=email -> "{{EMAIL|niamh.g@example.org}}"
disposition=port_requested`),
  ie("transcript", `agent: st kevin's appointments good morning
caller: morning, i'm ringing to change my mother's appointment
agent: what's the patient's name
caller: {{PERSON|Kathleen Rooney}}
agent: and the hospital number
caller: {{neg:reference|KR 48 101}}
agent: and your own name and number
caller: {{PERSON|Dermot Rooney}}, {{PHONE|oh one, eight three seven, four four two nine}}
agent: i can move it to {{neg:date|Monday 7 December}} at {{neg:time|09:30}}`),
  ie("voicemail", `Voicemail transcript · Corrib Bank fraud · {{neg:time|02:14}}
"hi yeah this is {{PERSON|Lorcan Tierney}}, i got a text about a payment of {{neg:amount|€640}} that wasn't me, card number is {{CARD|4917 3056 2048 8137}}, please block it, my number is {{PHONE|oh eight six, three three one, oh four two two}}"`),
  ie("summary", `Post-call summary · Connemara Bay Hotel
Guest {{PERSON|Maeve Tobin}} booked room {{neg:room-number|12}} for {{neg:date|31 December}}, two nights at {{neg:amount|€210}}. Deposit card {{neg:masked-card|xxxx 6083}}. Confirmation sent to {{EMAIL|maeve.tobin@example.net}}. Mobile {{PHONE|087 554 1190}}. {{neg:name-word|Grace}} period for cancellation until {{neg:date|24 December}}.`),
  ie("transcript", `SPEAKER_1: clover mobile, {{PERSON|Eoin}} speaking
SPEAKER_2: hi i'm porting a number and want to check it
SPEAKER_1: what's the number
SPEAKER_2: {{PHONE|oh eight nine, four two oh, seven seven three one}}
SPEAKER_1: {{PHONE|oh eight nine four two oh seven seven three one}} and whose name
SPEAKER_2: {{PERSON|Róisín Larkin}}
SPEAKER_1: it's on the list for {{neg:time|11:00}} tomorrow, ticket {{neg:ticket-number|CL-88410}}`),
  ie("ivr", `ivr-log emerald-brk {{neg:version|1.8.2}} ani {{PHONE|+353 21 427 3316}} ip {{IP_ADDRESS|192.168.7.201}}
say_name "{{PERSON|Peadar Coughlan}}" say_reg "{{neg:plate|191-C-2207}}"
say_where "main street, cork" -> location_resolved
callback_requested yes`),
]

export const EN_AU = [
  au("transcript", `agent: southern cross water accounts, you're speaking with {{PERSON|Jarrah}}
caller: g'day, yeah my water bill's come in at {{neg:amount|$612}} which is nuts
agent: righto can i get your name
caller: {{PERSON|Bronwyn Castellano}}
agent: and a contact number
caller: {{PHONE|oh four one two, five eight three, nine oh seven}}
agent: {{PHONE|oh four one two five eight three nine oh seven}}
agent: the meter read on {{neg:date|3 November}} was {{neg:reference|04418}} kilolitres so there might be a leak`),
  au("voicemail", `Voicemail · Wattle Bank lost & stolen · {{neg:time|11:48 pm}}
"hi this is {{PERSON|Liam Papadopoulos}}, i think my card got skimmed at a servo, the number's {{CARD|4118 7320 5566 9187}}, please cancel it, i'm on {{PHONE|oh four three eight, two one six, five four oh}}, cheers"`),
  au("transcript", `SPEAKER_1: wattle bank card services {{PERSON|Kirra}} speaking
SPEAKER_2: hi my card was declined and then i lost it
SPEAKER_1: can you read out the card number please
SPEAKER_2: {{neg:luhn-invalid|5590 2184 7733 1686}}, sorry no, {{CARD|5590 2184 7733 1683}}
SPEAKER_1: thanks and your full name
SPEAKER_2: {{PERSON|Mitchell Nguyen}}
SPEAKER_1: and your mobile
SPEAKER_2: {{PHONE|oh four oh two, nine one seven, three six four}}
SPEAKER_1: your new card will go to postcode {{neg:postcode|2010}}, it'll take about five business days`),
  au("ivr", `IVR · Royal Bayside Hospital appointments · ivr {{neg:version|3.14.1}}
ani={{PHONE|(03) 9650 2218}} src={{IP_ADDRESS|fd4e:21a0:7c::15}}
dtmf_urn={{neg:reference|URN 7720418}}
asr_name="{{PERSON|Ngaire Whitford}}"
asr_date="{{neg:date|17 December}}" -> slot {{neg:time|10:15}}
result=confirmed`),
  au("summary", `Post-call summary · Outback Car Rentals roadside
{{PERSON|Shane Kowalski}} broke down on the Stuart Highway, 40 km north of Coober Pedy. Rental agreement {{neg:booking-ref|OCR-30417}}. Mobile {{PHONE|0421 660 183}}, email {{EMAIL|shane.kowalski@example.com}}. Tow booked for {{neg:time|7:30 am}}; callout fee {{neg:amount|$0}}.`),
  au("transcript", `agent: koala mobile porting, {{PERSON|Tahnee}} here
caller: hey i want to move my number to you guys
agent: easy what's the number
caller: {{PHONE|oh four six seven, three oh five, two one eight}}
agent: and date of birth for the old account
caller: {{neg:date|14/02/1989}}
agent: and your name
caller: {{PERSON|Damien O'Rourke}}, {{PERSON|o r o u r k e}} with an apostrophe after the o
agent: and an email
caller: {{EMAIL|dorourke at example dot net}}`),
  au("voicemail", `VM transcription · Harbour Lights Hotel · {{neg:date|Sat 5 Dec}}
"hi there it's {{PERSON|Annabel Fraser-Hughes}}, we're checking in on the {{neg:date|19th of December}}, booking {{neg:booking-ref|HLH 88 204}}, could we get a cot in the room, call me back on {{PHONE|oh two, nine two six four, seven seven three one}}, thanks so much"`),
  au("transcript", `SPEAKER_1: outback car rentals breakdown line, {{PERSON|Bree}} speaking
SPEAKER_2: yeah hi we've got a cracked windscreen
SPEAKER_1: no worries can i get the name on the rental
SPEAKER_2: {{PERSON|Harpreet Gill}}
SPEAKER_1: and a number
SPEAKER_2: {{PHONE|oh four double one, seven two oh, five five nine}}
SPEAKER_1: {{PHONE|oh four one one seven two oh five five nine}}
SPEAKER_2: that's right
SPEAKER_1: there's a {{neg:amount|$250}} excess, i'll email the form to you`),
  au("summary", `Wrap-up · Wattle Bank · agent {{PERSON|Lachlan Reid}}
Customer {{PERSON|Matilda Stavros}} reported card {{neg:masked-card|XXXX-XXXX-XXXX-7021}} stolen. Full number confirmed on the call: {{CARD|5266 0843 1957 7021}}. Disputed transactions total {{neg:amount|$1,240.55}}. Callback {{PHONE|(07) 3221 8846}}. {{neg:name-word|Will}} receive replacement within 5 days.`),
  au("ivr", `2026-12-02T03:11:40+11:00 koala-port ivr={{neg:version|2.0.9}}
cli={{PHONE|+61 467 902 315}} media_ip={{IP_ADDRESS|203.0.113.88}}
asr_name="{{PERSON|Cooper Blackwood}}"
asr_account="{{neg:account-number|KM 5520 187}}"
port_status=pending`),
  au("transcript", `agent: royal bayside appointments {{PERSON|Mandeep}} speaking
caller: hello, i'm calling to book a follow-up for my dad
agent: what's his name
caller: {{PERSON|Giuseppe Lombardo}}
agent: and the medicare number
caller: um it's {{neg:reference|2951 48372 1}}
agent: thanks and a contact number for you
caller: {{PHONE|oh eight, nine three two five, four four one oh}}
agent: we've got {{neg:date|Monday 21 December}} at {{neg:time|2 pm}}`),
  au("voicemail", `Voicemail · Southern Cross Water · box accounts
"hey it's {{PERSON|Tegan}} from unit {{neg:reference|4}}, the reading on my meter today is {{neg:reference|03917}}, and my email is {{EMAIL|tegan dot moss at example dot org}}, ring me on {{PHONE|oh four two nine, triple three, one two eight}} if there's a problem"`),
  au("summary", `Call summary · Harbour Lights Hotel reservations
{{PERSON|Rhys Donnelly}} booked a harbour view room {{neg:room-number|1507}} for {{neg:date|27 December}}, three nights, {{neg:amount|$389}} per night. Card on file {{CARD|6011 2945 0381 7267}}. Contact {{EMAIL|rhys.d@example.com}}, {{PHONE|0413 780 226}}.`),
  au("transcript", `SPEAKER_1: koala mobile, {{PERSON|Jasmine}} speaking
SPEAKER_2: hi i was porting my number and it failed
SPEAKER_1: can you tell me the number
SPEAKER_2: {{PHONE|oh four five six, eight eight oh, one three two}}
SPEAKER_1: and your name
SPEAKER_2: {{PERSON|Corey Watene}}, {{PERSON|w a t e n e}}
SPEAKER_1: the old provider had your birth date as {{neg:date|2 June 1994}}, does that match
SPEAKER_2: no it's the 12th
SPEAKER_1: right i'll fix that and resubmit, reference {{neg:case-number|KP-70219}}`),
  au("ivr", `ivr_trace southern-cross-water {{neg:version|8.1.4}}
ani {{PHONE|08 9325 4410}} sip_peer {{IP_ADDRESS|fd12:3b4c:aa::7}}
dtmf account {{neg:account-number|SCW 20 4471 8}}
asr "{{PERSON|Margaret Ellery}}" confirm=yes
asr "postcode {{neg:postcode|6000}}"
end {{neg:time|16:44}}`),
]
