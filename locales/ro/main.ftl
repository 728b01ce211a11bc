### Română (ro). Register: formal ("dumneavoastră", abbreviated "dvs."), as in Microsoft's Romanian
### product UI: formal imperative in sentences ("Introduceți parola"), nouns for buttons ("Salvare",
### "Anulare"). Diacritics with comma below (ș, ț); quotation marks „…”.
### Glossary:
###   password = parolă
###   security info = informații de securitate
###   verification code = cod de verificare
###   security question = întrebare de securitate
###   helpdesk = serviciul de asistență
###   administrator = administrator
###   sign in = a se conecta / conectare; sign out = deconectare
###   reset = a reseta / resetare
###   unlock = a debloca / deblocare
###   account = cont
###   user name = nume de utilizator
###   email = e-mail
###   text message = mesaj text (SMS)
###   directory = director
###   method = metodă

## Shared by every page

product-name = Autoservire pentru cont
skip-to-content = Salt la conținutul principal
loading = Se încarcă…
language-label = Limbă
# Shown in the language picker: the name of this language, in this language.
language-name = Română
language-apply = Schimbare limbă
password-show = Afișare parolă
password-hide = Ascundere parolă

## Errors

error-user-name-missing = Introduceți numele de utilizator.
error-user-name-invalid = Acesta nu pare a fi un nume de utilizator. Verificați ce ați scris și încercați din nou.
error-password-missing = Introduceți parola.
error-invalid-credentials = Numele de utilizator sau parola sunt incorecte. Verificați-le pe amândouă și încercați din nou.
error-account-locked = Contul dvs. este blocat. Pentru a-l debloca, alegeți mai jos „Nu vă puteți accesa contul?” sau contactați serviciul de asistență.
error-sign-in-paused = Au existat prea multe încercări de conectare nereușite pentru acest nume de utilizator. Pentru a proteja contul, conectarea este suspendată până la { $until }. Dacă ați uitat parola, o puteți reseta acum.
error-sign-in-busy-address = Au existat prea multe încercări de conectare nereușite din rețeaua dvs. Așteptați o oră și încercați din nou.
error-unavailable = A apărut o problemă la noi. Încercați din nou peste câteva minute.
error-transport = Nu am putut contacta serverul. Verificați conexiunea și încercați din nou.

## Sign-in page

sign-in-title = Conectare
sign-in-heading = Conectați-vă la cont
sign-in-user-name = Nume de utilizator
sign-in-password = Parolă
sign-in-submit = Conectare
sign-in-cant-access = Nu vă puteți accesa contul?

## Account page

account-title = Contul dvs.
account-heading = Contul dvs.
account-signed-in-as = V-ați conectat ca
account-sign-out = Deconectare
account-signed-out = Nu v-ați conectat.
account-go-sign-in = Accesați pagina de conectare

## Password reset

