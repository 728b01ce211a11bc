### Қазақ тілі (kk). Register: formal "Сіз" and polite imperative ("енгізіңіз", "таңдаңыз"), as in Microsoft's Kazakh product UI.
### Glossary:
###   password = құпиясөз
###   security info = қауіпсіздік ақпараты
###   verification code = растау коды
###   security question = қауіпсіздік сұрағы
###   helpdesk = қолдау қызметі
###   administrator = әкімші
###   sign in = кіру
###   sign out = шығу
###   account = тіркелгі
###   user name = пайдаланушы аты
###   reset = қалпына келтіру
###   unlock = құлпын ашу
###   method = әдіс
###   authentication phone / email = аутентификация телефоны / электрондық поштасы
###   directory = каталог
###   email = электрондық пошта (электрондық хат)
###   text message = SMS хабар

## Барлық беттерге ортақ

product-name = Тіркелгіні өз бетінше басқару
skip-to-content = Негізгі мазмұнға өту
loading = Жүктелуде…
language-label = Тіл
# Тіл таңдау тізімінде көрсетіледі: осы тілдің атауы осы тілде.
language-name = Қазақ тілі
language-apply = Тілді өзгерту
password-show = Құпиясөзді көрсету
password-hide = Құпиясөзді жасыру

## Қателер

error-user-name-missing = Пайдаланушы атыңызды енгізіңіз.
error-user-name-invalid = Бұл пайдаланушы атына ұқсамайды. Енгізгеніңізді тексеріп, қайталап көріңіз.
error-password-missing = Құпиясөзіңізді енгізіңіз.
error-invalid-credentials = Пайдаланушы аты немесе құпиясөз қате. Екеуін де тексеріп, қайталап көріңіз.
error-account-locked = Тіркелгіңіз құлыпталған. Құлпын ашу үшін төмендегі «Тіркелгіңізге кіре алмай жатырсыз ба?» сілтемесін таңдаңыз немесе қолдау қызметіне хабарласыңыз.
error-sign-in-paused = Осы пайдаланушы атымен кіру әрекеттері тым көп рет сәтсіз аяқталды. Тіркелгіні қорғау үшін кіру уақытша тоқтатылды. Қайта кіруге болатын уақыт: { $until }. Құпиясөзіңізді ұмытып қалсаңыз, оны қазір қалпына келтіре аласыз.
error-sign-in-busy-address = Желіңізден кіру әрекеттері тым көп рет сәтсіз аяқталды. Бір сағат күтіп, қайталап көріңіз.
error-unavailable = Біздің тарапта қате орын алды. Бірнеше минуттан кейін қайталап көріңіз.
error-transport = Серверге қосылу мүмкін болмады. Байланысыңызды тексеріп, қайталап көріңіз.

## Кіру беті

sign-in-title = Кіру
sign-in-heading = Тіркелгіңізге кіріңіз
sign-in-user-name = Пайдаланушы аты
sign-in-password = Құпиясөз
sign-in-submit = Кіру
sign-in-cant-access = Тіркелгіңізге кіре алмай жатырсыз ба?

## Тіркелгі беті

account-title = Сіздің тіркелгіңіз
account-heading = Сіздің тіркелгіңіз
account-signed-in-as = Сіз мына пайдаланушы ретінде кірдіңіз:
account-sign-out = Шығу
account-signed-out = Сіз жүйеге кірмегенсіз.
account-go-sign-in = Кіру бетіне өту

## Құпиясөзді қалпына келтіру

