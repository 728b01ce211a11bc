### Magyar (hu). Register: formal ("Ön", magázás), mostly without the pronoun ("Adja meg a
### jelszavát"), and noun forms for buttons and commands ("Mentés", "Mégse", "Bejelentkezés"), as in
### Microsoft's Hungarian product UI. Quotation marks „…”.
### Glossary:
###   password = jelszó
###   security info = biztonsági adatok
###   verification code = ellenőrző kód
###   security question = biztonsági kérdés
###   helpdesk = ügyfélszolgálat
###   administrator = rendszergazda
###   sign in = bejelentkezés / bejelentkezik; sign out = kijelentkezés
###   reset = visszaállítás (jelszó-visszaállítás)
###   unlock = zárolás feloldása (locked = zárolva)
###   account = fiók
###   user name = felhasználónév
###   email = e-mail (address: e-mail-cím)
###   text message = SMS
###   directory = címtár
###   method = módszer

## Shared by every page

product-name = Önkiszolgáló fiókkezelés
skip-to-content = Ugrás a fő tartalomra
loading = Betöltés…
language-label = Nyelv
# Shown in the language picker: the name of this language, in this language.
language-name = Magyar
language-apply = Nyelv módosítása
password-show = Jelszó megjelenítése
password-hide = Jelszó elrejtése

## Errors

error-user-name-missing = Adja meg a felhasználónevét.
error-user-name-invalid = Ez nem tűnik felhasználónévnek. Ellenőrizze, mit írt be, és próbálja újra.
error-password-missing = Adja meg a jelszavát.
error-invalid-credentials = A felhasználónév vagy a jelszó helytelen. Ellenőrizze mindkettőt, és próbálja újra.
error-account-locked = A fiókja zárolva van. A zárolás feloldásához válassza lent a „Nem fér hozzá a fiókjához?” lehetőséget, vagy forduljon az ügyfélszolgálathoz.
error-sign-in-paused = Ezzel a felhasználónévvel túl sok sikertelen bejelentkezési kísérlet történt. A fiók védelme érdekében a bejelentkezés a következő időpontig szünetel: { $until }. Ha elfelejtette a jelszavát, most visszaállíthatja.
error-sign-in-busy-address = Az Ön hálózatáról túl sok sikertelen bejelentkezési kísérlet történt. Várjon egy órát, és próbálja újra.
error-unavailable = Hiba történt a mi oldalunkon. Próbálja újra néhány perc múlva.
error-transport = Nem sikerült elérni a kiszolgálót. Ellenőrizze a kapcsolatot, és próbálja újra.

## Sign-in page

sign-in-title = Bejelentkezés
sign-in-heading = Jelentkezzen be a fiókjába
sign-in-user-name = Felhasználónév
sign-in-password = Jelszó
sign-in-submit = Bejelentkezés
sign-in-cant-access = Nem fér hozzá a fiókjához?

## Account page

account-title = Az Ön fiókja
account-heading = Az Ön fiókja
account-signed-in-as = Bejelentkezett felhasználó:
account-sign-out = Kijelentkezés
account-signed-out = Nincs bejelentkezve.
account-go-sign-in = Ugrás a bejelentkezéshez

## Password reset