reset-title = Resetarea parolei
reset-heading = Recăpătați accesul la cont
reset-back-to-sign-in = Înapoi la conectare
reset-intro = Introduceți numele de utilizator și vă vom ajuta să demonstrați că sunteți dvs.; apoi alegeți o parolă nouă.
reset-user-id = Nume de utilizator
reset-user-id-hint = De obicei, adresa dvs. de e-mail de serviciu, de exemplu name@contoso.example.
reset-next = Următorul
captcha-question = Pentru a arăta că sunteți o persoană: cât fac { $a } plus { $b }?
captcha-hint = Introduceți rezultatul în cifre.
captcha-checking = Se verifică dacă sunteți o persoană…
captcha-done = Gata: browserul dvs. a dovedit că sunteți o persoană. Continuați cu Următorul.
reset-start-again = Reîncepere
reset-verify-heading = Demonstrați că sunteți dvs.
reset-gate-of = Verificarea { $number } din { $total }
reset-gate-legend = Cum doriți să primiți un cod de verificare?
reset-gate-email = Trimiteți un cod prin e-mail la { $destination }
reset-gate-mobile-sms = Trimiteți un cod prin SMS pe telefonul meu mobil { $destination }
reset-gate-mobile-voice = Apelați telefonul meu mobil { $destination }
reset-gate-office-voice = Apelați telefonul meu de serviciu { $destination }
reset-gate-questions = Răspund la întrebările mele de securitate
reset-code-sent-email = Am trimis un e-mail cu un cod de verificare la { $destination }.
reset-code-sent-sms = Am trimis un mesaj text cu un cod de verificare la { $destination }.
reset-code-sent-voice = Apelăm numărul { $destination } pentru a vă citi un cod de verificare.
reset-code-resend = Trimiteți un cod nou
reset-other-method = Utilizați altă metodă
reset-questions-heading = Răspundeți la întrebările de securitate
reset-password-heading = Alegeți o parolă nouă
reset-password-hint = { $min ->
    [one] Utilizați cel puțin un caracter.
    [few] Utilizați cel puțin { $min } caractere. Cel mai bine este o frază lungă pe care o puteți ține minte; evitați numele dvs. și parolele uzuale.
   *[other] Utilizați cel puțin { $min } de caractere. Cel mai bine este o frază lungă pe care o puteți ține minte; evitați numele dvs. și parolele uzuale.
}
reset-password-new = Parolă nouă
reset-password-confirm = Confirmați parola nouă
reset-password-strength-0 = Putere estimată: foarte slabă
reset-password-strength-1 = Putere estimată: slabă
reset-password-strength-2 = Putere estimată: acceptabilă
reset-password-strength-3 = Putere estimată: puternică
reset-password-strength-4 = Putere estimată: foarte puternică
reset-password-strength-note = O estimare făcută în browserul dvs., ca să vă ajute să alegeți. Regulile de mai sus decid dacă parola este acceptată.
reset-password-submit = Resetare parolă
reset-unlock-only-text = Contul dvs. este blocat. Dacă vă amintiți încă parola, puteți debloca contul și o puteți păstra.
reset-unlock-only = Doar deblocare
reset-contact-heading = Contactați administratorul
reset-contact-text = Nu vă puteți reseta parola aici. Administratorul vă poate ajuta să recăpătați accesul la cont.
reset-contact-helpdesk = Contactați serviciul de asistență
reset-done-heading = Parola dvs. a fost resetată
reset-done-text = Toate sesiunile dvs. au fost închise. Conectați-vă cu parola nouă.
reset-unlocked-heading = Contul dvs. este deblocat
reset-unlocked-text = Conectați-vă cu parola actuală.
reset-go-sign-in = Accesați pagina de conectare
reset-error-flow-missing = Resetarea a expirat sau nu a fost începută. Începeți din nou.
reset-error-step-out-of-order = Acest pas nu este disponibil acum. Continuați de pe această pagină.
reset-error-user-id-missing = Introduceți numele de utilizator.
reset-error-user-id-invalid = Introduceți numele de utilizator sub forma unei adrese de e-mail, de exemplu name@contoso.example.
reset-error-captcha-failed = Nu am putut verifica dacă sunteți o persoană. Încercați din nou.
reset-error-gate-missing = Alegeți cum doriți să primiți un cod.
reset-error-code-dead = Prea multe coduri greșite. Trimiteți un cod nou sau utilizați altă metodă.
reset-error-answers-wrong = Unul sau mai multe răspunsuri nu sunt corecte. Verificați-le și încercați din nou.
reset-error-blocked = Ați încercat de prea multe ori. Pentru siguranța dvs., resetarea prin autoservire este suspendată pentru acest cont până la { $until }.
reset-error-busy-address = Au existat prea multe încercări din rețeaua dvs. Așteptați o oră și încercați din nou.
reset-error-passwords-differ = Cele două parole nu se potrivesc.
reset-error-password-too-short = { $min ->
    [one] Utilizați cel puțin un caracter.
    [few] Utilizați cel puțin { $min } caractere.
   *[other] Utilizați cel puțin { $min } de caractere.
}
reset-error-password-missing = Introduceți o parolă nouă.
reset-error-password-common = Această parolă se află pe lista parolelor pe care atacatorii le încearcă primele. Alegeți alta, de exemplu o frază din câteva cuvinte fără legătură între ele.
reset-error-password-control = Parolele nu pot conține întreruperi de rând, tabulatori sau alte caractere de control. Tastați-o din nou fără acestea.
reset-error-write-unconfirmed = Nu am putut confirma că parola nouă a fost salvată. Alegeți-o din nou; noua alegere înlocuiește orice s-ar fi salvat.
reset-writing = Modificarea se salvează. Reîncărcați pagina peste câteva momente.
reset-error-password-too-long = Utilizați cel mult 256 de caractere.
reset-error-password-contains-name = Nu utilizați numele de utilizator în parolă.
reset-error-write-failed = Nu am putut salva modificarea în director, așa că nu s-a schimbat nimic. Încercați din nou peste câteva momente.

