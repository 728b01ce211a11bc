### Eesti (et). Register: formal plural "teie" in sentences ("Sisestage oma parool"), and the short
### imperative for buttons and commands ("Logi sisse", "Salvesta", "Loobu"), as in Microsoft's Estonian
### product UI. Quotation marks „…“.
### Glossary:
###   password = parool
###   security info = turbeteave
###   verification code = kinnituskood
###   security question = turbeküsimus
###   helpdesk = kasutajatugi
###   administrator = administraator
###   sign in = sisse logima / sisselogimine; sign out = välja logima
###   reset = lähtestama / lähtestamine
###   unlock = lukust avama
###   account = konto
###   user name = kasutajanimi
###   email = meil (address: meiliaadress)
###   text message = tekstsõnum (SMS)
###   directory = kataloog
###   method = meetod

## Shared by every page

product-name = Konto iseteenindus
skip-to-content = Liigu põhisisu juurde
loading = Laadimine…
language-label = Keel
# Shown in the language picker: the name of this language, in this language.
language-name = Eesti
language-apply = Muuda keelt
password-show = Kuva parool
password-hide = Peida parool

## Errors

error-user-name-missing = Sisestage oma kasutajanimi.
error-user-name-invalid = See ei paista olevat kasutajanimi. Kontrollige sisestatut ja proovige uuesti.
error-password-missing = Sisestage oma parool.
error-invalid-credentials = Kasutajanimi või parool on vale. Kontrollige mõlemat ja proovige uuesti.
error-account-locked = Teie konto on lukus. Selle avamiseks valige allpool „Kas te ei pääse oma kontole juurde?“ või võtke ühendust kasutajatoega.
error-sign-in-paused = Selle kasutajanimega on tehtud liiga palju ebaõnnestunud sisselogimiskatseid. Konto kaitsmiseks on sisselogimine peatatud kuni { $until }. Kui olete parooli unustanud, saate selle kohe lähtestada.
error-sign-in-busy-address = Teie võrgust on tehtud liiga palju ebaõnnestunud sisselogimiskatseid. Oodake tund aega ja proovige uuesti.
error-unavailable = Meie poolel läks midagi valesti. Proovige mõne minuti pärast uuesti.
error-transport = Serveriga ei õnnestunud ühendust saada. Kontrollige oma võrguühendust ja proovige uuesti.

## Sign-in page

sign-in-title = Sisselogimine
sign-in-heading = Logige oma kontole sisse
sign-in-user-name = Kasutajanimi
sign-in-password = Parool
sign-in-submit = Logi sisse
sign-in-cant-access = Kas te ei pääse oma kontole juurde?

## Account page

account-title = Teie konto
account-heading = Teie konto
account-signed-in-as = Olete sisse logitud kasutajana
account-sign-out = Logi välja
account-signed-out = Te pole sisse logitud.
account-go-sign-in = Mine sisselogimislehele

## Password reset

