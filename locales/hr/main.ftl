### Hrvatski (hr). Register: formal "vi" ("Unesite", "Odaberite"; "prijavljeni ste"), as in Microsoft's Croatian product UI.
### Plural selectors use [1] for the exact value one and the CLDR categories one/few/other for all other numbers.
### Glossary:
###   password = lozinka
###   security info = sigurnosni podaci
###   verification code = kôd za provjeru
###   security question = sigurnosno pitanje
###   helpdesk = služba za podršku
###   administrator = administrator
###   sign in / sign out = prijaviti se, prijava / odjava
###   reset (password) = ponovno postaviti lozinku, ponovno postavljanje lozinke
###   unlock = otključati
###   account = račun
###   user name = korisničko ime
###   method = način
###   text message = SMS poruka
###   directory = imenik
###   authentication phone / email = telefon / e-pošta za provjeru autentičnosti

## Shared by every page

product-name = Samostalno upravljanje računom
skip-to-content = Preskoči na glavni sadržaj
loading = Učitavanje…
language-label = Jezik
# Prikazuje se u biraču jezika: naziv ovog jezika na tom jeziku.
language-name = Hrvatski
language-apply = Promijeni jezik
password-show = Prikaži lozinku
password-hide = Sakrij lozinku

## Errors

error-user-name-missing = Unesite korisničko ime.
error-user-name-invalid = Ovo ne izgleda kao korisničko ime. Provjerite što ste upisali i pokušajte ponovno.
error-password-missing = Unesite lozinku.
error-invalid-credentials = Korisničko ime ili lozinka nisu točni. Provjerite oboje i pokušajte ponovno.
error-account-locked = Vaš je račun zaključan. Da biste ga otključali, u nastavku odaberite „Ne možete pristupiti računu?“ ili se obratite službi za podršku.
error-sign-in-paused = Za ovo korisničko ime zabilježeno je previše neuspjelih prijava. Radi zaštite računa prijava je privremeno onemogućena do { $until }. Ako ste zaboravili lozinku, možete je odmah ponovno postaviti.
error-sign-in-busy-address = Iz vaše mreže zabilježeno je previše neuspjelih prijava. Pričekajte sat vremena i pokušajte ponovno.
error-unavailable = Nešto je pošlo po zlu na našoj strani. Pokušajte ponovno za nekoliko minuta.
error-transport = Nismo se mogli povezati s poslužiteljem. Provjerite vezu i pokušajte ponovno.

## Sign-in page

sign-in-title = Prijava
sign-in-heading = Prijavite se u svoj račun
sign-in-user-name = Korisničko ime
sign-in-password = Lozinka
sign-in-submit = Prijava
sign-in-cant-access = Ne možete pristupiti računu?

## Account page

account-title = Vaš račun
account-heading = Vaš račun
account-signed-in-as = Prijavljeni ste kao
account-sign-out = Odjava
account-signed-out = Niste prijavljeni.
account-go-sign-in = Idi na prijavu

## Password reset

