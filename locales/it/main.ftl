### Italiano (it). Register: formal ("Lei"): formal imperative in every sentence, heading and error
### ("Inserisca", "Scelga", "Acceda"), courtesy forms capitalized (Lei, Suo/Sua/Suoi/Sue, La/Le).
### Short button and link labels keep the conventional command form of Italian UIs ("Accedi",
### "Avanti", "Salva", "Annulla", "Invia un nuovo codice"), which is neutral there. Quotation marks «…».
### Glossary:
###   password = password
###   security info = informazioni di sicurezza
###   verification code = codice di verifica
###   security question = domanda di sicurezza
###   helpdesk = assistenza
###   administrator = amministratore
###   sign in = accedere / accesso; sign out = esci
###   reset = reimpostare / reimpostazione
###   unlock = sbloccare
###   account = account
###   user name = nome utente
###   email = email (indirizzo email)
###   text message = SMS
###   directory = directory
###   method = metodo

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

error-user-name-missing = Inserisca il Suo nome utente.
error-user-name-invalid = Questo non sembra un nome utente. Controlli quanto ha scritto e riprovi.
error-password-missing = Inserisca la password.
error-invalid-credentials = Nome utente o password non corretti. Li controlli entrambi e riprovi.
error-account-locked = Il Suo account è bloccato. Per sbloccarlo, scelga «Non riesce ad accedere al Suo account?» qui sotto oppure contatti l'assistenza.
error-sign-in-paused = Ci sono stati troppi accessi non riusciti con questo nome utente. Per proteggere l'account, l'accesso è sospeso fino a { $until }. Se ha dimenticato la password, può reimpostarla subito.
error-sign-in-busy-address = Ci sono stati troppi accessi non riusciti dalla Sua rete. Attenda un'ora e riprovi.
error-unavailable = Si è verificato un problema da parte nostra. Riprovi tra qualche minuto.
error-transport = Non è stato possibile raggiungere il server. Controlli la connessione e riprovi.

## Pagina di accesso

sign-in-title = Accesso
sign-in-heading = Acceda al Suo account
sign-in-user-name = Nome utente
sign-in-password = Password
sign-in-submit = Accedi
sign-in-cant-access = Non riesce ad accedere al Suo account?

## Pagina dell'account

account-title = Il Suo account
account-heading = Il Suo account
account-signed-in-as = Ha eseguito l'accesso come
account-sign-out = Esci
account-signed-out = Non ha eseguito l'accesso.
account-go-sign-in = Vai alla pagina di accesso

## Reimpostazione della password

