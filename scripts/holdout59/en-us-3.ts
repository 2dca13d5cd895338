// en-US texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_3 = [
  t("transcript", `Agent: Skyward Airlines, this is {{PERSON|Brooke}}.
Caller: Hi {{PERSON|Brooke}}, I'm calling because my bag didn't arrive in Phoenix. Flight {{neg:flight-number|SK 2218}}.
Agent: I'm sorry. Do you have the bag tag number?
Caller: {{neg:ticket-number|PHX 448102}}.
Agent: And your name as on the booking?
Caller: {{PERSON|Rafael Ibarra-Sousa}}.
Agent: And a local number where the courier can reach you?
Caller: It's area code six oh two... {{PHONE|six oh two, eight eight four, one one oh seven}}.
Agent: I have {{PHONE|six oh two, eight eight four, one one oh seven}}.
Caller: Yes. Or my hotel, {{PHONE|602-225-0340}}, room 1412.`),
  t("summary", `Reason for call: new patient wants to transfer records from previous dentist.
Patient: {{PERSON|Imani Greer}}, DOB {{neg:date|4/27/1995}}
Previous office: Lakeshore Family Dentistry, Dr. {{PERSON|Paulsen}}, fax {{PHONE|(312) 266-4190}}
Next step: we send a records request form to {{EMAIL|imani.greer@example.com}}; first appt pencilled for {{neg:date|Dec 3}} {{neg:time|2:45 PM}}.
Taken by: {{PERSON|Lupe}}`),
  t("form", `CUSTOMER PROFILE
Name:        {{PERSON|Callahan, Bridget M}}.
Mobile:      {{PHONE|+1-508-341-7762}}
Home:        {{PHONE|(508) 753 2290}}
Email:       {{EMAIL|bridget.callahan@example.org}}
Plan:        Family 4 lines
Lines:       {{PHONE|508-341-7762}} (primary), {{PHONE|508-341-7763}} ({{PERSON|Liam}}), {{PHONE|508-341-7764}} ({{PERSON|Nora}})
Balance:     {{neg:amount|$187.45}} due {{neg:date|6/21}}`),
  t("chat", `10:31 – {{PERSON|Tom}} (Keystone Auto): Hi! What can I help with today?
10:31 – guest: i need proof of insurance for the dmv today, they wont take the app screenshot
10:32 – {{PERSON|Tom}} (Keystone Auto): No problem. Full name and policy number?
10:33 – guest: {{PERSON|lakshmi raghunathan}} {{neg:policy-number|KP 5512 880}}
10:34 – {{PERSON|Tom}} (Keystone Auto): Sent your ID card to {{EMAIL|l.raghunathan@example.com}}. Anything else?
10:34 – guest: no ty`),
  t("note", `verified cx via OTP to {{PHONE|7183304412}}. name {{PERSON|Yusuf Demir}}. porting # from other carrier, port-out PIN given. new SIM ICCID {{neg:sim-number|8901 2604 1127 8850 3312}}. eta 24h. told him to keep old SIM in until then.`),
  t("email", `Hi Streamly team,

My account was hacked – someone changed the email to one I don't recognize and added a profile called "{{neg:name-word|Bill}}". I didn't do this. My original email was {{EMAIL|ptrev88@example.net}} and my name is {{PERSON|Patrick Trevino}}. Last login from an IP I don't know: {{IP_ADDRESS|198.51.100.23}}.

Please call me at {{PHONE|(562) 498-3371}}.

{{PERSON|Patrick}}`),
  t("transcript", `[agent] northgrid energy outage line, {{PERSON|carla}} speaking
[caller] yes hi my power's been out since about six thirty
[agent] i'm sorry, what's the service address
[caller] 402 birch hollow drive, zip {{neg:postcode|45209}}
[agent] ok there's a crew out for a downed line, estimated restore {{neg:time|10 pm}}. want a text when it's back
[caller] yes please, {{PHONE|five one three, eight seven one, oh two two six}}
[agent] and a name for the account
[caller] {{PERSON|walter brzezinski}}`),
  t("summary", `Caller {{PERSON|Mei-Ling Foster}} requested SSN be removed from her dental billing profile after a data breach notice from another company. Explained we only store last 4. She read her full SSN out anyway ({{US_SSN|078-51-1130}}), not saved. Updated email to {{EMAIL|meiling.f@example.com}} and phone to {{PHONE|+1 (925) 634-2281}}.`),
  t("form", `Refund request
------------------------------
Passenger name : {{PERSON|ZHANG WEI}}
Confirmation   : {{neg:booking-ref|LK9R2D}}
Flight         : {{neg:flight-number|SK 811}} / {{neg:date|2026-02-14}}
Amount         : {{neg:amount|USD 612.30}}
Card on file   : {{neg:masked-card|XXXX-XXXX-XXXX-7719}}
Contact        : {{PHONE|+1 415 391 8870}} / {{EMAIL|zhang.wei.sf@example.com}}`),
  t("chat", `Customer: Hi, I'm trying to pay with my Discover card and the site keeps timing out
{{PERSON|Ana}} (Harbor Bank): Hi! I can take the payment here. What's the card number?
Customer: {{CARD|6011 0009 9013 9424}}
{{PERSON|Ana}} (Harbor Bank): And the name on the card?
Customer: {{PERSON|Josiah Whitaker}}
{{PERSON|Ana}} (Harbor Bank): Thank you {{PERSON|Josiah}}, {{neg:amount|$250.00}} applied. Confirmation {{neg:case-number|HB-PMT-88120}}.`),
  t("note", `wkend on-call: cx {{PERSON|Gail Montague}} reports no hot water, gas meter {{neg:meter-number|G4-0918-2245}} showing zero flow. sent tech {{PERSON|Ray}}, eta {{neg:time|4:15}}. her # {{PHONE|(302) 655-0912}}, neighbor Mrs. {{PERSON|Okoro}} has key {{PHONE|302-655-0988}}`),
  t("email", `Subject: Card replacement – urgent

To whom it {{neg:name-word|may}} concern,

My Amex ending {{neg:masked-card|**** 1005}} was declined at checkout. The full number is {{CARD|3782 822463 10005}}, but I'd rather you not need it. Please have someone from the card team call me at {{PHONE|1 (847) 920-6631}}.

Regards,
Dr. {{PERSON|Simone Achebe}}`),
  t("form", `W-9 contractor intake (installer network)
name: {{PERSON|Luis Alberto Ortega}}
business: Desert Sky Home Services LLC
ssn: {{US_SSN|541-77-0932}}
phone: {{PHONE|520.881.4407}}
email: {{EMAIL|luis@desertskyhome.example}}
zip: {{neg:postcode|85716}}
signed: {{neg:date|10/02/2026}}`),
]