## Organisation branding on every page

footer-label = Linkurile organizației
footer-privacy = Confidențialitate
footer-terms = Condiții de utilizare
footer-helpdesk = Serviciul de asistență

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio de identitate vizuală
studio-heading-layer = Setări: { $layer }
studio-back = Înapoi la studioul de identitate vizuală
studio-preview-banner = Previzualizați identitatea vizuală nepublicată. Nimeni altcineva nu o vede până când nu este publicată.
studio-preview-stop = Oprire previzualizare
studio-layer-label = Setări pentru
studio-layer-open = Deschidere
studio-layer-default = Implicit (toate limbile)
studio-layer-overridden = { $language } (are propriile setări)
studio-inherited = Dacă este necompletat: { $value }
studio-as-default = Ca în setările implicite
studio-as-product = Așa cum arată portalul fără identitate vizuală
studio-show = Afișare
studio-hide = Ascundere
studio-save = Salvare schiță
studio-section-identity = Organizație
studio-section-colours = Culori
studio-colours-hint = Scrieți culorile în formatul #rrggbb, de exemplu #0b5cad. Textul și butoanele trebuie să se distingă suficient de fundal pentru a putea fi citite de toată lumea, de aceea studioul verifică contrastul înainte de publicare.
studio-section-layout = Aspect
studio-section-sign-in = Pagina de conectare
studio-section-links = Linkuri în subsol
studio-section-css = CSS particularizat
studio-css-hint = Reguli pentru numele de clase listate în referința CSS a portalului. Imaginile pot proveni doar din imaginile încărcate aici. Maximum 25 KB.
studio-section-images = Imagini
studio-section-publish = Publicare
studio-section-publications = Publicări
studio-field-organisation-name = Numele organizației
studio-field-colour-primary = Butoane și linkuri
studio-field-colour-primary-text = Textul de pe butoane
studio-field-colour-header = Banda antetului
studio-field-colour-header-text = Textul din banda antetului
studio-field-colour-text = Text obișnuit
studio-field-colour-page = Fundalul paginii
studio-field-colour-card = Fundalul cardului
studio-field-colour-focus = Indicatorul de focalizare a tastaturii
studio-field-layout = Aspectul paginii
studio-layout-full-bleed = Imagine de fundal pe toată pagina
studio-layout-plain = Culoare de fundal simplă
studio-field-show-header = Afișarea benzii antetului
studio-field-show-footer = Afișarea subsolului
studio-field-sign-in-text = Textul paginii de conectare
studio-field-user-name-hint = Indiciu nume de utilizator
studio-field-cant-access-label = Textul linkului pentru persoanele care nu se pot conecta
studio-field-show-reset-link = Link pentru persoanele care nu se pot conecta
studio-field-privacy-url = Adresa declarației de confidențialitate
studio-field-terms-url = Adresa condițiilor de utilizare
studio-field-helpdesk-url = Adresa serviciului de asistență (web sau e-mail)
studio-field-custom-css = CSS particularizat
studio-field-image-banner-logo = Siglă banner
studio-field-image-square-logo = Siglă pătrată
studio-field-image-square-logo-dark = Siglă pătrată pentru fundaluri întunecate
studio-field-image-favicon = Pictogramă site (favicon)
studio-field-image-background = Imagine de fundal
studio-image-limits = { $kinds }, cel mult { $kilobytes } KB și dimensiuni în pixeli de cel mult { $width } × { $height }.
studio-image-upload = Încărcare: { $slot }
studio-image-remove = Eliminare: { $slot }
studio-image-current = Imaginea actuală: { $slot }
studio-live-heading = Previzualizare în timp real
studio-live-caption = Urmează culorile și textele de mai sus pe măsură ce tastați, înainte de salvare.
studio-preview = Previzualizare schiță pe paginile reale
studio-email-preview = Previzualizare e-mail cu schița
studio-publish = Publicare
studio-state-never-published = Nu s-a publicat încă nimic: toată lumea vede portalul fără identitate vizuală.
studio-state-published = Versiunea { $version } este activă.
studio-state-unpublished-changes = Schița conține modificări nepublicate.
studio-problems-heading = Remediați aceste probleme înainte de publicare
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: contrastul dintre { $pair } este { $ratio }; este necesar cel puțin { $minimum }.
studio-problem-too-long = { $max ->
    [one] utilizați cel mult { $max } caracter.
    [few] utilizați cel mult { $max } caractere.
   *[other] utilizați cel mult { $max } de caractere.
}
studio-problem-control-character = eliminați caracterele de control (cum ar fi tabulatorii).
studio-problem-not-a-colour = scrieți culoarea ca # urmat de șase cifre hexazecimale, de exemplu #0b5cad.
studio-problem-link-not-https = adresele web trebuie să înceapă cu https://.
studio-problem-link-invalid = scrieți o adresă web care începe cu https:// sau o adresă de e-mail.
studio-problem-css = linia { $line }: { $reason }
studio-css-too-long = foaia de stil depășește 25 KB.
studio-css-import = @import nu este permis; puneți regulile direct aici.
studio-css-external-url = url() poate indica doar o imagine încărcată în studio.
studio-css-expression = expression(), behavior și -moz-binding nu sunt permise.
studio-css-at-rule = sunt permise doar @media, @supports, @layer, @container, @font-face și @keyframes.
studio-css-markup = secvența </ nu este permisă.
studio-css-unparsable = acesta nu este un CSS valid (verificați dacă lipsește o acoladă, două puncte sau ghilimele).
studio-pair-text-on-page = text și fundalul paginii
studio-pair-text-on-card = text și fundalul cardului
studio-pair-button-text-on-primary = textul de pe butoane și butoane
studio-pair-header-text-on-header = textul antetului și banda antetului
studio-pair-focus-on-page = indicatorul de focalizare și fundalul paginii
studio-column-version = Versiune
studio-column-when = Publicată
studio-column-who = De către
studio-column-note = Notă
studio-column-action = Acțiune
studio-publication-live = Activă acum
studio-publication-restored = Restabilește versiunea { $version }
studio-roll-back = Republicare versiune { $version }
studio-done-saved = Schița este salvată. Previzualizați-o, apoi publicați-o când este gata.
studio-done-uploaded = Imaginea este în schiță.
studio-done-removed = Imaginea a fost eliminată din schiță.
studio-done-published = Publicat. Toate paginile afișează noua identitate vizuală în câteva secunde.
studio-done-rolled-back = Versiunea anterioară este din nou activă și acum este și schița.
studio-done-preview-stopped = Previzualizarea s-a încheiat.
studio-refused-publish = Nu s-a publicat nimic: remediați mai întâi problemele listate mai jos.
studio-refused-no-such-version = Versiunea respectivă nu există. Nu s-a modificat nimic.
studio-refused-unavailable = Modificarea nu a putut fi salvată. Nu s-a modificat nimic; încercați din nou.
studio-refused-empty = Imaginea „{ $slot }” nu a fost încărcată: nu a fost ales niciun fișier sau fișierul era gol. Nu s-a modificat nimic.
studio-refused-too-many-bytes = Imaginea „{ $slot }” nu a fost încărcată: fișierul depășește { $kilobytes } KB. Nu s-a modificat nimic.
studio-refused-unknown-type = Imaginea „{ $slot }” nu a fost încărcată: fișierul nu este o imagine PNG, JPEG sau WebP (sau un desen SVG, pentru sigle), indiferent de numele său. Nu s-a modificat nimic.
studio-refused-svg-not-allowed = Imaginea „{ $slot }” nu a fost încărcată: desenele SVG sunt acceptate doar pentru sigle. Utilizați PNG, JPEG sau WebP. Nu s-a modificat nimic.
studio-refused-too-many-pixels = Imaginea „{ $slot }” nu a fost încărcată: dimensiunile sale în pixeli depășesc { $width } × { $height }. Nu s-a modificat nimic.
studio-refused-undecodable = Imaginea „{ $slot }” nu a fost încărcată: imaginea este deteriorată și nu a putut fi citită. Nu s-a modificat nimic.
studio-refused-svg-unparsable = Imaginea „{ $slot }” nu a fost încărcată: desenul SVG nu a putut fi citit. Nu s-a modificat nimic.
studio-refused-svg-doctype = Imaginea „{ $slot }” nu a fost încărcată: desenele SVG cu DOCTYPE sau entități sunt refuzate. Nu s-a modificat nimic.
studio-refused-svg-script = Imaginea „{ $slot }” nu a fost încărcată: desenul SVG conține un script. Nu s-a modificat nimic.
studio-refused-svg-foreign-object = Imaginea „{ $slot }” nu a fost încărcată: desenul SVG încorporează alt conținut (foreignObject). Nu s-a modificat nimic.
studio-refused-svg-event-handler = Imaginea „{ $slot }” nu a fost încărcată: desenul SVG conține handlere de evenimente (atribute on…). Nu s-a modificat nimic.
studio-refused-svg-external-reference = Imaginea „{ $slot }” nu a fost încărcată: desenul SVG face referire la fișiere sau adrese din afara sa. Nu s-a modificat nimic.
studio-refused-svg-too-complex = Imaginea „{ $slot }” nu a fost încărcată: desenul SVG este prea complex. Simplificați-l și încercați din nou. Nu s-a modificat nimic.
studio-refused-svg-marker = Imaginea „{ $slot }” nu a fost încărcată: markerele SVG nu sunt acceptate. Nu s-a modificat nimic.