reset-title = Ponovno postavljanje lozinke
reset-heading = Vratite pristup svojem računu
reset-back-to-sign-in = Natrag na prijavu
reset-intro = Unesite korisničko ime i pomoći ćemo vam da dokažete da ste to vi, a zatim odaberite novu lozinku.
reset-user-id = Korisničko ime
reset-user-id-hint = Obično je to vaša poslovna adresa e-pošte, na primjer name@contoso.example.
reset-next = Dalje
captcha-question = Dokažite da ste čovjek: koliko je { $a } plus { $b }?
captcha-hint = Upišite odgovor brojkama.
captcha-checking = Provjeravamo jeste li čovjek…
captcha-done = Gotovo: vaš je preglednik potvrdio da ste čovjek. Nastavite gumbom „Dalje“.
reset-start-again = Počni ispočetka
reset-verify-heading = Dokažite da ste to vi
reset-gate-of = Provjera { $number } od { $total }
reset-gate-legend = Kako želite primiti kôd za provjeru?
reset-gate-email = Pošalji kôd e-poštom na { $destination }
reset-gate-mobile-sms = Pošalji kôd SMS porukom na moj mobilni telefon { $destination }
reset-gate-mobile-voice = Nazovi moj mobilni telefon { $destination }
reset-gate-office-voice = Nazovi moj poslovni telefon { $destination }
reset-gate-questions = Odgovori na moja sigurnosna pitanja
reset-code-sent-email = Poslali smo poruku e-pošte s kodom za provjeru na { $destination }.
reset-code-sent-sms = Poslali smo SMS poruku s kodom za provjeru na { $destination }.
reset-code-sent-voice = Zovemo { $destination } da vam pročitamo kôd za provjeru.
reset-code-resend = Pošalji novi kôd
reset-other-method = Upotrijebi drugi način
reset-questions-heading = Odgovorite na sigurnosna pitanja
reset-password-heading = Odaberite novu lozinku
reset-password-hint = { $min ->
    [1] Upotrijebite barem jedan znak.
    [one] Upotrijebite barem { $min } znak. Najbolja je duga fraza koju možete zapamtiti; izbjegavajte svoje ime i uobičajene lozinke.
    [few] Upotrijebite barem { $min } znaka. Najbolja je duga fraza koju možete zapamtiti; izbjegavajte svoje ime i uobičajene lozinke.
   *[other] Upotrijebite barem { $min } znakova. Najbolja je duga fraza koju možete zapamtiti; izbjegavajte svoje ime i uobičajene lozinke.
}
reset-password-new = Nova lozinka
reset-password-confirm = Potvrdite novu lozinku
reset-password-strength-0 = Procijenjena jačina: vrlo slaba
reset-password-strength-1 = Procijenjena jačina: slaba
reset-password-strength-2 = Procijenjena jačina: srednja
reset-password-strength-3 = Procijenjena jačina: jaka
reset-password-strength-4 = Procijenjena jačina: vrlo jaka
reset-password-strength-note = Procjena je izrađena u vašem pregledniku kao pomoć pri odabiru. O tome hoće li lozinka biti prihvaćena odlučuju gornja pravila.
reset-password-submit = Ponovno postavi lozinku
reset-unlock-only-text = Vaš je račun zaključan. Ako još znate lozinku, možete otključati račun i zadržati je.
reset-unlock-only = Samo otključaj
reset-contact-heading = Obratite se administratoru
reset-contact-text = Ovdje ne možete ponovno postaviti lozinku. Administrator vam može pomoći da vratite pristup računu.
reset-contact-helpdesk = Obratite se službi za podršku
reset-done-heading = Lozinka je ponovno postavljena
reset-done-text = Odjavljeni ste sa svih uređaja. Prijavite se novom lozinkom.
reset-unlocked-heading = Vaš je račun otključan
reset-unlocked-text = Prijavite se trenutačnom lozinkom.
reset-go-sign-in = Idi na prijavu
reset-error-flow-missing = Ponovno postavljanje je isteklo ili nikad nije započeto. Počnite ispočetka.
reset-error-step-out-of-order = Taj korak trenutačno nije dostupan. Nastavite s ove stranice.
reset-error-user-id-missing = Unesite korisničko ime.
reset-error-user-id-invalid = Unesite korisničko ime u obliku adrese e-pošte, na primjer name@contoso.example.
reset-error-captcha-failed = Nismo mogli provjeriti jeste li čovjek. Pokušajte ponovno.
reset-error-gate-missing = Odaberite kako želite primiti kôd.
reset-error-code-dead = Previše pogrešnih kodova. Pošaljite novi kôd ili upotrijebite drugi način.
reset-error-answers-wrong = Jedan ili više odgovora nisu točni. Provjerite ih i pokušajte ponovno.
reset-error-blocked = Previše ste puta pokušali. Radi vaše sigurnosti samostalno ponovno postavljanje lozinke za ovaj je račun onemogućeno do { $until }.
reset-error-busy-address = Iz vaše mreže zabilježeno je previše pokušaja. Pričekajte sat vremena i pokušajte ponovno.
reset-error-passwords-differ = Lozinke se ne podudaraju.
reset-error-password-too-short = { $min ->
    [1] Upotrijebite barem jedan znak.
    [one] Upotrijebite barem { $min } znak.
    [few] Upotrijebite barem { $min } znaka.
   *[other] Upotrijebite barem { $min } znakova.
}
reset-error-password-missing = Unesite novu lozinku.
reset-error-password-common = Ova se lozinka nalazi na popisu lozinki koje napadači prve isprobavaju. Odaberite drugu, na primjer frazu od nekoliko nepovezanih riječi.
reset-error-password-control = Lozinke ne smiju sadržavati prijelome redaka, tabulatore ni druge kontrolne znakove. Upišite je ponovno bez njih.
reset-error-write-unconfirmed = Nismo mogli potvrditi da je nova lozinka spremljena. Odaberite je ponovno; novi odabir zamjenjuje sve što je spremljeno.
reset-writing = Vaša se promjena sprema. Za trenutak ponovno učitajte ovu stranicu.
reset-error-password-too-long = Upotrijebite najviše 256 znakova.
reset-error-password-contains-name = Ne upotrebljavajte korisničko ime u lozinki.
reset-error-write-failed = Promjenu nismo mogli spremiti u imenik pa ništa nije promijenjeno. Pokušajte ponovno za trenutak.

