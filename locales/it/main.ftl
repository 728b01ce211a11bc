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
reset-coming-next = La reimpostazione di una password dimenticata da questa pagina è in arrivo. Nel frattempo, contatta il tuo helpdesk.
reset-back-to-sign-in = Torna all'accesso

## Pagina non trovata

not-found-title = Pagina non trovata
not-found-heading = Non abbiamo trovato questa pagina.

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
