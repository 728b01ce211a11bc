### Čeština (cs). Register: formal plural "vy" ("Zadejte", "Vyberte"; "jste přihlášeni"), as in Microsoft's Czech product UI.
### Glossary:
###   password = heslo
###   security info = bezpečnostní údaje
###   verification code = ověřovací kód
###   security question = bezpečnostní otázka
###   helpdesk = technická podpora
###   administrator = správce
###   sign in / sign out = přihlásit se / odhlásit se (přihlášení)
###   reset (password) = resetovat heslo, resetování hesla
###   unlock = odemknout
###   account = účet
###   user name = uživatelské jméno
###   method = metoda
###   text message = SMS zpráva
###   directory = adresář
###   authentication phone / email = telefon / e-mail pro ověřování

## Shared by every page

product-name = Samoobsluha účtu
skip-to-content = Přejít na hlavní obsah
loading = Načítání…
language-label = Jazyk
# Zobrazuje se ve výběru jazyka: název tohoto jazyka v tomto jazyce.
language-name = Čeština
language-apply = Změnit jazyk
password-show = Zobrazit heslo
password-hide = Skrýt heslo

## Errors

error-user-name-missing = Zadejte uživatelské jméno.
error-user-name-invalid = Toto nevypadá jako uživatelské jméno. Zkontrolujte, co jste zadali, a zkuste to znovu.
error-password-missing = Zadejte heslo.
error-invalid-credentials = Uživatelské jméno nebo heslo je nesprávné. Zkontrolujte obojí a zkuste to znovu.
error-account-locked = Váš účet je uzamčený. Pokud ho chcete odemknout, zvolte níže „Nemáte přístup ke svému účtu?“, nebo se obraťte na technickou podporu.
error-sign-in-paused = Pro toto uživatelské jméno bylo zaznamenáno příliš mnoho neúspěšných pokusů o přihlášení. Z důvodu ochrany účtu je přihlašování pozastaveno do { $until }. Pokud jste zapomněli heslo, můžete ho resetovat hned teď.
error-sign-in-busy-address = Z vaší sítě bylo zaznamenáno příliš mnoho neúspěšných pokusů o přihlášení. Počkejte prosím hodinu a zkuste to znovu.
error-unavailable = Na naší straně se něco pokazilo. Zkuste to prosím znovu za několik minut.
error-transport = Nepodařilo se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.

## Sign-in page

sign-in-title = Přihlášení
sign-in-heading = Přihlaste se ke svému účtu
sign-in-user-name = Uživatelské jméno
sign-in-password = Heslo
sign-in-submit = Přihlásit se
sign-in-cant-access = Nemáte přístup ke svému účtu?

## Account page

account-title = Váš účet
account-heading = Váš účet
account-signed-in-as = Jste přihlášeni jako
account-sign-out = Odhlásit se
account-signed-out = Nejste přihlášeni.
account-go-sign-in = Přejít na přihlášení

## Password reset

