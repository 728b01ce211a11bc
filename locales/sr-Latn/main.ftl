### Srpski (latinica) (sr-Latn), ekavian. Register: formal "vi" ("Unesite", "Izaberite"; "prijavljeni ste"), as in Microsoft's Serbian (Latin) product UI.
### Plural selectors use [1] for the exact value one and the CLDR categories one/few/other for all other numbers.
### Glossary:
###   password = lozinka
###   security info = bezbednosne informacije
###   verification code = verifikacioni kod
###   security question = bezbednosno pitanje
###   helpdesk = služba za podršku
###   administrator = administrator
###   sign in / sign out = prijaviti se, prijavljivanje / odjaviti se
###   reset (password) = resetovati lozinku, resetovanje lozinke
###   unlock = otključati
###   account = nalog
###   user name = korisničko ime
###   method = metod
###   text message = SMS poruka
###   email address = e-adresa; email message = e-poruka
###   directory = direktorijum
###   authentication phone / email = telefon / e-adresa za potvrdu identiteta

## Shared by every page

product-name = Samostalno upravljanje nalogom
skip-to-content = Pređi na glavni sadržaj
loading = Učitavanje…
language-label = Jezik
# Prikazuje se u biraču jezika: naziv ovog jezika na tom jeziku.
language-name = Srpski (latinica)
language-apply = Promeni jezik
password-show = Prikaži lozinku
password-hide = Sakrij lozinku

## Errors

error-user-name-missing = Unesite korisničko ime.
error-user-name-invalid = Ovo ne liči na korisničko ime. Proverite šta ste uneli i pokušajte ponovo.
error-password-missing = Unesite lozinku.
error-invalid-credentials = Korisničko ime ili lozinka nisu ispravni. Proverite oboje i pokušajte ponovo.
error-account-locked = Vaš nalog je zaključan. Da biste ga otključali, izaberite „Ne možete da pristupite nalogu?“ ispod ili se obratite službi za podršku.
error-sign-in-paused = Zabeleženo je previše neuspelih prijavljivanja za ovo korisničko ime. Radi zaštite naloga, prijavljivanje je pauzirano do { $until }. Ako ste zaboravili lozinku, možete odmah da je resetujete.
error-sign-in-busy-address = Zabeleženo je previše neuspelih prijavljivanja iz vaše mreže. Sačekajte sat vremena i pokušajte ponovo.
error-unavailable = Nešto nije u redu na našoj strani. Pokušajte ponovo za nekoliko minuta.
error-transport = Nismo mogli da se povežemo sa serverom. Proverite vezu i pokušajte ponovo.

## Sign-in page

sign-in-title = Prijavljivanje
sign-in-heading = Prijavite se na svoj nalog
sign-in-user-name = Korisničko ime
sign-in-password = Lozinka
sign-in-submit = Prijavi se
sign-in-cant-access = Ne možete da pristupite nalogu?

## Account page

account-title = Vaš nalog
account-heading = Vaš nalog
account-signed-in-as = Prijavljeni ste kao
account-sign-out = Odjavi se
account-signed-out = Niste prijavljeni.
account-go-sign-in = Idi na prijavljivanje

## Password reset

