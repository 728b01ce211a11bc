## Comuni a tutte le pagine

product-name = Gestione autonoma dell'account
skip-to-content = Vai al contenuto principale
loading = Caricamento…
language-label = Lingua
# Mostrato nel selettore della lingua: il nome di questa lingua, in questa lingua.
language-name = Italiano
language-apply = Cambia lingua
password-show = Mostra password
password-hide = Nascondi password

## Errori

error-user-name-missing = Inserisci il tuo nome utente.
error-user-name-invalid = Questo non sembra un nome utente. Controlla quanto hai scritto e riprova.
error-password-missing = Inserisci la password.
error-invalid-credentials = Nome utente o password non corretti. Controllali entrambi e riprova.
error-account-locked = Il tuo account è bloccato. Per sbloccarlo, scegli "Non riesci ad accedere al tuo account?" qui sotto o contatta l'assistenza.
error-sign-in-paused = Ci sono stati troppi accessi non riusciti con questo nome utente. Per proteggere l'account, l'accesso è sospeso fino a { $until }. Se hai dimenticato la password, puoi reimpostarla subito.
error-sign-in-busy-address = Ci sono stati troppi accessi non riusciti dalla tua rete. Attendi un'ora e riprova.
error-unavailable = Si è verificato un problema da parte nostra. Riprova tra qualche minuto.
error-transport = Non è stato possibile raggiungere il server. Controlla la connessione e riprova.

## Pagina di accesso

sign-in-title = Accedi
sign-in-heading = Accedi al tuo account
sign-in-user-name = Nome utente
sign-in-password = Password
sign-in-submit = Accedi
sign-in-cant-access = Non riesci ad accedere al tuo account?

## Pagina dell'account

account-title = Il tuo account
account-heading = Il tuo account
account-signed-in-as = Hai eseguito l'accesso come
account-sign-out = Esci
account-signed-out = Non hai eseguito l'accesso.
account-go-sign-in = Vai all'accesso

## Reimpostazione della password