## Organisation branding on every page

footer-label = Poveznice organizacije
footer-privacy = Privatnost
footer-terms = Uvjeti korištenja
footer-helpdesk = Služba za podršku

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio za brendiranje
studio-heading-layer = Postavke: { $layer }
studio-back = Natrag u studio za brendiranje
studio-preview-banner = Pregledavate neobjavljeni izgled brenda. Nitko drugi ga ne vidi dok se ne objavi.
studio-preview-stop = Zaustavi pretpregled
studio-layer-label = Postavke za
studio-layer-open = Otvori
studio-layer-default = Zadano (svi jezici)
studio-layer-overridden = { $language } (ima vlastite postavke)
studio-inherited = Ako je prazno: { $value }
studio-as-default = Kao u zadanim postavkama
studio-as-product = Kao što portal izgleda bez brendiranja
studio-show = Prikaži
studio-hide = Sakrij
studio-save = Spremi skicu
studio-section-identity = Organizacija
studio-section-colours = Boje
studio-colours-hint = Boje upišite u obliku #rrggbb, na primjer #0b5cad. Tekst i gumbi moraju se dovoljno isticati na pozadini da ih svatko može pročitati, pa studio prije objave provjerava kontrast.
studio-section-layout = Raspored
studio-section-sign-in = Stranica za prijavu
studio-section-links = Poveznice u podnožju
studio-section-css = Prilagođeni CSS
studio-css-hint = Pravila za nazive klasa navedene u CSS referenci portala. Slike smiju biti samo one koje su ovdje prenesene. Najviše 25 KB.
studio-section-images = Slike
studio-section-publish = Objavljivanje
studio-section-publications = Objave
studio-field-organisation-name = Naziv organizacije
studio-field-colour-primary = Gumbi i poveznice
studio-field-colour-primary-text = Tekst na gumbima
studio-field-colour-header = Traka zaglavlja
studio-field-colour-header-text = Tekst u traci zaglavlja
studio-field-colour-text = Tekst
studio-field-colour-page = Pozadina stranice
studio-field-colour-card = Pozadina kartice
studio-field-colour-focus = Okvir fokusa tipkovnice
studio-field-layout = Raspored stranice
studio-layout-full-bleed = Pozadinska slika preko cijele stranice
studio-layout-plain = Jednobojna stranica
studio-field-show-header = Prikaži traku zaglavlja
studio-field-show-footer = Prikaži podnožje
studio-field-sign-in-text = Tekst stranice za prijavu
studio-field-user-name-hint = Savjet za korisničko ime
studio-field-cant-access-label = Tekst poveznice za osobe koje se ne mogu prijaviti
studio-field-show-reset-link = Poveznica za osobe koje se ne mogu prijaviti
studio-field-privacy-url = Adresa izjave o zaštiti privatnosti
studio-field-terms-url = Adresa uvjeta korištenja
studio-field-helpdesk-url = Adresa službe za podršku (web ili e-pošta)
studio-field-custom-css = Prilagođeni CSS
studio-field-image-banner-logo = Logotip natpisa
studio-field-image-square-logo = Kvadratni logotip
studio-field-image-square-logo-dark = Kvadratni logotip za tamne pozadine
studio-field-image-favicon = Favikona
studio-field-image-background = Pozadinska slika
studio-image-limits = { $kinds }, najviše { $kilobytes } KB i { $width } × { $height } piksela.
studio-image-upload = Prenesi sliku: { $slot }
studio-image-remove = Ukloni sliku: { $slot }
studio-image-current = Trenutačna slika: { $slot }
studio-live-heading = Pretpregled uživo
studio-live-caption = Prati boje i tekstove iznad dok tipkate, i prije spremanja.
studio-preview = Pretpregled skice na stvarnim stranicama
studio-email-preview = Pretpregled poruke e-pošte sa skicom
studio-publish = Objavi
studio-state-never-published = Još ništa nije objavljeno: svi vide portal bez brendiranja.
studio-state-published = Aktivna je verzija { $version }.
studio-state-unpublished-changes = Skica sadrži promjene koje nisu objavljene.
studio-problems-heading = Prije objave ispravite sljedeće
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } imaju kontrast { $ratio }, a potreban je najmanje { $minimum }.
studio-problem-too-long = najveći dopušteni broj znakova je { $max }.
studio-problem-control-character = uklonite kontrolne znakove (npr. tabulatore).
studio-problem-not-a-colour = upišite boju kao # i šest heksadecimalnih znamenki, na primjer #0b5cad.
studio-problem-link-not-https = web-adrese moraju počinjati s https://.
studio-problem-link-invalid = upišite web-adresu koja počinje s https:// ili adresu e-pošte.
studio-problem-css = redak { $line }: { $reason }
studio-css-too-long = list stilova veći je od 25 KB.
studio-css-import = @import nije dopušten; umjesto toga pravila napišite ovdje.
studio-css-external-url = url() smije upućivati samo na sliku prenesenu u studiju.
studio-css-expression = expression(), behavior i -moz-binding nisu dopušteni.
studio-css-at-rule = dopušteni su samo @media, @supports, @layer, @container, @font-face i @keyframes.
studio-css-markup = niz </ nije dopušten.
studio-css-unparsable = ovo nije valjani CSS (provjerite nedostaje li vitičasta zagrada, dvotočka ili navodnik).
studio-pair-text-on-page = tekst i pozadina stranice
studio-pair-text-on-card = tekst i pozadina kartice
studio-pair-button-text-on-primary = tekst gumba i gumbi
studio-pair-header-text-on-header = tekst zaglavlja i traka zaglavlja
studio-pair-focus-on-page = okvir fokusa i pozadina stranice
studio-column-version = Verzija
studio-column-when = Objavljeno
studio-column-who = Korisnik
studio-column-note = Napomena
studio-column-action = Radnja
studio-publication-live = Trenutačno aktivna
studio-publication-restored = Vraća verziju { $version }
studio-roll-back = Ponovno objavi verziju { $version }
studio-done-saved = Skica je spremljena. Pregledajte je, a zatim je objavite kad bude spremna.
studio-done-uploaded = Slika je dodana u skicu.
studio-done-removed = Slika je uklonjena iz skice.
studio-done-published = Objavljeno. Sve stranice prikazat će novi izgled brenda za nekoliko sekundi.
studio-done-rolled-back = Prethodna verzija ponovno je aktivna i sada je ujedno i skica.
studio-done-preview-stopped = Pretpregled je završen.
studio-refused-publish = Ništa nije objavljeno: najprije ispravite probleme navedene u nastavku.
studio-refused-no-such-version = Ta verzija ne postoji. Ništa nije promijenjeno.
studio-refused-unavailable = Promjenu nije bilo moguće spremiti. Ništa nije promijenjeno; pokušajte ponovno.
studio-refused-empty = Slika „{ $slot }“ nije prenesena: nije odabrana nijedna datoteka ili je datoteka prazna. Ništa nije promijenjeno.
studio-refused-too-many-bytes = Slika „{ $slot }“ nije prenesena: datoteka je veća od { $kilobytes } KB. Ništa nije promijenjeno.
studio-refused-unknown-type = Slika „{ $slot }“ nije prenesena: datoteka nije slika u formatu PNG, JPEG ili WebP (ni SVG crtež, za logotipe), bez obzira na to kako se zove. Ništa nije promijenjeno.
studio-refused-svg-not-allowed = Slika „{ $slot }“ nije prenesena: SVG crteži prihvaćaju se samo za logotipe. Upotrijebite PNG, JPEG ili WebP. Ništa nije promijenjeno.
studio-refused-too-many-pixels = Slika „{ $slot }“ nije prenesena: veća je od { $width } × { $height } piksela. Ništa nije promijenjeno.
studio-refused-undecodable = Slika „{ $slot }“ nije prenesena: slika je oštećena i nije se mogla pročitati. Ništa nije promijenjeno.
studio-refused-svg-unparsable = Slika „{ $slot }“ nije prenesena: SVG crtež nije se mogao pročitati. Ništa nije promijenjeno.
studio-refused-svg-doctype = Slika „{ $slot }“ nije prenesena: SVG crteži s DOCTYPE deklaracijom ili entitetima odbijaju se. Ništa nije promijenjeno.
studio-refused-svg-script = Slika „{ $slot }“ nije prenesena: SVG crtež sadrži skriptu. Ništa nije promijenjeno.
studio-refused-svg-foreign-object = Slika „{ $slot }“ nije prenesena: SVG crtež ugrađuje drugi sadržaj (foreignObject). Ništa nije promijenjeno.
studio-refused-svg-event-handler = Slika „{ $slot }“ nije prenesena: SVG crtež sadrži rukovatelje događajima (atribute on…). Ništa nije promijenjeno.
studio-refused-svg-external-reference = Slika „{ $slot }“ nije prenesena: SVG crtež upućuje na datoteke ili adrese izvan sebe. Ništa nije promijenjeno.
studio-refused-svg-too-complex = Slika „{ $slot }“ nije prenesena: SVG crtež je previše složen. Pojednostavnite ga i pokušajte ponovno. Ništa nije promijenjeno.
studio-refused-svg-marker = Slika „{ $slot }“ nije prenesena: SVG markeri nisu podržani. Ništa nije promijenjeno.

