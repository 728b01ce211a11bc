### Slovenčina (sk). Register: formal plural "vy" ("Zadajte", "Vyberte"; "ste prihlásení"), as in Microsoft's Slovak product UI.
### Glossary:
###   password = heslo
###   security info = bezpečnostné údaje
###   verification code = overovací kód
###   security question = bezpečnostná otázka
###   helpdesk = technická podpora
###   administrator = správca
###   sign in / sign out = prihlásiť sa / odhlásiť sa (prihlásenie)
###   reset (password) = obnoviť heslo, obnovenie hesla
###   unlock = odomknúť
###   account = konto
###   user name = používateľské meno
###   method = metóda
###   text message = SMS správa
###   directory = adresár
###   authentication phone / email = telefón / e-mail na overenie

## Shared by every page

product-name = Samoobsluha konta
skip-to-content = Prejsť na hlavný obsah
loading = Načítava sa…
language-label = Jazyk
# Zobrazuje sa vo výbere jazyka: názov tohto jazyka v tomto jazyku.
language-name = Slovenčina
language-apply = Zmeniť jazyk
password-show = Zobraziť heslo
password-hide = Skryť heslo

## Errors

error-user-name-missing = Zadajte používateľské meno.
error-user-name-invalid = Toto nevyzerá ako používateľské meno. Skontrolujte, čo ste zadali, a skúste to znova.
error-password-missing = Zadajte heslo.
error-invalid-credentials = Používateľské meno alebo heslo je nesprávne. Skontrolujte oboje a skúste to znova.
error-account-locked = Vaše konto je zamknuté. Ak ho chcete odomknúť, vyberte nižšie „Nemáte prístup k svojmu kontu?“ alebo sa obráťte na technickú podporu.
error-sign-in-paused = Pre toto používateľské meno bolo zaznamenaných príliš veľa neúspešných pokusov o prihlásenie. Na ochranu konta je prihlasovanie pozastavené do { $until }. Ak ste zabudli heslo, môžete si ho obnoviť hneď teraz.
error-sign-in-busy-address = Z vašej siete bolo zaznamenaných príliš veľa neúspešných pokusov o prihlásenie. Počkajte hodinu a skúste to znova.
error-unavailable = Na našej strane sa niečo pokazilo. Skúste to znova o niekoľko minút.
error-transport = Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie a skúste to znova.

## Sign-in page

sign-in-title = Prihlásenie
sign-in-heading = Prihláste sa do svojho konta
sign-in-user-name = Používateľské meno
sign-in-password = Heslo
sign-in-submit = Prihlásiť sa
sign-in-cant-access = Nemáte prístup k svojmu kontu?

## Account page

account-title = Vaše konto
account-heading = Vaše konto
account-signed-in-as = Ste prihlásení ako
account-sign-out = Odhlásiť sa
account-signed-out = Nie ste prihlásení.
account-go-sign-in = Prejsť na prihlásenie

## Password reset