reset-title = Resetování hesla
reset-heading = Obnovte přístup ke svému účtu
reset-back-to-sign-in = Zpět na přihlášení
reset-intro = Zadejte uživatelské jméno a my vám pomůžeme ověřit vaši identitu. Potom si zvolíte nové heslo.
reset-user-id = Uživatelské jméno
reset-user-id-hint = Obvykle vaše pracovní e-mailová adresa, například name@contoso.example.
reset-next = Další
captcha-question = Prokažte, že jste člověk: kolik je { $a } plus { $b }?
captcha-hint = Napište odpověď číslicemi.
captcha-checking = Ověřujeme, že jste člověk…
captcha-done = Hotovo: váš prohlížeč prokázal, že jste člověk. Pokračujte tlačítkem „Další“.
reset-start-again = Začít znovu
reset-verify-heading = Ověřte svou identitu
reset-gate-of = Ověření { $number } z { $total }
reset-gate-legend = Jak chcete získat ověřovací kód?
reset-gate-email = Poslat kód e-mailem na adresu { $destination }
reset-gate-mobile-sms = Poslat kód v SMS na můj mobilní telefon { $destination }
reset-gate-mobile-voice = Zavolat na můj mobilní telefon { $destination }
reset-gate-office-voice = Zavolat na můj pracovní telefon { $destination }
reset-gate-questions = Odpovědět na mé bezpečnostní otázky
reset-code-sent-email = Na adresu { $destination } jsme poslali e-mail s ověřovacím kódem.
reset-code-sent-sms = Na číslo { $destination } jsme poslali SMS zprávu s ověřovacím kódem.
reset-code-sent-voice = Voláme na číslo { $destination }, abychom vám sdělili ověřovací kód.
reset-code-resend = Poslat nový kód
reset-other-method = Použít jinou metodu
reset-questions-heading = Odpovězte na své bezpečnostní otázky
reset-password-heading = Zvolte nové heslo
reset-password-hint = { $min ->
    [one] Použijte alespoň jeden znak.
    [few] Použijte alespoň { $min } znaky. Nejlepší je dlouhá fráze, kterou si zapamatujete; nepoužívejte své jméno ani běžná hesla.
   *[other] Použijte alespoň { $min } znaků. Nejlepší je dlouhá fráze, kterou si zapamatujete; nepoužívejte své jméno ani běžná hesla.
}
reset-password-new = Nové heslo
reset-password-confirm = Potvrďte nové heslo
reset-password-strength-0 = Odhad síly hesla: velmi slabé
reset-password-strength-1 = Odhad síly hesla: slabé
reset-password-strength-2 = Odhad síly hesla: průměrné
reset-password-strength-3 = Odhad síly hesla: silné
reset-password-strength-4 = Odhad síly hesla: velmi silné
reset-password-strength-note = Jde o odhad provedený ve vašem prohlížeči, který vám má pomoci s výběrem. O tom, zda bude heslo přijato, rozhodují výše uvedená pravidla.
reset-password-submit = Resetovat heslo
reset-unlock-only-text = Váš účet je uzamčený. Pokud své heslo stále znáte, můžete účet odemknout a heslo si ponechat.
reset-unlock-only = Jen odemknout
reset-contact-heading = Obraťte se na správce
reset-contact-text = Tady si heslo resetovat nemůžete. Správce vám může pomoci obnovit přístup k účtu.
reset-contact-helpdesk = Kontaktovat technickou podporu
reset-done-heading = Heslo bylo resetováno
reset-done-text = Byli jste odhlášeni ze všech zařízení. Přihlaste se pomocí nového hesla.
reset-unlocked-heading = Váš účet je odemčený
reset-unlocked-text = Přihlaste se pomocí svého současného hesla.
reset-go-sign-in = Přejít na přihlášení
reset-error-flow-missing = Platnost resetování vypršela, nebo resetování nebylo vůbec zahájeno. Začněte prosím znovu.
reset-error-step-out-of-order = Tento krok teď není k dispozici. Pokračujte prosím z této stránky.
reset-error-user-id-missing = Zadejte uživatelské jméno.
reset-error-user-id-invalid = Zadejte uživatelské jméno ve tvaru e-mailové adresy, například name@contoso.example.
reset-error-captcha-failed = Nepodařilo se ověřit, že jste člověk. Zkuste to prosím znovu.
reset-error-gate-missing = Zvolte, jak chcete získat kód.
reset-error-code-dead = Příliš mnoho nesprávných kódů. Pošlete si nový kód nebo použijte jinou metodu.
reset-error-answers-wrong = Některé odpovědi nejsou správné. Zkontrolujte je a zkuste to znovu.
reset-error-blocked = Počet pokusů byl překročen. Z bezpečnostních důvodů je samoobslužné resetování pro tento účet pozastaveno do { $until }.
reset-error-busy-address = Z vaší sítě bylo zaznamenáno příliš mnoho pokusů. Počkejte prosím hodinu a zkuste to znovu.
reset-error-passwords-differ = Zadaná hesla se neshodují.
reset-error-password-too-short = { $min ->
    [one] Použijte alespoň jeden znak.
    [few] Použijte alespoň { $min } znaky.
   *[other] Použijte alespoň { $min } znaků.
}
reset-error-password-missing = Zadejte nové heslo.
reset-error-password-common = Toto heslo je na seznamu hesel, která útočníci zkoušejí jako první. Zvolte jiné, například frázi z několika nesouvisejících slov.
reset-error-password-control = Hesla nesmí obsahovat zalomení řádků, tabulátory ani jiné řídicí znaky. Zadejte heslo znovu bez nich.
reset-error-write-unconfirmed = Nepodařilo se potvrdit, že bylo nové heslo uloženo. Zvolte ho znovu; nová volba nahradí vše, co bylo uloženo.
reset-writing = Vaše změna se ukládá. Za chvíli tuto stránku znovu načtěte.
reset-error-password-too-long = Použijte nejvýše 256 znaků.
reset-error-password-contains-name = Nepoužívejte v hesle své uživatelské jméno.
reset-error-write-failed = Změnu se nepodařilo uložit do adresáře, takže se nic nezměnilo. Zkuste to prosím za chvíli znovu.