reset-title = Reimposta la password
reset-heading = Torna ad accedere al tuo account
reset-back-to-sign-in = Torna all'accesso
reset-intro = Inserisci il tuo nome utente: ti aiuteremo a dimostrare che sei tu e poi potrai scegliere una nuova password.
reset-user-id = Nome utente
reset-user-id-hint = Di solito è il tuo indirizzo email di lavoro, per esempio nome@contoso.example.
reset-next = Avanti
captcha-question = Per dimostrare che sei una persona: quanto fa { $a } più { $b }?
captcha-hint = Scrivi il risultato in cifre.
captcha-checking = Stiamo verificando che tu sia una persona…
captcha-done = Fatto: il browser ha dimostrato che sei una persona. Prosegui con Avanti.
reset-start-again = Ricomincia
reset-verify-heading = Dimostra che sei tu
reset-gate-of = Verifica { $number } di { $total }
reset-gate-legend = Come vuoi ricevere il codice di verifica?
reset-gate-email = Invia un codice per email a { $destination }
reset-gate-mobile-sms = Invia un codice per SMS al cellulare { $destination }
reset-gate-mobile-voice = Chiama il cellulare { $destination }
reset-gate-office-voice = Chiama il telefono dell'ufficio { $destination }
reset-gate-questions = Rispondi alle domande di sicurezza
reset-code-sent-email = Abbiamo inviato un'email con un codice di verifica a { $destination }.
reset-code-sent-sms = Abbiamo inviato un SMS con un codice di verifica a { $destination }.
reset-code-sent-voice = Stiamo chiamando { $destination } per dettarti un codice di verifica.
reset-code-resend = Invia un nuovo codice
reset-other-method = Usa un altro metodo
reset-questions-heading = Rispondi alle domande di sicurezza
reset-password-heading = Scegli una nuova password
reset-password-hint = { $min ->
    [one] Usa almeno un carattere.
   *[other] Usa almeno { $min } caratteri. Meglio una frase lunga che ricordi facilmente; evita il tuo nome e le password più comuni.
}
reset-password-new = Nuova password
reset-password-confirm = Conferma la nuova password
reset-password-strength-0 = Robustezza stimata: molto debole
reset-password-strength-1 = Robustezza stimata: debole
reset-password-strength-2 = Robustezza stimata: discreta
reset-password-strength-3 = Robustezza stimata: buona
reset-password-strength-4 = Robustezza stimata: ottima
reset-password-strength-note = Una stima fatta dal tuo browser per aiutarti a scegliere. Sono le regole indicate sopra a decidere se la password viene accettata.
reset-password-submit = Reimposta la password
reset-unlock-only-text = Il tuo account è bloccato. Se ricordi ancora la password, puoi sbloccare l'account e tenerla.
reset-unlock-only = Sblocca soltanto
reset-contact-heading = Rivolgiti all'amministratore
reset-contact-text = Non puoi reimpostare la password da qui. L'amministratore può aiutarti a rientrare nel tuo account.
reset-contact-helpdesk = Contatta l'assistenza
reset-done-heading = La password è stata reimpostata
reset-done-text = Sei stato disconnesso ovunque. Accedi con la nuova password.
reset-unlocked-heading = Il tuo account è sbloccato
reset-unlocked-text = Accedi con la password di sempre.
reset-go-sign-in = Vai all'accesso
reset-error-flow-missing = La reimpostazione è scaduta o non è mai iniziata. Ricomincia, per favore.
reset-error-step-out-of-order = Questo passaggio ora non è disponibile. Prosegui da questa pagina.
reset-error-user-id-missing = Inserisci il tuo nome utente.
reset-error-user-id-invalid = Inserisci il nome utente nella forma di un indirizzo email, per esempio nome@contoso.example.
reset-error-captcha-failed = Non siamo riusciti a verificare che tu sia una persona. Riprova.
reset-error-gate-missing = Scegli come vuoi ricevere il codice.
reset-error-code-dead = Troppi codici sbagliati. Fatti inviare un nuovo codice o usa un altro metodo.
reset-error-answers-wrong = Una o più risposte non sono corrette. Controllale e riprova.
reset-error-blocked = Hai fatto troppi tentativi. Per sicurezza, la reimpostazione autonoma è sospesa per questo account fino a { $until }.
reset-error-busy-address = Ci sono stati troppi tentativi dalla tua rete. Attendi un'ora e riprova.
reset-error-passwords-differ = Le due password non coincidono.
reset-error-password-too-short = { $min ->
    [one] Usa almeno un carattere.
   *[other] Usa almeno { $min } caratteri.
}
reset-error-password-missing = Inserisci una nuova password.
reset-error-password-common = Questa password è nell'elenco di quelle che chi attacca prova per prime. Scegline un'altra, per esempio una frase di alcune parole scollegate.
reset-error-password-control = La password non può contenere a capo, tabulazioni o altri caratteri di controllo. Digitala di nuovo senza.
reset-error-write-unconfirmed = Non è stato possibile confermare che la nuova password sia stata salvata. Sceglila di nuovo: la nuova scelta sostituisce quanto eventualmente salvato.
reset-writing = La modifica è in fase di salvataggio. Ricarica la pagina tra qualche istante.
reset-error-password-too-long = Usa al massimo 256 caratteri.
reset-error-password-contains-name = Non usare il tuo nome utente nella password.
reset-error-write-failed = Non siamo riusciti a salvare la modifica nella directory, quindi non è cambiato nulla. Riprova tra poco.

## Pagina non trovata

not-found-title = Pagina non trovata
not-found-heading = Non abbiamo trovato questa pagina.

## Posta in uscita dimostrativa (solo in modalità dimostrativa)

outbox-title = Posta in uscita dimostrativa
outbox-heading = Posta in uscita dimostrativa
outbox-banner-heading = Modalità dimostrativa
outbox-banner-text = Questa pagina esiste solo in modalità dimostrativa. I messaggi non vengono inviati davvero: email, SMS e chiamate vocali restano qui, codici monouso compresi, così puoi provare il portale. Non usare mai la modalità dimostrativa per un portale reale.
outbox-caption = Gli ultimi { $limit } messaggi, dal più recente
outbox-empty = Ancora nessun messaggio. Qui compariranno i codici e le notifiche inviati dal portale.
outbox-time = Data e ora
outbox-channel = Canale
outbox-recipient = Destinatario
outbox-subject = Oggetto
outbox-body = Messaggio
outbox-channel-email = Email
outbox-channel-sms = SMS
outbox-channel-voice = Chiamata vocale

## Domande di sicurezza predefinite (gli id sono memorizzati: non rinominare le chiavi)