reset-title = Parooli lähtestamine
reset-heading = Pääsege oma kontole tagasi
reset-back-to-sign-in = Tagasi sisselogimislehele
reset-intro = Sisestage oma kasutajanimi – aitame teil tõendada, et see olete teie, ja seejärel saate valida uue parooli.
reset-user-id = Kasutajanimi
reset-user-id-hint = Tavaliselt teie töö meiliaadress, näiteks name@contoso.example.
reset-next = Järgmine
captcha-question = Tõendage, et olete inimene: kui palju on { $a } pluss { $b }?
captcha-hint = Sisestage vastus numbritega.
captcha-checking = Kontrollime, kas olete inimene…
captcha-done = Valmis: teie brauser tõendas, et olete inimene. Jätkake nupuga „Järgmine“.
reset-start-again = Alusta uuesti
reset-verify-heading = Tõendage, et see olete teie
reset-gate-of = Kinnitus { $number } / { $total }
reset-gate-legend = Kuidas soovite kinnituskoodi saada?
reset-gate-email = Saada kood meiliaadressile { $destination }
reset-gate-mobile-sms = Saada kood tekstsõnumiga minu mobiiltelefonile { $destination }
reset-gate-mobile-voice = Helista minu mobiiltelefonile { $destination }
reset-gate-office-voice = Helista minu töötelefonile { $destination }
reset-gate-questions = Vastan oma turbeküsimustele
reset-code-sent-email = Saatsime kinnituskoodiga meili aadressile { $destination }.
reset-code-sent-sms = Saatsime kinnituskoodiga tekstsõnumi numbrile { $destination }.
reset-code-sent-voice = Helistame numbrile { $destination }, et teile kinnituskood ette lugeda.
reset-code-resend = Saada uus kood
reset-other-method = Kasuta muud meetodit
reset-questions-heading = Vastake oma turbeküsimustele
reset-password-heading = Valige uus parool
reset-password-hint = { $min ->
    [one] Kasutage vähemalt ühte märki.
   *[other] Kasutage vähemalt { $min } märki. Kõige parem on pikk fraas, mida suudate meeles pidada; vältige oma nime ja levinud paroole.
}
reset-password-new = Uus parool
reset-password-confirm = Kinnitage uus parool
reset-password-strength-0 = Hinnanguline tugevus: väga nõrk
reset-password-strength-1 = Hinnanguline tugevus: nõrk
reset-password-strength-2 = Hinnanguline tugevus: rahuldav
reset-password-strength-3 = Hinnanguline tugevus: tugev
reset-password-strength-4 = Hinnanguline tugevus: väga tugev
reset-password-strength-note = Teie brauseris arvutatud hinnang, mis aitab teil valida. Selle, kas parool aktsepteeritakse, otsustavad ülaltoodud reeglid.
reset-password-submit = Lähtesta parool
reset-unlock-only-text = Teie konto on lukus. Kui teate veel oma parooli, saate konto lukust avada ja parooli alles jätta.
reset-unlock-only = Ainult ava lukust
reset-contact-heading = Võtke ühendust administraatoriga
reset-contact-text = Siin ei saa te oma parooli lähtestada. Administraator saab aidata teil kontole tagasi pääseda.
reset-contact-helpdesk = Võta ühendust kasutajatoega
reset-done-heading = Teie parool on lähtestatud
reset-done-text = Teid on kõikjal välja logitud. Logige sisse uue parooliga.
reset-unlocked-heading = Teie konto on lukust avatud
reset-unlocked-text = Logige sisse oma praeguse parooliga.
reset-go-sign-in = Mine sisselogimislehele
reset-error-flow-missing = Lähtestamine on aegunud või seda pole kunagi alustatud. Alustage uuesti.
reset-error-step-out-of-order = See samm pole praegu saadaval. Jätkake sellelt lehelt.
reset-error-user-id-missing = Sisestage oma kasutajanimi.
reset-error-user-id-invalid = Sisestage kasutajanimi meiliaadressi kujul, näiteks name@contoso.example.
reset-error-captcha-failed = Me ei suutnud kontrollida, kas olete inimene. Proovige uuesti.
reset-error-gate-missing = Valige, kuidas soovite koodi saada.
reset-error-code-dead = Liiga palju valesid koode. Saatke uus kood või kasutage muud meetodit.
reset-error-answers-wrong = Üks või mitu vastust pole õiged. Kontrollige neid ja proovige uuesti.
reset-error-blocked = Olete proovinud liiga palju kordi. Teie turvalisuse huvides on selle konto iseteeninduslik lähtestamine peatatud kuni { $until }.
reset-error-busy-address = Teie võrgust on tehtud liiga palju katseid. Oodake tund aega ja proovige uuesti.
reset-error-passwords-differ = Paroolid ei ühti.
reset-error-password-too-short = { $min ->
    [one] Kasutage vähemalt ühte märki.
   *[other] Kasutage vähemalt { $min } märki.
}
reset-error-password-missing = Sisestage uus parool.
reset-error-password-common = See parool on loendis, mida ründajad kõigepealt proovivad. Valige mõni muu, näiteks mõnest omavahel seostamata sõnast koosnev fraas.
reset-error-password-control = Parool ei tohi sisaldada reavahetusi, tabeldusmärke ega muid juhtmärke. Tippige see uuesti ilma nendeta.
reset-error-write-unconfirmed = Me ei saanud kinnitada, et teie uus parool salvestati. Valige see uuesti; uus valik asendab kõik, mis võis olla salvestatud.
reset-writing = Teie muudatust salvestatakse. Laadige see leht hetke pärast uuesti.
reset-error-password-too-long = Kasutage kuni 256 märki.
reset-error-password-contains-name = Ärge kasutage paroolis oma kasutajanime.
reset-error-write-failed = Me ei saanud muudatust kataloogi salvestada, seega midagi ei muudetud. Proovige hetke pärast uuesti.

