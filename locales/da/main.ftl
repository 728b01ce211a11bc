### Dansk (da). Register: uformel »du«, som i den danske brugergrænseflade i Microsoft 365 og Windows.
### Ordliste:
###   password = adgangskode
###   security info = sikkerhedsoplysninger
###   verification code = bekræftelseskode
###   security question = sikkerhedsspørgsmål
###   helpdesk = helpdesk
###   administrator = administrator
###   sign in / sign out = logge på / logge af (logon)
###   reset (password) = nulstille (adgangskode)
###   unlock = låse op
###   account = konto
###   user name = brugernavn
###   directory = katalog
###   authentication phone / email = godkendelsestelefon / godkendelsesmail
###   email / text message = mail / sms

## Fælles for alle sider

product-name = Selvbetjening til din konto
skip-to-content = Gå til hovedindhold
loading = Indlæser…
language-label = Sprog
# Vises i sprogvælgeren: navnet på dette sprog, på dette sprog.
language-name = Dansk
language-apply = Skift sprog
password-show = Vis adgangskode
password-hide = Skjul adgangskode

## Fejl

error-user-name-missing = Angiv dit brugernavn.
error-user-name-invalid = Dette ligner ikke et brugernavn. Kontrollér, hvad du har skrevet, og prøv igen.
error-password-missing = Angiv din adgangskode.
error-invalid-credentials = Dit brugernavn eller din adgangskode er forkert. Kontrollér begge dele, og prøv igen.
error-account-locked = Din konto er låst. Vælg »Kan du ikke få adgang til din konto?« nedenfor for at låse den op, eller kontakt din helpdesk.
error-sign-in-paused = Der har været for mange mislykkede logonforsøg for dette brugernavn. For at beskytte kontoen er logon sat på pause indtil { $until }. Hvis du har glemt din adgangskode, kan du nulstille den nu.
error-sign-in-busy-address = Der har været for mange mislykkede logonforsøg fra dit netværk. Vent en time, og prøv igen.
error-unavailable = Der opstod en fejl hos os. Prøv igen om et par minutter.
error-transport = Vi kunne ikke få forbindelse til serveren. Kontrollér din forbindelse, og prøv igen.

## Logonside

sign-in-title = Log på
sign-in-heading = Log på din konto
sign-in-user-name = Brugernavn
sign-in-password = Adgangskode
sign-in-submit = Log på
sign-in-cant-access = Kan du ikke få adgang til din konto?

## Kontoside

account-title = Din konto
account-heading = Din konto
account-signed-in-as = Du er logget på som
account-sign-out = Log af
account-signed-out = Du er ikke logget på.
account-go-sign-in = Gå til logon

## Nulstilling af adgangskode

