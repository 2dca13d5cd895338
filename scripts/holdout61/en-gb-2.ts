// en-GB texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_2 = [
  t("transcript", `CALLER: Hi, I'm phoning about a car hire, I've been charged for a scratch that was already there.
AGENT: Sorry to hear that. Can I take the booking reference?
CALLER: {{neg:booking-ref|KX-58120-M}}. Name's {{PERSON|Gareth Llewellyn}}.
AGENT: Thanks Mr {{PERSON|Llewellyn}}. I can see the damage charge of {{neg:amount|£240}} from the Cardiff depot on {{neg:date|21 November}}. Did you take photos at pick-up?
CALLER: I did, my partner {{PERSON|Siân}} has them on her phone.
AGENT: Could she email them to {{EMAIL|damage.disputes@kestrelhire.example}}? And what's the best number for you?
CALLER: {{PHONE|029 2018 4471}} at work, or my mobile, {{PHONE|07984 330 612}}.`),
  t("note", `pension transfer - member {{PERSON|Winifred Osei}} ({{neg:member-number|SP-0093321}}) wants to transfer to new provider. NI given {{UK_NINO|NE 44 19 82 D}}. warned re scam - she was cold called by "{{PERSON|Jason}}" from {{PHONE|0161 496 0775}} offering 8%... flagged to fraud team. cb her on {{PHONE|01904 611 208}}.`),
  t("sms", `Hi Mrs {{PERSON|Kaur}}, this is Northfield Pharmacy. Your repeat prescription for {{PERSON|Jaswinder}} is ready to collect. We close at {{neg:time|6pm}} Sat. Ta, {{PERSON|Lou}}`),
  t("email", `Subject: Re: Donation receipt missing

> On {{neg:date|3 Dec 2026}}, at {{neg:time|09:12}}, Feeding Futures Supporter Care <{{EMAIL|supportercare@feedingfutures.example}}> wrote:
> Dear Mr {{PERSON|Bellamy}}, thank you for your gift of {{neg:amount|£250}}...

Hello again,

Thanks, but the receipt still hasn't arrived. It should go to my wife, {{PERSON|Cordelia Bellamy}}, as the gift was from her account ({{IBAN|GB46 LOYD 7712 0440 1983 57}}). Her email is {{EMAIL|cordelia.b@fastmail.example}}.

Best wishes,
{{PERSON|Hugh Bellamy}}
{{PHONE|01865 292 744}}`),
  t("chat", `(14:31) {{PERSON|maisie}}: hello, did you get my application for the 2 bed on Elm Road?
(14:33) {{PERSON|Ravi}} @ Kingsgate Lettings: Hi {{PERSON|Maisie}}, yes we did. We just need the referencing form. The referencing company will text you from {{PHONE|0330 088 4122}}.
(14:33) {{PERSON|maisie}}: ok. do you need my NI number for that?
(14:34) {{PERSON|Ravi}} @ Kingsgate Lettings: No, only for right-to-rent you'll need ID. Please don't send it here.
(14:35) {{PERSON|maisie}}: too late lol my NI is {{UK_NINO|WK 70 18 33 A}}
(14:35) {{PERSON|Ravi}} @ Kingsgate Lettings: Ha, no problem, I'll get the chat cleaned up.`),
  t("ticket", `Incident {{neg:case-number|INC0049921}} – Student portal
Raised by: {{PERSON|Ellison, Kwame}} (Student Services)
Affected: applicant {{PERSON|Freya Dunleavy}}, applicant no. {{neg:customer-number|2604418}}
Issue: locked out after 5 attempts. Lockout IP {{IP_ADDRESS|10.41.8.212}} (campus Wi-Fi) and {{IP_ADDRESS|2001:db8:1c0:22::4e}}.
Resolution: account unlocked, reset link sent to {{EMAIL|freya.dunleavy@alumni.example}}.
Version: portal {{neg:version|4.18.2}}`),
  t("transcript", `agent: thanks for calling parcelhop my name is {{PERSON|dean}}
caller: hiya i've had a card through the door saying you tried to deliver but i was in all day
agent: sorry about that what's the tracking number
caller: {{neg:tracking-number|PH 4471 0928 331}}
agent: and your postcode
caller: {{neg:postcode|NE6 5TR}}
agent: ok i've rebooked for tomorrow can i take a number for the driver
caller: yeah {{PHONE|oh seven four one two, five five nine, three eight two}}
agent: lovely and your name
caller: {{PERSON|bev}} {{PERSON|beverley armitage}}`),
  t("note", `{{PERSON|A. Templeton}} - mortgage AIP. income {{neg:amount|£48k}} + partner {{PERSON|Jo}} {{neg:amount|£31k}}. looking at {{neg:amount|£310,000}} in Didsbury. needs DIP by {{neg:date|19/12}}. cb {{PHONE|0161 832 5519}} after 5. email {{EMAIL|a.templeton@home.example}}`),
  t("email", `Hi there,

I'm writing to complain about my new phone contract. I was told in store by a salesman called {{PERSON|Connor}} that the upfront cost was {{neg:amount|£0}}, but my first bill is {{neg:amount|£214.36}}. The bill also shows a {{neg:amount|£15}} "activation fee".

My account number is {{neg:account-number|710 442 981}} and my number is {{PHONE|07538 092 617}}.

I paid with card {{CARD|5162 4400 9381 7717}} in the shop. Please refund the difference.

Regards,
Mrs {{PERSON|Yolanda Pike}}`),
  t("sms", `Flightline Baggage: we've found your bag (ref {{neg:reference|MANFL55102}}). It'll be delivered Sat {{neg:date|13 Dec}}. Questions: {{PHONE|0800 048 2291}}`),
  t("chat", `Brightstone Mortgages — web chat
10:14 – Visitor: what documents do I need for a remortgage?
10:15 – {{PERSON|Olamide}} (Adviser): Hi! Usually 3 months of payslips, 3 months of bank statements and photo ID. Is it just you on the mortgage?
10:16 – Visitor: me and my husband {{PERSON|Ewan}}
10:16 – {{PERSON|Olamide}} (Adviser): Great, I'll send a checklist. What email should I use?
10:17 – Visitor: {{EMAIL|kirsty.macaulay@mailhub.example}}, I'm {{PERSON|Kirsty}}
10:17 – {{PERSON|Olamide}} (Adviser): Sent! You can also ring us on {{PHONE|0131 496 0852}}.`),
  t("ticket", `Case: {{neg:case-number|VET-3381}} | Priority: high
Client: Ms {{PERSON|Beatrix Okwuosa}}
Patient: "Mango" (cat, 4y)
Issue: client says invoice of {{neg:amount|£389.20}} charged twice to card ending {{neg:masked-card|**7717}}.
Owner: {{PERSON|Lydia}} (practice manager)
Next step: call client back on {{PHONE|07866 203 149}} once refund is processed ({{neg:date|8 Dec}}).`),
  t("note", `prescription delivery failed - Mr {{PERSON|Obi}} not in. left card. cb {{PHONE|0113 496 0561}}. NB pt is diabetic, insulin in fridge bag, re-attempt before {{neg:time|1pm}} tmrw. driver {{PERSON|Stu}}`),
]