## Not found

not-found-title = Stranica nije pronađena
not-found-heading = Nismo pronašli tu stranicu.

## Demo outbox (demonstration mode only)

outbox-title = Demonstracijski izlazni spremnik
outbox-heading = Demonstracijski izlazni spremnik
outbox-banner-heading = Demonstracijski način rada
outbox-banner-text = Ova stranica postoji samo u demonstracijskom načinu rada. Poruke se zapravo ne šalju: poruke e-pošte, SMS poruke i glasovni pozivi umjesto toga čuvaju se ovdje, zajedno s jednokratnim kodovima, kako biste mogli isprobati portal. Nikada ne pokrećite stvarni portal u demonstracijskom načinu rada.
outbox-caption = Najnovije poruke (najviše { $limit }), od najnovije
outbox-empty = Još nema poruka. Ovdje će se prikazati kodovi i obavijesti koje portal pošalje.
outbox-time = Vrijeme
outbox-channel = Kanal
outbox-recipient = Primatelj
outbox-subject = Predmet
outbox-body = Poruka
outbox-channel-email = E-pošta
outbox-channel-sms = SMS poruka
outbox-channel-voice = Glasovni poziv

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = U kojem ste gradu upoznali svojeg prvog supružnika ili partnera?
question-city-parents-met = U kojem su se gradu upoznali vaši roditelji?
question-city-nearest-sibling = U kojem gradu živi vama najbliži brat ili najbliža sestra?
question-city-father-born = U kojem se gradu rodio vaš otac?
question-city-first-job = U kojem ste gradu imali prvi posao?
question-city-mother-born = U kojem se gradu rodila vaša majka?
question-city-new-year-2000 = U kojem ste gradu dočekali 2000. godinu?
question-high-school-teacher-last-name = Kako se preziva vaš omiljeni profesor ili profesorica iz srednje škole?
question-college-applied-not-attended = Kako se zove fakultet na koji ste se prijavili, ali ga niste upisali?
question-first-wedding-reception-place = Kako se zove mjesto na kojem je održana vaša prva svadba?
question-father-middle-name = Kako glasi djevojačko prezime vaše bake s očeve strane?
question-favorite-food = Koje je vaše omiljeno jelo?
question-maternal-grandmother-name = Koje je ime i prezime vaše bake s majčine strane?
question-mother-middle-name = Kako glasi djevojačko prezime vaše majke?
question-oldest-sibling-birthday = Koji su mjesec i godina rođenja vašeg najstarijeg brata ili sestre? (npr. studeni 1985.)
question-oldest-sibling-middle-name = Kako glasi nadimak vašeg najstarijeg brata ili sestre?
question-paternal-grandfather-name = Koje je ime i prezime vašeg djeda s očeve strane?
question-youngest-sibling-middle-name = Kako glasi nadimak vašeg najmlađeg brata ili sestre?
question-sixth-grade-school = Koju ste školu pohađali u šestom razredu?
question-childhood-best-friend-name = Koje je ime i prezime vašeg najboljeg prijatelja ili prijateljice iz djetinjstva?
question-first-significant-other-name = Koje je ime i prezime vaše prve ljubavi?
question-grade-school-teacher-last-name = Kako se preziva vaša omiljena učiteljica ili učitelj iz razredne nastave u osnovnoj školi?
question-first-car-make-model = Koja je bila marka i model vašeg prvog automobila ili motocikla?
question-first-school = Kako se zvala prva škola koju ste pohađali?
question-birth-hospital = Kako se zove bolnica u kojoj ste rođeni?
question-childhood-street = Kako se zvala ulica vašeg prvog doma iz djetinjstva?
question-childhood-hero = Tko je bio vaš junak iz djetinjstva?
question-favorite-stuffed-animal = Kako se zvala vaša omiljena plišana igračka?
question-first-pet = Kako se zvao vaš prvi kućni ljubimac?
question-childhood-nickname = Koji ste nadimak imali u djetinjstvu?
question-high-school-sport = Koji vam je bio omiljeni sport u srednjoj školi?
question-first-job = Koji vam je bio prvi posao?
question-childhood-phone-last-digits = Koje su bile posljednje četiri znamenke vašeg telefonskog broja iz djetinjstva?
question-childhood-ambition = Što ste kao dijete htjeli postati kad odrastete?
question-most-famous-person-met = Tko je najpoznatija osoba koju ste ikad upoznali?

