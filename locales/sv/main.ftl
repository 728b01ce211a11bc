### Svenska (sv). Register: informellt ”du”, som i det svenska användargränssnittet i Microsoft 365 och Windows.
### Ordlista:
###   password = lösenord
###   security info = säkerhetsinformation
###   verification code = verifieringskod
###   security question = säkerhetsfråga
###   helpdesk = supportavdelningen
###   administrator = administratör
###   sign in / sign out = logga in / logga ut
###   reset (password) = återställa (lösenord)
###   unlock = låsa upp
###   account = konto
###   user name = användarnamn
###   directory = katalog
###   authentication phone / email = autentiseringstelefon / e-postadress för autentisering
###   email / text message = e-post / sms

## Gemensamt för alla sidor

product-name = Självbetjäning för ditt konto
skip-to-content = Hoppa till huvudinnehållet
loading = Läser in…
language-label = Språk
# Visas i språkväljaren: namnet på det här språket, på det här språket.
language-name = Svenska
language-apply = Byt språk
password-show = Visa lösenord
password-hide = Dölj lösenord

## Fel

error-user-name-missing = Ange ditt användarnamn.
error-user-name-invalid = Det här ser inte ut som ett användarnamn. Kontrollera det du skrev och försök igen.
error-password-missing = Ange ditt lösenord.
error-invalid-credentials = Användarnamnet eller lösenordet är felaktigt. Kontrollera båda och försök igen.
error-account-locked = Ditt konto är låst. Om du vill låsa upp det väljer du ”Kan du inte komma åt ditt konto?” nedan eller kontaktar supportavdelningen.
error-sign-in-paused = Det har gjorts för många misslyckade inloggningsförsök för det här användarnamnet. För att skydda kontot är inloggning pausad till { $until }. Om du har glömt ditt lösenord kan du återställa det nu.
error-sign-in-busy-address = Det har gjorts för många misslyckade inloggningsförsök från ditt nätverk. Vänta en timme och försök igen.
error-unavailable = Något gick fel hos oss. Försök igen om några minuter.
error-transport = Vi kunde inte nå servern. Kontrollera anslutningen och försök igen.

## Inloggningssida

sign-in-title = Logga in
sign-in-heading = Logga in på ditt konto
sign-in-user-name = Användarnamn
sign-in-password = Lösenord
sign-in-submit = Logga in
sign-in-cant-access = Kan du inte komma åt ditt konto?

## Kontosida

account-title = Ditt konto
account-heading = Ditt konto
account-signed-in-as = Du är inloggad som
account-sign-out = Logga ut
account-signed-out = Du är inte inloggad.
account-go-sign-in = Gå till inloggningen

## Lösenordsåterställning