## Organisation branding on every page

footer-label = Odkazy organizace
footer-privacy = Ochrana osobních údajů
footer-terms = Podmínky použití
footer-helpdesk = Technická podpora

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio brandingu
studio-heading-layer = Nastavení: { $layer }
studio-back = Zpět do studia brandingu
studio-preview-banner = Prohlížíte si náhled nepublikovaného brandingu. Nikdo jiný ho neuvidí, dokud nebude publikován.
studio-preview-stop = Ukončit náhled
studio-layer-label = Nastavení pro
studio-layer-open = Otevřít
studio-layer-default = Výchozí (všechny jazyky)
studio-layer-overridden = { $language } (má vlastní nastavení)
studio-inherited = Když zůstane prázdné: { $value }
studio-as-default = Stejně jako ve výchozím nastavení
studio-as-product = Jako portál bez brandingu
studio-show = Zobrazit
studio-hide = Skrýt
studio-save = Uložit koncept
studio-section-identity = Organizace
studio-section-colours = Barvy
studio-colours-hint = Barvy zadávejte ve formátu #rrggbb, například #0b5cad. Text a tlačítka se musí od svého pozadí dostatečně odlišovat, aby je mohl přečíst každý, a proto studio před publikováním kontroluje kontrast.
studio-section-layout = Rozložení
studio-section-sign-in = Přihlašovací stránka
studio-section-links = Odkazy v zápatí
studio-section-css = Vlastní CSS
studio-css-hint = Pravidla pro názvy tříd uvedené v referenční příručce CSS portálu. Obrázky smí pocházet jen z obrázků nahraných tady. Nejvýše 25 kB.
studio-section-images = Obrázky
studio-section-publish = Publikování
studio-section-publications = Historie publikování
studio-field-organisation-name = Název organizace
studio-field-colour-primary = Tlačítka a odkazy
studio-field-colour-primary-text = Text na tlačítkách
studio-field-colour-header = Pruh záhlaví
studio-field-colour-header-text = Text v pruhu záhlaví
studio-field-colour-text = Běžný text
studio-field-colour-page = Pozadí stránky
studio-field-colour-card = Pozadí karty
studio-field-colour-focus = Rámeček fokusu klávesnice
studio-field-layout = Rozložení stránky
studio-layout-full-bleed = Obrázek pozadí vyplňující stránku
studio-layout-plain = Jednobarevná stránka
studio-field-show-header = Zobrazit pruh záhlaví
studio-field-show-footer = Zobrazit zápatí
studio-field-sign-in-text = Text přihlašovací stránky
studio-field-user-name-hint = Nápověda k uživatelskému jménu
studio-field-cant-access-label = Text odkazu pro uživatele, kteří se nemůžou přihlásit
studio-field-show-reset-link = Odkaz pro uživatele, kteří se nemůžou přihlásit
studio-field-privacy-url = Adresa prohlášení o ochraně osobních údajů
studio-field-terms-url = Adresa podmínek použití
studio-field-helpdesk-url = Adresa technické podpory (web nebo e-mail)
studio-field-custom-css = Vlastní CSS
studio-field-image-banner-logo = Logo banneru
studio-field-image-square-logo = Čtvercové logo
studio-field-image-square-logo-dark = Čtvercové logo pro tmavé pozadí
studio-field-image-favicon = Ikona webu (favicon)
studio-field-image-background = Obrázek pozadí
studio-image-limits = { $kinds }, nejvýše { $kilobytes } kB a { $width } × { $height } pixelů.
studio-image-upload = Nahrát: { $slot }
studio-image-remove = Odebrat: { $slot }
studio-image-current = Aktuální obrázek: { $slot }
studio-live-heading = Živý náhled
studio-live-caption = Sleduje barvy a texty výše už během psaní, ještě před uložením.
studio-preview = Zobrazit náhled konceptu na skutečných stránkách
studio-email-preview = Zobrazit náhled e-mailu s konceptem
studio-publish = Publikovat
studio-state-never-published = Zatím nebylo nic publikováno: všichni vidí portál bez brandingu.
studio-state-published = Aktivní je verze { $version }.
studio-state-unpublished-changes = Koncept obsahuje nepublikované změny.
studio-problems-heading = Před publikováním opravte tyto problémy
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: kontrast mezi { $pair } je { $ratio }; je potřeba alespoň { $minimum }.
studio-problem-too-long = použijte nejvýše { $max } znaků.
studio-problem-control-character = odeberte z něj řídicí znaky (například tabulátory).
studio-problem-not-a-colour = zadejte barvu jako # a šest šestnáctkových číslic, například #0b5cad.
studio-problem-link-not-https = webové adresy musí začínat na https://.
studio-problem-link-invalid = zadejte webovou adresu začínající na https:// nebo e-mailovou adresu.
studio-problem-css = řádek { $line }: { $reason }
studio-css-too-long = šablona stylů je větší než 25 kB.
studio-css-import = @import není povolený; vložte pravidla přímo sem.
studio-css-external-url = url() smí odkazovat jen na obrázek nahraný ve studiu.
studio-css-expression = expression(), behavior a -moz-binding nejsou povolené.
studio-css-at-rule = povolené jsou jen @media, @supports, @layer, @container, @font-face a @keyframes.
studio-css-markup = posloupnost </ není povolená.
studio-css-unparsable = toto není platné CSS (zkontrolujte, jestli nechybí složená závorka, dvojtečka nebo uvozovka).
studio-pair-text-on-page = textem a pozadím stránky
studio-pair-text-on-card = textem a pozadím karty
studio-pair-button-text-on-primary = textem tlačítek a tlačítky
studio-pair-header-text-on-header = textem záhlaví a pruhem záhlaví
studio-pair-focus-on-page = rámečkem fokusu a pozadím stránky
studio-column-version = Verze
studio-column-when = Publikováno
studio-column-who = Uživatel
studio-column-note = Poznámka
studio-column-action = Akce
studio-publication-live = Právě aktivní
studio-publication-restored = Obnovuje verzi { $version }
studio-roll-back = Znovu publikovat verzi { $version }
studio-done-saved = Koncept je uložený. Zobrazte si jeho náhled, a až bude připravený, publikujte ho.
studio-done-uploaded = Obrázek je teď v konceptu.
studio-done-removed = Obrázek byl z konceptu odebrán.
studio-done-published = Publikováno. Všechny stránky zobrazí nový branding během několika sekund.
studio-done-rolled-back = Dřívější verze je znovu aktivní a teď je zároveň i konceptem.
studio-done-preview-stopped = Náhled byl ukončen.
studio-refused-publish = Nic nebylo publikováno: nejdřív opravte problémy uvedené níže.
studio-refused-no-such-version = Tato verze neexistuje. Nic se nezměnilo.
studio-refused-unavailable = Změnu se nepodařilo uložit. Nic se nezměnilo; zkuste to prosím znovu.
studio-refused-empty = Obrázek „{ $slot }“ se nenahrál: nebyl vybrán žádný soubor, nebo byl prázdný. Nic se nezměnilo.
studio-refused-too-many-bytes = Obrázek „{ $slot }“ se nenahrál: soubor je větší než { $kilobytes } kB. Nic se nezměnilo.
studio-refused-unknown-type = Obrázek „{ $slot }“ se nenahrál: soubor není obrázek PNG, JPEG ani WebP (a u log ani kresba SVG), ať už má jakýkoli název. Nic se nezměnilo.
studio-refused-svg-not-allowed = Obrázek „{ $slot }“ se nenahrál: kresby SVG jsou povolené jen pro loga. Použijte PNG, JPEG nebo WebP. Nic se nezměnilo.
studio-refused-too-many-pixels = Obrázek „{ $slot }“ se nenahrál: je větší než { $width } × { $height } pixelů. Nic se nezměnilo.
studio-refused-undecodable = Obrázek „{ $slot }“ se nenahrál: je poškozený a nepodařilo se ho přečíst. Nic se nezměnilo.
studio-refused-svg-unparsable = Obrázek „{ $slot }“ se nenahrál: kresbu SVG se nepodařilo přečíst. Nic se nezměnilo.
studio-refused-svg-doctype = Obrázek „{ $slot }“ se nenahrál: kresby SVG s DOCTYPE nebo entitami se odmítají. Nic se nezměnilo.
studio-refused-svg-script = Obrázek „{ $slot }“ se nenahrál: kresba SVG obsahuje skript. Nic se nezměnilo.
studio-refused-svg-foreign-object = Obrázek „{ $slot }“ se nenahrál: kresba SVG vkládá jiný obsah (foreignObject). Nic se nezměnilo.
studio-refused-svg-event-handler = Obrázek „{ $slot }“ se nenahrál: kresba SVG obsahuje obslužné rutiny událostí (atributy on…). Nic se nezměnilo.
studio-refused-svg-external-reference = Obrázek „{ $slot }“ se nenahrál: kresba SVG odkazuje na soubory nebo adresy mimo sebe. Nic se nezměnilo.
studio-refused-svg-too-complex = Obrázek „{ $slot }“ se nenahrál: kresba SVG je příliš složitá. Zjednodušte ji a zkuste to znovu. Nic se nezměnilo.
studio-refused-svg-marker = Obrázek „{ $slot }“ se nenahrál: značky SVG (marker) nejsou podporované. Nic se nezměnilo.