reset-title = Құпиясөзді қалпына келтіру
reset-heading = Тіркелгіңізге қайта кіру
reset-back-to-sign-in = Кіру бетіне оралу
reset-intro = Пайдаланушы атыңызды енгізіңіз: біз бұл сіз екеніңізді растауға көмектесеміз, содан кейін жаңа құпиясөз таңдайсыз.
reset-user-id = Пайдаланушы аты
reset-user-id-hint = Әдетте бұл жұмыс электрондық поштаңыздың мекенжайы, мысалы, name@contoso.example.
reset-next = Келесі
captcha-question = Адам екеніңізді растау үшін: { $a } қосу { $b } нешеге тең?
captcha-hint = Жауапты цифрмен жазыңыз.
captcha-checking = Адам екеніңіз тексерілуде…
captcha-done = Дайын: браузеріңіз адам екеніңізді растады. «Келесі» түймесімен жалғастырыңыз.
reset-start-again = Қайта бастау
reset-verify-heading = Бұл сіз екеніңізді растаңыз
reset-gate-of = Растау: { $number }/{ $total }
reset-gate-legend = Растау кодын қалай алғыңыз келеді?
reset-gate-email = Кодты { $destination } мекенжайына электрондық пошта арқылы жіберу
reset-gate-mobile-sms = Кодты ұялы телефоныма ({ $destination }) SMS арқылы жіберу
reset-gate-mobile-voice = Ұялы телефоныма ({ $destination }) қоңырау шалу
reset-gate-office-voice = Жұмыс телефоныма ({ $destination }) қоңырау шалу
reset-gate-questions = Қауіпсіздік сұрақтарыма жауап беру
reset-code-sent-email = Растау коды бар электрондық хатты { $destination } мекенжайына жібердік.
reset-code-sent-sms = Растау коды бар SMS хабарды { $destination } нөміріне жібердік.
reset-code-sent-voice = Растау кодын айтып беру үшін { $destination } нөміріне қоңырау шалып жатырмыз.
reset-code-resend = Жаңа код жіберу
reset-other-method = Басқа әдісті пайдалану
reset-questions-heading = Қауіпсіздік сұрақтарына жауап беріңіз
reset-password-heading = Жаңа құпиясөз таңдаңыз
reset-password-hint = { $min ->
    [one] Кемінде бір таңба пайдаланыңыз.
   *[other] Кемінде { $min } таңба пайдаланыңыз. Есте сақтауға оңай ұзын фраза — ең жақсы таңдау; атыңызды және жиі қолданылатын құпиясөздерді пайдаланбаңыз.
}
reset-password-new = Жаңа құпиясөз
reset-password-confirm = Жаңа құпиясөзді растаңыз
reset-password-strength-0 = Болжалды беріктігі: өте әлсіз
reset-password-strength-1 = Болжалды беріктігі: әлсіз
reset-password-strength-2 = Болжалды беріктігі: орташа
reset-password-strength-3 = Болжалды беріктігі: күшті
reset-password-strength-4 = Болжалды беріктігі: өте күшті
reset-password-strength-note = Таңдауыңызға көмектесу үшін браузеріңізде жасалған бағалау. Құпиясөздің қабылданатынын не қабылданбайтынын жоғарыдағы ережелер анықтайды.
reset-password-submit = Құпиясөзді қалпына келтіру
reset-unlock-only-text = Тіркелгіңіз құлыпталған. Құпиясөзіңіз әлі есіңізде болса, тіркелгінің құлпын ашып, құпиясөзді өзгертпей қалдыра аласыз.
reset-unlock-only = Тек құлпын ашу
reset-contact-heading = Әкімшіге хабарласыңыз
reset-contact-text = Құпиясөзді мұнда қалпына келтіре алмайсыз. Әкімші тіркелгіңізге қайта кіруге көмектесе алады.
reset-contact-helpdesk = Қолдау қызметіне хабарласу
reset-done-heading = Құпиясөзіңіз қалпына келтірілді
reset-done-text = Сіз барлық құрылғыда жүйеден шығарылдыңыз. Жаңа құпиясөзбен кіріңіз.
reset-unlocked-heading = Тіркелгіңіздің құлпы ашылды
reset-unlocked-text = Ағымдағы құпиясөзіңізбен кіріңіз.
reset-go-sign-in = Кіру бетіне өту
reset-error-flow-missing = Қалпына келтіру мерзімі өтіп кетті немесе ол мүлде басталмаған. Қайтадан бастаңыз.
reset-error-step-out-of-order = Бұл қадам қазір қолжетімді емес. Осы беттен жалғастырыңыз.
reset-error-user-id-missing = Пайдаланушы атыңызды енгізіңіз.
reset-error-user-id-invalid = Пайдаланушы атыңызды электрондық пошта мекенжайы пішімінде енгізіңіз, мысалы, name@contoso.example.
reset-error-captcha-failed = Адам екеніңізді тексеру мүмкін болмады. Қайталап көріңіз.
reset-error-gate-missing = Кодты қалай алғыңыз келетінін таңдаңыз.
reset-error-code-dead = Қате кодтар тым көп енгізілді. Жаңа код жіберіңіз немесе басқа әдісті пайдаланыңыз.
reset-error-answers-wrong = Бір немесе бірнеше жауап дұрыс емес. Оларды тексеріп, қайталап көріңіз.
reset-error-blocked = Сіз тым көп әрекет жасадыңыз. Қауіпсіздігіңіз үшін бұл тіркелгіде құпиясөзді өз бетінше қалпына келтіру уақытша тоқтатылды. Қайталауға болатын уақыт: { $until }.
reset-error-busy-address = Желіңізден тым көп әрекет жасалды. Бір сағат күтіп, қайталап көріңіз.
reset-error-passwords-differ = Екі құпиясөз сәйкес келмейді.
reset-error-password-too-short = { $min ->
    [one] Кемінде бір таңба пайдаланыңыз.
   *[other] Кемінде { $min } таңба пайдаланыңыз.
}
reset-error-password-missing = Жаңа құпиясөзді енгізіңіз.
reset-error-password-common = Бұл құпиясөз шабуылдаушылар бірінші кезекте тексеретін құпиясөздер тізімінде бар. Басқасын таңдаңыз, мысалы, бір-бірімен байланыссыз бірнеше сөзден тұратын фраза.
reset-error-password-control = Құпиясөзде жол үзілімдері, табуляция немесе басқа басқару таңбалары болмауы керек. Оны оларсыз қайта теріңіз.
reset-error-write-unconfirmed = Жаңа құпиясөзіңіздің сақталғанын растау мүмкін болмады. Оны қайта таңдаңыз; жаңа таңдау бұрын сақталған кез келген нәрсені алмастырады.
reset-writing = Өзгерісіңіз сақталуда. Осы бетті біраздан кейін қайта жүктеңіз.
reset-error-password-too-long = Ең көбі 256 таңба пайдаланыңыз.
reset-error-password-contains-name = Құпиясөзде пайдаланушы атыңызды пайдаланбаңыз.
reset-error-write-failed = Өзгерісті каталогқа сақтау мүмкін болмады, сондықтан ештеңе өзгерген жоқ. Біраздан кейін қайталап көріңіз.

