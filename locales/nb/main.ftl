### Norsk bokmål (nb). Register: uformell «du», som i det norske brukergrensesnittet i Microsoft 365 og Windows.
### Ordliste:
###   password = passord
###   security info = sikkerhetsinformasjon
###   verification code = bekreftelseskode
###   security question = sikkerhetsspørsmål
###   helpdesk = brukerstøtte
###   administrator = administrator
###   sign in / sign out = logge på / logge av (pålogging)
###   reset (password) = tilbakestille (passord)
###   unlock = låse opp
###   account = konto
###   user name = brukernavn
###   directory = katalog
###   authentication phone / email = godkjenningstelefon / e-postadresse for godkjenning
###   email / text message = e-post / SMS (tekstmelding)

## Felles for alle sider

product-name = Selvbetjening for kontoen din
skip-to-content = Gå til hovedinnholdet
loading = Laster inn …
language-label = Språk
# Vises i språkvelgeren: navnet på dette språket, på dette språket.
language-name = Norsk bokmål
language-apply = Bytt språk
password-show = Vis passord
password-hide = Skjul passord

## Feil

error-user-name-missing = Skriv inn brukernavnet ditt.
error-user-name-invalid = Dette ser ikke ut som et brukernavn. Kontroller det du skrev, og prøv på nytt.
error-password-missing = Skriv inn passordet ditt.
error-invalid-credentials = Brukernavnet eller passordet er feil. Kontroller begge deler, og prøv på nytt.
error-account-locked = Kontoen din er låst. Velg «Får du ikke tilgang til kontoen din?» nedenfor for å låse den opp, eller kontakt brukerstøtte.
error-sign-in-paused = Det har vært for mange mislykkede påloggingsforsøk for dette brukernavnet. For å beskytte kontoen er pålogging satt på pause til { $until }. Hvis du har glemt passordet, kan du tilbakestille det nå.
error-sign-in-busy-address = Det har vært for mange mislykkede påloggingsforsøk fra nettverket ditt. Vent en time, og prøv på nytt.
error-unavailable = Noe gikk galt hos oss. Prøv på nytt om noen minutter.
error-transport = Vi fikk ikke kontakt med serveren. Kontroller tilkoblingen, og prøv på nytt.

## Påloggingsside

sign-in-title = Logg på
sign-in-heading = Logg på kontoen din
sign-in-user-name = Brukernavn
sign-in-password = Passord
sign-in-submit = Logg på
sign-in-cant-access = Får du ikke tilgang til kontoen din?

## Kontoside

account-title = Kontoen din
account-heading = Kontoen din
account-signed-in-as = Du er logget på som
account-sign-out = Logg av
account-signed-out = Du er ikke logget på.
account-go-sign-in = Gå til pålogging

## Tilbakestilling av passord

