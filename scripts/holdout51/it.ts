// Italian (Italy): chat, nota operatore, richiesta di richiamata, e-mail con citazione, riepilogo, trascrizione.
import type { Pack } from "./pack.ts"

export const IT: Pack = {
  lang: "it",
  titles: { f: ["sig.ra", "signora", "Sig.ra"], m: ["sig.", "signor", "Sig."] },
  phrases: {
    paycard: ["carta {card}, scad. {expiry}", "la carta è {card} ({expiry})"],
    payiban: ["IBAN {iban}", "rimborso sull'IBAN {iban}", "il mio conto: IBAN {iban}"],
    badcard: ["la carta {luhnbad} è stata rifiutata", "con la {luhnbad} il pagamento non è passato"],
    badiban: ["l'IBAN {ibanbad} risulta non valido", "IBAN {ibanbad} respinto dalla banca (errore di battitura?)"],
    hi: ["Ciao", "Buongiorno", "Salve", "Buonasera"],
    bye: ["Cordiali saluti", "Grazie mille", "Saluti", "Un saluto"],
    um: ["ehm", "allora", "cioè"],
    sayok: ["va bene", "ok", "perfetto", "sì"],
    nw: ["Sono [[name-word:felice]] che sia tutto risolto.", "Con la [[name-word:speranza]] di sentirci presto.", "Oggi è una giornata [[name-word:serena]], grazie.", "Che [[name-word:gioia]] ricevere la risposta!", "La federa è disponibile anche [[name-word:rosa]] antico."],
  },
  biz: {
    sleep: {
      longline: ["Contratto di finanziamento {long}"],
      item: ["materasso", "rete a doghe", "topper"],
      issue: ["il materasso doveva arrivare il {date} e non è venuto nessuno, ordine {ref}", "il topper dell'ordine {ref} è arrivato con la fodera strappata", "vorrei restituire il materasso entro le 100 notti di prova, ordine {ref}", "mi avete addebitato {amount} due volte, ordine {ref}", "il mio contratto di finanziamento {long} riporta un saldo sbagliato"],
      nissue: ["consegna {ref} del {date} saltata", "reso prova 100 notti, {ref}, ritiro da fissare", "fodera danneggiata, cod. {n.mattress-sku}", "doppio addebito {amount} su {ref}", "finanziamento {long}: saldo errato"],
      sissue: ["il materasso non è mai arrivato doveva arrivare il {dsaid}", "voglio restituire il materasso è troppo rigido", "la fodera è strappata"],
      fix: ["consegna riprogrammata il {date2} tra le {time} e le {time2}", "reso {n.trial-return} aperto, il corriere la chiamerà", "fodera nuova ({n.mattress-sku}) spedita, tracking {track}", "il doppio addebito di {amount} sarà rimborsato entro {dur}"],
      visit: ["la consegna", "il ritiro"],
      ops: ["giro 3 annullato, consegne da {ts} spostate; {n.mattress-sku} esaurito fino al {date2}"],
    },
    physio: {
      longline: ["Autorizzazione assicurazione {long}"],
      item: ["appuntamento", "valutazione", "massaggio sportivo"],
      issue: ["devo spostare l'appuntamento del {date}, rif. {ref}", "mi avete addebitato {amount} per una seduta disdetta", "l'assicurazione vuole il numero di autorizzazione {long} in fattura", "il ginocchio va peggio dall'ultima seduta", "il link alla scheda esercizi {n.exercise-plan} non funziona"],
      nissue: ["spostare app. {ref} del {date}", "penale {amount} contestata", "autorizzazione {long} da inserire in {n.physio-invoice}", "dolore dopo seduta, richiamare fisioterapista", "scheda {n.exercise-plan} rimandata"],
      sissue: ["devo spostare l'appuntamento del {dsaid}", "la spalla va peggio di prima", "l'assicurazione vuole un numero sulla fattura"],
      fix: ["spostato al {date2} alle {time} con {t.first}", "penale annullata", "fattura {n.physio-invoice} riemessa con l'autorizzazione", "controllo di {mins} prenotato con {t.full}"],
      visit: ["l'appuntamento", "la seduta"],
      ops: ["sala 2 chiusa il {date2}, sedute spostate; scheda {n.exercise-plan} aggiornata"],
    },
    windows: {
      longline: ["Certificato di garanzia {long}"],
      item: ["portafinestra", "porta blindata", "finestra in PVC"],
      issue: ["i montatori hanno lasciato una fessura intorno alla portafinestra, preventivo {ref}", "c'è condensa tra i vetri della finestra della cucina", "devo spostare il sopralluogo {n.survey-ref}", "si è rotta la maniglia della porta d'ingresso, garanzia {long}", "il mio acconto di {amount} non risulta sul preventivo {ref}"],
      nissue: ["vetrocamera appannata, garanzia {long}", "sopralluogo {n.survey-ref} da spostare", "spiffero dopo posa, {ref}", "acconto {amount} non registrato su {ref}", "misura {n.frame-size} sbagliata"],
      sissue: ["c'è la condensa dentro il vetro", "i montatori hanno lasciato un buco vicino alla porta", "si è staccata la maniglia"],
      fix: ["intervento tecnico il {date2} tra le {time} e le {time2}", "ordinata una nuova vetrocamera {n.frame-size}, tempi {dur}", "sopralluogo con {t.first} il {date2}", "acconto di {amount} registrato sul preventivo {ref}"],
      visit: ["il sopralluogo", "la posa"],
      ops: ["ritardo fornitore vetri di {dur}, misure {n.frame-size} coinvolte da {ts}"],
    },
    dry: {
      longline: ["Carta fedeltà {long}"],
      item: ["completo", "abito da sposa", "piumone"],
      issue: ["il completo è tornato con la macchia, scontrino {ref}", "non trovo lo scontrino dell'abito", "alla giacca manca un bottone, scontrino {ref}", "l'orlo dei pantaloni è corto di 2 cm", "mi serve il piumone prima del {date}"],
      nissue: ["carta fedeltà {long} senza punti", "macchia non tolta, {ref}", "scontrino perso, capo su stender {n.rack-slot}", "bottone mancante, {ref}", "orlo corto, da rifare", "urgenza per il {date}, conto aziendale {n.corporate-account}"],
      sissue: ["la macchia c'è ancora", "ho perso lo scontrino", "manca un bottone alla giacca"],
      fix: ["lo rilaviamo gratis, pronto il {date2}", "è sullo stender {n.rack-slot}, pronto da ritirare", "{t.first} rifà l'orlo entro il {date2}", "accreditiamo {amount} sul conto {n.corporate-account}"],
      visit: ["il ritiro", "la prova"],
      ops: ["pressa 2 guasta da {ts}, stender {n.rack-slot} pieno, ritiri spostati al {date2}"],
    },
  },
  kinds: {
    chat: [
      `{clock} {a.first}: Ciao! Sono {a.first} di {brand} {emo} Come posso aiutarti?
{clock} Cliente: buongiorno, {issue}
{clock} {a.first}: Mi dispiace! Mi dai nome e numero di telefono?
{clock} Cliente: {c.lc}, {c.phone}
{clock} {a.first}: Grazie {c.first}. {^fix}.
{clock} Cliente: ok grazie {emo}`,
      `[{date}, {clock}] {c.full}: {hi} {emo} {issue}
[{date}, {clock}] {brand}: Ciao {c.first}, sono {a.first}. Mi mandi email e CAP?
[{date}, {clock}] {c.full}: {c.email} e {post}
[{date}, {clock}] {brand}: Grazie! {^fix}. {nw}`,
      `Chat · {brand} · IP {ip} · {browser}
{clock} Visitatore: ciao posso pagare il saldo di {ref} qui? {amount}
{clock} {a.full}: Per sicurezza non scrivere dati bancari in chat, ti mando un link di pagamento.
{clock} Visitatore: troppo tardi 🙈 {pay}
{clock} {a.full}: Nessun problema, è oscurato. Il link arriva a {c.email}.
{clock} Visitatore: grazie, sono {c.first}. se non rispondo, {p.first} al {p.phone}`,
    ],
    note: [
      `{date} {time} {a.init}: chiama {c.full} per {nissue}. Verificato (data di nascita {dob}, CAP {post}). {^fix}. Richiamare al {c.phone}. {nw}`,
      `Pratica {case} | {brand} | {date}
Cliente: {c.lastcomma}
Email: {c.email}
Tel.: {c.phone} / fisso {c.land}
Indirizzo: Via Roma {house}, {post}
Motivo: {nissue}
Azione: {^fix}
Rimborso su: {iban}
{longline}
{badpay}
Operatore: {a.first}`,
      `{ts} account bloccato: {c.full} ({c.email}), 5 tentativi falliti da {ip} e {ip6}, app {ver}. Link di reset inviato, valido {mins}. {a.init}`,
    ],
    callback: [
      `RICHIESTA DI RICHIAMATA {date} {time}
Nome: {c.titlefull}
Recapito: {c.phone} (cell.) o {c.land} dopo le {time2}
Oggetto: {nissue}
Rif.: {ref}
{longline}
Presa da: {a.first}`,
      `richiamare {c.title} al {c.phone} entro le {time} — {nissue}. Può rispondere {p.first}. Messaggio lasciato il {date}. {a.first}`,
      `Richiamata per {t.full} (centralino {bizphone}): {c.full} chiede di essere richiamato per {nissue}. Nessuna risposta al {c.phone} alle {time}, riprovare il {date}.`,
    ],
    email: [
      `Oggetto: R: Ordine {ref}

{hi} {a.first},

{issue}. Aspetto dal {date} e comincio a spazientirmi.

Potete richiamarmi al {c.phone}? Sono a casa dopo le {time}.

{bye}
{c.full}

Il giorno {date2} {a.full} <{a.email}> ha scritto:
> Gentile {c.title},
> grazie per il messaggio. {^fix}.
> Cordiali saluti,
> {a.first} | {brand} | {bizphone} | {role}`,
      `Gentile {c.title},

a seguito della sua telefonata le confermiamo: {fix}.

Il suo riferimento è {ref}. Per qualsiasi domanda risponda a questa email o chiami il {bizphone}.

{nw}

Cordiali saluti
{a.full}
Servizio clienti {brand}
{a.email}`,
      `Da: {c.full} <{c.email}>
A: {role2}
Oggetto: rimborso {ref}

Buongiorno,

{issue}. Vi prego di rimborsare su:
{pay}

Tel. {c.phone}

{c.first}`,
    ],
    summary: [
      `Riepilogo chiamata {date} {time}, durata {mins}
Chiamante: {c.full} ({c.phone})
Operatore: {a.full}
Motivo: {nissue}
Esito: {^fix}
Conferma inviata a {c.email} (cc {role}). Pratica {case}.`,
      `Riepilogo IA ({ver})
• {^c.titlefull} chiama per {ref}.
• Problema: {nissue}.
• Soluzione: {^fix}.
• Contatti: {c.email}, {c.phone2}`,
      `{^c.titlefull} ha chiamato il {date}: {issue}. Concordato: {fix}. {^badpay}. Contatti: {c.email} o {c.phone}. {nw}`,
    ],
    transcript: [
      `[{off}] OPERATORE: {brandlc} buongiorno sono {a.lcfirst} come posso aiutarla
[{off}] CHIAMANTE: sì buongiorno {um} sono {c.lc} {um} {sissue}
[{off}] OPERATORE: {sayok} a che numero posso richiamarla
[{off}] CHIAMANTE: al {c.said}
[{off}] OPERATORE: grazie allora {fix}
[{off}] CHIAMANTE: perfetto grazie arrivederci`,
      `Segreteria · da {c.phone} · {date} {time} · trascritto
"sì buongiorno sono {c.lcfirst} {um} chiamo per {visit} del {dsaid} {um} mi richiamate al {c.said} grazie"`,
      `Parlante 1: {brandlc} sono {a.lcfirst}
Parlante 2: sì {um} chiamo per {c.lc} sono {p.lcfirst}
Parlante 1: {sayok} di cosa si tratta
Parlante 2: {sissue}
Parlante 1: {c.lcfirst} può richiamarci al {bizphone}
Parlante 2: {sayok} oppure chiamate me al {p.said}`,
    ],
  },
  bare: {
    chat: [`{clock} Visitatore: consegnate a {post}?
{clock} Operatore: Sì, di solito in {dur}. La spedizione costa {amount}.
{clock} Visitatore: grazie {emo}`],
    note: [`Nota operativa {date}: {ops}. {nw}`],
    callback: [`Coda richiamate {date}: 5 in attesa, la più vecchia delle {time}. Tante domande sui tempi ({dur}).`],
    email: [`Oggetto: La sua pratica {case}

Grazie per aver contattato {brand}. Rispondiamo entro {dur}. Tenga a portata di mano il riferimento {ref}.`],
    summary: [`Riepilogo {date}: il chiamante non ha dato il nome, domanda generica su prezzi ({amount}) e tempi ({dur}). Nessuna azione.`],
    transcript: [`[{off}] IVR: benvenuto in {brandlc}
[{off}] CHIAMANTE: {um} orari di apertura
[{off}] IVR: siamo aperti dalle {time} resti in linea`],
  },
}