reset-title = Nulstil din adgangskode
reset-heading = Få adgang til din konto igen
reset-back-to-sign-in = Tilbage til logon
reset-intro = Angiv dit brugernavn, så hjælper vi dig med at bekræfte, at det er dig. Derefter vælger du en ny adgangskode.
reset-user-id = Brugernavn
reset-user-id-hint = Normalt din mailadresse på arbejdet, f.eks. name@contoso.example.
reset-next = Næste
captcha-question = For at vise, at du er et menneske: Hvad er { $a } plus { $b }?
captcha-hint = Skriv svaret med tal.
captcha-checking = Kontrollerer, at du er et menneske…
captcha-done = Færdig: Din browser har bekræftet, at du er et menneske. Fortsæt med Næste.
reset-start-again = Start forfra
reset-verify-heading = Bekræft, at det er dig
reset-gate-of = Bekræftelse { $number } af { $total }
reset-gate-legend = Hvordan vil du modtage en bekræftelseskode?
reset-gate-email = Send en kode i en mail til { $destination }
reset-gate-mobile-sms = Send en kode i en sms til min mobiltelefon { $destination }
reset-gate-mobile-voice = Ring til min mobiltelefon { $destination }
reset-gate-office-voice = Ring til min kontortelefon { $destination }
reset-gate-questions = Besvar mine sikkerhedsspørgsmål
reset-code-sent-email = Vi har sendt en mail med en bekræftelseskode til { $destination }.
reset-code-sent-sms = Vi har sendt en sms med en bekræftelseskode til { $destination }.
reset-code-sent-voice = Vi ringer til { $destination } for at læse en bekræftelseskode op for dig.
reset-code-resend = Send en ny kode
reset-other-method = Brug en anden metode
reset-questions-heading = Besvar dine sikkerhedsspørgsmål
reset-password-heading = Vælg en ny adgangskode
reset-password-hint = { $min ->
    [one] Brug mindst ét tegn.
   *[other] Brug mindst { $min } tegn. En lang sætning, som du kan huske, er bedst; undgå dit navn og almindelige adgangskoder.
}
reset-password-new = Ny adgangskode
reset-password-confirm = Bekræft den nye adgangskode
reset-password-strength-0 = Anslået styrke: meget svag
reset-password-strength-1 = Anslået styrke: svag
reset-password-strength-2 = Anslået styrke: middel
reset-password-strength-3 = Anslået styrke: stærk
reset-password-strength-4 = Anslået styrke: meget stærk
reset-password-strength-note = Et skøn, der beregnes i din browser for at hjælpe dig med at vælge. Det er reglerne ovenfor, der afgør, om adgangskoden accepteres.
reset-password-submit = Nulstil adgangskode
reset-unlock-only-text = Din konto er låst. Hvis du stadig kender din adgangskode, kan du låse kontoen op og beholde adgangskoden.
reset-unlock-only = Lås kun op
reset-contact-heading = Kontakt din administrator
reset-contact-text = Du kan ikke nulstille din adgangskode her. Din administrator kan hjælpe dig med at få adgang til din konto igen.
reset-contact-helpdesk = Kontakt helpdesken
reset-done-heading = Din adgangskode er nulstillet
reset-done-text = Du er blevet logget af overalt. Log på med din nye adgangskode.
reset-unlocked-heading = Din konto er låst op
reset-unlocked-text = Log på med din nuværende adgangskode.
reset-go-sign-in = Gå til logon
reset-error-flow-missing = Din nulstilling er udløbet eller blev aldrig startet. Start forfra.
reset-error-step-out-of-order = Det trin er ikke tilgængeligt nu. Fortsæt fra denne side.
reset-error-user-id-missing = Angiv dit brugernavn.
reset-error-user-id-invalid = Angiv dit brugernavn i form af en mailadresse, f.eks. name@contoso.example.
reset-error-captcha-failed = Vi kunne ikke kontrollere, at du er et menneske. Prøv igen.
reset-error-gate-missing = Vælg, hvordan du vil modtage en kode.
reset-error-code-dead = For mange forkerte koder. Send en ny kode, eller brug en anden metode.
reset-error-answers-wrong = Et eller flere svar er forkerte. Kontrollér dem, og prøv igen.
reset-error-blocked = Du har prøvet for mange gange. Af hensyn til din sikkerhed er selvbetjent nulstilling sat på pause for denne konto indtil { $until }.
reset-error-busy-address = Der har været for mange forsøg fra dit netværk. Vent en time, og prøv igen.
reset-error-passwords-differ = De to adgangskoder er ikke ens.
reset-error-password-too-short = { $min ->
    [one] Brug mindst ét tegn.
   *[other] Brug mindst { $min } tegn.
}
reset-error-password-missing = Angiv en ny adgangskode.
reset-error-password-common = Denne adgangskode står på listen over adgangskoder, som angribere prøver først. Vælg en anden, f.eks. en sætning med nogle få ord, der ikke har noget med hinanden at gøre.
reset-error-password-control = Adgangskoder må ikke indeholde linjeskift, tabulatorer eller andre kontroltegn. Skriv adgangskoden igen uden dem.
reset-error-write-unconfirmed = Vi kunne ikke bekræfte, at din nye adgangskode blev gemt. Vælg den igen; det nye valg erstatter alt, hvad der eventuelt blev gemt.
reset-writing = Din ændring gemmes. Genindlæs siden om et øjeblik.
reset-error-password-too-long = Brug højst 256 tegn.
reset-error-password-contains-name = Brug ikke dit brugernavn i din adgangskode.
reset-error-write-failed = Vi kunne ikke gemme ændringen i kataloget, så intet er blevet ændret. Prøv igen om et øjeblik.

