// English templates: speech-to-text transcripts (lower case, numbers said) and voicemails.

export const EN_TRANSCRIPT = [
  `
[00:00:02] agent: thank you for calling {~biz}, this is {a.lgiven}, how can i help
[00:00:06] caller: hi yeah um it's {c.lower}, i'm calling about {~what}
[00:00:11] agent: okay can you spell the surname for me
[00:00:14] caller: yeah it's {c.lspell}
[00:00:21] agent: lovely and a phone number
[00:00:24] caller: {phone.said}
[00:00:33] agent: and the date of birth
[00:00:35] caller: {sdob}
{@US|[00:00:38] agent: and your ssn please}
{@US|[00:00:40] caller: {ssn}}
{@GB|[00:00:38] agent: and your ni number please}
{@GB|[00:00:40] caller: {nino}}
[00:00:41] agent: thanks {c.lgiven}, what's happened
[00:00:44] caller: {~issue}
[00:00:58] agent: right okay. {~fix}`,
  `
agent: {~biz} payments, {a.lgiven} speaking
caller: hi i need to pay the {|deposit|balance} on {n1}, it's for {~what}
agent: sure, that's {amount}, go ahead with the long number when you're ready
caller: okay it's {card}
agent: and the expiry
caller: {exp}
agent: thank you, that's gone through. the receipt goes to... is it still {email}
caller: yes that's right
agent: lovely, anything else {c.lgiven}
caller: no that's it thanks`,
  `
speaker 1: {~biz}, you're speaking with {a.lgiven}
speaker 2: hi, i'm calling on behalf of {c.lower}, my name's {p.lower}
speaker 1: is {c.lgiven} there with you? i just need their okay
speaker 2: yes hang on... {c.lgiven} says that's fine
speaker 1: great. so {~what}, what's going on
speaker 2: {~issue}
{@US|speaker 1: okay. for the finance form i'll need the social, go ahead}
{@US|speaker 2: it's {ssn}}
{@GB|speaker 1: okay. for the finance form can i take the ni number}
{@GB|speaker 2: it's {nino}}
speaker 1: thank you. best number to call back
speaker 2: {phone2.said}
speaker 1: {~fix}`,
  `
ivr: welcome to {~biz}. calls [[name-word:may]] be recorded for training.
agent: hello you're through to {a.lgiven}
caller: hiya it's {c.lower}, my reference is {n1}
agent: thanks {c.lgiven}. and the postcode?
caller: {post}
agent: perfect. and the number we've got is {phone.said}, is that still right
caller: no it's changed, it's {land.said}
agent: updated. so what can i do
caller: {~issue}
agent: okay i'll get {k.lgiven} from the team to call you {sdate}`,
  `
[00:00:01] agent: {~biz} hello
[00:00:03] customer: oh hi um, is that {k.lgiven}? {k.lgiven} said to ring back
[00:00:08] agent: no, {k.lgiven}'s off today, i'm {a.lgiven}, can i help
[00:00:12] customer: it's about the number on the box, the {~ld}
[00:00:17] agent: yep read it out
[00:00:19] customer: {nd}
[00:00:27] agent: got it. and your name
[00:00:29] customer: {c.lower}. that's {c.lspell}
[00:00:36] agent: thanks. we'll send the paperwork to {email}`,
]

export const EN_VOICEMAIL = [
  `
Voicemail from {phone.intl} · {date} {time}
"hi this is {c.lower} calling about {n1} erm {~issue} could you call me back on {phone.said} thanks bye"`,
  `
New voicemail (transcribed)
From: {c} <{phone}>
"hello, message for {a.lgiven}... it's {c.lgiven} again... the [[name-word:bill]] came to {amount} and i thought we'd agreed less... {@US|for the finance form my social is {ssn}... }{@GB|the ni number you wanted is {nino}... }ring me on {land.said}... or email {email}... thanks"`,
  `
Voicemail left by {k} ({date}, {time}):
"hi {c.lgiven} it's {k.lgiven} from {~biz} just ringing about {~what}... {~fix}... if you could call us back on {bizline.said} {ext} or email {role}... thanks, bye"`,
  `
VM {time} - {c.caps} - "{~issue} my number's {phone.said}, ask for {a.lgiven} please, i spoke to {a.lgiven} on {sdate}"`,
  `
Voicemail · {date} {time} · from {phone}
"hi it's {c.lower} about the finance for {~what}... {@US|you asked for my social, it's {ssn}... }{@GB|you asked for my ni number, it's {nino}... }{@!US,GB|the reference is {n1}... }call me on {phone.said} if you need anything else, thanks"`,
]