reset-title = Tilbakestill passordet
reset-heading = Få tilgang til kontoen din igjen
reset-back-to-sign-in = Tilbake til pålogging
reset-intro = Skriv inn brukernavnet ditt, så hjelper vi deg med å bevise at det er deg. Deretter velger du et nytt passord.
reset-user-id = Brukernavn
reset-user-id-hint = Vanligvis e-postadressen din på jobben, for eksempel name@contoso.example.
reset-next = Neste
captcha-question = For å vise at du er et menneske: Hva er { $a } pluss { $b }?
captcha-hint = Skriv svaret med sifre.
captcha-checking = Kontrollerer at du er et menneske …
captcha-done = Ferdig: Nettleseren din har bevist at du er et menneske. Fortsett med Neste.
reset-start-again = Start på nytt
reset-verify-heading = Bevis at det er deg
reset-gate-of = Bekreftelse { $number } av { $total }
reset-gate-legend = Hvordan vil du motta en bekreftelseskode?
reset-gate-email = Send en kode på e-post til { $destination }
reset-gate-mobile-sms = Send en kode på SMS til mobiltelefonen min { $destination }
reset-gate-mobile-voice = Ring mobiltelefonen min { $destination }
reset-gate-office-voice = Ring kontortelefonen min { $destination }
reset-gate-questions = Svar på sikkerhetsspørsmålene mine
reset-code-sent-email = Vi har sendt en e-post med en bekreftelseskode til { $destination }.
reset-code-sent-sms = Vi har sendt en SMS med en bekreftelseskode til { $destination }.
reset-code-sent-voice = Vi ringer { $destination } for å lese opp en bekreftelseskode for deg.
reset-code-resend = Send en ny kode
reset-other-method = Bruk en annen metode
reset-questions-heading = Svar på sikkerhetsspørsmålene dine
reset-password-heading = Velg et nytt passord
reset-password-hint = { $min ->
    [one] Bruk minst ett tegn.
   *[other] Bruk minst { $min } tegn. En lang setning du kan huske, er best; unngå navnet ditt og vanlige passord.
}
reset-password-new = Nytt passord
reset-password-confirm = Bekreft det nye passordet
reset-password-strength-0 = Beregnet styrke: svært svak
reset-password-strength-1 = Beregnet styrke: svak
reset-password-strength-2 = Beregnet styrke: middels
reset-password-strength-3 = Beregnet styrke: sterk
reset-password-strength-4 = Beregnet styrke: svært sterk
reset-password-strength-note = Et anslag som beregnes i nettleseren din for å hjelpe deg med å velge. Det er reglene ovenfor som avgjør om passordet godtas.
reset-password-submit = Tilbakestill passordet
reset-unlock-only-text = Kontoen din er låst. Hvis du fortsatt husker passordet, kan du låse opp kontoen og beholde passordet.
reset-unlock-only = Bare lås opp
reset-contact-heading = Kontakt administratoren
reset-contact-text = Du kan ikke tilbakestille passordet her. Administratoren kan hjelpe deg med å få tilgang til kontoen igjen.
reset-contact-helpdesk = Kontakt brukerstøtte
reset-done-heading = Passordet er tilbakestilt
reset-done-text = Du er logget av overalt. Logg på med det nye passordet.
reset-unlocked-heading = Kontoen din er låst opp
reset-unlocked-text = Logg på med det nåværende passordet.
reset-go-sign-in = Gå til pålogging
reset-error-flow-missing = Tilbakestillingen er utløpt eller ble aldri startet. Start på nytt.
reset-error-step-out-of-order = Det trinnet er ikke tilgjengelig nå. Fortsett fra denne siden.
reset-error-user-id-missing = Skriv inn brukernavnet ditt.
reset-error-user-id-invalid = Skriv inn brukernavnet i form av en e-postadresse, for eksempel name@contoso.example.
reset-error-captcha-failed = Vi kunne ikke bekrefte at du er et menneske. Prøv på nytt.
reset-error-gate-missing = Velg hvordan du vil motta en kode.
reset-error-code-dead = For mange feil koder. Send en ny kode, eller bruk en annen metode.
reset-error-answers-wrong = Ett eller flere svar er feil. Kontroller dem, og prøv på nytt.
reset-error-blocked = Du har prøvd for mange ganger. Av sikkerhetshensyn er selvbetjent tilbakestilling satt på pause for denne kontoen til { $until }.
reset-error-busy-address = Det har vært for mange forsøk fra nettverket ditt. Vent en time, og prøv på nytt.
reset-error-passwords-differ = De to passordene samsvarer ikke.
reset-error-password-too-short = { $min ->
    [one] Bruk minst ett tegn.
   *[other] Bruk minst { $min } tegn.
}
reset-error-password-missing = Skriv inn et nytt passord.
reset-error-password-common = Dette passordet står på listen over passord som angripere prøver først. Velg et annet, for eksempel en setning med noen ord som ikke har noe med hverandre å gjøre.
reset-error-password-control = Passord kan ikke inneholde linjeskift, tabulatorer eller andre kontrolltegn. Skriv inn passordet på nytt uten disse.
reset-error-write-unconfirmed = Vi kunne ikke bekrefte at det nye passordet ble lagret. Velg det på nytt; det nye valget erstatter alt som eventuelt ble lagret.
reset-writing = Endringen lagres. Last inn denne siden på nytt om et øyeblikk.
reset-error-password-too-long = Bruk maksimalt 256 tegn.
reset-error-password-contains-name = Ikke bruk brukernavnet ditt i passordet.
reset-error-write-failed = Vi kunne ikke lagre endringen i katalogen, så ingenting ble endret. Prøv på nytt om et øyeblikk.