reset-title = Reimpostazione della password
reset-heading = Rientri nel Suo account
reset-back-to-sign-in = Torna alla pagina di accesso
reset-intro = Inserisca il Suo nome utente: La aiuteremo a dimostrare la Sua identità, poi potrà scegliere una nuova password.
reset-user-id = Nome utente
reset-user-id-hint = Di solito è il Suo indirizzo email di lavoro, per esempio name@contoso.example.
reset-next = Avanti
captcha-question = Per dimostrare di essere una persona: quanto fa { $a } più { $b }?
captcha-hint = Scriva il risultato in cifre.
captcha-checking = Stiamo verificando che Lei sia una persona…
captcha-done = Fatto: il Suo browser ha dimostrato che Lei è una persona. Prosegua con Avanti.
reset-start-again = Ricomincia
reset-verify-heading = Dimostri la Sua identità
reset-gate-of = Verifica { $number } di { $total }
reset-gate-legend = Come desidera ricevere il codice di verifica?
reset-gate-email = Codice via email a { $destination }
reset-gate-mobile-sms = Codice via SMS al cellulare { $destination }
reset-gate-mobile-voice = Chiamata al cellulare { $destination }
reset-gate-office-voice = Chiamata al telefono dell'ufficio { $destination }
reset-gate-questions = Risposta alle domande di sicurezza
reset-code-sent-email = Abbiamo inviato un'email con un codice di verifica a { $destination }.
reset-code-sent-sms = Abbiamo inviato un SMS con un codice di verifica a { $destination }.
reset-code-sent-voice = Stiamo chiamando { $destination } per dettarLe un codice di verifica.
reset-code-resend = Invia un nuovo codice
reset-other-method = Usa un altro metodo
reset-questions-heading = Risponda alle domande di sicurezza
reset-password-heading = Scelga una nuova password
reset-password-hint = { $min ->
    [one] Usi almeno un carattere.
   *[other] Usi almeno { $min } caratteri. L'ideale è una frase lunga che possa ricordare facilmente; eviti il Suo nome e le password più comuni.
}
reset-password-new = Nuova password
reset-password-confirm = Conferma della nuova password
reset-password-strength-0 = Robustezza stimata: molto debole
reset-password-strength-1 = Robustezza stimata: debole
reset-password-strength-2 = Robustezza stimata: discreta
reset-password-strength-3 = Robustezza stimata: buona
reset-password-strength-4 = Robustezza stimata: ottima
reset-password-strength-note = Una stima calcolata dal Suo browser come aiuto nella scelta. Sono le regole indicate sopra a decidere se la password viene accettata.
reset-password-submit = Reimposta la password
reset-unlock-only-text = Il Suo account è bloccato. Se ricorda ancora la password, può sbloccare l'account e mantenerla.
reset-unlock-only = Sblocca soltanto
reset-contact-heading = Si rivolga all'amministratore
reset-contact-text = Non può reimpostare la password da qui. L'amministratore può aiutarLa a rientrare nel Suo account.
reset-contact-helpdesk = Contatti l'assistenza
reset-done-heading = La password è stata reimpostata
reset-done-text = Tutte le Sue sessioni sono state chiuse. Acceda con la nuova password.
reset-unlocked-heading = Il Suo account è sbloccato
reset-unlocked-text = Acceda con la password attuale.
reset-go-sign-in = Vai alla pagina di accesso
reset-error-flow-missing = La reimpostazione è scaduta o non è mai iniziata. La preghiamo di ricominciare.
reset-error-step-out-of-order = Questo passaggio ora non è disponibile. Prosegua da questa pagina.
reset-error-user-id-missing = Inserisca il Suo nome utente.
reset-error-user-id-invalid = Inserisca il nome utente nella forma di un indirizzo email, per esempio name@contoso.example.
reset-error-captcha-failed = Non siamo riusciti a verificare che Lei sia una persona. Riprovi.
reset-error-gate-missing = Scelga come desidera ricevere il codice.
reset-error-code-dead = Troppi codici errati. Richieda un nuovo codice o usi un altro metodo.
reset-error-answers-wrong = Una o più risposte non sono corrette. Le controlli e riprovi.
reset-error-blocked = Ha effettuato troppi tentativi. Per sicurezza, la reimpostazione autonoma è sospesa per questo account fino a { $until }.
reset-error-busy-address = Ci sono stati troppi tentativi dalla Sua rete. Attenda un'ora e riprovi.
reset-error-passwords-differ = Le due password non coincidono.
reset-error-password-too-short = { $min ->
    [one] Usi almeno un carattere.
   *[other] Usi almeno { $min } caratteri.
}
reset-error-password-missing = Inserisca una nuova password.
reset-error-password-common = Questa password è nell'elenco di quelle che gli aggressori provano per prime. Ne scelga un'altra, per esempio una frase composta da alcune parole scollegate tra loro.
reset-error-password-control = La password non può contenere a capo, tabulazioni o altri caratteri di controllo. La digiti di nuovo senza.
reset-error-write-unconfirmed = Non è stato possibile confermare che la nuova password sia stata salvata. La scelga di nuovo: la nuova scelta sostituisce quanto eventualmente salvato.
reset-writing = La modifica è in fase di salvataggio. Ricarichi la pagina tra qualche istante.
reset-error-password-too-long = Usi al massimo 256 caratteri.
reset-error-password-contains-name = Non usi il Suo nome utente nella password.
reset-error-write-failed = Non siamo riusciti a salvare la modifica nella directory, quindi non è cambiato nulla. Riprovi tra poco.