## Security-info registration

method-email = E-pošta
method-mobile-phone = Mobilni telefon
method-office-phone = Poslovni telefon
method-security-questions = Sigurnosna pitanja
method-questions-count = { $count ->
    [one] { $count } odgovoreno pitanje
    [few] { $count } odgovorena pitanja
   *[other] { $count } odgovorenih pitanja
}
source-authentication = iz vaše registracije za provjeru, ne prikazuje se u imeniku
source-directory = iz vašeg profila u imeniku
source-administrator = prema postavci administratora

prompt-title = Potrebno je više informacija
prompt-register-heading = Potrebno je više informacija
prompt-register-why = Vaša organizacija treba način da potvrdi da ste to vi kad zaboravite lozinku ili vam se račun zaključa. Registrirajte sigurnosne podatke sada kako biste sami mogli vratiti pristup, bez pozivanja službe za podršku.
prompt-register-needed = { $count ->
    [1] Potreban vam je barem jedan način provjere.
    [one] Potreban vam je barem { $count } različit način provjere.
    [few] Potrebna su vam barem { $count } različita načina provjere.
   *[other] Potrebno vam je barem { $count } različitih načina provjere.
}
prompt-next = Dalje
prompt-skip = Preskoči zasad
prompt-reconfirm-heading = Jesu li ovi podaci još točni?
prompt-reconfirm-why = Provjerite sigurnosne podatke koje ste registrirali. Ako se nešto promijenilo, ažurirajte ih kako biste i dalje mogli ponovno postaviti lozinku.
prompt-looks-good = Sve je u redu
prompt-change = Promijeni
prompt-nothing = Ništa više nije potrebno
prompt-go-account = Idi na svoj račun