reset-title = Resetovanje lozinke
reset-heading = Vratite pristup svom nalogu
reset-back-to-sign-in = Nazad na prijavljivanje
reset-intro = Unesite korisničko ime i pomoći ćemo vam da potvrdite da ste to vi, a zatim izaberite novu lozinku.
reset-user-id = Korisničko ime
reset-user-id-hint = Obično je to vaša poslovna e-adresa, na primer name@contoso.example.
reset-next = Dalje
captcha-question = Dokažite da ste čovek: koliko je { $a } plus { $b }?
captcha-hint = Upišite odgovor ciframa.
captcha-checking = Proveravamo da li ste čovek…
captcha-done = Gotovo: vaš pregledač je potvrdio da ste čovek. Nastavite dugmetom „Dalje“.
reset-start-again = Počni ponovo
reset-verify-heading = Potvrdite da ste to vi
reset-gate-of = Verifikacija { $number } od { $total }
reset-gate-legend = Kako želite da dobijete verifikacioni kod?
reset-gate-email = Pošalji kod e-poštom na { $destination }
reset-gate-mobile-sms = Pošalji kod SMS porukom na moj mobilni telefon { $destination }
reset-gate-mobile-voice = Pozovi moj mobilni telefon { $destination }
reset-gate-office-voice = Pozovi moj poslovni telefon { $destination }
reset-gate-questions = Odgovori na moja bezbednosna pitanja
reset-code-sent-email = Poslali smo e-poruku sa verifikacionim kodom na { $destination }.
reset-code-sent-sms = Poslali smo SMS poruku sa verifikacionim kodom na { $destination }.
reset-code-sent-voice = Zovemo { $destination } da vam pročitamo verifikacioni kod.
reset-code-resend = Pošalji novi kod
reset-other-method = Koristi drugi metod
reset-questions-heading = Odgovorite na bezbednosna pitanja
reset-password-heading = Izaberite novu lozinku
reset-password-hint = { $min ->
    [1] Koristite bar jedan znak.
    [one] Koristite bar { $min } znak. Najbolja je duga fraza koju možete da zapamtite; izbegavajte svoje ime i uobičajene lozinke.
    [few] Koristite bar { $min } znaka. Najbolja je duga fraza koju možete da zapamtite; izbegavajte svoje ime i uobičajene lozinke.
   *[other] Koristite bar { $min } znakova. Najbolja je duga fraza koju možete da zapamtite; izbegavajte svoje ime i uobičajene lozinke.
}
reset-password-new = Nova lozinka
reset-password-confirm = Potvrdite novu lozinku
reset-password-strength-0 = Procenjena jačina: veoma slaba
reset-password-strength-1 = Procenjena jačina: slaba
reset-password-strength-2 = Procenjena jačina: srednja
reset-password-strength-3 = Procenjena jačina: jaka
reset-password-strength-4 = Procenjena jačina: veoma jaka
reset-password-strength-note = Procena je napravljena u vašem pregledaču da bi vam pomogla pri izboru. O tome da li će lozinka biti prihvaćena odlučuju gorenavedena pravila.
reset-password-submit = Resetuj lozinku
reset-unlock-only-text = Vaš nalog je zaključan. Ako i dalje znate lozinku, možete da otključate nalog i da je zadržite.
reset-unlock-only = Samo otključaj
reset-contact-heading = Obratite se administratoru
reset-contact-text = Ovde ne možete da resetujete lozinku. Administrator može da vam pomogne da vratite pristup nalogu.
reset-contact-helpdesk = Obratite se službi za podršku
reset-done-heading = Lozinka je resetovana
reset-done-text = Odjavljeni ste sa svih uređaja. Prijavite se novom lozinkom.
reset-unlocked-heading = Vaš nalog je otključan
reset-unlocked-text = Prijavite se trenutnom lozinkom.
reset-go-sign-in = Idi na prijavljivanje
reset-error-flow-missing = Resetovanje je isteklo ili nije ni započeto. Počnite ponovo.
reset-error-step-out-of-order = Taj korak trenutno nije dostupan. Nastavite sa ove stranice.
reset-error-user-id-missing = Unesite korisničko ime.
reset-error-user-id-invalid = Unesite korisničko ime u obliku e-adrese, na primer name@contoso.example.
reset-error-captcha-failed = Nismo mogli da proverimo da li ste čovek. Pokušajte ponovo.
reset-error-gate-missing = Izaberite kako želite da dobijete kod.
reset-error-code-dead = Previše pogrešnih kodova. Pošaljite novi kod ili koristite drugi metod.
reset-error-answers-wrong = Jedan ili više odgovora nisu tačni. Proverite ih i pokušajte ponovo.
reset-error-blocked = Pokušali ste previše puta. Radi vaše bezbednosti, samostalno resetovanje lozinke za ovaj nalog pauzirano je do { $until }.
reset-error-busy-address = Zabeleženo je previše pokušaja iz vaše mreže. Sačekajte sat vremena i pokušajte ponovo.
reset-error-passwords-differ = Lozinke se ne podudaraju.
reset-error-password-too-short = { $min ->
    [1] Koristite bar jedan znak.
    [one] Koristite bar { $min } znak.
    [few] Koristite bar { $min } znaka.
   *[other] Koristite bar { $min } znakova.
}
reset-error-password-missing = Unesite novu lozinku.
reset-error-password-common = Ova lozinka je na listi lozinki koje napadači prve isprobavaju. Izaberite drugu, na primer frazu od nekoliko nepovezanih reči.
reset-error-password-control = Lozinke ne smeju da sadrže prelome redova, tabulatore ni druge kontrolne znakove. Ponovo je upišite bez njih.
reset-error-write-unconfirmed = Nismo mogli da potvrdimo da je nova lozinka sačuvana. Izaberite je ponovo; novi izbor zamenjuje sve što je sačuvano.
reset-writing = Vaša promena se čuva. Za trenutak ponovo učitajte ovu stranicu.
reset-error-password-too-long = Koristite najviše 256 znakova.
reset-error-password-contains-name = Ne koristite korisničko ime u lozinki.
reset-error-write-failed = Nismo mogli da sačuvamo promenu u direktorijumu, pa ništa nije promenjeno. Pokušajte ponovo za trenutak.

