// Czech: a mortgage broker (hypoteční makléř), a wedding venue (svatební statek), the town hall's
// services line (svoz odpadu, parkovací karta, poplatky) and a language school.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const CS: Template[] = [
  { kind: 'form', nfd: true, make: (g: G): Piece => {
    const c = g.who('czech')
    return r`ŽÁDOST O HYPOTÉČNÍ ÚVĚR – Hypoteční centrum Vltava
Příjmení a jméno: ${P.caps(c)}
Rodné číslo: ${g.n.rc()}
Telefon: ${g.ph('CZ', g.pick(['nat', 'intl', 'intl00']))}
E-mail: ${g.mail(c, g.pick(['seznam.cz', 'email.cz', 'centrum.cz']))}
Účet pro splácení: ${g.iban('CZ')}
Výše úvěru: ${g.n.amount('CZK', 1500000, 6500000)}, splatnost ${g.pick([25, 30])} let
Odesláno ${g.n.date('dot')} ${g.n.time('24')}, IP ${g.ip()} ${g.emo()}`
  } },
  { kind: 'sms', make: (g) => {
    const c = g.who('czech')
    return r`${g.emo()} dobry den ${P.lowerGiven(c)}, vase parkovaci karta ${g.ref('permit-number', 'PK-XXXXXX')} pro zonu ${g.pick(['P1', 'P7', 'P10'])} plati do ${g.n.date('dot')}. Dotazy: ${g.ph('CZ', 'nat')}. MÚ Praha`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('czech'), a = g.who('czech')
    return r`${P.full(c)}: Dobrý den, máte volný termín na svatbu v ${g.n.word('May')}? tedy v květnu ${g.emo()}
${P.full(a)} (Statek Pod Lipou): Dobrý den, ${g.n.date('dot')} je volno. Kolik hostů?
${P.full(c)}: kolem ${g.int(50, 150)}. Zavolejte mi prosím na ${g.ph('CZ', g.pick(['nat', 'intl']))}
${P.full(a)}: Pošlu nabídku ${g.ref('quote-ref', 'NAB-XXXX')} na ${g.mail(c, 'seznam.cz')}. Záloha ${g.n.amount('CZK', 10000, 40000)}.`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('czech'), a = g.who('czech')
    return r`Shrnutí hovoru (AI): ${P.full(c)} volal(a) kvůli nevyvezené popelnici na ulici v ${g.mark()} ${g.emo()}. Založen požadavek ${g.ref('service-request', 'POZ-XXXXXXX')}. Poplatek za odpad ${g.n.amount('CZK', 600, 1200)} zaplacen kartou ${g.card(g.pick(['visa', 'mc', 'maestro']))}. Zpětné volání: ${g.ph('CZ', 'intl')}. Operátor: ${P.full(a)}.`
  } },
  { kind: 'email', make: (g) => {
    const c = g.who('czech'), co = g.who('czech')
    return r`Předmět: RE: Kurz angličtiny B2 – platba

Dobrý den, ${P.full(c)},
kurz ${g.ref('course-code', 'AJ-B2-XX')} začíná ${g.n.date('dot')} v ${g.n.time('24')}. Kurzovné ${g.n.amount('CZK', 4000, 12000)} prosím uhraďte na ${g.iban('CZ')}, VS ${g.ref('payment-ref', 'XXXXXXXXXX')}. ${g.emo()}

S pozdravem
${P.full(co)}, Jazyková škola Most
${g.ph('CZ', 'nat')} | ${g.mail(co, 'jsmost.cz')}

> ${g.n.date('dot')} ${P.full(c)} napsal(a):
> Můžu platit na splátky?`
  } },
  { kind: 'csv', nfd: true, make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 3; i++) {
      const c = g.who('czech')
      rows.push(r`\n${g.ref('student-id', 'S-XXXXX')},"${P.caps(c)}",${g.ph('CZ', g.pick(['intl', 'nat', 'natcompact']))},${g.mail(c, 'email.cz')},${g.n.date('dot')}`)
    }
    return r`id,jmeno,telefon,email,zapis${rows}`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('czech')
    return r`{"udalost":"poptavka","svatba":{"datum":"${g.n.date('iso')}","hoste":${g.int(30, 160)}},"kontakt":{"jmeno":"${P.full(c)}","telefon":"${g.ph('CZ', 'intlcompact')}","email":"${g.mail(c, 'gmail.com')}"},"klient_ip":"${g.ip(true)}","verze":"${g.n.version()}"}`
  } },
  { kind: 'note', make: (g) => {
    const c = g.who('czech')
    return r`pozn. ${g.n.date('dot')}: ${P.lower(c)} chce refinancovat, sazba ${g.ref('rate', '[4-5],XX %')}, LTV 80 %. tel ${g.ph('CZ', g.pick(['natcompact', 'nat']))} ${g.emo()}. RČ nechtěl dát – ok.`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('czech'), a = g.who('czech')
    return r`operátorka: městský úřad ${P.lowerGiven(a)} dobrý den
volající: dobrý den tady ${P.lower(c)} volám kvůli parkovací kartě ${g.emo()}
operátorka: na jaké číslo vám můžu zavolat
volající: ${g.ph('CZ', 'spoken')}`
  } },
  { kind: 'note', make: (g) => r`úkoly ${g.n.date('dot')} ${g.emo()}: žádost ${g.ref('application-ref', 'HU-2026-XXXX')} čeká na odhad; RČ ve formuláři ${g.n.rc()}; účet ${g.n.ibanBad('CZ')} má špatné kontrolní číslo; karta ${g.n.luhn()} zamítnuta; splátka ${g.n.amount('CZK', 9000, 30000)} k ${g.n.date('dot')}; systém ${g.n.version()}` },
]