reset-title = Jelszó visszaállítása
reset-heading = Szerezze vissza a hozzáférést a fiókjához
reset-back-to-sign-in = Vissza a bejelentkezéshez
reset-intro = Adja meg a felhasználónevét, és segítünk igazolni, hogy valóban Ön az; ezután választhat új jelszót.
reset-user-id = Felhasználónév
reset-user-id-hint = Általában a munkahelyi e-mail-címe, például name@contoso.example.
reset-next = Tovább
captcha-question = Annak igazolására, hogy Ön ember: mennyi { $a } plusz { $b }?
captcha-hint = A választ számjegyekkel írja be.
captcha-checking = Annak ellenőrzése, hogy Ön ember…
captcha-done = Kész: a böngészője igazolta, hogy Ön ember. Folytassa a Tovább gombbal.
reset-start-again = Újrakezdés
reset-verify-heading = Igazolja, hogy Ön az
reset-gate-of = Ellenőrzés: { $number }/{ $total }
reset-gate-legend = Hogyan szeretné megkapni az ellenőrző kódot?
reset-gate-email = Kód küldése e-mailben ide: { $destination }
reset-gate-mobile-sms = Kód küldése SMS-ben a mobiltelefonomra: { $destination }
reset-gate-mobile-voice = Hívás a mobiltelefonomon: { $destination }
reset-gate-office-voice = Hívás a munkahelyi telefonomon: { $destination }
reset-gate-questions = Válaszadás a biztonsági kérdéseimre
reset-code-sent-email = Ellenőrző kódot tartalmazó e-mailt küldtünk ide: { $destination }.
reset-code-sent-sms = Ellenőrző kódot tartalmazó SMS-t küldtünk ide: { $destination }.
reset-code-sent-voice = Felhívjuk a következő számot, és felolvasunk egy ellenőrző kódot: { $destination }.
reset-code-resend = Új kód küldése
reset-other-method = Másik módszer használata
reset-questions-heading = Válaszoljon a biztonsági kérdéseire
reset-password-heading = Válasszon új jelszót
reset-password-hint = { $min ->
    [one] Legalább egy karaktert használjon.
   *[other] Legalább { $min } karaktert használjon. A legjobb egy hosszú, könnyen megjegyezhető kifejezés; kerülje a nevét és a gyakori jelszavakat.
}
reset-password-new = Új jelszó
reset-password-confirm = Új jelszó megerősítése
reset-password-strength-0 = Becsült erősség: nagyon gyenge
reset-password-strength-1 = Becsült erősség: gyenge
reset-password-strength-2 = Becsült erősség: közepes
reset-password-strength-3 = Becsült erősség: erős
reset-password-strength-4 = Becsült erősség: nagyon erős
reset-password-strength-note = A böngészőjében készült becslés, amely segít a választásban. Azt, hogy a jelszó elfogadható-e, a fenti szabályok döntik el.
reset-password-submit = Jelszó visszaállítása
reset-unlock-only-text = A fiókja zárolva van. Ha még tudja a jelszavát, feloldhatja a fiók zárolását, és megtarthatja a jelszót.
reset-unlock-only = Csak a zárolás feloldása
reset-contact-heading = Forduljon a rendszergazdához
reset-contact-text = Itt nem állíthatja vissza a jelszavát. A rendszergazda segíthet visszaszerezni a hozzáférést a fiókjához.
reset-contact-helpdesk = Kapcsolatfelvétel az ügyfélszolgálattal
reset-done-heading = A jelszavát visszaállítottuk
reset-done-text = Minden munkamenetéből kijelentkeztettük. Jelentkezzen be az új jelszavával.
reset-unlocked-heading = A fiókja zárolását feloldottuk
reset-unlocked-text = Jelentkezzen be a jelenlegi jelszavával.
reset-go-sign-in = Ugrás a bejelentkezéshez
reset-error-flow-missing = A visszaállítás lejárt, vagy el sem indult. Kezdje újra.
reset-error-step-out-of-order = Ez a lépés most nem érhető el. Folytassa ezen az oldalon.
reset-error-user-id-missing = Adja meg a felhasználónevét.
reset-error-user-id-invalid = A felhasználónevet e-mail-cím formájában adja meg, például name@contoso.example.
reset-error-captcha-failed = Nem sikerült ellenőrizni, hogy Ön ember. Próbálja újra.
reset-error-gate-missing = Válassza ki, hogyan szeretné megkapni a kódot.
reset-error-code-dead = Túl sok hibás kód. Kérjen új kódot, vagy használjon másik módszert.
reset-error-answers-wrong = Egy vagy több válasz nem helyes. Ellenőrizze őket, és próbálja újra.
reset-error-blocked = Túl sokszor próbálkozott. Biztonsága érdekében ennél a fióknál az önkiszolgáló visszaállítás a következő időpontig szünetel: { $until }.
reset-error-busy-address = Az Ön hálózatáról túl sok próbálkozás történt. Várjon egy órát, és próbálja újra.
reset-error-passwords-differ = A két jelszó nem egyezik.
reset-error-password-too-short = { $min ->
    [one] Legalább egy karaktert használjon.
   *[other] Legalább { $min } karaktert használjon.
}
reset-error-password-missing = Adjon meg egy új jelszót.
reset-error-password-common = Ez a jelszó szerepel azon jelszavak listáján, amelyekkel a támadók elsőként próbálkoznak. Válasszon másikat, például néhány egymáshoz nem kapcsolódó szóból álló kifejezést.
reset-error-password-control = A jelszó nem tartalmazhat sortörést, tabulátort vagy más vezérlőkaraktert. Írja be újra ezek nélkül.
reset-error-write-unconfirmed = Nem tudtuk megerősíteni, hogy az új jelszava mentése megtörtént. Válassza ki újra; az új választás felülír mindent, ami esetleg mentésre került.
reset-writing = A módosítás mentése folyamatban van. Egy pillanat múlva töltse be újra ezt az oldalt.
reset-error-password-too-long = Legfeljebb 256 karaktert használjon.
reset-error-password-contains-name = Ne használja a felhasználónevét a jelszavában.
reset-error-write-failed = Nem sikerült menteni a módosítást a címtárba, így semmi sem változott. Kis idő múlva próbálja újra.

