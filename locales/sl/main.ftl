### Slovenščina (sl). Register: formal "vi" (vikanje: "Vnesite", "Izberite"; "vpisani ste"), as in Microsoft's Slovenian product UI.
### Plural selectors use [1] for the exact value one and the CLDR categories one/two/few/other for all other numbers.
### Glossary:
###   password = geslo
###   security info = varnostni podatki
###   verification code = koda za preverjanje
###   security question = varnostno vprašanje
###   helpdesk = služba za pomoč uporabnikom
###   administrator = skrbnik
###   sign in / sign out = vpis, vpišite se / izpis
###   reset (password) = ponastaviti geslo, ponastavitev gesla
###   unlock = odkleniti
###   account = račun
###   user name = uporabniško ime
###   method = način
###   text message = SMS-sporočilo
###   directory = imenik
###   authentication phone / email = telefon / e-poštni naslov za preverjanje pristnosti

## Shared by every page

product-name = Samopostrežno upravljanje računa
skip-to-content = Preskoči na glavno vsebino
loading = Nalaganje …
language-label = Jezik
# Prikazano v izbirniku jezika: ime tega jezika v tem jeziku.
language-name = Slovenščina
language-apply = Zamenjaj jezik
password-show = Pokaži geslo
password-hide = Skrij geslo

## Errors

error-user-name-missing = Vnesite uporabniško ime.
error-user-name-invalid = To ni videti kot uporabniško ime. Preverite, kaj ste vnesli, in poskusite znova.
error-password-missing = Vnesite geslo.
error-invalid-credentials = Uporabniško ime ali geslo ni pravilno. Preverite oboje in poskusite znova.
error-account-locked = Vaš račun je zaklenjen. Če ga želite odkleniti, spodaj izberite »Ne morete dostopati do računa?« ali se obrnite na službo za pomoč uporabnikom.
error-sign-in-paused = Za to uporabniško ime je bilo preveč neuspešnih vpisov. Zaradi zaščite računa je vpis začasno onemogočen do { $until }. Če ste pozabili geslo, ga lahko ponastavite zdaj.
error-sign-in-busy-address = Iz vašega omrežja je bilo preveč neuspešnih vpisov. Počakajte eno uro in poskusite znova.
error-unavailable = Na naši strani je prišlo do napake. Poskusite znova čez nekaj minut.
error-transport = Povezave s strežnikom ni bilo mogoče vzpostaviti. Preverite povezavo in poskusite znova.

## Sign-in page

sign-in-title = Vpis
sign-in-heading = Vpišite se v svoj račun
sign-in-user-name = Uporabniško ime
sign-in-password = Geslo
sign-in-submit = Vpis
sign-in-cant-access = Ne morete dostopati do računa?

## Account page

account-title = Vaš račun
account-heading = Vaš račun
account-signed-in-as = Vpisani ste kot
account-sign-out = Izpis
account-signed-out = Niste vpisani.
account-go-sign-in = Pojdi na vpis

## Password reset