## Әр беттегі ұйым брендингі

footer-label = Ұйымның сілтемелері
footer-privacy = Құпиялылық
footer-terms = Пайдалану шарттары
footer-helpdesk = Қолдау қызметі

## Брендинг студиясы (/admin/branding, брендинг әкімшілеріне арналған)

studio-title = Брендинг студиясы
studio-heading-layer = Параметрлер: { $layer }
studio-back = Брендинг студиясына оралу
studio-preview-banner = Сіз жарияланбаған брендингті алдын ала қарап отырсыз. Ол жарияланғанша оны басқа ешкім көрмейді.
studio-preview-stop = Алдын ала қарауды тоқтату
studio-layer-label = Параметрлер тілі
studio-layer-open = Ашу
studio-layer-default = Әдепкі (барлық тіл)
studio-layer-overridden = { $language } (өз параметрлері бар)
studio-inherited = Бос болса: { $value }
studio-as-default = Әдепкі параметрлердегідей
studio-as-product = Брендингсіз порталдағыдай
studio-show = Көрсету
studio-hide = Жасыру
studio-save = Нобайды сақтау
studio-section-identity = Ұйым
studio-section-colours = Түстер
studio-colours-hint = Түстерді #rrggbb түрінде жазыңыз, мысалы, #0b5cad. Мәтін мен түймелерді барлығы оқи алуы үшін олар фоннан жеткілікті түрде ерекшеленуі керек, сондықтан студия жарияламас бұрын контрастты тексереді.
studio-section-layout = Орналасу
studio-section-sign-in = Кіру беті
studio-section-links = Төменгі деректемедегі сілтемелер
studio-section-css = Реттелетін CSS
studio-css-hint = Порталдың CSS анықтамалығында көрсетілген класс атауларына арналған ережелер. Суреттер тек осында жүктеп салынған суреттерден алынуы мүмкін. Ең көбі 25 KB.
studio-section-images = Суреттер
studio-section-publish = Жариялау
studio-section-publications = Жарияланымдар
studio-field-organisation-name = Ұйым атауы
studio-field-colour-primary = Түймелер мен сілтемелер
studio-field-colour-primary-text = Түймелердегі мәтін
studio-field-colour-header = Жоғарғы жолақ
studio-field-colour-header-text = Жоғарғы жолақтағы мәтін
studio-field-colour-text = Мәтін
studio-field-colour-page = Бет фоны
studio-field-colour-card = Карточка фоны
studio-field-colour-focus = Пернетақта фокусының жиегі
studio-field-layout = Бет орналасуы
studio-layout-full-bleed = Бетті толық жабатын фондық сурет
studio-layout-plain = Біркелкі бет түсі
studio-field-show-header = Жоғарғы жолақты көрсету
studio-field-show-footer = Төменгі деректемені көрсету
studio-field-sign-in-text = Кіру бетінің мәтіні
studio-field-user-name-hint = Пайдаланушы аты бойынша кеңес
studio-field-cant-access-label = Кіре алмайтын адамдарға арналған сілтеменің мәтіні
studio-field-show-reset-link = Кіре алмайтын адамдарға арналған сілтеме
studio-field-privacy-url = Құпиялылық туралы мәлімдеменің мекенжайы
studio-field-terms-url = Пайдалану шарттарының мекенжайы
studio-field-helpdesk-url = Қолдау қызметінің мекенжайы (веб немесе электрондық пошта)
studio-field-custom-css = Реттелетін CSS
studio-field-image-banner-logo = Баннер логотипі
studio-field-image-square-logo = Шаршы логотип
studio-field-image-square-logo-dark = Қараңғы фонға арналған шаршы логотип
studio-field-image-favicon = Сайт белгішесі (favicon)
studio-field-image-background = Фондық сурет
studio-image-limits = { $kinds }, ең көбі { $kilobytes } KB және { $width } × { $height } пиксель.
studio-image-upload = Жүктеп салу: { $slot }
studio-image-remove = Жою: { $slot }
studio-image-current = Ағымдағы сурет: { $slot }
studio-live-heading = Тікелей алдын ала қарау
studio-live-caption = Сақтамас бұрын, теріп жатқан кезде жоғарыдағы түстер мен мәтіндерді бірден көрсетеді.
studio-preview = Нобайды нақты беттерде алдын ала қарау
studio-email-preview = Нобаймен электрондық хатты алдын ала қарау
studio-publish = Жариялау
studio-state-never-published = Әлі ештеңе жарияланған жоқ: барлығы порталды брендингсіз көреді.
studio-state-published = Қазір { $version } нұсқасы қолданыста.
studio-state-unpublished-changes = Нобайда жарияланбаған өзгерістер бар.
studio-problems-heading = Жарияламас бұрын мыналарды түзетіңіз
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } арасындағы контраст — { $ratio }; кемінде { $minimum } қажет.
studio-problem-too-long = ең көбі { $max } таңба пайдаланыңыз.
studio-problem-control-character = одан басқару таңбаларын (мысалы, табуляцияны) алып тастаңыз.
studio-problem-not-a-colour = түсті # белгісі мен одан кейінгі алты он алтылық цифр түрінде жазыңыз, мысалы, #0b5cad.
studio-problem-link-not-https = веб-мекенжайлар https:// деп басталуы керек.
studio-problem-link-invalid = https:// деп басталатын веб-мекенжайды немесе электрондық пошта мекенжайын жазыңыз.
studio-problem-css = { $line }-жол: { $reason }
studio-css-too-long = стильдер кестесі 25 KB-тан үлкен.
studio-css-import = @import пайдалануға болмайды; оның орнына ережелерді осында жазыңыз.
studio-css-external-url = url() тек студияда жүктеп салынған суретке сілтей алады.
studio-css-expression = expression(), behavior және -moz-binding пайдалануға болмайды.
studio-css-at-rule = тек @media, @supports, @layer, @container, @font-face және @keyframes пайдалануға болады.
studio-css-markup = </ тізбегін пайдалануға болмайды.
studio-css-unparsable = бұл жарамды CSS емес (жетіспейтін жүйелі жақшаны, қос нүктені немесе тырнақшаны тексеріңіз).
studio-pair-text-on-page = мәтін мен бет фоны
studio-pair-text-on-card = мәтін мен карточка фоны
studio-pair-button-text-on-primary = түйме мәтіні мен түймелер
studio-pair-header-text-on-header = жоғарғы жолақ мәтіні мен жоғарғы жолақ
studio-pair-focus-on-page = фокус жиегі мен бет фоны
studio-column-version = Нұсқа
studio-column-when = Жарияланған уақыты
studio-column-who = Жариялаған
studio-column-note = Ескертпе
studio-column-action = Әрекет
studio-publication-live = Қазір қолданыста
studio-publication-restored = { $version } нұсқасын қалпына келтіреді
studio-roll-back = { $version } нұсқасын қайта жариялау
studio-done-saved = Нобай сақталды. Оны алдын ала қарап шығыңыз, дайын болғанда жариялаңыз.
studio-done-uploaded = Сурет нобайға қосылды.
studio-done-removed = Сурет нобайдан жойылды.
studio-done-published = Жарияланды. Бірнеше секунд ішінде барлық беттерде жаңа брендинг көрсетіледі.
studio-done-rolled-back = Алдыңғы нұсқа қайта қолданыста және енді ол нобай да болып табылады.
studio-done-preview-stopped = Алдын ала қарау аяқталды.
studio-refused-publish = Ештеңе жарияланған жоқ: алдымен төменде көрсетілген мәселелерді түзетіңіз.
studio-refused-no-such-version = Ондай нұсқа жоқ. Ештеңе өзгерген жоқ.
studio-refused-unavailable = Өзгерісті сақтау мүмкін болмады. Ештеңе өзгерген жоқ; қайталап көріңіз.
studio-refused-empty = { $slot } жүктеп салынбады: файл таңдалмаған немесе ол бос. Ештеңе өзгерген жоқ.
studio-refused-too-many-bytes = { $slot } жүктеп салынбады: файл { $kilobytes } KB-тан үлкен. Ештеңе өзгерген жоқ.
studio-refused-unknown-type = { $slot } жүктеп салынбады: атауына қарамастан, файл PNG, JPEG немесе WebP суреті емес (логотиптер үшін SVG сызбасы да емес). Ештеңе өзгерген жоқ.
studio-refused-svg-not-allowed = { $slot } жүктеп салынбады: SVG сызбалары тек логотиптер үшін қабылданады. PNG, JPEG немесе WebP пайдаланыңыз. Ештеңе өзгерген жоқ.
studio-refused-too-many-pixels = { $slot } жүктеп салынбады: сурет { $width } × { $height } пиксельден үлкен. Ештеңе өзгерген жоқ.
studio-refused-undecodable = { $slot } жүктеп салынбады: сурет зақымдалған, оны оқу мүмкін болмады. Ештеңе өзгерген жоқ.
studio-refused-svg-unparsable = { $slot } жүктеп салынбады: SVG сызбасын оқу мүмкін болмады. Ештеңе өзгерген жоқ.
studio-refused-svg-doctype = { $slot } жүктеп салынбады: DOCTYPE немесе нысандар (entity) бар SVG сызбалары қабылданбайды. Ештеңе өзгерген жоқ.
studio-refused-svg-script = { $slot } жүктеп салынбады: SVG сызбасында скрипт бар. Ештеңе өзгерген жоқ.
studio-refused-svg-foreign-object = { $slot } жүктеп салынбады: SVG сызбасына басқа мазмұн (foreignObject) ендірілген. Ештеңе өзгерген жоқ.
studio-refused-svg-event-handler = { $slot } жүктеп салынбады: SVG сызбасында оқиға өңдеуіштері (on… атрибуттары) бар. Ештеңе өзгерген жоқ.
studio-refused-svg-external-reference = { $slot } жүктеп салынбады: SVG сызбасы өзінен тыс файлдарға немесе мекенжайларға сілтейді. Ештеңе өзгерген жоқ.
studio-refused-svg-too-complex = { $slot } жүктеп салынбады: SVG сызбасы тым күрделі. Оны жеңілдетіп, қайталап көріңіз. Ештеңе өзгерген жоқ.
studio-refused-svg-marker = { $slot } жүктеп салынбады: SVG маркерлеріне қолдау көрсетілмейді. Ештеңе өзгерген жоқ.