reset-title = Återställ ditt lösenord
reset-heading = Kom in på ditt konto igen
reset-back-to-sign-in = Tillbaka till inloggningen
reset-intro = Ange ditt användarnamn, så hjälper vi dig att bevisa att det är du. Sedan väljer du ett nytt lösenord.
reset-user-id = Användarnamn
reset-user-id-hint = Oftast din e-postadress på jobbet, till exempel name@contoso.example.
reset-next = Nästa
captcha-question = Visa att du är en människa: vad blir { $a } plus { $b }?
captcha-hint = Skriv svaret med siffror.
captcha-checking = Kontrollerar att du är en människa…
captcha-done = Klart: din webbläsare har bevisat att du är en människa. Fortsätt med Nästa.
reset-start-again = Börja om
reset-verify-heading = Bevisa att det är du
reset-gate-of = Verifiering { $number } av { $total }
reset-gate-legend = Hur vill du få en verifieringskod?
reset-gate-email = Skicka en kod via e-post till { $destination }
reset-gate-mobile-sms = Skicka en kod via sms till min mobiltelefon { $destination }
reset-gate-mobile-voice = Ring min mobiltelefon { $destination }
reset-gate-office-voice = Ring min kontorstelefon { $destination }
reset-gate-questions = Besvara mina säkerhetsfrågor
reset-code-sent-email = Vi har skickat ett e-postmeddelande med en verifieringskod till { $destination }.
reset-code-sent-sms = Vi har skickat ett sms med en verifieringskod till { $destination }.
reset-code-sent-voice = Vi ringer { $destination } och läser upp en verifieringskod för dig.
reset-code-resend = Skicka en ny kod
reset-other-method = Använd en annan metod
reset-questions-heading = Besvara dina säkerhetsfrågor
reset-password-heading = Välj ett nytt lösenord
reset-password-hint = { $min ->
    [one] Använd minst ett tecken.
   *[other] Använd minst { $min } tecken. En lång fras som du kan komma ihåg är bäst; undvik ditt namn och vanliga lösenord.
}
reset-password-new = Nytt lösenord
reset-password-confirm = Bekräfta det nya lösenordet
reset-password-strength-0 = Uppskattad styrka: mycket svag
reset-password-strength-1 = Uppskattad styrka: svag
reset-password-strength-2 = Uppskattad styrka: godtagbar
reset-password-strength-3 = Uppskattad styrka: stark
reset-password-strength-4 = Uppskattad styrka: mycket stark
reset-password-strength-note = En uppskattning som görs i din webbläsare för att hjälpa dig att välja. Det är reglerna ovan som avgör om lösenordet godkänns.
reset-password-submit = Återställ lösenordet
reset-unlock-only-text = Ditt konto är låst. Om du fortfarande kan ditt lösenord kan du låsa upp kontot och behålla lösenordet.
reset-unlock-only = Lås bara upp
reset-contact-heading = Kontakta administratören
reset-contact-text = Du kan inte återställa ditt lösenord här. Administratören kan hjälpa dig att komma in på ditt konto igen.
reset-contact-helpdesk = Kontakta supportavdelningen
reset-done-heading = Ditt lösenord har återställts
reset-done-text = Du har loggats ut överallt. Logga in med ditt nya lösenord.
reset-unlocked-heading = Ditt konto är upplåst
reset-unlocked-text = Logga in med ditt nuvarande lösenord.
reset-go-sign-in = Gå till inloggningen
reset-error-flow-missing = Återställningen har gått ut eller påbörjades aldrig. Börja om.
reset-error-step-out-of-order = Det steget är inte tillgängligt just nu. Fortsätt från den här sidan.
reset-error-user-id-missing = Ange ditt användarnamn.
reset-error-user-id-invalid = Ange ditt användarnamn i form av en e-postadress, till exempel name@contoso.example.
reset-error-captcha-failed = Vi kunde inte kontrollera att du är en människa. Försök igen.
reset-error-gate-missing = Välj hur du vill få en kod.
reset-error-code-dead = För många felaktiga koder. Skicka en ny kod eller använd en annan metod.
reset-error-answers-wrong = Ett eller flera svar är felaktiga. Kontrollera dem och försök igen.
reset-error-blocked = Du har försökt för många gånger. Av säkerhetsskäl är självbetjäningsåterställning pausad för det här kontot till { $until }.
reset-error-busy-address = Det har gjorts för många försök från ditt nätverk. Vänta en timme och försök igen.
reset-error-passwords-differ = De två lösenorden stämmer inte överens.
reset-error-password-too-short = { $min ->
    [one] Använd minst ett tecken.
   *[other] Använd minst { $min } tecken.
}
reset-error-password-missing = Ange ett nytt lösenord.
reset-error-password-common = Lösenordet finns på listan över lösenord som angripare provar först. Välj ett annat, till exempel en fras med några ord som inte hör ihop.
reset-error-password-control = Lösenord får inte innehålla radbrytningar, tabbar eller andra kontrolltecken. Skriv lösenordet igen utan dem.
reset-error-write-unconfirmed = Vi kunde inte bekräfta att ditt nya lösenord sparades. Välj det igen; det nya valet ersätter det som eventuellt sparades.
reset-writing = Din ändring sparas. Läs in sidan igen om en liten stund.
reset-error-password-too-long = Använd högst 256 tecken.
reset-error-password-contains-name = Använd inte ditt användarnamn i lösenordet.
reset-error-write-failed = Vi kunde inte spara ändringen i katalogen, så ingenting har ändrats. Försök igen om en liten stund.