## Personalizzazione distintiva dell'organizzazione su ogni pagina

footer-label = Collegamenti dell'organizzazione
footer-privacy = Informativa sulla privacy
footer-terms = Condizioni per l'utilizzo
footer-helpdesk = Assistenza

## Studio di personalizzazione distintiva (/admin/branding, per gli amministratori della personalizzazione distintiva)

studio-title = Studio di personalizzazione distintiva
studio-heading-layer = Impostazioni: { $layer }
studio-back = Torna allo studio di personalizzazione distintiva
studio-preview-banner = Sta visualizzando l'anteprima della personalizzazione distintiva non pubblicata. Nessun altro la vede finché non viene pubblicata.
studio-preview-stop = Termina l'anteprima
studio-layer-label = Impostazioni per
studio-layer-open = Apri
studio-layer-default = Predefinite (tutte le lingue)
studio-layer-overridden = { $language } (con impostazioni proprie)
studio-inherited = Se vuoto: { $value }
studio-as-default = Come nelle impostazioni predefinite
studio-as-product = Come appare il portale senza personalizzazione distintiva
studio-show = Mostra
studio-hide = Nascondi
studio-save = Salva la bozza
studio-section-identity = Organizzazione
studio-section-colours = Colori
studio-colours-hint = Scriva i colori nel formato #rrggbb, per esempio #0b5cad. Il testo e i pulsanti devono risaltare abbastanza sullo sfondo da poter essere letti da tutti, quindi lo studio controlla il contrasto prima della pubblicazione.
studio-section-layout = Impaginazione
studio-section-sign-in = Pagina di accesso
studio-section-links = Collegamenti nel piè di pagina
studio-section-css = CSS personalizzato
studio-css-hint = Regole per i nomi di classe elencati nel riferimento CSS del portale. Le immagini possono provenire solo da quelle caricate qui. Al massimo 25 KB.
studio-section-images = Immagini
studio-section-publish = Pubblicazione
studio-section-publications = Pubblicazioni
studio-field-organisation-name = Nome dell'organizzazione
studio-field-colour-primary = Pulsanti e collegamenti
studio-field-colour-primary-text = Testo dei pulsanti
studio-field-colour-header = Banda dell'intestazione
studio-field-colour-header-text = Testo nella banda dell'intestazione
studio-field-colour-text = Testo
studio-field-colour-page = Sfondo della pagina
studio-field-colour-card = Sfondo della scheda
studio-field-colour-focus = Indicatore di stato attivo della tastiera
studio-field-layout = Layout della pagina
studio-layout-full-bleed = Immagine di sfondo a tutta pagina
studio-layout-plain = Pagina in tinta unita
studio-field-show-header = Mostra la banda dell'intestazione
studio-field-show-footer = Mostra il piè di pagina
studio-field-sign-in-text = Testo della pagina di accesso
studio-field-user-name-hint = Suggerimento per il nome utente
studio-field-cant-access-label = Testo del collegamento per chi non riesce ad accedere
studio-field-show-reset-link = Collegamento per chi non riesce ad accedere
studio-field-privacy-url = Indirizzo dell'informativa sulla privacy
studio-field-terms-url = Indirizzo delle condizioni per l'utilizzo
studio-field-helpdesk-url = Indirizzo dell'assistenza (web o email)
studio-field-custom-css = CSS personalizzato
studio-field-image-banner-logo = Logo banner
studio-field-image-square-logo = Logo quadrato
studio-field-image-square-logo-dark = Logo quadrato per sfondi scuri
studio-field-image-favicon = Icona del sito (favicon)
studio-field-image-background = Immagine di sfondo
studio-image-limits = { $kinds }, al massimo { $kilobytes } KB e { $width } × { $height } pixel.
studio-image-upload = Carica «{ $slot }»
studio-image-remove = Rimuovi «{ $slot }»
studio-image-current = { $slot } attuale
studio-live-heading = Anteprima dinamica
studio-live-caption = Segue i colori e i testi qui sopra mentre digita, prima ancora del salvataggio.
studio-preview = Anteprima della bozza sulle pagine reali
studio-email-preview = Anteprima di un'email con la bozza
studio-publish = Pubblica
studio-state-never-published = Non è ancora stato pubblicato nulla: tutti vedono il portale senza personalizzazione distintiva.
studio-state-published = È attiva la versione { $version }.
studio-state-unpublished-changes = La bozza contiene modifiche non pubblicate.
studio-problems-heading = Corregga questi problemi prima della pubblicazione
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: il contrasto tra { $pair } è { $ratio }; è necessario almeno { $minimum }.
studio-problem-too-long = usi al massimo { $max } caratteri.
studio-problem-control-character = rimuova i caratteri di controllo (come le tabulazioni).
studio-problem-not-a-colour = scriva il colore come # seguito da sei cifre esadecimali, per esempio #0b5cad.
studio-problem-link-not-https = gli indirizzi web devono iniziare con https://.
studio-problem-link-invalid = scriva un indirizzo web che inizi con https:// oppure un indirizzo email.
studio-problem-css = riga { $line }: { $reason }
studio-css-too-long = il foglio di stile supera 25 KB.
studio-css-import = @import non è consentito; scriva invece le regole qui.
studio-css-external-url = url() può puntare solo a un'immagine caricata nello studio.
studio-css-expression = expression(), behavior e -moz-binding non sono consentiti.
studio-css-at-rule = sono consentite solo @media, @supports, @layer, @container, @font-face e @keyframes.
studio-css-markup = la sequenza </ non è consentita.
studio-css-unparsable = questo non è CSS valido (controlli se manca una parentesi graffa, i due punti o una virgoletta).
studio-pair-text-on-page = il testo e lo sfondo della pagina
studio-pair-text-on-card = il testo e lo sfondo della scheda
studio-pair-button-text-on-primary = il testo dei pulsanti e i pulsanti
studio-pair-header-text-on-header = il testo dell'intestazione e la banda dell'intestazione
studio-pair-focus-on-page = l'indicatore di stato attivo e lo sfondo della pagina
studio-column-version = Versione
studio-column-when = Data di pubblicazione
studio-column-who = Pubblicata da
studio-column-note = Nota
studio-column-action = Azione
studio-publication-live = Attiva ora
studio-publication-restored = Ripristina la versione { $version }
studio-roll-back = Ripubblica la versione { $version }
studio-done-saved = La bozza è stata salvata. Ne visualizzi l'anteprima, poi la pubblichi quando è pronta.
studio-done-uploaded = L'immagine è stata aggiunta alla bozza.
studio-done-removed = L'immagine è stata rimossa dalla bozza.
studio-done-published = Pubblicazione completata. Entro pochi secondi tutte le pagine mostreranno la nuova personalizzazione distintiva.
studio-done-rolled-back = La versione precedente è di nuovo attiva ed è ora anche la bozza.
studio-done-preview-stopped = L'anteprima è terminata.
studio-refused-publish = Non è stato pubblicato nulla: corregga prima i problemi elencati qui sotto.
studio-refused-no-such-version = Questa versione non esiste. Non è stato modificato nulla.
studio-refused-unavailable = Non è stato possibile salvare la modifica. Non è stato modificato nulla; riprovi.
studio-refused-empty = Impossibile caricare «{ $slot }»: non è stato scelto alcun file, oppure il file è vuoto. Non è stato modificato nulla.
studio-refused-too-many-bytes = Impossibile caricare «{ $slot }»: il file supera { $kilobytes } KB. Non è stato modificato nulla.
studio-refused-unknown-type = Impossibile caricare «{ $slot }»: qualunque sia il suo nome, il file non è un'immagine PNG, JPEG o WebP (né un disegno SVG, per i logo). Non è stato modificato nulla.
studio-refused-svg-not-allowed = Impossibile caricare «{ $slot }»: i disegni SVG sono accettati solo per i logo. Usi PNG, JPEG o WebP. Non è stato modificato nulla.
studio-refused-too-many-pixels = Impossibile caricare «{ $slot }»: l'immagine supera { $width } × { $height } pixel. Non è stato modificato nulla.
studio-refused-undecodable = Impossibile caricare «{ $slot }»: l'immagine è danneggiata e non è stato possibile leggerla. Non è stato modificato nulla.
studio-refused-svg-unparsable = Impossibile caricare «{ $slot }»: non è stato possibile leggere il disegno SVG. Non è stato modificato nulla.
studio-refused-svg-doctype = Impossibile caricare «{ $slot }»: i disegni SVG con un DOCTYPE o con entità vengono rifiutati. Non è stato modificato nulla.
studio-refused-svg-script = Impossibile caricare «{ $slot }»: il disegno SVG contiene uno script. Non è stato modificato nulla.
studio-refused-svg-foreign-object = Impossibile caricare «{ $slot }»: il disegno SVG incorpora altri contenuti (foreignObject). Non è stato modificato nulla.
studio-refused-svg-event-handler = Impossibile caricare «{ $slot }»: il disegno SVG contiene gestori di eventi (attributi on…). Non è stato modificato nulla.
studio-refused-svg-external-reference = Impossibile caricare «{ $slot }»: il disegno SVG fa riferimento a file o indirizzi esterni. Non è stato modificato nulla.
studio-refused-svg-too-complex = Impossibile caricare «{ $slot }»: il disegno SVG è troppo complesso. Lo semplifichi e riprovi. Non è stato modificato nulla.
studio-refused-svg-marker = Impossibile caricare «{ $slot }»: i marcatori SVG non sono supportati. Non è stato modificato nulla.