question-city-met-partner = In quale città hai incontrato tuo marito o il tuo partner?
question-city-parents-met = In quale città si sono incontrati i tuoi genitori?
question-city-nearest-sibling = In quale città vive tuo fratello/sorella più vicino/a?
question-city-father-born = In quale città è nato tuo padre?
question-city-first-job = In quale città hai avuto il tuo primo lavoro?
question-city-mother-born = In quale città è nata tua madre?
question-city-new-year-2000 = In quale città hai trascorso il Capodanno del 2000?
question-high-school-teacher-last-name = Qual è il cognome del tuo insegnante preferito delle scuole superiori?
question-college-applied-not-attended = Qual è il nome di una delle università a cui hai inviato una richiesta di iscrizione ma che non hai frequentato?
question-first-wedding-reception-place = In quale luogo si è tenuto il tuo primo ricevimento di matrimonio?
question-father-middle-name = Qual è il secondo nome di tuo padre?
question-favorite-food = Qual è il tuo piatto preferito?
question-maternal-grandmother-name = Qual è il nome e il cognome della nonna materna?
question-mother-middle-name = Qual è il secondo nome di tua madre?
question-oldest-sibling-birthday = Qual è l'anno e il mese di nascita di tuo/a fratello/sorella maggiore? Ad esempio, novembre 1985
question-oldest-sibling-middle-name = Qual è il secondo nome di tuo/a fratello/sorella maggiore?
question-paternal-grandfather-name = Qual è il nome e il cognome del nonno paterno?
question-youngest-sibling-middle-name = Qual è il secondo nome di tuo/a fratello/sorella minore?
question-sixth-grade-school = Quale scuola hai frequentato in prima media?
question-childhood-best-friend-name = Qual è il nome e il cognome del tuo/a migliore amico/a di infanzia?
question-first-significant-other-name = Qual è il nome e il cognome del primo/a fidanzato/a?
question-grade-school-teacher-last-name = Qual è il cognome del tuo insegnante preferito delle scuole elementari?
question-first-car-make-model = Qual è la marca e il modello della tua prima auto o moto?
question-first-school = Qual è il nome della prima scuola che hai frequentato?
question-birth-hospital = Qual è il nome dell'ospedale in cui sei nato?
question-childhood-street = Qual è il nome della via della tua prima casa di infanzia?
question-childhood-hero = Qual è il nome del tuo supereroe preferito dell'infanzia?
question-favorite-stuffed-animal = Qual è il nome del tuo animale di peluche preferito?
question-first-pet = Qual è il nome del primo animale domestico?
question-childhood-nickname = Qual era il tuo soprannome da bambino?
question-high-school-sport = Qual è il tuo sport preferito alle scuole superiori?
question-first-job = Qual è stato il tuo primo lavoro?
question-childhood-phone-last-digits = Quali erano le ultime quattro cifre del tuo numero di telefono quando eri bambino/a?
question-childhood-ambition = Cosa volevi fare da grande quando eri piccolo?
question-most-famous-person-met = Qual è la persona più famosa che hai mai incontrato?

## Registrazione delle informazioni di sicurezza

method-email = Email
method-mobile-phone = Telefono cellulare
method-office-phone = Telefono ufficio
method-security-questions = Domande di sicurezza
method-questions-count = { $count ->
    [one] { $count } domanda con risposta
   *[other] { $count } domande con risposta
}
source-authentication = registrato da te per la verifica, non visibile nella directory
source-directory = dal tuo profilo nella directory
source-administrator = impostato dall'amministratore

prompt-title = Sono necessarie altre informazioni
prompt-register-heading = Sono necessarie altre informazioni
prompt-register-why = La tua organizzazione ha bisogno di un modo per verificare che sei tu quando dimentichi la password o l'account è bloccato. Registra ora le informazioni di sicurezza per poter rientrare da solo, senza chiamare l'helpdesk.
prompt-register-needed = { $count ->
    [one] Serve almeno un metodo di verifica.
   *[other] Servono almeno { $count } metodi di verifica diversi.
}
prompt-next = Avanti
prompt-skip = Non ora
prompt-reconfirm-heading = Queste informazioni sono ancora corrette?
prompt-reconfirm-why = Controlla le informazioni di sicurezza che hai registrato. Se qualcosa è cambiato, aggiornala per poter ancora reimpostare la password.
prompt-looks-good = Sono corrette
prompt-change = Modifica
prompt-nothing = Non serve altro
prompt-go-account = Vai al tuo account