## Organisationens varumärke på alla sidor

footer-label = Organisationens länkar
footer-privacy = Sekretess
footer-terms = Användningsvillkor
footer-helpdesk = Supportavdelningen

## Varumärkesstudio (/admin/branding, för varumärkesadministratörer)

studio-title = Varumärkesstudio
studio-heading-layer = Inställningar: { $layer }
studio-back = Tillbaka till varumärkesstudion
studio-preview-banner = Du förhandsgranskar den opublicerade varumärkesanpassningen. Ingen annan ser den förrän den har publicerats.
studio-preview-stop = Avsluta förhandsgranskningen
studio-layer-label = Inställningar för
studio-layer-open = Öppna
studio-layer-default = Standard (alla språk)
studio-layer-overridden = { $language } (har egna inställningar)
studio-inherited = Om tomt: { $value }
studio-as-default = Som i standardinställningarna
studio-as-product = Som portalen ser ut utan varumärkesanpassning
studio-show = Visa
studio-hide = Dölj
studio-save = Spara utkastet
studio-section-identity = Organisationsuppgifter
studio-section-colours = Färger
studio-colours-hint = Skriv färger som #rrggbb, till exempel #0b5cad. Text och knappar måste skilja sig tillräckligt från bakgrunden för att alla ska kunna läsa dem, så studion kontrollerar kontrasten före publiceringen.
studio-section-layout = Sidlayout
studio-section-sign-in = Inloggningssida
studio-section-links = Länkar i sidfoten
studio-section-css = Anpassad CSS
studio-css-hint = Regler för de klassnamn som finns i portalens CSS-referens. Bilder får bara komma från de bilder som har laddats upp här. Högst 25 kB.
studio-section-images = Bilder
studio-section-publish = Publicering
studio-section-publications = Publiceringar
studio-field-organisation-name = Organisationens namn
studio-field-colour-primary = Knappar och länkar
studio-field-colour-primary-text = Text på knappar
studio-field-colour-header = Sidhuvudfält
studio-field-colour-header-text = Text i sidhuvudfältet
studio-field-colour-text = Brödtext
studio-field-colour-page = Sidbakgrund
studio-field-colour-card = Kortbakgrund
studio-field-colour-focus = Fokusmarkering för tangentbord
studio-field-layout = Layoutmall
studio-layout-full-bleed = Bakgrundsbild som fyller sidan
studio-layout-plain = Enfärgad sidbakgrund
studio-field-show-header = Visa sidhuvudfältet
studio-field-show-footer = Visa sidfoten
studio-field-sign-in-text = Text på inloggningssidan
studio-field-user-name-hint = Tips om användarnamn
studio-field-cant-access-label = Text för länken till dem som inte kan logga in
studio-field-show-reset-link = Länk för dem som inte kan logga in
studio-field-privacy-url = Adress till sekretesspolicyn
studio-field-terms-url = Adress till användningsvillkoren
studio-field-helpdesk-url = Adress till supportavdelningen (webb eller e-post)
studio-field-custom-css = Anpassad CSS
studio-field-image-banner-logo = Banderollogotyp
studio-field-image-square-logo = Fyrkantig logotyp
studio-field-image-square-logo-dark = Fyrkantig logotyp för mörka bakgrunder
studio-field-image-favicon = Webbplatsikon (favicon)
studio-field-image-background = Bakgrundsbild
studio-image-limits = { $kinds }, högst { $kilobytes } kB och { $width } × { $height } pixlar.
studio-image-upload = Ladda upp: { $slot }
studio-image-remove = Ta bort: { $slot }
studio-image-current = Aktuell bild: { $slot }
studio-live-heading = Liveförhandsgranskning
studio-live-caption = Följer färgerna och texterna ovan medan du skriver, innan du sparar.
studio-preview = Förhandsgranska utkastet på de riktiga sidorna
studio-email-preview = Förhandsgranska ett e-postmeddelande med utkastet
studio-publish = Publicera
studio-state-never-published = Inget har publicerats ännu: alla ser portalen utan varumärkesanpassning.
studio-state-published = Version { $version } är aktiv.
studio-state-unpublished-changes = Utkastet innehåller ändringar som inte har publicerats.
studio-problems-heading = Åtgärda detta innan du publicerar
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } har kontrasten { $ratio }; minst { $minimum } krävs.
studio-problem-too-long = använd högst { $max } tecken.
studio-problem-control-character = ta bort styrtecknen (till exempel tabbar).
studio-problem-not-a-colour = skriv färgen som # följt av sex hexadecimala siffror, till exempel #0b5cad.
studio-problem-link-not-https = webbadresser måste börja med https://.
studio-problem-link-invalid = skriv en webbadress som börjar med https:// eller en e-postadress.
studio-problem-css = rad { $line }: { $reason }
studio-css-too-long = formatmallen är större än 25 kB.
studio-css-import = @import är inte tillåtet; skriv reglerna här i stället.
studio-css-external-url = url() får bara peka på en bild som har laddats upp i studion.
studio-css-expression = expression(), behavior och -moz-binding är inte tillåtna.
studio-css-at-rule = bara @media, @supports, @layer, @container, @font-face och @keyframes är tillåtna.
studio-css-markup = teckenföljden </ är inte tillåten.
studio-css-unparsable = det här är inte giltig CSS (kontrollera om en klammerparentes, ett kolon eller ett citattecken saknas).
studio-pair-text-on-page = text och sidbakgrund
studio-pair-text-on-card = text och kortbakgrund
studio-pair-button-text-on-primary = knapptext och knappar
studio-pair-header-text-on-header = sidhuvudtext och sidhuvudfält
studio-pair-focus-on-page = fokusmarkering och sidbakgrund
studio-column-version = Versionsnummer
studio-column-when = Publicerad
studio-column-who = Av
studio-column-note = Anteckning
studio-column-action = Åtgärd
studio-publication-live = Aktiv nu
studio-publication-restored = Återställer version { $version }
studio-roll-back = Publicera version { $version } igen
studio-done-saved = Utkastet har sparats. Förhandsgranska det och publicera det sedan när det är klart.
studio-done-uploaded = Bilden finns nu i utkastet.
studio-done-removed = Bilden har tagits bort från utkastet.
studio-done-published = Publicerat. Alla sidor visar den nya varumärkesanpassningen inom några sekunder.
studio-done-rolled-back = Den tidigare versionen är aktiv igen och är nu även utkastet.
studio-done-preview-stopped = Förhandsgranskningen har avslutats.
studio-refused-publish = Inget publicerades: åtgärda först problemen som listas nedan.
studio-refused-no-such-version = Den versionen finns inte. Inget ändrades.
studio-refused-unavailable = Ändringen kunde inte sparas. Inget ändrades. Försök igen.
studio-refused-empty = Bilden ”{ $slot }” laddades inte upp: ingen fil valdes, eller så var filen tom. Inget ändrades.
studio-refused-too-many-bytes = Bilden ”{ $slot }” laddades inte upp: filen är större än { $kilobytes } kB. Inget ändrades.
studio-refused-unknown-type = Bilden ”{ $slot }” laddades inte upp: filen är inte en PNG-, JPEG- eller WebP-bild (eller en SVG-teckning, för logotyper), oavsett vad den heter. Inget ändrades.
studio-refused-svg-not-allowed = Bilden ”{ $slot }” laddades inte upp: SVG-teckningar godkänns bara för logotyper. Använd PNG, JPEG eller WebP. Inget ändrades.
studio-refused-too-many-pixels = Bilden ”{ $slot }” laddades inte upp: den är större än { $width } × { $height } pixlar. Inget ändrades.
studio-refused-undecodable = Bilden ”{ $slot }” laddades inte upp: bilden är skadad och kunde inte läsas. Inget ändrades.
studio-refused-svg-unparsable = Bilden ”{ $slot }” laddades inte upp: SVG-teckningen kunde inte läsas. Inget ändrades.
studio-refused-svg-doctype = Bilden ”{ $slot }” laddades inte upp: SVG-teckningar med DOCTYPE eller entiteter nekas. Inget ändrades.
studio-refused-svg-script = Bilden ”{ $slot }” laddades inte upp: SVG-teckningen innehåller ett skript. Inget ändrades.
studio-refused-svg-foreign-object = Bilden ”{ $slot }” laddades inte upp: SVG-teckningen bäddar in annat innehåll (foreignObject). Inget ändrades.
studio-refused-svg-event-handler = Bilden ”{ $slot }” laddades inte upp: SVG-teckningen innehåller händelsehanterare (on…-attribut). Inget ändrades.
studio-refused-svg-external-reference = Bilden ”{ $slot }” laddades inte upp: SVG-teckningen refererar till filer eller adresser utanför sig själv. Inget ändrades.
studio-refused-svg-too-complex = Bilden ”{ $slot }” laddades inte upp: SVG-teckningen är för komplex. Förenkla den och försök igen. Inget ändrades.
studio-refused-svg-marker = Bilden ”{ $slot }” laddades inte upp: SVG-markörer (marker) stöds inte. Inget ändrades.