## Not found

not-found-title = Pagina nu a fost găsită
not-found-heading = Nu am găsit această pagină.

## Demo outbox (demonstration mode only)

outbox-title = Căsuță de ieșire demonstrativă
outbox-heading = Căsuță de ieșire demonstrativă
outbox-banner-heading = Mod demonstrativ
outbox-banner-text = Această pagină există doar în modul demonstrativ. Mesajele nu sunt trimise cu adevărat: e-mailurile, mesajele text și apelurile vocale sunt păstrate aici, inclusiv codurile de unică folosință, ca să puteți încerca portalul. Nu rulați niciodată un portal real în modul demonstrativ.
outbox-caption = Cele mai recente mesaje (maximum { $limit }), începând cu cel mai nou
outbox-empty = Încă nu există mesaje. Codurile și notificările trimise de portal vor apărea aici.
outbox-time = Ora
outbox-channel = Canal
outbox-recipient = Destinatar
outbox-subject = Subiect
outbox-body = Mesaj
outbox-channel-email = E-mail
outbox-channel-sms = Mesaj text
outbox-channel-voice = Apel vocal

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = În ce oraș v-ați cunoscut primul soț, prima soție sau primul partener de viață?
question-city-parents-met = În ce oraș s-au cunoscut părinții dvs.?
question-city-nearest-sibling = În ce oraș locuiește fratele sau sora care stă cel mai aproape de dvs.?
question-city-father-born = În ce oraș s-a născut tatăl dvs.?
question-city-first-job = În ce oraș ați avut primul loc de muncă?
question-city-mother-born = În ce oraș s-a născut mama dvs.?
question-city-new-year-2000 = În ce oraș ați petrecut Revelionul anului 2000?
question-high-school-teacher-last-name = Care este numele de familie al profesorului dvs. preferat din liceu?
question-college-applied-not-attended = Cum se numește o facultate la care ați dat admitere, dar pe care nu ați urmat-o?
question-first-wedding-reception-place = Cum se numea localul în care ați făcut petrecerea primei dvs. nunți?
question-father-middle-name = Care este al doilea prenume al tatălui dvs.?
question-favorite-food = Care este mâncarea dvs. preferată?
question-maternal-grandmother-name = Care este numele complet al bunicii dvs. din partea mamei?
question-mother-middle-name = Care este al doilea prenume al mamei dvs.?
question-oldest-sibling-birthday = În ce lună și an s-a născut cel mai mare frate sau cea mai mare soră a dvs.? (de ex. noiembrie 1985)
question-oldest-sibling-middle-name = Care este al doilea prenume al celui mai mare frate sau al celei mai mari surori a dvs.?
question-paternal-grandfather-name = Care este numele complet al bunicului dvs. din partea tatălui?
question-youngest-sibling-middle-name = Care este al doilea prenume al celui mai mic frate sau al celei mai mici surori a dvs.?
question-sixth-grade-school = La ce școală ați învățat în clasa a VI-a?
question-childhood-best-friend-name = Care era numele complet al celui mai bun prieten sau al celei mai bune prietene din copilărie?
question-first-significant-other-name = Care era numele complet al primului dvs. iubit sau al primei dvs. iubite?
question-grade-school-teacher-last-name = Care era numele de familie al învățătorului sau al învățătoarei dvs. din clasele primare?
question-first-car-make-model = Care era marca și modelul primei dvs. mașini sau motociclete?
question-first-school = Cum se numea prima școală la care ați învățat?
question-birth-hospital = Cum se numește spitalul sau maternitatea în care v-ați născut?
question-childhood-street = Pe ce stradă se afla prima casă în care ați locuit în copilărie?
question-childhood-hero = Cine era eroul dvs. din copilărie?
question-favorite-stuffed-animal = Cum se numea jucăria dvs. de pluș preferată?
question-first-pet = Cum se numea primul dvs. animal de companie?
question-childhood-nickname = Ce poreclă aveați în copilărie?
question-high-school-sport = Care era sportul dvs. preferat în liceu?
question-first-job = Care a fost primul dvs. loc de muncă?
question-childhood-phone-last-digits = Care erau ultimele patru cifre ale numărului de telefon de acasă din copilăria dvs.?
question-childhood-ambition = În copilărie, ce voiați să vă faceți când veți fi mare?
question-most-famous-person-met = Care este cea mai celebră persoană pe care ați întâlnit-o vreodată?