## Organisation branding on every page

footer-label = Linkovi organizacije
footer-privacy = Privatnost
footer-terms = Uslovi korišćenja
footer-helpdesk = Služba za podršku

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio za brendiranje
studio-heading-layer = Postavke: { $layer }
studio-back = Nazad na studio za brendiranje
studio-preview-banner = Pregledate neobjavljeno brendiranje. Niko drugi ga ne vidi dok se ne objavi.
studio-preview-stop = Zaustavi pregled
studio-layer-label = Postavke za
studio-layer-open = Otvori
studio-layer-default = Podrazumevano (svi jezici)
studio-layer-overridden = { $language } (ima sopstvene postavke)
studio-inherited = Ako je prazno: { $value }
studio-as-default = Kao u podrazumevanim postavkama
studio-as-product = Kako portal izgleda bez brendiranja
studio-show = Prikaži
studio-hide = Sakrij
studio-save = Sačuvaj radnu verziju
studio-section-identity = Organizacija
studio-section-colours = Boje
studio-colours-hint = Boje unesite u obliku #rrggbb, na primer #0b5cad. Tekst i dugmad moraju dovoljno da se ističu na pozadini kako bi svi mogli da ih pročitaju, pa studio proverava kontrast pre objavljivanja.
studio-section-layout = Raspored
studio-section-sign-in = Stranica za prijavljivanje
studio-section-links = Linkovi u podnožju
studio-section-css = Prilagođeni CSS
studio-css-hint = Pravila za nazive klasa navedene u CSS referenci portala. Slike mogu da potiču samo od slika otpremljenih ovde. Najviše 25 KB.
studio-section-images = Slike
studio-section-publish = Objavljivanje
studio-section-publications = Objave
studio-field-organisation-name = Naziv organizacije
studio-field-colour-primary = Dugmad i linkovi
studio-field-colour-primary-text = Tekst na dugmadi
studio-field-colour-header = Traka zaglavlja
studio-field-colour-header-text = Tekst u traci zaglavlja
studio-field-colour-text = Tekst
studio-field-colour-page = Pozadina stranice
studio-field-colour-card = Pozadina kartice
studio-field-colour-focus = Okvir fokusa tastature
studio-field-layout = Raspored stranice
studio-layout-full-bleed = Slika u pozadini preko cele stranice
studio-layout-plain = Jednobojna pozadina stranice
studio-field-show-header = Prikaži traku zaglavlja
studio-field-show-footer = Prikaži podnožje
studio-field-sign-in-text = Tekst stranice za prijavljivanje
studio-field-user-name-hint = Savet za korisničko ime
studio-field-cant-access-label = Tekst linka za osobe koje ne mogu da se prijave
studio-field-show-reset-link = Link za osobe koje ne mogu da se prijave
studio-field-privacy-url = Adresa izjave o privatnosti
studio-field-terms-url = Adresa uslova korišćenja
studio-field-helpdesk-url = Adresa službe za podršku (veb ili e-adresa)
studio-field-custom-css = Prilagođeni CSS
studio-field-image-banner-logo = Logotip reklamnog natpisa
studio-field-image-square-logo = Kvadratni logotip
studio-field-image-square-logo-dark = Kvadratni logotip za tamne pozadine
studio-field-image-favicon = Ikona sajta (favicon)
studio-field-image-background = Slika u pozadini
studio-image-limits = { $kinds }; najviše { $kilobytes } KB; dimenzije u pikselima najviše { $width } × { $height }.
studio-image-upload = Otpremi: { $slot }
studio-image-remove = Ukloni: { $slot }
studio-image-current = Trenutna slika: { $slot }
studio-live-heading = Pregled uživo
studio-live-caption = Prati boje i tekstove iznad dok kucate, i pre čuvanja.
studio-preview = Pregledaj radnu verziju na pravim stranicama
studio-email-preview = Pregledaj e-poruku sa radnom verzijom
studio-publish = Objavi
studio-state-never-published = Još ništa nije objavljeno: svi vide portal bez brendiranja.
studio-state-published = Aktivna je verzija { $version }.
studio-state-unpublished-changes = Radna verzija sadrži promene koje nisu objavljene.
studio-problems-heading = Ispravite ovo pre objavljivanja
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: kontrast para „{ $pair }“ iznosi { $ratio }; potrebno je najmanje { $minimum }.
studio-problem-too-long = { $max ->
    [one] koristite najviše { $max } znak.
    [few] koristite najviše { $max } znaka.
   *[other] koristite najviše { $max } znakova.
}
studio-problem-control-character = uklonite kontrolne znakove (kao što su tabulatori).
studio-problem-not-a-colour = unesite boju kao # iza kog sledi šest heksadecimalnih cifara, na primer #0b5cad.
studio-problem-link-not-https = veb-adrese moraju da počinju sa https://.
studio-problem-link-invalid = unesite veb-adresu koja počinje sa https:// ili e-adresu.
studio-problem-css = red { $line }: { $reason }
studio-css-too-long = list stilova je veći od 25 KB.
studio-css-import = @import nije dozvoljen; umesto toga stavite pravila ovde.
studio-css-external-url = url() može da upućuje samo na sliku otpremljenu u studiju.
studio-css-expression = expression(), behavior i -moz-binding nisu dozvoljeni.
studio-css-at-rule = dozvoljeni su samo @media, @supports, @layer, @container, @font-face i @keyframes.
studio-css-markup = niz </ nije dozvoljen.
studio-css-unparsable = ovo nije važeći CSS (proverite da li nedostaje vitičasta zagrada, dvotačka ili navodnik).
studio-pair-text-on-page = tekst i pozadina stranice
studio-pair-text-on-card = tekst i pozadina kartice
studio-pair-button-text-on-primary = tekst dugmadi i dugmad
studio-pair-header-text-on-header = tekst zaglavlja i traka zaglavlja
studio-pair-focus-on-page = okvir fokusa i pozadina stranice
studio-column-version = Verzija
studio-column-when = Objavljeno
studio-column-who = Korisnik
studio-column-note = Napomena
studio-column-action = Radnja
studio-publication-live = Trenutno aktivna
studio-publication-restored = Vraća verziju { $version }
studio-roll-back = Ponovo objavi verziju { $version }
studio-done-saved = Radna verzija je sačuvana. Pregledajte je, a zatim je objavite kada bude spremna.
studio-done-uploaded = Slika je u radnoj verziji.
studio-done-removed = Slika je uklonjena iz radne verzije.
studio-done-published = Objavljeno. Sve stranice prikazuju novo brendiranje u roku od nekoliko sekundi.
studio-done-rolled-back = Ranija verzija je ponovo aktivna, a sada je i radna verzija.
studio-done-preview-stopped = Pregled je završen.
studio-refused-publish = Ništa nije objavljeno: prvo ispravite probleme navedene ispod.
studio-refused-no-such-version = Ta verzija ne postoji. Ništa nije promenjeno.
studio-refused-unavailable = Promena nije sačuvana. Ništa nije promenjeno; pokušajte ponovo.
studio-refused-empty = Slika „{ $slot }“ nije otpremljena: nije izabrana nijedna datoteka ili je datoteka prazna. Ništa nije promenjeno.
studio-refused-too-many-bytes = Slika „{ $slot }“ nije otpremljena: datoteka je veća od { $kilobytes } KB. Ništa nije promenjeno.
studio-refused-unknown-type = Slika „{ $slot }“ nije otpremljena: datoteka nije PNG, JPEG ili WebP slika (niti SVG crtež, za logotipe), bez obzira na njen naziv. Ništa nije promenjeno.
studio-refused-svg-not-allowed = Slika „{ $slot }“ nije otpremljena: SVG crteži se prihvataju samo za logotipe. Koristite PNG, JPEG ili WebP. Ništa nije promenjeno.
studio-refused-too-many-pixels = Slika „{ $slot }“ nije otpremljena: njene dimenzije u pikselima premašuju { $width } × { $height }. Ništa nije promenjeno.
studio-refused-undecodable = Slika „{ $slot }“ nije otpremljena: slika je oštećena i nije mogla da se pročita. Ništa nije promenjeno.
studio-refused-svg-unparsable = Slika „{ $slot }“ nije otpremljena: SVG crtež nije mogao da se pročita. Ništa nije promenjeno.
studio-refused-svg-doctype = Slika „{ $slot }“ nije otpremljena: SVG crteži sa DOCTYPE deklaracijom ili entitetima se odbijaju. Ništa nije promenjeno.
studio-refused-svg-script = Slika „{ $slot }“ nije otpremljena: SVG crtež sadrži skriptu. Ništa nije promenjeno.
studio-refused-svg-foreign-object = Slika „{ $slot }“ nije otpremljena: SVG crtež ugrađuje drugi sadržaj (foreignObject). Ništa nije promenjeno.
studio-refused-svg-event-handler = Slika „{ $slot }“ nije otpremljena: SVG crtež sadrži rukovaoce događajima (on… atribute). Ništa nije promenjeno.
studio-refused-svg-external-reference = Slika „{ $slot }“ nije otpremljena: SVG crtež upućuje na datoteke ili adrese izvan sebe. Ništa nije promenjeno.
studio-refused-svg-too-complex = Slika „{ $slot }“ nije otpremljena: SVG crtež je previše složen. Pojednostavite ga i pokušajte ponovo. Ništa nije promenjeno.
studio-refused-svg-marker = Slika „{ $slot }“ nije otpremljena: SVG markeri nisu podržani. Ništa nije promenjeno.