reset-title = Ponastavitev gesla
reset-heading = Znova pridobite dostop do računa
reset-back-to-sign-in = Nazaj na vpis
reset-intro = Vnesite uporabniško ime in pomagali vam bomo dokazati, da ste to vi. Nato izberite novo geslo.
reset-user-id = Uporabniško ime
reset-user-id-hint = Običajno vaš službeni e-poštni naslov, na primer name@contoso.example.
reset-next = Naprej
captcha-question = Dokažite, da ste človek: koliko je { $a } plus { $b }?
captcha-hint = Odgovor vnesite s števkami.
captcha-checking = Preverjamo, ali ste človek …
captcha-done = Končano: vaš brskalnik je dokazal, da ste človek. Nadaljujte z gumbom »Naprej«.
reset-start-again = Začni znova
reset-verify-heading = Dokažite, da ste to vi
reset-gate-of = Preverjanje { $number } od { $total }
reset-gate-legend = Kako želite prejeti kodo za preverjanje?
reset-gate-email = Pošlji kodo po e-pošti na { $destination }
reset-gate-mobile-sms = Pošlji kodo v SMS-sporočilu na moj mobilni telefon { $destination }
reset-gate-mobile-voice = Pokliči moj mobilni telefon { $destination }
reset-gate-office-voice = Pokliči moj službeni telefon { $destination }
reset-gate-questions = Odgovori na moja varnostna vprašanja
reset-code-sent-email = Na { $destination } smo poslali e-poštno sporočilo s kodo za preverjanje.
reset-code-sent-sms = Na { $destination } smo poslali SMS-sporočilo s kodo za preverjanje.
reset-code-sent-voice = Kličemo { $destination }, da vam preberemo kodo za preverjanje.
reset-code-resend = Pošlji novo kodo
reset-other-method = Uporabi drug način
reset-questions-heading = Odgovorite na varnostna vprašanja
reset-password-heading = Izberite novo geslo
reset-password-hint = { $min ->
    [1] Uporabite vsaj en znak.
    [one] Uporabite vsaj { $min } znak. Najboljša je dolga fraza, ki si jo lahko zapomnite; izogibajte se svojemu imenu in pogostim geslom.
    [two] Uporabite vsaj { $min } znaka. Najboljša je dolga fraza, ki si jo lahko zapomnite; izogibajte se svojemu imenu in pogostim geslom.
    [few] Uporabite vsaj { $min } znake. Najboljša je dolga fraza, ki si jo lahko zapomnite; izogibajte se svojemu imenu in pogostim geslom.
   *[other] Uporabite vsaj { $min } znakov. Najboljša je dolga fraza, ki si jo lahko zapomnite; izogibajte se svojemu imenu in pogostim geslom.
}
reset-password-new = Novo geslo
reset-password-confirm = Potrdite novo geslo
reset-password-strength-0 = Ocena moči gesla: zelo šibko
reset-password-strength-1 = Ocena moči gesla: šibko
reset-password-strength-2 = Ocena moči gesla: srednje
reset-password-strength-3 = Ocena moči gesla: močno
reset-password-strength-4 = Ocena moči gesla: zelo močno
reset-password-strength-note = To je ocena, narejena v vašem brskalniku, ki vam pomaga pri izbiri. O tem, ali bo geslo sprejeto, odločajo zgornja pravila.
reset-password-submit = Ponastavi geslo
reset-unlock-only-text = Vaš račun je zaklenjen. Če še veste svoje geslo, lahko račun odklenete in geslo obdržite.
reset-unlock-only = Samo odkleni
reset-contact-heading = Obrnite se na skrbnika
reset-contact-text = Tukaj ne morete ponastaviti gesla. Skrbnik vam lahko pomaga znova pridobiti dostop do računa.
reset-contact-helpdesk = Obrnite se na službo za pomoč uporabnikom
reset-done-heading = Geslo je bilo ponastavljeno
reset-done-text = Izpisani ste bili povsod. Vpišite se z novim geslom.
reset-unlocked-heading = Vaš račun je odklenjen
reset-unlocked-text = Vpišite se s trenutnim geslom.
reset-go-sign-in = Pojdi na vpis
reset-error-flow-missing = Ponastavitev je potekla ali se sploh ni začela. Začnite znova.
reset-error-step-out-of-order = Ta korak trenutno ni na voljo. Nadaljujte s te strani.
reset-error-user-id-missing = Vnesite uporabniško ime.
reset-error-user-id-invalid = Uporabniško ime vnesite v obliki e-poštnega naslova, na primer name@contoso.example.
reset-error-captcha-failed = Nismo mogli preveriti, ali ste človek. Poskusite znova.
reset-error-gate-missing = Izberite, kako želite prejeti kodo.
reset-error-code-dead = Preveč napačnih kod. Pošljite novo kodo ali uporabite drug način.
reset-error-answers-wrong = Vsaj en odgovor ni pravilen. Preverite odgovore in poskusite znova.
reset-error-blocked = Poskusili ste prevečkrat. Zaradi vaše varnosti je samopostrežna ponastavitev za ta račun začasno onemogočena do { $until }.
reset-error-busy-address = Iz vašega omrežja je bilo preveč poskusov. Počakajte eno uro in poskusite znova.
reset-error-passwords-differ = Gesli se ne ujemata.
reset-error-password-too-short = { $min ->
    [1] Uporabite vsaj en znak.
    [one] Uporabite vsaj { $min } znak.
    [two] Uporabite vsaj { $min } znaka.
    [few] Uporabite vsaj { $min } znake.
   *[other] Uporabite vsaj { $min } znakov.
}
reset-error-password-missing = Vnesite novo geslo.
reset-error-password-common = To geslo je na seznamu gesel, ki jih napadalci preskusijo najprej. Izberite drugo, na primer frazo iz nekaj nepovezanih besed.
reset-error-password-control = Gesla ne smejo vsebovati prelomov vrstic, tabulatorjev ali drugih kontrolnih znakov. Geslo vnesite znova brez njih.
reset-error-write-unconfirmed = Nismo mogli potrditi, da je bilo novo geslo shranjeno. Izberite ga znova; nova izbira nadomesti vse, kar je bilo shranjeno.
reset-writing = Vaša sprememba se shranjuje. Čez trenutek znova naložite to stran.
reset-error-password-too-long = Uporabite največ 256 znakov.
reset-error-password-contains-name = V geslu ne uporabite svojega uporabniškega imena.
reset-error-write-failed = Spremembe nismo mogli shraniti v imenik, zato se ni nič spremenilo. Čez trenutek poskusite znova.