## Organisationens branding på alle sider

footer-label = Organisationens links
footer-privacy = Beskyttelse af personlige oplysninger
footer-terms = Vilkår for anvendelse
footer-helpdesk = Kontakt helpdesk

## Brandingstudie (/admin/branding, til brandingadministratorer)

studio-title = Brandingstudie
studio-heading-layer = Indstillinger: { $layer }
studio-back = Tilbage til brandingstudiet
studio-preview-banner = Du ser et eksempel på den ikke-publicerede branding. Ingen andre kan se den, før den er publiceret.
studio-preview-stop = Stop eksempelvisningen
studio-layer-label = Indstillinger for
studio-layer-open = Åbn
studio-layer-default = Standard (alle sprog)
studio-layer-overridden = { $language } (har egne indstillinger)
studio-inherited = Hvis feltet er tomt: { $value }
studio-as-default = Som i standardindstillingerne
studio-as-product = Som portalen ser ud uden branding
studio-show = Vis
studio-hide = Skjul
studio-save = Gem kladden
studio-section-identity = Organisationsoplysninger
studio-section-colours = Farver
studio-colours-hint = Skriv farver som #rrggbb, f.eks. #0b5cad. Tekst og knapper skal skille sig tilstrækkeligt ud fra baggrunden, så alle kan læse dem, og derfor kontrollerer studiet kontrasten før publicering.
studio-section-layout = Sidelayout
studio-section-sign-in = Logonside
studio-section-links = Links i sidefoden
studio-section-css = Brugerdefineret CSS
studio-css-hint = Regler for de klassenavne, der er angivet i portalens CSS-reference. Billeder må kun komme fra de billeder, der er uploadet her. Op til 25 KB.
studio-section-images = Billeder
studio-section-publish = Publicering
studio-section-publications = Publiceringer
studio-field-organisation-name = Organisationens navn
studio-field-colour-primary = Knapper og links
studio-field-colour-primary-text = Tekst på knapper
studio-field-colour-header = Sidehovedbjælke
studio-field-colour-header-text = Tekst i sidehovedbjælken
studio-field-colour-text = Tekst
studio-field-colour-page = Sidebaggrund
studio-field-colour-card = Kortbaggrund
studio-field-colour-focus = Ramme om tastaturfokus
studio-field-layout = Layout for siden
studio-layout-full-bleed = Baggrundsbillede, der fylder hele siden
studio-layout-plain = Ensfarvet side
studio-field-show-header = Vis sidehovedbjælken
studio-field-show-footer = Vis sidefoden
studio-field-sign-in-text = Tekst på logonside
studio-field-user-name-hint = Tip til brugernavn
studio-field-cant-access-label = Tekst på linket til personer, der ikke kan logge på
studio-field-show-reset-link = Link til personer, der ikke kan logge på
studio-field-privacy-url = Adresse på erklæringen om beskyttelse af personlige oplysninger
studio-field-terms-url = Adresse på vilkår for anvendelse
studio-field-helpdesk-url = Helpdeskens adresse (web eller mail)
studio-field-custom-css = Brugerdefineret CSS
studio-field-image-banner-logo = Bannerlogo
studio-field-image-square-logo = Kvadratisk logo
studio-field-image-square-logo-dark = Kvadratisk logo til mørke baggrunde
studio-field-image-favicon = Webstedsikon (favicon)
studio-field-image-background = Baggrundsbillede
studio-image-limits = { $kinds }, højst { $kilobytes } KB og { $width } × { $height } pixel.
studio-image-upload = Upload: { $slot }
studio-image-remove = Fjern: { $slot }
studio-image-current = Nuværende billede: { $slot }
studio-live-heading = Live-eksempel
studio-live-caption = Følger farverne og teksterne ovenfor, mens du skriver, før du gemmer.
studio-preview = Se kladden på de rigtige sider
studio-email-preview = Se et eksempel på en mail med kladden
studio-publish = Publicer
studio-state-never-published = Der er ikke publiceret noget endnu: Alle ser portalen uden branding.
studio-state-published = Version { $version } er live.
studio-state-unpublished-changes = Kladden har ændringer, der ikke er publiceret.
studio-problems-heading = Ret dette før publicering
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } har en kontrast på { $ratio }; der kræves mindst { $minimum }.
studio-problem-too-long = brug højst { $max } tegn.
studio-problem-control-character = fjern kontroltegnene (f.eks. tabulatorer).
studio-problem-not-a-colour = skriv farven som # efterfulgt af seks hexadecimale cifre, f.eks. #0b5cad.
studio-problem-link-not-https = webadresser skal starte med https://.
studio-problem-link-invalid = skriv en webadresse, der starter med https://, eller en mailadresse.
studio-problem-css = linje { $line }: { $reason }
studio-css-too-long = typografiarket er større end 25 KB.
studio-css-import = @import er ikke tilladt; skriv reglerne her i stedet.
studio-css-external-url = url() må kun pege på et billede, der er uploadet i studiet.
studio-css-expression = expression(), behavior og -moz-binding er ikke tilladt.
studio-css-at-rule = kun @media, @supports, @layer, @container, @font-face og @keyframes er tilladt.
studio-css-markup = tegnfølgen </ er ikke tilladt.
studio-css-unparsable = dette er ikke gyldig CSS (kontrollér, om der mangler en krøllet parentes, et kolon eller et anførselstegn).
studio-pair-text-on-page = tekst og sidebaggrund
studio-pair-text-on-card = tekst og kortbaggrund
studio-pair-button-text-on-primary = knaptekst og knapper
studio-pair-header-text-on-header = tekst i sidehovedet og sidehovedbjælken
studio-pair-focus-on-page = fokusramme og sidebaggrund
studio-column-version = Versionsnr.
studio-column-when = Publiceret
studio-column-who = Af
studio-column-note = Bemærkning
studio-column-action = Handling
studio-publication-live = Live nu
studio-publication-restored = Gendanner version { $version }
studio-roll-back = Publicer version { $version } igen
studio-done-saved = Kladden er gemt. Se den på siderne, og publicer den, når den er klar.
studio-done-uploaded = Billedet er nu i kladden.
studio-done-removed = Billedet er fjernet fra kladden.
studio-done-published = Publiceret. Alle sider viser den nye branding inden for få sekunder.
studio-done-rolled-back = Den tidligere version er live igen og er nu også kladden.
studio-done-preview-stopped = Eksempelvisningen er afsluttet.
studio-refused-publish = Intet blev publiceret: Ret først de problemer, der er angivet nedenfor.
studio-refused-no-such-version = Den version findes ikke. Intet blev ændret.
studio-refused-unavailable = Ændringen kunne ikke gemmes. Intet blev ændret. Prøv igen.
studio-refused-empty = »{ $slot }« blev ikke uploadet: Der blev ikke valgt nogen fil, eller filen var tom. Intet blev ændret.
studio-refused-too-many-bytes = »{ $slot }« blev ikke uploadet: Filen er større end { $kilobytes } KB. Intet blev ændret.
studio-refused-unknown-type = »{ $slot }« blev ikke uploadet: Filen er ikke et PNG-, JPEG- eller WebP-billede (eller for logoers vedkommende en SVG-tegning), uanset hvad navnet siger. Intet blev ændret.
studio-refused-svg-not-allowed = »{ $slot }« blev ikke uploadet: SVG-tegninger accepteres kun til logoer. Brug PNG, JPEG eller WebP. Intet blev ændret.
studio-refused-too-many-pixels = »{ $slot }« blev ikke uploadet: Billedet er større end { $width } × { $height } pixel. Intet blev ændret.
studio-refused-undecodable = »{ $slot }« blev ikke uploadet: Billedet er beskadiget og kunne ikke læses. Intet blev ændret.
studio-refused-svg-unparsable = »{ $slot }« blev ikke uploadet: SVG-tegningen kunne ikke læses. Intet blev ændret.
studio-refused-svg-doctype = »{ $slot }« blev ikke uploadet: SVG-tegninger med DOCTYPE eller entiteter afvises. Intet blev ændret.
studio-refused-svg-script = »{ $slot }« blev ikke uploadet: SVG-tegningen indeholder et script. Intet blev ændret.
studio-refused-svg-foreign-object = »{ $slot }« blev ikke uploadet: SVG-tegningen indlejrer andet indhold (foreignObject). Intet blev ændret.
studio-refused-svg-event-handler = »{ $slot }« blev ikke uploadet: SVG-tegningen indeholder hændelseshandlere (on…-attributter). Intet blev ændret.
studio-refused-svg-external-reference = »{ $slot }« blev ikke uploadet: SVG-tegningen henviser til filer eller adresser uden for sig selv. Intet blev ændret.
studio-refused-svg-too-complex = »{ $slot }« blev ikke uploadet: SVG-tegningen er for kompleks. Forenkl den, og prøv igen. Intet blev ændret.
studio-refused-svg-marker = »{ $slot }« blev ikke uploadet: SVG-markører understøttes ikke. Intet blev ændret.