wizard-title = Registracija sigurnosnih podataka
wizard-start = Počni ispočetka
wizard-step-of = Korak { $number } od { $total }
wizard-code-label = Kôd za provjeru
wizard-verify = Provjeri
wizard-send-code = Pošalji kôd
wizard-skip-step = Preskoči ovaj način
wizard-phone-country = Država ili regija
wizard-phone-number = Telefonski broj
wizard-phone-hint = Bez pozivnog broja države ili s pozivnim brojem koji počinje znakom +.
wizard-phone-channel = Kako da vam pošaljemo kôd?
wizard-phone-sms = Tekstna poruka (SMS)
wizard-phone-voice = Glasovni poziv
wizard-phone-texted = Poslali smo SMS poruku s kodom na broj { $number }.
wizard-phone-called = Zovemo broj { $number } da vam pročitamo kôd.
wizard-phone-resend-heading = Niste primili kôd? Pošaljite ga ponovno ili upotrijebite drugi broj
wizard-phone-reset-uses = Ponovno postavljanje lozinke trenutačno bi upotrijebilo broj { $number }, { $source }.
wizard-phone-reset-none = Još nemate telefon koji bi se mogao upotrijebiti za ponovno postavljanje lozinke.
wizard-phone-precedence = Broj koji ovdje potvrdite postaje vaš telefon za provjeru autentičnosti i ponovno postavljanje lozinke upotrebljava ga umjesto mobilnog telefona iz imenika.
wizard-office-phone = Poslovni telefon: { $number }, postavlja ga administrator. Ovdje ga ne možete promijeniti.
wizard-email-address = Adresa e-pošte
wizard-email-sent = Poslali smo poruku e-pošte s kodom na { $address }.
wizard-email-resend-heading = Niste primili poruku? Pošaljite je ponovno ili upotrijebite drugu adresu
wizard-email-reset-uses = Ponovno postavljanje lozinke trenutačno bi upotrijebilo adresu { $address }, { $source }.
wizard-email-reset-none = Još nemate adresu e-pošte koja bi se mogla upotrijebiti za ponovno postavljanje lozinke.
wizard-email-precedence = Adresa koju ovdje potvrdite postaje vaša e-pošta za provjeru autentičnosti i ponovno postavljanje lozinke upotrebljava je umjesto zamjenske adrese e-pošte iz imenika. Upotrijebite adresu različitu od poslovne.
wizard-questions-intro = { $count ->
    [1] Odaberite pitanje i odgovorite na njega.
    [one] Odaberite { $count } različito pitanje i odgovorite na svako od njih.
    [few] Odaberite { $count } različita pitanja i odgovorite na svako od njih.
   *[other] Odaberite { $count } različitih pitanja i odgovorite na svako od njih.
} Odgovori imaju od 3 do 40 znakova; velika slova i dodatni razmaci nisu važni. Nitko ih, pa ni administratori, ne može pročitati.
wizard-question-label = Pitanje { $number }
wizard-answer-label = Odgovor na pitanje { $number }
wizard-question-choose = Odaberite pitanje
wizard-answers-show = Prikaži odgovore
wizard-answers-hide = Sakrij odgovore
wizard-questions-save = Nastavi
wizard-questions-retype = Radi vaše sigurnosti odgovori se nikad ne šalju natrag na stranicu: upišite ih ponovno.
wizard-summary-heading = Provjera i spremanje
wizard-summary-skipped = Preskočeno
wizard-save = Spremi
wizard-cancel = Odustani