## Organisation branding on every page

footer-label = Povezave organizacije
footer-privacy = Zasebnost
footer-terms = Pogoji uporabe
footer-helpdesk = Služba za pomoč uporabnikom

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio celostne podobe
studio-heading-layer = Nastavitve: { $layer }
studio-back = Nazaj v studio celostne podobe
studio-preview-banner = Ogledujete si predogled neobjavljene celostne podobe. Nihče drug je ne vidi, dokler ni objavljena.
studio-preview-stop = Ustavi predogled
studio-layer-label = Nastavitve za
studio-layer-open = Odpri
studio-layer-default = Privzeto (vsi jeziki)
studio-layer-overridden = { $language } (ima lastne nastavitve)
studio-inherited = Če je prazno: { $value }
studio-as-default = Kot v privzetih nastavitvah
studio-as-product = Kot je videti portal brez celostne podobe
studio-show = Pokaži
studio-hide = Skrij
studio-save = Shrani osnutek
studio-section-identity = Organizacija
studio-section-colours = Barve
studio-colours-hint = Barve zapišite v obliki #rrggbb, na primer #0b5cad. Besedilo in gumbi se morajo dovolj razlikovati od ozadja, da jih lahko prebere vsakdo, zato studio pred objavo preveri kontrast.
studio-section-layout = Postavitev
studio-section-sign-in = Stran za vpis
studio-section-links = Povezave v nogi
studio-section-css = CSS po meri
studio-css-hint = Pravila za imena razredov, navedena v referenčnem priročniku CSS portala. Slike so lahko samo iz slik, naloženih tukaj. Največ 25 KB.
studio-section-images = Slike
studio-section-publish = Objava
studio-section-publications = Objave
studio-field-organisation-name = Ime organizacije
studio-field-colour-primary = Gumbi in povezave
studio-field-colour-primary-text = Besedilo na gumbih
studio-field-colour-header = Pas glave
studio-field-colour-header-text = Besedilo v pasu glave
studio-field-colour-text = Besedilo
studio-field-colour-page = Ozadje strani
studio-field-colour-card = Ozadje kartice
studio-field-colour-focus = Okvir fokusa tipkovnice
studio-field-layout = Postavitev strani
studio-layout-full-bleed = Slika ozadja čez celo stran
studio-layout-plain = Enobarvno ozadje strani
studio-field-show-header = Pokaži pas glave
studio-field-show-footer = Pokaži nogo
studio-field-sign-in-text = Besedilo strani za vpis
studio-field-user-name-hint = Namig za uporabniško ime
studio-field-cant-access-label = Besedilo povezave za uporabnike, ki se ne morejo vpisati
studio-field-show-reset-link = Povezava za uporabnike, ki se ne morejo vpisati
studio-field-privacy-url = Naslov izjave o zasebnosti
studio-field-terms-url = Naslov pogojev uporabe
studio-field-helpdesk-url = Naslov službe za pomoč uporabnikom (splet ali e-pošta)
studio-field-custom-css = CSS po meri
studio-field-image-banner-logo = Logotip pasice
studio-field-image-square-logo = Kvadratni logotip
studio-field-image-square-logo-dark = Kvadratni logotip za temna ozadja
studio-field-image-favicon = Ikona spletnega mesta (favicon)
studio-field-image-background = Slika ozadja
studio-image-limits = { $kinds }; največ { $kilobytes } KB; mere v slikovnih pikah največ { $width } × { $height }.
studio-image-upload = Naloži: { $slot }
studio-image-remove = Odstrani: { $slot }
studio-image-current = Trenutna slika: { $slot }
studio-live-heading = Sprotni predogled
studio-live-caption = Med tipkanjem sledi zgornjim barvam in besedilom, še preden shranite.
studio-preview = Predogled osnutka na pravih straneh
studio-email-preview = Predogled e-poštnega sporočila z osnutkom
studio-publish = Objavi
studio-state-never-published = Objavljeno ni še nič: vsi vidijo portal brez celostne podobe.
studio-state-published = V uporabi je različica { $version }.
studio-state-unpublished-changes = Osnutek vsebuje neobjavljene spremembe.
studio-problems-heading = Pred objavo odpravite te težave
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: kontrast para »{ $pair }« je { $ratio }; potreben je vsaj { $minimum }.
studio-problem-too-long = { $max ->
    [one] uporabite največ { $max } znak.
    [two] uporabite največ { $max } znaka.
    [few] uporabite največ { $max } znake.
   *[other] uporabite največ { $max } znakov.
}
studio-problem-control-character = odstranite kontrolne znake (na primer tabulatorje).
studio-problem-not-a-colour = barvo zapišite kot #, ki mu sledi šest šestnajstiških števk, na primer #0b5cad.
studio-problem-link-not-https = spletni naslovi se morajo začeti s https://.
studio-problem-link-invalid = vnesite spletni naslov, ki se začne s https://, ali e-poštni naslov.
studio-problem-css = vrstica { $line }: { $reason }
studio-css-too-long = slogovna predloga je večja od 25 KB.
studio-css-import = @import ni dovoljen; pravila vnesite kar sem.
studio-css-external-url = url() lahko kaže samo na sliko, naloženo v studiu.
studio-css-expression = expression(), behavior in -moz-binding niso dovoljeni.
studio-css-at-rule = dovoljeni so samo @media, @supports, @layer, @container, @font-face in @keyframes.
studio-css-markup = zaporedje </ ni dovoljeno.
studio-css-unparsable = to ni veljaven CSS (preverite, ali manjka zavit oklepaj, dvopičje ali narekovaj).
studio-pair-text-on-page = besedilo in ozadje strani
studio-pair-text-on-card = besedilo in ozadje kartice
studio-pair-button-text-on-primary = besedilo gumbov in gumbi
studio-pair-header-text-on-header = besedilo glave in pas glave
studio-pair-focus-on-page = okvir fokusa in ozadje strani
studio-column-version = Različica
studio-column-when = Objavljeno
studio-column-who = Uporabnik
studio-column-note = Opomba
studio-column-action = Dejanje
studio-publication-live = Trenutno v uporabi
studio-publication-restored = Obnovi različico { $version }
studio-roll-back = Znova objavi različico { $version }
studio-done-saved = Osnutek je shranjen. Oglejte si predogled, nato pa ga objavite, ko bo pripravljen.
studio-done-uploaded = Slika je v osnutku.
studio-done-removed = Slika je odstranjena iz osnutka.
studio-done-published = Objavljeno. Vse strani v nekaj sekundah prikažejo novo celostno podobo.
studio-done-rolled-back = Prejšnja različica je znova v uporabi in je zdaj tudi osnutek.
studio-done-preview-stopped = Predogled je končan.
studio-refused-publish = Nič ni bilo objavljeno: najprej odpravite spodaj navedene težave.
studio-refused-no-such-version = Ta različica ne obstaja. Nič ni bilo spremenjeno.
studio-refused-unavailable = Spremembe ni bilo mogoče shraniti. Nič ni bilo spremenjeno; poskusite znova.
studio-refused-empty = Slika »{ $slot }« ni bila naložena: izbrana ni bila nobena datoteka ali pa je bila datoteka prazna. Nič ni bilo spremenjeno.
studio-refused-too-many-bytes = Slika »{ $slot }« ni bila naložena: datoteka je večja od { $kilobytes } KB. Nič ni bilo spremenjeno.
studio-refused-unknown-type = Slika »{ $slot }« ni bila naložena: datoteka ni slika PNG, JPEG ali WebP (niti risba SVG, pri logotipih), ne glede na njeno ime. Nič ni bilo spremenjeno.
studio-refused-svg-not-allowed = Slika »{ $slot }« ni bila naložena: risbe SVG so sprejete samo za logotipe. Uporabite PNG, JPEG ali WebP. Nič ni bilo spremenjeno.
studio-refused-too-many-pixels = Slika »{ $slot }« ni bila naložena: njene mere v slikovnih pikah presegajo { $width } × { $height }. Nič ni bilo spremenjeno.
studio-refused-undecodable = Slika »{ $slot }« ni bila naložena: slika je poškodovana in je ni bilo mogoče prebrati. Nič ni bilo spremenjeno.
studio-refused-svg-unparsable = Slika »{ $slot }« ni bila naložena: risbe SVG ni bilo mogoče prebrati. Nič ni bilo spremenjeno.
studio-refused-svg-doctype = Slika »{ $slot }« ni bila naložena: risbe SVG z DOCTYPE ali entitetami so zavrnjene. Nič ni bilo spremenjeno.
studio-refused-svg-script = Slika »{ $slot }« ni bila naložena: risba SVG vsebuje skript. Nič ni bilo spremenjeno.
studio-refused-svg-foreign-object = Slika »{ $slot }« ni bila naložena: risba SVG vdela drugo vsebino (foreignObject). Nič ni bilo spremenjeno.
studio-refused-svg-event-handler = Slika »{ $slot }« ni bila naložena: risba SVG vsebuje rutine za obravnavo dogodkov (atributi on…). Nič ni bilo spremenjeno.
studio-refused-svg-external-reference = Slika »{ $slot }« ni bila naložena: risba SVG se sklicuje na datoteke ali naslove zunaj sebe. Nič ni bilo spremenjeno.
studio-refused-svg-too-complex = Slika »{ $slot }« ni bila naložena: risba SVG je preveč zapletena. Poenostavite jo in poskusite znova. Nič ni bilo spremenjeno.
studio-refused-svg-marker = Slika »{ $slot }« ni bila naložena: oznake SVG (marker) niso podprte. Nič ni bilo spremenjeno.