wizard-title = Registra le informazioni di sicurezza
wizard-start = Ricomincia
wizard-step-of = Passaggio { $number } di { $total }
wizard-code-label = Codice di verifica
wizard-verify = Verifica
wizard-send-code = Invia il codice
wizard-skip-step = Salta questo metodo
wizard-phone-country = Paese o area geografica
wizard-phone-number = Numero di telefono
wizard-phone-hint = Senza prefisso internazionale, oppure con il prefisso che inizia con +.
wizard-phone-channel = Come vuoi ricevere il codice?
wizard-phone-sms = Messaggio di testo (SMS)
wizard-phone-voice = Chiamata vocale
wizard-phone-texted = Abbiamo inviato un SMS con un codice al numero { $number }.
wizard-phone-called = Stiamo chiamando il numero { $number } per dettarti un codice.
wizard-phone-resend-heading = Nessun codice? Invialo di nuovo o usa un altro numero
wizard-phone-reset-uses = Oggi la reimpostazione della password userebbe il numero { $number }, { $source }.
wizard-phone-reset-none = Non hai ancora un telefono utilizzabile per reimpostare la password.
wizard-phone-precedence = Il numero che verifichi qui diventa il tuo telefono di autenticazione e la reimpostazione userà questo invece del cellulare indicato nella directory.
wizard-office-phone = Telefono ufficio: { $number }, impostato dall'amministratore. Non puoi modificarlo qui.
wizard-email-address = Indirizzo email
wizard-email-sent = Abbiamo inviato un'email con un codice a { $address }.
wizard-email-resend-heading = Nessuna email? Inviala di nuovo o usa un altro indirizzo
wizard-email-reset-uses = Oggi la reimpostazione della password userebbe { $address }, { $source }.
wizard-email-reset-none = Non hai ancora un indirizzo email utilizzabile per reimpostare la password.
wizard-email-precedence = L'indirizzo che verifichi qui diventa la tua email di autenticazione e la reimpostazione userà questo invece dell'email alternativa nella directory. Usa un indirizzo diverso da quello di lavoro.
wizard-questions-intro = { $count ->
    [one] Scegli una domanda e rispondi.
   *[other] Scegli { $count } domande diverse e rispondi a ciascuna.
} Le risposte sono lunghe da 3 a 40 caratteri; maiuscole e spazi in più non contano. Nessuno, nemmeno gli amministratori, può leggerle.
wizard-question-label = Domanda { $number }
wizard-answer-label = Risposta alla domanda { $number }
wizard-question-choose = Scegli una domanda
wizard-answers-show = Mostra le risposte
wizard-answers-hide = Nascondi le risposte
wizard-questions-save = Continua
wizard-questions-retype = Per la tua sicurezza le risposte non vengono mai rimandate alla pagina: digitale di nuovo.
wizard-summary-heading = Controlla e salva
wizard-summary-skipped = Saltato
wizard-save = Salva
wizard-cancel = Annulla

registration-error-not-signed-in = La sessione è terminata. Accedi di nuovo.
registration-error-flow-missing = Questa registrazione è scaduta o è già stata completata. Ricomincia per continuare.
registration-error-step-out-of-order = Questo passaggio non è disponibile ora. Continua dal passaggio mostrato.
registration-error-phone-missing = Inserisci il numero di telefono.
registration-error-country-needed = Scegli un paese, oppure scrivi il numero con il prefisso internazionale che inizia con +.
registration-error-phone-invalid = Questo non è un numero di telefono valido per il paese scelto.
registration-error-email-missing = Inserisci l'indirizzo email.
registration-error-email-invalid = Inserisci un indirizzo email come nome@esempio.it.
code-error-missing = Inserisci il codice che ti abbiamo inviato.
code-error-malformed = Il codice è composto da 6 a 8 cifre.
code-error-wrong = { $tries ->
    [one] Il codice non è corretto. Hai ancora un tentativo.
   *[other] Il codice non è corretto. Hai ancora { $tries } tentativi.
}
code-error-dead = Troppi codici errati. Invia un nuovo codice.
code-error-expired = Il codice è scaduto. Fatti inviare un nuovo codice.
code-error-used = Questo codice è già stato usato. Invia un nuovo codice.
code-error-none-sent = Nessun codice in attesa. Invia un nuovo codice.
code-error-too-many = Sono stati inviati troppi codici. Attendi un'ora oppure scegli un altro metodo.
code-error-delivery-failed = Non è stato possibile inviare il codice. Riprova oppure scegli un altro metodo.
registration-error-question-missing = Scegli una domanda qui.
registration-error-question-not-offered = Scegli una domanda dall'elenco.
registration-error-question-twice = Hai già scelto questa domanda. Scegline un'altra.
error-answer-missing = Inserisci una risposta.
registration-error-answer-too-short = Le risposte sono lunghe almeno 3 caratteri.
registration-error-answer-too-long = Le risposte sono lunghe al massimo 40 caratteri.
registration-error-answer-twice = Hai già dato questa risposta a un'altra domanda. Scrivine una diversa.
registration-error-steps-pending = Completa o salta ogni passaggio prima di salvare.
registration-error-nothing-to-save = Non hai aggiunto nulla. Registra almeno un metodo oppure annulla.
registration-error-not-enough-methods = { $needed ->
    [one] Registra almeno un metodo per poter reimpostare la password.
   *[other] Registra almeno { $needed } metodi diversi per poter reimpostare la password.
}