## Hittades inte

not-found-title = Sidan hittades inte
not-found-heading = Vi kunde inte hitta den sidan.

## Demo-utkorg (endast i demonstrationsläge)

outbox-title = Demo-utkorg
outbox-heading = Demo-utkorg
outbox-banner-heading = Demonstrationsläge
outbox-banner-text = Den här sidan finns bara i demonstrationsläge. Meddelanden skickas inte på riktigt: e-post, sms och röstsamtal sparas här i stället, inklusive engångskoder, så att du kan prova portalen. Kör aldrig en riktig portal i demonstrationsläge.
outbox-caption = De senaste { $limit } meddelandena, nyaste först
outbox-empty = Inga meddelanden än. Koder och aviseringar som portalen skickar visas här.
outbox-time = Tid
outbox-channel = Kanal
outbox-recipient = Mottagare
outbox-subject = Ämne
outbox-body = Meddelande
outbox-channel-email = E-post
outbox-channel-sms = Sms
outbox-channel-voice = Röstsamtal

## Fördefinierade säkerhetsfrågor (deras id:n lagras; byt aldrig namn på en nyckel)

question-city-met-partner = I vilken stad träffade du din första make, maka eller partner?
question-city-parents-met = I vilken stad träffades dina föräldrar?
question-city-nearest-sibling = I vilken stad bor det syskon som bor närmast dig?
question-city-father-born = I vilken stad föddes din pappa?
question-city-first-job = I vilken stad hade du ditt första jobb?
question-city-mother-born = I vilken stad föddes din mamma?
question-city-new-year-2000 = I vilken stad var du vid millennieskiftet, nyåret 1999/2000?
question-high-school-teacher-last-name = Vad heter din favoritlärare från gymnasiet i efternamn?
question-college-applied-not-attended = Vad heter en högskola eller ett universitet som du sökte till men inte studerade vid?
question-first-wedding-reception-place = Vad hette lokalen där du firade ditt första bröllop?
question-father-middle-name = Vad är din pappas mellannamn?
question-favorite-food = Vilken är din favoriträtt?
question-maternal-grandmother-name = Vad heter din mormor i för- och efternamn?
question-mother-middle-name = Vad är din mammas mellannamn?
question-oldest-sibling-birthday = Vilken månad och vilket år är ditt äldsta syskon fött? (t.ex. november 1985)
question-oldest-sibling-middle-name = Vad är ditt äldsta syskons mellannamn?
question-paternal-grandfather-name = Vad heter din farfar i för- och efternamn?
question-youngest-sibling-middle-name = Vad är ditt yngsta syskons mellannamn?
question-sixth-grade-school = Vilken skola gick du på i årskurs 6?
question-childhood-best-friend-name = Vad hette din bästa barndomsvän i för- och efternamn?
question-first-significant-other-name = Vad hette din första pojkvän eller flickvän i för- och efternamn?
question-grade-school-teacher-last-name = Vad hette din favoritlärare på lågstadiet i efternamn?
question-first-car-make-model = Vilket märke och vilken modell var din första bil eller motorcykel?
question-first-school = Vad hette den första skolan du gick i?
question-birth-hospital = Vad hette sjukhuset där du föddes?
question-childhood-street = Vad hette gatan där ditt första barndomshem låg?
question-childhood-hero = Vem var din idol när du var barn?
question-favorite-stuffed-animal = Vad hette ditt favoritgosedjur?
question-first-pet = Vad hette ditt första husdjur?
question-childhood-nickname = Vilket smeknamn hade du som barn?
question-high-school-sport = Vilken var din favoritsport på gymnasiet?
question-first-job = Vilket var ditt första jobb?
question-childhood-phone-last-digits = Vilka var de fyra sista siffrorna i telefonnumret hemma när du var barn?
question-childhood-ambition = Vad drömde du om att bli som vuxen när du var liten?
question-most-famous-person-met = Vem är den mest kända person du någonsin har träffat?