## Ikke fundet

not-found-title = Siden blev ikke fundet
not-found-heading = Vi kunne ikke finde den side.

## Demo-udbakke (kun i demonstrationstilstand)

outbox-title = Demo-udbakke
outbox-heading = Demo-udbakke
outbox-banner-heading = Demonstrationstilstand
outbox-banner-text = Denne side findes kun i demonstrationstilstand. Beskeder bliver ikke rigtigt sendt: Mails, sms'er og taleopkald gemmes i stedet her, inklusive engangskoder, så du kan afprøve portalen. Kør aldrig en rigtig portal i demonstrationstilstand.
outbox-caption = De seneste { $limit } beskeder, nyeste først
outbox-empty = Ingen beskeder endnu. Koder og meddelelser, som portalen sender, vises her.
outbox-time = Tidspunkt
outbox-channel = Kanal
outbox-recipient = Modtager
outbox-subject = Emne
outbox-body = Besked
outbox-channel-email = Mail
outbox-channel-sms = Sms
outbox-channel-voice = Taleopkald

## Foruddefinerede sikkerhedsspørgsmål (deres id'er gemmes; omdøb aldrig en nøgle)

question-city-met-partner = I hvilken by mødte du din første ægtefælle eller partner?
question-city-parents-met = I hvilken by mødte dine forældre hinanden?
question-city-nearest-sibling = I hvilken by bor den af dine søskende, der bor tættest på dig?
question-city-father-born = I hvilken by blev din far født?
question-city-first-job = I hvilken by havde du dit første job?
question-city-mother-born = I hvilken by blev din mor født?
question-city-new-year-2000 = I hvilken by var du ved årtusindskiftet, nytåret 1999/2000?
question-high-school-teacher-last-name = Hvad er efternavnet på din yndlingslærer i gymnasiet?
question-college-applied-not-attended = Hvad hedder et uddannelsessted, du søgte ind på, men ikke gik på?
question-first-wedding-reception-place = Hvad hed stedet, hvor du holdt din første bryllupsfest?
question-father-middle-name = Hvad er din fars mellemnavn?
question-favorite-food = Hvad er din livret?
question-maternal-grandmother-name = Hvad er din mormors for- og efternavn?
question-mother-middle-name = Hvad er din mors mellemnavn?
question-oldest-sibling-birthday = I hvilken måned og hvilket år er din ældste bror eller søster født? (f.eks. november 1985)
question-oldest-sibling-middle-name = Hvad er mellemnavnet på din ældste bror eller søster?
question-paternal-grandfather-name = Hvad er din farfars for- og efternavn?
question-youngest-sibling-middle-name = Hvad er mellemnavnet på din yngste bror eller søster?
question-sixth-grade-school = Hvilken skole gik du på i 6. klasse?
question-childhood-best-friend-name = Hvad var for- og efternavnet på din bedste ven i barndommen?
question-first-significant-other-name = Hvad var for- og efternavnet på din første kæreste?
question-grade-school-teacher-last-name = Hvad var efternavnet på din yndlingslærer i de små klasser?
question-first-car-make-model = Hvilket mærke og hvilken model var din første bil eller motorcykel?
question-first-school = Hvad hed den første skole, du gik på?
question-birth-hospital = Hvad hed det hospital, du blev født på?
question-childhood-street = Hvad hed vejen, hvor dit første barndomshjem lå?
question-childhood-hero = Hvem var din helt, da du var barn?
question-favorite-stuffed-animal = Hvad hed dit yndlingstøjdyr?
question-first-pet = Hvad hed dit første kæledyr?
question-childhood-nickname = Hvad var dit kælenavn som barn?
question-high-school-sport = Hvilken sport dyrkede du helst som teenager?
question-first-job = Hvad var dit første job?
question-childhood-phone-last-digits = Hvad var de sidste fire cifre i jeres telefonnummer derhjemme, da du var barn?
question-childhood-ambition = Hvad drømte du om at blive som voksen, da du var barn?
question-most-famous-person-met = Hvem er den mest berømte person, du nogensinde har mødt?