reset-title = Obnovenie hesla
reset-heading = Obnovte prístup k svojmu kontu
reset-back-to-sign-in = Späť na prihlásenie
reset-intro = Zadajte používateľské meno a my vám pomôžeme overiť vašu totožnosť. Potom si zvolíte nové heslo.
reset-user-id = Používateľské meno
reset-user-id-hint = Zvyčajne vaša pracovná e-mailová adresa, napríklad name@contoso.example.
reset-next = Ďalej
captcha-question = Preukážte, že ste človek: koľko je { $a } plus { $b }?
captcha-hint = Odpoveď napíšte číslicami.
captcha-checking = Overujeme, že ste človek…
captcha-done = Hotovo: váš prehliadač preukázal, že ste človek. Pokračujte tlačidlom „Ďalej“.
reset-start-again = Začať znova
reset-verify-heading = Overte svoju totožnosť
reset-gate-of = Overenie { $number } z { $total }
reset-gate-legend = Ako chcete získať overovací kód?
reset-gate-email = Poslať kód e-mailom na adresu { $destination }
reset-gate-mobile-sms = Poslať kód v SMS na môj mobilný telefón { $destination }
reset-gate-mobile-voice = Zavolať na môj mobilný telefón { $destination }
reset-gate-office-voice = Zavolať na môj pracovný telefón { $destination }
reset-gate-questions = Odpovedať na moje bezpečnostné otázky
reset-code-sent-email = Na adresu { $destination } sme poslali e-mail s overovacím kódom.
reset-code-sent-sms = Na číslo { $destination } sme poslali SMS správu s overovacím kódom.
reset-code-sent-voice = Voláme na číslo { $destination }, aby sme vám oznámili overovací kód.
reset-code-resend = Poslať nový kód
reset-other-method = Použiť inú metódu
reset-questions-heading = Odpovedzte na svoje bezpečnostné otázky
reset-password-heading = Zvoľte nové heslo
reset-password-hint = { $min ->
    [one] Použite aspoň jeden znak.
    [few] Použite aspoň { $min } znaky. Najlepšia je dlhá fráza, ktorú si zapamätáte; nepoužívajte svoje meno ani bežné heslá.
   *[other] Použite aspoň { $min } znakov. Najlepšia je dlhá fráza, ktorú si zapamätáte; nepoužívajte svoje meno ani bežné heslá.
}
reset-password-new = Nové heslo
reset-password-confirm = Potvrďte nové heslo
reset-password-strength-0 = Odhad sily hesla: veľmi slabé
reset-password-strength-1 = Odhad sily hesla: slabé
reset-password-strength-2 = Odhad sily hesla: priemerné
reset-password-strength-3 = Odhad sily hesla: silné
reset-password-strength-4 = Odhad sily hesla: veľmi silné
reset-password-strength-note = Ide o odhad vytvorený vo vašom prehliadači, ktorý vám má pomôcť s výberom. O tom, či bude heslo prijaté, rozhodujú vyššie uvedené pravidlá.
reset-password-submit = Obnoviť heslo
reset-unlock-only-text = Vaše konto je zamknuté. Ak svoje heslo stále poznáte, môžete konto odomknúť a heslo si ponechať.
reset-unlock-only = Iba odomknúť
reset-contact-heading = Obráťte sa na správcu
reset-contact-text = Heslo si tu obnoviť nemôžete. Správca vám môže pomôcť obnoviť prístup ku kontu.
reset-contact-helpdesk = Kontaktovať technickú podporu
reset-done-heading = Vaše heslo bolo obnovené
reset-done-text = Boli ste odhlásení zo všetkých zariadení. Prihláste sa pomocou nového hesla.
reset-unlocked-heading = Vaše konto je odomknuté
reset-unlocked-text = Prihláste sa pomocou svojho aktuálneho hesla.
reset-go-sign-in = Prejsť na prihlásenie
reset-error-flow-missing = Platnosť obnovenia vypršala alebo sa obnovenie vôbec nezačalo. Začnite znova.
reset-error-step-out-of-order = Tento krok teraz nie je k dispozícii. Pokračujte z tejto stránky.
reset-error-user-id-missing = Zadajte používateľské meno.
reset-error-user-id-invalid = Zadajte používateľské meno v tvare e-mailovej adresy, napríklad name@contoso.example.
reset-error-captcha-failed = Nepodarilo sa overiť, že ste človek. Skúste to znova.
reset-error-gate-missing = Vyberte, ako chcete získať kód.
reset-error-code-dead = Príliš veľa nesprávnych kódov. Pošlite si nový kód alebo použite inú metódu.
reset-error-answers-wrong = Niektoré odpovede nie sú správne. Skontrolujte ich a skúste to znova.
reset-error-blocked = Počet pokusov bol prekročený. Z bezpečnostných dôvodov je samoobslužné obnovenie hesla pre toto konto pozastavené do { $until }.
reset-error-busy-address = Z vašej siete bolo zaznamenaných príliš veľa pokusov. Počkajte hodinu a skúste to znova.
reset-error-passwords-differ = Zadané heslá sa nezhodujú.
reset-error-password-too-short = { $min ->
    [one] Použite aspoň jeden znak.
    [few] Použite aspoň { $min } znaky.
   *[other] Použite aspoň { $min } znakov.
}
reset-error-password-missing = Zadajte nové heslo.
reset-error-password-common = Toto heslo je na zozname hesiel, ktoré útočníci skúšajú ako prvé. Zvoľte iné, napríklad frázu z niekoľkých nesúvisiacich slov.
reset-error-password-control = Heslá nesmú obsahovať zalomenia riadkov, tabulátory ani iné riadiace znaky. Zadajte heslo znova bez nich.
reset-error-write-unconfirmed = Nepodarilo sa potvrdiť, že sa nové heslo uložilo. Zvoľte ho znova; nová voľba nahradí všetko, čo sa uložilo.
reset-writing = Vaša zmena sa ukladá. O chvíľu túto stránku znova načítajte.
reset-error-password-too-long = Použite najviac 256 znakov.
reset-error-password-contains-name = Nepoužívajte v hesle svoje používateľské meno.
reset-error-write-failed = Zmenu sa nepodarilo uložiť do adresára, takže sa nič nezmenilo. Skúste to znova o chvíľu.

## Organisation branding on every page

