// en-CA texts: written one by one (ferry vehicle reservations, school bus office, EV charging, coworking, pet food,
// funeral plans, library, cinema).
import { mk } from "./markup.ts"

const t = mk("en-CA")

export const EN_CA = [
  t("chat", `Coastal Isles Ferries – Reservations chat
[11:20] Reservations: Hi there, {{PERSON|Meghan}} here, what can I do for you?
[11:21] guest: need to change my vehicle from a sedan to a camper van on the horseshoe bay sailing
[11:21] Reservations: Sure. Booking number?
[11:22] guest: {{neg:booking-ref|CIF 40918273}}
[11:23] Reservations: Done, over-height fare adds {{neg:amount|$61.25}}. Confirmation goes to the email on file.`),
  t("sms", `Coastal Isles Ferries: Sailing {{neg:time|3:10 PM}} Departure Bay is delayed 40 min. Booking {{neg:booking-ref|CIF 40918273}} still valid. Info: {{PHONE|1-888-223-3779}}`),
  t("note", `Northshore Student Transportation – parent {{PERSON|Harpreet Gill}} reports bus {{neg:route-number|B-417}} skipped stop at Dundas/Ninth twice this week. Kids: {{PERSON|Jasleen}} and {{PERSON|Arjun}}. Spoke w/ operator dispatch. Call parent back on {{PHONE|905-873-4412}} by end of day. Home postal code {{neg:postcode|L8P 2K4}}.`),
  t("email", `Subject: Snow day policy?

Hi,

Is there a number I can call in the morning to know if buses are cancelled? The website didn't load on my phone at {{neg:time|6:45}} yesterday.

Thanks,
{{PERSON|Élodie Tremblay-Chan}}
{{PHONE|(613) 727-4490}}

---
Reply from {{PERSON|Brent}}, Northshore Student Transportation:
Please call our cancellations line {{PHONE|1 (877) 642-5508}} or check the site after {{neg:time|6:00 a.m.}}`),
  t("transcript", `AGENT: PlugNorth support, you've reached {{PERSON|Ravi}}.
CALLER: hi, my charge card got declined at the Canadian Tire in Barrie
AGENT: Can I have your account email?
CALLER: it's {{EMAIL|mcgregor.finn@northmail.example}}
AGENT: Thank you, Mr. {{PERSON|McGregor}}. Your card on file expired. Do you want to add a new one?
CALLER: yeah, {{CARD|5167 3008 1244 9025}}, {{neg:card-expiry|11/29}}
AGENT: That's updated. Your member number is {{neg:member-number|PN-0037-7714}}.`),
  t("ticket", `PlugNorth Charger Fault Report
Site: Barrie Hwy 400 N, stall 3
Charger ID: {{neg:charger-id|PN-ON-1187}}
Reporter: {{PERSON|Kateri Jacobs}}
Phone: {{PHONE|705-331-8274}}
Postal code: {{neg:postcode|L4N 9B7}}
Error: "Ground fault – E47"
Time: {{neg:date|2026-12-02}} {{neg:time|21:16}}`),
  t("chat", `Desk Republic Coworking – Toronto
{{PERSON|Zoe}} (front desk): Hey! Saw your message about the meeting room.
member: yeah can I book the big room on Friday 2 to 4
{{PERSON|Zoe}} (front desk): It's free, booked under {{PERSON|Nnamdi Eze}}. Wifi guests get {{IP_ADDRESS|172.20.4.55}} range, fyi the projector is on {{IP_ADDRESS|172.20.4.10}}.
member: perfect, {{neg:name-word|will}} do`),
  t("note", `Coworking member {{PERSON|Lucie Bergeron}} requests invoice reissue to company name, invoice {{neg:invoice-number|DR-2026-11-0442}}, total {{neg:amount|$452.00}} + HST. Email copy to {{EMAIL|accounts@bergeronstudio.example}}. Tel {{PHONE|416 593 0718}}.`),
  t("sms", `Hi {{PERSON|Marcus}}, PawBox here 🐾 your Dec box ships {{neg:date|Dec 9}}. Skip or change flavour at pawbox.example or call {{PHONE|(604) 428-7760}}. Order {{neg:order-number|PB-7710-2284}}`),
  t("ticket", `MAPLE REST FUNERAL PLAN – BENEFICIARY CHANGE
Plan no.: {{neg:policy-number|MR-55109843}}
Plan holder: {{PERSON|Dorothy Kwan}}
New beneficiary: {{PERSON|Albert Kwan}} (son)
Contact: {{PHONE|780-462-9135}}
Email: {{EMAIL|albert.kwan@prairiemail.example}}
SIN: not required`),
  t("transcript", `operator hello you've reached the burlington public library membership desk this is {{PERSON|nadia}}
caller hi i lost my library card
operator ok can i get your name
caller {{PERSON|patrick obrien}}
operator and a phone number on the account
caller {{PHONE|two eight nine three three four one nine oh two}}
operator {{PHONE|289 333 4190}} hmm that doesn't match
caller oh sorry {{PHONE|two eight nine three three four one nine two oh}}
operator there you are i'll mark the old card lost`),
  t("email", `From: Northern Reel Cinemas Guest Relations
To: {{PERSON|Amandeep Sidhu}} <{{EMAIL|a.sidhu@maplemail.example}}>
Subject: Your refund – case {{neg:case-number|CGR-2026-88137}}

Dear {{PERSON|Amandeep}},
We have refunded {{neg:amount|$31.48}} for the cancelled {{neg:time|9:45}} screening to your card {{neg:masked-card|XXXX-XXXX-XXXX-2216}}. Please allow 5 to 7 business days. For anything else, our team is at {{PHONE|1-800-314-7752}}.
Guest Relations`),
]