## Pagina non trovata

not-found-title = Pagina non trovata
not-found-heading = Non abbiamo trovato questa pagina.

## Posta in uscita dimostrativa (solo in modalità dimostrativa)

outbox-title = Posta in uscita dimostrativa
outbox-heading = Posta in uscita dimostrativa
outbox-banner-heading = Modalità dimostrativa
outbox-banner-text = Questa pagina esiste solo in modalità dimostrativa. I messaggi non vengono inviati davvero: email, SMS e chiamate vocali restano qui, codici monouso compresi, così può provare il portale. Non usi mai la modalità dimostrativa per un portale reale.
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

question-city-met-partner = In quale città ha conosciuto il Suo primo coniuge o partner?
question-city-parents-met = In quale città si sono conosciuti i Suoi genitori?
question-city-nearest-sibling = In quale città vive il fratello o la sorella che abita più vicino a Lei?
question-city-father-born = In quale città è nato Suo padre?
question-city-first-job = In quale città ha avuto il Suo primo lavoro?
question-city-mother-born = In quale città è nata Sua madre?
question-city-new-year-2000 = In quale città ha trascorso il Capodanno del 2000?
question-high-school-teacher-last-name = Qual è il cognome del Suo insegnante preferito delle scuole superiori?
question-college-applied-not-attended = Qual è il nome di un'università a cui ha chiesto l'ammissione ma che poi non ha frequentato?
question-first-wedding-reception-place = In quale luogo si è tenuto il ricevimento del Suo primo matrimonio?
question-father-middle-name = Qual è il secondo nome di Suo padre?
question-favorite-food = Qual è il Suo piatto preferito?
question-maternal-grandmother-name = Qual è il nome completo di Sua nonna materna?
question-mother-middle-name = Qual è il secondo nome di Sua madre?
question-oldest-sibling-birthday = In quale mese e anno è nato Suo fratello o è nata Sua sorella maggiore? (ad es. novembre 1985)
question-oldest-sibling-middle-name = Qual è il secondo nome di Suo fratello o di Sua sorella maggiore?
question-paternal-grandfather-name = Qual è il nome completo di Suo nonno paterno?
question-youngest-sibling-middle-name = Qual è il secondo nome di Suo fratello o di Sua sorella minore?
question-sixth-grade-school = Quale scuola ha frequentato in prima media?
question-childhood-best-friend-name = Qual era il nome completo del Suo migliore amico o della Sua migliore amica d'infanzia?
question-first-significant-other-name = Qual era il nome completo del Suo primo fidanzato o della Sua prima fidanzata?
question-grade-school-teacher-last-name = Qual era il cognome del Suo maestro o della Sua maestra preferita delle elementari?
question-first-car-make-model = Quali erano la marca e il modello della Sua prima auto o moto?
question-first-school = Qual è il nome della prima scuola che ha frequentato?
question-birth-hospital = Come si chiama l'ospedale in cui è avvenuta la Sua nascita?
question-childhood-street = In quale via si trovava la Sua prima casa d'infanzia?
question-childhood-hero = Chi era il Suo eroe d'infanzia?
question-favorite-stuffed-animal = Come si chiamava il Suo peluche preferito?
question-first-pet = Come si chiamava il Suo primo animale domestico?
question-childhood-nickname = Qual era il Suo soprannome d'infanzia?
question-high-school-sport = Qual era il Suo sport preferito alle scuole superiori?
question-first-job = Qual è stato il Suo primo lavoro?
question-childhood-phone-last-digits = Quali erano le ultime quattro cifre del numero di telefono di casa durante la Sua infanzia?
question-childhood-ambition = Durante l'infanzia, che cosa sognava di fare da grande?
question-most-famous-person-met = Qual è la persona più famosa che abbia mai incontrato?