footer-label = Odkazy organizácie
footer-privacy = Ochrana osobných údajov
footer-terms = Podmienky používania
footer-helpdesk = Technická podpora

## Branding studio (/admin/branding, for branding administrators)

studio-title = Štúdio vizuálnej identity
studio-heading-layer = Nastavenia: { $layer }
studio-back = Späť do štúdia vizuálnej identity
studio-preview-banner = Zobrazuje sa ukážka nepublikovanej vizuálnej identity. Nikto iný ju neuvidí, kým nebude publikovaná.
studio-preview-stop = Ukončiť ukážku
studio-layer-label = Nastavenia pre
studio-layer-open = Otvoriť
studio-layer-default = Predvolené (všetky jazyky)
studio-layer-overridden = { $language } (má vlastné nastavenia)
studio-inherited = Ak je prázdne: { $value }
studio-as-default = Ako v predvolených nastaveniach
studio-as-product = Ako vyzerá portál bez vizuálnej identity
studio-show = Zobraziť
studio-hide = Skryť
studio-save = Uložiť koncept
studio-section-identity = Organizácia
studio-section-colours = Farby
studio-colours-hint = Farby zapisujte v tvare #rrggbb, napríklad #0b5cad. Text a tlačidlá sa musia od pozadia dostatočne odlišovať, aby ich mohol prečítať každý, preto štúdio pred publikovaním kontroluje kontrast.
studio-section-layout = Rozloženie
studio-section-sign-in = Prihlasovacia stránka
studio-section-links = Odkazy v päte stránky
studio-section-css = Vlastné CSS
studio-css-hint = Pravidlá pre názvy tried uvedené v referenčnej príručke CSS portálu. Obrázky môžu pochádzať iba z obrázkov nahratých tu. Najviac 25 KB.
studio-section-images = Obrázky
studio-section-publish = Publikovanie
studio-section-publications = Publikované verzie
studio-field-organisation-name = Názov organizácie
studio-field-colour-primary = Tlačidlá a odkazy
studio-field-colour-primary-text = Text na tlačidlách
studio-field-colour-header = Pás hlavičky
studio-field-colour-header-text = Text v páse hlavičky
studio-field-colour-text = Bežný text
studio-field-colour-page = Pozadie stránky
studio-field-colour-card = Pozadie karty
studio-field-colour-focus = Rámček zamerania klávesnice
studio-field-layout = Rozloženie stránky
studio-layout-full-bleed = Obrázok pozadia na celú stránku
studio-layout-plain = Jednofarebné pozadie stránky
studio-field-show-header = Zobraziť pás hlavičky
studio-field-show-footer = Zobraziť pätu stránky
studio-field-sign-in-text = Text prihlasovacej stránky
studio-field-user-name-hint = Pomocný text používateľského mena
studio-field-cant-access-label = Text odkazu pre ľudí, ktorí sa nemôžu prihlásiť
studio-field-show-reset-link = Odkaz pre ľudí, ktorí sa nemôžu prihlásiť
studio-field-privacy-url = Adresa vyhlásenia o ochrane osobných údajov
studio-field-terms-url = Adresa podmienok používania
studio-field-helpdesk-url = Adresa technickej podpory (web alebo e-mail)
studio-field-custom-css = Vlastné CSS
studio-field-image-banner-logo = Logo na banneri
studio-field-image-square-logo = Štvorcové logo
studio-field-image-square-logo-dark = Štvorcové logo pre tmavé pozadie
studio-field-image-favicon = Ikona lokality (favicon)
studio-field-image-background = Obrázok pozadia
studio-image-limits = { $kinds }; najviac { $kilobytes } KB; rozmery v pixeloch najviac { $width } × { $height }.
studio-image-upload = Nahrať: { $slot }
studio-image-remove = Odstrániť: { $slot }
studio-image-current = Aktuálny obrázok: { $slot }
studio-live-heading = Živá ukážka
studio-live-caption = Počas písania zobrazuje farby a texty zadané vyššie, ešte pred uložením.
studio-preview = Zobraziť ukážku konceptu na skutočných stránkach
studio-email-preview = Zobraziť ukážku e-mailu s konceptom
studio-publish = Publikovať
studio-state-never-published = Zatiaľ nebolo nič publikované: všetci vidia portál bez vizuálnej identity.
studio-state-published = Aktívna je verzia { $version }.
studio-state-unpublished-changes = Koncept obsahuje zmeny, ktoré nie sú publikované.
studio-problems-heading = Pred publikovaním opravte tieto problémy
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: kontrast dvojice „{ $pair }“ je { $ratio }; vyžaduje sa aspoň { $minimum }.
studio-problem-too-long = { $max ->
    [one] použite najviac { $max } znak.
    [few] použite najviac { $max } znaky.
   *[other] použite najviac { $max } znakov.
}
studio-problem-control-character = odstráňte z neho riadiace znaky (napríklad tabulátory).
studio-problem-not-a-colour = zadajte farbu ako # a šesť šestnástkových číslic, napríklad #0b5cad.
studio-problem-link-not-https = webové adresy musia začínať na https://.
studio-problem-link-invalid = zadajte webovú adresu začínajúcu na https:// alebo e-mailovú adresu.
studio-problem-css = riadok { $line }: { $reason }
studio-css-too-long = šablóna štýlov je väčšia ako 25 KB.
studio-css-import = @import nie je povolené; pravidlá vložte priamo sem.
studio-css-external-url = url() môže odkazovať iba na obrázok nahratý v štúdiu.
studio-css-expression = expression(), behavior a -moz-binding nie sú povolené.
studio-css-at-rule = povolené sú iba @media, @supports, @layer, @container, @font-face a @keyframes.
studio-css-markup = postupnosť </ nie je povolená.
studio-css-unparsable = toto nie je platné CSS (skontrolujte, či nechýba zložená zátvorka, dvojbodka alebo úvodzovka).
studio-pair-text-on-page = text a pozadie stránky
studio-pair-text-on-card = text a pozadie karty
studio-pair-button-text-on-primary = text tlačidiel a tlačidlá
studio-pair-header-text-on-header = text hlavičky a pás hlavičky
studio-pair-focus-on-page = rámček zamerania a pozadie stránky
studio-column-version = Verzia
studio-column-when = Publikované
studio-column-who = Autor
studio-column-note = Poznámka
studio-column-action = Akcia
studio-publication-live = Práve aktívna
studio-publication-restored = Obnovuje verziu { $version }
studio-roll-back = Znova publikovať verziu { $version }
studio-done-saved = Koncept je uložený. Zobrazte jeho ukážku a keď bude pripravený, publikujte ho.
studio-done-uploaded = Obrázok je v koncepte.
studio-done-removed = Obrázok bol z konceptu odstránený.
studio-done-published = Publikované. Všetky stránky zobrazia novú vizuálnu identitu do niekoľkých sekúnd.
studio-done-rolled-back = Staršia verzia je znova aktívna a teraz je zároveň aj konceptom.
studio-done-preview-stopped = Ukážka sa skončila.
studio-refused-publish = Nič nebolo publikované: najprv opravte problémy uvedené nižšie.
studio-refused-no-such-version = Táto verzia neexistuje. Nič sa nezmenilo.
studio-refused-unavailable = Zmenu sa nepodarilo uložiť. Nič sa nezmenilo; skúste to znova.
studio-refused-empty = Obrázok „{ $slot }“ sa nenahral: nebol vybratý žiadny súbor alebo bol súbor prázdny. Nič sa nezmenilo.
studio-refused-too-many-bytes = Obrázok „{ $slot }“ sa nenahral: súbor je väčší ako { $kilobytes } KB. Nič sa nezmenilo.
studio-refused-unknown-type = Obrázok „{ $slot }“ sa nenahral: súbor nie je obrázok PNG, JPEG ani WebP (ani kresba SVG pri logách), bez ohľadu na jeho názov. Nič sa nezmenilo.
studio-refused-svg-not-allowed = Obrázok „{ $slot }“ sa nenahral: kresby SVG sa prijímajú iba pri logách. Použite PNG, JPEG alebo WebP. Nič sa nezmenilo.
studio-refused-too-many-pixels = Obrázok „{ $slot }“ sa nenahral: jeho rozmery v pixeloch presahujú { $width } × { $height }. Nič sa nezmenilo.
studio-refused-undecodable = Obrázok „{ $slot }“ sa nenahral: obrázok je poškodený a nepodarilo sa ho prečítať. Nič sa nezmenilo.
studio-refused-svg-unparsable = Obrázok „{ $slot }“ sa nenahral: kresbu SVG sa nepodarilo prečítať. Nič sa nezmenilo.
studio-refused-svg-doctype = Obrázok „{ $slot }“ sa nenahral: kresby SVG s deklaráciou DOCTYPE alebo entitami sa odmietajú. Nič sa nezmenilo.
studio-refused-svg-script = Obrázok „{ $slot }“ sa nenahral: kresba SVG obsahuje skript. Nič sa nezmenilo.
studio-refused-svg-foreign-object = Obrázok „{ $slot }“ sa nenahral: kresba SVG vkladá iný obsah (foreignObject). Nič sa nezmenilo.
studio-refused-svg-event-handler = Obrázok „{ $slot }“ sa nenahral: kresba SVG obsahuje obslužné rutiny udalostí (atribúty on…). Nič sa nezmenilo.
studio-refused-svg-external-reference = Obrázok „{ $slot }“ sa nenahral: kresba SVG odkazuje na súbory alebo adresy mimo seba. Nič sa nezmenilo.
studio-refused-svg-too-complex = Obrázok „{ $slot }“ sa nenahral: kresba SVG je príliš zložitá. Zjednodušte ju a skúste to znova. Nič sa nezmenilo.
studio-refused-svg-marker = Obrázok „{ $slot }“ sa nenahral: značky SVG (marker) nie sú podporované. Nič sa nezmenilo.