## Not found

not-found-title = Strani ni mogoče najti
not-found-heading = Te strani nismo našli.

## Demo outbox (demonstration mode only)

outbox-title = Predstavitveni izhodni predal
outbox-heading = Predstavitveni izhodni predal
outbox-banner-heading = Predstavitveni način
outbox-banner-text = Ta stran obstaja samo v predstavitvenem načinu. Sporočila se v resnici ne pošiljajo: e-poštna sporočila, SMS-sporočila in glasovni klici se namesto tega hranijo tukaj, skupaj z enkratnimi kodami, da lahko portal preizkusite. Pravega portala nikoli ne poganjajte v predstavitvenem načinu.
outbox-caption = Najnovejša sporočila (največ { $limit }), najprej najnovejša
outbox-empty = Ni še sporočil. Tukaj bodo prikazane kode in obvestila, ki jih pošlje portal.
outbox-time = Čas
outbox-channel = Kanal
outbox-recipient = Prejemnik
outbox-subject = Zadeva
outbox-body = Sporočilo
outbox-channel-email = E-pošta
outbox-channel-sms = SMS-sporočilo
outbox-channel-voice = Glasovni klic

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = V katerem mestu ste spoznali svojega prvega zakonca ali partnerja?
question-city-parents-met = V katerem mestu sta se spoznala vaša starša?
question-city-nearest-sibling = V katerem mestu živi vam najbližji sorojenec?
question-city-father-born = V katerem mestu se je rodil vaš oče?
question-city-first-job = V katerem mestu ste imeli prvo službo?
question-city-mother-born = V katerem mestu se je rodila vaša mati?
question-city-new-year-2000 = V katerem mestu ste pričakali novo leto 2000?
question-high-school-teacher-last-name = Kakšen je priimek vašega najljubšega profesorja ali profesorice v srednji šoli?
question-college-applied-not-attended = Kako se imenuje fakulteta, na katero ste se prijavili, a je niste obiskovali?
question-first-wedding-reception-place = Kako se imenuje kraj ali lokal, kjer je bilo vaše prvo poročno slavje?
question-father-middle-name = Kakšen je dekliški priimek vaše babice po očetovi strani?
question-favorite-food = Katera je vaša najljubša jed?
question-maternal-grandmother-name = Kakšno je ime in priimek vaše babice po materini strani?
question-mother-middle-name = Kakšen je dekliški priimek vaše matere?
question-oldest-sibling-birthday = V katerem mesecu in letu se je rodil vaš najstarejši sorojenec? (npr. november 1985)
question-oldest-sibling-middle-name = Kakšen vzdevek ima vaš najstarejši sorojenec?
question-paternal-grandfather-name = Kakšno je ime in priimek vašega dedka po očetovi strani?
question-youngest-sibling-middle-name = Kakšen vzdevek ima vaš najmlajši sorojenec?
question-sixth-grade-school = Katero šolo ste obiskovali v šestem razredu?
question-childhood-best-friend-name = Kakšno je ime in priimek vašega najboljšega prijatelja ali prijateljice iz otroštva?
question-first-significant-other-name = Kakšno je ime in priimek vaše prve ljubezni?
question-grade-school-teacher-last-name = Kakšen je priimek vašega najljubšega učitelja ali učiteljice na razredni stopnji osnovne šole?
question-first-car-make-model = Katere znamke in modela je bil vaš prvi avtomobil ali motor?
question-first-school = Kako se je imenovala prva šola, ki ste jo obiskovali?
question-birth-hospital = V kateri porodnišnici ste se rodili?
question-childhood-street = Kako se je imenovala ulica vašega prvega doma iz otroštva?
question-childhood-hero = Kdo je bil vaš junak iz otroštva?
question-favorite-stuffed-animal = Kako je bilo ime vaši najljubši plišasti igrački?
question-first-pet = Kako je bilo ime vašemu prvemu hišnemu ljubljenčku?
question-childhood-nickname = Kakšen vzdevek ste imeli v otroštvu?
question-high-school-sport = Kateri šport ste imeli najraje v srednji šoli?
question-first-job = Kakšna je bila vaša prva služba?
question-childhood-phone-last-digits = Katere so bile zadnje štiri števke vaše telefonske številke iz otroštva?
question-childhood-ambition = Kaj ste želeli postati, ko ste bili otrok?
question-most-famous-person-met = Kdo je najslavnejša oseba, ki ste jo kdaj srečali?