## Registrazione delle informazioni di sicurezza

method-email = Email
method-mobile-phone = Telefono cellulare
method-office-phone = Telefono ufficio
method-security-questions = Domande di sicurezza
method-questions-count = { $count ->
    [one] { $count } domanda con risposta
   *[other] { $count } domande con risposta
}
source-authentication = registrato da Lei per la verifica, non visibile nella directory
source-directory = dal Suo profilo nella directory
source-administrator = impostato dall'amministratore

prompt-title = Sono necessarie altre informazioni
prompt-register-heading = Sono necessarie altre informazioni
prompt-register-why = La Sua organizzazione ha bisogno di un modo per verificare la Sua identità quando dimentica la password o l'account è bloccato. Registri ora le informazioni di sicurezza per poter rientrare in autonomia, senza chiamare l'assistenza.
prompt-register-needed = { $count ->
    [one] Serve almeno un metodo di verifica.
   *[other] Servono almeno { $count } metodi di verifica diversi.
}
prompt-next = Avanti
prompt-skip = Non ora
prompt-reconfirm-heading = Queste informazioni sono ancora corrette?
prompt-reconfirm-why = Controlli le informazioni di sicurezza che ha registrato. Se qualcosa è cambiato, le aggiorni per poter ancora reimpostare la password.
prompt-looks-good = Sono corrette
prompt-change = Modifica
prompt-nothing = Non serve altro
prompt-go-account = Vai all'account

