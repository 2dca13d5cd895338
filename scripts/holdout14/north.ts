// Swedish, Danish and Hungarian templates.
import { t } from "./render.ts"
import type { Template } from "./en.ts"

export const SV: Template[] = [
  ["repair", (s) => t`Hej! Det är ${s.full()} i lägenhet ${s.n(1000, 1400)}. ${s.emo()}Diskmaskinen läcker sedan ${s.date()}. Objekt ${s.propRef()}, ${s.rooms()}, ${s.area()}. Ring ${s.phone()}. Mvh ${s.first()}`],
  ["deposit", (s) => t`Hej ${s.first()},

Angående depositionen (${s.deposit()}) för kontrakt ${s.tenancy()}: vi återbetalar ${s.amount()} till ${s.iban("SE")} senast ${s.date()}. Ditt personnummer ${s.natId()} behövs inte.

Vänliga hälsningar
${s.other()}
Hyresservice Norr`],
  ["debit", (s) => t`Autogiro ändrat ${s.date()} ${s.time()} – givare ${s.donor()}, ${s.full()}, nytt konto ${s.iban()}. Kvitto till ${s.email()}, webbformulär från ${s.ip()}. Personnr ${s.natId()} (ej PII-etikett).`],
  ["legacy", (s) => t`${s.emo()}Minnesgåva för ${s.full()}, avliden ${s.date()}. Från ${s.other()} och barnbarnen. Belopp ${s.amount()}. Kort ${s.card()}. Tack-kort skickas till ${s.email(s.draw())}.`],
  ["booking", (s) => t`WhatsApp ${s.time()} ${s.first()}: hej kan vi boka om ${s.flight()} den ${s.date()}? bokning ${s.booking()} 🙏 nås på ${s.phone()}`],
  ["passport", (s) => t`Anteckning: ${s.full()} frågar om pass ${s.passport()} räcker till USA. ESTA kräver inte SSN. Ringde från ${s.intlPhone()}. Kortet ${s.badCard()} nekades.`],
]

export const DA: Template[] = [
  ["repair", (s) => t`Hej, det er ${s.full()} fra ${s.n(1, 4)}. sal. ${s.emo()}Vandhanen i køkkenet drypper siden ${s.date()}. Lejemål ${s.propRef()}, ${s.area()}. Ring på ${s.phone()}. Venlig hilsen ${s.first()}`],
  ["arrears", (s) => t`Kære ${s.first()},

Vi har ikke modtaget husleje på ${s.amount()} for lejekontrakt ${s.tenancy()}. Beløbet skal betales senest ${s.date()} til ${s.iban("DK")}. Dit CPR-nummer ${s.natId()} skal ikke oplyses.

Med venlig hilsen
${s.other()}
Boligadministration Øst`],
  ["debit", (s) => t`Betalingsservice ændret – donor ${s.donor()}: ${s.full()}, ny konto ${s.iban()}, mail ${s.email()}. Afvist konto ${s.badIban("DK")}. Kl. ${s.time()}.`],
  ["legacy", (s) => t`${s.emo()}Mindegave til minde om ${s.full()}, død ${s.date()}. Givet af ${s.other()}. ${s.amount()}. Kontakt ${s.phone()}. CPR ${s.natId()}.`],
  ["booking", (s) => t`Fra: ${s.roleMail("booking", "solrejser.dk")}
Til: ${s.email()}
Hej ${s.first()}, din rejse ${s.booking()} (${s.pkg()}) med fly ${s.flight()} afgår ${s.date()} kl. ${s.time()}. Restbeløb ${s.amount()}.`],
  ["complaint", (s) => t`Klage ${s.date()}: ${s.full()} (${s.phone()}) klager over værelse ${s.rooms()}. Login fra ${s.ip()}. Kort ${s.card()}.`],
]

export const HU: Template[] = [
  ["repair", (s) => t`Jó napot, ${s.full()} vagyok a ${s.n(2, 40)}. lakásból. ${s.emo()}A bojler ${s.date()} óta nem működik. Ingatlan azonosító ${s.propRef()}, ${s.area()}. Telefonszámom: ${s.phone()}. Köszönöm, ${s.first()}`],
  ["deposit", (s) => t`Tisztelt ${s.full()}!

A kaució (${s.deposit()}) összegéből ${s.amount()} kerül levonásra. A fennmaradó összeget ${s.date()}-ig átutaljuk a ${s.iban("HU")} számlára. Adóazonosító jel ${s.natId()} nem szükséges.

Üdvözlettel:
${s.other()}
Lakáskezelő Kft.`],
  ["debit", (s) => t`Csoportos beszedés módosítás – támogató ${s.donor()}: ${s.full()}, új számla ${s.iban()}, e-mail ${s.email()}, IP ${s.ip()}, ${s.time()}. Személyi szám ${s.natId()}.`],
  ["legacy", (s) => t`${s.emo()}${s.full()} emlékére (elhunyt ${s.date()}) ${s.other()} ${s.amount()} adományt küldött. Kártya ${s.card()}. Elérhetőség: ${s.phone()}.`],
  ["booking", (s) => t`WhatsApp ${s.time()} ${s.first()}: szia, a ${s.booking()} foglalásnál a ${s.flight()} járat ${s.date()}-án megy? számom ${s.phone()}`],
  ["passport", (s) => t`Ügynöki jegyzet ${s.date()}: ${s.full()} útlevele (${s.passport()}) lejár. Hívta: ${s.intlPhone()}. Rossz kártya ${s.badCard()}, rossz IBAN ${s.badIban("HU")}.`],
]