## Not found

not-found-title = Stránka nenalezena
not-found-heading = Tuto stránku jsme nenašli.

## Demo outbox (demonstration mode only)

outbox-title = Ukázková pošta k odeslání
outbox-heading = Ukázková pošta k odeslání
outbox-banner-heading = Ukázkový režim
outbox-banner-text = Tato stránka existuje jen v ukázkovém režimu. Zprávy se ve skutečnosti neodesílají: e-maily, SMS zprávy a hlasové hovory se místo toho uchovávají tady, včetně jednorázových kódů, abyste si mohli portál vyzkoušet. Skutečný portál nikdy nespouštějte v ukázkovém režimu.
outbox-caption = Nejnovější zprávy (nejvýše { $limit }), od nejnovější
outbox-empty = Zatím žádné zprávy. Zobrazí se tu kódy a oznámení, které portál odešle.
outbox-time = Čas
outbox-channel = Kanál
outbox-recipient = Příjemce
outbox-subject = Předmět
outbox-body = Zpráva
outbox-channel-email = E-mail
outbox-channel-sms = SMS zpráva
outbox-channel-voice = Hlasový hovor

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = V jakém městě jste se seznámili se svým prvním manželem, manželkou nebo partnerem?
question-city-parents-met = V jakém městě se seznámili vaši rodiče?
question-city-nearest-sibling = V jakém městě žije sourozenec, který je vám nejbližší?
question-city-father-born = V jakém městě se narodil váš otec?
question-city-first-job = V jakém městě jste měli první zaměstnání?
question-city-mother-born = V jakém městě se narodila vaše matka?
question-city-new-year-2000 = V jakém městě jste oslavili příchod roku 2000?
question-high-school-teacher-last-name = Jaké je příjmení vašeho oblíbeného učitele nebo učitelky ze střední školy?
question-college-applied-not-attended = Jak se jmenuje vysoká škola, na kterou jste se hlásili, ale nestudovali jste na ní?
question-first-wedding-reception-place = Jak se jmenovalo místo, kde se konala vaše první svatební hostina?
question-father-middle-name = Jaké je rodné příjmení vaší babičky z otcovy strany?
question-favorite-food = Jaké je vaše oblíbené jídlo?
question-maternal-grandmother-name = Jaké je jméno a příjmení vaší babičky z matčiny strany?
question-mother-middle-name = Jaké je rodné příjmení vaší matky?
question-oldest-sibling-birthday = V jakém měsíci a roce se narodil váš nejstarší sourozenec? (např. listopad 1985)
question-oldest-sibling-middle-name = Jakou přezdívku má váš nejstarší sourozenec?
question-paternal-grandfather-name = Jaké je jméno a příjmení vašeho dědečka z otcovy strany?
question-youngest-sibling-middle-name = Jakou přezdívku má váš nejmladší sourozenec?
question-sixth-grade-school = Jak se jmenovala škola, do které jste chodili v šesté třídě?
question-childhood-best-friend-name = Jaké je jméno a příjmení vašeho nejlepšího kamaráda nebo kamarádky z dětství?
question-first-significant-other-name = Jaké je jméno a příjmení vaší první lásky?
question-grade-school-teacher-last-name = Jaké je příjmení vašeho oblíbeného učitele nebo učitelky z prvního stupně základní školy?
question-first-car-make-model = Jaká byla značka a model vašeho prvního auta nebo motocyklu?
question-first-school = Jak se jmenovala první škola, do které jste chodili?
question-birth-hospital = V jaké nemocnici jste se narodili?
question-childhood-street = Jak se jmenovala ulice, kde jste jako dítě poprvé bydleli?
question-childhood-hero = Kdo byl vaším hrdinou v dětství?
question-favorite-stuffed-animal = Jak se jmenovala vaše oblíbená plyšová hračka?
question-first-pet = Jak se jmenovalo vaše první domácí zvíře?
question-childhood-nickname = Jakou přezdívku jste měli v dětství?
question-high-school-sport = Jaký byl váš oblíbený sport na střední škole?
question-first-job = Jaké bylo vaše první zaměstnání?
question-childhood-phone-last-digits = Jaké byly poslední čtyři číslice vašeho telefonního čísla z dětství?
question-childhood-ambition = Čím jste chtěli být, když jste byli malí?
question-most-famous-person-met = Kdo je nejslavnější člověk, kterého jste kdy potkali?