## Organisation branding on every page

footer-label = Organisatsiooni lingid
footer-privacy = Privaatsus
footer-terms = Kasutustingimused
footer-helpdesk = Kasutajatugi

## Branding studio (/admin/branding, for branding administrators)

studio-title = Brändingustuudio
studio-heading-layer = Sätted: { $layer }
studio-back = Tagasi brändingustuudiosse
studio-preview-banner = Vaatate avaldamata brändingu eelvaadet. Keegi teine ei näe seda enne, kui see on avaldatud.
studio-preview-stop = Lõpeta eelvaade
studio-layer-label = Sätete keel
studio-layer-open = Ava
studio-layer-default = Vaikimisi (kõik keeled)
studio-layer-overridden = { $language } (omad sätted)
studio-inherited = Kui jäetakse tühjaks: { $value }
studio-as-default = Nagu vaikesätetes
studio-as-product = Nagu portaal ilma brändinguta välja näeb
studio-show = Kuva
studio-hide = Peida
studio-save = Salvesta mustand
studio-section-identity = Organisatsioon
studio-section-colours = Värvid
studio-colours-hint = Sisestage värvid kujul #rrggbb, näiteks #0b5cad. Tekst ja nupud peavad taustast piisavalt eristuma, et kõik saaksid neid lugeda, seetõttu kontrollib stuudio enne avaldamist kontrastsust.
studio-section-layout = Paigutus
studio-section-sign-in = Sisselogimisleht
studio-section-links = Jaluse lingid
studio-section-css = Kohandatud CSS
studio-css-hint = Reeglid portaali CSS-i juhendis loetletud klassinimedele. Pildid tohivad pärineda ainult siia üles laaditud piltidest. Kuni 25 KB.
studio-section-images = Pildid
studio-section-publish = Avaldamine
studio-section-publications = Avaldatud versioonid
studio-field-organisation-name = Organisatsiooni nimi
studio-field-colour-primary = Nupud ja lingid
studio-field-colour-primary-text = Nuppude tekst
studio-field-colour-header = Päiseriba
studio-field-colour-header-text = Päiseriba tekst
studio-field-colour-text = Tekst
studio-field-colour-page = Lehe taust
studio-field-colour-card = Kaardi taust
studio-field-colour-focus = Klaviatuurifookuse raam
studio-field-layout = Lehe paigutus
studio-layout-full-bleed = Kogu lehte täitev taustapilt
studio-layout-plain = Ühevärviline leht
studio-field-show-header = Kuva päiseriba
studio-field-show-footer = Kuva jalus
studio-field-sign-in-text = Sisselogimislehe tekst
studio-field-user-name-hint = Kasutajanime vihje
studio-field-cant-access-label = Lingi tekst neile, kes ei saa sisse logida
studio-field-show-reset-link = Link neile, kes ei saa sisse logida
studio-field-privacy-url = Privaatsusavalduse aadress
studio-field-terms-url = Kasutustingimuste aadress
studio-field-helpdesk-url = Kasutajatoe aadress (veeb või meil)
studio-field-custom-css = Kohandatud CSS
studio-field-image-banner-logo = Bänneri logo
studio-field-image-square-logo = Ruudukujuline logo
studio-field-image-square-logo-dark = Ruudukujuline logo tumedale taustale
studio-field-image-favicon = Saidi ikoon (favicon)
studio-field-image-background = Taustapilt
studio-image-limits = { $kinds }, kuni { $kilobytes } KB ja { $width } × { $height } pikslit.
studio-image-upload = Laadi üles: { $slot }
studio-image-remove = Eemalda: { $slot }
studio-image-current = Praegune pilt: { $slot }
studio-live-heading = Reaalajas eelvaade
studio-live-caption = Järgib ülaltoodud värve ja tekste juba tippimise ajal, enne salvestamist.
studio-preview = Kuva mustandi eelvaade päris lehtedel
studio-email-preview = Kuva meili eelvaade mustandiga
studio-publish = Avalda
studio-state-never-published = Midagi pole veel avaldatud: kõik näevad portaali ilma brändinguta.
studio-state-published = Kasutusel on versioon { $version }.
studio-state-unpublished-changes = Mustandis on avaldamata muudatusi.
studio-problems-heading = Parandage need enne avaldamist
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } kontrastsus on { $ratio }; vaja on vähemalt { $minimum }.
studio-problem-too-long = kasutage kuni { $max } märki.
studio-problem-control-character = eemaldage juhtmärgid (nt tabeldusmärgid).
studio-problem-not-a-colour = sisestage värv kujul #, millele järgneb kuus kuueteistkümnendnumbrit, näiteks #0b5cad.
studio-problem-link-not-https = veebiaadressid peavad algama eesliitega https://.
studio-problem-link-invalid = sisestage veebiaadress, mis algab eesliitega https://, või meiliaadress.
studio-problem-css = rida { $line }: { $reason }
studio-css-too-long = laadileht on suurem kui 25 KB.
studio-css-import = @import pole lubatud; lisage reeglid hoopis siia.
studio-css-external-url = url() tohib viidata ainult stuudios üles laaditud pildile.
studio-css-expression = expression(), behavior ja -moz-binding pole lubatud.
studio-css-at-rule = lubatud on ainult @media, @supports, @layer, @container, @font-face ja @keyframes.
studio-css-markup = märgijada </ pole lubatud.
studio-css-unparsable = see pole kehtiv CSS (kontrollige, kas puudub looksulg, koolon või jutumärk).
studio-pair-text-on-page = teksti ja lehe tausta
studio-pair-text-on-card = teksti ja kaardi tausta
studio-pair-button-text-on-primary = nuputeksti ja nuppude
studio-pair-header-text-on-header = päiseteksti ja päiseriba
studio-pair-focus-on-page = fookusraami ja lehe tausta
studio-column-version = Versioon
studio-column-when = Avaldatud
studio-column-who = Avaldaja
studio-column-note = Märkus
studio-column-action = Toiming
studio-publication-live = Praegu kasutusel
studio-publication-restored = Taastab versiooni { $version }
studio-roll-back = Avalda versioon { $version } uuesti
studio-done-saved = Mustand on salvestatud. Vaadake selle eelvaadet ja avaldage see, kui see on valmis.
studio-done-uploaded = Pilt on nüüd mustandis.
studio-done-removed = Pilt on mustandist eemaldatud.
studio-done-published = Avaldatud. Kõik lehed kuvavad uut brändingut mõne sekundi jooksul.
studio-done-rolled-back = Varasem versioon on taas kasutusel ja on nüüd ka mustand.
studio-done-preview-stopped = Eelvaade on lõppenud.
studio-refused-publish = Midagi ei avaldatud: parandage esmalt allpool loetletud probleemid.
studio-refused-no-such-version = Seda versiooni pole olemas. Midagi ei muudetud.
studio-refused-unavailable = Muudatust ei saanud salvestada. Midagi ei muudetud; proovige uuesti.
studio-refused-empty = Pilti „{ $slot }“ ei laaditud üles: faili ei valitud või see oli tühi. Midagi ei muudetud.
studio-refused-too-many-bytes = Pilti „{ $slot }“ ei laaditud üles: fail on suurem kui { $kilobytes } KB. Midagi ei muudetud.
studio-refused-unknown-type = Pilti „{ $slot }“ ei laaditud üles: fail ei ole PNG-, JPEG- ega WebP-pilt (ega logode puhul SVG-joonis), ükskõik mida selle nimi ütleb. Midagi ei muudetud.
studio-refused-svg-not-allowed = Pilti „{ $slot }“ ei laaditud üles: SVG-joonised on lubatud ainult logode jaoks. Kasutage PNG-, JPEG- või WebP-vormingut. Midagi ei muudetud.
studio-refused-too-many-pixels = Pilti „{ $slot }“ ei laaditud üles: pilt on suurem kui { $width } × { $height } pikslit. Midagi ei muudetud.
studio-refused-undecodable = Pilti „{ $slot }“ ei laaditud üles: pilt on kahjustatud ja seda ei saanud lugeda. Midagi ei muudetud.
studio-refused-svg-unparsable = Pilti „{ $slot }“ ei laaditud üles: SVG-joonist ei saanud lugeda. Midagi ei muudetud.
studio-refused-svg-doctype = Pilti „{ $slot }“ ei laaditud üles: DOCTYPE'i või olemitega SVG-joonised lükatakse tagasi. Midagi ei muudetud.
studio-refused-svg-script = Pilti „{ $slot }“ ei laaditud üles: SVG-joonis sisaldab skripti. Midagi ei muudetud.
studio-refused-svg-foreign-object = Pilti „{ $slot }“ ei laaditud üles: SVG-joonisesse on põimitud muud sisu (foreignObject). Midagi ei muudetud.
studio-refused-svg-event-handler = Pilti „{ $slot }“ ei laaditud üles: SVG-joonis sisaldab sündmusekäsitlejaid (on…-atribuute). Midagi ei muudetud.
studio-refused-svg-external-reference = Pilti „{ $slot }“ ei laaditud üles: SVG-joonis viitab failidele või aadressidele väljaspool iseennast. Midagi ei muudetud.
studio-refused-svg-too-complex = Pilti „{ $slot }“ ei laaditud üles: SVG-joonis on liiga keerukas. Lihtsustage seda ja proovige uuesti. Midagi ei muudetud.
studio-refused-svg-marker = Pilti „{ $slot }“ ei laaditud üles: SVG-markereid ei toetata. Midagi ei muudetud.