## Not found

not-found-title = Stranica nije pronađena
not-found-heading = Nismo pronašli tu stranicu.

## Demo outbox (demonstration mode only)

outbox-title = Demonstraciono sanduče za slanje
outbox-heading = Demonstraciono sanduče za slanje
outbox-banner-heading = Demonstracioni režim
outbox-banner-text = Ova stranica postoji samo u demonstracionom režimu. Poruke se zaista ne šalju: e-poruke, SMS poruke i glasovni pozivi se umesto toga čuvaju ovde, uključujući jednokratne kodove, kako biste mogli da isprobate portal. Nikada ne pokrećite pravi portal u demonstracionom režimu.
outbox-caption = Najnovije poruke (najviše { $limit }), prvo najnovije
outbox-empty = Još nema poruka. Ovde će se pojaviti kodovi i obaveštenja koje portal šalje.
outbox-time = Vreme
outbox-channel = Kanal
outbox-recipient = Primalac
outbox-subject = Tema
outbox-body = Poruka
outbox-channel-email = E-pošta
outbox-channel-sms = SMS poruka
outbox-channel-voice = Glasovni poziv

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = U kom gradu ste upoznali svog prvog supružnika ili partnera?
question-city-parents-met = U kom gradu su se upoznali vaši roditelji?
question-city-nearest-sibling = U kom gradu živi vama najbliži brat ili najbliža sestra?
question-city-father-born = U kom gradu je rođen vaš otac?
question-city-first-job = U kom gradu ste imali prvi posao?
question-city-mother-born = U kom gradu je rođena vaša majka?
question-city-new-year-2000 = U kom gradu ste dočekali 2000. godinu?
question-high-school-teacher-last-name = Kako se preziva vaš omiljeni profesor ili profesorka iz srednje škole?
question-college-applied-not-attended = Kako se zove fakultet na koji ste se prijavili, ali ga niste upisali?
question-first-wedding-reception-place = Kako se zove mesto na kom je održana vaša prva svadba?
question-father-middle-name = Kako glasi devojačko prezime vaše bake po ocu?
question-favorite-food = Koje je vaše omiljeno jelo?
question-maternal-grandmother-name = Koje je ime i prezime vaše bake po majci?
question-mother-middle-name = Kako glasi devojačko prezime vaše majke?
question-oldest-sibling-birthday = Koji su mesec i godina rođenja vašeg najstarijeg brata ili sestre? (npr. novembar 1985)
question-oldest-sibling-middle-name = Kako glasi nadimak vašeg najstarijeg brata ili sestre?
question-paternal-grandfather-name = Koje je ime i prezime vašeg dede po ocu?
question-youngest-sibling-middle-name = Kako glasi nadimak vašeg najmlađeg brata ili sestre?
question-sixth-grade-school = Koju ste školu pohađali u šestom razredu?
question-childhood-best-friend-name = Koje je ime i prezime vašeg najboljeg druga ili drugarice iz detinjstva?
question-first-significant-other-name = Koje je ime i prezime vaše prve ljubavi?
question-grade-school-teacher-last-name = Kako se preziva vaša omiljena učiteljica ili učitelj iz nižih razreda osnovne škole?
question-first-car-make-model = Koja je bila marka i model vašeg prvog automobila ili motocikla?
question-first-school = Kako se zvala prva škola koju ste pohađali?
question-birth-hospital = Kako se zove porodilište u kom ste rođeni?
question-childhood-street = Kako se zvala ulica vašeg prvog doma iz detinjstva?
question-childhood-hero = Ko je bio vaš junak iz detinjstva?
question-favorite-stuffed-animal = Kako se zvala vaša omiljena plišana igračka?
question-first-pet = Kako se zvao vaš prvi kućni ljubimac?
question-childhood-nickname = Koji ste nadimak imali u detinjstvu?
question-high-school-sport = Koji vam je bio omiljeni sport u srednjoj školi?
question-first-job = Koji vam je bio prvi posao?
question-childhood-phone-last-digits = Koje su bile poslednje četiri cifre vašeg telefonskog broja iz detinjstva?
question-childhood-ambition = Šta ste kao dete želeli da budete kad porastete?
question-most-famous-person-met = Ko je najpoznatija osoba koju ste ikada upoznali?

