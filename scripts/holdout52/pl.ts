// The Polish pack (pl-PL).
import type { Pack } from "./pack.ts"

export const PL: Pack = {
  lang: "pl",
  templates: {
    chat: [
      `
Zapis czatu · {biz} · {date}
IP odwiedzającego: {ip} · {browser}
[{clock}] {a.given} ({biz}): Dzień dobry, tu {a.given}. W czym mogę pomóc?
[{clock}] {c.given}: dzień dobry, piszę w sprawie {what}. {issue}
[{clock}] {a.given} ({biz}): Przykro mi. Poproszę imię i nazwisko oraz numer telefonu.
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Dziękuję, {c.tvoc}. Widzę zgłoszenie: {r1}. {fix}
[{clock}] {c.given}: super, proszę o potwierdzenie na {email}
[{clock}] {a.given} ({biz}): Wysłane. Miłego dnia!`,
      `
[{clock}] Konsultant: Witamy w {biz}, nazywam się {a.given}.
[{clock}] Klient: Dzień dobry, mam dostać zwrot {amount} za {n1}
[{clock}] Konsultant: Zgadza się. Na jakie konto przelać?
[{clock}] Klient: {iban}
[{clock}] Klient: przepraszam, lepiej na to drugie: {ibanx}
[{clock}] Konsultant: Zapisane. Właściciel konta?
[{clock}] Klient: {p}
[{clock}] Konsultant: Dziękuję. Zwrot potrwa około {dur}. Pytania: {bizline}.`,
      `
[{wadate}, {clock}] {c}: Dzień dobry, czy to {biz}? {issue}
[{wadate}, {clock}] {biz}: Dzień dobry, {c.tvoc}, tu {a.given} 👋 Czy ma Pan/Pani numer z naklejki ({ld})?
[{wadate}, {clock}] {c}: {nd}
[{wadate}, {clock}] {biz}: Dziękuję! {fix} {k} z naszego zespołu oddzwoni na {phone}.
[{wadate}, {clock}] {c}: dzięki! w ogrodzie akurat dojrzała [[name-word:malina]], poczęstuję montera 😊`,
    ],
    sms: [
      `{biz}: Dzień dobry, {c.tvoc}, wizyta {date} w godz. {time}–{time2} potwierdzona. Nr {n1}. Pytania: {bizline}`,
      `Dzień dobry, tu {c}, proszę o telefon w sprawie {n1} na {phone} po {time}. Dziękuję`,
      `{!jewel}Dzień dobry, {c.tvoc}, tu {k.given} z {biz}. Stoję przed numerem {house}, ale nie mam gdzie zaparkować. Może Pan/Pani zadzwonić na {kphone}?`,
    ],
    note: [
      `
Sprawa {case} | {biz}
Klient: {c.crm}
Data ur.: {dob} | Kod: {post}
Tel.: {phone} / {land}
E-mail: {email}
Nr: {r1}; {r2}
Notatka ({a.initial}, {date}): {issue} {fix}
Przypisano: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – połączenie przychodzące – {c.caps} – ws. {n1}. {issue} Potwierdzona data ur. {dob}. {fix} Prosi o telefon na {phone.intl} po {time2}. Przekazane – {k.given} (planowanie).`,
      `
Blokada konta klienta – {c} ({email})
{ts} nieudane logowanie x5 z {ip4}
{ts2} nieudane logowanie z {ip6}
Telefon do klienta na {phone}: tylko drugi adres należy do klienta. Reset: {a.given}; {k.given} sprawdza {ip4}. Aplikacja {ver}.`,
    ],
    callback: [
      `
PROŚBA O KONTAKT
Imię i nazwisko: {c}
Numer: {phone}
Najlepiej: {date}, po {time}
Dotyczy: {r1} – {issue}
Przyjął(a): {a.given} | oddzwania: {k}
?{^rd}`,
      `Oddzwonić: {c.crm} {phone} ws. {n1} – prosi, żeby oddzwonił(a) tylko {k.given}, nie przed {time}. {|Nagrana wiadomość.|Brak odpowiedzi x2.}`,
      `Proszę oddzwonić – {c.title}, {phone}; w razie czego {a.given}, tel. {aline} {ext}. Dotyczy {what}. {fix}`,
    ],
    email: [
      `
Temat: Odp: Zlecenie {n1}

Dzień dobry, {a.tvoc},

dziękuję za szybką odpowiedź. {issue} Czy mogą Państwo zadzwonić na {phone} przed {time}? Dnia {date} mnie nie będzie.

Pozdrawiam
{c}
{phone.nat}

Dnia {date2} {a} <{amail}> napisał(a):
> {c.dear},
> dziękujemy za kontakt z {biz}. {fix}
> Z poważaniem
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Temat: Zwrot {n1}

Dzień dobry,

anulowałem/am zamówienie w sprawie {what} dnia {date}, obiecano mi zwrot {amount}. Proszę o przelew na:
{refund}
Właściciel: {c}

Numer IBAN {ibanbad} z pierwszego maila był błędny.
W razie pytań: {phone}

Pozdrawiam
{c.given}`,
      `
---------- Przekazana wiadomość ---------
Od: {c} <{email}>
Data: {date}, {time}
Temat: Reklamacja {n1}
Do: {role}
X-Originating-IP: [{ip4}]

{issue} Już dwa razy odsyłano mnie od osoby do osoby (ostatnio: {q.given}).
Oczekuję telefonu na {phone} do {date2}.
{c}

{k.given}, możesz się tym zająć? Dzięki, {a.given}`,
    ],
    summary: [
      `
Podsumowanie rozmowy (automatyczne)
• Dzwoniący: {c}
• Konsultant: {a}
• Powód: {issue}
• Wynik: {fix}
• Dalej: {k.given} oddzwoni na {phone} do {date}
• Numery: {r1}, {r2}{%50|, {rd}}`,
      `
Zwrot – {date}
Klient: {c.crm} | {email}
Płatność: karta {masked}, {amount}
Zwrot: {amount2} na {refund}
Zatwierdził(a): {k} (kierownik zespołu)
Powód: {issue}
?Uwaga: IBAN {ibanbad} z formularza był nieprawidłowy (suma kontrolna).`,
      `
Rozmowa {case} – {date} {time} – {mins}
Przychodzące z {phone.intl}. Nazwisko przeliterowane: {c.spell}; {r1}.
Karta kończąca się na {masked}; nowa karta {luhnbad} odrzucona, potem przyjęta {card} (ważna do {exp}).
{fix} Dalej: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] konsultant: {~biz} dzień dobry, {a.lgiven} przy telefonie
[00:00:05] klient: tak dzień dobry yyy tu {c.lower}, dzwonię w sprawie {~what}
[00:00:11] konsultant: poproszę przeliterować nazwisko
[00:00:14] klient: {c.lspell}
[00:00:20] konsultant: dziękuję, i numer telefonu
[00:00:23] klient: {phone.said}
[00:00:33] konsultant: data urodzenia
[00:00:35] klient: {sdob}
[00:00:40] klient: {~issue}
[00:00:52] konsultant: dobrze. {~fix}`,
      `
rozmówca 1: {~biz}, {a.lgiven}, słucham
rozmówca 2: dzień dobry, dzwonię za kogoś. klient to {c.lower}, a ja jestem {p.lower}
rozmówca 1: czy {c.lgiven} jest obok? potrzebuję zgody
rozmówca 2: tak, chwileczkę... {c.lgiven} się zgadza
rozmówca 1: dobrze. co się dzieje
rozmówca 2: {~issue}
rozmówca 1: pod jaki numer oddzwonić
rozmówca 2: {phone2.said}`,
      `
konsultant: {~biz} płatności, {a.lgiven} przy telefonie
klient: dzień dobry chcę zapłacić {|zaliczkę|resztę} za {n1}
konsultant: oczywiście, to {amount}, proszę podać numer karty
klient: dobrze to jest {card}
konsultant: i data ważności
klient: {exp}
konsultant: dziękuję, przeszło. potwierdzenie pójdzie na... nadal {email}
klient: tak zgadza się
konsultant: świetnie, do usłyszenia, {c.lower}`,
    ],
    voicemail: [
      `
Wiadomość głosowa z {phone.intl} · {date} {time}
„dzień dobry tu {c.lower} w sprawie {n1} yyy {~issue} proszę o telefon na {phone.said} dziękuję do widzenia"`,
      `
Nowa wiadomość głosowa (transkrypcja)
Od: {c} <{phone}>
„halo, czy jest {a.lgiven}? ... to nagram się... tu znowu {c.lgiven}... faktura jest na {amount}, a umawialiśmy się inaczej... jestem pod numerem {land.said} albo mailowo {email}"`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: Nasz zespół pracuje od poniedziałku do piątku w godz. {time}–{time2}. Obecny czas oczekiwania: około {mins}.
[{clock}] Gość: ok dziękuję, zadzwonię jutro`],
    sms: [`{!jewel}{biz}: jesteśmy w drodze, będziemy około {time}. Nr {n1}.`, `{biz}: otrzymaliśmy płatność {amount} za {n1}, karta {masked}. Dziękujemy!`],
    note: [`Notatka operacyjna {date}: bus 3 w serwisie, zlecenia {n1} i {n3} przesunięte na {date2}. Części {track} dotrą do {time}. Aplikacja {ver} wdrożona.`],
    callback: [`Kolejka oddzwonień {date} {time}: 9 oczekujących, najstarsze od {mins}. Priorytet: {r1}, {r2}.`],
    email: [`Dziękujemy za wiadomość do {biz}. Biuro jest nieczynne do {date}. Prosimy podać {r1} w odpowiedzi.`],
    summary: [`Podsumowanie dnia {date}: 152 rozmowy, średni czas {mins}, zwroty {amount}. Sprawa {case} eskalowana.`],
    transcript: [`ivr: witamy w {~biz}. jesteśmy dostępni od {time} do {time2}. wciśnij jeden, aby umówić wizytę.`],
    voicemail: [`Wiadomość głosowa (numer zastrzeżony) · {date} {time}
„...halo? ... chodzi o {n1}... zadzwonię później"`],
  },
  biz: {
    stair: {
      what: ["krzesełka schodowego", "windy schodowej na zakręcie", "krzesełka na schodach do piwnicy", "podnośnika wannowego"],
      issue: ["Aplikacja nie przyjmuje numeru seryjnego {nd} z tabliczki pod siedziskiem.", "Krzesełko zatrzymuje się w połowie schodów i piszczy trzy razy.", "Siedzisko na górze już się nie obraca.", "Pilot na piętrze przestał działać.", "Trzeba przedłużyć szynę, zanim mama wróci ze szpitala ({date3}).", "Lampka baterii miga, choć krzesełko ładowało się całą noc."],
      fix: ["Pomiar umówiony: obecna szyna {nspec}, przedłużenie w osobnej wycenie.", "Zapasowy pilot wysłany dziś, nr przesyłki {track}.", "Umówiony serwisant: czyszczenie styków ładowania i test czujnika podnóżka.", "Zamówiona nowa dźwignia, montaż przy następnej wizycie.", "Klient przeprowadzony przez kluczyk i reset, krzesełko jeździ.", "Pomiar do przedłużenia szyny umówiony, oferta wkrótce.", "Baterie na gwarancji, nowa para wysłana dziś."],
      labels: ["zlecenie", "szyna", "przegląd", "nr seryjny"],
    },
    cater: {
      what: ["bufetu na 80 osób", "zamówienia przekąsek", "lunchu do biura", "przyjęcia po chrzcie", "menu na pożegnanie"],
      issue: ["Bank pokazuje zaliczkę pod numerem {nd}, a na fakturze jest inny numer.", "Potrzebujemy 74 nakryć zamiast 60 i dwóch wegańskich dań głównych.", "Jeden z gości ma silną alergię na orzechy i chcę to mieć na zamówieniu.", "Ciepłe dania przyjechały letnie, a deseru w ogóle nie było.", "Czy możemy przełożyć degustację na wieczór w tygodniu?", "Zaliczkę {amount} pobrano z karty dwa razy."],
      fix: ["Menu {nspec} potwierdzone z kuchnią, alergeny wypisane.", "Liczba osób zmieniona, kuchnia poinformowana, nowa faktura wkrótce.", "Alergia wpisana w zamówienie i w plan imprezy.", "Częściowy zwrot {small} za brakujący deser zatwierdzony.", "Degustacja przełożona na {date3}, godz. {time3}; szef kuchni potwierdza.", "Podwójna zaliczka anulowana, zwrot widoczny w ciągu {dur}."],
      labels: ["rezerwacja", "kod menu", "degustacja", "nr zaliczki"],
    },
    cool: {
      what: ["klimatyzacji", "klimatyzatora w sypialni", "kasety w biurze", "jednostki zewnętrznej"],
      issue: ["Zarejestrowałem/am gwarancję online i dostałem/am {nd}, ale potwierdzenie nie przyszło.", "Z jednostki wewnętrznej kapie po ścianie.", "W trybie chłodzenia dmucha ciepłym powietrzem i pokazuje E6.", "Jednostka zewnętrzna w nocy stuka i sąsiedzi się skarżą.", "Pilot pokazuje filtr, chociaż go wyczyściliśmy.", "Nikt nie przyjechał na przegląd {date3}, a wziąłem/wzięłam wolne."],
      fix: ["Zamówiony silnik wentylatora do {nspec}.", "Zapasowy pilot wysłany, nr przesyłki {track}.", "Odpływ skroplin udrożniony, pompka sprawdzona.", "Serwisant sprawdzi ciśnienie czynnika; rejestr F-gazów zaktualizowany.", "Zamówione podkładki antywibracyjne do jednostki zewnętrznej.", "Komunikat filtra zresetowany zdalnie.", "Nieodbyta wizyta zapisana jako reklamacja, dojazd {small} anulowany."],
      labels: ["umowa serwisowa", "model", "rejestr F-gazów", "nr rejestracji gwarancji"],
    },
    jewel: {
      what: ["pierścionka zaręczynowego", "zabytkowej broszki", "srebrnej bransoletki", "sygnetu", "naszyjnika z pereł"],
      issue: ["Ubezpieczyciel nadał szkodzie numer {nd} i potrzebuje Państwa wyceny.", "Łapka w pierścionku zaręczynowym się poluzowała i kamień się rusza.", "Grawer na bransoletce ma złe inicjały.", "Chcę zmienić rozmiar pierścionka z 12 na 15.", "Na zawieszce ma być wygrawerowana [[name-word:róża]], czy zdążą Państwo do {date3}?", "Potrzebuję wyceny dla ubezpieczyciela po włamaniu."],
      fix: ["Grawer powtórzony bezpłatnie, projekt {nspec} wysłany do akceptacji.", "Biżuteria odesłana przesyłką wartościową, nr {track}.", "Łapki poprawione, kamień sprawdzony.", "Grawer powtórzony bezpłatnie, nowy projekt wysłany do akceptacji.", "Zmiana rozmiaru zaplanowana w pracowni, gotowe za {dur}.", "Nowe zapięcie założone, biżuteria wyczyszczona.", "Termin wyceny umówiony, certyfikat za {dur}."],
      labels: ["koperta naprawy", "projekt graweru", "certyfikat wyceny", "nr szkody"],
    },
  },
  words: { ext: ["wew."], routing: "kod banku", account: "konto", branch: "oddział" },
}