## Not found

not-found-title = Stránka sa nenašla
not-found-heading = Túto stránku sme nenašli.

## Demo outbox (demonstration mode only)

outbox-title = Ukážková pošta na odoslanie
outbox-heading = Ukážková pošta na odoslanie
outbox-banner-heading = Ukážkový režim
outbox-banner-text = Táto stránka existuje iba v ukážkovom režime. Správy sa v skutočnosti neodosielajú: e-maily, SMS správy a hlasové hovory sa namiesto toho uchovávajú tu, vrátane jednorazových kódov, aby ste si mohli portál vyskúšať. Skutočný portál nikdy nespúšťajte v ukážkovom režime.
outbox-caption = Najnovšie správy (najviac { $limit }), od najnovšej
outbox-empty = Zatiaľ žiadne správy. Zobrazia sa tu kódy a oznámenia, ktoré portál odošle.
outbox-time = Čas
outbox-channel = Kanál
outbox-recipient = Príjemca
outbox-subject = Predmet
outbox-body = Správa
outbox-channel-email = E-mail
outbox-channel-sms = SMS správa
outbox-channel-voice = Hlasový hovor

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = V akom meste ste sa zoznámili so svojím prvým manželom, manželkou alebo partnerom?
question-city-parents-met = V akom meste sa zoznámili vaši rodičia?
question-city-nearest-sibling = V akom meste žije súrodenec, ktorý je vám najbližší?
question-city-father-born = V akom meste sa narodil váš otec?
question-city-first-job = V akom meste ste mali prvé zamestnanie?
question-city-mother-born = V akom meste sa narodila vaša matka?
question-city-new-year-2000 = V akom meste ste oslávili príchod roku 2000?
question-high-school-teacher-last-name = Aké je priezvisko vášho obľúbeného učiteľa alebo učiteľky zo strednej školy?
question-college-applied-not-attended = Ako sa volá vysoká škola, na ktorú ste sa hlásili, ale neštudovali ste na nej?
question-first-wedding-reception-place = Ako sa volalo miesto, kde sa konala vaša prvá svadobná hostina?
question-father-middle-name = Aké je rodné priezvisko vašej starej mamy z otcovej strany?
question-favorite-food = Aké je vaše obľúbené jedlo?
question-maternal-grandmother-name = Aké je meno a priezvisko vašej starej mamy z matkinej strany?
question-mother-middle-name = Aké je rodné priezvisko vašej matky?
question-oldest-sibling-birthday = V ktorom mesiaci a roku sa narodil váš najstarší súrodenec? (napr. november 1985)
question-oldest-sibling-middle-name = Akú prezývku má váš najstarší súrodenec?
question-paternal-grandfather-name = Aké je meno a priezvisko vášho starého otca z otcovej strany?
question-youngest-sibling-middle-name = Akú prezývku má váš najmladší súrodenec?
question-sixth-grade-school = Ako sa volala škola, do ktorej ste chodili v šiestom ročníku?
question-childhood-best-friend-name = Aké je meno a priezvisko vášho najlepšieho kamaráta alebo kamarátky z detstva?
question-first-significant-other-name = Aké je meno a priezvisko vašej prvej lásky?
question-grade-school-teacher-last-name = Aké je priezvisko vášho obľúbeného učiteľa alebo učiteľky z prvého stupňa základnej školy?
question-first-car-make-model = Aká bola značka a model vášho prvého auta alebo motocykla?
question-first-school = Ako sa volala prvá škola, do ktorej ste chodili?
question-birth-hospital = V akej nemocnici ste sa narodili?
question-childhood-street = Ako sa volala ulica, na ktorej ste ako dieťa prvýkrát bývali?
question-childhood-hero = Kto bol vaším hrdinom v detstve?
question-favorite-stuffed-animal = Ako sa volala vaša obľúbená plyšová hračka?
question-first-pet = Ako sa volalo vaše prvé domáce zviera?
question-childhood-nickname = Akú prezývku ste mali v detstve?
question-high-school-sport = Aký bol váš obľúbený šport na strednej škole?
question-first-job = Aké bolo vaše prvé zamestnanie?
question-childhood-phone-last-digits = Aké boli posledné štyri číslice vášho telefónneho čísla z detstva?
question-childhood-ambition = Čím ste chceli byť, keď ste boli malí?
question-most-famous-person-met = Kto je najslávnejší človek, s ktorým ste sa kedy stretli?