## Registrering av säkerhetsinformation

method-email = E-post
method-mobile-phone = Mobiltelefon
method-office-phone = Kontorstelefon
method-security-questions = Säkerhetsfrågor
method-questions-count = { $count ->
    [one] { $count } fråga besvarad
   *[other] { $count } frågor besvarade
}
source-authentication = registrerad av dig för verifiering, visas inte i katalogen
source-directory = från din katalogprofil
source-administrator = angiven av administratören

prompt-title = Mer information krävs
prompt-register-heading = Mer information krävs
prompt-register-why = Din organisation behöver ett sätt att bekräfta att det är du när du glömmer ditt lösenord eller när ditt konto är låst. Registrera din säkerhetsinformation nu, så kan du komma in igen på egen hand utan att ringa supportavdelningen.
prompt-register-needed = { $count ->
    [one] Du behöver minst en verifieringsmetod.
   *[other] Du behöver minst { $count } olika verifieringsmetoder.
}
prompt-next = Nästa
prompt-skip = Hoppa över tills vidare
prompt-reconfirm-heading = Stämmer uppgifterna fortfarande?
prompt-reconfirm-why = Kontrollera säkerhetsinformationen som du har registrerat. Om något har ändrats uppdaterar du den, så att du fortfarande kan återställa ditt lösenord.
prompt-looks-good = Ser bra ut
prompt-change = Ändra
prompt-nothing = Inget mer behövs
prompt-go-account = Gå till ditt konto