## Not found

not-found-title = Lehte ei leitud
not-found-heading = Me ei leidnud seda lehte.

## Demo outbox (demonstration mode only)

outbox-title = Demo väljundkaust
outbox-heading = Demo väljundkaust
outbox-banner-heading = Demorežiim
outbox-banner-text = See leht on olemas ainult demorežiimis. Sõnumeid tegelikult ei saadeta: meilid, tekstsõnumid ja häälkõned, sealhulgas ühekordsed koodid, jäetakse hoopis siia, et saaksite portaali proovida. Ärge kunagi käitage päris portaali demorežiimis.
outbox-caption = Viimased sõnumid (kuni { $limit }), uusimad eespool
outbox-empty = Sõnumeid veel pole. Portaali saadetud koodid ja teavitused kuvatakse siin.
outbox-time = Aeg
outbox-channel = Kanal
outbox-recipient = Adressaat
outbox-subject = Teema
outbox-body = Sõnum
outbox-channel-email = Meil
outbox-channel-sms = Tekstsõnum
outbox-channel-voice = Häälkõne

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Millises linnas kohtusite oma esimese abikaasa või elukaaslasega?
question-city-parents-met = Millises linnas teie vanemad kohtusid?
question-city-nearest-sibling = Millises linnas elab see teie õde või vend, kes elab teile kõige lähemal?
question-city-father-born = Millises linnas sündis teie isa?
question-city-first-job = Millises linnas oli teie esimene töökoht?
question-city-mother-born = Millises linnas sündis teie ema?
question-city-new-year-2000 = Millises linnas tähistasite 2000. aasta saabumist?
question-high-school-teacher-last-name = Mis on teie keskkooliaegse lemmikõpetaja perekonnanimi?
question-college-applied-not-attended = Mis on selle kõrgkooli nimi, kuhu kandideerisite, kuid õppima ei läinud?
question-first-wedding-reception-place = Mis on selle koha nimi, kus toimus teie esimene pulmapidu?
question-father-middle-name = Mis on teie isa teine eesnimi?
question-favorite-food = Mis on teie lemmiktoit?
question-maternal-grandmother-name = Mis on teie emapoolse vanaema ees- ja perekonnanimi?
question-mother-middle-name = Mis on teie ema teine eesnimi?
question-oldest-sibling-birthday = Mis kuul ja aastal sündis teie vanim õde või vend? (nt november 1985)
question-oldest-sibling-middle-name = Mis on teie vanima õe või venna teine eesnimi?
question-paternal-grandfather-name = Mis on teie isapoolse vanaisa ees- ja perekonnanimi?
question-youngest-sibling-middle-name = Mis on teie noorima õe või venna teine eesnimi?
question-sixth-grade-school = Millises koolis käisite kuuendas klassis?
question-childhood-best-friend-name = Mis oli teie lapsepõlve parima sõbra ees- ja perekonnanimi?
question-first-significant-other-name = Mis oli teie esimese kallima ees- ja perekonnanimi?
question-grade-school-teacher-last-name = Mis oli teie algklasside lemmikõpetaja perekonnanimi?
question-first-car-make-model = Mis oli teie esimese auto või mootorratta mark ja mudel?
question-first-school = Mis oli selle esimese kooli nimi, kus käisite?
question-birth-hospital = Mis on selle haigla nimi, kus te sündisite?
question-childhood-street = Mis oli selle tänava nimi, kus asus teie esimene lapsepõlvekodu?
question-childhood-hero = Kes oli teie lapsepõlve kangelane?
question-favorite-stuffed-animal = Mis oli teie lemmikkaisulooma nimi?
question-first-pet = Mis oli teie esimese lemmiklooma nimi?
question-childhood-nickname = Mis oli teie hüüdnimi lapsepõlves?
question-high-school-sport = Mis oli teie lemmikspordiala keskkoolis?
question-first-job = Mis oli teie esimene töö?
question-childhood-phone-last-digits = Millised olid teie lapsepõlvekodu telefoninumbri neli viimast numbrit?
question-childhood-ambition = Kelleks tahtsite lapsena suureks kasvades saada?
question-most-famous-person-met = Kes on kõige kuulsam inimene, keda olete kohanud?