## Registrering af sikkerhedsoplysninger

method-email = Mail
method-mobile-phone = Mobiltelefon
method-office-phone = Kontortelefon
method-security-questions = Sikkerhedsspørgsmål
method-questions-count = { $count ->
    [one] { $count } spørgsmål besvaret
   *[other] { $count } spørgsmål besvaret
}
source-authentication = registreret af dig til bekræftelse, vises ikke i kataloget
source-directory = fra din profil i kataloget
source-administrator = angivet af din administrator

prompt-title = Der kræves flere oplysninger
prompt-register-heading = Der kræves flere oplysninger
prompt-register-why = Din organisation har brug for en måde at bekræfte, at det er dig, når du glemmer din adgangskode, eller når din konto er låst. Registrer dine sikkerhedsoplysninger nu, så du selv kan få adgang igen uden at ringe til helpdesken.
prompt-register-needed = { $count ->
    [one] Du skal have mindst én bekræftelsesmetode.
   *[other] Du skal have mindst { $count } forskellige bekræftelsesmetoder.
}
prompt-next = Næste
prompt-skip = Spring over indtil videre
prompt-reconfirm-heading = Er disse oplysninger stadig korrekte?
prompt-reconfirm-why = Kontrollér de sikkerhedsoplysninger, du har registreret. Hvis noget har ændret sig, skal du opdatere det, så du stadig kan nulstille din adgangskode.
prompt-looks-good = Det ser fint ud
prompt-change = Rediger
prompt-nothing = Der kræves ikke mere
prompt-go-account = Gå til din konto