## Бет табылмады

not-found-title = Бет табылмады
not-found-heading = Бұл бетті таба алмадық.

## Шығыс хабарлар (демо; тек демонстрациялық режимде)

outbox-title = Шығыс хабарлар (демо)
outbox-heading = Шығыс хабарлар (демо)
outbox-banner-heading = Демонстрациялық режим
outbox-banner-text = Бұл бет тек демонстрациялық режимде бар. Хабарлар шын мәнінде жіберілмейді: электрондық хаттар, SMS хабарлар мен дауыстық қоңыраулар бір реттік кодтарымен бірге осында сақталады, осылайша порталды сынап көре аласыз. Нақты порталды ешқашан демонстрациялық режимде іске қоспаңыз.
outbox-caption = { $limit ->
    [one] Соңғы хабар
   *[other] Соңғы { $limit } хабар, алдымен ең жаңалары
}
outbox-empty = Әзірге хабарлар жоқ. Портал жіберетін кодтар мен хабарландырулар осында көрсетіледі.
outbox-time = Уақыт
outbox-channel = Арна
outbox-recipient = Алушы
outbox-subject = Тақырып
outbox-body = Хабар
outbox-channel-email = Электрондық пошта
outbox-channel-sms = SMS хабар
outbox-channel-voice = Дауыстық қоңырау

