### Nederlands (nl). Register: formeel („u”), zoals in de Nederlandse gebruikersinterface van Microsoft 365 en Windows.
### Woordenlijst:
###   password = wachtwoord
###   security info = beveiligingsgegevens
###   verification code = verificatiecode
###   security question = beveiligingsvraag
###   helpdesk = helpdesk
###   administrator = beheerder
###   sign in / sign out = aanmelden / afmelden
###   reset (password) = (wachtwoord) opnieuw instellen
###   unlock = ontgrendelen
###   account = account
###   user name = gebruikersnaam
###   directory = directory
###   authentication phone / email = telefoon / e-mailadres voor verificatie
###   text message = sms

## Gedeeld door alle pagina's

product-name = Selfservice voor uw account
skip-to-content = Naar de hoofdinhoud gaan
loading = Laden…
language-label = Taal
# Weergegeven in de taalkiezer: de naam van deze taal, in deze taal.
language-name = Nederlands
language-apply = Taal wijzigen
password-show = Wachtwoord weergeven
password-hide = Wachtwoord verbergen

## Fouten

error-user-name-missing = Voer uw gebruikersnaam in.
error-user-name-invalid = Dit lijkt geen gebruikersnaam te zijn. Controleer wat u hebt getypt en probeer het opnieuw.
error-password-missing = Voer uw wachtwoord in.
error-invalid-credentials = Uw gebruikersnaam of wachtwoord is onjuist. Controleer beide en probeer het opnieuw.
error-account-locked = Uw account is vergrendeld. Kies hieronder ‘Hebt u geen toegang tot uw account?’ om het te ontgrendelen, of neem contact op met uw helpdesk.
error-sign-in-paused = Er zijn te veel mislukte aanmeldpogingen geweest voor deze gebruikersnaam. Ter bescherming van het account is aanmelden onderbroken tot { $until }. Als u uw wachtwoord bent vergeten, kunt u het nu opnieuw instellen.
error-sign-in-busy-address = Er zijn te veel mislukte aanmeldpogingen geweest vanaf uw netwerk. Wacht een uur en probeer het opnieuw.
error-unavailable = Er is aan onze kant iets misgegaan. Probeer het over een paar minuten opnieuw.
error-transport = De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.

## Aanmeldpagina

sign-in-title = Aanmelden
sign-in-heading = Aanmelden bij uw account
sign-in-user-name = Gebruikersnaam
sign-in-password = Wachtwoord
sign-in-submit = Aanmelden
sign-in-cant-access = Hebt u geen toegang tot uw account?

## Accountpagina

account-title = Uw account
account-heading = Uw account
account-signed-in-as = U bent aangemeld als
account-sign-out = Afmelden
account-signed-out = U bent niet aangemeld.
account-go-sign-in = Naar aanmelden

## Wachtwoord opnieuw instellen