## Organisasjonens profilering på alle sider

footer-label = Organisasjonens koblinger
footer-privacy = Personvern
footer-terms = Vilkår for bruk
footer-helpdesk = Brukerstøtte

## Profileringsstudio (/admin/branding, for profileringsadministratorer)

studio-title = Profileringsstudio
studio-heading-layer = Innstillinger: { $layer }
studio-back = Tilbake til profileringsstudioet
studio-preview-banner = Du forhåndsviser profilering som ikke er publisert. Ingen andre ser den før den er publisert.
studio-preview-stop = Avslutt forhåndsvisningen
studio-layer-label = Innstillinger for
studio-layer-open = Åpne
studio-layer-default = Standard (alle språk)
studio-layer-overridden = { $language } (har egne innstillinger)
studio-inherited = Når feltet er tomt: { $value }
studio-as-default = Som i standardinnstillingene
studio-as-product = Slik portalen ser ut uten profilering
studio-show = Vis
studio-hide = Skjul
studio-save = Lagre utkastet
studio-section-identity = Organisasjon
studio-section-colours = Farger
studio-colours-hint = Skriv farger som #rrggbb, for eksempel #0b5cad. Tekst og knapper må skille seg nok fra bakgrunnen til at alle kan lese dem, så studioet kontrollerer kontrasten før publisering.
studio-section-layout = Oppsett
studio-section-sign-in = Påloggingsside
studio-section-links = Koblinger i bunnteksten
studio-section-css = Egendefinert CSS
studio-css-hint = Regler for klassenavnene som står i portalens CSS-referanse. Bilder kan bare komme fra bildene som er lastet opp her. Maksimalt 25 KB.
studio-section-images = Bilder
studio-section-publish = Publisering
studio-section-publications = Publiseringer
studio-field-organisation-name = Organisasjonsnavn
studio-field-colour-primary = Knapper og koblinger
studio-field-colour-primary-text = Tekst på knapper
studio-field-colour-header = Topptekstbånd
studio-field-colour-header-text = Tekst i topptekstbåndet
studio-field-colour-text = Tekst
studio-field-colour-page = Sidebakgrunn
studio-field-colour-card = Kortbakgrunn
studio-field-colour-focus = Fokusramme for tastatur
studio-field-layout = Sideoppsett
studio-layout-full-bleed = Bakgrunnsbilde som fyller hele siden
studio-layout-plain = Ensfarget side
studio-field-show-header = Vis topptekstbåndet
studio-field-show-footer = Vis bunnteksten
studio-field-sign-in-text = Tekst på påloggingssiden
studio-field-user-name-hint = Hint for brukernavn
studio-field-cant-access-label = Teksten i koblingen for dem som ikke kan logge på
studio-field-show-reset-link = Kobling for dem som ikke kan logge på
studio-field-privacy-url = Adresse til personvernerklæringen
studio-field-terms-url = Adresse til vilkårene for bruk
studio-field-helpdesk-url = Adresse til brukerstøtte (nett eller e-post)
studio-field-custom-css = Egendefinert CSS
studio-field-image-banner-logo = Bannerlogo
studio-field-image-square-logo = Kvadratisk logo
studio-field-image-square-logo-dark = Kvadratisk logo for mørke bakgrunner
studio-field-image-favicon = Favorittikon
studio-field-image-background = Bakgrunnsbilde
studio-image-limits = { $kinds }, maksimalt { $kilobytes } KB og { $width } × { $height } piksler.
studio-image-upload = Last opp: { $slot }
studio-image-remove = Fjern: { $slot }
studio-image-current = Nåværende bilde: { $slot }
studio-live-heading = Direkte forhåndsvisning
studio-live-caption = Følger fargene og tekstene ovenfor mens du skriver, før du lagrer.
studio-preview = Forhåndsvis utkastet på de ekte sidene
studio-email-preview = Forhåndsvis en e-post med utkastet
studio-publish = Publiser
studio-state-never-published = Ingenting er publisert ennå: Alle ser portalen uten profilering.
studio-state-published = Versjon { $version } er i bruk.
studio-state-unpublished-changes = Utkastet har endringer som ikke er publisert.
studio-problems-heading = Rett opp dette før du publiserer
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: Kontrasten mellom { $pair } er { $ratio }; minst { $minimum } kreves.
studio-problem-too-long = Bruk maksimalt { $max } tegn.
studio-problem-control-character = Fjern kontrolltegnene (for eksempel tabulatorer) fra feltet.
studio-problem-not-a-colour = Skriv fargen som # etterfulgt av seks heksadesimale sifre, for eksempel #0b5cad.
studio-problem-link-not-https = Nettadresser må begynne med https://.
studio-problem-link-invalid = Skriv en nettadresse som begynner med https://, eller en e-postadresse.
studio-problem-css = Linje { $line }: { $reason }
studio-css-too-long = Stilarket er større enn 25 KB.
studio-css-import = @import er ikke tillatt; skriv reglene her i stedet.
studio-css-external-url = url() kan bare peke på et bilde som er lastet opp i studioet.
studio-css-expression = expression(), behavior og -moz-binding er ikke tillatt.
studio-css-at-rule = Bare @media, @supports, @layer, @container, @font-face og @keyframes er tillatt.
studio-css-markup = Tegnsekvensen </ er ikke tillatt.
studio-css-unparsable = Dette er ikke gyldig CSS (kontroller om det mangler en klammeparentes, et kolon eller et anførselstegn).
studio-pair-text-on-page = teksten og sidebakgrunnen
studio-pair-text-on-card = teksten og kortbakgrunnen
studio-pair-button-text-on-primary = knappeteksten og knappene
studio-pair-header-text-on-header = topptekstens tekst og topptekstbåndet
studio-pair-focus-on-page = fokusrammen og sidebakgrunnen
studio-column-version = Versjon
studio-column-when = Publisert
studio-column-who = Publisert av
studio-column-note = Merknad
studio-column-action = Handling
studio-publication-live = I bruk nå
studio-publication-restored = Gjenoppretter versjon { $version }
studio-roll-back = Publiser versjon { $version } på nytt
studio-done-saved = Utkastet er lagret. Forhåndsvis det, og publiser det når det er klart.
studio-done-uploaded = Bildet er lagt til i utkastet.
studio-done-removed = Bildet er fjernet fra utkastet.
studio-done-published = Publisert. Alle sider viser den nye profileringen i løpet av noen sekunder.
studio-done-rolled-back = Den tidligere versjonen er i bruk igjen, og er nå også utkastet.
studio-done-preview-stopped = Forhåndsvisningen er avsluttet.
studio-refused-publish = Ingenting ble publisert: Rett først opp problemene som står nedenfor.
studio-refused-no-such-version = Den versjonen finnes ikke. Ingenting ble endret.
studio-refused-unavailable = Endringen kunne ikke lagres. Ingenting ble endret; prøv på nytt.
studio-refused-empty = { $slot } ble ikke lastet opp: Ingen fil ble valgt, eller filen var tom. Ingenting ble endret.
studio-refused-too-many-bytes = { $slot } ble ikke lastet opp: Filen er større enn { $kilobytes } KB. Ingenting ble endret.
studio-refused-unknown-type = { $slot } ble ikke lastet opp: Filen er ikke et PNG-, JPEG- eller WebP-bilde (eller en SVG-tegning, for logoer), uansett hva navnet sier. Ingenting ble endret.
studio-refused-svg-not-allowed = { $slot } ble ikke lastet opp: SVG-tegninger godtas bare for logoer. Bruk PNG, JPEG eller WebP. Ingenting ble endret.
studio-refused-too-many-pixels = { $slot } ble ikke lastet opp: Bildet er større enn { $width } × { $height } piksler. Ingenting ble endret.
studio-refused-undecodable = { $slot } ble ikke lastet opp: Bildet er skadet og kunne ikke leses. Ingenting ble endret.
studio-refused-svg-unparsable = { $slot } ble ikke lastet opp: SVG-tegningen kunne ikke leses. Ingenting ble endret.
studio-refused-svg-doctype = { $slot } ble ikke lastet opp: SVG-tegninger med DOCTYPE eller entiteter avvises. Ingenting ble endret.
studio-refused-svg-script = { $slot } ble ikke lastet opp: SVG-tegningen inneholder et skript. Ingenting ble endret.
studio-refused-svg-foreign-object = { $slot } ble ikke lastet opp: SVG-tegningen bygger inn annet innhold (foreignObject). Ingenting ble endret.
studio-refused-svg-event-handler = { $slot } ble ikke lastet opp: SVG-tegningen inneholder hendelsesbehandlere (on…-attributter). Ingenting ble endret.
studio-refused-svg-external-reference = { $slot } ble ikke lastet opp: SVG-tegningen refererer til filer eller adresser utenfor seg selv. Ingenting ble endret.
studio-refused-svg-too-complex = { $slot } ble ikke lastet opp: SVG-tegningen er for kompleks. Forenkle den, og prøv på nytt. Ingenting ble endret.
studio-refused-svg-marker = { $slot } ble ikke lastet opp: SVG-markører støttes ikke. Ingenting ble endret.