## Security-info registration

method-email = E-mail
method-mobile-phone = Telefon mobil
method-office-phone = Telefon de serviciu
method-security-questions = Întrebări de securitate
method-questions-count = { $count ->
    [one] { $count } întrebare cu răspuns
    [few] { $count } întrebări cu răspuns
   *[other] { $count } de întrebări cu răspuns
}
source-authentication = înregistrat de dvs. pentru verificare, nu apare în director
source-directory = din profilul dvs. din director
source-administrator = setat de administratorul dvs.

prompt-title = Sunt necesare mai multe informații
prompt-register-heading = Sunt necesare mai multe informații
prompt-register-why = Organizația dvs. are nevoie de o modalitate de a confirma că sunteți dvs. atunci când uitați parola sau când contul este blocat. Înregistrați acum informațiile de securitate, ca să vă puteți recăpăta accesul pe cont propriu, fără să apelați serviciul de asistență.
prompt-register-needed = { $count ->
    [one] Aveți nevoie de cel puțin o metodă de verificare.
    [few] Aveți nevoie de cel puțin { $count } metode de verificare diferite.
   *[other] Aveți nevoie de cel puțin { $count } de metode de verificare diferite.
}
prompt-next = Următorul
prompt-skip = Nu acum
prompt-reconfirm-heading = Aceste informații mai sunt corecte?
prompt-reconfirm-why = Verificați informațiile de securitate pe care le-ați înregistrat. Dacă s-a schimbat ceva, actualizați-le, ca să vă puteți reseta în continuare parola.
prompt-looks-good = Sunt corecte
prompt-change = Modificare
prompt-nothing = Nu mai este nevoie de nimic
prompt-go-account = Accesați contul

