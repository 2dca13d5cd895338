// en-US texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_1 = [
  t("chat", `Cedar Hollow Pharmacy – Refill Chat
[2:14 PM] Visitor: hey can you check if my lisinopril refill is ready. rx {{neg:order-number|RX-7730418}}
[2:15 PM] {{PERSON|Imani}} (Pharmacy Tech): Hi! Can I get the patient name and DOB?
[2:15 PM] Visitor: {{PERSON|Rolando Mejía}}, {{neg:date|11/02/1958}}. i'm his son {{PERSON|Tomas}}
[2:16 PM] {{PERSON|Imani}} (Pharmacy Tech): Thanks {{PERSON|Tomas}}. It's ready for pickup after {{neg:time|4pm}}, copay is {{neg:amount|$12.40}}. Want a text when it's bagged?
[2:16 PM] Visitor: yes pls {{PHONE|(503) 284-7719}}`),
  t("sms", `Cedar Hollow Pharmacy: {{PERSON|ELENA}}, your prescription is ready at our Division St store. Pickup by {{neg:date|Dec 9}}. Reply STOP to opt out. Qs: {{PHONE|971-220-4386}}`),
  t("email", `Subject: Loan estimate for 2214 Larkspur Ln – next steps

Hi {{PERSON|Deandre}} and {{PERSON|Keisha}},

Attached is the updated loan estimate. Rate lock is 6.125% for 45 days, expires {{neg:date|January 21, 2027}}. Your loan file is {{neg:case-number|MB-26-11487}}.

I still need the last two months of bank statements and the gift letter from {{PERSON|Keisha}}'s mother, {{PERSON|Loretta Banks}}. Please don't email her SSN; I'll call for that.

Best,
{{PERSON|Aaron Whitfield}}, NMLS {{neg:reference|1184203}}
Senior Loan Officer | Porchlight Mortgage Partners
Direct {{PHONE|(720) 441-8837}} | Office {{PHONE|1-877-602-3318}} ext. 12
{{EMAIL|aaron.whitfield@porchlight.example}}`),
  t("transcript", `AGENT: Thank you for calling Porchlight Mortgage, this is {{PERSON|Renata}}. Who am I speaking with?
CALLER: Hi, it's {{PERSON|Loretta Banks}}. {{PERSON|Aaron}} said you'd need my social for the gift letter.
AGENT: That's right, Ms. {{PERSON|Banks}}. Go ahead whenever you're ready.
CALLER: Social security is {{US_SSN|412-68-3309}}.
AGENT: Four one two, six eight, three three oh nine. And the gift amount?
CALLER: {{neg:amount|$25,000}}, wired {{neg:date|December 1st}}.`),
  t("note", `vet - {{PERSON|halloran}} family, dog "Biscuit" (lab, 9y) post-op check {{neg:date|12/14}} {{neg:time|10:30am}}. owner {{PERSON|Megan Halloran}} asked abt cone - ok to remove after stitches out. cb {{PHONE|6124079915}} or husband {{PERSON|Curtis}} {{PHONE|612-555-0199}}?? - number bounced, she gave {{PHONE|612-408-2276}} instead. bal {{neg:amount|$184.50}} pd.`),
  t("ticket", `Ticket {{neg:ticket-number|BAG-118204}} | Lost Baggage | Meridian Air
Passenger: {{PERSON|OYELOWO, ADEBAYO}}
Flight: {{neg:flight-number|MA 2271}} ORD→SFO, {{neg:date|Nov 28}}
Bag tag: {{neg:tracking-number|MA 663018}}
Description: black Samsonite hardside, orange ribbon on handle
Delivery address: 88 Guerrero St Apt 4, San Francisco CA {{neg:postcode|94110}}
Contact: {{PHONE|+1 (415) 862-3047}} / {{EMAIL|ade.oyelowo@mailbox.example}}
Notes: pax called twice. Bag located in DEN, routed on {{neg:flight-number|MA 1940}}. Courier {{PERSON|Jesse}} to deliver by {{neg:time|9 PM}}.`),
  t("chat", `Roadway Rentals support
You 9:02: hi I was charged {{neg:amount|$318.77}} for a car i returned on time
Roadway Rentals – {{PERSON|Benny}} 9:03: Sorry about that! Can you share the rental agreement number?
You 9:03: {{neg:contract-number|RA-4471902}}
Roadway Rentals – {{PERSON|Benny}} 9:05: I see a late-return fee and a fuel charge. The card on file ends {{neg:masked-card|**** 3108}}, right?
You 9:05: yes
Roadway Rentals – {{PERSON|Benny}} 9:07: I've reversed both, {{neg:amount|$96.00}} and {{neg:amount|$41.25}}. Anything else?`),
  t("sms", `Hi this is Dr. {{PERSON|Shah}}'s office at Brightsmile Dental reminding {{PERSON|Jonah}} of his cleaning Thu {{neg:date|12/10}} at {{neg:time|3:15pm}}. Call {{PHONE|(919) 447-2083}} to reschedule.`),
  t("email", `From: {{PERSON|Pearl Vandermeer}} <{{EMAIL|pvandermeer@oldmail.example}}>
To: {{EMAIL|donorcare@harvestbridge.example}}
Subject: Please stop the monthly gift

Hello,

I've given {{neg:amount|$35}} a month to Harvest Bridge Food Bank since 2019 but my husband {{PERSON|Gerrit}} passed in {{neg:name-word|May}} and I'm on a fixed income now. Please cancel the recurring gift on my Visa. The number is {{CARD|4556 1883 0047 3108}}, exp {{neg:card-expiry|08/28}}.

You can reach me at {{PHONE|616-392-7158}} in the mornings.

Thank you for all you do,
{{PERSON|Pearl}}`),
  t("transcript", `[00:00:02] agent: harvest bridge donor services this is {{PERSON|marisa}}
[00:00:05] caller: hi yeah i'm calling for {{PERSON|pearl vandermeer}} she's my aunt she sent you an email with her card number and i told her not to do that
[00:00:13] agent: oh okay thank you for letting us know we'll delete that and we can cancel over the phone
[00:00:19] caller: great my number is {{PHONE|six one six, eight oh two, four four one seven}}
[00:00:25] agent: {{PHONE|six one six, eight zero two, four four one seven}} got it and your name
[00:00:29] caller: {{PERSON|dirk}} {{PERSON|d i r k}} {{PERSON|vandermeer}}`),
  t("note", `admissions - applicant {{PERSON|Nguyen, Bao Tran}} (ID {{neg:customer-number|U2604417}}) fall '27 CS. transcript rec'd {{neg:date|11/19}}, missing rec letter from Prof. {{PERSON|Halvorsen}}. applicant emailed from {{EMAIL|baotran.n@student.example}}; app portal login from {{IP_ADDRESS|198.51.100.47}} flagged as shared - fine, it's the HS library. will follow up {{neg:date|12/8}}.`),
  t("ticket", `#{{neg:ticket-number|45821}} Streaming – account takeover
Customer: {{PERSON|Yvonne Castellanos-Reid}}
Reported: profile names changed, plan upgraded to Premium ({{neg:amount|$22.99}}/mo)
Sign-ins (last 48h):
 - {{IP_ADDRESS|203.0.113.214}} Lagos, NG, {{neg:date|12/04}} 03:12
 - {{IP_ADDRESS|2001:db8:4a1:9c::17}} Columbus OH, {{neg:date|12/04}} 18:40 (customer's own)
Action: password reset link sent to {{EMAIL|yvonne.cr@inbox.example}}, all devices signed out, refund of 1 month approved by {{PERSON|T. Okonkwo}}.`),
  t("chat", `[Sat 11:41] {{PERSON|jules}}: hey is the galaxy s25 in stock at the fremont store
[Sat 11:42] Cellway Store Bot: Let me connect you with a store associate.
[Sat 11:44] {{PERSON|Marco}} @ Cellway Fremont: Hey {{PERSON|Jules}}! We have 2 in the blue, 128GB. Trade-in for your old phone is up to {{neg:amount|$180}}.
[Sat 11:45] {{PERSON|jules}}: ok hold one? under {{PERSON|Julianne Ostrowski}}, {{PHONE|510-791-6623}}
[Sat 11:46] {{PERSON|Marco}} @ Cellway Fremont: Done, held until {{neg:time|7pm}} today.`),
]