wizard-title = Registrazione delle informazioni di sicurezza
wizard-start = Ricomincia
wizard-step-of = Passaggio { $number } di { $total }
wizard-code-label = Codice di verifica
wizard-verify = Verifica
wizard-send-code = Invia il codice
wizard-skip-step = Salta questo metodo
wizard-phone-country = Paese o area geografica
wizard-phone-number = Numero di telefono
wizard-phone-hint = Senza prefisso internazionale, oppure con il prefisso che inizia con +.
wizard-phone-channel = Come desidera ricevere il codice?
wizard-phone-sms = Messaggio di testo (SMS)
wizard-phone-voice = Chiamata vocale
wizard-phone-texted = Abbiamo inviato un SMS con un codice al numero { $number }.
wizard-phone-called = Stiamo chiamando il numero { $number } per dettarLe un codice.
wizard-phone-resend-heading = Non ha ricevuto il codice? Lo invii di nuovo o usi un altro numero
wizard-phone-reset-uses = Oggi la reimpostazione della password userebbe il numero { $number }, { $source }.
wizard-phone-reset-none = Non ha ancora un telefono utilizzabile per reimpostare la password.
wizard-phone-precedence = Il numero che verifica qui diventa il Suo telefono di autenticazione e la reimpostazione userà questo invece del cellulare indicato nella directory.
wizard-office-phone = Telefono ufficio: { $number }, impostato dall'amministratore. Non può modificarlo qui.
wizard-email-address = Indirizzo email
wizard-email-sent = Abbiamo inviato un'email con un codice a { $address }.
wizard-email-resend-heading = Non ha ricevuto l'email? La invii di nuovo o usi un altro indirizzo
wizard-email-reset-uses = Oggi la reimpostazione della password userebbe { $address }, { $source }.
wizard-email-reset-none = Non ha ancora un indirizzo email utilizzabile per reimpostare la password.
wizard-email-precedence = L'indirizzo che verifica qui diventa la Sua email di autenticazione e la reimpostazione userà questo invece dell'email alternativa nella directory. Usi un indirizzo diverso da quello di lavoro.
wizard-questions-intro = { $count ->
    [one] Scelga una domanda e risponda.
   *[other] Scelga { $count } domande diverse e risponda a ciascuna.
} Le risposte sono lunghe da 3 a 40 caratteri; maiuscole e spazi in più non contano. Nessuno, nemmeno gli amministratori, può leggerle.
wizard-question-label = Domanda { $number }
wizard-answer-label = Risposta alla domanda { $number }
wizard-question-choose = Scelga una domanda
wizard-answers-show = Mostra le risposte
wizard-answers-hide = Nascondi le risposte
wizard-questions-save = Continua
wizard-questions-retype = Per la Sua sicurezza le risposte non vengono mai rimandate alla pagina: le digiti di nuovo.
wizard-summary-heading = Controlli e salvi
wizard-summary-skipped = Saltato
wizard-save = Salva
wizard-cancel = Annulla