wizard-title = Registrer sikkerhedsoplysninger
wizard-start = Start forfra
wizard-step-of = Trin { $number } af { $total }
wizard-code-label = Bekræftelseskode
wizard-verify = Bekræft
wizard-send-code = Send kode
wizard-skip-step = Spring denne metode over
wizard-phone-country = Land eller område
wizard-phone-number = Telefonnummer
wizard-phone-hint = Uden landekode, eller med landekode, der starter med +.
wizard-phone-channel = Hvordan skal vi sende koden?
wizard-phone-sms = Sms
wizard-phone-voice = Taleopkald
wizard-phone-texted = Vi har sendt en sms med en kode til { $number }.
wizard-phone-called = Vi ringer til { $number } for at læse en kode op for dig.
wizard-phone-resend-heading = Ingen kode? Send den igen, eller brug et andet nummer
wizard-phone-reset-uses = Lige nu ville en nulstilling af adgangskoden bruge { $number } ({ $source }).
wizard-phone-reset-none = Du har endnu ingen telefon, som en nulstilling af adgangskoden kan bruge.
wizard-phone-precedence = Et nummer, du bekræfter her, bliver din godkendelsestelefon, og nulstilling bruger det i stedet for mobiltelefonen i kataloget.
wizard-office-phone = Kontortelefon: { $number }, angivet af din administrator. Du kan ikke ændre det her.
wizard-email-address = Mailadresse
wizard-email-sent = Vi har sendt en mail med en kode til { $address }.
wizard-email-resend-heading = Ingen mail? Send den igen, eller brug en anden adresse
wizard-email-reset-uses = Lige nu ville en nulstilling af adgangskoden bruge { $address } ({ $source }).
wizard-email-reset-none = Du har endnu ingen mailadresse, som en nulstilling af adgangskoden kan bruge.
wizard-email-precedence = En adresse, du bekræfter her, bliver din godkendelsesmail, og nulstilling bruger den i stedet for den alternative mailadresse i kataloget. Brug en anden adresse end din arbejdsadresse.
wizard-questions-intro = { $count ->
    [one] Vælg et spørgsmål, og besvar det.
   *[other] Vælg { $count } forskellige spørgsmål, og besvar hvert af dem.
} Svar skal være på 3 til 40 tegn; store bogstaver og ekstra mellemrum er ligegyldige. Ingen, heller ikke administratorer, kan læse dem.
wizard-question-label = Spørgsmål { $number }
wizard-answer-label = Svar på spørgsmål { $number }
wizard-question-choose = Vælg et spørgsmål
wizard-answers-show = Vis svar
wizard-answers-hide = Skjul svar
wizard-questions-save = Fortsæt
wizard-questions-retype = Af hensyn til din sikkerhed sendes svarene aldrig tilbage til siden: Skriv dem igen.
wizard-summary-heading = Kontrollér og gem
wizard-summary-skipped = Sprunget over
wizard-save = Gem
wizard-cancel = Annuller

