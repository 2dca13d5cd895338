// Polish, Portuguese and Nordic (Swedish, Danish, Norwegian, Finnish) texts.
import type { Template } from "./templates-en.ts"

export const PL: Template[] = [
  ["chat", `Klient: Dzień dobry, nazywam się {name}, nie dotarła paczka {tracking} 😟
{agent} (BOK): Dzień dobry! Proszę o numer telefonu do kuriera.
Klient: {phone}
{agent} (BOK): Dziękuję, nowa data doręczenia {date}.`],
  ["note", `{title} {last} zgłasza zmianę konta do polecenia zapłaty. Nowy IBAN {iban}. Rata {amount} od {date}. Tel. kontaktowy {phone}.`],
  ["email", `Od: {email}
Temat: Reklamacja faktury {invoice}

Dzień dobry,

na fakturze {invoice} naliczono {amount} zamiast {amount#2}. Proszę o korektę.

Pozdrawiam,
{name}
tel. {phone}`],
  ["summary", `Rozmowa {date}, {time}: {ltitle} {last} zgłasza awarię internetu. Router {version}, IP {ip4}. Zgłoszenie {ticket}. Osoba kontaktowa: {other}.`],
  ["chat", `{agent} (BOK): Dzień dobry 👋 w czym mogę pomóc?
Klient: zapłaciłem kartą {card} a zamówienie {order} jest anulowane
{agent} (BOK): Widzę zwrot {amount} w trakcie realizacji.`],
  ["note", `Brak danych osobowych. Awaria w rejonie {postcode} od {date}. Wersja {version}. Powiązane zgłoszenia {ticket}, {ticket#2}.`],
  ["crm", `imię: {first}
nazwisko: {last}
e-mail: {email}
telefon: {intl}
nr klienta: {acct}`],
]

export const PT: Template[] = [
  ["chat", `Cliente: Olá, chamo-me {name} e a minha encomenda {order} não chegou 😞
Assistente {agent}: Olá {first}! Pode confirmar o seu telemóvel?
Cliente: {phone}
Assistente {agent}: Obrigada, a entrega {tracking} está prevista para {date}.`],
  ["note", `{title} {last} pede alteração do débito direto. Novo IBAN {iban}. Prestação {amount} a partir de {date}. Contacto {phone}.`],
  ["email", `De: {email}
Assunto: Fatura {invoice} com valor errado

Bom dia,

foi-me cobrado {amount} em vez de {amount#2}. Peço que me liguem para {phone}.

Atenciosamente,
{name}`],
  ["summary", `Chamada {date} {time}: {title} {last} reporta falha de internet. Router {version}, IP {ip4}. Pedido {ticket}. Cliente está no Brasil até ao fim do mês: {phone:BR}.`],
  ["chat", `Assistente {agent}: Boa tarde 🙂 em que posso ajudar?
Cliente: paguei com o cartão {card} mas a encomenda foi cancelada
Assistente {agent}: Vejo um reembolso de {amount} em processamento.`],
  ["note", `Sem dados pessoais. Avaria código postal {postcode} desde {date}. Versão {version}. Pedidos relacionados {ticket}.`],
  ["crm", `Nome: {first}
Apelido: {last}
Email: {email}
Telemóvel: {intl}
N.º cliente: {acct}`],
]

export const SV: Template[] = [
  ["chat", `Kund: Hej, jag heter {name} och min faktura {invoice} är fel 😕
Handläggare {agent}: Hej {first}! Vilket nummer kan jag ringa dig på?
Kund: {phone}
Handläggare {agent}: Tack, jag ringer före {time}.`],
  ["note", `Kunden {name} byter konto för autogiro. Nytt IBAN {iban}. Belopp {amount} från {date}. Tel {phone}. Ärende {ticket}.`],
  ["email", `Från: {email}
Ämne: Felaktig faktura {invoice}

Hej,

jag har debiterats {amount} två gånger den {date}.

Med vänliga hälsningar
{name}`],
  ["summary", `Samtal {date} {time}: {name} anmäler avbrott i bredbandet. Router {version}, IP {ip4}. Tekniker bokad. Ärende {ticket}.`],
  ["crm", `förnamn: {first}
efternamn: {last}
e-post: {email}
mobil: {intl}
kundnummer: {acct}`],
]

export const DA: Template[] = [
  ["chat", `Kunde: Hej, mit navn er {name}, min pakke {tracking} er ikke kommet 📦
Medarbejder {agent}: Hej {first}! Hvilket nummer kan chaufføren ringe til?
Kunde: {phone}
Medarbejder {agent}: Tak, ny leveringsdato {date}.`],
  ["note", `Kunde {name} ønsker ny konto til betalingsservice. IBAN {iban}. Beløb {amount} fra {date}. Tlf. {phone}.`],
  ["email", `Fra: {email}
Emne: Faktura {invoice}

Hej,

beløbet på {amount} passer ikke. Ring venligst på {phone}.

Med venlig hilsen
{name}`],
  ["summary", `Opkald {date} kl. {time}: {name} melder nedbrud. Router {version}, IP {ip4}. Sag {ticket}.`],
]

export const NO: Template[] = [
  ["chat", `Kunde: Hei, jeg heter {name} og fakturaen {invoice} er feil 😕
Rådgiver {agent}: Hei {first}! Hvilket nummer kan jeg ringe deg på?
Kunde: {phone}
Rådgiver {agent}: Takk, jeg ringer deg før {time}.`],
  ["note", `Kunde {name} bytter konto for avtalegiro. IBAN {iban}. Beløp {amount} fra {date}. Tlf {phone}.`],
  ["email", `Fra: {email}
Emne: Feil på faktura {invoice}

Hei,

jeg ble trukket {amount} to ganger den {date}.

Med vennlig hilsen
{name}`],
  ["summary", `Samtale {date} kl. {time}: {name} melder feil på fiber. Ruter {version}, IP {ip6}. Sak {ticket}.`],
]

export const FI: Template[] = [
  ["chat", `Asiakas: Hei, nimeni on {name} ja lasku {invoice} on väärin 😕
Asiakaspalvelija {agent}: Hei {first}! Mihin numeroon voin soittaa?
Asiakas: {phone}
Asiakaspalvelija {agent}: Kiitos, soitan ennen klo {time}.`],
  ["note", `Asiakas {name} vaihtaa e-laskun tilin. IBAN {iban}. Summa {amount} alkaen {date}. Puh. {phone}.`],
  ["email", `Lähettäjä: {email}
Aihe: Lasku {invoice}

Hei,

minulta veloitettiin {amount} kahdesti {date}.

Ystävällisin terveisin
{name}`],
  ["summary", `Puhelu {date} klo {time}: {name} ilmoittaa vikaa laajakaistassa. Reititin {version}, IP {ip4}. Tiketti {ticket}.`],
]