## Organisation branding on every page

footer-label = A szervezet hivatkozásai
footer-privacy = Adatvédelem
footer-terms = Használati feltételek
footer-helpdesk = Ügyfélszolgálat

## Branding studio (/admin/branding, for branding administrators)

studio-title = Arculattervező stúdió
studio-heading-layer = Beállítások: { $layer }
studio-back = Vissza az arculattervező stúdióba
studio-preview-banner = A még közzé nem tett arculat előnézetét látja. Senki más nem látja, amíg közzé nem teszik.
studio-preview-stop = Előnézet leállítása
studio-layer-label = Beállítások ehhez:
studio-layer-open = Megnyitás
studio-layer-default = Alapértelmezett (minden nyelv)
studio-layer-overridden = { $language } (saját beállításokkal)
studio-inherited = Ha üres: { $value }
studio-as-default = Az alapértelmezett beállítások szerint
studio-as-product = A portál arculat nélküli megjelenése szerint
studio-show = Megjelenítés
studio-hide = Elrejtés
studio-save = Piszkozat mentése
studio-section-identity = Szervezet
studio-section-colours = Színek
studio-colours-hint = A színeket #rrggbb formában adja meg, például #0b5cad. A szövegnek és a gomboknak annyira el kell válniuk a háttértől, hogy mindenki el tudja olvasni őket, ezért a stúdió közzététel előtt ellenőrzi a kontrasztot.
studio-section-layout = Elrendezés
studio-section-sign-in = Bejelentkezési oldal
studio-section-links = Hivatkozások a láblécben
studio-section-css = Egyéni CSS
studio-css-hint = Szabályok a portál CSS-referenciájában felsorolt osztálynevekhez. Képek csak az itt feltöltött képek közül származhatnak. Legfeljebb 25 KB.
studio-section-images = Képek
studio-section-publish = Közzététel
studio-section-publications = Közzétett verziók
studio-field-organisation-name = Szervezet neve
studio-field-colour-primary = Gombok és hivatkozások
studio-field-colour-primary-text = Szöveg a gombokon
studio-field-colour-header = Fejlécsáv
studio-field-colour-header-text = Szöveg a fejlécsávban
studio-field-colour-text = Szöveg
studio-field-colour-page = Oldal háttere
studio-field-colour-card = Kártya háttere
studio-field-colour-focus = Billentyűzetfókusz kerete
studio-field-layout = Oldalelrendezés
studio-layout-full-bleed = Az egész oldalt kitöltő háttérkép
studio-layout-plain = Egyszínű oldal
studio-field-show-header = Fejlécsáv megjelenítése
studio-field-show-footer = Lábléc megjelenítése
studio-field-sign-in-text = Bejelentkezési oldal szövege
studio-field-user-name-hint = Felhasználónév-tipp
studio-field-cant-access-label = A bejelentkezni nem tudó felhasználóknak szóló hivatkozás szövege
studio-field-show-reset-link = Hivatkozás a bejelentkezni nem tudó felhasználóknak
studio-field-privacy-url = Adatvédelmi nyilatkozat címe
studio-field-terms-url = Használati feltételek címe
studio-field-helpdesk-url = Ügyfélszolgálat címe (webcím vagy e-mail-cím)
studio-field-custom-css = Egyéni CSS
studio-field-image-banner-logo = Szalagcím-embléma
studio-field-image-square-logo = Négyzetes embléma
studio-field-image-square-logo-dark = Négyzetes embléma sötét háttérhez
studio-field-image-favicon = Webhelyikon (favicon)
studio-field-image-background = Háttérkép
studio-image-limits = { $kinds }, legfeljebb { $kilobytes } KB és { $width } × { $height } képpont.
studio-image-upload = { $slot } feltöltése
studio-image-remove = { $slot } eltávolítása
studio-image-current = Jelenlegi kép: { $slot }
studio-live-heading = Élő előnézet
studio-live-caption = Gépelés közben, még mentés előtt követi a fenti színeket és szövegeket.
studio-preview = Piszkozat előnézete a valódi oldalakon
studio-email-preview = E-mail előnézete a piszkozattal
studio-publish = Közzététel
studio-state-never-published = Még semmi sincs közzétéve: mindenki arculat nélkül látja a portált.
studio-state-published = Jelenleg a(z) { $version }. verzió van élesben.
studio-state-unpublished-changes = A piszkozat közzé nem tett módosításokat tartalmaz.
studio-problems-heading = Közzététel előtt javítsa ki ezeket
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } közötti kontraszt { $ratio }; legalább { $minimum } szükséges.
studio-problem-too-long = legfeljebb { $max } karaktert használjon.
studio-problem-control-character = távolítsa el belőle a vezérlőkaraktereket (például a tabulátorokat).
studio-problem-not-a-colour = a színt # jellel és utána hat hexadecimális számjeggyel adja meg, például #0b5cad.
studio-problem-link-not-https = a webcímeknek https:// előtaggal kell kezdődniük.
studio-problem-link-invalid = https:// előtaggal kezdődő webcímet vagy e-mail-címet adjon meg.
studio-problem-css = { $line }. sor: { $reason }
studio-css-too-long = a stíluslap nagyobb 25 KB-nál.
studio-css-import = az @import nem engedélyezett; a szabályokat inkább ide írja.
studio-css-external-url = az url() csak a stúdióban feltöltött képre mutathat.
studio-css-expression = az expression(), a behavior és a -moz-binding nem engedélyezett.
studio-css-at-rule = csak a @media, @supports, @layer, @container, @font-face és @keyframes engedélyezett.
studio-css-markup = a </ karaktersorozat nem engedélyezett.
studio-css-unparsable = ez nem érvényes CSS (ellenőrizze, nem hiányzik-e kapcsos zárójel, kettőspont vagy idézőjel).
studio-pair-text-on-page = a szöveg és az oldal háttere
studio-pair-text-on-card = a szöveg és a kártya háttere
studio-pair-button-text-on-primary = a gombok szövege és a gombok
studio-pair-header-text-on-header = a fejléc szövege és a fejlécsáv
studio-pair-focus-on-page = a fókuszkeret és az oldal háttere
studio-column-version = Verzió
studio-column-when = Közzététel ideje
studio-column-who = Közzétevő
studio-column-note = Megjegyzés
studio-column-action = Művelet
studio-publication-live = Jelenleg élesben
studio-publication-restored = A(z) { $version }. verzió visszaállítása
studio-roll-back = A(z) { $version }. verzió ismételt közzététele
studio-done-saved = A piszkozat mentése megtörtént. Tekintse meg az előnézetét, majd tegye közzé, ha elkészült.
studio-done-uploaded = A kép bekerült a piszkozatba.
studio-done-removed = A kép kikerült a piszkozatból.
studio-done-published = Közzétéve. Néhány másodpercen belül minden oldalon az új arculat jelenik meg.
studio-done-rolled-back = A korábbi verzió ismét élesben van, és most ez a piszkozat is.
studio-done-preview-stopped = Az előnézet véget ért.
studio-refused-publish = Semmi sem lett közzétéve: először javítsa ki az alább felsorolt problémákat.
studio-refused-no-such-version = Ez a verzió nem létezik. Semmi sem változott.
studio-refused-unavailable = Nem sikerült menteni a módosítást. Semmi sem változott; próbálja újra.
studio-refused-empty = { $slot }: a kép nem lett feltöltve, mert nem választott ki fájlt, vagy a fájl üres volt. Semmi sem változott.
studio-refused-too-many-bytes = { $slot }: a kép nem lett feltöltve, mert a fájl nagyobb { $kilobytes } KB-nál. Semmi sem változott.
studio-refused-unknown-type = { $slot }: a kép nem lett feltöltve, mert a fájl – a nevétől függetlenül – nem PNG-, JPEG- vagy WebP-kép (emblémák esetén SVG-rajz sem). Semmi sem változott.
studio-refused-svg-not-allowed = { $slot }: a kép nem lett feltöltve, mert SVG-rajzot csak emblémákhoz lehet használni. Használjon PNG, JPEG vagy WebP formátumot. Semmi sem változott.
studio-refused-too-many-pixels = { $slot }: a kép nem lett feltöltve, mert nagyobb { $width } × { $height } képpontnál. Semmi sem változott.
studio-refused-undecodable = { $slot }: a kép nem lett feltöltve, mert sérült, és nem lehetett beolvasni. Semmi sem változott.
studio-refused-svg-unparsable = { $slot }: a kép nem lett feltöltve, mert az SVG-rajzot nem lehetett beolvasni. Semmi sem változott.
studio-refused-svg-doctype = { $slot }: a kép nem lett feltöltve, mert a DOCTYPE-ot vagy entitásokat tartalmazó SVG-rajzok nem fogadhatók el. Semmi sem változott.
studio-refused-svg-script = { $slot }: a kép nem lett feltöltve, mert az SVG-rajz szkriptet tartalmaz. Semmi sem változott.
studio-refused-svg-foreign-object = { $slot }: a kép nem lett feltöltve, mert az SVG-rajz más tartalmat ágyaz be (foreignObject). Semmi sem változott.
studio-refused-svg-event-handler = { $slot }: a kép nem lett feltöltve, mert az SVG-rajz eseménykezelőket (on… attribútumokat) tartalmaz. Semmi sem változott.
studio-refused-svg-external-reference = { $slot }: a kép nem lett feltöltve, mert az SVG-rajz önmagán kívüli fájlokra vagy címekre hivatkozik. Semmi sem változott.
studio-refused-svg-too-complex = { $slot }: a kép nem lett feltöltve, mert az SVG-rajz túl összetett. Egyszerűsítse, és próbálja újra. Semmi sem változott.
studio-refused-svg-marker = { $slot }: a kép nem lett feltöltve, mert az SVG-jelölők (marker) nem támogatottak. Semmi sem változott.