registration-error-not-signed-in = Vaša je sesija završila. Prijavite se ponovno.
registration-error-flow-missing = Ova je registracija istekla ili je već dovršena. Počnite ispočetka da biste nastavili.
registration-error-step-out-of-order = Taj korak trenutačno nije dostupan. Nastavite od prikazanog koraka.
registration-error-phone-missing = Unesite telefonski broj.
registration-error-country-needed = Odaberite državu ili upišite broj s međunarodnim pozivnim brojem koji počinje znakom +.
registration-error-phone-invalid = To nije valjan telefonski broj za odabranu državu.
registration-error-email-missing = Unesite adresu e-pošte.
registration-error-email-invalid = Unesite adresu e-pošte u obliku name@example.com.
code-error-missing = Unesite kôd koji smo vam poslali.
code-error-malformed = Kôd ima od 6 do 8 znamenki.
code-error-wrong = { $tries ->
    [1] Taj kôd nije točan. Imate još jedan pokušaj.
    [one] Taj kôd nije točan. Imate još { $tries } pokušaj.
    [few] Taj kôd nije točan. Imate još { $tries } pokušaja.
   *[other] Taj kôd nije točan. Imate još { $tries } pokušaja.
}
code-error-dead = Previše pogrešnih kodova. Pošaljite novi kôd.
code-error-expired = Taj je kôd istekao. Pošaljite novi kôd.
code-error-used = Ovaj je kôd već upotrijebljen. Pošaljite novi kôd.
code-error-none-sent = Nijedan kôd ne čeka na unos. Pošaljite novi kôd.
code-error-too-many = Poslano je previše kodova. Pričekajte sat vremena ili odaberite drugi način.
code-error-delivery-failed = Nismo mogli poslati kôd. Pokušajte ponovno ili odaberite drugi način.
registration-error-question-missing = Ovdje odaberite pitanje.
registration-error-question-not-offered = Odaberite pitanje s popisa.
registration-error-question-twice = Već ste odabrali ovo pitanje. Odaberite neko drugo.
error-answer-missing = Unesite odgovor.
registration-error-answer-too-short = Odgovori moraju imati barem 3 znaka.
registration-error-answer-too-long = Odgovori mogu imati najviše 40 znakova.
registration-error-answer-twice = Već ste dali ovaj odgovor na drugo pitanje. Unesite drugačiji.
registration-error-steps-pending = Prije spremanja dovršite ili preskočite svaki korak.
registration-error-nothing-to-save = Ništa nije dodano. Registrirajte barem jedan način ili odustanite.
registration-error-not-enough-methods = { $needed ->
    [1] Registrirajte barem jedan način kako biste mogli ponovno postaviti lozinku.
    [one] Registrirajte barem { $needed } različit način kako biste mogli ponovno postaviti lozinku.
    [few] Registrirajte barem { $needed } različita načina kako biste mogli ponovno postaviti lozinku.
   *[other] Registrirajte barem { $needed } različitih načina kako biste mogli ponovno postaviti lozinku.
}

account-security-info = Sigurnosni podaci: registracija, promjena ili brisanje
account-security-info-saved = Vaši su sigurnosni podaci spremljeni.

message-code-email-subject = Vaš kôd za provjeru
message-code-email-body = Vaš kôd za provjeru je { $code }.

    Vrijedi { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }. Ako ga niste zatražili, možete zanemariti ovu poruku e-pošte: bez koda se ništa ne mijenja.