## Security-info registration

method-email = E-mail
method-mobile-phone = Mobilný telefón
method-office-phone = Pracovný telefón
method-security-questions = Bezpečnostné otázky
method-questions-count = { $count ->
    [one] { $count } zodpovedaná otázka
    [few] { $count } zodpovedané otázky
   *[other] { $count } zodpovedaných otázok
}
source-authentication = z vašej registrácie na overovanie, v adresári sa nezobrazuje
source-directory = z vášho profilu v adresári
source-administrator = podľa nastavenia správcu

prompt-title = Vyžadujú sa ďalšie informácie
prompt-register-heading = Vyžadujú sa ďalšie informácie
prompt-register-why = Vaša organizácia potrebuje spôsob, ako overiť vašu totožnosť, keď zabudnete heslo alebo keď sa vaše konto zamkne. Zaregistrujte si teraz bezpečnostné údaje, aby ste mohli prístup obnoviť sami, bez volania na technickú podporu.
prompt-register-needed = { $count ->
    [one] Potrebujete aspoň jednu metódu overenia.
    [few] Potrebujete aspoň { $count } rôzne metódy overenia.
   *[other] Potrebujete aspoň { $count } rôznych metód overenia.
}
prompt-next = Ďalej
prompt-skip = Teraz preskočiť
prompt-reconfirm-heading = Sú tieto údaje stále správne?
prompt-reconfirm-why = Skontrolujte bezpečnostné údaje, ktoré ste zaregistrovali. Ak sa niečo zmenilo, aktualizujte ich, aby ste si mohli heslo naďalej obnoviť.
prompt-looks-good = Všetko je v poriadku
prompt-change = Zmeniť
prompt-nothing = Nič ďalšie nie je potrebné
prompt-go-account = Prejsť na vaše konto