## Not found

not-found-title = Az oldal nem található
not-found-heading = Nem találtuk ezt az oldalt.

## Demo outbox (demonstration mode only)

outbox-title = Kimenő üzenetek (bemutató)
outbox-heading = Kimenő üzenetek (bemutató)
outbox-banner-heading = Bemutató mód
outbox-banner-text = Ez az oldal csak bemutató módban létezik. Az üzeneteket valójában nem küldjük el: az e-maileket, SMS-eket és hanghívásokat – az egyszer használatos kódokkal együtt – itt tároljuk, hogy kipróbálhassa a portált. Valódi portált soha ne futtasson bemutató módban.
outbox-caption = A legutóbbi { $limit } üzenet, a legújabbal kezdve
outbox-empty = Még nincsenek üzenetek. A portál által küldött kódok és értesítések itt jelennek meg.
outbox-time = Időpont
outbox-channel = Csatorna
outbox-recipient = Címzett
outbox-subject = Tárgy
outbox-body = Üzenet
outbox-channel-email = E-mail
outbox-channel-sms = SMS
outbox-channel-voice = Hanghívás

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Melyik városban ismerte meg az első házastársát vagy élettársát?
question-city-parents-met = Melyik városban ismerkedtek meg a szülei?
question-city-nearest-sibling = Melyik városban él az a testvére, aki Önhöz a legközelebb lakik?
question-city-father-born = Melyik városban született az édesapja?
question-city-first-job = Melyik városban volt az első munkahelye?
question-city-mother-born = Melyik városban született az édesanyja?
question-city-new-year-2000 = Melyik városban köszöntötte a 2000-es évet?
question-high-school-teacher-last-name = Mi a vezetékneve a kedvenc középiskolai tanárának?
question-college-applied-not-attended = Mi a neve annak a felsőoktatási intézménynek, ahová jelentkezett, de végül nem oda járt?
question-first-wedding-reception-place = Mi a neve annak a helynek, ahol az első esküvője utáni lakodalmat tartották?
question-father-middle-name = Mi az édesapja második keresztneve?
question-favorite-food = Mi a kedvenc étele?
question-maternal-grandmother-name = Mi az anyai nagyanyja teljes neve?
question-mother-middle-name = Mi az édesanyja második keresztneve?
question-oldest-sibling-birthday = Melyik évben és hónapban született a legidősebb testvére? (pl. 1985. november)
question-oldest-sibling-middle-name = Mi a legidősebb testvére második keresztneve?
question-paternal-grandfather-name = Mi az apai nagyapja teljes neve?
question-youngest-sibling-middle-name = Mi a legfiatalabb testvére második keresztneve?
question-sixth-grade-school = Melyik iskolába járt hatodik osztályban?
question-childhood-best-friend-name = Mi volt a gyerekkori legjobb barátja teljes neve?
question-first-significant-other-name = Mi volt az első szerelme teljes neve?
question-grade-school-teacher-last-name = Mi volt a vezetékneve a kedvenc alsó tagozatos tanítójának?
question-first-car-make-model = Milyen márkájú és típusú volt az első autója vagy motorja?
question-first-school = Mi volt a neve az első iskolának, ahová járt?
question-birth-hospital = Mi a neve annak a kórháznak, ahol született?
question-childhood-street = Melyik utcában volt az első gyerekkori otthona?
question-childhood-hero = Ki volt a gyerekkori hőse?
question-favorite-stuffed-animal = Mi volt a neve a kedvenc plüssállatának?
question-first-pet = Mi volt az első háziállata neve?
question-childhood-nickname = Mi volt a beceneve gyerekkorában?
question-high-school-sport = Mi volt a kedvenc sportja a középiskolában?
question-first-job = Mi volt az első munkája?
question-childhood-phone-last-digits = Mi volt a gyerekkori otthona telefonszámának utolsó négy számjegye?
question-childhood-ambition = Gyerekkorában mi szeretett volna lenni, ha felnő?
question-most-famous-person-met = Ki a leghíresebb ember, akivel valaha találkozott?