## Алдын ала анықталған қауіпсіздік сұрақтары (идентификаторлары сақталады; кілттің атын ешқашан өзгертпеңіз)

question-city-met-partner = Бірінші жұбайыңызбен немесе серіктесіңізбен қай қалада таныстыңыз?
question-city-parents-met = Ата-анаңыз қай қалада танысқан?
question-city-nearest-sibling = Жасы сізге ең жақын бауырыңыз қай қалада тұрады?
question-city-father-born = Әкеңіз қай қалада туған?
question-city-first-job = Алғашқы жұмысыңыз қай қалада болды?
question-city-mother-born = Анаңыз қай қалада туған?
question-city-new-year-2000 = 2000 жылды қай қалада қарсы алдыңыз?
question-high-school-teacher-last-name = Жоғары сыныптардағы сүйікті мұғаліміңіздің тегі қандай?
question-college-applied-not-attended = Құжат тапсырған, бірақ оқымаған жоғары оқу орнының атауы қандай?
question-first-wedding-reception-place = Алғашқы үйлену тойыңыз өткен мейрамхананың немесе орынның атауы қандай?
question-father-middle-name = Әкеңіздің әкесінің аты кім?
question-favorite-food = Сүйікті тағамыңыз қандай?
question-maternal-grandmother-name = Нағашы әжеңіздің аты-жөні кім?
question-mother-middle-name = Анаңыздың қыз кезіндегі тегі қандай?
question-oldest-sibling-birthday = Ең үлкен ағаңыз немесе әпкеңіз қай жылы, қай айда туған? (мысалы, 1985 жылғы қараша)
question-oldest-sibling-middle-name = Ең үлкен ағаңыздың немесе әпкеңіздің аты кім?
question-paternal-grandfather-name = Әкеңіз жағынан атаңыздың аты-жөні кім?
question-youngest-sibling-middle-name = Ең кіші бауырыңыздың аты кім?
question-sixth-grade-school = Алтыншы сыныпта қай мектепте оқыдыңыз?
question-childhood-best-friend-name = Балалық шақтағы ең жақын досыңыздың аты-жөні кім?
question-first-significant-other-name = Алғашқы махаббатыңыздың аты-жөні кім?
question-grade-school-teacher-last-name = Бастауыш сыныптағы сүйікті мұғаліміңіздің тегі қандай?
question-first-car-make-model = Алғашқы көлігіңіздің немесе мотоцикліңіздің маркасы мен моделі қандай болды?
question-first-school = Алғаш оқыған мектебіңіздің атауы қандай?
question-birth-hospital = Сіз туған аурухананың немесе перзентхананың атауы қандай?
question-childhood-street = Балалық шақтағы алғашқы үйіңіз орналасқан көшенің атауы қандай?
question-childhood-hero = Балалық шақтағы сүйікті кейіпкеріңіз кім еді?
question-favorite-stuffed-animal = Сүйікті жұмсақ ойыншығыңыздың аты қандай еді?
question-first-pet = Алғашқы үй жануарыңыздың аты қандай еді?
question-childhood-nickname = Балалық шақтағы лақап атыңыз қандай еді?
question-high-school-sport = Жоғары сыныптарда қай спорт түрін ең жақсы көрдіңіз?
question-first-job = Алғашқы жұмысыңыз қандай болды?
question-childhood-phone-last-digits = Балалық шақтағы үй телефоны нөміріңіздің соңғы төрт цифры қандай еді?
question-childhood-ambition = Бала кезіңізде өскенде кім болғыңыз келді?
question-most-famous-person-met = Сіз кездестірген ең танымал адам кім?