wizard-title = Registrácia bezpečnostných údajov
wizard-start = Začať znova
wizard-step-of = Krok { $number } z { $total }
wizard-code-label = Overovací kód
wizard-verify = Overiť
wizard-send-code = Poslať kód
wizard-skip-step = Preskočiť túto metódu
wizard-phone-country = Krajina alebo oblasť
wizard-phone-number = Telefónne číslo
wizard-phone-hint = Bez predvoľby krajiny alebo s predvoľbou začínajúcou znakom +.
wizard-phone-channel = Ako vám máme kód poslať?
wizard-phone-sms = Textová správa (SMS)
wizard-phone-voice = Hlasový hovor
wizard-phone-texted = Na číslo { $number } sme poslali SMS správu s kódom.
wizard-phone-called = Voláme na číslo { $number }, aby sme vám oznámili kód.
wizard-phone-resend-heading = Neprišiel kód? Pošlite si ho znova alebo použite iné číslo
wizard-phone-reset-uses = Obnovenie hesla by teraz použilo číslo { $number }, { $source }.
wizard-phone-reset-none = Zatiaľ nemáte žiadny telefón, ktorý by obnovenie hesla mohlo použiť.
wizard-phone-precedence = Číslo, ktoré tu overíte, sa stane vaším telefónom na overenie a obnovenie hesla ho použije namiesto mobilného telefónu z adresára.
wizard-office-phone = Pracovný telefón: { $number }, nastavuje ho správca. Tu ho zmeniť nemôžete.
wizard-email-address = E-mailová adresa
wizard-email-sent = Na adresu { $address } sme poslali e-mail s kódom.
wizard-email-resend-heading = Neprišiel e-mail? Pošlite si ho znova alebo použite inú adresu
wizard-email-reset-uses = Obnovenie hesla by teraz použilo adresu { $address }, { $source }.
wizard-email-reset-none = Zatiaľ nemáte žiadnu e-mailovú adresu, ktorú by obnovenie hesla mohlo použiť.
wizard-email-precedence = Adresa, ktorú tu overíte, sa stane vaším e-mailom na overenie a obnovenie hesla ju použije namiesto alternatívneho e-mailu z adresára. Použite inú adresu ako pracovnú.
wizard-questions-intro = { $count ->
    [one] Vyberte otázku a odpovedzte na ňu.
    [few] Vyberte { $count } rôzne otázky a odpovedzte na každú z nich.
   *[other] Vyberte { $count } rôznych otázok a odpovedzte na každú z nich.
} Odpovede majú 3 až 40 znakov; na veľkosti písmen a nadbytočných medzerách nezáleží. Nikto, ani správcovia, ich nemôže prečítať.
wizard-question-label = Otázka { $number }
wizard-answer-label = Odpoveď na otázku { $number }
wizard-question-choose = Vyberte otázku
wizard-answers-show = Zobraziť odpovede
wizard-answers-hide = Skryť odpovede
wizard-questions-save = Pokračovať
wizard-questions-retype = Z bezpečnostných dôvodov sa odpovede na stránku nikdy neposielajú späť: zadajte ich znova.
wizard-summary-heading = Skontrolovať a uložiť
wizard-summary-skipped = Preskočené
wizard-save = Uložiť
wizard-cancel = Zrušiť