## Security-info registration

method-email = E-mail
method-mobile-phone = Mobiltelefon
method-office-phone = Munkahelyi telefon
method-security-questions = Biztonsági kérdések
method-questions-count = { $count ->
    [one] { $count } megválaszolt kérdés
   *[other] { $count } megválaszolt kérdés
}
source-authentication = Ön regisztrálta ellenőrzéshez, a címtárban nem látható
source-directory = a címtárprofiljából
source-administrator = a rendszergazda állította be

prompt-title = További információra van szükség
prompt-register-heading = További információra van szükség
prompt-register-why = A szervezetének szüksége van egy módra, hogy meggyőződhessen a személyazonosságáról, ha elfelejti a jelszavát, vagy a fiókja zárolva van. Regisztrálja most a biztonsági adatait, hogy önállóan, az ügyfélszolgálat felhívása nélkül visszaszerezhesse a hozzáférést.
prompt-register-needed = { $count ->
    [one] Legalább egy ellenőrzési módszerre szükség van.
   *[other] Legalább { $count } különböző ellenőrzési módszerre szükség van.
}
prompt-next = Tovább
prompt-skip = Most kihagyom
prompt-reconfirm-heading = Helyesek még ezek az adatok?
prompt-reconfirm-why = Ellenőrizze a regisztrált biztonsági adatait. Ha valami megváltozott, frissítse, hogy továbbra is vissza tudja állítani a jelszavát.
prompt-looks-good = Minden rendben
prompt-change = Módosítás
prompt-nothing = Nincs további teendő
prompt-go-account = Ugrás a fiókjához