wizard-title = Registrera säkerhetsinformation
wizard-start = Börja om
wizard-step-of = Steg { $number } av { $total }
wizard-code-label = Verifieringskod
wizard-verify = Verifiera
wizard-send-code = Skicka kod
wizard-skip-step = Hoppa över den här metoden
wizard-phone-country = Land eller region
wizard-phone-number = Telefonnummer
wizard-phone-hint = Utan landsnummer, eller med landsnumret först och inlett med +.
wizard-phone-channel = Hur ska vi skicka koden?
wizard-phone-sms = Textmeddelande (sms)
wizard-phone-voice = Röstsamtal
wizard-phone-texted = Vi har skickat ett sms med en kod till { $number }.
wizard-phone-called = Vi ringer { $number } och läser upp en kod för dig.
wizard-phone-resend-heading = Ingen kod? Skicka den igen eller använd ett annat nummer
wizard-phone-reset-uses = Just nu skulle en lösenordsåterställning använda { $number } ({ $source }).
wizard-phone-reset-none = Du har ännu ingen telefon som en lösenordsåterställning kan använda.
wizard-phone-precedence = Ett nummer som du verifierar här blir din autentiseringstelefon, och återställningen använder det i stället för mobiltelefonen i katalogen.
wizard-office-phone = Kontorstelefon: { $number }, angiven av administratören. Du kan inte ändra den här.
wizard-email-address = E-postadress
wizard-email-sent = Vi har skickat ett e-postmeddelande med en kod till { $address }.
wizard-email-resend-heading = Inget e-postmeddelande? Skicka det igen eller använd en annan adress
wizard-email-reset-uses = Just nu skulle en lösenordsåterställning använda { $address } ({ $source }).
wizard-email-reset-none = Du har ännu ingen e-postadress som en lösenordsåterställning kan använda.
wizard-email-precedence = En adress som du verifierar här blir din e-postadress för autentisering, och återställningen använder den i stället för den alternativa e-postadressen i katalogen. Använd en annan adress än din jobbadress.
wizard-questions-intro = { $count ->
    [one] Välj en fråga och besvara den.
   *[other] Välj { $count } olika frågor och besvara var och en av dem.
} Svaren ska vara 3–40 tecken långa; versaler och extra mellanslag spelar ingen roll. Ingen, inte ens administratörer, kan läsa dem.
wizard-question-label = Fråga { $number }
wizard-answer-label = Svar på fråga { $number }
wizard-question-choose = Välj en fråga
wizard-answers-show = Visa svar
wizard-answers-hide = Dölj svar
wizard-questions-save = Fortsätt
wizard-questions-retype = Av säkerhetsskäl skickas svaren aldrig tillbaka till sidan: skriv dem igen.
wizard-summary-heading = Kontrollera och spara
wizard-summary-skipped = Överhoppad
wizard-save = Spara
wizard-cancel = Avbryt