reset-title = Uw wachtwoord opnieuw instellen
reset-heading = Weer toegang krijgen tot uw account
reset-back-to-sign-in = Terug naar aanmelden
reset-intro = Voer uw gebruikersnaam in. Wij helpen u te bewijzen dat u het bent, waarna u een nieuw wachtwoord kiest.
reset-user-id = Gebruikersnaam
reset-user-id-hint = Meestal uw zakelijke e-mailadres, bijvoorbeeld name@contoso.example.
reset-next = Volgende
captcha-question = Om te laten zien dat u een mens bent: hoeveel is { $a } plus { $b }?
captcha-hint = Typ het antwoord in cijfers.
captcha-checking = Controleren of u een mens bent…
captcha-done = Klaar: uw browser heeft aangetoond dat u een mens bent. Ga verder met Volgende.
reset-start-again = Opnieuw beginnen
reset-verify-heading = Bewijs dat u het bent
reset-gate-of = Verificatie { $number } van { $total }
reset-gate-legend = Hoe wilt u een verificatiecode ontvangen?
reset-gate-email = Een code e-mailen naar { $destination }
reset-gate-mobile-sms = Een code per sms naar mijn mobiele telefoon { $destination } sturen
reset-gate-mobile-voice = Mijn mobiele telefoon { $destination } bellen
reset-gate-office-voice = Mijn kantoortelefoon { $destination } bellen
reset-gate-questions = Mijn beveiligingsvragen beantwoorden
reset-code-sent-email = We hebben een e-mail met een verificatiecode naar { $destination } gestuurd.
reset-code-sent-sms = We hebben een sms met een verificatiecode naar { $destination } gestuurd.
reset-code-sent-voice = We bellen { $destination } om u een verificatiecode voor te lezen.
reset-code-resend = Een nieuwe code sturen
reset-other-method = Een andere methode gebruiken
reset-questions-heading = Beantwoord uw beveiligingsvragen
reset-password-heading = Kies een nieuw wachtwoord
reset-password-hint = { $min ->
    [one] Gebruik ten minste één teken.
   *[other] Gebruik ten minste { $min } tekens. Een lange zin die u kunt onthouden, is het beste; vermijd uw naam en veelgebruikte wachtwoorden.
}
reset-password-new = Nieuw wachtwoord
reset-password-confirm = Bevestig het nieuwe wachtwoord
reset-password-strength-0 = Geschatte sterkte: zeer zwak
reset-password-strength-1 = Geschatte sterkte: zwak
reset-password-strength-2 = Geschatte sterkte: redelijk
reset-password-strength-3 = Geschatte sterkte: sterk
reset-password-strength-4 = Geschatte sterkte: zeer sterk
reset-password-strength-note = Een schatting die in uw browser wordt gemaakt om u te helpen kiezen. De bovenstaande regels bepalen of het wachtwoord wordt geaccepteerd.
reset-password-submit = Wachtwoord opnieuw instellen
reset-unlock-only-text = Uw account is vergrendeld. Als u uw wachtwoord nog weet, kunt u het account ontgrendelen en het wachtwoord behouden.
reset-unlock-only = Alleen ontgrendelen
reset-contact-heading = Neem contact op met uw beheerder
reset-contact-text = U kunt uw wachtwoord hier niet opnieuw instellen. Uw beheerder kan u helpen weer toegang te krijgen tot uw account.
reset-contact-helpdesk = Contact opnemen met de helpdesk
reset-done-heading = Uw wachtwoord is opnieuw ingesteld
reset-done-text = U bent overal afgemeld. Meld u aan met uw nieuwe wachtwoord.
reset-unlocked-heading = Uw account is ontgrendeld
reset-unlocked-text = Meld u aan met uw huidige wachtwoord.
reset-go-sign-in = Naar aanmelden
reset-error-flow-missing = Het opnieuw instellen is verlopen of is nooit gestart. Begin opnieuw.
reset-error-step-out-of-order = Die stap is nu niet beschikbaar. Ga verder vanaf deze pagina.
reset-error-user-id-missing = Voer uw gebruikersnaam in.
reset-error-user-id-invalid = Voer uw gebruikersnaam in de vorm van een e-mailadres in, bijvoorbeeld name@contoso.example.
reset-error-captcha-failed = We konden niet controleren of u een mens bent. Probeer het opnieuw.
reset-error-gate-missing = Kies hoe u een code wilt ontvangen.
reset-error-code-dead = Te veel onjuiste codes. Vraag een nieuwe code aan of gebruik een andere methode.
reset-error-answers-wrong = Een of meer antwoorden zijn onjuist. Controleer ze en probeer het opnieuw.
reset-error-blocked = U hebt het te vaak geprobeerd. Voor uw veiligheid is zelf opnieuw instellen voor dit account onderbroken tot { $until }.
reset-error-busy-address = Er zijn te veel pogingen geweest vanaf uw netwerk. Wacht een uur en probeer het opnieuw.
reset-error-passwords-differ = De twee wachtwoorden komen niet overeen.
reset-error-password-too-short = { $min ->
    [one] Gebruik ten minste één teken.
   *[other] Gebruik ten minste { $min } tekens.
}
reset-error-password-missing = Voer een nieuw wachtwoord in.
reset-error-password-common = Dit wachtwoord staat op de lijst met wachtwoorden die aanvallers als eerste proberen. Kies een ander wachtwoord, bijvoorbeeld een zin van een paar woorden die niets met elkaar te maken hebben.
reset-error-password-control = Wachtwoorden mogen geen regeleinden, tabs of andere besturingstekens bevatten. Typ het wachtwoord opnieuw zonder deze tekens.
reset-error-write-unconfirmed = We konden niet bevestigen dat uw nieuwe wachtwoord is opgeslagen. Kies het opnieuw; de nieuwe keuze vervangt alles wat al was opgeslagen.
reset-writing = Uw wijziging wordt opgeslagen. Laad deze pagina zo dadelijk opnieuw.
reset-error-password-too-long = Gebruik maximaal 256 tekens.
reset-error-password-contains-name = Gebruik uw gebruikersnaam niet in uw wachtwoord.
reset-error-write-failed = We konden de wijziging niet opslaan in de directory, dus er is niets gewijzigd. Probeer het zo meteen opnieuw.