## Қауіпсіздік ақпаратын тіркеу

method-email = Электрондық пошта
method-mobile-phone = Ұялы телефон
method-office-phone = Жұмыс телефоны
method-security-questions = Қауіпсіздік сұрақтары
method-questions-count = { $count ->
    [one] { $count } сұраққа жауап берілді
   *[other] { $count } сұраққа жауап берілді
}
source-authentication = растау үшін өзіңіз тіркегенсіз, каталогта көрсетілмейді
source-directory = каталогтағы профиліңізден алынған
source-administrator = әкімші орнатқан

prompt-title = Қосымша ақпарат қажет
prompt-register-heading = Қосымша ақпарат қажет
prompt-register-why = Құпиясөзіңізді ұмытқанда немесе тіркелгіңіз құлыпталғанда ұйымыңызға бұл сіз екеніңізді растаудың жолы қажет. Қолдау қызметіне хабарласпай-ақ, өз бетіңізше қайта кіре алуыңыз үшін қауіпсіздік ақпаратыңызды қазір тіркеңіз.
prompt-register-needed = { $count ->
    [one] Кемінде бір растау әдісі қажет.
   *[other] Кемінде { $count } түрлі растау әдісі қажет.
}
prompt-next = Келесі
prompt-skip = Қазір емес
prompt-reconfirm-heading = Бұл ақпарат әлі де дұрыс па?
prompt-reconfirm-why = Тіркелген қауіпсіздік ақпаратыңызды тексеріңіз. Бірдеңе өзгерген болса, құпиясөзді бұрынғыдай қалпына келтіре алуыңыз үшін оны жаңартыңыз.
prompt-looks-good = Бәрі дұрыс
prompt-change = Өзгерту
prompt-nothing = Басқа ештеңе қажет емес
prompt-go-account = Тіркелгіңізге өту

wizard-title = Қауіпсіздік ақпаратын тіркеу
wizard-start = Қайта бастау
wizard-step-of = { $number }-қадам (барлығы { $total })
wizard-code-label = Растау коды
wizard-verify = Растау
wizard-send-code = Код жіберу
wizard-skip-step = Бұл әдісті өткізіп жіберу
wizard-phone-country = Ел немесе аймақ
wizard-phone-number = Телефон нөмірі
wizard-phone-hint = Ел кодынсыз немесе + таңбасынан басталатын ел кодымен.
wizard-phone-channel = Кодты қалай жіберейік?
wizard-phone-sms = Мәтіндік хабар (SMS)
wizard-phone-voice = Дауыстық қоңырау
wizard-phone-texted = Коды бар SMS хабарды { $number } нөміріне жібердік.
wizard-phone-called = Кодты айтып беру үшін { $number } нөміріне қоңырау шалып жатырмыз.
wizard-phone-resend-heading = Код келмеді ме? Оны қайта жіберіңіз немесе басқа нөмірді пайдаланыңыз
wizard-phone-reset-uses = Қазір құпиясөзді қалпына келтіру үшін { $number } нөмірі пайдаланылар еді ({ $source }).
wizard-phone-reset-none = Сізде әзірге құпиясөзді қалпына келтіру үшін пайдалануға болатын телефон жоқ.
wizard-phone-precedence = Мұнда расталған нөмір сіздің аутентификация телефоныңызға айналады және қалпына келтіру кезінде каталогтағы ұялы телефонның орнына сол пайдаланылады.
wizard-office-phone = Жұмыс телефоны: { $number }, әкімші орнатқан. Оны мұнда өзгерте алмайсыз.
wizard-email-address = Электрондық пошта мекенжайы
wizard-email-sent = Коды бар электрондық хатты { $address } мекенжайына жібердік.
wizard-email-resend-heading = Хат келмеді ме? Оны қайта жіберіңіз немесе басқа мекенжайды пайдаланыңыз
wizard-email-reset-uses = Қазір құпиясөзді қалпына келтіру үшін { $address } мекенжайы пайдаланылар еді ({ $source }).
wizard-email-reset-none = Сізде әзірге құпиясөзді қалпына келтіру үшін пайдалануға болатын электрондық пошта мекенжайы жоқ.
wizard-email-precedence = Мұнда расталған мекенжай сіздің аутентификация электрондық поштаңызға айналады және қалпына келтіру кезінде каталогтағы қосымша электрондық поштаның орнына сол пайдаланылады. Жұмыс мекенжайыңыздан басқа мекенжайды пайдаланыңыз.
wizard-questions-intro = { $count ->
    [one] Бір сұрақ таңдап, оған жауап беріңіз.
   *[other] { $count } түрлі сұрақ таңдап, әрқайсысына жауап беріңіз.
} Жауаптың ұзындығы 3–40 таңба; бас әріптер мен артық бос орындардың маңызы жоқ. Ешкім, соның ішінде әкімшілер де, оларды оқи алмайды.
wizard-question-label = { $number }-сұрақ
wizard-answer-label = { $number }-сұрақтың жауабы
wizard-question-choose = Сұрақ таңдаңыз
wizard-answers-show = Жауаптарды көрсету
wizard-answers-hide = Жауаптарды жасыру
wizard-questions-save = Жалғастыру
wizard-questions-retype = Қауіпсіздігіңіз үшін жауаптар бетке ешқашан қайтарылмайды: оларды қайта теріңіз.
wizard-summary-heading = Тексеру және сақтау
wizard-summary-skipped = Өткізіп жіберілді
wizard-save = Сақтау
wizard-cancel = Бас тарту