registration-error-not-signed-in = Din session har upphört. Logga in igen.
registration-error-flow-missing = Den här registreringen har gått ut eller är redan slutförd. Börja om för att fortsätta.
registration-error-step-out-of-order = Det steget är inte tillgängligt just nu. Fortsätt från steget som visas.
registration-error-phone-missing = Ange ditt telefonnummer.
registration-error-country-needed = Välj ett land eller skriv numret med internationellt landsnummer, inlett med +.
registration-error-phone-invalid = Det här är inte ett giltigt telefonnummer för det valda landet.
registration-error-email-missing = Ange din e-postadress.
registration-error-email-invalid = Ange en e-postadress som namn@example.com.
code-error-missing = Ange koden som vi skickade till dig.
code-error-malformed = Koden består av 6 till 8 siffror.
code-error-wrong = { $tries ->
    [one] Koden är felaktig. Du har ett försök kvar.
   *[other] Koden är felaktig. Du har { $tries } försök kvar.
}
code-error-dead = För många felaktiga koder. Skicka en ny kod.
code-error-expired = Koden har gått ut. Skicka en ny kod.
code-error-used = Koden har redan använts. Skicka en ny kod.
code-error-none-sent = Ingen kod väntar. Skicka en ny kod.
code-error-too-many = För många koder har skickats. Vänta en timme eller välj en annan metod.
code-error-delivery-failed = Vi kunde inte skicka koden. Försök igen eller välj en annan metod.
registration-error-question-missing = Välj en fråga här.
registration-error-question-not-offered = Välj en fråga i listan.
registration-error-question-twice = Du har redan valt den här frågan. Välj en annan.
error-answer-missing = Ange ett svar.
registration-error-answer-too-short = Svaren måste vara minst 3 tecken långa.
registration-error-answer-too-long = Svaren får vara högst 40 tecken långa.
registration-error-answer-twice = Du har redan gett det här svaret på en annan fråga. Ange ett annat svar.
registration-error-steps-pending = Slutför eller hoppa över varje steg innan du sparar.
registration-error-nothing-to-save = Inget har lagts till. Registrera minst en metod eller avbryt.
registration-error-not-enough-methods = { $needed ->
    [one] Registrera minst en metod så att du kan återställa ditt lösenord.
   *[other] Registrera minst { $needed } olika metoder så att du kan återställa ditt lösenord.
}

account-security-info = Säkerhetsinformation: registrera, ändra eller ta bort
account-security-info-saved = Din säkerhetsinformation har sparats.

message-code-email-subject = Din verifieringskod
message-code-email-body = Din verifieringskod är { $code }.

    Den är giltig i { $minutes } minuter. Om du inte har begärt den kan du ignorera det här e-postmeddelandet: ingenting ändras utan koden.
message-code-sms = Din verifieringskod är { $code }. Den är giltig i { $minutes } minuter.
message-code-voice = Din verifieringskod är: { $code }. Jag upprepar: { $code }.
message-changed-subject = Din säkerhetsinformation har ändrats
message-changed-body = Säkerhetsinformationen för ditt konto har just ändrats:
    { $changes }

    Om du gjorde ändringen behöver du inte göra något. Om inte, kontakta supportavdelningen direkt.