registration-error-not-signed-in = Vaša relácia sa skončila. Prihláste sa znova.
registration-error-flow-missing = Platnosť tejto registrácie vypršala alebo už bola dokončená. Ak chcete pokračovať, začnite znova.
registration-error-step-out-of-order = Tento krok teraz nie je k dispozícii. Pokračujte od zobrazeného kroku.
registration-error-phone-missing = Zadajte telefónne číslo.
registration-error-country-needed = Vyberte krajinu alebo napíšte číslo s medzinárodnou predvoľbou začínajúcou znakom +.
registration-error-phone-invalid = Toto nie je platné telefónne číslo pre vybranú krajinu.
registration-error-email-missing = Zadajte e-mailovú adresu.
registration-error-email-invalid = Zadajte e-mailovú adresu v tvare name@example.com.
code-error-missing = Zadajte kód, ktorý sme vám poslali.
code-error-malformed = Kód má 6 až 8 číslic.
code-error-wrong = { $tries ->
    [one] Tento kód nie je správny. Zostáva vám ešte jeden pokus.
    [few] Tento kód nie je správny. Zostávajú vám ešte { $tries } pokusy.
   *[other] Tento kód nie je správny. Zostáva vám ešte { $tries } pokusov.
}
code-error-dead = Príliš veľa nesprávnych kódov. Pošlite si nový kód.
code-error-expired = Platnosť tohto kódu vypršala. Pošlite si nový kód.
code-error-used = Tento kód už bol použitý. Pošlite si nový kód.
code-error-none-sent = Nečaká žiadny kód. Pošlite si nový kód.
code-error-too-many = Odoslalo sa príliš veľa kódov. Počkajte hodinu alebo vyberte inú metódu.
code-error-delivery-failed = Kód sa nepodarilo odoslať. Skúste to znova alebo vyberte inú metódu.
registration-error-question-missing = Tu vyberte otázku.
registration-error-question-not-offered = Vyberte otázku zo zoznamu.
registration-error-question-twice = Túto otázku ste už vybrali. Vyberte inú.
error-answer-missing = Zadajte odpoveď.
registration-error-answer-too-short = Odpovede musia mať aspoň 3 znaky.
registration-error-answer-too-long = Odpovede môžu mať najviac 40 znakov.
registration-error-answer-twice = Túto odpoveď ste už použili pri inej otázke. Zadajte inú.
registration-error-steps-pending = Pred uložením dokončite alebo preskočte všetky kroky.
registration-error-nothing-to-save = Nič sa nepridalo. Zaregistrujte aspoň jednu metódu alebo registráciu zrušte.
registration-error-not-enough-methods = { $needed ->
    [one] Zaregistrujte aspoň jednu metódu, aby ste si mohli obnoviť heslo.
    [few] Zaregistrujte aspoň { $needed } rôzne metódy, aby ste si mohli obnoviť heslo.
   *[other] Zaregistrujte aspoň { $needed } rôznych metód, aby ste si mohli obnoviť heslo.
}

account-security-info = Bezpečnostné údaje: registrácia, zmena alebo odstránenie
account-security-info-saved = Vaše bezpečnostné údaje sa uložili.

message-code-email-subject = Váš overovací kód
message-code-email-body = Váš overovací kód je { $code }.

    Platí { $minutes ->
        [one] { $minutes } minútu
        [few] { $minutes } minúty
       *[other] { $minutes } minút
    }. Ak ste oň nežiadali, môžete tento e-mail ignorovať: bez kódu sa nič nezmení.