## Ikke funnet

not-found-title = Fant ikke siden
not-found-heading = Vi fant ikke den siden.

## Demo-utboks (bare i demonstrasjonsmodus)

outbox-title = Demo-utboks
outbox-heading = Demo-utboks
outbox-banner-heading = Demonstrasjonsmodus
outbox-banner-text = Denne siden finnes bare i demonstrasjonsmodus. Meldinger blir ikke faktisk sendt: E-poster, tekstmeldinger og taleanrop lagres her i stedet, inkludert engangskoder, slik at du kan prøve portalen. Kjør aldri en ekte portal i demonstrasjonsmodus.
outbox-caption = De siste { $limit } meldingene, nyeste først
outbox-empty = Ingen meldinger ennå. Koder og varsler som portalen sender, vises her.
outbox-time = Tidspunkt
outbox-channel = Kanal
outbox-recipient = Mottaker
outbox-subject = Emne
outbox-body = Melding
outbox-channel-email = E-post
outbox-channel-sms = Tekstmelding
outbox-channel-voice = Taleanrop

## Forhåndsdefinerte sikkerhetsspørsmål (ID-ene lagres; gi aldri en nøkkel nytt navn)

question-city-met-partner = I hvilken by møtte du din første ektefelle eller partner?
question-city-parents-met = I hvilken by møttes foreldrene dine?
question-city-nearest-sibling = I hvilken by bor den av søsknene dine som bor nærmest deg?
question-city-father-born = I hvilken by ble faren din født?
question-city-first-job = I hvilken by hadde du din første jobb?
question-city-mother-born = I hvilken by ble moren din født?
question-city-new-year-2000 = I hvilken by var du ved tusenårsskiftet, nyttår 1999/2000?
question-high-school-teacher-last-name = Hva er etternavnet til favorittlæreren din på videregående?
question-college-applied-not-attended = Hva heter en høyskole eller et universitet du søkte på, men ikke begynte på?
question-first-wedding-reception-place = Hva het stedet der du holdt ditt første bryllupsselskap?
question-father-middle-name = Hva er mellomnavnet til faren din?
question-favorite-food = Hva er favorittmaten din?
question-maternal-grandmother-name = Hva er for- og etternavnet til mormoren din?
question-mother-middle-name = Hva er mellomnavnet til moren din?
question-oldest-sibling-birthday = Hvilken måned og hvilket år er den eldste av søsknene dine født? (f.eks. november 1985)
question-oldest-sibling-middle-name = Hva er mellomnavnet til den eldste av søsknene dine?
question-paternal-grandfather-name = Hva er for- og etternavnet til farfaren din?
question-youngest-sibling-middle-name = Hva er mellomnavnet til den yngste av søsknene dine?
question-sixth-grade-school = Hvilken skole gikk du på i 6. klasse?
question-childhood-best-friend-name = Hva var for- og etternavnet til bestevennen din i barndommen?
question-first-significant-other-name = Hva var for- og etternavnet til den første kjæresten din?
question-grade-school-teacher-last-name = Hva var etternavnet til favorittlæreren din på barneskolen?
question-first-car-make-model = Hvilket merke og hvilken modell var den første bilen eller motorsykkelen din?
question-first-school = Hva het den første skolen du gikk på?
question-birth-hospital = Hva het sykehuset der du ble født?
question-childhood-street = Hva het gaten der ditt første barndomshjem lå?
question-childhood-hero = Hvem var helten din da du var barn?
question-favorite-stuffed-animal = Hva het favorittkosedyret ditt?
question-first-pet = Hva het ditt første kjæledyr?
question-childhood-nickname = Hva var kallenavnet ditt som barn?
question-high-school-sport = Hva var favorittidretten din på videregående?
question-first-job = Hva var din første jobb?
question-childhood-phone-last-digits = Hva var de fire siste sifrene i telefonnummeret hjemme da du var barn?
question-childhood-ambition = Hva drømte du om å bli som voksen da du var liten?
question-most-famous-person-met = Hvem er den mest berømte personen du noen gang har møtt?