registration-error-not-signed-in = La sessione è terminata. Acceda di nuovo.
registration-error-flow-missing = Questa registrazione è scaduta o è già stata completata. Ricominci per continuare.
registration-error-step-out-of-order = Questo passaggio non è disponibile ora. Continui dal passaggio mostrato.
registration-error-phone-missing = Inserisca il numero di telefono.
registration-error-country-needed = Scelga un paese, oppure scriva il numero con il prefisso internazionale che inizia con +.
registration-error-phone-invalid = Questo non è un numero di telefono valido per il paese scelto.
registration-error-email-missing = Inserisca l'indirizzo email.
registration-error-email-invalid = Inserisca un indirizzo email come nome@example.com.
code-error-missing = Inserisca il codice che Le abbiamo inviato.
code-error-malformed = Il codice è composto da 6 a 8 cifre.
code-error-wrong = { $tries ->
    [one] Il codice non è corretto. Ha ancora un tentativo.
   *[other] Il codice non è corretto. Ha ancora { $tries } tentativi.
}
code-error-dead = Troppi codici errati. Richieda un nuovo codice.
code-error-expired = Il codice è scaduto. Richieda un nuovo codice.
code-error-used = Questo codice è già stato usato. Richieda un nuovo codice.
code-error-none-sent = Nessun codice in attesa. Richieda un nuovo codice.
code-error-too-many = Sono stati inviati troppi codici. Attenda un'ora oppure scelga un altro metodo.
code-error-delivery-failed = Non è stato possibile inviare il codice. Riprovi oppure scelga un altro metodo.
registration-error-question-missing = Scelga una domanda qui.
registration-error-question-not-offered = Scelga una domanda dall'elenco.
registration-error-question-twice = Ha già scelto questa domanda. Ne scelga un'altra.
error-answer-missing = Inserisca una risposta.
registration-error-answer-too-short = Le risposte sono lunghe almeno 3 caratteri.
registration-error-answer-too-long = Le risposte sono lunghe al massimo 40 caratteri.
registration-error-answer-twice = Ha già dato questa risposta a un'altra domanda. Ne scriva una diversa.
registration-error-steps-pending = Completi o salti ogni passaggio prima di salvare.
registration-error-nothing-to-save = Non ha aggiunto nulla. Registri almeno un metodo oppure annulli.
registration-error-not-enough-methods = { $needed ->
    [one] Registri almeno un metodo per poter reimpostare la password.
   *[other] Registri almeno { $needed } metodi diversi per poter reimpostare la password.
}