registration-error-not-signed-in = Сеансыңыз аяқталды. Қайта кіріңіз.
registration-error-flow-missing = Бұл тіркеудің мерзімі өтіп кетті немесе ол аяқталып қойған. Жалғастыру үшін қайта бастаңыз.
registration-error-step-out-of-order = Бұл қадам қазір қолжетімді емес. Көрсетілген қадамнан жалғастырыңыз.
registration-error-phone-missing = Телефон нөміріңізді енгізіңіз.
registration-error-country-needed = Елді таңдаңыз немесе нөмірді + таңбасынан басталатын халықаралық кодымен жазыңыз.
registration-error-phone-invalid = Бұл таңдалған ел үшін жарамды телефон нөмірі емес.
registration-error-email-missing = Электрондық пошта мекенжайыңызды енгізіңіз.
registration-error-email-invalid = Электрондық пошта мекенжайын мына пішімде енгізіңіз: name@example.com.
code-error-missing = Біз жіберген кодты енгізіңіз.
code-error-malformed = Код 6–8 цифрдан тұрады.
code-error-wrong = { $tries ->
    [one] Код қате. Сізде тағы бір әрекет қалды.
   *[other] Код қате. Сізде тағы { $tries } әрекет қалды.
}
code-error-dead = Қате кодтар тым көп енгізілді. Жаңа код жіберіңіз.
code-error-expired = Кодтың мерзімі өтіп кетті. Жаңа код жіберіңіз.
code-error-used = Бұл код бұрын пайдаланылған. Жаңа код жіберіңіз.
code-error-none-sent = Күтудегі код жоқ. Жаңа код жіберіңіз.
code-error-too-many = Тым көп код жіберілді. Бір сағат күтіңіз немесе басқа әдісті таңдаңыз.
code-error-delivery-failed = Кодты жіберу мүмкін болмады. Қайталап көріңіз немесе басқа әдісті таңдаңыз.
registration-error-question-missing = Мұнда сұрақ таңдаңыз.
registration-error-question-not-offered = Тізімнен сұрақ таңдаңыз.
registration-error-question-twice = Бұл сұрақты таңдап қойдыңыз. Басқасын таңдаңыз.
error-answer-missing = Жауапты енгізіңіз.
registration-error-answer-too-short = Жауап кемінде 3 таңбадан тұруы керек.
registration-error-answer-too-long = Жауап ең көбі 40 таңбадан тұруы керек.
registration-error-answer-twice = Бұл жауапты басқа сұраққа беріп қойдыңыз. Басқа жауап беріңіз.
registration-error-steps-pending = Сақтамас бұрын әр қадамды аяқтаңыз немесе өткізіп жіберіңіз.
registration-error-nothing-to-save = Ештеңе қосылмады. Кемінде бір әдісті тіркеңіз немесе бас тартыңыз.
registration-error-not-enough-methods = { $needed ->
    [one] Құпиясөзді қалпына келтіре алуыңыз үшін кемінде бір әдісті тіркеңіз.
   *[other] Құпиясөзді қалпына келтіре алуыңыз үшін кемінде { $needed } түрлі әдісті тіркеңіз.
}

account-security-info = Қауіпсіздік ақпараты: тіркеу, өзгерту немесе жою
account-security-info-saved = Қауіпсіздік ақпаратыңыз сақталды.

message-code-email-subject = Растау кодыңыз
message-code-email-body = Растау кодыңыз: { $code }.

    Ол { $minutes } минут бойы жарамды. Егер оны сұрамаған болсаңыз, бұл хатты елемеуге болады: кодсыз ештеңе өзгермейді.
message-code-sms = Растау кодыңыз: { $code }. { $minutes } минут бойы жарамды.
message-code-voice = Растау кодыңыз: { $code }. Қайталаймын: { $code }.
message-changed-subject = Қауіпсіздік ақпаратыңыз өзгертілді
message-changed-body = Тіркелгіңіздің қауіпсіздік ақпараты жаңа ғана өзгертілді:
    { $changes }

    Бұл өзгерісті өзіңіз жасасаңыз, ештеңе істеудің қажеті жоқ. Олай болмаса, дереу қолдау қызметіне хабарласыңыз.
