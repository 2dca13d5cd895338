// en-US texts, part 5: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_5 = [
  t("note", `FD delivery complaint. {{PERSON|Shantel}} (cx) says driver left food at wrong bldg, 4B vs 4D. Driver {{PERSON|Luis G}}. disputes. Refunded {{neg:amount|$27.14}} to {{neg:masked-card|xxxx-4109}}. Cx phone {{PHONE|404.633.2170}}, alt {{PHONE|404.997.0382}} (work). Order {{neg:order-number|44-081275}}.`),
  t("email", `Subject: Appointment reminder – Tue, {{neg:date|Apr 7}}

Dear {{PERSON|Rosalyn}},

This is a reminder of your physical therapy session with Dr. {{PERSON|Amit Desai}} on Tuesday, {{neg:date|April 7}} at {{neg:time|3:30 PM}}.

Please bring your insurance card and a photo ID. To cancel, call {{PHONE|(919) 274-6605}} at least 24 hours ahead or a {{neg:amount|$40}} fee applies.

Carolina Spine & Joint
This email was sent from an unmonitored mailbox.`),
  t("chat", `👋 Hi! I'm Penny, the Pennant Insurance assistant.
me: need to file a claim, someone backed into my car in a parking lot
Penny: I'm sorry! Let me connect you with a person.
{{PERSON|Curtis}} from Claims: Hi, {{PERSON|Curtis}} here. Got the other driver's info?
me: yeah {{PERSON|Margo Lindell}} 📞 {{PHONE|602-718-4433}}, her insurer is Coyote Mutual policy {{neg:policy-number|CM-4418290-AZ}}
{{PERSON|Curtis}} from Claims: Great. Your claim # is {{neg:claim-number|PN-90311852}}.`),
  t("ticket", `TICKET {{neg:ticket-number|TX-HELP-5501}}
Caller: {{PERSON|Nguyen, Bao}}
SSN (verified): {{US_SSN|531-82-6604}}
Issue: Property tax exemption letter not received for parcel {{neg:account-number|14-22-301-008}}
Callback: {{PHONE|(702) 441-8820}}, best before {{neg:time|10 AM}}
Resolution: Reissued letter by mail to {{neg:postcode|89117}}.`),
  t("sms", `(voicemail transcription) hi this message is for {{PERSON|kendra}} this is {{PERSON|mike}} with apex home insurance about the water claim the plumber report came in please call me back at {{PHONE|eight one six, two oh four, nine nine one two}} thanks`),
  t("transcript", `[00:00:01] AGENT: PeakNet support, you're speaking with {{PERSON|Dev}}.
[00:00:04] CALLER: Hi {{PERSON|Dev}}, my wifi keeps kicking devices off.
[00:00:07] AGENT: Sorry about that. Can I get your name and the account email?
[00:00:10] CALLER: {{PERSON|Carol-Ann Whitby}}, {{EMAIL|cawhitby@example.org}}.
[00:00:18] AGENT: Thanks, {{PERSON|Carol-Ann}}. I see your gateway handing out {{IP_ADDRESS|172.16.0.23}} to your laptop. Let's change the channel.`),
]
