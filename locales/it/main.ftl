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
