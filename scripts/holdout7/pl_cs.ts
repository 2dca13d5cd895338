// Polish and Czech templates.
import { join, N, x } from "./build"
import type { Template } from "./types"

export const PL: Template[] = [
  {
    kind: "fraud-call",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const a = g.person("m")
      return join([
        x`Konsultant ${g.P(a.first)}: Bank Wiślany, dział bezpieczeństwa, dzień dobry.`,
        x`Klient: dzień dobry, nazywam się ${g.P(c.full)}, z karty ${g.card()} zniknęło ${g.amount()} w dniu ${g.date()}`,
        x`Konsultant: blokuję kartę. Numer rachunku ${g.account()} pozostaje bez zmian. Oddzwonić na ${g.phone()}?`,
        x`Klient: tak, albo proszę pisać na ${g.email(c)}`,
      ])
    },
  },
  {
    kind: "claim-form",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`Zgłoszenie szkody (wklejone z formularza)
Nr polisy: ${g.policy()}
Nr szkody: ${g.claim()}
${c.f ? "Ubezpieczona" : "Ubezpieczony"}: ${g.title(c)} ${g.surname(c)}
Data zdarzenia: ${g.date()}, godz. ${g.time()}
Adres: ${N("street", g.r.pick(["ul. Mikołaja Kopernika", "ul. Marii Skłodowskiej-Curie", "al. Jana Pawła II"]))} ${g.r.int(1, 90)}, ${g.postcode()} ${g.town()}
Telefon: ${g.phone()}
Konto do wypłaty: ${g.iban()}
Szacunkowa kwota: ${g.amount()}`
    },
  },
  {
    kind: "porting",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      return x`${g.emo()}dzien dobry, tu ${g.P(c.first.toLowerCase())}, chce przeniesc numer ${g.phone()} do was od ${g.date()}. nowa karta sim ${g.iccid()}, pakiet ${g.gb()} za ${g.price()} miesięcznie. mail ${g.email(c)}`
    },
  },
  {
    kind: "dd-mandate",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      return x`Zgoda na polecenie zapłaty
Posiadacz rachunku: ${g.P(c.full)}
Rachunek: ${g.iban()}
BIC: ${g.bic()}  Identyfikator płatności: ${g.account()}
Zgoda złożona online z adresu IP ${g.ip()} dnia ${g.date()}.
Uwaga: poprzedni numer ${g.badIban()} ma błędną sumę kontrolną. Pierwsza płatność ${g.amount()} dnia ${g.date()}.`
    },
  },
  {
    kind: "escalation",
    biz: "insurer",
    f: (g) => {
      const a = g.person()
      const b = g.person()
      return x`@${g.P(b.first)} proszę przejąć: klientka ${g.P(g.person("f").full)} (szkoda ${g.claim()}) dzwoni trzeci raz, ${g.P(a.full)} ${a.f ? "obiecała" : "obiecał"} kontakt do ${g.time()}. Tel. ${g.phone()}. Dzięki, ${g.P(a.first)}`
    },
  },
  {
    kind: "authority-letter",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const s = g.person("m")
      return x`Upoważnienie
Ja, ${g.P(c.full)}, upoważniam do rozmów w moim imieniu w sprawie rachunku ${g.account()} mojego syna: ${g.P(s.full)}. Kontakt: ${g.phone()}, ${g.email(s)}.
${g.town()}, ${g.date()}, podpis: ${g.P(c.full)}`
    },
  },
]

export const CS: Template[] = [
  {
    kind: "bot-handoff",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return join([
        x`Virtuální asistent: Dobrý den, s čím vám mohu pomoci?`,
        x`Virtuální asistent: Jak se jmenujete?`,
        x`Zákazník: ${g.P(c.full)}, chci výměnu SIM, telefon mi ukradli. číslo ${g.phone()}`,
        x`Virtuální asistent: Předávám vás operátorovi.`,
        x`[${g.time()}] ${g.P(a.first)} ${a.f ? "převzala" : "převzal"} konverzaci`,
        x`${g.P(a.first)}: Dobrý den, nová SIM ${g.iccid()} bude aktivní do ${g.date()}. IMEI ukradeného telefonu ${g.imei()} jsme zablokovali.`,
        x`Zákazník: ${g.emo()}díky, e-mail ${g.email(c)}`,
      ])
    },
  },
  {
    kind: "claim-form",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`Hlášení pojistné události (zkopírováno z formuláře)
Číslo pojistné smlouvy: ${g.policy()}
Číslo škodní události: ${g.claim()}
Pojištěný: ${g.P(c.full)}
Datum: ${g.date()} v ${g.time()}
Adresa: ${N("street", g.r.pick(["Masarykova", "Palackého", "Husova"]))} ${g.r.int(1, 99)}, ${g.postcode()} ${g.town()}
Telefon: ${g.phone()}
Účet pro výplatu: ${g.iban()}
Odhad škody: ${g.amount()}`
    },
  },
  {
    kind: "fraud-call",
    biz: "bank",
    f: (g) => {
      const c = g.person("f")
      return x`přepis hovoru: dobrý den tady ${g.P(c.full.toLowerCase())} volal mi někdo z čísla ${g.foreignPhone()} že je z banky a já jsem mu řekla číslo karty ${g.card()} ... z účtu ${g.account()} odešlo ${g.amount()}`
    },
  },
  {
    kind: "complaint-email",
    biz: "telecom",
    f: (g) => {
      const c = g.person("f")
      const a = g.person()
      return x`Od: ${g.email(c)}
Předmět: RE: Reklamace ${g.ref()}

Dobrý den,
od ${g.date()} mi nefunguje internet (IP ${g.ip()}), platím ${g.price()} měsíčně za ${g.gb()}. Volejte ${g.phone()}.
S pozdravem
${g.P(c.full)}

> Dne ${g.date()} ${a.f ? "napsala" : "napsal"} ${g.P(a.full)}:
> Vážená paní ${g.surname(c)}, reklamaci řešíme.`
    },
  },
  {
    kind: "dd-mandate",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`Souhlas s inkasem (SEPA)
Majitel účtu: ${g.P(c.full)}
IBAN: ${g.iban()}  BIC: ${g.bic()}
Variabilní symbol: ${g.policy()}
Pozn.: IBAN ${g.badIban()} neprošel kontrolou, klient dodal nový. Pojistné ${g.amount()} od ${g.date()}.`
    },
  },
  {
    kind: "escalation",
    biz: "bank",
    f: (g) => {
      const a = g.person()
      const b = g.person()
      return x`${g.P(b.first)}, prosím převezmi: klient ${g.P(g.person("m").full)} (účet ${g.account()}) volá potřetí, ${g.P(a.full)} ${a.f ? "slíbila" : "slíbil"} zpětné volání do ${g.time()}. Karta ${g.badCard()} je neplatná. Tel. ${g.phone()}. Díky, ${g.P(a.first)}`
    },
  },
]