## Security-info registration

method-email = Meil
method-mobile-phone = Mobiiltelefon
method-office-phone = Töötelefon
method-security-questions = Turbeküsimused
method-questions-count = { $count ->
    [one] Vastatud { $count } küsimusele
   *[other] Vastatud { $count } küsimusele
}
source-authentication = teie registreeritud kinnitamiseks, kataloogis ei kuvata
source-directory = teie kataloogiprofiilist
source-administrator = määranud teie administraator

prompt-title = Vaja on rohkem teavet
prompt-register-heading = Vaja on rohkem teavet
prompt-register-why = Teie organisatsioon vajab võimalust kinnitada, et see olete teie, kui unustate parooli või teie konto on lukus. Registreerige oma turbeteave kohe, et saaksite ise kontole tagasi pääseda, ilma kasutajatoele helistamata.
prompt-register-needed = { $count ->
    [one] Teil on vaja vähemalt ühte kinnitusmeetodit.
   *[other] Teil on vaja vähemalt { $count } erinevat kinnitusmeetodit.
}
prompt-next = Järgmine
prompt-skip = Jäta praegu vahele
prompt-reconfirm-heading = Kas need andmed on endiselt õiged?
prompt-reconfirm-why = Kontrollige registreeritud turbeteavet. Kui midagi on muutunud, värskendage seda, et saaksite ka edaspidi oma parooli lähtestada.
prompt-looks-good = Kõik on õige
prompt-change = Muuda
prompt-nothing = Rohkem pole midagi vaja
prompt-go-account = Mine oma kontole

