// Polish (Poland): czat, notatka, prośba o oddzwonienie, e-mail z cytatem, podsumowanie rozmowy, transkrypcja.
import type { Pack } from "./pack.ts"

export const PL: Pack = {
  lang: "pl",
  titles: { f: ["Pani", "pani"], m: ["Pan", "pan"] },
  phrases: {
    paycard: ["karta {card}, ważna do {expiry}", "numer karty {card} ({expiry})"],
    payiban: ["IBAN {iban}", "zwrot na konto {iban}", "moje konto: {iban}"],
    badcard: ["karta {luhnbad} została odrzucona", "płatność kartą {luhnbad} nie przeszła"],
    badiban: ["bank twierdzi, że IBAN {ibanbad} jest nieprawidłowy", "IBAN {ibanbad} odrzucony (literówka?)"],
    hi: ["Dzień dobry", "Cześć", "Witam", "Hej"],
    bye: ["Pozdrawiam", "Z poważaniem", "Dziękuję", "Miłego dnia"],
    um: ["yyy", "eee", "no"],
    sayok: ["dobrze", "okej", "jasne", "tak"],
    nw: ["Na ladzie stoi [[name-word:róża]] w wazonie.", "Nowy zapach: [[name-word:jagoda]] i mięta.", "Herbata w poczekalni ma smak: [[name-word:malina]].", "Na etykiecie jest [[name-word:róża]].", "Pod oknem biura rośnie [[name-word:kalina]]."],
  },
  biz: {
    sleep: {
      longline: ["Umowa ratalna {long}"],
      item: ["materac", "łóżko kontynentalne", "topper"],
      issue: ["materac miał przyjechać {date} i nikt nie przyjechał, zamówienie {ref}", "topper z zamówienia {ref} przyszedł z rozdartym pokrowcem", "chcę oddać materac w ramach 100 nocy testowych, zamówienie {ref}", "pobraliście {amount} dwa razy, zamówienie {ref}", "moja umowa ratalna {long} pokazuje złe saldo"],
      nissue: ["dostawa {ref} z {date} nie doszła do skutku", "zwrot w okresie testowym, {ref}, odbiór do ustalenia", "uszkodzony pokrowiec, nr art. {n.mattress-sku}", "podwójne obciążenie {amount} za {ref}", "raty {long}: błędne saldo"],
      sissue: ["materac nie przyjechał miał być {dsaid}", "chcę oddać materac jest za twardy", "pokrowiec jest rozdarty"],
      fix: ["dostawa przełożona na {date2} między {time} a {time2}", "zwrot {n.trial-return} założony, przewoźnik zadzwoni", "nowy pokrowiec ({n.mattress-sku}) wysłany, numer przesyłki {track}", "podwójna płatność {amount} zostanie zwrócona w ciągu {dur}"],
      visit: ["dostawy", "odbioru"],
      ops: ["trasa 3 odwołana, dostawy od {ts} przesunięte; {n.mattress-sku} niedostępny do {date2}"],
    },
    physio: {
      longline: ["Zgoda ubezpieczyciela {long}"],
      item: ["wizyta", "konsultacja", "masaż sportowy"],
      issue: ["muszę przełożyć wizytę z {date}, nr {ref}", "pobrano {amount} za odwołaną wizytę", "ubezpieczyciel potrzebuje numeru zgody {long} na fakturze", "kolano jest gorzej od ostatniej wizyty", "link do planu ćwiczeń {n.exercise-plan} nie działa"],
      nissue: ["przełożyć wizytę {ref} z {date}", "opłata za nieobecność {amount} kwestionowana", "zgoda {long} do dopisania na {n.physio-invoice}", "ból po zabiegu, fizjoterapeuta oddzwoni", "plan {n.exercise-plan} wysłany ponownie"],
      sissue: ["muszę przełożyć wizytę z {dsaid}", "bark boli bardziej niż przedtem", "ubezpieczenie chce numer na fakturze"],
      fix: ["wizyta przeniesiona na {date2}, godz. {time}, fizjoterapeuta: {t.first}", "opłata za nieobecność anulowana", "faktura {n.physio-invoice} wystawiona ponownie z numerem zgody", "zarezerwowana kontrola ({mins}), prowadzi {t.full}"],
      visit: ["wizyty", "zabiegu"],
      ops: ["gabinet 2 zamknięty {date2}, wizyty przeniesione; plan {n.exercise-plan} zaktualizowany"],
    },
    windows: {
      longline: ["Certyfikat gwarancji {long}"],
      item: ["drzwi balkonowe", "drzwi wejściowe", "okno PCV"],
      issue: ["monterzy zostawili szparę przy drzwiach balkonowych, oferta {ref}", "między szybami w oknie kuchennym jest skroplona para", "muszę przełożyć pomiar {n.survey-ref}", "urwała się klamka w drzwiach wejściowych, gwarancja {long}", "moja zaliczka {amount} nie jest widoczna w ofercie {ref}"],
      nissue: ["zaparowana szyba zespolona, gwarancja {long}", "pomiar {n.survey-ref} do przełożenia", "wieje po montażu, {ref}", "brak zaliczki {amount} w {ref}", "wymiar {n.frame-size} źle zamówiony"],
      sissue: ["między szybami jest mgła", "monterzy zostawili dziurę przy drzwiach", "klamka się urwała"],
      fix: ["wizyta serwisowa {date2} w godz. {time}–{time2}", "zamówiona nowa szyba {n.frame-size}, czas realizacji {dur}", "pomiar {date2}, przyjedzie {t.first}", "zaliczka {amount} zaksięgowana na ofercie {ref}"],
      visit: ["pomiaru", "montażu"],
      ops: ["dostawca szyb opóźniony o {dur}, wymiary {n.frame-size} dotknięte od {ts}"],
    },
    dry: {
      longline: ["Karta lojalnościowa {long}"],
      item: ["garnitur", "suknia ślubna", "kołdra"],
      issue: ["garnitur wrócił z plamą, paragon {ref}", "nie mogę znaleźć kwitu do sukienki", "w marynarce brakuje guzika, paragon {ref}", "nogawki są skrócone o 2 cm za dużo", "potrzebuję kołdry przed {date}"],
      nissue: ["karta lojalnościowa {long} bez pieczątki", "plama nieusunięta, {ref}", "zgubiony kwit, rzecz na wieszaku {n.rack-slot}", "brak guzika, {ref}", "za krótkie nogawki, poprawka", "pilne na {date}, konto firmowe {n.corporate-account}"],
      sissue: ["plama dalej jest", "zgubiłam kwit", "brakuje guzika w marynarce"],
      fix: ["ponowne czyszczenie gratis, gotowe {date2}", "wisi na wieszaku {n.rack-slot}, gotowe do odbioru", "{t.first} poprawi nogawki do {date2}", "uznajemy {amount} na koncie {n.corporate-account}"],
      visit: ["odbioru", "przymiarki"],
      ops: ["prasa 2 zepsuta od {ts}, wieszak {n.rack-slot} pełny, odbiory przesunięte na {date2}"],
    },
  },
  kinds: {
    chat: [
      `{clock} {a.first}: Dzień dobry, tu {a.first} z {brand} {emo} W czym mogę pomóc?
{clock} Klient: dzien dobry, {issue}
{clock} {a.first}: Przykro mi! Poproszę imię, nazwisko i numer telefonu.
{clock} Klient: {c.lc}, {c.phone}
{clock} {a.first}: Dziękuję. {^fix}.
{clock} Klient: ok dzięki {emo}`,
      `[{date} {clock}] {c.full}: {hi} {emo} {issue}
[{date} {clock}] {brand}: Dzień dobry, tu {a.first}. Poproszę adres e-mail i kod pocztowy.
[{date} {clock}] {c.full}: {c.email}, {post}
[{date} {clock}] {brand}: Dziękuję! {^fix}. {nw}`,
      `Czat · {brand} · IP {ip} · {browser}
{clock} Gość: czy mogę tu dopłacić resztę za {ref}? {amount}
{clock} {a.full}: Proszę nie podawać danych karty na czacie, wyślę link do płatności.
{clock} Gość: za późno 🙈 {pay}
{clock} {a.full}: Nic nie szkodzi, dane są zamaskowane. Link pójdzie na {c.email}.
{clock} Gość: dzięki, jestem {c.first}. jak nie odbiorę to {p.first}, tel. {p.phone}`,
    ],
    note: [
      `{date} {time} {a.init}: dzwonił(a) {c.full}, sprawa: {nissue}. Weryfikacja OK (data ur. {dob}, kod {post}). {^fix}. Oddzwonić na {c.phone}. {nw}`,
      `Sprawa {case} | {brand} | {date}
Klient: {c.lastcomma}
E-mail: {c.email}
Tel.: {c.phone} / stacjonarny {c.land}
Adres: ul. Lipowa {house}, {post}
Powód: {nissue}
Działanie: {^fix}
Zwrot na: {iban}
{longline}
{badpay}
Konsultant: {a.first}`,
      `{ts} konto zablokowane: {c.full} ({c.email}), 5 nieudanych logowań z {ip} i {ip6}, aplikacja {ver}. Wysłano link do resetu, ważny {mins}. {a.init}`,
    ],
    callback: [
      `PROŚBA O ODDZWONIENIE {date} {time}
Imię i nazwisko: {c.full}
Kontakt: {c.phone} (kom.) lub {c.land} po {time2}
Temat: {nissue}
Nr: {ref}
{longline}
Przyjął(a): {a.first}`,
      `oddzwonić do klienta: {c.title}, {c.phone}, przed {time} — {nissue}. Może odebrać {p.first}. Nagrano wiadomość {date}. {a.first}`,
      `Oddzwonienie — {t.full} (centrala {bizphone}): {c.full} prosi o kontakt, temat: {nissue}. Brak odpowiedzi pod {c.phone} o {time}, ponowić {date}.`,
    ],
    email: [
      `Temat: RE: Zamówienie {ref}

{hi},

{issue}. Czekam od {date} i powoli tracę cierpliwość.

Czy możecie zadzwonić pod {c.phone}? Jestem w domu po {time}.

{bye}
{c.full}

{date2} {a.full} <{a.email}> napisał(a):
> Dzień dobry,
> dziękujemy za wiadomość. {^fix}.
> Pozdrawiam,
> {a.first} | {brand} | {bizphone} | {role}`,
      `{c.g:Szanowna Pani|Szanowny Panie} {c.voc},

w nawiązaniu do rozmowy potwierdzamy: {fix}.

Numer sprawy: {ref}. W razie pytań prosimy odpowiedzieć na tę wiadomość lub zadzwonić pod {bizphone}.

{nw}

Z poważaniem
{a.full}
Obsługa klienta {brand}
{a.email}`,
      `Od: {c.full} <{c.email}>
Do: {role2}
Temat: zwrot {ref}

Dzień dobry,

{issue}. Proszę o zwrot na:
{pay}

Tel. {c.phone}

{c.first}`,
    ],
    summary: [
      `Podsumowanie rozmowy {date} {time}, czas {mins}
Dzwoniący: {c.full} ({c.phone})
Konsultant: {a.full}
Powód: {nissue}
Wynik: {^fix}
Potwierdzenie wysłane na {c.email} (cc {role}). Sprawa {case}.`,
      `Podsumowanie AI ({ver})
• {^c.titlefull} dzwoni ws. {ref}.
• Problem: {nissue}.
• Rozwiązanie: {^fix}.
• Kontakt: {c.email}, {c.phone2}`,
      `{^c.titlefull} dzwonił(a) {date}: {issue}. Ustalono: {fix}. {^badpay}. Kontakt: {c.email} lub {c.phone}. {nw}`,
    ],
    transcript: [
      `[{off}] KONSULTANT: {brandlc} dzień dobry z tej strony {a.lcfirst} w czym mogę pomóc
[{off}] KLIENT: tak dzień dobry {um} tu {c.lc} {um} {sissue}
[{off}] KONSULTANT: {sayok} pod jaki numer mogę oddzwonić
[{off}] KLIENT: {c.said}
[{off}] KONSULTANT: dziękuję czyli {fix}
[{off}] KLIENT: super dziękuję do widzenia`,
      `Poczta głosowa · od {c.phone} · {date} {time} · transkrypcja
"dzień dobry tu {c.lcfirst} {um} dzwonię w sprawie {visit} {dsaid} {um} proszę oddzwonić pod {c.said} dziękuję"`,
      `Mówca 1: {brandlc} przy telefonie {a.lcfirst}
Mówca 2: tak {um} dzwonię bo {c.lc} nie może jestem {p.lcfirst}
Mówca 1: {sayok} w jakiej sprawie
Mówca 2: {sissue}
Mówca 1: {c.lcfirst} może oddzwonić pod {bizphone}
Mówca 2: {sayok} albo proszę dzwonić do mnie {p.said}`,
    ],
  },
  bare: {
    chat: [`{clock} Gość: czy dowozicie do {post}?
{clock} Konsultant: Tak, zwykle w ciągu {dur}. Dostawa kosztuje {amount}.
{clock} Gość: dzięki {emo}`],
    note: [`Notatka operacyjna {date}: {ops}. {nw}`],
    callback: [`Kolejka oddzwonień {date}: 6 otwartych, najstarsze z {time}. Dużo pytań o terminy ({dur}).`],
    email: [`Temat: Sprawa {case}

Dziękujemy za kontakt z {brand}. Odpowiadamy w ciągu {dur}. Prosimy zachować numer {ref}.`],
    summary: [`Podsumowanie {date}: dzwoniący nie podał nazwiska, ogólne pytanie o ceny ({amount}) i terminy ({dur}). Bez działań.`],
    transcript: [`[{off}] IVR: witamy w {brandlc}
[{off}] KLIENT: {um} godziny otwarcia
[{off}] IVR: jesteśmy dostępni od {time} proszę czekać`],
  },
}