message-code-sms = Vaš kôd za provjeru je { $code }. Vrijedi { $minutes } min.
message-code-voice = Vaš kôd za provjeru je: { $code }. Ponavljam: { $code }.
message-changed-subject = Vaši su sigurnosni podaci promijenjeni
message-changed-body = Sigurnosni podaci vašeg računa upravo su promijenjeni:
    { $changes }

    Ako ste vi napravili ovu promjenu, ne morate ništa poduzeti. Ako niste, odmah se obratite službi za podršku.
message-changed-phone = telefon za provjeru autentičnosti
message-changed-email = e-pošta za provjeru autentičnosti
message-changed-questions = sigurnosna pitanja

country-AR = Argentina
country-AT = Austrija
country-AU = Australija
country-BE = Belgija
country-BR = Brazil
country-CA = Kanada
country-CH = Švicarska
country-CN = Kina
country-CZ = Češka
country-DE = Njemačka
country-DK = Danska
country-ES = Španjolska
country-FI = Finska
country-FR = Francuska
country-GB = Ujedinjeno Kraljevstvo
country-GR = Grčka
country-HR = Hrvatska
country-HU = Mađarska
country-IE = Irska
country-IN = Indija
country-IT = Italija
country-JP = Japan
country-LU = Luksemburg
country-MT = Malta
country-MX = Meksiko
country-NL = Nizozemska
country-NO = Norveška
country-NZ = Novi Zeland
country-PL = Poljska
country-PT = Portugal
country-RO = Rumunjska
country-SE = Švedska
country-SI = Slovenija
country-SK = Slovačka
country-SM = San Marino
country-TR = Turska
country-UA = Ukrajina
country-US = Sjedinjene Američke Države
country-VA = Vatikan
country-ZA = Južnoafrička Republika
registration-error-reauth-required = Radi vaše sigurnosti ponovno unesite lozinku prije promjene sigurnosnih podataka.
registration-error-method-not-changeable = Ovaj se način ovdje ne može promijeniti.
registration-error-wrong-password = Ta lozinka nije točna.
registration-error-too-many-password-tries = Unijeli ste previše pogrešnih lozinki. Pričekajte nekoliko minuta i pokušajte ponovno.

security-info-title = Sigurnosni podaci
security-info-back = Natrag na vaš račun
security-info-usable = { $usable ->
    [1] Ponovno postavljanje lozinke može upotrijebiti jedan od vaših načina
   *[other] Ponovno postavljanje lozinke može upotrijebiti { $usable } od vaših načina
}; { $required ->
    [1] potreban je jedan.
    [one] potreban je { $required } različit.
    [few] potrebna su { $required } različita.
   *[other] potrebno je { $required } različitih.
}
security-info-not-set = Nije postavljeno
security-info-add = Dodaj
security-info-change = Promijeni
security-info-delete = Izbriši
security-info-deleted = Način je izbrisan.
security-info-delete-title = Brisanje načina
security-info-delete-confirm = Želite li izbrisati „{ $method }“ iz sigurnosnih podataka?
security-info-delete-warning = { $required ->
    [1] Nakon toga ne biste imali nijedan način i više ne biste mogli sami ponovno postaviti lozinku.
   *[other] Nakon toga imali biste manje od { $required } načina i više ne biste mogli sami ponovno postaviti lozinku.
}
reauth-title = Potvrdite da ste to vi
reauth-submit = Nastavi

## Password reset messages

message-reset-subject = Vaša je lozinka ponovno postavljena
message-reset-body = Poštovani,

    lozinka vašeg računa upravo je ponovno postavljena putem portala za samostalno upravljanje lozinkama i sve su sesije odjavljene.

    Ako ste to bili vi, ne morate više ništa poduzeti. Ako niste, odmah se obratite administratoru.

    Prijava: { $url }
message-unlocked-subject = Vaš je račun otključan
message-unlocked-body = Poštovani,

    vaš je račun upravo otključan putem portala za samostalno upravljanje lozinkama. Lozinka nije promijenjena.

    Ako to niste bili vi, odmah se obratite administratoru.

    Prijava: { $url }
message-admin-reset-subject = Administrator { $admin } ponovno je postavio svoju lozinku
message-admin-reset-body = Poštovani,

    administrator { $admin } upravo je ponovno postavio vlastitu lozinku putem portala za samostalno upravljanje lozinkama.

    Ako to niste očekivali, provjerite to s tim administratorom i pregledajte zapisnik nadzora.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Ovo je automatska poruka. Pošiljatelj: { $organisation }.
email-footer-privacy = Zaštita privatnosti
email-footer-terms = Uvjeti korištenja
email-footer-helpdesk = Služba za podršku
message-from-organisation = { $organisation }: { $text }