## Security-info registration

method-email = E-pošta
method-mobile-phone = Mobilni telefon
method-office-phone = Poslovni telefon
method-security-questions = Bezbednosna pitanja
method-questions-count = { $count ->
    [one] { $count } odgovoreno pitanje
    [few] { $count } odgovorena pitanja
   *[other] { $count } odgovorenih pitanja
}
source-authentication = iz vaše registracije za verifikaciju, ne prikazuje se u direktorijumu
source-directory = iz vašeg profila u direktorijumu
source-administrator = prema podešavanju administratora

prompt-title = Potrebno je još informacija
prompt-register-heading = Potrebno je još informacija
prompt-register-why = Vašoj organizaciji je potreban način da potvrdi da ste to vi kada zaboravite lozinku ili kada vam se nalog zaključa. Registrujte bezbednosne informacije sada da biste mogli sami da vratite pristup, bez pozivanja službe za podršku.
prompt-register-needed = { $count ->
    [1] Potreban vam je bar jedan metod verifikacije.
    [one] Potreban vam je bar { $count } različit metod verifikacije.
    [few] Potrebna su vam bar { $count } različita metoda verifikacije.
   *[other] Potrebno vam je bar { $count } različitih metoda verifikacije.
}
prompt-next = Dalje
prompt-skip = Preskoči za sada
prompt-reconfirm-heading = Da li su ovi podaci i dalje tačni?
prompt-reconfirm-why = Proverite bezbednosne informacije koje ste registrovali. Ako se nešto promenilo, ažurirajte ih da biste i dalje mogli da resetujete lozinku.
prompt-looks-good = Sve je u redu
prompt-change = Promeni
prompt-nothing = Ništa više nije potrebno
prompt-go-account = Idi na svoj nalog