account-security-info = Informazioni di sicurezza: registrazione, modifica o eliminazione
account-security-info-saved = Le informazioni di sicurezza sono state salvate.

message-code-email-subject = Il Suo codice di verifica
message-code-email-body = Il Suo codice di verifica è { $code }.

    È valido per { $minutes } minuti. Se non l'ha richiesto, può ignorare questa email: senza il codice non cambia nulla.
message-code-sms = Il Suo codice di verifica è { $code }. È valido per { $minutes } minuti.
message-code-voice = Il Suo codice di verifica è: { $code }. Ripeto: { $code }.
message-changed-subject = Le Sue informazioni di sicurezza sono cambiate
message-changed-body = Le informazioni di sicurezza del Suo account sono appena state modificate:
    { $changes }

    Se la modifica è stata fatta da Lei, non deve fare nulla. In caso contrario, contatti subito l'assistenza.
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
registration-error-reauth-required = Per la Sua sicurezza, inserisca di nuovo la password prima di modificare le informazioni di sicurezza.
registration-error-method-not-changeable = Questo metodo non può essere modificato qui.
registration-error-wrong-password = La password non è corretta.
registration-error-too-many-password-tries = Ci sono state troppe password errate. Attenda qualche minuto e riprovi.

security-info-title = Informazioni di sicurezza
security-info-back = Torna all'account
security-info-usable = { $usable ->
    [one] La reimpostazione della password può usare uno dei Suoi metodi
   *[other] La reimpostazione della password può usare { $usable } dei Suoi metodi
}; ne servono { $required ->
    [one] uno.
   *[other] { $required } diversi.
}
security-info-not-set = Non impostato
security-info-add = Aggiungi
security-info-change = Modifica
security-info-delete = Elimina
security-info-deleted = Il metodo è stato eliminato.
security-info-delete-title = Eliminazione di un metodo
security-info-delete-confirm = Desidera eliminare «{ $method }» dalle Sue informazioni di sicurezza?
security-info-delete-warning = { $required ->
    [one] Dopo non Le resterebbe alcun metodo e non potrebbe più reimpostare la password in autonomia.
   *[other] Dopo avrebbe meno di { $required } metodi e non potrebbe più reimpostare la password in autonomia.
}
reauth-title = Confermi la Sua identità
reauth-submit = Continua

## Password reset messages

message-reset-subject = La Sua password è stata reimpostata
message-reset-body = Gentile utente,

    la password del Suo account è appena stata reimpostata tramite il portale di gestione autonoma delle password e tutte le sessioni sono state chiuse.

    Se l'operazione è stata effettuata da Lei, non deve fare altro. In caso contrario, avvisi subito l'amministratore.

    Accesso: { $url }
message-unlocked-subject = Il Suo account è stato sbloccato
message-unlocked-body = Gentile utente,

    il Suo account è appena stato sbloccato tramite il portale di gestione autonoma delle password. La password non è cambiata.

    Se l'operazione non è stata effettuata da Lei, avvisi subito l'amministratore.

    Accesso: { $url }
message-admin-reset-subject = L'amministratore { $admin } ha reimpostato la propria password
message-admin-reset-body = Gentile utente,

    l'amministratore { $admin } ha appena reimpostato la propria password tramite il portale di gestione autonoma delle password.

    Se non se lo aspettava, verifichi con l'interessato e controlli il registro di audit.

    Portale: { $url }

## Email footer and text-message sender

email-footer-sent-by = Questo è un messaggio automatico inviato da { $organisation }.
email-footer-privacy = Informativa sulla privacy
email-footer-terms = Condizioni d'uso
email-footer-helpdesk = Assistenza
message-from-organisation = { $organisation }: { $text }