message-changed-phone = аутентификация телефоны
message-changed-email = аутентификация электрондық поштасы
message-changed-questions = қауіпсіздік сұрақтары

country-AR = Аргентина
country-AT = Австрия
country-AU = Австралия
country-BE = Бельгия
country-BR = Бразилия
country-CA = Канада
country-CH = Швейцария
country-CN = Қытай
country-CZ = Чехия
country-DE = Германия
country-DK = Дания
country-ES = Испания
country-FI = Финляндия
country-FR = Франция
country-GB = Ұлыбритания
country-GR = Грекия
country-HR = Хорватия
country-HU = Венгрия
country-IE = Ирландия
country-IN = Үндістан
country-IT = Италия
country-JP = Жапония
country-LU = Люксембург
country-MT = Мальта
country-MX = Мексика
country-NL = Нидерланд
country-NO = Норвегия
country-NZ = Жаңа Зеландия
country-PL = Польша
country-PT = Португалия
country-RO = Румыния
country-SE = Швеция
country-SI = Словения
country-SK = Словакия
country-SM = Сан-Марино
country-TR = Түркия
country-UA = Украина
country-US = АҚШ
country-VA = Ватикан
country-ZA = Оңтүстік Африка
registration-error-reauth-required = Қауіпсіздігіңіз үшін қауіпсіздік ақпаратын өзгертпес бұрын құпиясөзіңізді қайта енгізіңіз.
registration-error-method-not-changeable = Бұл әдісті мұнда өзгерту мүмкін емес.
registration-error-wrong-password = Құпиясөз қате.
registration-error-too-many-password-tries = Қате құпиясөз тым көп рет енгізілді. Бірнеше минут күтіп, қайталап көріңіз.

security-info-title = Қауіпсіздік ақпараты
security-info-back = Тіркелгіңізге оралу
security-info-usable = { $usable ->
    [one] Құпиясөзді қалпына келтіру үшін әдістеріңіздің бірін пайдалануға болады
   *[other] Құпиясөзді қалпына келтіру үшін пайдалануға болатын әдістеріңіз саны: { $usable }
}; { $required ->
    [one] бір әдіс қажет.
   *[other] { $required } түрлі әдіс қажет.
}
security-info-not-set = Орнатылмаған
security-info-add = Қосу
security-info-change = Өзгерту
security-info-delete = Жою
security-info-deleted = Әдіс жойылды.
security-info-delete-title = Әдісті жою
security-info-delete-confirm = «{ $method }» әдісін қауіпсіздік ақпаратыңыздан жою керек пе?
security-info-delete-warning = { $required ->
    [one] Осыдан кейін сізде бірде-бір әдіс қалмайды және құпиясөзді өз бетіңізше қалпына келтіре алмайсыз.
   *[other] Осыдан кейін сізде { $required } әдістен аз қалады және құпиясөзді өз бетіңізше қалпына келтіре алмайсыз.
}
reauth-title = Бұл сіз екеніңізді растаңыз
reauth-submit = Жалғастыру

## Құпиясөзді қалпына келтіру туралы хабарлар

message-reset-subject = Құпиясөзіңіз қалпына келтірілді
message-reset-body = Сәлеметсіз бе!

    Тіркелгіңіздің құпиясөзі жаңа ғана құпиясөзді өз бетінше қалпына келтіру порталы арқылы қалпына келтірілді және барлық сеанстар жабылды.

    Мұны өзіңіз жасасаңыз, басқа ештеңе істеудің қажеті жоқ. Олай болмаса, дереу әкімшіге хабарласыңыз.

    Кіру: { $url }
message-unlocked-subject = Тіркелгіңіздің құлпы ашылды
message-unlocked-body = Сәлеметсіз бе!

    Тіркелгіңіздің құлпы жаңа ғана құпиясөзді өз бетінше қалпына келтіру порталы арқылы ашылды. Құпиясөзіңіз өзгерген жоқ.

    Мұны сіз жасамаған болсаңыз, дереу әкімшіге хабарласыңыз.

    Кіру: { $url }
message-admin-reset-subject = Әкімші { $admin } өз құпиясөзін қалпына келтірді
message-admin-reset-body = Сәлеметсіз бе!

    Әкімші { $admin } жаңа ғана құпиясөзді өз бетінше қалпына келтіру порталы арқылы өз құпиясөзін қалпына келтірді.

    Егер мұны күтпеген болсаңыз, осы әкімшімен нақтылап, аудит журналын қарап шығыңыз.

    Портал: { $url }

## Электрондық хаттың төменгі деректемесі және SMS жіберушісі

email-footer-sent-by = Бұл – автоматты түрде жіберілген хабар. Жіберуші: { $organisation }.
email-footer-privacy = Құпиялылық
email-footer-terms = Пайдалану шарттары
email-footer-helpdesk = Қолдау қызметі
message-from-organisation = { $organisation }: { $text }