wizard-title = Registracija bezbednosnih informacija
wizard-start = Počni ponovo
wizard-step-of = Korak { $number } od { $total }
wizard-code-label = Verifikacioni kod
wizard-verify = Potvrdi
wizard-send-code = Pošalji kod
wizard-skip-step = Preskoči ovaj metod
wizard-phone-country = Zemlja ili region
wizard-phone-number = Broj telefona
wizard-phone-hint = Bez pozivnog broja zemlje ili sa pozivnim brojem koji počinje znakom +.
wizard-phone-channel = Kako da vam pošaljemo kod?
wizard-phone-sms = Tekstualna poruka (SMS)
wizard-phone-voice = Glasovni poziv
wizard-phone-texted = Poslali smo SMS poruku sa kodom na broj { $number }.
wizard-phone-called = Zovemo broj { $number } da vam pročitamo kod.
wizard-phone-resend-heading = Niste dobili kod? Pošaljite ga ponovo ili koristite drugi broj
wizard-phone-reset-uses = Resetovanje lozinke bi sada koristilo broj { $number }, { $source }.
wizard-phone-reset-none = Još nemate telefon koji bi resetovanje lozinke moglo da koristi.
wizard-phone-precedence = Broj koji ovde verifikujete postaje vaš telefon za potvrdu identiteta, a resetovanje ga koristi umesto mobilnog telefona iz direktorijuma.
wizard-office-phone = Poslovni telefon: { $number }, podešava ga administrator. Ovde ne možete da ga promenite.
wizard-email-address = E-adresa
wizard-email-sent = Poslali smo e-poruku sa kodom na { $address }.
wizard-email-resend-heading = Niste dobili e-poruku? Pošaljite je ponovo ili koristite drugu adresu
wizard-email-reset-uses = Resetovanje lozinke bi sada koristilo adresu { $address }, { $source }.
wizard-email-reset-none = Još nemate e-adresu koju bi resetovanje lozinke moglo da koristi.
wizard-email-precedence = Adresa koju ovde verifikujete postaje vaša e-adresa za potvrdu identiteta, a resetovanje je koristi umesto alternativne e-adrese iz direktorijuma. Koristite adresu koja nije poslovna.
wizard-questions-intro = { $count ->
    [1] Izaberite pitanje i odgovorite na njega.
    [one] Izaberite { $count } različito pitanje i odgovorite na svako od njih.
    [few] Izaberite { $count } različita pitanja i odgovorite na svako od njih.
   *[other] Izaberite { $count } različitih pitanja i odgovorite na svako od njih.
} Odgovori imaju od 3 do 40 znakova; velika slova i dodatni razmaci nisu bitni. Niko, pa ni administratori, ne može da ih pročita.
wizard-question-label = Pitanje { $number }
wizard-answer-label = Odgovor na pitanje { $number }
wizard-question-choose = Izaberite pitanje
wizard-answers-show = Prikaži odgovore
wizard-answers-hide = Sakrij odgovore
wizard-questions-save = Nastavi
wizard-questions-retype = Radi vaše bezbednosti, odgovori se nikada ne vraćaju na stranicu: upišite ih ponovo.
wizard-summary-heading = Proverite i sačuvajte
wizard-summary-skipped = Preskočeno
wizard-save = Sačuvaj
wizard-cancel = Otkaži

