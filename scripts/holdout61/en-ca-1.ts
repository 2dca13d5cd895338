// en-CA texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-CA")

export const EN_CA_1 = [
  t("chat", `Northern Lights Rx — chat
[9:41] Visitor: hi do you transfer prescriptions from another pharmacy?
[9:42] {{PERSON|Harjit}} (Pharmacist): Yes! I just need the other pharmacy's name and phone, and your health card info when you come in.
[9:43] Visitor: it's Lakeshore Drugs on Queen St, {{PHONE|416-864-2207}}. my name is {{PERSON|Geneviève Tremblay-Ahmed}}
[9:44] {{PERSON|Harjit}} (Pharmacist): Thanks {{PERSON|Geneviève}}. I'll call them this morning. Should be ready after {{neg:time|3 p.m.}}
[9:44] Visitor: merci!`),
  t("email", `Subject: Your claim for delayed baggage — file {{neg:reference|YYZAC70431}}

Dear Mr. {{PERSON|Baptiste}},

We're sorry your bag did not arrive with you on flight {{neg:flight-number|AM 118}} on {{neg:date|November 30}}. Your bag has been located and will be delivered by courier to 1180 Rue Sainte-Catherine, Montréal, QC {{neg:postcode|H3B 1K1}} within 24 hours.

Interim expenses up to {{neg:amount|$150 CAD}} can be claimed with receipts. Please reply to this email or call {{PHONE|1-888-247-2262}}.

{{PERSON|Thandiwe Mokoena}}
Baggage Services, AeroMaple`),
  t("transcript", `AGENT: Good afternoon, Timberline Mortgage Group, {{PERSON|Wesley}} speaking.
CALLER: Hi, it's {{PERSON|Anjali Deshpande}}. I'm returning a call from {{PERSON|Krystal}} about our renewal.
AGENT: She's on another line. Can I take a message?
CALLER: Sure. Our renewal date is {{neg:date|March 1}} and we'd like the five-year fixed she mentioned, 4.59... sorry, I don't remember the rate. My cell is {{PHONE|six oh four, seven seven one, two two nine oh}}.
AGENT: {{PHONE|Six oh four, seven seven one, two two nine oh}}. Got it. I'll pass it on.`),
  t("note", `{{neg:date|2026-12-03}} - donor {{PERSON|Ferguson, Moira}} called re tax receipt for {{neg:amount|$1,500}} gift. receipt went to old address in {{neg:postcode|T2N 1N4}}. updated to 44 Birch Cres, Red Deer. ph {{PHONE|403-342-8816}}. resend by mail + email {{EMAIL|moira.ferguson@prairie.example}}`),
  t("sms", `PawsFirst Vet Clinic: {{PERSON|Natasha}}, your pet's X-ray results are in. Dr. {{PERSON|Lachance}} would like to chat. Call {{PHONE|(902) 425-6618}} before {{neg:time|5:30 PM}}.`),
  t("ticket", `TKT-{{neg:ticket-number|30992}} | Cellbridge Mobile | Billing
Account holder: {{PERSON|LEBLANC, JEAN-FRANÇOIS}}
Line: {{PHONE|514 287-3390}}
Issue: roaming charges {{neg:amount|$86.40}} while in Vermont, customer had US add-on.
Notes: add-on started {{neg:date|11/22}} but trip was {{neg:date|11/20}}–{{neg:date|11/24}}. Credit of {{neg:amount|$43.20}} applied by {{PERSON|Ayesha}}.`),
  t("email", `Hi {{PERSON|Declan}},

Thanks for your interest in the 2-bed at 77 Fairview Ave. Viewing is confirmed for Saturday, {{neg:date|December 13}} at {{neg:time|11:00 a.m.}}. The unit is {{neg:amount|$2,350}}/month, heat included.

Please bring photo ID. If you're running late, text me at {{PHONE|613.239.4470}}.

Cheers,
{{PERSON|Priya Balasubramanian}}
Rideau Property Rentals`),
  t("chat", `You 4:12 PM: hi my streaming is charging me in USD now?
GlacierPlay Support 4:13 PM: Hi there! I'm {{PERSON|Owen}}. Let me take a look — can you confirm the email on your account?
You 4:13 PM: {{EMAIL|nadia.k@maplemail.example}}
GlacierPlay Support 4:15 PM: Thanks {{PERSON|Nadia}}. Your billing country was switched to US after a sign-in from {{IP_ADDRESS|203.0.113.57}}. Was that you?
You 4:15 PM: nope i'm in Winnipeg
GlacierPlay Support 4:16 PM: I've reset it to Canada and refunded the {{neg:amount|$3.10}} difference.`),
  t("transcript", `[00:00:04] agent: hi you've reached university of the north admissions my name is {{PERSON|tyler}}
[00:00:08] caller: hi um i'm calling because my daughter applied and we haven't heard anything
[00:00:12] agent: no problem what's her name
[00:00:14] caller: {{PERSON|mei-ling chow}} {{PERSON|c h o w}}
[00:00:18] agent: and her student number
[00:00:20] caller: {{neg:customer-number|2 0 6 6 1 8 4 7}}
[00:00:26] agent: ok i see her file is complete the decision should come by {{neg:date|february 28}}
[00:00:31] caller: ok can she call you back on {{PHONE|seven eight oh, four nine two, three one one seven}}
[00:00:37] agent: she can call us we can't call out sorry`),
  t("note", `car rental YEG: cx {{PERSON|Raymond Two-Feathers}} returned unit {{neg:plate|CKR 4417}} w/ windshield chip. says pre-existing. check-out photos show chip. no charge. card {{neg:masked-card|**** 2007}} hold released {{neg:amount|$500}}. his # {{PHONE|780 466 2913}}`),
]