## Security-info registration

method-email = E-mail
method-mobile-phone = Mobilní telefon
method-office-phone = Pracovní telefon
method-security-questions = Bezpečnostní otázky
method-questions-count = { $count ->
    [one] { $count } zodpovězená otázka
    [few] { $count } zodpovězené otázky
   *[other] { $count } zodpovězených otázek
}
source-authentication = z vaší registrace pro ověřování, v adresáři se nezobrazuje
source-directory = z vašeho profilu v adresáři
source-administrator = podle nastavení správce

prompt-title = Vyžadují se další informace
prompt-register-heading = Vyžadují se další informace
prompt-register-why = Vaše organizace potřebuje způsob, jak ověřit vaši identitu, když zapomenete heslo nebo když se váš účet uzamkne. Zaregistrujte si teď bezpečnostní údaje, abyste mohli přístup obnovit sami, bez volání na technickou podporu.
prompt-register-needed = { $count ->
    [one] Potřebujete alespoň jednu ověřovací metodu.
    [few] Potřebujete alespoň { $count } různé ověřovací metody.
   *[other] Potřebujete alespoň { $count } různých ověřovacích metod.
}
prompt-next = Další
prompt-skip = Teď přeskočit
prompt-reconfirm-heading = Jsou tyto údaje stále správné?
prompt-reconfirm-why = Zkontrolujte prosím bezpečnostní údaje, které jste zaregistrovali. Pokud se něco změnilo, aktualizujte je, abyste mohli heslo i nadále resetovat.
prompt-looks-good = Vše je v pořádku
prompt-change = Změnit
prompt-nothing = Nic dalšího není potřeba
prompt-go-account = Přejít na váš účet

