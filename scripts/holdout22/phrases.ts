// Each language's words around the skeletons' values (intl.ts), in skeleton order. `w` are given names of the
// corpus used here as ordinary words (fr rose/constance, nl roos, no liv/sol, cs jaro, pl róża, lt aušra/eglė,
// lb frisch/ernst, es paz/luz/rocío).
import { x, type Part } from './render.ts'
import type { V } from './intl.ts'

export interface Book { w: [string, string, string]; s: ((v: V, k: string) => Part[])[] }

export const BOOKS: Record<string, Book> = {
  fr: { w: ['constance', 'Rose', 'rose'], s: [
    (v, k) => x`${v.biz} — demande de rendez-vous en ligne ${v.emo}
Nom : ${v.fam}
Prénom : ${v.given}
Date de naissance : ${v.dob}
${k === 'be' ? 'N° de registre national' : 'N° de sécurité sociale'} : ${v.id}
${k === 'be' ? 'GSM' : 'Portable'} : ${v.mob}
Courriel : ${v.mail}
Motif : l’appareil siffle, n° de série ${v.serial}
Disponibilités : le ${v.date} après ${v.time}
Personne à prévenir : ${v.kin}
Envoyé depuis ${v.ip}`,
    (v, k) => x`${v.biz} 🍷 Commande ${v.order}
CLIENT : ${v.caps}
Tél. livraison : ${v.phone}
E-mail : ${v.mail}
Articles : 6 × Saint-Émilion ${v.vintage} (${v.abv} vol.), 1 × calvados
Total TTC : ${v.total}
Paiement : ${v.pay}
Contrôle d’âge à la livraison : pièce d’identité obligatoire (passeport ${v.passport} déjà vérifié, n° ${v.id})
Livraison le ${v.date} entre ${v.t1} et ${v.t2}${k === 'be' ? ' — merci de prévoir quelqu’un de majeur, s’il vous plaît' : ''}`,
    (v) => x`${v.biz} : Bonjour ${v.given}, votre bilan auditif est prévu le ${v.date} à ${v.time} ${v.emo}. Pour modifier, appelez le ${v.phone}. Merci d’apporter vos appareils.`,
    (v) => x`[${v.t1}] ${v.aGiven} : Bonjour, c’est pour la place ${v.berth}, mon voilier arrive le ${v.date} ⛵
[${v.t2}] ${v.hm} (capitainerie) : Bonjour ! Numéro de coque ${v.hin} ? Redevance ${v.dues} pour la saison.
[${v.t3}] ${v.a} : c’est bien ça. Mon portable ${v.mob}, mail ${v.mail}
[${v.t4}] ${v.hmGiven} : parfait, confirmé ${v.emo}`,
    (v) => x`Résumé d’appel (assistant IA) — ${v.biz}
• Appelant : ${v.caller}, location d’un violon pour ${v.child} (n° de série ${v.serial}, contrat ${v.contract}).
• Loyer ${v.rent} par mois, prélevé sur ${v.iban}.
• Rappel souhaité au ${v.phone}, confirmation par mail à ${v.mail}.
• Cours avec ${v.teacher} le ${v.date} à ${v.time}.`,
    (v) => x`contrôle âge KO cde ${v.order} — ${v.caps} né(e) le ${v.dob}, CB refusée ${v.bad}, repassée avec ${v.card} OK ${v.emo} colis ${v.track}. rappel ${v.mob} / ${v.mail}`,
    (v) => x`${v.clock} capit. : ${v.lower} appelle pour la place ${v.berth}, coque ${v.hin}, MMSI ${v.mmsi}, redevance impayée ${v.dues} (fact. ${v.inv}). rappeler au ${v.phone} ${v.emo} réglé par carte ${v.card}`,
    (v) => x`De : ${v.from}
À : ${v.to}
Objet : RE: location ${v.contract}

Merci ${v.sGiven} ! ${v.kid} jouera « La Vie en rose » à l’audition du ${v.date}. Vous pouvez prélever la location sur ${v.iban}.
${v.emo}
${v.sender}
${v.phone}

> Le ${v.date2}, ${v.staff} <${v.staffMail}> a écrit :
> Le piano droit (n° ${v.serial}) est prêt, caution ${v.deposit}.
> ${v.staff} | ${v.biz} | ${v.staffPhone}`,
    (v) => x`dossier${v.sep}patient${v.sep}téléphone${v.sep}email${v.sep}date_rdv${v.sep}heure${v.rows}`,
    (v) => x`{"commande":"${v.order}","client":{"prenom":"${v.given}","nom":"${v.fam}","tel":"${v.phone}","courriel":"${v.mail}","naissance":"${v.dob}"},"ip":"${v.ip}","montant":"${v.total}","carte_fin":"${v.last4}","cree_le":"${v.ts}"}`,
    (v) => x`agent : ${v.biz} bonjour. appelant : oui bonjour c’est ${v.lower} pour les cours de piano de ${v.kid}. agent : votre numéro ? appelant : ${v.phone}. agent : et le mail ? appelant : ${v.mail}. agent : alors cours le ${v.date} à ${v.time}, il faut travailler avec ${v.word}.`,
    (v) => x`Messagerie ${v.emo} ${v.time} — Bonjour, ici ${v.name}, bateau à la place ${v.berth} de ${v.biz}. La borne électrique ne marche plus. Rappelez-moi au ${v.phone}, ou sur mon numéro étranger ${v.foreign}. Mon mail : ${v.mail}. Merci.`,
    (v) => x`${v.emo} ${v.biz} : redevance ${v.dues} pour la place ${v.berth}, échéance le ${v.date} (fact. ${v.inv}). Carburant de ${v.t1} à ${v.t2}. MMSI enregistré ${v.mmsi}. Voilier « ${v.word} des Vents » à couple.`,
    (v) => x`${v.biz} — retour d’instrument ${v.emo}
N° de série : ${v.serial}   Contrat : ${v.contract}   Accordeur électronique ${v.version}
Remboursement ${v.amount} : carte ${v.bad} refusée, IBAN ${v.iban} rejeté (clé fausse)
Pièce d’identité du payeur : ${v.id}
Rendu le ${v.date}. Étui couleur ${v.word} poudré.`,
  ] },
  nl: { w: ['roos', 'Roos', 'roos'], s: [
    (v) => x`${v.biz} — afspraak aanvragen ${v.emo}
Achternaam: ${v.fam}
Voornaam: ${v.given}
Geboortedatum: ${v.dob}
BSN: ${v.id}
Mobiel: ${v.mob}
E-mail: ${v.mail}
Reden: hoortoestel piept, serienummer ${v.serial}
Voorkeur: ${v.date} na ${v.time}
Contactpersoon: ${v.kin}
Verstuurd vanaf ${v.ip}`,
    (v) => x`${v.biz} 🍷 Bestelling ${v.order}
KLANT: ${v.caps}
Telefoon bezorging: ${v.phone}
E-mail: ${v.mail}
Artikelen: 6 × Rioja ${v.vintage} (${v.abv}), 1 × jenever
Totaal: ${v.total}
Betaling: ${v.pay}
Leeftijdscheck bij bezorging (NIX18): legitimatie verplicht, paspoort ${v.passport} bekend, BSN ${v.id}
Bezorgen op ${v.date} tussen ${v.t1} en ${v.t2}`,
    (v) => x`${v.biz}: Hoi ${v.given}, uw hoortest is op ${v.date} om ${v.time} ${v.emo}. Verzetten? Bel ${v.phone}. Neem uw toestellen mee.`,
    (v) => x`[${v.t1}] ${v.aGiven}: Goedemorgen, ik kom ${v.date} aan voor ligplaats ${v.berth} ⛵
[${v.t2}] ${v.hm} (havenmeester): Welkom! Rompnummer ${v.hin}? Liggeld ${v.dues} per seizoen.
[${v.t3}] ${v.a}: klopt. Mijn 06: ${v.mob}, mail ${v.mail}
[${v.t4}] ${v.hmGiven}: top, staat genoteerd ${v.emo}`,
    (v) => x`Gesprekssamenvatting (AI) — ${v.biz}
• Beller: ${v.caller}, huurt een viool voor ${v.child} (serienr. ${v.serial}, contract ${v.contract}).
• Huur ${v.rent} per maand via incasso van ${v.iban}.
• Terugbellen op ${v.phone}, bevestiging naar ${v.mail}.
• Les bij ${v.teacher} op ${v.date} om ${v.time}.`,
    (v) => x`leeftijdscheck mislukt best ${v.order} — ${v.caps} geb. ${v.dob}, pas geweigerd ${v.bad}, opnieuw met ${v.card} ok ${v.emo} pakket ${v.track}. tb ${v.mob} / ${v.mail}`,
    (v) => x`${v.clock} hvm: ${v.lower} belde over ligplaats ${v.berth}, romp ${v.hin}, MMSI ${v.mmsi}, liggeld open ${v.dues} (fact ${v.inv}). tb ${v.phone} ${v.emo} betaald met ${v.card}`,
    (v) => x`Van: ${v.from}
Aan: ${v.to}
Onderwerp: RE: huurcontract ${v.contract}

Dank je ${v.sGiven}! ${v.kid} speelt op de voorspeelavond van ${v.date}. De huur mag van ${v.iban} af.
${v.emo}
${v.sender}
${v.phone}

> Op ${v.date2} schreef ${v.staff} <${v.staffMail}>:
> De piano (serienr. ${v.serial}) staat klaar, borg ${v.deposit}.
> ${v.staff} | ${v.biz} | ${v.staffPhone}`,
    (v) => x`dossier${v.sep}patiënt${v.sep}telefoon${v.sep}email${v.sep}datum${v.sep}tijd${v.rows}`,
    (v) => x`{"bestelling":"${v.order}","klant":{"voornaam":"${v.given}","achternaam":"${v.fam}","telefoon":"${v.phone}","email":"${v.mail}","geboortedatum":"${v.dob}"},"ip":"${v.ip}","bedrag":"${v.total}","kaart_laatste4":"${v.last4}","aangemaakt":"${v.ts}"}`,
    (v) => x`medewerker: ${v.biz} goedemiddag. beller: ja hallo met ${v.lower} over de gitaarles van ${v.kid}. medewerker: uw nummer? beller: ${v.phone}. medewerker: en uw mail? beller: ${v.mail}. medewerker: les op ${v.date} om ${v.time}, in lokaal de ${v.word}.`,
    (v) => x`Voicemail ${v.emo} ${v.time} — Hallo, met ${v.name}, boot op ligplaats ${v.berth} bij ${v.biz}. De walstroom is uitgevallen. Bel me op ${v.phone} of mijn buitenlandse nummer ${v.foreign}. Mail: ${v.mail}. Dank u.`,
    (v) => x`${v.emo} ${v.biz}: liggeld ${v.dues} voor ${v.berth}, vervalt ${v.date} (fact. ${v.inv}). Tankstation open ${v.t1}–${v.t2}. MMSI ${v.mmsi} geregistreerd. Sloep „${v.word}” ligt langszij.`,
    (v) => x`${v.biz} — retour instrument ${v.emo}
Serienummer: ${v.serial}   Contract: ${v.contract}   Stemapparaat ${v.version}
Terugbetaling ${v.amount}: pas ${v.bad} geweigerd, IBAN ${v.iban} afgekeurd (controlegetal fout)
BSN betaler: ${v.id}
Ingeleverd ${v.date}. Koffer met ${v.word}-motief.`,
  ] },
  no: { w: ['liv', 'Sol', 'liv'], s: [
    (v) => x`${v.biz} — timebestilling ${v.emo}
Etternavn: ${v.fam}
Fornavn: ${v.given}
Fødselsdato: ${v.dob}
Fødselsnummer: ${v.id}
Mobil: ${v.mob}
E-post: ${v.mail}
Årsak: høreapparatet piper, serienr. ${v.serial}
Ønsket: ${v.date} etter ${v.time}
Pårørende: ${v.kin}
Sendt fra ${v.ip}`,
    (v) => x`${v.biz} 🍷 Ordre ${v.order}
KUNDE: ${v.caps}
Telefon levering: ${v.phone}
E-post: ${v.mail}
Varer: 6 × Barolo ${v.vintage} (${v.abv}), 1 × akevitt
Totalt: ${v.total}
Betaling: ${v.pay}
Alderskontroll ved levering: legitimasjon påkrevd (pass ${v.passport} registrert, fnr. ${v.id})
Levering ${v.date} mellom ${v.t1} og ${v.t2}`,
    (v) => x`${v.biz}: Hei ${v.given}! Hørselstest ${v.date} kl. ${v.time} ${v.emo}. Endre? Ring ${v.phone}. Ta med apparatene dine.`,
    (v) => x`[${v.t1}] ${v.aGiven}: Hei, jeg kommer ${v.date} og trenger gjesteplass ${v.berth} ⛵
[${v.t2}] ${v.hm} (havnesjef): Velkommen! Skrognummer ${v.hin}? Havneavgift ${v.dues} for sesongen.
[${v.t3}] ${v.a}: stemmer. Mobil ${v.mob}, e-post ${v.mail}
[${v.t4}] ${v.hmGiven}: flott, registrert ${v.emo}`,
    (v) => x`Samtalesammendrag (KI) — ${v.biz}
• Innringer: ${v.caller}, leier fiolin til ${v.child} (serienr. ${v.serial}, kontrakt ${v.contract}).
• Leie ${v.rent} per måned, trekkes fra ${v.iban}.
• Ønsker oppringning på ${v.phone}, bekreftelse til ${v.mail}.
• Time hos ${v.teacher} ${v.date} kl. ${v.time}.`,
    (v) => x`alderskontroll feilet ordre ${v.order} — ${v.caps} f. ${v.dob}, kort avvist ${v.bad}, ny betaling ${v.card} ok ${v.emo} sending ${v.track}. ring ${v.mob} / ${v.mail}`,
    (v) => x`${v.clock} havn: ${v.lower} ringte om plass ${v.berth}, skrog ${v.hin}, MMSI ${v.mmsi}, utestående ${v.dues} (faktura ${v.inv}). ring tilbake ${v.phone} ${v.emo} betalt med kort ${v.card}`,
    (v) => x`Fra: ${v.from}
Til: ${v.to}
Emne: SV: leiekontrakt ${v.contract}

Takk, ${v.sGiven}! ${v.kid} spiller på konserten ${v.date}. Leien kan trekkes fra ${v.iban}.
${v.emo}
${v.sender}
${v.phone}

> ${v.date2} skrev ${v.staff} <${v.staffMail}>:
> Pianoet (serienr. ${v.serial}) er klart, depositum ${v.deposit}.
> ${v.staff} | ${v.biz} | ${v.staffPhone}`,
    (v) => x`journal${v.sep}pasient${v.sep}telefon${v.sep}epost${v.sep}dato${v.sep}tid${v.rows}`,
    (v) => x`{"ordre":"${v.order}","kunde":{"fornavn":"${v.given}","etternavn":"${v.fam}","telefon":"${v.phone}","epost":"${v.mail}","fodt":"${v.dob}"},"ip":"${v.ip}","belop":"${v.total}","kort_siste4":"${v.last4}","opprettet":"${v.ts}"}`,
    (v) => x`ansatt: ${v.biz} hei. innringer: hei det er ${v.lower} om pianotimene til ${v.kid}. ansatt: nummeret ditt? innringer: ${v.phone}. ansatt: og e-post? innringer: ${v.mail}. ansatt: time ${v.date} klokka ${v.time}, det blir ${v.word} i stua.`,
    (v) => x`Talemelding ${v.emo} ${v.time} — Hei, det er ${v.name}, båten på plass ${v.berth} i ${v.biz}. Strømmen er borte. Ring meg på ${v.phone} eller det utenlandske nummeret ${v.foreign}. E-post ${v.mail}. Takk.`,
    (v) => x`${v.emo} ${v.biz}: havneavgift ${v.dues} for plass ${v.berth}, forfall ${v.date} (faktura ${v.inv}). Drivstoff ${v.t1}–${v.t2}. MMSI ${v.mmsi} registrert. ${v.word} og lett bris i morgen.`,
    (v) => x`${v.biz} — retur av instrument ${v.emo}
Serienr.: ${v.serial}   Kontrakt: ${v.contract}   Stemmeapparat ${v.version}
Refusjon ${v.amount}: kort ${v.bad} avvist, IBAN ${v.iban} feil kontrollsiffer
Fødselsnummer betaler: ${v.id}
Levert ${v.date}. Det er ${v.word} i den gamle kassa ennå.`,
  ] },
  cs: { w: ['jaro', 'Jaro', 'jaro'], s: [
    (v) => x`${v.biz} — objednávka na vyšetření ${v.emo}
Příjmení: ${v.fam}
Jméno: ${v.given}
Datum narození: ${v.dob}
Rodné číslo: ${v.id}
Mobil: ${v.mob}
E-mail: ${v.mail}
Důvod: sluchadlo píská, výrobní číslo ${v.serial}
Termín: ${v.date} po ${v.time}
Kontaktní osoba: ${v.kin}
Odesláno z ${v.ip}`,
    (v) => x`${v.biz} 🍷 Objednávka ${v.order}
ZÁKAZNÍK: ${v.caps}
Telefon pro kurýra: ${v.phone}
E-mail: ${v.mail}
Zboží: 6 × Ryzlink rýnský ${v.vintage} (${v.abv}), 1 × slivovice
Celkem: ${v.total}
Platba: ${v.pay}
Ověření věku při předání: doklad totožnosti povinný (pas ${v.passport}, RČ ${v.id})
Doručení ${v.date} mezi ${v.t1} a ${v.t2}`,
    (v) => x`${v.biz}: Dobrý den, ${v.given}, vyšetření sluchu máte ${v.date} v ${v.time} ${v.emo}. Změna termínu: ${v.phone}. Vezměte si sluchadla.`,
    (v) => x`[${v.t1}] ${v.aGiven}: Dobrý den, připlouvám ${v.date}, kotviště ${v.berth} ⛵
[${v.t2}] ${v.hm} (správce přístavu): Vítejte! Číslo trupu ${v.hin}? Poplatek ${v.dues} na sezónu.
[${v.t3}] ${v.a}: ano. Mobil ${v.mob}, mail ${v.mail}
[${v.t4}] ${v.hmGiven}: výborně, zapsáno ${v.emo}`,
    (v) => x`Shrnutí hovoru (AI) — ${v.biz}
• Volající: ${v.caller}, pronájem houslí pro dítě (${v.child}, výr. č. ${v.serial}, smlouva ${v.contract}).
• Nájem ${v.rent} měsíčně z účtu ${v.iban}.
• Zavolat zpět na ${v.phone}, potvrzení na ${v.mail}.
• Vyučující: ${v.teacher}, hodina ${v.date} v ${v.time}.`,
    (v) => x`ověření věku NEPROŠLO obj. ${v.order} — ${v.caps} nar. ${v.dob}, karta zamítnuta ${v.bad}, znovu ${v.card} ok ${v.emo} zásilka ${v.track}. zpět ${v.mob} / ${v.mail}`,
    (v) => x`${v.clock} přístav: volal(a) ${v.lower} kvůli kotvišti ${v.berth}, trup ${v.hin}, MMSI ${v.mmsi}, dluh ${v.dues} (fakt. ${v.inv}). zavolat ${v.phone} ${v.emo} zaplaceno kartou ${v.card}`,
    (v) => x`Od: ${v.from}
Komu: ${v.to}
Předmět: RE: smlouva ${v.contract}

Děkuji za zprávu! ${v.kid} bude hrát na besídce ${v.date}. Nájem strhávejte z ${v.iban}.
${v.emo}
${v.sender}
${v.phone}

> Dne ${v.date2} napsal(a) ${v.staff} <${v.staffMail}>:
> Pianino (výr. č. ${v.serial}) je připravené, kauce ${v.deposit}.
> ${v.staff} | ${v.biz} | ${v.staffPhone}`,
    (v) => x`karta${v.sep}pacient${v.sep}telefon${v.sep}email${v.sep}datum${v.sep}čas${v.rows}`,
    (v) => x`{"objednavka":"${v.order}","zakaznik":{"jmeno":"${v.given}","prijmeni":"${v.fam}","telefon":"${v.phone}","email":"${v.mail}","narozen":"${v.dob}"},"ip":"${v.ip}","castka":"${v.total}","karta_konec":"${v.last4}","vytvoreno":"${v.ts}"}`,
    (v) => x`pracovník: ${v.biz} dobrý den. volající: dobrý den tady ${v.lower} kvůli hodinám klavíru, dítě se jmenuje ${v.kid}. pracovník: vaše číslo? volající: ${v.phone}. pracovník: a e-mail? volající: ${v.mail}. pracovník: hodina ${v.date} v ${v.time}, a na ${v.word} koncert.`,
    (v) => x`Hlasová zpráva ${v.emo} ${v.time} — Dobrý den, tady ${v.name}, loď na kotvišti ${v.berth}, ${v.biz}. Nejde proud. Zavolejte mi na ${v.phone} nebo na zahraniční číslo ${v.foreign}. E-mail ${v.mail}. Děkuji.`,
    (v) => x`${v.emo} ${v.biz}: poplatek ${v.dues} za kotviště ${v.berth}, splatnost ${v.date} (fakt. ${v.inv}). Čerpací stanice ${v.t1}–${v.t2}. MMSI ${v.mmsi}. ${v.word} je tady, otvíráme novou sezónu.`,
    (v) => x`${v.biz} — vrácení nástroje ${v.emo}
Výrobní číslo: ${v.serial}   Smlouva: ${v.contract}   Ladička ${v.version}
Vratka ${v.amount}: karta ${v.bad} zamítnuta, IBAN ${v.iban} chybný kontrolní součet
Rodné číslo plátce: ${v.id}
Vráceno ${v.date}. Na ${v.word} přijde nové pouzdro.`,
  ] },
  pl: { w: ['róża', 'Róża', 'róży'], s: [
    (v) => x`${v.biz} — zapis na badanie ${v.emo}
Nazwisko: ${v.fam}
Imię: ${v.given}
Data urodzenia: ${v.dob}
PESEL: ${v.id}
Tel. kom.: ${v.mob}
E-mail: ${v.mail}
Powód: aparat piszczy, nr seryjny ${v.serial}
Termin: ${v.date} po ${v.time}
Osoba kontaktowa: ${v.kin}
Wysłano z ${v.ip}`,
    (v) => x`${v.biz} 🍷 Zamówienie ${v.order}
KLIENT: ${v.caps}
Telefon dla kuriera: ${v.phone}
E-mail: ${v.mail}
Produkty: 6 × Tokaj ${v.vintage} (${v.abv}), 1 × wiśniówka
Razem: ${v.total}
Płatność: ${v.pay}
Weryfikacja wieku przy odbiorze: dowód osobisty wymagany (paszport ${v.passport}, PESEL ${v.id})
Dostawa ${v.date} w godz. ${v.t1}–${v.t2}`,
    (v) => x`${v.biz}: Dzień dobry ${v.given}, badanie słuchu ${v.date} o ${v.time} ${v.emo}. Zmiana terminu: ${v.phone}. Prosimy zabrać aparaty.`,
    (v) => x`[${v.t1}] ${v.aGiven}: Dzień dobry, przypływam ${v.date}, miejsce ${v.berth} ⛵
[${v.t2}] ${v.hm} (bosman): Witamy! Numer kadłuba ${v.hin}? Opłata portowa ${v.dues} za sezon.
[${v.t3}] ${v.a}: tak. Komórka ${v.mob}, mail ${v.mail}
[${v.t4}] ${v.hmGiven}: super, zapisane ${v.emo}`,
    (v) => x`Podsumowanie rozmowy (AI) — ${v.biz}
• Dzwoniący: ${v.caller}, wypożyczenie skrzypiec dla dziecka (${v.child}, nr ser. ${v.serial}, umowa ${v.contract}).
• Czynsz ${v.rent} miesięcznie z konta ${v.iban}.
• Oddzwonić na ${v.phone}, potwierdzenie na ${v.mail}.
• Nauczyciel: ${v.teacher}, lekcja ${v.date} o ${v.time}.`,
    (v) => x`weryfikacja wieku NIE zam. ${v.order} — ${v.caps} ur. ${v.dob}, karta odrzucona ${v.bad}, ponownie ${v.card} ok ${v.emo} przesyłka ${v.track}. oddzw. ${v.mob} / ${v.mail}`,
    (v) => x`${v.clock} bosmanat: dzwonił(a) ${v.lower} ws. miejsca ${v.berth}, kadłub ${v.hin}, MMSI ${v.mmsi}, zaległość ${v.dues} (fv ${v.inv}). oddzwonić ${v.phone} ${v.emo} opłacone kartą ${v.card}`,
    (v) => x`Od: ${v.from}
Do: ${v.to}
Temat: RE: umowa najmu ${v.contract}

Dziękuję, ${v.sGiven}! ${v.kid} zagra na popisie ${v.date}. Czynsz proszę pobierać z ${v.iban}.
${v.emo}
${v.sender}
${v.phone}

> ${v.date2} ${v.staff} <${v.staffMail}> napisał(a):
> Pianino (nr ser. ${v.serial}) gotowe, kaucja ${v.deposit}.
> ${v.staff} | ${v.biz} | ${v.staffPhone}`,
    (v) => x`karta${v.sep}pacjent${v.sep}telefon${v.sep}email${v.sep}data${v.sep}godzina${v.rows}`,
    (v) => x`{"zamowienie":"${v.order}","klient":{"imie":"${v.given}","nazwisko":"${v.fam}","telefon":"${v.phone}","email":"${v.mail}","data_ur":"${v.dob}"},"ip":"${v.ip}","kwota":"${v.total}","karta_koncowka":"${v.last4}","utworzono":"${v.ts}"}`,
    (v) => x`konsultant: ${v.biz} dzień dobry. dzwoniący: dzień dobry tu ${v.lower} w sprawie lekcji gitary, dziecko ma na imię ${v.kid}. konsultant: numer telefonu? dzwoniący: ${v.phone}. konsultant: a mail? dzwoniący: ${v.mail}. konsultant: lekcja ${v.date} o ${v.time}, utwór o tym jak kwitnie ${v.word}.`,
    (v) => x`Poczta głosowa ${v.emo} ${v.time} — Dzień dobry, tu ${v.name}, łódź na miejscu ${v.berth}, ${v.biz}. Nie ma prądu na kei. Proszę oddzwonić na ${v.phone} albo na zagraniczny numer ${v.foreign}. Mail ${v.mail}. Dziękuję.`,
    (v) => x`${v.emo} ${v.biz}: opłata ${v.dues} za miejsce ${v.berth}, termin ${v.date} (fv ${v.inv}). Stacja paliw ${v.t1}–${v.t2}. MMSI ${v.mmsi}. Jacht „${v.word} Wiatrów” stoi burtą.`,
    (v) => x`${v.biz} — zwrot instrumentu ${v.emo}
Nr seryjny: ${v.serial}   Umowa: ${v.contract}   Stroik ${v.version}
Zwrot ${v.amount}: karta ${v.bad} odrzucona, IBAN ${v.iban} błędna suma kontrolna
PESEL płatnika: ${v.id}
Oddano ${v.date}. Futerał w kolorze dzikiej ${v.word}.`,
  ] },
  lt: { w: ['aušra', 'Eglė', 'eglės'], s: [
    (v) => x`${v.biz} — registracija vizitui ${v.emo}
Pavardė: ${v.fam}
Vardas: ${v.given}
Gimimo data: ${v.dob}
Asmens kodas: ${v.id}
Mobilusis: ${v.mob}
El. paštas: ${v.mail}
Priežastis: klausos aparatas švilpia, serijos nr. ${v.serial}
Pageidaujama: ${v.date} po ${v.time}
Kontaktinis asmuo: ${v.kin}
Išsiųsta iš ${v.ip}`,
    (v) => x`${v.biz} 🍷 Užsakymas ${v.order}
PIRKĖJAS: ${v.caps}
Tel. kurjeriui: ${v.phone}
El. paštas: ${v.mail}
Prekės: 6 × Chianti ${v.vintage} (${v.abv}), 1 × trauktinė
Iš viso: ${v.total}
Mokėjimas: ${v.pay}
Amžiaus patikra pristatant: būtinas asmens dokumentas (pasas ${v.passport}, a. k. ${v.id})
Pristatymas ${v.date} ${v.t1}–${v.t2}`,
    (v) => x`${v.biz}: Sveiki, ${v.given}, klausos patikra ${v.date} ${v.time} ${v.emo}. Pakeisti laiką: ${v.phone}. Atsineškite aparatus.`,
    (v) => x`[${v.t1}] ${v.aGiven}: Laba diena, atplaukiu ${v.date}, vieta ${v.berth} ⛵
[${v.t2}] ${v.hm} (uosto kapitonas): Sveiki atvykę! Korpuso nr. ${v.hin}? Uosto mokestis ${v.dues} už sezoną.
[${v.t3}] ${v.a}: taip. Mobilusis ${v.mob}, paštas ${v.mail}
[${v.t4}] ${v.hmGiven}: puiku, užregistruota ${v.emo}`,
    (v) => x`Pokalbio santrauka (DI) — ${v.biz}
• Skambino: ${v.caller}, nuomojasi smuiką vaikui (${v.child}, serijos nr. ${v.serial}, sutartis ${v.contract}).
• Nuoma ${v.rent} per mėnesį iš sąskaitos ${v.iban}.
• Perskambinti ${v.phone}, patvirtinimas ${v.mail}.
• Mokytojas: ${v.teacher}, pamoka ${v.date} ${v.time}.`,
    (v) => x`amžiaus patikra NEPAVYKO užs. ${v.order} — ${v.caps} gim. ${v.dob}, kortelė atmesta ${v.bad}, pakartota ${v.card} ok ${v.emo} siunta ${v.track}. perskamb. ${v.mob} / ${v.mail}`,
    (v) => x`${v.clock} uostas: skambino ${v.lower} dėl vietos ${v.berth}, korpusas ${v.hin}, MMSI ${v.mmsi}, skola ${v.dues} (sąsk. ${v.inv}). perskambinti ${v.phone} ${v.emo} sumokėta kortele ${v.card}`,
    (v) => x`Nuo: ${v.from}
Kam: ${v.to}
Tema: RE: nuomos sutartis ${v.contract}

Ačiū už žinią! Koncertas ${v.date}, gros ${v.kid}. Nuomą nurašykite iš ${v.iban}.
${v.emo}
${v.sender}
${v.phone}

> ${v.date2} ${v.staff} <${v.staffMail}> rašė:
> Pianinas (serijos nr. ${v.serial}) paruoštas, užstatas ${v.deposit}.
> ${v.staff} | ${v.biz} | ${v.staffPhone}`,
    (v) => x`kortelė${v.sep}pacientas${v.sep}telefonas${v.sep}el_pastas${v.sep}data${v.sep}laikas${v.rows}`,
    (v) => x`{"uzsakymas":"${v.order}","pirkejas":{"vardas":"${v.given}","pavarde":"${v.fam}","telefonas":"${v.phone}","el_pastas":"${v.mail}","gimimo_data":"${v.dob}"},"ip":"${v.ip}","suma":"${v.total}","korteles_pabaiga":"${v.last4}","sukurta":"${v.ts}"}`,
    (v) => x`darbuotoja: ${v.biz} laba diena. skambinantis: laba diena čia ${v.lower} dėl fortepijono pamokų, vaikas vardu ${v.kid}. darbuotoja: jūsų numeris? skambinantis: ${v.phone}. darbuotoja: o paštas? skambinantis: ${v.mail}. darbuotoja: pamoka ${v.date} ${v.time}, anksti kaip ${v.word}.`,
    (v) => x`Balso pranešimas ${v.emo} ${v.time} — Laba diena, čia ${v.name}, jachta vietoje ${v.berth}, ${v.biz}. Nėra elektros. Perskambinkite ${v.phone} arba užsienio numeriu ${v.foreign}. Paštas ${v.mail}. Ačiū.`,
    (v) => x`${v.emo} ${v.biz}: mokestis ${v.dues} už vietą ${v.berth}, terminas ${v.date} (sąsk. ${v.inv}). Degalinė ${v.t1}–${v.t2}. MMSI ${v.mmsi}. Jachta „${v.word}“ prišvartuota šalia.`,
    (v) => x`${v.biz} — instrumento grąžinimas ${v.emo}
Serijos nr.: ${v.serial}   Sutartis: ${v.contract}   Derintuvas ${v.version}
Grąžinti ${v.amount}: kortelė ${v.bad} atmesta, IBAN ${v.iban} bloga kontrolinė suma
Mokėtojo asmens kodas: ${v.id}
Grąžinta ${v.date}, dėklas su ${v.word} ornamentu.`,
  ] },
  lb: { w: ['frisch', 'Ernst', 'Frank'], s: [
    (v) => x`${v.biz} — Terminanfrage online ${v.emo}
Name: ${v.fam}
Vorname: ${v.given}
Geburtsdatum: ${v.dob}
Matrikel (CNS): ${v.id}
Handy: ${v.mob}
E-Mail: ${v.mail}
Grund: Hörgerät pfeift, Seriennummer ${v.serial}
Wunschtermin: ${v.date} nach ${v.time}
Notfallkontakt: ${v.kin}
Gesendet von ${v.ip}`,
    (v) => x`${v.biz} 🍷 Bestellung ${v.order}
KUNDE: ${v.caps}
Telefon Lieferung: ${v.phone}
E-Mail: ${v.mail}
Artikel: 6 × Riesling Grand Premier Cru ${v.vintage} (${v.abv}), 1 × Quetsch
Gesamt: ${v.total}
Zahlung: ${v.pay}
Alterskontrolle bei Lieferung: Ausweis erforderlich (Pass ${v.passport} hinterlegt, Matrikel ${v.id})
Lieferung am ${v.date} zwischen ${v.t1} und ${v.t2}`,
    (v) => x`${v.biz}: Moien ${v.given}, Ären Hörtest ass den ${v.date} ëm ${v.time} ${v.emo}. Fir ze verleeën: ${v.phone}. Bréngt w.e.g. Är Apparater mat.`,
    (v) => x`[${v.t1}] ${v.aGiven}: Moien, ech kommen den ${v.date} un, Plaz ${v.berth} ⛵
[${v.t2}] ${v.hm} (Hafemeeschter): Wëllkomm! Rumpnummer ${v.hin}? Hafegebühr ${v.dues} fir d'Saison.
[${v.t3}] ${v.a}: jo. Handy ${v.mob}, Mail ${v.mail}
[${v.t4}] ${v.hmGiven}: super, ageschriwwen ${v.emo}`,
    (v) => x`Gesprächszusammenfassung (KI) — ${v.biz}
• Anrufer: ${v.caller}, mietet eine Geige für ${v.child} (Seriennr. ${v.serial}, Vertrag ${v.contract}).
• Miete ${v.rent} monatlich per Lastschrift von ${v.iban}.
• Rückruf unter ${v.phone}, Bestätigung an ${v.mail}.
• Unterricht bei ${v.teacher} am ${v.date} um ${v.time}.`,
    (v) => x`Alterskontroll NET ok Best. ${v.order} — ${v.caps} geb. ${v.dob}, Kaart refuséiert ${v.bad}, nei mat ${v.card} ok ${v.emo} Päckchen ${v.track}. Rückruf ${v.mob} / ${v.mail}`,
    (v) => x`${v.clock} Hafen: ${v.lower} huet ugeruff wéinst Plaz ${v.berth}, Rumpf ${v.hin}, MMSI ${v.mmsi}, offen ${v.dues} (Rechn. ${v.inv}). zréckruffen ${v.phone} ${v.emo} bezuelt mat Kaart ${v.card}`,
    (v) => x`Von: ${v.from}
An: ${v.to}
Betreff: AW: Mietvertrag ${v.contract}

Merci villmools, ${v.sGiven}! ${v.kid} spillt um Concert vum ${v.date}. D'Locatioun kënnt Dir vun ${v.iban} ofbuchen.
${v.emo}
${v.sender}
${v.phone}

> Am ${v.date2} schrieb ${v.staff} <${v.staffMail}>:
> Das Klavier (Seriennr. ${v.serial}) steht bereit, Kaution ${v.deposit}.
> ${v.staff} | ${v.biz} | ${v.staffPhone}`,
    (v) => x`Dossier${v.sep}Patient${v.sep}Telefon${v.sep}E-Mail${v.sep}Datum${v.sep}Uhrzeit${v.rows}`,
    (v) => x`{"bestellung":"${v.order}","kunde":{"vorname":"${v.given}","nachname":"${v.fam}","telefon":"${v.phone}","email":"${v.mail}","geburtsdatum":"${v.dob}"},"ip":"${v.ip}","betrag":"${v.total}","karte_letzte4":"${v.last4}","erstellt":"${v.ts}"}`,
    (v) => x`mataarbechter: ${v.biz} moien. uruffer: moien hei ass ${v.lower} wéinst de gittaresstonne vum ${v.kid}. mataarbechter: är nummer? uruffer: ${v.phone}. mataarbechter: an d'mail? uruffer: ${v.mail}. mataarbechter: stonn den ${v.date} ëm ${v.time}, bréngt d'noten ${v.word} gedréckt mat.`,
    (v) => x`Mailbox ${v.emo} ${v.time} — Moien, hei ass ${v.name}, d'Boot op der Plaz ${v.berth}, ${v.biz}. Et ass kee Stroum. Rufft mech w.e.g. op ${v.phone} oder op meng auslännesch Nummer ${v.foreign}. Mail ${v.mail}. Merci.`,
    (v) => x`${v.emo} ${v.biz}: Hafegebühr ${v.dues} fir Plaz ${v.berth}, fälleg den ${v.date} (Rechn. ${v.inv}). Tankstell ${v.t1}–${v.t2}. MMSI ${v.mmsi}. ${v.word} bleibt die Lage am Steg bei Hochwasser.`,
    (v) => x`${v.biz} — Instrumentrückgabe ${v.emo}
Seriennummer: ${v.serial}   Vertrag: ${v.contract}   Stimmgerät ${v.version}
Erstattung ${v.amount}: Karte ${v.bad} abgelehnt, IBAN ${v.iban} Prüfziffer falsch
Matrikel Zahler: ${v.id}
Zurück am ${v.date}. ${v.word} und frei gesagt: der Koffer ist kaputt.`,
  ] },
  es: { w: ['paz', 'Luz', 'rocío'], s: [
    (v) => x`${v.biz} — solicitud de cita ${v.emo}
Apellidos: ${v.fam}
Nombre: ${v.given}
Fecha de nacimiento: ${v.dob}
DNI/NIE: ${v.id}
Móvil: ${v.mob}
Correo: ${v.mail}
Motivo: el audífono pita, n.º de serie ${v.serial}
Preferencia: ${v.date} después de las ${v.time}
Persona de contacto: ${v.kin}
Enviado desde ${v.ip}`,
    (v) => x`${v.biz} 🍷 Pedido ${v.order}
CLIENTE: ${v.caps}
Teléfono de entrega: ${v.phone}
Correo: ${v.mail}
Artículos: 6 × Ribera del Duero ${v.vintage} (${v.abv}), 1 × orujo
Total: ${v.total}
Pago: ${v.pay}
Verificación de edad en la entrega: documento obligatorio (pasaporte ${v.passport}, DNI/NIE ${v.id})
Entrega el ${v.date} entre las ${v.t1} y las ${v.t2}`,
    (v) => x`${v.biz}: Hola ${v.given}, su revisión auditiva es el ${v.date} a las ${v.time} ${v.emo}. Para cambiarla llame al ${v.phone}. Traiga sus audífonos.`,
    (v) => x`[${v.t1}] ${v.aGiven}: Buenas, llego el ${v.date}, amarre ${v.berth} ⛵
[${v.t2}] ${v.hm} (capitanía): ¡Bienvenido! ¿N.º de casco ${v.hin}? Tasa ${v.dues} por temporada.
[${v.t3}] ${v.a}: sí. Móvil ${v.mob}, correo ${v.mail}
[${v.t4}] ${v.hmGiven}: perfecto, anotado ${v.emo}`,
    (v) => x`Resumen de llamada (IA) — ${v.biz}
• Llamante: ${v.caller}, alquila un violín para ${v.child} (n.º de serie ${v.serial}, contrato ${v.contract}).
• Alquiler ${v.rent} al mes domiciliado en ${v.iban}.
• Devolver la llamada al ${v.phone}, confirmación a ${v.mail}.
• Clase con ${v.teacher} el ${v.date} a las ${v.time}.`,
    (v) => x`control edad KO ped. ${v.order} — ${v.caps} nac. ${v.dob}, tarjeta rechazada ${v.bad}, reintento ${v.card} ok ${v.emo} envío ${v.track}. llamar ${v.mob} / ${v.mail}`,
    (v) => x`${v.clock} capitanía: llamó ${v.lower} por el amarre ${v.berth}, casco ${v.hin}, MMSI ${v.mmsi}, deuda ${v.dues} (fra. ${v.inv}). devolver llamada ${v.phone} ${v.emo} pagado con tarjeta ${v.card}`,
    (v) => x`De: ${v.from}
Para: ${v.to}
Asunto: RE: contrato de alquiler ${v.contract}

¡Gracias, ${v.sGiven}! ${v.kid} tocará en la audición del ${v.date}. Pueden cargar el alquiler en ${v.iban}.
${v.emo}
${v.sender}
${v.phone}

> El ${v.date2}, ${v.staff} <${v.staffMail}> escribió:
> El piano vertical (n.º ${v.serial}) está listo, fianza ${v.deposit}.
> ${v.staff} | ${v.biz} | ${v.staffPhone}`,
    (v) => x`historia${v.sep}paciente${v.sep}teléfono${v.sep}correo${v.sep}fecha${v.sep}hora${v.rows}`,
    (v) => x`{"pedido":"${v.order}","cliente":{"nombre":"${v.given}","apellidos":"${v.fam}","telefono":"${v.phone}","correo":"${v.mail}","nacimiento":"${v.dob}"},"ip":"${v.ip}","importe":"${v.total}","tarjeta_ultimos4":"${v.last4}","creado":"${v.ts}"}`,
    (v) => x`agente: ${v.biz} buenas tardes. llamante: hola soy ${v.lower} por las clases de guitarra de ${v.kid}. agente: ¿su teléfono? llamante: ${v.phone}. agente: ¿y el correo? llamante: ${v.mail}. agente: clase el ${v.date} a las ${v.time}, y así quedamos en ${v.word}.`,
    (v) => x`Buzón de voz ${v.emo} ${v.time} — Hola, soy ${v.name}, del barco del amarre ${v.berth} en ${v.biz}. No hay luz en el pantalán. Llámenme al ${v.phone} o a mi número extranjero ${v.foreign}. Correo ${v.mail}. Gracias.`,
    (v) => x`${v.emo} ${v.biz}: tasa ${v.dues} por el amarre ${v.berth}, vence el ${v.date} (fra. ${v.inv}). Gasolinera ${v.t1}–${v.t2}. MMSI ${v.mmsi}. Velero «${v.word} del Sur» abarloado.`,
    (v) => x`${v.biz} — devolución de instrumento ${v.emo}
N.º de serie: ${v.serial}   Contrato: ${v.contract}   Afinador ${v.version}
Reembolso ${v.amount}: tarjeta ${v.bad} rechazada, IBAN ${v.iban} con dígitos de control erróneos
DNI del pagador: ${v.id}
Devuelto el ${v.date}. El estuche estaba mojado de ${v.word}.`,
  ] },
}
