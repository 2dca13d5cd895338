// en-IE texts, written one by one: undertakers, a fines line, a parking app, a caravan park chain, boiler servicing,
// a lotto retailer line, a dental lab, pest control.
import { mk } from "./markup.ts"

const t = mk("en-IE")

export const EN_IE = [
  t("asr", `agent: good morning gallagher's funeral home {{PERSON|pádraig}} speaking
caller: hi {{PERSON|pádraig}} it's {{PERSON|nuala brennan}} i was talking to you yesterday about mammy's arrangements
agent: ah yes {{PERSON|nuala}} how are you holding up
caller: grand grand listen the removal is friday and my brother {{PERSON|declan}} wants to ring you himself
agent: no bother give him my mobile {{PHONE|oh eight seven, four one two, six six nine eight}}`),
  t("legacy", `DUBLIN CC PARKING  CLAMP RELEASE LOG              {{neg:date|30/11/2026}}
VEH REG   {{neg:plate|241-D-18834}}
OWNER     {{PERSON|MAGUIRE, EIMEAR}}
TEL       {{PHONE|086 774 2015}}
FEE       {{neg:amount|€80.00}}  PAID  CARD {{neg:masked-card|XXXX XXXX XXXX 4117}}
OPERATOR  {{PERSON|T. FLOOD}}`),
  t("sms", `hi is this the caravan park? its {{PERSON|aoife}} 🙂 we're booked for the {{neg:date|3rd of july}}, ref {{neg:booking-ref|WV8821}}, can we arrive late like 10? my num is {{PHONE|085 203 1177}}`),
  t("voicemail", `New voicemail from {{PHONE|+353 21 432 7790}} (Cork)
"Hi this is {{PERSON|Dermot}} from Leeside Boiler Services, just confirming your annual service for {{neg:date|Wednesday 10 December}}, between eight and twelve. If that doesn't suit, call {{PHONE|021 432 7790}}. Thanks now."`),
  t("ivr", `2026-12-01T09:14:22Z ivr lottoline start ani={{PHONE|+353879114026}}
2026-12-01T09:14:30Z menu "claim a prize" dtmf=1
2026-12-01T09:14:48Z ticket_id {{neg:serial-number|0047-1182-3390}}
2026-12-01T09:15:02Z asr_name "{{PERSON|colm o'sullivan}}" conf=0.58
2026-12-01T09:15:09Z prize {{neg:amount|€1,250}} -> transfer claims_desk`),
  t("email", `From: {{PERSON|Róisín Ní Bhriain}} <{{EMAIL|roisin.nibhriain@example.com}}>
To: {{EMAIL|accounts@corribdentallab.example}}
Subject: Invoice {{neg:invoice-number|CDL-2026-0931}}

Hi, we paid this on {{neg:date|14 November}} from the practice account {{IBAN|IE49 AIBK 9311 5238 4711 04}} but it's still showing outstanding. Can someone check? Practice phone {{PHONE|091 563 208}}.

Thanks, {{PERSON|Róisín}}`),
  t("asr", `[00:00:02] Agent: pestguard ireland
[00:00:05] Customer: yeah hi i've mice in the kitchen again
[00:00:08] Agent: right are you an existing customer
[00:00:10] Customer: i am the account is under {{PERSON|fionnuala kearney}}
[00:00:15] Agent: and the eircode
[00:00:17] Customer: {{neg:postcode|D12 K8AF}}
[00:00:22] Agent: grand and best number
[00:00:24] Customer: {{PHONE|oh eight three, double seven one, four four, two nine}}`),
  t("note", `Fines office: {{PERSON|Jerzy Nowicki}} rang re fixed charge notice {{neg:reference|FCN 4400917}}, says he was abroad. Asked for evidence by email to fines@ + gave his own {{EMAIL|jerzy.nowicki@example.net}}. Landline {{PHONE|01 872 4419}}.`),
  t("legacy", `CAMPSITE BOOKING ENQ   SITE: WILD ATLANTIC VW    USER: CK02
RES#  {{neg:booking-ref|WA-100442}}   ARR {{neg:date|17/07/2027}}   NIGHTS 4
LEAD  {{PERSON|KOWALCZYK, MAGDALENA}}
TEL   {{PHONE|+48 601 442 873}}
EMAIL {{EMAIL|MAGDA.KOW@EXAMPLE.COM}}
DEP   {{neg:amount|€60.00}} RCVD`),
  t("asr", `speaker 1: and what name is the booking under
speaker 2: {{PERSON|grace ekwueme}}
speaker 1: sorry could you spell the surname
speaker 2: e k w u e m e
speaker 1: lovely and you're paying the {{neg:amount|€45}} by card
speaker 2: yeah {{CARD|five one six eight, two nine four four, oh three seven one, nine three eight four}}`),
  t("voicemail", `Voicemail (0:33) from {{PHONE|087 390 1244}}: "Hi it's {{PERSON|Seán Mac Giolla}} here, I'd a parking app charge of {{neg:amount|€6.40}} on Sunday and I wasn't even in town, the session was {{neg:reference|P-2290114}}. Call me back please."`),
  t("sms", `Leeside Boilers: engineer {{PERSON|Yusuf}} running 30 min late sorry. call {{PHONE|021 432 7790}} if u need to rebook. job {{neg:order-number|LB-7731}}`),
  t("email", `Subject: Re: gift of headstone – {{PERSON|Breda Hennessy}}

Dear {{PERSON|Conor}},

Thank you for everything on the day. As discussed, the balance of {{neg:amount|€2,340}} for the headstone will be paid by transfer from {{IBAN|IE13 BOFI 9061 2744 0183 52}}. My sister {{PERSON|Marian}} may ring you too, her number is {{PHONE|083 118 4620}}.

Regards,
{{PERSON|Liam Hennessy}}`),
  t("ivr", `bot: Hi! I'm ParkIt's virtual helper. What's your registration?
you: {{neg:plate|191-G-4420}}
bot: Thanks. I see a session at Eyre Square ending {{neg:time|18:15}}. Extend by 1 hour for {{neg:amount|€2.60}}?
you: yes
bot: Done. Receipt sent to {{EMAIL|ppaidin@example.com}}.`),
  t("note", `Dental lab, Galway: Dr {{PERSON|Oluwaseun Adeyemi}} called about the implant crown, wants it by {{neg:date|Friday 5 December}}. Router at the surgery replaced, new VPN peer {{IP_ADDRESS|10.44.2.19}}. Contact {{PHONE|091 720 355}}.`),
  t("asr", `[00:03:12] Agent: and the reason for the call today
[00:03:15] Customer: the lotto app keeps logging me out since the update {{neg:version|4.8.1}}
[00:03:21] Agent: ok can you tell me the ip address in the error
[00:03:24] Customer: it says {{IP_ADDRESS|203.0.113.88}} blocked
[00:03:30] Agent: ok {{PERSON|rory}} i'll get that cleared`),
  t("legacy", `BOILER SVC CONTRACT MASTER    CONT# {{neg:contract-number|LBS-44127}}
NAME  {{PERSON|DEMPSEY PAULINE}}       EIRCODE {{neg:postcode|T12 X285}}
PH1   {{PHONE|021 489 3316}}     PH2 {{PHONE|087 662 0941}}
LAST SVC {{neg:date|02/10/2025}}  NEXT DUE {{neg:date|02/10/2026}}  OVERDUE`),
]