## Registrering av sikkerhetsinformasjon

method-email = E-post
method-mobile-phone = Mobiltelefon
method-office-phone = Kontortelefon
method-security-questions = Sikkerhetsspørsmål
method-questions-count = { $count ->
    [one] { $count } spørsmål besvart
   *[other] { $count } spørsmål besvart
}
source-authentication = registrert av deg for bekreftelse, vises ikke i katalogen
source-directory = fra katalogprofilen din
source-administrator = angitt av administratoren

prompt-title = Mer informasjon kreves
prompt-register-heading = Mer informasjon kreves
prompt-register-why = Organisasjonen din trenger en måte å bekrefte at det er deg på når du glemmer passordet eller kontoen din er låst. Registrer sikkerhetsinformasjonen din nå, slik at du kan komme inn igjen på egen hånd uten å ringe brukerstøtte.
prompt-register-needed = { $count ->
    [one] Du trenger minst én bekreftelsesmetode.
   *[other] Du trenger minst { $count } forskjellige bekreftelsesmetoder.
}
prompt-next = Neste
prompt-skip = Hopp over inntil videre
prompt-reconfirm-heading = Stemmer disse fortsatt?
prompt-reconfirm-why = Kontroller sikkerhetsinformasjonen du har registrert. Hvis noe har endret seg, må du oppdatere den, slik at du fortsatt kan tilbakestille passordet.
prompt-looks-good = Ser bra ut
prompt-change = Endre
prompt-nothing = Ingenting mer er nødvendig
prompt-go-account = Gå til kontoen din