message-changed-phone = autentiseringstelefonen
message-changed-email = e-postadressen för autentisering
message-changed-questions = säkerhetsfrågorna

country-AR = Argentina
country-AT = Österrike
country-AU = Australien
country-BE = Belgien
country-BR = Brasilien
country-CA = Kanada
country-CH = Schweiz
country-CN = Kina
country-CZ = Tjeckien
country-DE = Tyskland
country-DK = Danmark
country-ES = Spanien
country-FI = Finland
country-FR = Frankrike
country-GB = Storbritannien
country-GR = Grekland
country-HR = Kroatien
country-HU = Ungern
country-IE = Irland
country-IN = Indien
country-IT = Italien
country-JP = Japan
country-LU = Luxemburg
country-MT = Malta
country-MX = Mexiko
country-NL = Nederländerna
country-NO = Norge
country-NZ = Nya Zeeland
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SE = Sverige
country-SI = Slovenien
country-SK = Slovakien
country-SM = San Marino
country-TR = Turkiet
country-UA = Ukraina
country-US = USA
country-VA = Vatikanstaten
country-ZA = Sydafrika
registration-error-reauth-required = Av säkerhetsskäl måste du ange ditt lösenord igen innan du ändrar din säkerhetsinformation.
registration-error-method-not-changeable = Den här metoden kan inte ändras här.
registration-error-wrong-password = Lösenordet är felaktigt.
registration-error-too-many-password-tries = För många felaktiga lösenord har angetts. Vänta några minuter och försök igen.

security-info-title = Säkerhetsinformation
security-info-back = Tillbaka till ditt konto
security-info-usable = { $usable ->
    [one] En lösenordsåterställning kan använda en av dina metoder
   *[other] En lösenordsåterställning kan använda { $usable } av dina metoder
}; den kräver { $required ->
    [one] en.
   *[other] { $required } olika.
}
security-info-not-set = Inte angiven
security-info-add = Lägg till
security-info-change = Ändra
security-info-delete = Ta bort
security-info-deleted = Metoden har tagits bort.
security-info-delete-title = Ta bort en metod
security-info-delete-confirm = Vill du ta bort ”{ $method }” från din säkerhetsinformation?
security-info-delete-warning = { $required ->
    [one] Efter det skulle du inte ha någon metod kvar och inte längre kunna återställa ditt lösenord på egen hand.
   *[other] Efter det skulle du ha färre än { $required } metoder och inte längre kunna återställa ditt lösenord på egen hand.
}
reauth-title = Bekräfta att det är du
reauth-submit = Fortsätt

## Meddelanden om lösenordsåterställning

message-reset-subject = Ditt lösenord har återställts
message-reset-body = Hej!

    Lösenordet för ditt konto har just återställts via självbetjäningsportalen för lösenord, och alla sessioner har loggats ut.

    Om det var du behöver du inte göra något mer. Om det inte var du, kontakta administratören omedelbart.

    Logga in: { $url }
message-unlocked-subject = Ditt konto har låsts upp
message-unlocked-body = Hej!

    Ditt konto har just låsts upp via självbetjäningsportalen för lösenord. Ditt lösenord har inte ändrats.

    Om det inte var du, kontakta administratören omedelbart.

    Logga in: { $url }
message-admin-reset-subject = Administratören { $admin } har återställt sitt eget lösenord
message-admin-reset-body = Hej!

    Administratören { $admin } har just återställt sitt eget lösenord via självbetjäningsportalen för lösenord.

    Om du inte väntade dig detta, stäm av med personen i fråga och gå igenom granskningsloggen.

    Portal: { $url }

## Sidfot i e-post och avsändare av sms

email-footer-sent-by = Det här är ett automatiskt meddelande från { $organisation }.
email-footer-privacy = Sekretess
email-footer-terms = Användarvillkor
email-footer-helpdesk = Supportavdelningen
message-from-organisation = { $organisation }: { $text }
