/** Polish. */
import { t } from "../builder.ts";
import type { Template } from "../ctx.ts";

export const PL: Template[] = [
  { kind: "chat", make: (c) => {
    const p = c.person();
    return t`Klient: gdzie jest moja paczka? ${c.emoji()} numer ${c.n.tracking()}\nKonsultant ${c.P(c.person().first)}: Dzień dobry, Pani ${c.P(p.first)}! Paczka jest w Paczkomacie ${c.n.locker()}, kod odbioru ${c.n.pin()}.\nKlient: dziękuję, mój numer to ${c.phone()}`;
  } },
  { kind: "call", make: (c) => {
    const p = c.person();
    return t`[transkrypcja] dzwoniący: dzień dobry nazywam się ${c.P(p.full.toLowerCase())} kurier nie przyjechał w oknie ${c.n.window()}\nagent: proszę o numer zamówienia\ndzwoniący: ${c.n.order()} a telefon ${c.phone()}`;
  } },
  { kind: "payout", make: (c) => {
    const p = c.person();
    return t`Temat: brak wypłaty dla sprzedawcy ${c.n.seller()}\n\nDzień dobry,\nwypłata ${c.n.amount()} z dnia ${c.n.date()} nie dotarła na konto ${c.iban("PL")}. NIP ${c.n.vat()}. Numer ${c.n.iban()} w panelu jest błędny.\n\nPozdrawiam,\n${c.P(p.full)}\n${c.email(p)}`;
  } },
  { kind: "driver-note", make: (c) => t`kurier ${c.n.time()}: brak odbiorcy, zostawiono u sąsiada ${c.P(c.person().last)} m. ${c.n.house()}. ${c.n.weight()}, ${c.n.dims()}. tel. ${c.phone()} nie odbiera` },
  { kind: "refund-email", make: (c) => {
    const p = c.person();
    return t`Szanowna Pani ${c.P(p.first)},\n\nzwrot został zlecony:\n| Zamówienie | Kwota | Data |\n| ${c.n.order()} | ${c.n.amount()} | ${c.n.date()} |\nŚrodki wrócą na kartę ${c.card()}.\n\n${c.P(c.person().full)}\nDział obsługi klienta`;
  } },
  { kind: "restaurant", make: (c) => t`Eskalacja: restauracja ${c.n.restaurant()}, właściciel ${c.P(c.person().full)}. Kurier ${c.P(c.person().first)} odebrał zamówienie ${c.n.order()} o ${c.n.time()}. Kontakt ${c.phone()}, konto ${c.iban("PL")}.` },
  { kind: "sms", make: (c) => t`InPost: Twoja paczka ${c.n.tracking()} czeka w Paczkomacie ${c.n.locker()}. Kod odbioru: ${c.n.pin()}. Odbierz do ${c.n.date()} ${c.n.time()}.` },
  { kind: "customs", make: (c) => t`Odprawa celna: przesyłka dla ${c.P(c.person().full)} z Chin, kod CN ${c.n.tariff()}, cło ${c.n.amount()}, EORI ${c.n.eori()}, ${c.n.weight()}. Nadawca: ${c.foreignPhone()}, adres IP zamówienia ${c.ip()}.` },
  { kind: "review-reply", make: (c) => {
    const p = c.person();
    return t`Opinia (Google Play, 2★) – ${c.P(p.full)}: „Jedzenie zimne, ${c.accented()}.”\nOdpowiedź: Pani ${c.P(p.first)}, przepraszamy! Prosimy o kontakt: ${c.shopEmail("pomoc", "hungryhub.app")}.`;
  } },
];