wizard-title = Registrace bezpečnostních údajů
wizard-start = Začít znovu
wizard-step-of = Krok { $number } z { $total }
wizard-code-label = Ověřovací kód
wizard-verify = Ověřit
wizard-send-code = Poslat kód
wizard-skip-step = Přeskočit tuto metodu
wizard-phone-country = Země nebo oblast
wizard-phone-number = Telefonní číslo
wizard-phone-hint = Bez předvolby země, nebo s předvolbou začínající znakem +.
wizard-phone-channel = Jak vám máme kód poslat?
wizard-phone-sms = Textová zpráva (SMS)
wizard-phone-voice = Hlasový hovor
wizard-phone-texted = Na číslo { $number } jsme poslali SMS zprávu s kódem.
wizard-phone-called = Voláme na číslo { $number }, abychom vám sdělili kód.
wizard-phone-resend-heading = Nepřišel kód? Pošlete si ho znovu nebo použijte jiné číslo
wizard-phone-reset-uses = Resetování hesla by nyní použilo číslo { $number }, { $source }.
wizard-phone-reset-none = Zatím nemáte žádný telefon, který by resetování hesla mohlo použít.
wizard-phone-precedence = Číslo, které tady ověříte, se stane vaším telefonem pro ověřování a resetování hesla ho použije místo mobilního telefonu z adresáře.
wizard-office-phone = Pracovní telefon: { $number }, nastavuje ho správce. Tady ho změnit nemůžete.
wizard-email-address = E-mailová adresa
wizard-email-sent = Na adresu { $address } jsme poslali e-mail s kódem.
wizard-email-resend-heading = Nepřišel e-mail? Pošlete si ho znovu nebo použijte jinou adresu
wizard-email-reset-uses = Resetování hesla by nyní použilo adresu { $address }, { $source }.
wizard-email-reset-none = Zatím nemáte žádnou e-mailovou adresu, kterou by resetování hesla mohlo použít.
wizard-email-precedence = Adresa, kterou tady ověříte, se stane vaším e-mailem pro ověřování a resetování hesla ji použije místo alternativního e-mailu z adresáře. Použijte jinou adresu než pracovní.
wizard-questions-intro = { $count ->
    [one] Vyberte otázku a odpovězte na ni.
    [few] Vyberte { $count } různé otázky a odpovězte na každou z nich.
   *[other] Vyberte { $count } různých otázek a odpovězte na každou z nich.
} Odpovědi mají 3 až 40 znaků; na velikosti písmen a nadbytečných mezerách nezáleží. Nikdo, ani správci, je nemůže přečíst.
wizard-question-label = Otázka { $number }
wizard-answer-label = Odpověď na otázku { $number }
wizard-question-choose = Vyberte otázku
wizard-answers-show = Zobrazit odpovědi
wizard-answers-hide = Skrýt odpovědi
wizard-questions-save = Pokračovat
wizard-questions-retype = Z bezpečnostních důvodů se odpovědi na stránku nikdy neposílají zpět: zadejte je prosím znovu.
wizard-summary-heading = Zkontrolovat a uložit
wizard-summary-skipped = Přeskočeno
wizard-save = Uložit
wizard-cancel = Zrušit