wizard-title = Înregistrarea informațiilor de securitate
wizard-start = Reîncepere
wizard-step-of = Pasul { $number } din { $total }
wizard-code-label = Cod de verificare
wizard-verify = Verificare
wizard-send-code = Trimitere cod
wizard-skip-step = Omiteți această metodă
wizard-phone-country = Țară sau regiune
wizard-phone-number = Număr de telefon
wizard-phone-hint = Fără prefixul țării sau cu prefixul care începe cu +.
wizard-phone-channel = Cum să vă trimitem codul?
wizard-phone-sms = Mesaj text (SMS)
wizard-phone-voice = Apel vocal
wizard-phone-texted = Am trimis un mesaj text cu un cod la { $number }.
wizard-phone-called = Apelăm numărul { $number } pentru a vă citi un cod.
wizard-phone-resend-heading = Nu ați primit codul? Trimiteți-l din nou sau utilizați alt număr
wizard-phone-reset-uses = În prezent, o resetare a parolei ar utiliza numărul { $number }, { $source }.
wizard-phone-reset-none = Nu aveți încă un telefon pe care să-l poată utiliza o resetare a parolei.
wizard-phone-precedence = Un număr pe care îl verificați aici devine telefonul dvs. de autentificare, iar resetarea îl utilizează în locul telefonului mobil din director.
wizard-office-phone = Telefon de serviciu: { $number }, setat de administratorul dvs. Nu îl puteți modifica aici.
wizard-email-address = Adresă de e-mail
wizard-email-sent = Am trimis un e-mail cu un cod la { $address }.
wizard-email-resend-heading = Nu ați primit e-mailul? Trimiteți-l din nou sau utilizați altă adresă
wizard-email-reset-uses = În prezent, o resetare a parolei ar utiliza e-mailul { $address }, { $source }.
wizard-email-reset-none = Nu aveți încă o adresă de e-mail pe care să o poată utiliza o resetare a parolei.
wizard-email-precedence = O adresă pe care o verificați aici devine e-mailul dvs. de autentificare, iar resetarea o utilizează în locul e-mailului alternativ din director. Utilizați altă adresă decât cea de serviciu.
wizard-questions-intro = { $count ->
    [one] Alegeți o întrebare și răspundeți la ea.
    [few] Alegeți { $count } întrebări diferite și răspundeți la fiecare.
   *[other] Alegeți { $count } de întrebări diferite și răspundeți la fiecare.
} Răspunsurile au între 3 și 40 de caractere; majusculele și spațiile în plus nu contează. Nimeni, nici chiar administratorii, nu le poate citi.
wizard-question-label = Întrebarea { $number }
wizard-answer-label = Răspunsul la întrebarea { $number }
wizard-question-choose = Alegeți o întrebare
wizard-answers-show = Afișare răspunsuri
wizard-answers-hide = Ascundere răspunsuri
wizard-questions-save = Continuare
wizard-questions-retype = Pentru siguranța dvs., răspunsurile nu sunt trimise niciodată înapoi în pagină: tastați-le din nou.
wizard-summary-heading = Verificați și salvați
wizard-summary-skipped = Omis
wizard-save = Salvare
wizard-cancel = Anulare