wizard-title = Biztonsági adatok regisztrálása
wizard-start = Újrakezdés
wizard-step-of = Lépés: { $number }/{ $total }
wizard-code-label = Ellenőrző kód
wizard-verify = Ellenőrzés
wizard-send-code = Kód küldése
wizard-skip-step = A módszer kihagyása
wizard-phone-country = Ország vagy régió
wizard-phone-number = Telefonszám
wizard-phone-hint = Országkód nélkül, vagy + jellel kezdődő országkóddal.
wizard-phone-channel = Hogyan küldjük el a kódot?
wizard-phone-sms = Szöveges üzenet (SMS)
wizard-phone-voice = Hanghívás
wizard-phone-texted = Kódot tartalmazó SMS-t küldtünk erre a számra: { $number }.
wizard-phone-called = Felhívjuk ezt a számot, és felolvasunk egy kódot: { $number }.
wizard-phone-resend-heading = Nem érkezett kód? Küldje el újra, vagy használjon másik számot
wizard-phone-reset-uses = Jelszó-visszaállításkor jelenleg ezt a számot használnánk: { $number }, { $source }.
wizard-phone-reset-none = Még nincs olyan telefonja, amelyet a jelszó-visszaállítás használhatna.
wizard-phone-precedence = Az itt ellenőrzött szám lesz a hitelesítési telefonszáma, és a visszaállítás ezt használja a címtárban szereplő mobiltelefonszám helyett.
wizard-office-phone = Munkahelyi telefon: { $number }, a rendszergazda állította be. Itt nem módosíthatja.
wizard-email-address = E-mail-cím
wizard-email-sent = Kódot tartalmazó e-mailt küldtünk erre a címre: { $address }.
wizard-email-resend-heading = Nem érkezett e-mail? Küldje el újra, vagy használjon másik címet
wizard-email-reset-uses = Jelszó-visszaállításkor jelenleg ezt a címet használnánk: { $address }, { $source }.
wizard-email-reset-none = Még nincs olyan e-mail-címe, amelyet a jelszó-visszaállítás használhatna.
wizard-email-precedence = Az itt ellenőrzött cím lesz a hitelesítési e-mail-címe, és a visszaállítás ezt használja a címtárban szereplő másodlagos e-mail-cím helyett. Ne a munkahelyi címét adja meg.
wizard-questions-intro = { $count ->
    [one] Válasszon ki egy kérdést, és válaszoljon rá.
   *[other] Válasszon ki { $count } különböző kérdést, és mindegyikre válaszoljon.
} A válaszok 3–40 karakter hosszúak lehetnek; a kis- és nagybetűk, valamint a felesleges szóközök nem számítanak. Senki, még a rendszergazdák sem tudják elolvasni őket.
wizard-question-label = { $number }. kérdés
wizard-answer-label = Válasz a(z) { $number }. kérdésre
wizard-question-choose = Válasszon kérdést
wizard-answers-show = Válaszok megjelenítése
wizard-answers-hide = Válaszok elrejtése
wizard-questions-save = Folytatás
wizard-questions-retype = Biztonsága érdekében a válaszokat soha nem küldjük vissza az oldalra: írja be őket újra.
wizard-summary-heading = Ellenőrzés és mentés
wizard-summary-skipped = Kihagyva
wizard-save = Mentés
wizard-cancel = Mégse