wizard-title = Turbeteabe registreerimine
wizard-start = Alusta uuesti
wizard-step-of = Samm { $number } / { $total }
wizard-code-label = Kinnituskood
wizard-verify = Kinnita
wizard-send-code = Saada kood
wizard-skip-step = Jäta see meetod vahele
wizard-phone-country = Riik või regioon
wizard-phone-number = Telefoninumber
wizard-phone-hint = Ilma riigikoodita või riigikoodiga, mis algab märgiga +.
wizard-phone-channel = Kuidas peaksime koodi saatma?
wizard-phone-sms = Tekstsõnum (SMS)
wizard-phone-voice = Häälkõne
wizard-phone-texted = Saatsime koodiga tekstsõnumi numbrile { $number }.
wizard-phone-called = Helistame numbrile { $number }, et teile kood ette lugeda.
wizard-phone-resend-heading = Koodi ei tulnud? Saatke see uuesti või kasutage muud numbrit
wizard-phone-reset-uses = Praegu kasutataks parooli lähtestamisel numbrit { $number }, { $source }.
wizard-phone-reset-none = Teil pole veel telefoni, mida saaks parooli lähtestamisel kasutada.
wizard-phone-precedence = Siin kinnitatud numbrist saab teie autentimistelefon ja lähtestamisel kasutatakse seda kataloogis oleva mobiiltelefoni asemel.
wizard-office-phone = Töötelefon: { $number }, määranud teie administraator. Siin ei saa te seda muuta.
wizard-email-address = Meiliaadress
wizard-email-sent = Saatsime koodiga meili aadressile { $address }.
wizard-email-resend-heading = Meili ei tulnud? Saatke see uuesti või kasutage muud aadressi
wizard-email-reset-uses = Praegu kasutataks parooli lähtestamisel aadressi { $address }, { $source }.
wizard-email-reset-none = Teil pole veel meiliaadressi, mida saaks parooli lähtestamisel kasutada.
wizard-email-precedence = Siin kinnitatud aadressist saab teie autentimismeil ja lähtestamisel kasutatakse seda kataloogis oleva alternatiivse meiliaadressi asemel. Kasutage muud aadressi kui oma töö meiliaadress.
wizard-questions-intro = { $count ->
    [one] Valige üks küsimus ja vastake sellele.
   *[other] Valige { $count } erinevat küsimust ja vastake neist igaühele.
} Vastused on 3–40 märgi pikkused; suurtähed ja liigsed tühikud ei loe. Keegi, ka administraatorid, ei saa neid lugeda.
wizard-question-label = Küsimus { $number }
wizard-answer-label = Vastus küsimusele { $number }
wizard-question-choose = Valige küsimus
wizard-answers-show = Kuva vastused
wizard-answers-hide = Peida vastused
wizard-questions-save = Jätka
wizard-questions-retype = Teie turvalisuse huvides ei saadeta vastuseid kunagi lehele tagasi: tippige need uuesti.
wizard-summary-heading = Kontrollige ja salvestage
wizard-summary-skipped = Vahele jäetud
wizard-save = Salvesta
wizard-cancel = Loobu