registration-error-not-signed-in = Sesiunea s-a încheiat. Conectați-vă din nou.
registration-error-flow-missing = Această înregistrare a expirat sau a fost deja finalizată. Reîncepeți pentru a continua.
registration-error-step-out-of-order = Acest pas nu este disponibil acum. Continuați de la pasul afișat.
registration-error-phone-missing = Introduceți numărul de telefon.
registration-error-country-needed = Alegeți o țară sau scrieți numărul cu prefixul internațional, care începe cu +.
registration-error-phone-invalid = Acesta nu este un număr de telefon valid pentru țara aleasă.
registration-error-email-missing = Introduceți adresa de e-mail.
registration-error-email-invalid = Introduceți o adresă de e-mail de forma nume@example.com.
code-error-missing = Introduceți codul pe care vi l-am trimis.
code-error-malformed = Codul are între 6 și 8 cifre.
code-error-wrong = { $tries ->
    [one] Codul nu este corect. Mai aveți o încercare.
    [few] Codul nu este corect. Mai aveți { $tries } încercări.
   *[other] Codul nu este corect. Mai aveți { $tries } de încercări.
}
code-error-dead = Prea multe coduri greșite. Trimiteți un cod nou.
code-error-expired = Codul a expirat. Trimiteți un cod nou.
code-error-used = Acest cod a fost deja utilizat. Trimiteți un cod nou.
code-error-none-sent = Nu există niciun cod în așteptare. Trimiteți un cod nou.
code-error-too-many = Au fost trimise prea multe coduri. Așteptați o oră sau alegeți altă metodă.
code-error-delivery-failed = Nu am putut trimite codul. Încercați din nou sau alegeți altă metodă.
registration-error-question-missing = Alegeți o întrebare aici.
registration-error-question-not-offered = Alegeți o întrebare din listă.
registration-error-question-twice = Ați ales deja această întrebare. Alegeți alta.
error-answer-missing = Introduceți un răspuns.
registration-error-answer-too-short = Răspunsurile au cel puțin 3 caractere.
registration-error-answer-too-long = Răspunsurile au cel mult 40 de caractere.
registration-error-answer-twice = Ați dat deja acest răspuns la altă întrebare. Dați un răspuns diferit.
registration-error-steps-pending = Finalizați sau omiteți fiecare pas înainte de a salva.
registration-error-nothing-to-save = Nu s-a adăugat nimic. Înregistrați cel puțin o metodă sau anulați.
registration-error-not-enough-methods = { $needed ->
    [one] Înregistrați cel puțin o metodă, ca să vă puteți reseta parola.
    [few] Înregistrați cel puțin { $needed } metode diferite, ca să vă puteți reseta parola.
   *[other] Înregistrați cel puțin { $needed } de metode diferite, ca să vă puteți reseta parola.
}

account-security-info = Informații de securitate: înregistrare, modificare sau ștergere
account-security-info-saved = Informațiile dvs. de securitate au fost salvate.

message-code-email-subject = Codul dvs. de verificare
message-code-email-body = Codul dvs. de verificare este { $code }.

    Este valabil timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }. Dacă nu l-ați solicitat, puteți ignora acest e-mail: fără cod nu se schimbă nimic.