## Security-info registration

method-email = E-pošta
method-mobile-phone = Mobilni telefon
method-office-phone = Službeni telefon
method-security-questions = Varnostna vprašanja
method-questions-count = { $count ->
    [one] { $count } odgovorjeno vprašanje
    [two] { $count } odgovorjeni vprašanji
    [few] { $count } odgovorjena vprašanja
   *[other] { $count } odgovorjenih vprašanj
}
source-authentication = iz vaše registracije za preverjanje, v imeniku se ne prikazuje
source-directory = iz vašega profila v imeniku
source-administrator = po nastavitvi skrbnika

prompt-title = Potrebnih je več informacij
prompt-register-heading = Potrebnih je več informacij
prompt-register-why = Vaša organizacija potrebuje način, da potrdi, da ste to vi, ko pozabite geslo ali ko se vaš račun zaklene. Registrirajte varnostne podatke zdaj, da boste lahko sami znova dostopali do računa, ne da bi klicali službo za pomoč uporabnikom.
prompt-register-needed = { $count ->
    [1] Potrebujete vsaj en način preverjanja.
    [one] Potrebujete vsaj { $count } različen način preverjanja.
    [two] Potrebujete vsaj { $count } različna načina preverjanja.
    [few] Potrebujete vsaj { $count } različne načine preverjanja.
   *[other] Potrebujete vsaj { $count } različnih načinov preverjanja.
}
prompt-next = Naprej
prompt-skip = Zdaj preskoči
prompt-reconfirm-heading = Ali so ti podatki še pravilni?
prompt-reconfirm-why = Preverite varnostne podatke, ki ste jih registrirali. Če se je kaj spremenilo, jih posodobite, da boste lahko še naprej ponastavili geslo.
prompt-looks-good = Vse je v redu
prompt-change = Spremeni
prompt-nothing = Nič več ni potrebno
prompt-go-account = Pojdi na svoj račun