registration-error-not-signed-in = Teie seanss on lõppenud. Logige uuesti sisse.
registration-error-flow-missing = See registreerimine on aegunud või juba lõpetatud. Jätkamiseks alustage uuesti.
registration-error-step-out-of-order = See samm pole praegu saadaval. Jätkake kuvatud sammust.
registration-error-phone-missing = Sisestage oma telefoninumber.
registration-error-country-needed = Valige riik või kirjutage number koos rahvusvahelise suunakoodiga, mis algab märgiga +.
registration-error-phone-invalid = See pole valitud riigi jaoks sobiv telefoninumber.
registration-error-email-missing = Sisestage oma meiliaadress.
registration-error-email-invalid = Sisestage meiliaadress kujul nimi@example.com.
code-error-missing = Sisestage kood, mille teile saatsime.
code-error-malformed = Kood koosneb 6–8 numbrist.
code-error-wrong = { $tries ->
    [one] See kood pole õige. Teil on jäänud veel üks katse.
   *[other] See kood pole õige. Teil on jäänud veel { $tries } katset.
}
code-error-dead = Liiga palju valesid koode. Saatke uus kood.
code-error-expired = See kood on aegunud. Saatke uus kood.
code-error-used = Seda koodi on juba kasutatud. Saatke uus kood.
code-error-none-sent = Ükski kood pole ootel. Saatke uus kood.
code-error-too-many = Saadeti liiga palju koode. Oodake tund aega või valige muu meetod.
code-error-delivery-failed = Me ei saanud koodi saata. Proovige uuesti või valige muu meetod.
registration-error-question-missing = Valige siin küsimus.
registration-error-question-not-offered = Valige küsimus loendist.
registration-error-question-twice = Olete selle küsimuse juba valinud. Valige mõni muu.
error-answer-missing = Sisestage vastus.
registration-error-answer-too-short = Vastused on vähemalt 3 märgi pikkused.
registration-error-answer-too-long = Vastused on kuni 40 märgi pikkused.
registration-error-answer-twice = Olete selle vastuse juba andnud mõnele teisele küsimusele. Andke erinev vastus.
registration-error-steps-pending = Enne salvestamist lõpetage iga samm või jätke see vahele.
registration-error-nothing-to-save = Midagi ei lisatud. Registreerige vähemalt üks meetod või loobuge.
registration-error-not-enough-methods = { $needed ->
    [one] Registreerige vähemalt üks meetod, et saaksite oma parooli lähtestada.
   *[other] Registreerige vähemalt { $needed } erinevat meetodit, et saaksite oma parooli lähtestada.
}

account-security-info = Turbeteave: registreerimine, muutmine või kustutamine
account-security-info-saved = Teie turbeteave salvestati.

message-code-email-subject = Teie kinnituskood
message-code-email-body = Teie kinnituskood on { $code }.

    See kehtib { $minutes ->
        [one] ühe minuti
       *[other] { $minutes } minutit
    }. Kui te koodi ei taotlenud, võite selle meili tähelepanuta jätta: ilma koodita ei muutu midagi.
