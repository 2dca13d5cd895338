// English templates: e-mails with signatures and quoted replies.

export const EN_EMAIL = [
  `
Subject: Re: {|Your booking|Your service visit|Your repair} {n1}

Hi {a.given},

Thanks for getting back to me. {issue} Could someone ring me on {phone} before {time}? I'm out all day on {date}.

Best,
{c}
{phone.nat}

On {date2}, {a} <{amail}> wrote:
> Dear {c.given},
> Thank you for contacting {biz}. {fix}
> Kind regards,
> {a.given}
> {biz} | {bizline} | {role}`,
  `
Subject: {biz} - {|finance application|payment plan} {n1}

{c.dear},

Thank you for your application for {what}. For the credit check we hold the following:

Name: {c.tfull}
Date of birth: {dob}
{@US|Social security number: {ssn}}
{@GB|National Insurance number: {nino}}
Address: {house} {|Mill|Chapel|Orchard} [[name-word:Lane]], {post}
Phone: {phone}
?Application submitted from IP {ip} on {date2}
{@US|Note: the SSN {ssnbad} typed on the online form was rejected, so we used the one above.}{@GB|Note: the NI number {ninobad} typed on the online form was rejected, so we used the one above.}

Please check these details and reply to {role} if anything is wrong. Never send card numbers by email.

Yours sincerely,
{a}
{|Finance team|Customer accounts}, {biz}
{aline} {ext}`,
  `
Subject: Refund for {n1}

Hello,

I cancelled {what} on {date} and was promised a refund of {amount}. Please pay it to:
{refund}
Account name: {c}

If you need to check anything my number is {phone}.

Thanks,
{c.given}

--
Sent from my phone`,
  `
{k.given}, can you pick this up please? {a.given}

---------- Forwarded message ---------
From: {c} <{email}>
Date: {date}, {time}
Subject: Complaint - {n1}
To: {role}
X-Originating-IP: [{ip4}]

To whom it [[name-word:may]] concern,

{issue} This is the second time, and I have been passed between {q.given} and your office twice already.
I expect a call on {phone} by {date2}.

{c}`,
  `
From: {a} <{amail}>
To: {k} <{kmail}>
Cc: {role}
Subject: {c.caps} - {n2}

Hi {k.given},

{c.title} called again about {what}. {issue}
I said you'd ring back today. Numbers: {phone} (mobile), {land} (home). {c.title} also mentioned a {rd} on the paperwork, no idea what that is, can you check?

Thanks,
{a.given}
{biz} | {aline} {ext}`,
  `
Subject: Re: Re: quote

Hi {c.given},

Great to speak earlier. As promised, the quote for {what} is {amount} all in, valid for {dur}. {fix}

If you're happy to go ahead, reply to this email or call me on {aline} {ext}. [[name-word:Hope]] to hear from you soon.

{a}
{|Sales|Bookings|Customer care} | {biz}
{amail}

> On {date}, {c} <{email}> wrote:
> Hi, could you send me the price we talked about? Thanks, {c.given}
> {phone}`,
  `
Subject: balance for {n1}

Hi,

Please take the balance of {amount} for {what} from my card: {card}, expiry {exp}. I'll give the code over the phone if you need it.
Any problems call me on {phone}.

{c}

----- Reply from {a} ({biz}) -----
Dear {c.given},
Thank you. For your security please never send card details by email; I have deleted your message and the payment was taken over the phone instead (card ending {masked}).
{a.given} | {aline} {ext}`,
]