wizard-title = Registracija varnostnih podatkov
wizard-start = Začni znova
wizard-step-of = Korak { $number } od { $total }
wizard-code-label = Koda za preverjanje
wizard-verify = Preveri
wizard-send-code = Pošlji kodo
wizard-skip-step = Preskoči ta način
wizard-phone-country = Država ali regija
wizard-phone-number = Telefonska številka
wizard-phone-hint = Brez klicne kode države ali s kodo, ki se začne z znakom +.
wizard-phone-channel = Kako naj vam pošljemo kodo?
wizard-phone-sms = Besedilno sporočilo (SMS)
wizard-phone-voice = Glasovni klic
wizard-phone-texted = Na številko { $number } smo poslali SMS-sporočilo s kodo.
wizard-phone-called = Kličemo številko { $number }, da vam preberemo kodo.
wizard-phone-resend-heading = Niste prejeli kode? Pošljite jo znova ali uporabite drugo številko
wizard-phone-reset-uses = Ponastavitev gesla bi zdaj uporabila številko { $number }, { $source }.
wizard-phone-reset-none = Nimate še telefona, ki bi ga ponastavitev gesla lahko uporabila.
wizard-phone-precedence = Številka, ki jo preverite tukaj, postane vaš telefon za preverjanje pristnosti in ponastavitev jo uporabi namesto mobilnega telefona v imeniku.
wizard-office-phone = Službeni telefon: { $number }, nastavi ga skrbnik. Tukaj ga ne morete spremeniti.
wizard-email-address = E-poštni naslov
wizard-email-sent = Na naslov { $address } smo poslali e-poštno sporočilo s kodo.
wizard-email-resend-heading = Niste prejeli e-pošte? Pošljite jo znova ali uporabite drug naslov
wizard-email-reset-uses = Ponastavitev gesla bi zdaj uporabila naslov { $address }, { $source }.
wizard-email-reset-none = Nimate še e-poštnega naslova, ki bi ga ponastavitev gesla lahko uporabila.
wizard-email-precedence = Naslov, ki ga preverite tukaj, postane vaš e-poštni naslov za preverjanje pristnosti in ponastavitev ga uporabi namesto nadomestnega e-poštnega naslova v imeniku. Uporabite naslov, ki ni vaš službeni.
wizard-questions-intro = { $count ->
    [1] Izberite vprašanje in nanj odgovorite.
    [one] Izberite { $count } različno vprašanje in odgovorite na vsako.
    [two] Izberite { $count } različni vprašanji in odgovorite na obe.
    [few] Izberite { $count } različna vprašanja in odgovorite na vsako.
   *[other] Izberite { $count } različnih vprašanj in odgovorite na vsako.
} Odgovori imajo od 3 do 40 znakov; velike črke in odvečni presledki niso pomembni. Nihče, niti skrbniki, jih ne more prebrati.
wizard-question-label = Vprašanje { $number }
wizard-answer-label = Odgovor na vprašanje { $number }
wizard-question-choose = Izberite vprašanje
wizard-answers-show = Pokaži odgovore
wizard-answers-hide = Skrij odgovore
wizard-questions-save = Nadaljuj
wizard-questions-retype = Zaradi vaše varnosti se odgovori nikoli ne pošljejo nazaj na stran: vnesite jih znova.
wizard-summary-heading = Preverite in shranite
wizard-summary-skipped = Preskočeno
wizard-save = Shrani
wizard-cancel = Prekliči