message-code-sms = Teie kinnituskood on { $code }. Kehtib { $minutes } min.
message-code-voice = Teie kinnituskood on: { $code }. Kordan: { $code }.
message-changed-subject = Teie turbeteavet muudeti
message-changed-body = Teie konto turbeteavet muudeti just praegu:
    { $changes }

    Kui tegite muudatuse ise, pole vaja midagi teha. Kui mitte, võtke kohe ühendust kasutajatoega.
message-changed-phone = autentimistelefon
message-changed-email = autentimismeil
message-changed-questions = turbeküsimused

country-AR = Argentina
country-AT = Austria
country-AU = Austraalia
country-BE = Belgia
country-BR = Brasiilia
country-CA = Kanada
country-CH = Šveits
country-CN = Hiina
country-CZ = Tšehhi
country-DE = Saksamaa
country-DK = Taani
country-ES = Hispaania
country-FI = Soome
country-FR = Prantsusmaa
country-GB = Ühendkuningriik
country-GR = Kreeka
country-HR = Horvaatia
country-HU = Ungari
country-IE = Iirimaa
country-IN = India
country-IT = Itaalia
country-JP = Jaapan
country-LU = Luksemburg
country-MT = Malta
country-MX = Mehhiko
country-NL = Madalmaad
country-NO = Norra
country-NZ = Uus-Meremaa
country-PL = Poola
country-PT = Portugal
country-RO = Rumeenia
country-SE = Rootsi
country-SI = Sloveenia
country-SK = Slovakkia
country-SM = San Marino
country-TR = Türgi
country-UA = Ukraina
country-US = Ameerika Ühendriigid
country-VA = Vatikan
country-ZA = Lõuna-Aafrika Vabariik
registration-error-reauth-required = Teie turvalisuse huvides sisestage enne turbeteabe muutmist uuesti oma parool.
registration-error-method-not-changeable = Seda meetodit ei saa siin muuta.
registration-error-wrong-password = See parool pole õige.
registration-error-too-many-password-tries = Valesid paroole on sisestatud liiga palju. Oodake mõni minut ja proovige uuesti.

security-info-title = Turbeteave
security-info-back = Tagasi oma kontole
security-info-usable = { $usable ->
    [one] Parooli lähtestamisel saab kasutada ühte teie meetoditest
   *[other] Parooli lähtestamisel saab kasutada { $usable } teie meetoditest
}; vaja on { $required ->
    [one] ühte.
   *[other] { $required } erinevat.
}
security-info-not-set = Määramata
security-info-add = Lisa
security-info-change = Muuda
security-info-delete = Kustuta
security-info-deleted = Meetod kustutati.
security-info-delete-title = Meetodi kustutamine
security-info-delete-confirm = Kas kustutada „{ $method }“ teie turbeteabest?
security-info-delete-warning = { $required ->
    [one] Pärast seda ei jääks teile ühtegi meetodit ja te ei saaks enam oma parooli ise lähtestada.
   *[other] Pärast seda oleks teil vähem kui { $required } meetodit ja te ei saaks enam oma parooli ise lähtestada.
}
reauth-title = Kinnitage, et see olete teie
reauth-submit = Jätka

## Password reset messages

message-reset-subject = Teie parool lähtestati
message-reset-body = Tere!

    Teie konto parool lähtestati just parooli iseteenindusportaalis ja kõik seansid logiti välja.

    Kui tegite seda ise, pole rohkem vaja midagi teha. Kui mitte, võtke kohe ühendust oma administraatoriga.

    Logi sisse: { $url }
message-unlocked-subject = Teie konto avati lukust
message-unlocked-body = Tere!

    Teie konto avati just parooli iseteenindusportaalis lukust. Teie parool ei muutunud.

    Kui te seda ise ei teinud, võtke kohe ühendust oma administraatoriga.

    Logi sisse: { $url }
message-admin-reset-subject = Administraator { $admin } lähtestas oma parooli
message-admin-reset-body = Tere!

    Administraator { $admin } lähtestas just parooli iseteenindusportaalis oma parooli.

    Kui te seda ei oodanud, pidage temaga nõu ja vaadake auditilogi üle.

    Portaal: { $url }

## Email footer and text-message sender

email-footer-sent-by = See on automaatne teade. Saatja: { $organisation }.
email-footer-privacy = Privaatsus
email-footer-terms = Kasutustingimused
email-footer-helpdesk = Kasutajatugi
message-from-organisation = { $organisation }: { $text }