registration-error-not-signed-in = Vaše relace skončila. Přihlaste se prosím znovu.
registration-error-flow-missing = Platnost této registrace vypršela, nebo už byla dokončena. Pokud chcete pokračovat, začněte znovu.
registration-error-step-out-of-order = Tento krok teď není k dispozici. Pokračujte od zobrazeného kroku.
registration-error-phone-missing = Zadejte telefonní číslo.
registration-error-country-needed = Vyberte zemi, nebo napište číslo s mezinárodní předvolbou začínající znakem +.
registration-error-phone-invalid = Toto není platné telefonní číslo pro vybranou zemi.
registration-error-email-missing = Zadejte e-mailovou adresu.
registration-error-email-invalid = Zadejte e-mailovou adresu ve tvaru name@example.com.
code-error-missing = Zadejte kód, který jsme vám poslali.
code-error-malformed = Kód má 6 až 8 číslic.
code-error-wrong = { $tries ->
    [one] Tento kód není správný. Zbývá vám ještě jeden pokus.
    [few] Tento kód není správný. Zbývají vám ještě { $tries } pokusy.
   *[other] Tento kód není správný. Zbývá vám ještě { $tries } pokusů.
}
code-error-dead = Příliš mnoho nesprávných kódů. Pošlete si nový kód.
code-error-expired = Platnost tohoto kódu vypršela. Pošlete si nový kód.
code-error-used = Tento kód už byl použit. Pošlete si nový kód.
code-error-none-sent = Žádný kód nečeká na zadání. Pošlete si nový kód.
code-error-too-many = Bylo odesláno příliš mnoho kódů. Počkejte hodinu, nebo zvolte jinou metodu.
code-error-delivery-failed = Kód se nepodařilo odeslat. Zkuste to znovu, nebo zvolte jinou metodu.
registration-error-question-missing = Tady vyberte otázku.
registration-error-question-not-offered = Vyberte otázku ze seznamu.
registration-error-question-twice = Tuto otázku jste už vybrali. Vyberte jinou.
error-answer-missing = Zadejte odpověď.
registration-error-answer-too-short = Odpovědi musí mít alespoň 3 znaky.
registration-error-answer-too-long = Odpovědi mohou mít nejvýše 40 znaků.
registration-error-answer-twice = Tuto odpověď jste už použili u jiné otázky. Zadejte jinou.
registration-error-steps-pending = Před uložením dokončete nebo přeskočte všechny kroky.
registration-error-nothing-to-save = Nic nebylo přidáno. Zaregistrujte alespoň jednu metodu, nebo registraci zrušte.
registration-error-not-enough-methods = { $needed ->
    [one] Zaregistrujte alespoň jednu metodu, abyste mohli resetovat heslo.
    [few] Zaregistrujte alespoň { $needed } různé metody, abyste mohli resetovat heslo.
   *[other] Zaregistrujte alespoň { $needed } různých metod, abyste mohli resetovat heslo.
}

account-security-info = Bezpečnostní údaje: registrace, změna nebo odstranění
account-security-info-saved = Vaše bezpečnostní údaje byly uloženy.

message-code-email-subject = Váš ověřovací kód
message-code-email-body = Váš ověřovací kód je { $code }.

    Platí { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }. Pokud jste o něj nežádali, můžete tento e-mail ignorovat: bez kódu se nic nezmění.