registration-error-not-signed-in = Vaša seja je potekla. Znova se vpišite.
registration-error-flow-missing = Ta registracija je potekla ali je že končana. Za nadaljevanje začnite znova.
registration-error-step-out-of-order = Ta korak trenutno ni na voljo. Nadaljujte od prikazanega koraka.
registration-error-phone-missing = Vnesite telefonsko številko.
registration-error-country-needed = Izberite državo ali vnesite številko z mednarodno klicno kodo, ki se začne z znakom +.
registration-error-phone-invalid = To ni veljavna telefonska številka za izbrano državo.
registration-error-email-missing = Vnesite e-poštni naslov.
registration-error-email-invalid = Vnesite e-poštni naslov v obliki name@example.com.
code-error-missing = Vnesite kodo, ki smo vam jo poslali.
code-error-malformed = Koda ima od 6 do 8 števk.
code-error-wrong = { $tries ->
    [1] Ta koda ni pravilna. Na voljo imate še en poskus.
    [one] Ta koda ni pravilna. Na voljo imate še { $tries } poskus.
    [two] Ta koda ni pravilna. Na voljo imate še { $tries } poskusa.
    [few] Ta koda ni pravilna. Na voljo imate še { $tries } poskuse.
   *[other] Ta koda ni pravilna. Na voljo imate še { $tries } poskusov.
}
code-error-dead = Preveč napačnih kod. Pošljite novo kodo.
code-error-expired = Ta koda je potekla. Pošljite novo kodo.
code-error-used = Ta koda je bila že uporabljena. Pošljite novo kodo.
code-error-none-sent = Nobena koda ne čaka na vnos. Pošljite novo kodo.
code-error-too-many = Poslanih je bilo preveč kod. Počakajte eno uro ali izberite drug način.
code-error-delivery-failed = Kode nismo mogli poslati. Poskusite znova ali izberite drug način.
registration-error-question-missing = Tukaj izberite vprašanje.
registration-error-question-not-offered = Izberite vprašanje s seznama.
registration-error-question-twice = To vprašanje ste že izbrali. Izberite drugo.
error-answer-missing = Vnesite odgovor.
registration-error-answer-too-short = Odgovori morajo imeti vsaj 3 znake.
registration-error-answer-too-long = Odgovori imajo lahko največ 40 znakov.
registration-error-answer-twice = Ta odgovor ste že uporabili pri drugem vprašanju. Vnesite drugačnega.
registration-error-steps-pending = Pred shranjevanjem dokončajte ali preskočite vse korake.
registration-error-nothing-to-save = Nič ni bilo dodano. Registrirajte vsaj en način ali prekličite.
registration-error-not-enough-methods = { $needed ->
    [1] Registrirajte vsaj en način, da boste lahko ponastavili geslo.
    [one] Registrirajte vsaj { $needed } različen način, da boste lahko ponastavili geslo.
    [two] Registrirajte vsaj { $needed } različna načina, da boste lahko ponastavili geslo.
    [few] Registrirajte vsaj { $needed } različne načine, da boste lahko ponastavili geslo.
   *[other] Registrirajte vsaj { $needed } različnih načinov, da boste lahko ponastavili geslo.
}

account-security-info = Varnostni podatki: registracija, sprememba ali izbris
account-security-info-saved = Vaši varnostni podatki so shranjeni.

message-code-email-subject = Vaša koda za preverjanje
message-code-email-body = Vaša koda za preverjanje je { $code }.

    Velja { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    }. Če je niste zahtevali, lahko to e-poštno sporočilo prezrete: brez kode se nič ne spremeni.
message-code-sms = Vaša koda za preverjanje je { $code }. Velja { $minutes } min.
message-code-voice = Vaša koda za preverjanje je: { $code }. Ponavljam: { $code }.
message-changed-subject = Vaši varnostni podatki so bili spremenjeni
message-changed-body = Varnostni podatki vašega računa so bili pravkar spremenjeni:
    { $changes }

    Če ste to spremembo naredili vi, vam ni treba storiti ničesar. Če je niste, se takoj obrnite na službo za pomoč uporabnikom.