wizard-title = Registrer sikkerhetsinformasjon
wizard-start = Start på nytt
wizard-step-of = Trinn { $number } av { $total }
wizard-code-label = Bekreftelseskode
wizard-verify = Bekreft
wizard-send-code = Send kode
wizard-skip-step = Hopp over denne metoden
wizard-phone-country = Land eller region
wizard-phone-number = Telefonnummer
wizard-phone-hint = Uten landskode, eller med landskoden først og + foran.
wizard-phone-channel = Hvordan skal vi sende koden?
wizard-phone-sms = Tekstmelding (SMS)
wizard-phone-voice = Taleanrop
wizard-phone-texted = Vi har sendt en SMS med en kode til { $number }.
wizard-phone-called = Vi ringer { $number } for å lese opp en kode for deg.
wizard-phone-resend-heading = Ingen kode? Send den på nytt, eller bruk et annet nummer
wizard-phone-reset-uses = Akkurat nå ville en tilbakestilling av passordet brukt { $number } ({ $source }).
wizard-phone-reset-none = Du har ennå ingen telefon som en tilbakestilling av passordet kan bruke.
wizard-phone-precedence = Et nummer du bekrefter her, blir godkjenningstelefonen din, og tilbakestillingen bruker det i stedet for mobiltelefonen i katalogen.
wizard-office-phone = Kontortelefon: { $number }, angitt av administratoren. Du kan ikke endre den her.
wizard-email-address = E-postadresse
wizard-email-sent = Vi har sendt en e-post med en kode til { $address }.
wizard-email-resend-heading = Ingen e-post? Send den på nytt, eller bruk en annen adresse
wizard-email-reset-uses = Akkurat nå ville en tilbakestilling av passordet brukt { $address } ({ $source }).
wizard-email-reset-none = Du har ennå ingen e-postadresse som en tilbakestilling av passordet kan bruke.
wizard-email-precedence = En adresse du bekrefter her, blir e-postadressen din for godkjenning, og tilbakestillingen bruker den i stedet for den alternative e-postadressen i katalogen. Bruk en annen adresse enn jobbadressen din.
wizard-questions-intro = { $count ->
    [one] Velg et spørsmål, og svar på det.
   *[other] Velg { $count } forskjellige spørsmål, og svar på hvert av dem.
} Svarene må være på 3 til 40 tegn; store bokstaver og ekstra mellomrom spiller ingen rolle. Ingen, heller ikke administratorer, kan lese dem.
wizard-question-label = Spørsmål { $number }
wizard-answer-label = Svar på spørsmål { $number }
wizard-question-choose = Velg et spørsmål
wizard-answers-show = Vis svarene
wizard-answers-hide = Skjul svarene
wizard-questions-save = Fortsett
wizard-questions-retype = Av sikkerhetshensyn sendes svarene aldri tilbake til siden: Skriv dem inn på nytt.
wizard-summary-heading = Kontroller og lagre
wizard-summary-skipped = Hoppet over
wizard-save = Lagre
wizard-cancel = Avbryt

