// en-US texts, part 4: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_4 = [
  t("chat", `Visitor 4821: Hello, I'd like to pay my gym dues with a different card
Ironclad Fitness – {{PERSON|Brianna}}: Sure! For security please type it here, this chat is encrypted.
Visitor 4821: {{CARD|3742 881930 55216}} exp {{neg:card-expiry|09/28}}
Ironclad Fitness – {{PERSON|Brianna}}: Thanks! And the name on the membership?
Visitor 4821: {{PERSON|Ty Okoro}}
Ironclad Fitness – {{PERSON|Brianna}}: All set, {{PERSON|Ty}}. Next draft {{neg:amount|$44.00}} on {{neg:date|the 1st of June}}.`),
  t("sms", `FROM {{PHONE|+1 (833) 274-0198}}: BayTrust Fraud Alert: Did you attempt {{neg:amount|$899.00}} at ELECTROMART on card ending {{neg:masked-card|**6650}}? Reply YES or NO. Msg&data rates may apply.`),
  t("transcript", `AGENT: Thank you for calling Sunline Health, this is {{PERSON|Patrice}}. Are you calling for yourself?
CALLER: No, for my mom, {{PERSON|Evelyn Ruiz}}. I'm {{PERSON|Hector}}, her son, I'm on the HIPAA form.
AGENT: Okay, {{PERSON|Hector}}, I see you listed. What can I do?
CALLER: Her colonoscopy prep instructions never came. Can you email them to {{EMAIL|hector.ruiz.jr@example.com}}?
AGENT: Done. And her procedure is {{neg:date|December 2}} at {{neg:time|7:15 a.m.}} at the Elm Street center, zip {{neg:postcode|02139}}.
CALLER: Perfect. If anything changes call me on {{PHONE|617-441-2308}}.`),
  t("note", `returns - cx {{PERSON|D. Kowalski-Reyes}} wants refund to diff card since orig card closed. cannot do, advised store credit {{neg:amount|$212.35}}. she read me card {{neg:luhn-invalid|4024 0071 5336 7719}} anyway - doesnt validate. rma {{neg:return-number|RMA-771204}}. ok w/ credit.`),
  t("email", `Subject: Re: Your 1099-K question

Hello Mr. {{PERSON|Castellano}},

For the payout account you asked us to update, we need the SSN shown on your tax forms. Please reply only through the secure portal, not email. Our records show SSN ending 7720; the full number must match.

Thanks,
Tax Support, Cartwheel Marketplace
{{PHONE|(888) 412-7093}}

> On {{neg:date|Mar 12}}, {{PERSON|Vince Castellano}} wrote:
> my social security is {{US_SSN|287-45-7720}}, can you update it? i'm on {{PHONE|201 388 4419}}`),
  t("ticket", `Ticket: {{neg:ticket-number|ISP-0093317}}
Subject: IPv6 not assigned
Reported by: {{PERSON|lena park}} ({{EMAIL|lenapark@example.net}})
Router LAN {{IP_ADDRESS|10.1.1.1}}, WAN {{IP_ADDRESS|198.51.100.88}}, no global v6, link-local {{IP_ADDRESS|fe80::1c2b:3dff:fe4a:91}}
Model: XR-500 firmware {{neg:version|2.1.44}}
Update ({{PERSON|Omar}}): provisioning fixed, prefix {{IP_ADDRESS|2001:db8:77::}} delegated.`),
  t("sms", `Hi it's {{PERSON|Grace}} at Lakeside Inn. Your room's ready early! Door code arrives by text at {{neg:time|2:00 PM}}. Booking {{neg:booking-ref|LKI-30194}}. Call the desk at {{PHONE|(231) 526-4090}} if you need anything.`),
  t("transcript", `agent: electric company moving desk can i have the account number
caller: uh its {{neg:account-number|8830 2291 07}}
agent: and the name
caller: {{PERSON|bill}} {{PERSON|hargrove}}
agent: thanks {{PERSON|bill}} whats the move date
caller: the twenty eighth
agent: and a number to reach you
caller: {{PHONE|five oh three, two two seven, four nine oh one}}`),
]