registration-error-not-signed-in = Din session er udløbet. Log på igen.
registration-error-flow-missing = Denne registrering er udløbet eller allerede afsluttet. Start forfra for at fortsætte.
registration-error-step-out-of-order = Det trin er ikke tilgængeligt nu. Fortsæt fra det viste trin.
registration-error-phone-missing = Angiv dit telefonnummer.
registration-error-country-needed = Vælg et land, eller skriv nummeret med den internationale landekode, der starter med +.
registration-error-phone-invalid = Dette er ikke et gyldigt telefonnummer for det valgte land.
registration-error-email-missing = Angiv din mailadresse.
registration-error-email-invalid = Angiv en mailadresse som navn@example.com.
code-error-missing = Angiv den kode, vi har sendt dig.
code-error-malformed = Koden består af 6 til 8 cifre.
code-error-wrong = { $tries ->
    [one] Koden er forkert. Du har ét forsøg tilbage.
   *[other] Koden er forkert. Du har { $tries } forsøg tilbage.
}
code-error-dead = For mange forkerte koder. Send en ny kode.
code-error-expired = Koden er udløbet. Send en ny kode.
code-error-used = Koden er allerede blevet brugt. Send en ny kode.
code-error-none-sent = Der venter ingen kode. Send en ny kode.
code-error-too-many = Der er sendt for mange koder. Vent en time, eller vælg en anden metode.
code-error-delivery-failed = Vi kunne ikke sende koden. Prøv igen, eller vælg en anden metode.
registration-error-question-missing = Vælg et spørgsmål her.
registration-error-question-not-offered = Vælg et spørgsmål på listen.
registration-error-question-twice = Du har allerede valgt dette spørgsmål. Vælg et andet.
error-answer-missing = Angiv et svar.
registration-error-answer-too-short = Svar skal være på mindst 3 tegn.
registration-error-answer-too-long = Svar må højst være på 40 tegn.
registration-error-answer-twice = Du har allerede givet dette svar på et andet spørgsmål. Giv et andet svar.
registration-error-steps-pending = Fuldfør eller spring hvert trin over, før du gemmer.
registration-error-nothing-to-save = Der blev ikke tilføjet noget. Registrer mindst én metode, eller annuller.
registration-error-not-enough-methods = { $needed ->
    [one] Registrer mindst én metode, så du kan nulstille din adgangskode.
   *[other] Registrer mindst { $needed } forskellige metoder, så du kan nulstille din adgangskode.
}

account-security-info = Sikkerhedsoplysninger: registrer, rediger eller slet
account-security-info-saved = Dine sikkerhedsoplysninger er gemt.

message-code-email-subject = Din bekræftelseskode
message-code-email-body = Din bekræftelseskode er { $code }.

    Den er gyldig i { $minutes } minutter. Hvis du ikke har bedt om den, kan du ignorere denne mail: Intet ændres uden koden.
message-code-sms = Din bekræftelseskode er { $code }. Den er gyldig i { $minutes } minutter.
message-code-voice = Din bekræftelseskode er: { $code }. Jeg gentager: { $code }.
message-changed-subject = Dine sikkerhedsoplysninger er blevet ændret
message-changed-body = Sikkerhedsoplysningerne for din konto er netop blevet ændret:
    { $changes }

    Hvis det var dig, der foretog ændringen, skal du ikke gøre noget. Hvis ikke, skal du straks kontakte din helpdesk.