registration-error-not-signed-in = Vaša sesija je istekla. Prijavite se ponovo.
registration-error-flow-missing = Ova registracija je istekla ili je već završena. Počnite ponovo da biste nastavili.
registration-error-step-out-of-order = Taj korak trenutno nije dostupan. Nastavite od prikazanog koraka.
registration-error-phone-missing = Unesite broj telefona.
registration-error-country-needed = Izaberite zemlju ili upišite broj sa međunarodnim pozivnim brojem koji počinje znakom +.
registration-error-phone-invalid = Ovo nije važeći broj telefona za izabranu zemlju.
registration-error-email-missing = Unesite e-adresu.
registration-error-email-invalid = Unesite e-adresu u obliku name@example.com.
code-error-missing = Unesite kod koji smo vam poslali.
code-error-malformed = Kod ima od 6 do 8 cifara.
code-error-wrong = { $tries ->
    [1] Taj kod nije ispravan. Imate još jedan pokušaj.
    [one] Taj kod nije ispravan. Imate još { $tries } pokušaj.
    [few] Taj kod nije ispravan. Imate još { $tries } pokušaja.
   *[other] Taj kod nije ispravan. Imate još { $tries } pokušaja.
}
code-error-dead = Previše pogrešnih kodova. Pošaljite novi kod.
code-error-expired = Taj kod je istekao. Pošaljite novi kod.
code-error-used = Ovaj kod je već iskorišćen. Pošaljite novi kod.
code-error-none-sent = Nijedan kod ne čeka na unos. Pošaljite novi kod.
code-error-too-many = Poslato je previše kodova. Sačekajte sat vremena ili izaberite drugi metod.
code-error-delivery-failed = Nismo mogli da pošaljemo kod. Pokušajte ponovo ili izaberite drugi metod.
registration-error-question-missing = Ovde izaberite pitanje.
registration-error-question-not-offered = Izaberite pitanje sa liste.
registration-error-question-twice = Već ste izabrali ovo pitanje. Izaberite neko drugo.
error-answer-missing = Unesite odgovor.
registration-error-answer-too-short = Odgovori moraju da imaju najmanje 3 znaka.
registration-error-answer-too-long = Odgovori mogu da imaju najviše 40 znakova.
registration-error-answer-twice = Već ste dali ovaj odgovor na drugo pitanje. Unesite drugačiji.
registration-error-steps-pending = Pre čuvanja završite ili preskočite svaki korak.
registration-error-nothing-to-save = Ništa nije dodato. Registrujte bar jedan metod ili otkažite.
registration-error-not-enough-methods = { $needed ->
    [1] Registrujte bar jedan metod da biste mogli da resetujete lozinku.
    [one] Registrujte bar { $needed } različit metod da biste mogli da resetujete lozinku.
    [few] Registrujte bar { $needed } različita metoda da biste mogli da resetujete lozinku.
   *[other] Registrujte bar { $needed } različitih metoda da biste mogli da resetujete lozinku.
}

account-security-info = Bezbednosne informacije: registracija, promena ili brisanje
account-security-info-saved = Vaše bezbednosne informacije su sačuvane.