registration-error-not-signed-in = Økten din er avsluttet. Logg på igjen.
registration-error-flow-missing = Denne registreringen er utløpt eller allerede fullført. Start på nytt for å fortsette.
registration-error-step-out-of-order = Det trinnet er ikke tilgjengelig nå. Fortsett fra trinnet som vises.
registration-error-phone-missing = Skriv inn telefonnummeret ditt.
registration-error-country-needed = Velg et land, eller skriv nummeret med internasjonal landskode som starter med +.
registration-error-phone-invalid = Dette er ikke et gyldig telefonnummer for det valgte landet.
registration-error-email-missing = Skriv inn e-postadressen din.
registration-error-email-invalid = Skriv inn en e-postadresse som navn@example.com.
code-error-missing = Skriv inn koden vi sendte deg.
code-error-malformed = Koden består av 6 til 8 sifre.
code-error-wrong = { $tries ->
    [one] Koden er feil. Du har ett forsøk igjen.
   *[other] Koden er feil. Du har { $tries } forsøk igjen.
}
code-error-dead = For mange feil koder. Send en ny kode.
code-error-expired = Koden er utløpt. Send en ny kode.
code-error-used = Denne koden er allerede brukt. Send en ny kode.
code-error-none-sent = Ingen kode venter. Send en ny kode.
code-error-too-many = For mange koder er sendt. Vent en time, eller velg en annen metode.
code-error-delivery-failed = Vi kunne ikke sende koden. Prøv på nytt, eller velg en annen metode.
registration-error-question-missing = Velg et spørsmål her.
registration-error-question-not-offered = Velg et spørsmål fra listen.
registration-error-question-twice = Du har allerede valgt dette spørsmålet. Velg et annet.
error-answer-missing = Skriv inn et svar.
registration-error-answer-too-short = Svar må være på minst 3 tegn.
registration-error-answer-too-long = Svar kan være på høyst 40 tegn.
registration-error-answer-twice = Du har allerede gitt dette svaret på et annet spørsmål. Gi et annet svar.
registration-error-steps-pending = Fullfør eller hopp over hvert trinn før du lagrer.
registration-error-nothing-to-save = Ingenting ble lagt til. Registrer minst én metode, eller avbryt.
registration-error-not-enough-methods = { $needed ->
    [one] Registrer minst én metode, slik at du kan tilbakestille passordet.
   *[other] Registrer minst { $needed } forskjellige metoder, slik at du kan tilbakestille passordet.
}

account-security-info = Sikkerhetsinformasjon: registrer, endre eller slett
account-security-info-saved = Sikkerhetsinformasjonen din er lagret.

message-code-email-subject = Bekreftelseskoden din
message-code-email-body = Bekreftelseskoden din er { $code }.

    Den er gyldig i { $minutes } minutter. Hvis du ikke ba om den, kan du se bort fra denne e-posten: Ingenting endres uten koden.
message-code-sms = Bekreftelseskoden din er { $code }. Den er gyldig i { $minutes } minutter.
message-code-voice = Bekreftelseskoden din er: { $code }. Jeg gjentar: { $code }.
message-changed-subject = Sikkerhetsinformasjonen din er endret
message-changed-body = Sikkerhetsinformasjonen for kontoen din ble nettopp endret:
    { $changes }

    Hvis du gjorde denne endringen, trenger du ikke gjøre noe. Hvis ikke, må du kontakte brukerstøtte med en gang.