account-security-info = Informazioni di sicurezza: registra, modifica o elimina
account-security-info-saved = Le informazioni di sicurezza sono state salvate.

message-code-email-subject = Il tuo codice di verifica
message-code-email-body = Il tuo codice di verifica è { $code }.

    È valido per { $minutes } minuti. Se non l'hai richiesto puoi ignorare questa email: senza il codice non cambia nulla.
message-code-sms = Il tuo codice di verifica è { $code }. È valido per { $minutes } minuti.
message-code-voice = Il tuo codice di verifica è: { $code }. Ripeto: { $code }.
message-changed-subject = Le tue informazioni di sicurezza sono cambiate
message-changed-body = Le informazioni di sicurezza del tuo account sono appena state modificate:
    { $changes }

    Se la modifica è tua non devi fare nulla. Altrimenti contatta subito l'helpdesk.
message-changed-phone = il telefono di autenticazione
message-changed-email = l'email di autenticazione
message-changed-questions = le domande di sicurezza

country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-BE = Belgio
country-BR = Brasile
country-CA = Canada
country-CH = Svizzera
country-CN = Cina
country-CZ = Cechia
country-DE = Germania
country-DK = Danimarca
country-ES = Spagna
country-FI = Finlandia
country-FR = Francia
country-GB = Regno Unito
country-GR = Grecia
country-HR = Croazia
country-HU = Ungheria
country-IE = Irlanda
country-IN = India
country-IT = Italia
country-JP = Giappone
country-LU = Lussemburgo
country-MT = Malta
country-MX = Messico
country-NL = Paesi Bassi
country-NO = Norvegia
country-NZ = Nuova Zelanda
country-PL = Polonia
country-PT = Portogallo
country-RO = Romania
country-SE = Svezia
country-SI = Slovenia
country-SK = Slovacchia
country-SM = San Marino
country-TR = Turchia
country-UA = Ucraina
country-US = Stati Uniti
country-VA = Città del Vaticano
country-ZA = Sudafrica
registration-error-reauth-required = Per la tua sicurezza, inserisci di nuovo la password prima di modificare le informazioni di sicurezza.
registration-error-method-not-changeable = Questo metodo non può essere modificato qui.
registration-error-wrong-password = La password non è corretta.
registration-error-too-many-password-tries = Ci sono state troppe password errate. Attendi qualche minuto e riprova.

security-info-title = Informazioni di sicurezza
security-info-back = Torna al tuo account
security-info-usable = { $usable ->
    [one] La reimpostazione della password può usare uno dei tuoi metodi
   *[other] La reimpostazione della password può usare { $usable } dei tuoi metodi
}; ne servono { $required ->
    [one] uno.
   *[other] { $required } diversi.
}
security-info-not-set = Non impostato
security-info-add = Aggiungi
security-info-change = Modifica
security-info-delete = Elimina
security-info-deleted = Il metodo è stato eliminato.
security-info-delete-title = Elimina un metodo
security-info-delete-confirm = Vuoi eliminare «{ $method }» dalle tue informazioni di sicurezza?
security-info-delete-warning = { $required ->
    [one] Dopo non ti resterebbe alcun metodo e non potresti più reimpostare la password da solo.
   *[other] Dopo avresti meno di { $required } metodi e non potresti più reimpostare la password da solo.
}
reauth-title = Conferma la tua identità
reauth-submit = Continua

## Password reset messages

message-reset-subject = La tua password è stata reimpostata
message-reset-body = Ciao,

    la password del tuo account è appena stata reimpostata tramite il portale self-service e tutte le sessioni sono state chiuse.

    Se sei stato tu, non devi fare altro. Se non sei stato tu, avvisa subito l'amministratore.

    Accedi: { $url }
message-unlocked-subject = Il tuo account è stato sbloccato
message-unlocked-body = Ciao,

    il tuo account è appena stato sbloccato tramite il portale self-service. La password non è cambiata.

    Se non sei stato tu, avvisa subito l'amministratore.

    Accedi: { $url }
message-admin-reset-subject = L'amministratore { $admin } ha reimpostato la propria password
message-admin-reset-body = Ciao,

    l'amministratore { $admin } ha appena reimpostato la propria password tramite il portale self-service.

    Se non te lo aspettavi, verifica con lui e controlla il registro di controllo.

    Portale: { $url }