message-code-sms = Váš overovací kód je { $code }. Platí { $minutes } min.
message-code-voice = Váš overovací kód je: { $code }. Opakujem: { $code }.
message-changed-subject = Vaše bezpečnostné údaje sa zmenili
message-changed-body = Bezpečnostné údaje vášho konta sa práve zmenili:
    { $changes }

    Ak ste túto zmenu urobili vy, nemusíte nič robiť. Ak nie, ihneď sa obráťte na technickú podporu.
message-changed-phone = telefón na overenie
message-changed-email = e-mail na overenie
message-changed-questions = bezpečnostné otázky

country-AR = Argentína
country-AT = Rakúsko
country-AU = Austrália
country-BE = Belgicko
country-BR = Brazília
country-CA = Kanada
country-CH = Švajčiarsko
country-CN = Čína
country-CZ = Česko
country-DE = Nemecko
country-DK = Dánsko
country-ES = Španielsko
country-FI = Fínsko
country-FR = Francúzsko
country-GB = Spojené kráľovstvo
country-GR = Grécko
country-HR = Chorvátsko
country-HU = Maďarsko
country-IE = Írsko
country-IN = India
country-IT = Taliansko
country-JP = Japonsko
country-LU = Luxembursko
country-MT = Malta
country-MX = Mexiko
country-NL = Holandsko
country-NO = Nórsko
country-NZ = Nový Zéland
country-PL = Poľsko
country-PT = Portugalsko
country-RO = Rumunsko
country-SE = Švédsko
country-SI = Slovinsko
country-SK = Slovensko
country-SM = San Maríno
country-TR = Turecko
country-UA = Ukrajina
country-US = Spojené štáty
country-VA = Vatikán
country-ZA = Juhoafrická republika
registration-error-reauth-required = Z bezpečnostných dôvodov pred zmenou bezpečnostných údajov znova zadajte heslo.
registration-error-method-not-changeable = Túto metódu tu nemožno zmeniť.
registration-error-wrong-password = Toto heslo nie je správne.
registration-error-too-many-password-tries = Zadali ste príliš veľa nesprávnych hesiel. Počkajte niekoľko minút a skúste to znova.

security-info-title = Bezpečnostné údaje
security-info-back = Späť na vaše konto
security-info-usable = { $usable ->
    [one] Obnovenie hesla môže použiť jednu z vašich metód
   *[other] Obnovenie hesla môže použiť { $usable } z vašich metód
}; potrebuje { $required ->
    [one] jednu.
    [few] { $required } rôzne.
   *[other] { $required } rôznych.
}
security-info-not-set = Nenastavené
security-info-add = Pridať
security-info-change = Zmeniť
security-info-delete = Odstrániť
security-info-deleted = Metóda bola odstránená.
security-info-delete-title = Odstránenie metódy
security-info-delete-confirm = Odstrániť „{ $method }“ z vašich bezpečnostných údajov?
security-info-delete-warning = { $required ->
    [one] Potom by vám nezostala žiadna metóda a heslo by ste si už nemohli obnoviť sami.
    [few] Potom by ste mali menej ako { $required } metódy a heslo by ste si už nemohli obnoviť sami.
   *[other] Potom by ste mali menej ako { $required } metód a heslo by ste si už nemohli obnoviť sami.
}
reauth-title = Overte svoju totožnosť
reauth-submit = Pokračovať

## Password reset messages

message-reset-subject = Vaše heslo bolo obnovené
message-reset-body = Dobrý deň,

    heslo k vášmu kontu bolo práve obnovené prostredníctvom samoobslužného portálu hesiel a všetky relácie boli odhlásené.

    Ak ste to boli vy, nemusíte už nič robiť. Ak nie, ihneď sa obráťte na správcu.

    Prihlásenie: { $url }
message-unlocked-subject = Vaše konto bolo odomknuté
message-unlocked-body = Dobrý deň,

    vaše konto bolo práve odomknuté prostredníctvom samoobslužného portálu hesiel. Vaše heslo sa nezmenilo.

    Ak ste to neboli vy, ihneď sa obráťte na správcu.

    Prihlásenie: { $url }
message-admin-reset-subject = Správca { $admin } si obnovil heslo
message-admin-reset-body = Dobrý deň,

    správca { $admin } si práve obnovil vlastné heslo prostredníctvom samoobslužného portálu hesiel.

    Ak ste to nečakali, overte si to priamo u tohto správcu a skontrolujte denník auditu.

    Portál: { $url }

## Email footer and text-message sender

email-footer-sent-by = Toto je automatická správa. Odosielateľ: { $organisation }.
email-footer-privacy = Ochrana osobných údajov
email-footer-terms = Podmienky používania
email-footer-helpdesk = Technická podpora
message-from-organisation = { $organisation }: { $text }