message-changed-phone = telefon za preverjanje pristnosti
message-changed-email = e-poštni naslov za preverjanje pristnosti
message-changed-questions = varnostna vprašanja

country-AR = Argentina
country-AT = Avstrija
country-AU = Avstralija
country-BE = Belgija
country-BR = Brazilija
country-CA = Kanada
country-CH = Švica
country-CN = Kitajska
country-CZ = Češka
country-DE = Nemčija
country-DK = Danska
country-ES = Španija
country-FI = Finska
country-FR = Francija
country-GB = Združeno kraljestvo
country-GR = Grčija
country-HR = Hrvaška
country-HU = Madžarska
country-IE = Irska
country-IN = Indija
country-IT = Italija
country-JP = Japonska
country-LU = Luksemburg
country-MT = Malta
country-MX = Mehika
country-NL = Nizozemska
country-NO = Norveška
country-NZ = Nova Zelandija
country-PL = Poljska
country-PT = Portugalska
country-RO = Romunija
country-SE = Švedska
country-SI = Slovenija
country-SK = Slovaška
country-SM = San Marino
country-TR = Turčija
country-UA = Ukrajina
country-US = Združene države Amerike
country-VA = Vatikan
country-ZA = Južna Afrika
registration-error-reauth-required = Zaradi vaše varnosti pred spreminjanjem varnostnih podatkov znova vnesite geslo.
registration-error-method-not-changeable = Tega načina tukaj ni mogoče spremeniti.
registration-error-wrong-password = To geslo ni pravilno.
registration-error-too-many-password-tries = Vnesli ste preveč napačnih gesel. Počakajte nekaj minut in poskusite znova.

security-info-title = Varnostni podatki
security-info-back = Nazaj na vaš račun
security-info-usable = { $usable ->
    [1] Ponastavitev gesla lahko uporabi enega od vaših načinov
   *[other] Ponastavitev gesla lahko uporabi { $usable } od vaših načinov
}; potrebuje { $required ->
    [1] enega.
    [one] { $required } različen.
    [two] { $required } različna.
    [few] { $required } različne.
   *[other] { $required } različnih.
}
security-info-not-set = Ni nastavljeno
security-info-add = Dodaj
security-info-change = Spremeni
security-info-delete = Izbriši
security-info-deleted = Način je bil izbrisan.
security-info-delete-title = Izbris načina
security-info-delete-confirm = Želite izbrisati »{ $method }« iz varnostnih podatkov?
security-info-delete-warning = { $required ->
    [1] Po tem vam ne bi ostal noben način in gesla ne bi mogli več ponastaviti sami.
    [one] Po tem bi imeli manj kot { $required } način in gesla ne bi mogli več ponastaviti sami.
    [two] Po tem bi imeli manj kot { $required } načina in gesla ne bi mogli več ponastaviti sami.
    [few] Po tem bi imeli manj kot { $required } načine in gesla ne bi mogli več ponastaviti sami.
   *[other] Po tem bi imeli manj kot { $required } načinov in gesla ne bi mogli več ponastaviti sami.
}
reauth-title = Potrdite, da ste to vi
reauth-submit = Nadaljuj

## Password reset messages

message-reset-subject = Vaše geslo je bilo ponastavljeno
message-reset-body = Pozdravljeni,

    geslo za vaš račun je bilo pravkar ponastavljeno prek samopostrežnega portala za gesla, iz vseh sej pa ste bili izpisani.

    Če ste to bili vi, vam ni treba storiti ničesar več. Če niste bili vi, se takoj obrnite na skrbnika.

    Vpis: { $url }
message-unlocked-subject = Vaš račun je bil odklenjen
message-unlocked-body = Pozdravljeni,

    vaš račun je bil pravkar odklenjen prek samopostrežnega portala za gesla. Vaše geslo se ni spremenilo.

    Če to niste bili vi, se takoj obrnite na skrbnika.

    Vpis: { $url }
message-admin-reset-subject = Skrbnik { $admin } je ponastavil svoje geslo
message-admin-reset-body = Pozdravljeni,

    skrbnik { $admin } je pravkar ponastavil svoje geslo prek samopostrežnega portala za gesla.

    Če tega niste pričakovali, to preverite pri tem skrbniku in preglejte revizijski dnevnik.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = To je samodejno sporočilo. Pošiljatelj: { $organisation }.
email-footer-privacy = Zasebnost
email-footer-terms = Pogoji uporabe
email-footer-helpdesk = Služba za pomoč uporabnikom
message-from-organisation = { $organisation }: { $text }