message-code-sms = Codul dvs. de verificare este { $code }. Valabil { $minutes } min.
message-code-voice = Codul dvs. de verificare este: { $code }. Repet: { $code }.
message-changed-subject = Informațiile dvs. de securitate au fost modificate
message-changed-body = Informațiile de securitate ale contului dvs. tocmai au fost modificate:
    { $changes }

    Dacă dvs. ați făcut această modificare, nu trebuie să faceți nimic. Dacă nu, contactați imediat serviciul de asistență.
message-changed-phone = telefonul de autentificare
message-changed-email = e-mailul de autentificare
message-changed-questions = întrebările de securitate

country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-BE = Belgia
country-BR = Brazilia
country-CA = Canada
country-CH = Elveția
country-CN = China
country-CZ = Cehia
country-DE = Germania
country-DK = Danemarca
country-ES = Spania
country-FI = Finlanda
country-FR = Franța
country-GB = Regatul Unit
country-GR = Grecia
country-HR = Croația
country-HU = Ungaria
country-IE = Irlanda
country-IN = India
country-IT = Italia
country-JP = Japonia
country-LU = Luxemburg
country-MT = Malta
country-MX = Mexic
country-NL = Țările de Jos
country-NO = Norvegia
country-NZ = Noua Zeelandă
country-PL = Polonia
country-PT = Portugalia
country-RO = România
country-SE = Suedia
country-SI = Slovenia
country-SK = Slovacia
country-SM = San Marino
country-TR = Turcia
country-UA = Ucraina
country-US = Statele Unite
country-VA = Vatican
country-ZA = Africa de Sud
registration-error-reauth-required = Pentru siguranța dvs., introduceți din nou parola înainte de a modifica informațiile de securitate.
registration-error-method-not-changeable = Această metodă nu poate fi modificată aici.
registration-error-wrong-password = Parola nu este corectă.
registration-error-too-many-password-tries = Au fost introduse prea multe parole greșite. Așteptați câteva minute și încercați din nou.

security-info-title = Informații de securitate
security-info-back = Înapoi la cont
security-info-usable = { $usable ->
    [one] O resetare a parolei poate utiliza una dintre metodele dvs.
   *[other] O resetare a parolei poate utiliza { $usable } dintre metodele dvs.
}; sunt necesare { $required ->
    [one] una.
   *[other] { $required } diferite.
}
security-info-not-set = Nesetat
security-info-add = Adăugare
security-info-change = Modificare
security-info-delete = Ștergere
security-info-deleted = Metoda a fost ștearsă.
security-info-delete-title = Ștergerea unei metode
security-info-delete-confirm = Ștergeți „{ $method }” din informațiile dvs. de securitate?
security-info-delete-warning = { $required ->
    [one] După aceasta nu v-ar mai rămâne nicio metodă și nu v-ați mai putea reseta parola pe cont propriu.
    [few] După aceasta ați avea mai puțin de { $required } metode și nu v-ați mai putea reseta parola pe cont propriu.
   *[other] După aceasta ați avea mai puțin de { $required } de metode și nu v-ați mai putea reseta parola pe cont propriu.
}
reauth-title = Confirmați că sunteți dvs.
reauth-submit = Continuare

## Password reset messages

message-reset-subject = Parola dvs. a fost resetată
message-reset-body = Bună ziua,

    Parola contului dvs. tocmai a fost resetată prin portalul de autoservire pentru parole și toate sesiunile au fost închise.

    Dacă dvs. ați făcut acest lucru, nu mai trebuie să faceți nimic. Dacă nu, contactați imediat administratorul.

    Conectare: { $url }
message-unlocked-subject = Contul dvs. a fost deblocat
message-unlocked-body = Bună ziua,

    Contul dvs. tocmai a fost deblocat prin portalul de autoservire pentru parole. Parola nu s-a schimbat.

    Dacă nu dvs. ați făcut acest lucru, contactați imediat administratorul.

    Conectare: { $url }
message-admin-reset-subject = Administratorul { $admin } și-a resetat parola
message-admin-reset-body = Bună ziua,

    Administratorul { $admin } tocmai și-a resetat propria parolă prin portalul de autoservire pentru parole.

    Dacă nu vă așteptați la acest lucru, verificați cu persoana respectivă și examinați jurnalul de audit.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Acesta este un mesaj automat trimis de { $organisation }.
email-footer-privacy = Confidențialitate
email-footer-terms = Condiții de utilizare
email-footer-helpdesk = Serviciul de asistență
message-from-organisation = { $organisation }: { $text }
