// Dutch, Italian and Portuguese templates.
import { t } from "./render.ts"
import type { Template } from "./en.ts"

export const NL: Template[] = [
  ["repair", (s) => t`${s.emo()}Goedemiddag, u spreekt met ${s.full()}. De cv-ketel in onze ${s.rooms()} woning (${s.area()}) doet het sinds ${s.date()} niet meer. Objectnummer ${s.propRef()}. Bel mij terug op ${s.phone()}. Groet, ${s.first()}`],
  ["arrears", (s) => t`Geachte ${s.titled()},

Uit onze administratie blijkt dat de huur van ${s.amount()} over ${s.one(["maart", "april", "mei"])} nog niet is voldaan (huurcontract ${s.tenancy()}). Wij verzoeken u het bedrag vóór ${s.date()} over te maken. Let op: rekening ${s.badIban("NL")} is niet correct, gebruik ${s.iban("NL")}.

Met vriendelijke groet,
${s.other()}
Verhuurbeheer De Gracht`],
  ["debit", (s) => t`Wijziging machtiging – donateur ${s.donor()}
Naam: ${s.full()}
Nieuw rekeningnummer: ${s.iban()}
E-mail: ${s.email()}
Bedrag ${s.amount()} per maand, ingang ${s.date()}. Verwerkt door ${s.otherFirst()} om ${s.time()} (formulier via ${s.ip()}).`],
  ["legacy", (s) => t`Beste medewerker,

Mijn vader, ${s.full()}, is op ${s.date()} overleden. In zijn testament staat een legaat van ${s.amount()} voor uw stichting. De notaris, ${s.titled(s.draw())}, neemt contact met u op via ${s.phone()}. Ik ben bereikbaar op ${s.email(s.draw())}.

Hartelijke groet,
${s.other()}`],
  ["booking", (s) => t`WhatsApp ${s.time()} – ${s.first()}: 🧳 hoi! kunnen we vlucht ${s.flight()} van ${s.date()} omzetten? boeking ${s.booking()}, pakket ${s.pkg()}. mijn nummer is ${s.phone()} 🙏`],
  ["passport", (s) => t`Notitie ${s.date()}: ${s.titled()} vraagt of paspoort ${s.passport()} geldig genoeg is voor de reis naar ${s.place(s.one(["Florence", "Jordan"]))}. Kaart voor aanbetaling: ${s.card()}. Teruggebeld vanaf ${s.intlPhone()}.`],
]

export const IT: Template[] = [
  ["repair", (s) => t`Buongiorno, sono ${s.full()}, inquilina dell'appartamento in via ${s.one(["Garibaldi", "Roma", "Dante"])} ${s.n(1, 90)} (${s.area()}). ${s.emo()}Perdita d'acqua dal soffitto dal ${s.date()}. Contratto ${s.tenancy()}. Il mio cellulare è ${s.phone()}. Grazie, ${s.first()}`],
  ["deposit", (s) => t`Gentile ${s.titled()},

in merito al deposito cauzionale (${s.deposit()}), le comunichiamo che tratterremo ${s.amount()} per la pulizia. Il saldo di ${s.amount()} sarà accreditato su ${s.iban("IT")} entro il ${s.date()}.

Cordiali saluti,
${s.other()}
Ufficio Locazioni – ${s.roleMail("locazioni", "casaaffitti.it")}`],
  ["giftaid", (s) => t`Nota donatore ${s.donor()}: ${s.full()} chiede la ricevuta per la detrazione 2025. Email ${s.email()}, tel. ${s.phone()}. Importo totale ${s.amount()}. Codice operazione ${s.giftAid()}.`],
  ["legacy", (s) => t`${s.emo()}In memoria di ${s.full()}, scomparso il ${s.date()}, la famiglia ${s.one(["chiede", "ha scelto"])} di devolvere ${s.amount()} alla vostra associazione. Referente: ${s.other()}, ${s.phone()}. Carta: ${s.card()}.`],
  ["booking", (s) => t`Da: ${s.other()} <${s.roleMail("prenotazioni", "viaggisole.it")}>
A: ${s.email()}
Oggetto: Modifica prenotazione ${s.booking()}

Gentile ${s.first()}, il volo ${s.flight()} è stato anticipato alle ${s.time()} del ${s.date()}. Pacchetto ${s.pkg()}, carta rifiutata ${s.badCard()}.`],
  ["complaint", (s) => t`Reclamo ${s.date()} ${s.time()} – cliente ${s.full()} (${s.phone()}) lamenta camera ${s.rooms()} diversa da quella prenotata. Sessione web da ${s.ip()}. Passaporto ${s.passport()}.`],
]

export const PT: Template[] = [
  ["repair", (s) => t`Bom dia, fala ${s.full()}. ${s.emo()}O esquentador do T${s.n(1, 4)} (${s.area()}) avariou no dia ${s.date()}. Referência do imóvel ${s.propRef()}. Contacto: ${s.phone()}. Obrigada, ${s.first()}`],
  ["arrears", (s) => t`Exmo(a). ${s.titled()},

Verificámos que a renda de ${s.amount()} referente ao contrato ${s.tenancy()} não foi paga até ${s.date()}. Solicitamos o pagamento por transferência para ${s.iban("PT")}.

Com os melhores cumprimentos,
${s.other()}
Gestão de Arrendamento Lisboa`],
  ["debit", (s) => t`Débito direto – doador ${s.donor()}
${s.full()} pediu alteração do IBAN para ${s.iban()}. O antigo ${s.badIban("PT")} foi devolvido pelo banco. Confirmação para ${s.email()} (pedido web de ${s.ip()}). Leitura do contador: ${s.meter()}? (não aplicável)`],
  ["legacy", (s) => t`${s.emo()}Em memória de ${s.full()}, falecido a ${s.date()}. Donativo de ${s.amount()} em nome dos filhos, ${s.other()} e ${s.other()}. Contacto: ${s.email(s.draw())}.`],
  ["booking", (s) => t`WhatsApp [${s.time()}] ${s.first()}: olá, reserva ${s.booking()}, voo ${s.flight()} dia ${s.date()}. Posso pagar com o cartão ${s.card()}? O meu telemóvel é ${s.phone()}`],
  ["passport", (s) => t`Nota do agente ${s.date()}: ${s.titled()} pergunta se o passaporte ${s.passport()} serve para o Brasil. Ligou do ${s.intlPhone("BR")}. Pacote ${s.pkg()}, ${s.rooms()}.`],
]