registration-error-not-signed-in = A munkamenete lejárt. Jelentkezzen be újra.
registration-error-flow-missing = Ez a regisztráció lejárt, vagy már befejeződött. A folytatáshoz kezdje újra.
registration-error-step-out-of-order = Ez a lépés most nem érhető el. Folytassa a megjelenített lépéstől.
registration-error-phone-missing = Adja meg a telefonszámát.
registration-error-country-needed = Válasszon országot, vagy írja be a számot + jellel kezdődő nemzetközi előhívóval.
registration-error-phone-invalid = Ez nem érvényes telefonszám a kiválasztott országban.
registration-error-email-missing = Adja meg az e-mail-címét.
registration-error-email-invalid = Adjon meg egy e-mail-címet ilyen formában: nev@example.com.
code-error-missing = Adja meg a kódot, amelyet elküldtünk Önnek.
code-error-malformed = A kód 6–8 számjegyből áll.
code-error-wrong = { $tries ->
    [one] A kód nem helyes. Még egy próbálkozása van.
   *[other] A kód nem helyes. Még { $tries } próbálkozása van.
}
code-error-dead = Túl sok hibás kód. Kérjen új kódot.
code-error-expired = A kód lejárt. Kérjen új kódot.
code-error-used = Ezt a kódot már felhasználták. Kérjen új kódot.
code-error-none-sent = Nincs függőben lévő kód. Kérjen új kódot.
code-error-too-many = Túl sok kódot küldtünk. Várjon egy órát, vagy válasszon másik módszert.
code-error-delivery-failed = Nem sikerült elküldeni a kódot. Próbálja újra, vagy válasszon másik módszert.
registration-error-question-missing = Itt válasszon egy kérdést.
registration-error-question-not-offered = Válasszon egy kérdést a listából.
registration-error-question-twice = Ezt a kérdést már kiválasztotta. Válasszon egy másikat.
error-answer-missing = Adjon meg egy választ.
registration-error-answer-too-short = A válasznak legalább 3 karakterből kell állnia.
registration-error-answer-too-long = A válasz legfeljebb 40 karakterből állhat.
registration-error-answer-twice = Ezt a választ már megadta egy másik kérdésre. Adjon meg eltérő választ.
registration-error-steps-pending = Mentés előtt végezze el vagy hagyja ki az összes lépést.
registration-error-nothing-to-save = Semmit sem adott hozzá. Regisztráljon legalább egy módszert, vagy válassza a Mégse lehetőséget.
registration-error-not-enough-methods = { $needed ->
    [one] Regisztráljon legalább egy módszert, hogy vissza tudja állítani a jelszavát.
   *[other] Regisztráljon legalább { $needed } különböző módszert, hogy vissza tudja állítani a jelszavát.
}

account-security-info = Biztonsági adatok: regisztrálás, módosítás vagy törlés
account-security-info-saved = A biztonsági adatait mentettük.

message-code-email-subject = Az Ön ellenőrző kódja
message-code-email-body = Az Ön ellenőrző kódja: { $code }.

    A kód { $minutes } percig érvényes. Ha nem Ön kérte, figyelmen kívül hagyhatja ezt az e-mailt: a kód nélkül semmi sem változik.
