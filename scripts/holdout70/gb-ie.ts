// en-GB and en-IE texts: written one by one (energy top-ups, a letting agent, a parcel depot, a GP surgery, council tax,
// a broadband van, a ferry desk, a hurling club, a pharmacy, a credit union).
import { mk } from "./mk.ts"

const g = mk("en-GB")
const i = mk("en-IE")

export const EN_GB = [
  g("note", `cx rang re smart meter top up not showing, paid {{neg:amount|£20}} at the shop {{neg:time|10:40}}. name {{PERSON|HOLLIE BRADSHAW}}, mob {{PHONE|07823 419552}}. told her 24h, if not cb. n/a for email`),
  g("sms", `Hiya its {{PERSON|Gemma}} from Keyhaven Lettings, the plumber {{PERSON|Daz}} will be round tmrw between {{neg:time|9am}} and {{neg:time|12pm}}, if no answer he'll ring {{PHONE|07956 301 448}}. any probs text back x`),
  g("summary", `VM {{neg:date|4 Dec}} {{neg:time|17:52}} – Mr {{PERSON|Ade Okonkwo}} re parcel left at depot, says he can't get there before it shuts. wants redelivery sat. number {{PHONE|oh seven nine four one, double two three, six oh eight}}. tracking {{neg:tracking-number|JD0148820471GB}}`),
  g("chat", `Twitter/X reply
@{{PERSON|SianJonesCardiff}}: 3rd day with no broadband and @FibreFox keep saying "an engineer is assigned" 🙄🙄
@FibreFox: Sorry {{PERSON|Siân}}! Can you DM us your acc no. + best contact? We'll chase the van now.
@{{PERSON|SianJonesCardiff}}: DM'd. its {{PHONE|029 2048 7715}} landline is dead obvs so use {{PHONE|07384 662 019}}`),
  g("email", `From: {{EMAIL|P.Haldane@Example.com}}
To: counciltax@northbrook.example
Subject: single person discount

hi my partner moved out on {{neg:date|1st November}}. can i get the 25% off now. ref {{neg:reference|CT-00918443}}. my NI number if needed is {{UK_NINO|JT 48 21 73 C}}.

cheers {{PERSON|Paul Haldane}}
{{PHONE|01224 739 816}}`),
  g("note", `GP surgery – msg for Dr {{PERSON|Farooqi}}: pt {{PERSON|edna pilkington}} (DOB {{neg:date|02/03/1941}}) daughter {{PERSON|Karen}} rang, mum fell last nite, pls ring daughter on {{PHONE|+44 7712 048 336}} asap not the home no. postcode {{neg:postcode|LS6 2QT}}`),
  g("transcript", `AGENT: Northbrook Council payroll, {{PERSON|Raj}} speaking
CALLER: hiya, it's {{PERSON|Shelley Marsh}}, started in the libraries monday
AGENT: welcome! I'll need your national insurance number
CALLER: {{UK_NINO|NH 63 09 14 A}}
AGENT: and the one on your form says {{neg:nino-invalid|QH 63 09 14 A}}, so I'll correct that. Bank details?
CALLER: {{IBAN|GB84 NWBK 6091 4732 5801 64}}
AGENT: hmm the form had {{neg:iban-checksum|GB48 NWBK 6091 4732 5801 64}}, I'll go with what you just said`),
  g("ticket", `Incident {{neg:ticket-number|INC0048812}} – staff wifi
reported by: {{PERSON|tomasz w}} (night porter)
device ip {{IP_ADDRESS|192.168.14.203}}, gateway {{IP_ADDRESS|192.168.14.1}}
firmware {{neg:version|3.8.12}}
contact: ext 2207 / {{PHONE|020 8371 5520}}
nb: {{neg:name-word|Will}} ring back if it drops again`),
  g("chat", `webchat – SaveRite Pharmacy
You: hi can my neighbour pick up my mums prescription
{{PERSON|Jordan}} (SaveRite): Hi! Yes if she brings ID. Patient name?
You: {{PERSON|PATRICIA QUAYLE}}, and neighbour is {{PERSON|bernie}}
{{PERSON|Jordan}} (SaveRite): Lovely, noted. Ready after {{neg:time|2pm}}. 👍`),
  g("summary", `Call summary – payroll query
caller: {{PERSON|Lewis, Callum}} (porter)
NI no. {{UK_NINO|PK 27 58 41 B}}
issue: emergency tax code, overpaid {{neg:amount|£312.40}} tax in Nov
action: sent form, cb on {{PHONE|07449 215 873}} fri
spoke w/ {{PERSON|Bridget}} in HR`),
  g("email", `hi team

quick one, pls update my card for the gym: {{CARD|5374 0291 8635 1041}} exp {{neg:card-expiry|11/28}}. the old one ending {{neg:masked-card|**** 2954}} is cancelled. also my email changed to {{EMAIL|jess dot oduya at example dot net}}, sorry typing on phone

{{PERSON|Jess Oduya}}
mob {{PHONE|07508 933 127}}`),
  g("note", `Handover: PC {{PERSON|Whitmore}}'s mate from the ferry desk says MRS. {{PERSON|K. BALDWIN}} booked {{neg:booking-ref|FX7Q2L}} under her maiden name, rang twice. her NI on the concession form {{UK_NINO|WR 16 44 90 D}}. call her {{PHONE|01752 604 381}} after {{neg:time|6pm}}`),
]

