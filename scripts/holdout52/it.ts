// The Italian pack (it-IT).
import type { Pack } from "./pack.ts"

export const IT: Pack = {
  lang: "it",
  templates: {
    chat: [
      `
Trascrizione chat · {biz} · {date}
IP visitatore: {ip} · {browser}
[{clock}] {a.given} ({biz}): Buongiorno, sono {a.given}. Come posso aiutarla?
[{clock}] {c.given}: salve, è per {what}. {issue}
[{clock}] {a.given} ({biz}): Mi dispiace. Mi lascia nome e un numero per richiamarla?
[{clock}] {c.given}: {c}, {phone}
[{clock}] {a.given} ({biz}): Grazie {c.title}. Vedo la sua pratica: {r1}. {fix}
[{clock}] {c.given}: ok, mi mandate la conferma a {email}?
[{clock}] {a.given} ({biz}): Inviata. Buona giornata!`,
      `
[{clock}] Operatore: Benvenuto da {biz}, sono {a.given}.
[{clock}] Cliente: Salve, devo pagare l'acconto di {amount} per {n1}
[{clock}] Operatore: Le mando un link di pagamento sicuro, per favore non scriva la carta qui.
[{clock}] Cliente: ops troppo tardi {card} scad. {exp}
[{clock}] Operatore: Nessun problema, l'ho oscurata ({masked}). Il link arriva al {phone}, giusto?
[{clock}] Cliente: sì
[{clock}] Operatore: {fix} Per qualsiasi cosa: {bizline}.`,
      `
[{wadate}, {clock}] {c}: Buongiorno, è {biz}? {issue}
[{wadate}, {clock}] {biz}: Salve {c.given}, sono {a.given} 👋 Ha il numero sull'etichetta ({ld})?
[{wadate}, {clock}] {c}: {nd}
[{wadate}, {clock}] {biz}: Grazie! {fix} {k} del nostro team la richiama al {phone}.
[{wadate}, {clock}] {c}: grazie, sono proprio [[name-word:felice]] 😊`,
    ],
    sms: [
      `{biz}: Gentile {c.given}, l'appuntamento del {date} tra le {time} e le {time2} è confermato. Rif. {n1}. Info: {bizline}`,
      `Salve sono {c}, per favore richiamatemi per {n1} al {phone} dopo le {time}. Grazie`,
      `{!jewel}Buongiorno {c.title}, sono {k.given} di {biz}. Sono davanti al civico {house} ma non trovo parcheggio. Mi chiama al {kphone}?`,
    ],
    note: [
      `
Pratica {case} | {biz}
Cliente: {c.crm}
Data di nascita: {dob} | CAP: {post}
Tel.: {phone} / {land}
Email: {email}
Rif.: {r1}; {r2}
Nota ({a.initial}, {date}): {issue} {fix}
Assegnata a: {k.crm}
?{^rd}`,
      `{date} {time} – {a.caps} – chiamata in entrata da {c.caps} per {n1}. {issue} Confermata data di nascita {dob}. {fix} Richiamare al {phone.intl} dopo le {time2}. Passata a {k.given} (pianificazione).`,
      `
Blocco area clienti – {c} ({email})
{ts} accesso fallito x5 da {ip4}
{ts2} accesso fallito da {ip6}
Cliente chiamato al {phone}: solo il secondo indirizzo è suo. Reset fatto da {a.given}; {k.given} controlla {ip4}. App {ver}.`,
    ],
    callback: [
      `
RICHIESTA DI RICHIAMATA
Nome: {c.tfull}
Numero: {phone}
Quando: {date}, dopo le {time}
Oggetto: {r1} – {issue}
Presa da: {a.given} | per: {k}
?{^rd}`,
      `Richiamare {c.crm} {phone} per {n1} – vuole parlare solo con {k.given}, non prima delle {time}. {|Lasciato messaggio.|Non risponde x2.}`,
      `Richiamare {c.title} al {phone}, altrimenti {a.given} al {aline} {ext}. Riguarda {what}. {fix}`,
    ],
    email: [
      `
Oggetto: R: Il suo ordine {n1}

Buongiorno {a.given},

grazie per la risposta. {issue} Potete chiamarmi al {phone} prima delle {time}? Il {date} non ci sono.

Cordiali saluti
{c}
{phone.nat}

Il giorno {date2} {a} <{amail}> ha scritto:
> {c.dear},
> grazie per aver contattato {biz}. {fix}
> Cordiali saluti
> {a.given}
> {biz} | {bizline} | {role}`,
      `
Oggetto: Rimborso {n1}

Buongiorno,

ho annullato {what} il {date} e mi è stato promesso un rimborso di {amount}. Vi prego di effettuarlo su:
{refund}
Intestatario: {c}

L'IBAN {ibanbad} della prima mail era sbagliato, scusate.
Per domande: {phone}

Saluti,
{c.given}`,
      `
---------- Messaggio inoltrato ---------
Da: {c} <{email}>
Data: {date}, {time}
Oggetto: Reclamo {n1}
A: {role}
X-Originating-IP: [{ip4}]

{issue} Mi hanno già rimbalzato due volte tra {q.given} e il vostro ufficio.
Aspetto una chiamata al {phone} entro il {date2}.
{c}

{k.given}, puoi occupartene tu? Grazie, {a.given}`,
    ],
    summary: [
      `
Riepilogo chiamata (automatico)
• Chiamante: {c}
• Operatore: {a}
• Motivo: {issue}
• Esito: {fix}
• Seguito: {k.given} richiama al {phone} entro il {date}
• Riferimenti: {r1}, {r2}{%50|, {rd}}`,
      `
Rimborso – {date}
Cliente: {c.crm} | {email}
Pagamento: carta {masked}, {amount}
Rimborso: {amount2} su {refund}
Approvato da: {k} (capo team)
Motivo: {issue}
?Nota: l'IBAN {ibanbad} del modulo non era valido (cifre di controllo).`,
      `
Chiamata {case} – {date} {time} – {mins}
In entrata da {phone.intl}. Nome compitato: {c.spell}, rif. {r1}.
Carta che termina con {masked}; la nuova carta {luhnbad} è stata rifiutata, poi accettata {card} (scad. {exp}).
{fix} Prossimo passo: {k.given}.`,
    ],
    transcript: [
      `
[00:00:02] operatore: {~biz} buongiorno, sono {a.lgiven}
[00:00:05] cliente: sì salve ehm sono {c.lower}, chiamo per {~what}
[00:00:11] operatore: mi compita il cognome?
[00:00:14] cliente: {c.lspell}
[00:00:20] operatore: grazie, e un numero per richiamarla
[00:00:23] cliente: {phone.said}
[00:00:33] operatore: la data di nascita?
[00:00:35] cliente: {sdob}
[00:00:40] cliente: {~issue}
[00:00:52] operatore: va bene. {~fix}`,
      `
parlante 1: {~biz}, sono {a.lgiven}
parlante 2: salve, chiamo per conto di {c.lower}, io sono {p.lower}
parlante 1: {c.lgiven} è lì con lei? mi serve il consenso
parlante 2: sì un attimo... {c.lgiven} dice di sì
parlante 1: bene. cosa succede
parlante 2: {~issue}
parlante 1: il numero migliore per richiamarla
parlante 2: {phone2.said}`,
      `
operatore: {~biz} pagamenti, sono {a.lgiven}
cliente: salve vorrei pagare {|l'acconto|il saldo} per {n1}
operatore: certo, sono {amount}, mi dica pure il numero della carta
cliente: allora è {card}
operatore: e la scadenza
cliente: {exp}
operatore: grazie, è andato a buon fine. la ricevuta va a... è sempre {email}
cliente: sì esatto
operatore: perfetto, buona giornata {c.lower}`,
    ],
    voicemail: [
      `
Messaggio vocale da {phone.intl} · {date} {time}
«salve sono {c.lower} per {n1} ehm {~issue} mi richiami al {phone.said} grazie arrivederci»`,
      `
Nuovo messaggio vocale (trascritto)
Da: {c} <{phone}>
«sì buongiorno, messaggio per {a.lgiven}... sono di nuovo {c.lgiven}... la fattura è di {amount}, non era quello che avevamo detto... mi trova al {land.said} o alla mail {email}»`,
    ],
  },
  bare: {
    chat: [`[{clock}] Bot: Il nostro team risponde dal lunedì al venerdì dalle {time} alle {time2}. Attesa attuale: circa {mins}.
[{clock}] Visitatore: ok grazie, [[name-word:felice]] giornata`],
    sms: [`{!jewel}{biz}: siamo in arrivo verso le {time}. Rif. {n1}.`, `{biz}: pagamento di {amount} ricevuto per {n1}, carta {masked}. Grazie!`],
    note: [`Nota operativa {date}: furgone 3 in officina, interventi {n1} e {n3} spostati al {date2}. Ricambi {track} in arrivo entro le {time}. App {ver} installata.`],
    callback: [`Coda richiamate {date} {time}: 9 in attesa, la più vecchia da {mins}. Priorità: {r1}, {r2}.`],
    email: [`Grazie per aver scritto a {biz}. L'ufficio è chiuso fino al {date}. Indichi {r1} nella risposta.`],
    summary: [`Riepilogo del giorno {date}: 159 chiamate, durata media {mins}, rimborsi {amount}. Pratica {case} scalata.`],
    transcript: [`ivr: benvenuti da {~biz}. siamo disponibili dalle {time} alle {time2}. premere uno per gli appuntamenti.`],
    voicemail: [`Messaggio vocale (numero privato) · {date} {time}
«...pronto? ... è per {n1}... richiamo più tardi»`],
  },
  biz: {
    stair: {
      what: ["il montascale", "il montascale curvilineo", "la poltroncina della scala della cantina", "il sollevatore per vasca"],
      issue: ["L'app non accetta la matricola {nd} della targhetta sotto il sedile.", "Il montascale si ferma a metà e suona tre volte.", "Il sedile in cima non ruota più.", "Il telecomando del piano di sopra non funziona più.", "Bisogna allungare la guida prima che mia madre torni dall'ospedale il {date3}.", "La spia della batteria lampeggia anche dopo una notte in carica."],
      fix: ["Sopralluogo fissato: guida attuale {nspec}, prolunga a preventivo separato.", "Telecomando sostitutivo spedito oggi, tracking {track}.", "Tecnico programmato: pulizia contatti di ricarica e prova del sensore poggiapiedi.", "Leva di ricambio ordinata, montaggio alla prossima visita.", "Cliente guidato con la chiave e il reset, il montascale riparte.", "Sopralluogo per allungare la guida, preventivo a seguire.", "Batterie in garanzia, una coppia nuova parte oggi."],
      labels: ["ordine", "guida", "intervento di manutenzione", "matricola"],
    },
    cater: {
      what: ["il buffet per 80 persone", "l'ordine di tartine", "il pranzo in ufficio", "il pranzo del battesimo", "il menù per la festa di pensione"],
      issue: ["La banca mostra l'acconto con {nd}, ma la vostra fattura ha un altro numero.", "Ci servono 74 coperti invece di 60 e due secondi vegani.", "Un'ospite ha una grave allergia alla frutta secca e lo voglio scritto sull'ordine.", "Il cibo caldo è arrivato tiepido e mancava il vassoio dei dolci.", "Possiamo spostare la degustazione a una sera infrasettimanale?", "L'acconto di {amount} mi è stato addebitato due volte sulla carta."],
      fix: ["Menù {nspec} confermato con la cucina, allergeni indicati.", "Coperti aggiornati e cucina avvisata, nuova fattura a seguire.", "Allergia segnata sull'ordine e sulla scheda evento.", "Rimborso parziale di {small} approvato per i dolci mancanti.", "Degustazione spostata al {date3} alle {time3}; lo chef conferma.", "Acconto doppio stornato, visibile entro {dur}."],
      labels: ["prenotazione", "codice menù", "degustazione", "rif. acconto"],
    },
    cool: {
      what: ["il condizionatore", "lo split della camera", "la cassetta dell'ufficio", "l'unità esterna"],
      issue: ["Ho registrato la garanzia online e ho ricevuto {nd}, ma la mail di conferma non è mai arrivata.", "L'unità interna gocciola lungo il muro.", "In raffreddamento butta aria calda e compare E6.", "L'unità esterna vibra di notte e i vicini si lamentano.", "Il telecomando segnala il filtro anche se l'abbiamo pulito.", "Il {date3} non è venuto nessuno per la manutenzione e avevo preso ferie."],
      fix: ["Motore ventola ordinato per il {nspec}.", "Telecomando di ricambio spedito, tracking {track}.", "Scarico condensa liberato, pompa provata.", "Il tecnico controlla la pressione del gas; registro F-gas aggiornato.", "Antivibranti ordinati per l'unità esterna.", "Avviso filtro azzerato da remoto.", "Appuntamento mancato registrato come reclamo, uscita da {small} stornata."],
      labels: ["contratto di manutenzione", "modello", "registro F-gas", "n. registrazione garanzia"],
    },
    jewel: {
      what: ["l'anello di fidanzamento", "la spilla antica", "il bracciale d'argento", "l'anello con sigillo", "la collana di perle"],
      issue: ["L'assicurazione mi ha dato il numero di sinistro {nd} e vuole la vostra perizia.", "Una griffa dell'anello di fidanzamento è allentata e la pietra si muove.", "L'incisione sul bracciale ha le iniziali sbagliate.", "Vorrei portare l'anello dalla misura 12 alla 15.", "Vorrei incidere una [[name-word:rosa]] sul ciondolo entro il {date3}.", "Mi serve una perizia per l'assicurazione dopo il furto."],
      fix: ["Incisione rifatta gratis, bozza {nspec} inviata per approvazione.", "Gioiello rispedito con assicurata, tracking {track}.", "Griffe ribattute e pietra controllata.", "Incisione rifatta gratis, nuova bozza inviata per approvazione.", "Ridimensionamento in laboratorio, pronto in {dur}.", "Chiusura nuova montata e gioiello pulito.", "Appuntamento per la perizia fissato, certificato tra {dur}."],
      labels: ["busta riparazione", "bozza incisione", "certificato di perizia", "n. sinistro"],
    },
  },
  words: { ext: ["int.", "interno"], routing: "ABI", account: "conto", branch: "filiale" },
}