message-changed-phone = godkendelsestelefonen
message-changed-email = godkendelsesmailen
message-changed-questions = sikkerhedsspørgsmålene

country-AR = Argentina
country-AT = Østrig
country-AU = Australien
country-BE = Belgien
country-BR = Brasilien
country-CA = Canada
country-CH = Schweiz
country-CN = Kina
country-CZ = Tjekkiet
country-DE = Tyskland
country-DK = Danmark
country-ES = Spanien
country-FI = Finland
country-FR = Frankrig
country-GB = Storbritannien
country-GR = Grækenland
country-HR = Kroatien
country-HU = Ungarn
country-IE = Irland
country-IN = Indien
country-IT = Italien
country-JP = Japan
country-LU = Luxembourg
country-MT = Malta
country-MX = Mexico
country-NL = Nederlandene
country-NO = Norge
country-NZ = New Zealand
country-PL = Polen
country-PT = Portugal
country-RO = Rumænien
country-SE = Sverige
country-SI = Slovenien
country-SK = Slovakiet
country-SM = San Marino
country-TR = Tyrkiet
country-UA = Ukraine
country-US = USA
country-VA = Vatikanstaten
country-ZA = Sydafrika
registration-error-reauth-required = Af hensyn til din sikkerhed skal du angive din adgangskode igen, før du ændrer dine sikkerhedsoplysninger.
registration-error-method-not-changeable = Denne metode kan ikke ændres her.
registration-error-wrong-password = Adgangskoden er forkert.
registration-error-too-many-password-tries = Der er angivet for mange forkerte adgangskoder. Vent et par minutter, og prøv igen.

security-info-title = Sikkerhedsoplysninger
security-info-back = Tilbage til din konto
security-info-usable = { $usable ->
    [one] En nulstilling af adgangskoden kan bruge én af dine metoder
   *[other] En nulstilling af adgangskoden kan bruge { $usable } af dine metoder
}; den kræver { $required ->
    [one] én.
   *[other] { $required } forskellige.
}
security-info-not-set = Ikke angivet
security-info-add = Tilføj
security-info-change = Rediger
security-info-delete = Slet
security-info-deleted = Metoden blev slettet.
security-info-delete-title = Slet en metode
security-info-delete-confirm = Vil du slette »{ $method }« fra dine sikkerhedsoplysninger?
security-info-delete-warning = { $required ->
    [one] Derefter ville du ikke have nogen metode tilbage, og du ville ikke længere selv kunne nulstille din adgangskode.
   *[other] Derefter ville du have færre end { $required } metoder, og du ville ikke længere selv kunne nulstille din adgangskode.
}
reauth-title = Bekræft, at det er dig
reauth-submit = Fortsæt

## Beskeder om nulstilling af adgangskode

message-reset-subject = Din adgangskode er blevet nulstillet
message-reset-body = Hej

    Adgangskoden til din konto er netop blevet nulstillet via selvbetjeningsportalen til adgangskoder, og alle sessioner er blevet logget af.

    Hvis det var dig, skal du ikke gøre mere. Hvis ikke, skal du straks kontakte din administrator.

    Log på: { $url }
message-unlocked-subject = Din konto er blevet låst op
message-unlocked-body = Hej

    Din konto er netop blevet låst op via selvbetjeningsportalen til adgangskoder. Din adgangskode er ikke ændret.

    Hvis det ikke var dig, skal du straks kontakte din administrator.

    Log på: { $url }
message-admin-reset-subject = Administratoren { $admin } har nulstillet sin egen adgangskode
message-admin-reset-body = Hej

    Administratoren { $admin } har netop nulstillet sin egen adgangskode via selvbetjeningsportalen til adgangskoder.

    Hvis du ikke havde forventet dette, så tjek det med vedkommende, og gennemgå overvågningsloggen.

    Portal: { $url }

## Sidefod i mails og afsender af sms'er

email-footer-sent-by = Dette er en automatisk besked fra { $organisation }.
email-footer-privacy = Beskyttelse af personlige oplysninger
email-footer-terms = Vilkår for anvendelse
email-footer-helpdesk = Helpdesk
message-from-organisation = { $organisation }: { $text }