message-code-email-subject = Vaš verifikacioni kod
message-code-email-body = Vaš verifikacioni kod je { $code }.

    Važi { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minuta
       *[other] { $minutes } minuta
    }. Ako ga niste zatražili, možete da zanemarite ovu e-poruku: bez koda se ništa ne menja.
message-code-sms = Vaš verifikacioni kod je { $code }. Važi { $minutes } min.
message-code-voice = Vaš verifikacioni kod je: { $code }. Ponavljam: { $code }.
message-changed-subject = Vaše bezbednosne informacije su promenjene
message-changed-body = Bezbednosne informacije vašeg naloga su upravo promenjene:
    { $changes }

    Ako ste vi izvršili ovu promenu, ne morate ništa da preduzimate. Ako niste, odmah se obratite službi za podršku.
message-changed-phone = telefon za potvrdu identiteta
message-changed-email = e-adresa za potvrdu identiteta
message-changed-questions = bezbednosna pitanja

country-AR = Argentina
country-AT = Austrija
country-AU = Australija
country-BE = Belgija
country-BR = Brazil
country-CA = Kanada
country-CH = Švajcarska
country-CN = Kina
country-CZ = Češka
country-DE = Nemačka
country-DK = Danska
country-ES = Španija
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
country-NL = Holandija
country-NO = Norveška
country-NZ = Novi Zeland
country-PL = Poljska
country-PT = Portugalija
country-RO = Rumunija
country-SE = Švedska
country-SI = Slovenija
country-SK = Slovačka
country-SM = San Marino
country-TR = Turska
country-UA = Ukrajina
country-US = Sjedinjene Američke Države
country-VA = Vatikan
country-ZA = Južnoafrička Republika
registration-error-reauth-required = Radi vaše bezbednosti, ponovo unesite lozinku pre promene bezbednosnih informacija.
registration-error-method-not-changeable = Ovaj metod ne može da se promeni ovde.
registration-error-wrong-password = Ta lozinka nije ispravna.
registration-error-too-many-password-tries = Uneli ste previše pogrešnih lozinki. Sačekajte nekoliko minuta i pokušajte ponovo.

security-info-title = Bezbednosne informacije
security-info-back = Nazad na vaš nalog
security-info-usable = { $usable ->
    [1] Resetovanje lozinke može da koristi jedan od vaših metoda
   *[other] Resetovanje lozinke može da koristi { $usable } od vaših metoda
}; { $required ->
    [1] potreban je jedan.
    [one] potreban je { $required } različit.
    [few] potrebna su { $required } različita.
   *[other] potrebno je { $required } različitih.
}
security-info-not-set = Nije podešeno
security-info-add = Dodaj
security-info-change = Promeni
security-info-delete = Izbriši
security-info-deleted = Metod je izbrisan.
security-info-delete-title = Brisanje metoda
security-info-delete-confirm = Želite li da izbrišete „{ $method }“ iz bezbednosnih informacija?
security-info-delete-warning = { $required ->
    [1] Nakon toga ne biste imali nijedan metod i više ne biste mogli sami da resetujete lozinku.
   *[other] Nakon toga biste imali manje od { $required } metoda i više ne biste mogli sami da resetujete lozinku.
}
reauth-title = Potvrdite da ste to vi
reauth-submit = Nastavi

## Password reset messages

message-reset-subject = Vaša lozinka je resetovana
message-reset-body = Poštovani,

    lozinka vašeg naloga je upravo resetovana preko portala za samostalno upravljanje lozinkama, a sve sesije su odjavljene.

    Ako ste to bili vi, ne morate više ništa da preduzimate. Ako niste, odmah se obratite administratoru.

    Prijavljivanje: { $url }
message-unlocked-subject = Vaš nalog je otključan
message-unlocked-body = Poštovani,

    vaš nalog je upravo otključan preko portala za samostalno upravljanje lozinkama. Vaša lozinka nije promenjena.

    Ako to niste bili vi, odmah se obratite administratoru.

    Prijavljivanje: { $url }
message-admin-reset-subject = Administrator { $admin } je resetovao svoju lozinku
message-admin-reset-body = Poštovani,

    administrator { $admin } je upravo resetovao sopstvenu lozinku preko portala za samostalno upravljanje lozinkama.

    Ako to niste očekivali, proverite to sa tim administratorom i pregledajte evidenciju nadzora.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Ovo je automatska poruka. Pošiljalac: { $organisation }.
email-footer-privacy = Privatnost
email-footer-terms = Uslovi korišćenja
email-footer-helpdesk = Služba za podršku
message-from-organisation = { $organisation }: { $text }