## Huisstijl van de organisatie op elke pagina

footer-label = Koppelingen van de organisatie
footer-privacy = Privacyverklaring
footer-terms = Gebruiksvoorwaarden
footer-helpdesk = Contact met de helpdesk

## Huisstijlstudio (/admin/branding, voor huisstijlbeheerders)

studio-title = Huisstijlstudio
studio-heading-layer = Instellingen: { $layer }
studio-back = Terug naar de huisstijlstudio
studio-preview-banner = U bekijkt een voorbeeld van de niet-gepubliceerde huisstijl. Niemand anders ziet deze totdat hij is gepubliceerd.
studio-preview-stop = Voorbeeld beëindigen
studio-layer-label = Instellingen voor
studio-layer-open = Openen
studio-layer-default = Standaard (alle talen)
studio-layer-overridden = { $language } (heeft eigen instellingen)
studio-inherited = Indien leeg: { $value }
studio-as-default = Zoals in de standaardinstellingen
studio-as-product = Zoals de portal eruitziet zonder huisstijl
studio-show = Weergeven
studio-hide = Verbergen
studio-save = Concept opslaan
studio-section-identity = Organisatie
studio-section-colours = Kleuren
studio-colours-hint = Schrijf kleuren als #rrggbb, bijvoorbeeld #0b5cad. Tekst en knoppen moeten voldoende afsteken tegen hun achtergrond zodat iedereen ze kan lezen; daarom controleert de studio het contrast voordat er wordt gepubliceerd.
studio-section-layout = Indeling
studio-section-sign-in = Aanmeldingspagina
studio-section-links = Koppelingen in de voettekst
studio-section-css = Aangepaste CSS
studio-css-hint = Regels voor de klassenamen die in de CSS-naslag van de portal staan. Afbeeldingen mogen alleen afkomstig zijn van de afbeeldingen die hier zijn geüpload. Maximaal 25 KB.
studio-section-images = Afbeeldingen
studio-section-publish = Publiceren
studio-section-publications = Publicaties
studio-field-organisation-name = Naam van de organisatie
studio-field-colour-primary = Knoppen en koppelingen
studio-field-colour-primary-text = Tekst op knoppen
studio-field-colour-header = Koptekstbalk
studio-field-colour-header-text = Tekst in de koptekstbalk
studio-field-colour-text = Tekst
studio-field-colour-page = Paginaachtergrond
studio-field-colour-card = Kaartachtergrond
studio-field-colour-focus = Focusrand voor het toetsenbord
studio-field-layout = Pagina-indeling
studio-layout-full-bleed = Achtergrondafbeelding over de hele pagina
studio-layout-plain = Effen paginakleur
studio-field-show-header = Koptekstbalk weergeven
studio-field-show-footer = Voettekst weergeven
studio-field-sign-in-text = Tekst van aanmeldingspagina
studio-field-user-name-hint = Hint voor gebruikersnaam
studio-field-cant-access-label = Tekst van de koppeling voor mensen die zich niet kunnen aanmelden
studio-field-show-reset-link = Koppeling voor mensen die zich niet kunnen aanmelden
studio-field-privacy-url = Adres van de privacyverklaring
studio-field-terms-url = Adres van de gebruiksvoorwaarden
studio-field-helpdesk-url = Adres van de helpdesk (web of e-mail)
studio-field-custom-css = Aangepaste CSS
studio-field-image-banner-logo = Bannerlogo
studio-field-image-square-logo = Vierkant logo
studio-field-image-square-logo-dark = Vierkant logo voor donkere achtergronden
studio-field-image-favicon = Websitepictogram (favicon)
studio-field-image-background = Achtergrondafbeelding
studio-image-limits = { $kinds }, maximaal { $kilobytes } KB en { $width } × { $height } pixels.
studio-image-upload = { $slot } uploaden
studio-image-remove = { $slot } verwijderen
studio-image-current = Huidige afbeelding: { $slot }
studio-live-heading = Live voorbeeld
studio-live-caption = Volgt de kleuren en teksten hierboven terwijl u typt, nog voordat u opslaat.
studio-preview = Voorbeeld van het concept op de echte pagina's bekijken
studio-email-preview = Voorbeeld van een e-mail met het concept bekijken
studio-publish = Publiceren
studio-state-never-published = Er is nog niets gepubliceerd: iedereen ziet de portal zonder huisstijl.
studio-state-published = Versie { $version } is actief.
studio-state-unpublished-changes = Het concept bevat wijzigingen die niet zijn gepubliceerd.
studio-problems-heading = Los dit op voordat u publiceert
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: het contrast tussen { $pair } is { $ratio }; minimaal { $minimum } is vereist.
studio-problem-too-long = gebruik maximaal { $max } tekens.
studio-problem-control-character = verwijder de besturingstekens (zoals tabs).
studio-problem-not-a-colour = schrijf de kleur als # gevolgd door zes hexadecimale cijfers, bijvoorbeeld #0b5cad.
studio-problem-link-not-https = webadressen moeten beginnen met https://.
studio-problem-link-invalid = schrijf een webadres dat begint met https://, of een e-mailadres.
studio-problem-css = regel { $line }: { $reason }
studio-css-too-long = het opmaakmodel is groter dan 25 KB.
studio-css-import = @import is niet toegestaan; zet de regels in plaats daarvan hier.
studio-css-external-url = url() mag alleen verwijzen naar een afbeelding die in de studio is geüpload.
studio-css-expression = expression(), behavior en -moz-binding zijn niet toegestaan.
studio-css-at-rule = alleen @media, @supports, @layer, @container, @font-face en @keyframes zijn toegestaan.
studio-css-markup = de tekenreeks </ is niet toegestaan.
studio-css-unparsable = dit is geen geldige CSS (controleer of er een accolade, dubbele punt of aanhalingsteken ontbreekt).
studio-pair-text-on-page = de tekst en de paginaachtergrond
studio-pair-text-on-card = de tekst en de kaartachtergrond
studio-pair-button-text-on-primary = de knoptekst en de knoppen
studio-pair-header-text-on-header = de koptekst en de koptekstbalk
studio-pair-focus-on-page = de focusrand en de paginaachtergrond
studio-column-version = Versie
studio-column-when = Gepubliceerd op
studio-column-who = Gepubliceerd door
studio-column-note = Opmerking
studio-column-action = Actie
studio-publication-live = Nu actief
studio-publication-restored = Herstelt versie { $version }
studio-roll-back = Versie { $version } opnieuw publiceren
studio-done-saved = Het concept is opgeslagen. Bekijk een voorbeeld en publiceer het wanneer het klaar is.
studio-done-uploaded = De afbeelding is aan het concept toegevoegd.
studio-done-removed = De afbeelding is uit het concept verwijderd.
studio-done-published = Gepubliceerd. Binnen enkele seconden tonen alle pagina's de nieuwe huisstijl.
studio-done-rolled-back = De eerdere versie is weer actief en is nu ook het concept.
studio-done-preview-stopped = Het voorbeeld is beëindigd.
studio-refused-publish = Er is niets gepubliceerd: los eerst de hieronder vermelde problemen op.
studio-refused-no-such-version = Die versie bestaat niet. Er is niets gewijzigd.
studio-refused-unavailable = De wijziging kon niet worden opgeslagen. Er is niets gewijzigd; probeer het opnieuw.
studio-refused-empty = { $slot } is niet geüpload: er is geen bestand gekozen of het bestand was leeg. Er is niets gewijzigd.
studio-refused-too-many-bytes = { $slot } is niet geüpload: het bestand is groter dan { $kilobytes } KB. Er is niets gewijzigd.
studio-refused-unknown-type = { $slot } is niet geüpload: het bestand is geen PNG-, JPEG- of WebP-afbeelding (of SVG-tekening, voor logo's), ongeacht de naam. Er is niets gewijzigd.
studio-refused-svg-not-allowed = { $slot } is niet geüpload: SVG-tekeningen worden alleen voor logo's geaccepteerd. Gebruik PNG, JPEG of WebP. Er is niets gewijzigd.
studio-refused-too-many-pixels = { $slot } is niet geüpload: de afbeelding is groter dan { $width } × { $height } pixels. Er is niets gewijzigd.
studio-refused-undecodable = { $slot } is niet geüpload: de afbeelding is beschadigd en kon niet worden gelezen. Er is niets gewijzigd.
studio-refused-svg-unparsable = { $slot } is niet geüpload: de SVG-tekening kon niet worden gelezen. Er is niets gewijzigd.
studio-refused-svg-doctype = { $slot } is niet geüpload: SVG-tekeningen met een DOCTYPE of entiteiten worden geweigerd. Er is niets gewijzigd.
studio-refused-svg-script = { $slot } is niet geüpload: de SVG-tekening bevat een script. Er is niets gewijzigd.
studio-refused-svg-foreign-object = { $slot } is niet geüpload: de SVG-tekening sluit andere inhoud in (foreignObject). Er is niets gewijzigd.
studio-refused-svg-event-handler = { $slot } is niet geüpload: de SVG-tekening bevat gebeurtenis-handlers (on…-kenmerken). Er is niets gewijzigd.
studio-refused-svg-external-reference = { $slot } is niet geüpload: de SVG-tekening verwijst naar bestanden of adressen buiten zichzelf. Er is niets gewijzigd.
studio-refused-svg-too-complex = { $slot } is niet geüpload: de SVG-tekening is te complex. Vereenvoudig deze en probeer het opnieuw. Er is niets gewijzigd.
studio-refused-svg-marker = { $slot } is niet geüpload: SVG-markeringen worden niet ondersteund. Er is niets gewijzigd.

## Niet gevonden

not-found-title = Pagina niet gevonden
not-found-heading = We kunnen die pagina niet vinden.

## Demo-postvak UIT (alleen in demonstratiemodus)

outbox-title = Demo-postvak UIT
outbox-heading = Demo-postvak UIT
outbox-banner-heading = Demonstratiemodus
outbox-banner-text = Deze pagina bestaat alleen in de demonstratiemodus. Berichten worden niet echt verzonden: e-mails, sms-berichten en spraakoproepen worden in plaats daarvan hier bewaard, inclusief eenmalige codes, zodat u het portaal kunt uitproberen. Gebruik een echt portaal nooit in de demonstratiemodus.
outbox-caption = De laatste { $limit } berichten, nieuwste eerst
outbox-empty = Nog geen berichten. Codes en meldingen die het portaal verstuurt, worden hier weergegeven.
outbox-time = Tijd
outbox-channel = Kanaal
outbox-recipient = Ontvanger
outbox-subject = Onderwerp
outbox-body = Bericht
outbox-channel-email = E-mail
outbox-channel-sms = Sms-bericht
outbox-channel-voice = Spraakoproep

## Vooraf gedefinieerde beveiligingsvragen (de id's worden opgeslagen; wijzig nooit een sleutel)

question-city-met-partner = In welke stad hebt u uw eerste echtgenoot, echtgenote of partner ontmoet?
question-city-parents-met = In welke stad hebben uw ouders elkaar ontmoet?
question-city-nearest-sibling = In welke stad woont de broer of zus die het dichtst bij u woont?
question-city-father-born = In welke stad is uw vader geboren?
question-city-first-job = In welke stad had u uw eerste baan?
question-city-mother-born = In welke stad is uw moeder geboren?
question-city-new-year-2000 = In welke stad was u tijdens de jaarwisseling van 1999 naar 2000?
question-high-school-teacher-last-name = Wat is de achternaam van uw favoriete docent op de middelbare school?
question-college-applied-not-attended = Hoe heet een hogeschool of universiteit waar u zich hebt aangemeld, maar waar u niet hebt gestudeerd?
question-first-wedding-reception-place = Hoe heette de locatie waar u uw eerste bruiloftsfeest hebt gevierd?
question-father-middle-name = Wat is de tweede voornaam van uw vader?
question-favorite-food = Wat is uw lievelingseten?
question-maternal-grandmother-name = Wat zijn de voor- en achternaam van uw grootmoeder van moederskant?
question-mother-middle-name = Wat is de tweede voornaam van uw moeder?
question-oldest-sibling-birthday = In welke maand en welk jaar is uw oudste broer of zus geboren? (bijv. november 1985)
question-oldest-sibling-middle-name = Wat is de tweede voornaam van uw oudste broer of zus?
question-paternal-grandfather-name = Wat zijn de voor- en achternaam van uw grootvader van vaderskant?
question-youngest-sibling-middle-name = Wat is de tweede voornaam van uw jongste broer of zus?
question-sixth-grade-school = Op welke school zat u in het laatste jaar van de basisschool?
question-childhood-best-friend-name = Wat waren de voor- en achternaam van uw beste vriend of vriendin uit uw jeugd?
question-first-significant-other-name = Wat waren de voor- en achternaam van uw eerste vaste vriend of vriendin?
question-grade-school-teacher-last-name = Wat was de achternaam van uw favoriete juf of meester op de basisschool?
question-first-car-make-model = Wat waren het merk en model van uw eerste auto of motor?
question-first-school = Hoe heette de eerste school waar u naartoe ging?
question-birth-hospital = Hoe heette het ziekenhuis waar u bent geboren?
question-childhood-street = In welke straat stond het eerste huis waar u als kind woonde?
question-childhood-hero = Wie was als kind uw held?
question-favorite-stuffed-animal = Hoe heette uw favoriete knuffel?
question-first-pet = Hoe heette uw eerste huisdier?
question-childhood-nickname = Wat was uw bijnaam als kind?
question-high-school-sport = Wat was uw favoriete sport op de middelbare school?
question-first-job = Wat was uw eerste baan?
question-childhood-phone-last-digits = Wat waren de laatste vier cijfers van uw telefoonnummer toen u een kind was?
question-childhood-ambition = Wat wilde u als kind later worden?
question-most-famous-person-met = Wie is de beroemdste persoon die u ooit hebt ontmoet?

## Registratie van beveiligingsgegevens

method-email = E-mail
method-mobile-phone = Mobiele telefoon
method-office-phone = Kantoortelefoon
method-security-questions = Beveiligingsvragen
method-questions-count = { $count ->
    [one] { $count } vraag beantwoord
   *[other] { $count } vragen beantwoord
}
source-authentication = door u geregistreerd voor verificatie, niet zichtbaar in de directory
source-directory = uit uw directoryprofiel
source-administrator = ingesteld door uw beheerder

prompt-title = Meer informatie vereist
prompt-register-heading = Meer informatie vereist
prompt-register-why = Uw organisatie heeft een manier nodig om te bevestigen dat u het bent wanneer u uw wachtwoord vergeet of uw account is vergrendeld. Registreer nu uw beveiligingsgegevens, zodat u zelf weer toegang kunt krijgen zonder de helpdesk te bellen.
prompt-register-needed = { $count ->
    [one] U hebt ten minste één verificatiemethode nodig.
   *[other] U hebt ten minste { $count } verschillende verificatiemethoden nodig.
}
prompt-next = Volgende
prompt-skip = Voorlopig overslaan
prompt-reconfirm-heading = Klopt dit nog?
prompt-reconfirm-why = Controleer de beveiligingsgegevens die u hebt geregistreerd. Als er iets is veranderd, werk ze dan bij, zodat u uw wachtwoord opnieuw kunt blijven instellen.
prompt-looks-good = Ziet er goed uit
prompt-change = Wijzigen
prompt-nothing = Er is niets meer nodig
prompt-go-account = Naar uw account

wizard-title = Beveiligingsgegevens registreren
wizard-start = Opnieuw beginnen
wizard-step-of = Stap { $number } van { $total }
wizard-code-label = Verificatiecode
wizard-verify = Verifiëren
wizard-send-code = Code verzenden
wizard-skip-step = Deze methode overslaan
wizard-phone-country = Land of regio
wizard-phone-number = Telefoonnummer
wizard-phone-hint = Zonder landcode, of met landcode beginnend met +.
wizard-phone-channel = Hoe moeten we de code verzenden?
wizard-phone-sms = Sms-bericht
wizard-phone-voice = Spraakoproep
wizard-phone-texted = We hebben een sms met een code naar { $number } gestuurd.
wizard-phone-called = We bellen { $number } om u een code voor te lezen.
wizard-phone-resend-heading = Geen code ontvangen? Verzend deze opnieuw of gebruik een ander nummer
wizard-phone-reset-uses = Als u nu uw wachtwoord opnieuw instelt, wordt { $number } gebruikt ({ $source }).
wizard-phone-reset-none = U hebt nog geen telefoon die kan worden gebruikt om een wachtwoord opnieuw in te stellen.
wizard-phone-precedence = Een nummer dat u hier verifieert, wordt uw telefoon voor verificatie, en bij het opnieuw instellen wordt dit nummer gebruikt in plaats van de mobiele telefoon in de directory.
wizard-office-phone = Kantoortelefoon: { $number }, ingesteld door uw beheerder. U kunt dit nummer hier niet wijzigen.
wizard-email-address = E-mailadres
wizard-email-sent = We hebben een e-mail met een code naar { $address } gestuurd.
wizard-email-resend-heading = Geen e-mail ontvangen? Verzend deze opnieuw of gebruik een ander adres
wizard-email-reset-uses = Als u nu uw wachtwoord opnieuw instelt, wordt { $address } gebruikt ({ $source }).
wizard-email-reset-none = U hebt nog geen e-mailadres dat kan worden gebruikt om een wachtwoord opnieuw in te stellen.
wizard-email-precedence = Een adres dat u hier verifieert, wordt uw e-mailadres voor verificatie, en bij het opnieuw instellen wordt dit adres gebruikt in plaats van het alternatieve e-mailadres in de directory. Gebruik een ander adres dan uw zakelijke adres.
wizard-questions-intro = { $count ->
    [one] Kies een vraag en beantwoord deze.
   *[other] Kies { $count } verschillende vragen en beantwoord ze allemaal.
} Antwoorden zijn 3 tot 40 tekens lang; hoofdletters en extra spaties maken niet uit. Niemand, ook beheerders niet, kan ze lezen.
wizard-question-label = Vraag { $number }
wizard-answer-label = Antwoord op vraag { $number }
wizard-question-choose = Kies een vraag
wizard-answers-show = Antwoorden weergeven
wizard-answers-hide = Antwoorden verbergen
wizard-questions-save = Doorgaan
wizard-questions-retype = Voor uw veiligheid worden antwoorden nooit naar de pagina teruggestuurd: typ ze opnieuw.
wizard-summary-heading = Controleren en opslaan
wizard-summary-skipped = Overgeslagen
wizard-save = Opslaan
wizard-cancel = Annuleren

registration-error-not-signed-in = Uw sessie is beëindigd. Meld u opnieuw aan.
registration-error-flow-missing = Deze registratie is verlopen of al voltooid. Begin opnieuw om door te gaan.
registration-error-step-out-of-order = Die stap is nu niet beschikbaar. Ga verder vanaf de weergegeven stap.
registration-error-phone-missing = Voer uw telefoonnummer in.
registration-error-country-needed = Kies een land, of schrijf het nummer met de internationale landcode, beginnend met +.
registration-error-phone-invalid = Dit is geen geldig telefoonnummer voor het gekozen land.
registration-error-email-missing = Voer uw e-mailadres in.
registration-error-email-invalid = Voer een e-mailadres in zoals naam@example.com.
code-error-missing = Voer de code in die we u hebben gestuurd.
code-error-malformed = De code bestaat uit 6 tot 8 cijfers.
code-error-wrong = { $tries ->
    [one] Die code is onjuist. U hebt nog één poging.
   *[other] Die code is onjuist. U hebt nog { $tries } pogingen.
}
code-error-dead = Te veel onjuiste codes. Vraag een nieuwe code aan.
code-error-expired = Die code is verlopen. Vraag een nieuwe code aan.
code-error-used = Deze code is al gebruikt. Vraag een nieuwe code aan.
code-error-none-sent = Er staat geen code klaar. Vraag een nieuwe code aan.
code-error-too-many = Er zijn te veel codes verzonden. Wacht een uur of kies een andere methode.
code-error-delivery-failed = We konden de code niet verzenden. Probeer het opnieuw of kies een andere methode.
registration-error-question-missing = Kies hier een vraag.
registration-error-question-not-offered = Kies een vraag uit de lijst.
registration-error-question-twice = U hebt deze vraag al gekozen. Kies een andere.
error-answer-missing = Voer een antwoord in.
registration-error-answer-too-short = Antwoorden zijn ten minste 3 tekens lang.
registration-error-answer-too-long = Antwoorden zijn maximaal 40 tekens lang.
registration-error-answer-twice = U hebt dit antwoord al bij een andere vraag gegeven. Geef een ander antwoord.
registration-error-steps-pending = Voltooi elke stap of sla deze over voordat u opslaat.
registration-error-nothing-to-save = Er is niets toegevoegd. Registreer ten minste één methode of annuleer.
registration-error-not-enough-methods = { $needed ->
    [one] Registreer ten minste één methode, zodat u uw wachtwoord opnieuw kunt instellen.
   *[other] Registreer ten minste { $needed } verschillende methoden, zodat u uw wachtwoord opnieuw kunt instellen.
}

account-security-info = Beveiligingsgegevens: registreren, wijzigen of verwijderen
account-security-info-saved = Uw beveiligingsgegevens zijn opgeslagen.

message-code-email-subject = Uw verificatiecode
message-code-email-body = Uw verificatiecode is { $code }.

    De code is { $minutes } minuten geldig. Als u deze niet hebt aangevraagd, kunt u deze e-mail negeren: zonder de code verandert er niets.
message-code-sms = Uw verificatiecode is { $code }. De code is { $minutes } minuten geldig.
message-code-voice = Uw verificatiecode is: { $code }. Nogmaals: { $code }.
message-changed-subject = Uw beveiligingsgegevens zijn gewijzigd
message-changed-body = De beveiligingsgegevens van uw account zijn zojuist gewijzigd:
    { $changes }

    Als u deze wijziging hebt aangebracht, hoeft u niets te doen. Zo niet, neem dan direct contact op met uw helpdesk.
message-changed-phone = de telefoon voor verificatie
message-changed-email = het e-mailadres voor verificatie
message-changed-questions = de beveiligingsvragen

country-AR = Argentinië
country-AT = Oostenrijk
country-AU = Australië
country-BE = België
country-BR = Brazilië
country-CA = Canada
country-CH = Zwitserland
country-CN = China
country-CZ = Tsjechië
country-DE = Duitsland
country-DK = Denemarken
country-ES = Spanje
country-FI = Finland
country-FR = Frankrijk
country-GB = Verenigd Koninkrijk
country-GR = Griekenland
country-HR = Kroatië
country-HU = Hongarije
country-IE = Ierland
country-IN = India
country-IT = Italië
country-JP = Japan
country-LU = Luxemburg
country-MT = Malta
country-MX = Mexico
country-NL = Nederland
country-NO = Noorwegen
country-NZ = Nieuw-Zeeland
country-PL = Polen
country-PT = Portugal
country-RO = Roemenië
country-SE = Zweden
country-SI = Slovenië
country-SK = Slowakije
country-SM = San Marino
country-TR = Turkije
country-UA = Oekraïne
country-US = Verenigde Staten
country-VA = Vaticaanstad
country-ZA = Zuid-Afrika
registration-error-reauth-required = Voer voor uw veiligheid uw wachtwoord opnieuw in voordat u uw beveiligingsgegevens wijzigt.
registration-error-method-not-changeable = Deze methode kan hier niet worden gewijzigd.
registration-error-wrong-password = Dat wachtwoord is onjuist.
registration-error-too-many-password-tries = Er zijn te veel onjuiste wachtwoorden ingevoerd. Wacht een paar minuten en probeer het opnieuw.

security-info-title = Beveiligingsgegevens
security-info-back = Terug naar uw account
security-info-usable = { $usable ->
    [one] Bij het opnieuw instellen van een wachtwoord kan één van uw methoden worden gebruikt
   *[other] Bij het opnieuw instellen van een wachtwoord kunnen { $usable } van uw methoden worden gebruikt
}; daarvoor { $required ->
    [one] is er één nodig.
   *[other] zijn er { $required } verschillende nodig.
}
security-info-not-set = Niet ingesteld
security-info-add = Toevoegen
security-info-change = Wijzigen
security-info-delete = Verwijderen
security-info-deleted = De methode is verwijderd.
security-info-delete-title = Een methode verwijderen
security-info-delete-confirm = ‘{ $method }’ verwijderen uit uw beveiligingsgegevens?
security-info-delete-warning = { $required ->
    [one] Daarna hebt u geen methode meer over en kunt u uw wachtwoord niet meer zelf opnieuw instellen.
   *[other] Daarna hebt u minder dan { $required } methoden en kunt u uw wachtwoord niet meer zelf opnieuw instellen.
}
reauth-title = Bevestig dat u het bent
reauth-submit = Doorgaan

## Berichten over het opnieuw instellen van wachtwoorden

message-reset-subject = Uw wachtwoord is opnieuw ingesteld
message-reset-body = Hallo,

    Het wachtwoord van uw account is zojuist opnieuw ingesteld via het selfserviceportaal voor wachtwoorden, en alle sessies zijn afgemeld.

    Als u dit zelf was, hoeft u verder niets te doen. Zo niet, neem dan onmiddellijk contact op met uw beheerder.

    Aanmelden: { $url }
message-unlocked-subject = Uw account is ontgrendeld
message-unlocked-body = Hallo,

    Uw account is zojuist ontgrendeld via het selfserviceportaal voor wachtwoorden. Uw wachtwoord is niet gewijzigd.

    Als u dit niet zelf was, neem dan onmiddellijk contact op met uw beheerder.

    Aanmelden: { $url }
message-admin-reset-subject = Beheerder { $admin } heeft het eigen wachtwoord opnieuw ingesteld
message-admin-reset-body = Hallo,

    Beheerder { $admin } heeft zojuist het eigen wachtwoord opnieuw ingesteld via het selfserviceportaal voor wachtwoorden.

    Als u dit niet verwachtte, ga dan na bij deze persoon wat er is gebeurd en controleer het auditlogboek.

    Portaal: { $url }

## Voettekst van e-mails en afzender van sms-berichten

email-footer-sent-by = Dit is een automatisch bericht van { $organisation }.
email-footer-privacy = Privacyverklaring
email-footer-terms = Gebruiksvoorwaarden
email-footer-helpdesk = Helpdesk
message-from-organisation = { $organisation }: { $text }