message-changed-phone = godkjenningstelefonen
message-changed-email = e-postadressen for godkjenning
message-changed-questions = sikkerhetsspørsmålene

country-AR = Argentina
country-AT = Østerrike
country-AU = Australia
country-BE = Belgia
country-BR = Brasil
country-CA = Canada
country-CH = Sveits
country-CN = Kina
country-CZ = Tsjekkia
country-DE = Tyskland
country-DK = Danmark
country-ES = Spania
country-FI = Finland
country-FR = Frankrike
country-GB = Storbritannia
country-GR = Hellas
country-HR = Kroatia
country-HU = Ungarn
country-IE = Irland
country-IN = India
country-IT = Italia
country-JP = Japan
country-LU = Luxembourg
country-MT = Malta
country-MX = Mexico
country-NL = Nederland
country-NO = Norge
country-NZ = New Zealand
country-PL = Polen
country-PT = Portugal
country-RO = Romania
country-SE = Sverige
country-SI = Slovenia
country-SK = Slovakia
country-SM = San Marino
country-TR = Tyrkia
country-UA = Ukraina
country-US = USA
country-VA = Vatikanstaten
country-ZA = Sør-Afrika
registration-error-reauth-required = Av sikkerhetshensyn må du skrive inn passordet ditt på nytt før du endrer sikkerhetsinformasjonen.
registration-error-method-not-changeable = Denne metoden kan ikke endres her.
registration-error-wrong-password = Passordet er feil.
registration-error-too-many-password-tries = Det har vært for mange feil passord. Vent noen minutter, og prøv på nytt.

security-info-title = Sikkerhetsinformasjon
security-info-back = Tilbake til kontoen din
security-info-usable = { $usable ->
    [one] En tilbakestilling av passordet kan bruke én av metodene dine
   *[other] En tilbakestilling av passordet kan bruke { $usable } av metodene dine
}; den krever { $required ->
    [one] én.
   *[other] { $required } forskjellige.
}
security-info-not-set = Ikke angitt
security-info-add = Legg til
security-info-change = Endre
security-info-delete = Slett
security-info-deleted = Metoden ble slettet.
security-info-delete-title = Slett en metode
security-info-delete-confirm = Vil du slette «{ $method }» fra sikkerhetsinformasjonen din?
security-info-delete-warning = { $required ->
    [one] Etter dette ville du ikke hatt noen metode igjen, og du kunne ikke lenger tilbakestille passordet på egen hånd.
   *[other] Etter dette ville du hatt færre enn { $required } metoder, og du kunne ikke lenger tilbakestille passordet på egen hånd.
}
reauth-title = Bekreft at det er deg
reauth-submit = Fortsett

## Meldinger om tilbakestilling av passord

message-reset-subject = Passordet ditt er tilbakestilt
message-reset-body = Hei,

    Passordet til kontoen din ble nettopp tilbakestilt via selvbetjeningsportalen for passord, og alle økter ble logget av.

    Hvis det var deg, trenger du ikke gjøre noe mer. Hvis ikke, må du kontakte administratoren med en gang.

    Logg på: { $url }
message-unlocked-subject = Kontoen din er låst opp
message-unlocked-body = Hei,

    Kontoen din ble nettopp låst opp via selvbetjeningsportalen for passord. Passordet ditt ble ikke endret.

    Hvis det ikke var deg, må du kontakte administratoren med en gang.

    Logg på: { $url }
message-admin-reset-subject = Administrator { $admin } har tilbakestilt sitt eget passord
message-admin-reset-body = Hei,

    Administrator { $admin } har nettopp tilbakestilt sitt eget passord via selvbetjeningsportalen for passord.

    Hvis du ikke ventet dette, bør du sjekke med vedkommende og gå gjennom overvåkingsloggen.

    Portal: { $url }

## Bunntekst i e-post og avsender av SMS

email-footer-sent-by = Dette er en automatisk melding fra { $organisation }.
email-footer-privacy = Personvern
email-footer-terms = Vilkår for bruk
email-footer-helpdesk = Brukerstøtte
message-from-organisation = { $organisation }: { $text }