message-code-sms = Az Ön ellenőrző kódja: { $code }. A kód { $minutes } percig érvényes.
message-code-voice = Az Ön ellenőrző kódja: { $code }. Még egyszer: { $code }.
message-changed-subject = Módosultak a biztonsági adatai
message-changed-body = Fiókja biztonsági adatai az imént módosultak:
    { $changes }

    Ha Ön végezte a módosítást, nincs teendője. Ha nem, azonnal forduljon az ügyfélszolgálathoz.
message-changed-phone = a hitelesítési telefonszám
message-changed-email = a hitelesítési e-mail-cím
message-changed-questions = a biztonsági kérdések

country-AR = Argentína
country-AT = Ausztria
country-AU = Ausztrália
country-BE = Belgium
country-BR = Brazília
country-CA = Kanada
country-CH = Svájc
country-CN = Kína
country-CZ = Csehország
country-DE = Németország
country-DK = Dánia
country-ES = Spanyolország
country-FI = Finnország
country-FR = Franciaország
country-GB = Egyesült Királyság
country-GR = Görögország
country-HR = Horvátország
country-HU = Magyarország
country-IE = Írország
country-IN = India
country-IT = Olaszország
country-JP = Japán
country-LU = Luxemburg
country-MT = Málta
country-MX = Mexikó
country-NL = Hollandia
country-NO = Norvégia
country-NZ = Új-Zéland
country-PL = Lengyelország
country-PT = Portugália
country-RO = Románia
country-SE = Svédország
country-SI = Szlovénia
country-SK = Szlovákia
country-SM = San Marino
country-TR = Törökország
country-UA = Ukrajna
country-US = Egyesült Államok
country-VA = Vatikán
country-ZA = Dél-afrikai Köztársaság
registration-error-reauth-required = Biztonsága érdekében a biztonsági adatok módosítása előtt adja meg újra a jelszavát.
registration-error-method-not-changeable = Ez a módszer itt nem módosítható.
registration-error-wrong-password = A jelszó nem helyes.
registration-error-too-many-password-tries = Túl sok hibás jelszót adtak meg. Várjon néhány percet, és próbálja újra.

security-info-title = Biztonsági adatok
security-info-back = Vissza a fiókjához
security-info-usable = { $usable ->
    [one] A jelszó-visszaállítás az Ön módszerei közül egyet használhat
   *[other] A jelszó-visszaállítás az Ön módszerei közül { $usable } módszert használhat
}; ehhez { $required ->
    [one] egy szükséges.
   *[other] { $required } különböző szükséges.
}
security-info-not-set = Nincs beállítva
security-info-add = Hozzáadás
security-info-change = Módosítás
security-info-delete = Törlés
security-info-deleted = A módszert töröltük.
security-info-delete-title = Módszer törlése
security-info-delete-confirm = Törli ezt a módszert a biztonsági adatai közül: „{ $method }”?
security-info-delete-warning = { $required ->
    [one] Ezután egyetlen módszere sem maradna, és többé nem tudná önállóan visszaállítani a jelszavát.
   *[other] Ezután { $required } módszernél kevesebb maradna, és többé nem tudná önállóan visszaállítani a jelszavát.
}
reauth-title = Igazolja, hogy Ön az
reauth-submit = Folytatás

## Password reset messages

message-reset-subject = A jelszavát visszaállították
message-reset-body = Tisztelt Felhasználó!

    Fiókja jelszavát az imént visszaállították az önkiszolgáló jelszókezelő portálon, és minden munkamenetből kijelentkeztettük.

    Ha ezt Ön tette, nincs további teendője. Ha nem, azonnal értesítse a rendszergazdát.

    Bejelentkezés: { $url }
message-unlocked-subject = Feloldották fiókja zárolását
message-unlocked-body = Tisztelt Felhasználó!

    Fiókja zárolását az imént feloldották az önkiszolgáló jelszókezelő portálon. A jelszava nem változott.

    Ha nem Ön tette ezt, azonnal értesítse a rendszergazdát.

    Bejelentkezés: { $url }
message-admin-reset-subject = { $admin } rendszergazda visszaállította a saját jelszavát
message-admin-reset-body = Tisztelt Felhasználó!

    { $admin } rendszergazda az imént visszaállította a saját jelszavát az önkiszolgáló jelszókezelő portálon.

    Ha erre nem számított, egyeztessen vele, és tekintse át az auditnaplót.

    Portál: { $url }

## Email footer and text-message sender

email-footer-sent-by = Ez egy automatikus üzenet. Feladó: { $organisation }.
email-footer-privacy = Adatvédelem
email-footer-terms = Felhasználási feltételek
email-footer-helpdesk = Ügyfélszolgálat
message-from-organisation = { $organisation }: { $text }