export const EN_IE = [
  i("note", `cx rang re esb bill, {{neg:amount|€212.60}}, says meter read is wrong. name {{PERSON|Siobhán Ní Dhuibhir}}, mob {{PHONE|087 312 4459}}, eircode {{neg:postcode|D08 VF8H}}. told her send photo of meter. cb tmrw`),
  i("sms", `howya its {{PERSON|ciarán}} from the club, subs are due {{neg:amount|€60}} by {{neg:date|12 December}}. pay by transfer to {{IBAN|IE25 AIBK 9311 5240 7188 32}} or ring me {{PHONE|085 771 2093}}. up the déise`),
  i("chat", `Instagram DM
{{PERSON|aoife}}_mc: hiya do ye deliver to cork, ordered a dress {{neg:order-number|#IE-40218}} and its says pending for 4 days 😩
Bloom Boutique: Hi {{PERSON|Aoife}}! Yes we do. Courier is {{PERSON|Dónal}}, he'll call before delivery. Whats the best no?
{{PERSON|aoife}}_mc: {{PHONE|083 945 2106}} thanks a mill`),
  i("summary", `voicemail {{neg:time|8:05}}: Fr. {{PERSON|Declan Moriarty}} re the parish hall booking for the {{neg:date|20th December}}, wants the bigger room. ph {{PHONE|zero six one, four one nine, three eight two}}. said he'll call in person if no answer`),
  i("email", `From: {{EMAIL|GRAINNE.FOLEY@eir.example}}
Subject: credit union loan

Hi, I want to top up my loan {{neg:loan-number|LN-22841}} by {{neg:amount|€3,000}}. My wages go into {{IBAN|IE65 BOFI 9001 2749 3861 05}} now, not the old account. Can someone ring me on {{PHONE|01 482 7735}} after half 5?

Thanks
{{PERSON|Gráinne Foley}}`),
  i("note", `handover: {{PERSON|MURPHY, PJ}} – still waiting on pharmacy callback, card used {{CARD|4012 8836 0517 2946}}, refund {{neg:amount|€18.40}}. his ph {{PHONE|+353 86 224 7719}}. also {{PERSON|nuala}} in accounts needs the report before {{neg:time|11am}}`),
  i("chat", `webchat Shannon Ferries
Visitor: hi need to change my sailing, booking {{neg:booking-ref|SF-8K2M}}
{{PERSON|Eoin}} (agent): No bother. Name on booking?
Visitor: {{PERSON|conor o'shea}}. email {{EMAIL|ConorOShea@example.net}}
{{PERSON|Eoin}} (agent): Done, moved to the {{neg:time|14:30}} on {{neg:date|Dec 18}}. Confirmation sent.`),
  i("transcript", `agent: Bord Lán support, {{PERSON|Niamh}} here
caller: ya hi, {{PERSON|Tadhg Kearney}}, my router keeps restarting
agent: can you read me the number on the account
caller: {{PHONE|oh eight nine, seven four one, double oh six three}}
agent: thanks {{PERSON|Tadhg}}. I see your router on {{IP_ADDRESS|fd12:9a3e:77::2}}, firmware {{neg:version|2.4.9}}. I'll push a reset now`),
]
