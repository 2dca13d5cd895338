// it-IT texts: written one by one (cristalli auto, contestazioni carta di credito, autorizzazioni dell'assicurazione
// sanitaria, perdite d'acqua, permessi ZTL per residenti, biglietteria dello stadio, abbonamento treno, e-learning).
import { mk } from "./markup.ts"

const t = mk("it-IT")

export const IT_IT = [
  t("chat", `VetroSicuro – Assistenza cristalli
[08:50] Tu: buongiorno, ho il parabrezza scheggiato dopo un sasso in tangenziale
[08:51] {{PERSON|Giulia}} (VetroSicuro): Buongiorno! Se la scheggia è più piccola di una moneta da 2 euro la ripariamo. Targa?
[08:51] Tu: {{neg:plate|GE 418 KT}}
[08:52] {{PERSON|Giulia}} (VetroSicuro): Perfetto, ho un posto domani alle {{neg:time|11:15}} nel centro di Sesto San Giovanni. Un numero per conferma?
[08:52] Tu: {{PHONE|347 218 9054}}`),
  t("transcript", `OPERATORE: Carta Ausonia, ufficio contestazioni, sono {{PERSON|Davide}}.
CLIENTE: Buongiorno, mi hanno addebitato due volte un albergo a Firenze.
OPERATORE: Mi dice il suo nome?
CLIENTE: {{PERSON|Ornella Bianchi Caruso}}.
OPERATORE: Vedo due addebiti di {{neg:amount|412,00 €}} del {{neg:date|28 novembre}}. Apro la contestazione {{neg:case-number|CA-55102-X}}. Il rimborso arriverà sul conto {{IBAN|IT30 X030 6909 6061 0000 0183 526}}.
CLIENTE: Grazie. Se serve mi chiami al {{PHONE|tre tre tre, sei zero quattro, undici, settantotto}}.`),
  t("email", `Da: {{PERSON|Salvatore Esposito}} <{{EMAIL|s.esposito@example.it.example.com}}>
A: {{EMAIL|autorizzazioni@salutepiu.example}}
Oggetto: Richiesta autorizzazione ricovero

Gentili signori,

mia moglie {{PERSON|Carmela}} deve essere operata alla clinica Villa Serena il {{neg:date|15 dicembre}}. Vi chiedo l'autorizzazione in forma diretta. Polizza n. {{neg:policy-number|SP 2026 0041 87}}.

Per informazioni: {{PHONE|081 552 3418}}.

Cordiali saluti,
{{PERSON|Salvatore Esposito}}`),
  t("sms", `Acquedotto Lombardo: perdita rilevata sulla rete in via Padova. Possibili interruzioni fino alle {{neg:time|18:00}}. Info {{PHONE|800 914 227}}`),
  t("note", `Segnalazione perdita: sig.ra {{PERSON|Antonella Ricci}}, contatore {{neg:meter-number|AL-0088 1422}}, CAP {{neg:postcode|20127}}. Acqua in cantina da due giorni. Richiamare al {{PHONE|02 8734 1190}} o cell. {{PHONE|+39 349 610 2287}}. Tecnico {{PERSON|Marco}} assegnato.`),
  t("ticket", `Comune di Bologna – Permesso ZTL residenti
Cognome: {{PERSON|Mancini}}
Nome: {{PERSON|Federico}}
Targa: {{neg:plate|FT 204 RM}}
Telefono: {{PHONE|051 648 2210}}
E-mail: {{EMAIL|federico.mancini@example.net}}
IBAN per rimborso: {{IBAN|IT86 K020 0801 6330 0010 4752 189}}
IBAN precedente (errato): {{neg:iban-checksum|IT37 X030 6909 6061 0000 0183 526}}`),
  t("chat", `Biglietteria Stadio Olimpico Nord
tifoso88: ho comprato 2 biglietti ma il nome sul secondo è sbagliato
{{PERSON|Alessia}} – Biglietteria: Ciao! Per il cambio nominativo mi servono nome e cognome del nuovo titolare.
tifoso88: {{PERSON|Matteo Greco}}
{{PERSON|Alessia}} – Biglietteria: Fatto, costo {{neg:amount|2,50 €}}. Ordine {{neg:order-number|SON-770214}}.`),
  t("transcript", `operatore: abbonamenti treni regionali buongiorno sono {{PERSON|chiara}}
cliente: salve volevo rinnovare l abbonamento annuale brescia milano
operatore: certo mi dice il codice tessera
cliente: {{neg:customer-number|TR 0044 9187}}
operatore: il rinnovo costa novecentoventi euro vuole pagare con carta
cliente: sì {{CARD|sei zero uno uno, zero zero tre nove, zero quattro due sette, uno sei cinque cinque}}
operatore: perfetto pagamento riuscito`),
  t("ticket", `FormaLab – Ticket {{neg:ticket-number|FL-IT-8803}}
Utente: {{PERSON|Aurora Colombo}}
Email: {{EMAIL|aurora.colombo@example.org}}
Problema: esame finale bloccato al 90%
Versione app: {{neg:version|2.19.4}}
IP: {{IP_ADDRESS|192.168.10.5}}`),
]