message-code-sms = Váš ověřovací kód je { $code }. Platí { $minutes } min.
message-code-voice = Váš ověřovací kód je: { $code }. Opakuji: { $code }.
message-changed-subject = Vaše bezpečnostní údaje byly změněny
message-changed-body = Bezpečnostní údaje vašeho účtu byly právě změněny:
    { $changes }

    Pokud jste tuto změnu provedli vy, nemusíte nic dělat. Pokud ne, obraťte se hned na technickou podporu.
message-changed-phone = telefon pro ověřování
message-changed-email = e-mail pro ověřování
message-changed-questions = bezpečnostní otázky

country-AR = Argentina
country-AT = Rakousko
country-AU = Austrálie
country-BE = Belgie
country-BR = Brazílie
country-CA = Kanada
country-CH = Švýcarsko
country-CN = Čína
country-CZ = Česko
country-DE = Německo
country-DK = Dánsko
country-ES = Španělsko
country-FI = Finsko
country-FR = Francie
country-GB = Spojené království
country-GR = Řecko
country-HR = Chorvatsko
country-HU = Maďarsko
country-IE = Irsko
country-IN = Indie
country-IT = Itálie
country-JP = Japonsko
country-LU = Lucembursko
country-MT = Malta
country-MX = Mexiko
country-NL = Nizozemsko
country-NO = Norsko
country-NZ = Nový Zéland
country-PL = Polsko
country-PT = Portugalsko
country-RO = Rumunsko
country-SE = Švédsko
country-SI = Slovinsko
country-SK = Slovensko
country-SM = San Marino
country-TR = Turecko
country-UA = Ukrajina
country-US = Spojené státy
country-VA = Vatikán
country-ZA = Jihoafrická republika
registration-error-reauth-required = Z bezpečnostních důvodů před změnou bezpečnostních údajů znovu zadejte heslo.
registration-error-method-not-changeable = Tuto metodu tady nelze změnit.
registration-error-wrong-password = Toto heslo není správné.
registration-error-too-many-password-tries = Bylo zadáno příliš mnoho nesprávných hesel. Počkejte prosím několik minut a zkuste to znovu.

security-info-title = Bezpečnostní údaje
security-info-back = Zpět na váš účet
security-info-usable = { $usable ->
    [one] Resetování hesla může použít jednu z vašich metod
   *[other] Resetování hesla může použít { $usable } z vašich metod
}; potřebuje { $required ->
    [one] jednu.
    [few] { $required } různé.
   *[other] { $required } různých.
}
security-info-not-set = Nenastaveno
security-info-add = Přidat
security-info-change = Změnit
security-info-delete = Odstranit
security-info-deleted = Metoda byla odstraněna.
security-info-delete-title = Odstranění metody
security-info-delete-confirm = Odstranit „{ $method }“ z vašich bezpečnostních údajů?
security-info-delete-warning = { $required ->
    [one] Potom by vám nezůstala žádná metoda a heslo byste už nemohli resetovat sami.
    [few] Potom byste měli méně než { $required } metody a heslo byste už nemohli resetovat sami.
   *[other] Potom byste měli méně než { $required } metod a heslo byste už nemohli resetovat sami.
}
reauth-title = Ověřte svou identitu
reauth-submit = Pokračovat

## Password reset messages

message-reset-subject = Vaše heslo bylo resetováno
message-reset-body = Dobrý den,

    heslo k vašemu účtu bylo právě resetováno prostřednictvím samoobslužného portálu pro hesla a všechny relace byly odhlášeny.

    Pokud jste to byli vy, nemusíte už nic dělat. Pokud ne, ihned se obraťte na správce.

    Přihlášení: { $url }
message-unlocked-subject = Váš účet byl odemčen
message-unlocked-body = Dobrý den,

    váš účet byl právě odemčen prostřednictvím samoobslužného portálu pro hesla. Vaše heslo se nezměnilo.

    Pokud jste to nebyli vy, ihned se obraťte na správce.

    Přihlášení: { $url }
message-admin-reset-subject = Správce { $admin } si resetoval heslo
message-admin-reset-body = Dobrý den,

    správce { $admin } si právě resetoval vlastní heslo prostřednictvím samoobslužného portálu pro hesla.

    Pokud jste to nečekali, ověřte si to přímo u tohoto správce a zkontrolujte protokol auditu.

    Portál: { $url }

## Email footer and text-message sender

email-footer-sent-by = Toto je automatická zpráva. Odesílatel: { $organisation }.
email-footer-privacy = Ochrana osobních údajů
email-footer-terms = Podmínky použití
email-footer-helpdesk = Technická podpora
message-from-organisation = { $organisation }: { $text }
