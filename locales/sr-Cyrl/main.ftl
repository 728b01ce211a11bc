### Српски (ћирилица) (sr-Cyrl). Register: formal "ви" (lowercase) and polite plural imperative ("Унесите", "Изаберите"), ekavian, as in Microsoft's Serbian (Cyrillic) product UI.
### Glossary:
###   password = лозинка
###   security info = безбедносне информације
###   verification code = верификациони кôд
###   security question = безбедносно питање
###   helpdesk = техничка подршка
###   administrator = администратор
###   sign in = пријавите се (пријављивање)
###   sign out = одјавите се (одјављивање)
###   account = налог
###   user name = корисничко име
###   reset = ресетовати (ресетовање)
###   unlock = откључати (откључавање)
###   method = метод
###   authentication phone / email = телефон / е-пошта за потврду идентитета
###   directory = директоријум
###   email = е-пошта (порука е-поште)
###   text message = SMS порука

## Заједничко за све странице

product-name = Самостално управљање налогом
skip-to-content = Пређи на главни садржај
loading = Учитавање…
language-label = Језик
# Приказује се у бирачу језика: назив овог језика на самом том језику.
language-name = Српски (ћирилица)
language-apply = Промени језик
password-show = Прикажи лозинку
password-hide = Сакриј лозинку

## Грешке

error-user-name-missing = Унесите корисничко име.
error-user-name-invalid = Ово не личи на корисничко име. Проверите шта сте унели и покушајте поново.
error-password-missing = Унесите лозинку.
error-invalid-credentials = Корисничко име или лозинка нису исправни. Проверите и једно и друго и покушајте поново.
error-account-locked = Ваш налог је закључан. Да бисте га откључали, изаберите „Не можете да приступите налогу?“ у наставку или се обратите техничкој подршци.
error-sign-in-paused = Било је превише неуспешних пријављивања са овим корисничким именом. Ради заштите налога, пријављивање је обустављено до { $until }. Ако сте заборавили лозинку, можете одмах да је ресетујете.
error-sign-in-busy-address = Било је превише неуспешних пријављивања из ваше мреже. Сачекајте сат времена и покушајте поново.
error-unavailable = Дошло је до грешке на нашој страни. Покушајте поново за неколико минута.
error-transport = Нисмо успели да се повежемо са сервером. Проверите везу и покушајте поново.

## Страница за пријављивање

sign-in-title = Пријављивање
sign-in-heading = Пријавите се на свој налог
sign-in-user-name = Корисничко име
sign-in-password = Лозинка
sign-in-submit = Пријави ме
sign-in-cant-access = Не можете да приступите налогу?

## Страница налога

account-title = Ваш налог
account-heading = Ваш налог
account-signed-in-as = Пријављени сте као
account-sign-out = Одјави ме
account-signed-out = Нисте пријављени.
account-go-sign-in = Иди на пријављивање

## Ресетовање лозинке

reset-title = Ресетовање лозинке
reset-heading = Вратите приступ свом налогу
reset-back-to-sign-in = Назад на пријављивање
reset-intro = Унесите корисничко име, а ми ћемо вам помоћи да потврдите да сте то ви, па ћете изабрати нову лозинку.
reset-user-id = Корисничко име
reset-user-id-hint = Обично је то ваша пословна адреса е-поште, на пример name@contoso.example.
reset-next = Даље
captcha-question = Да бисте потврдили да сте особа: колико је { $a } плус { $b }?
captcha-hint = Унесите одговор цифрама.
captcha-checking = Проверавамо да ли сте особа…
captcha-done = Готово: прегледач је потврдио да сте особа. Наставите кликом на „Даље“.
reset-start-again = Почни поново
reset-verify-heading = Потврдите да сте то ви
reset-gate-of = Провера { $number } од { $total }
reset-gate-legend = Како желите да добијете верификациони кôд?
reset-gate-email = Пошаљи кôд е-поштом на { $destination }
reset-gate-mobile-sms = Пошаљи кôд SMS поруком на мој мобилни телефон { $destination }
reset-gate-mobile-voice = Позови мој мобилни телефон { $destination }
reset-gate-office-voice = Позови мој пословни телефон { $destination }
reset-gate-questions = Одговори на моја безбедносна питања
reset-code-sent-email = Послали смо поруку е-поште са верификационим кôдом на { $destination }.
reset-code-sent-sms = Послали смо SMS поруку са верификационим кôдом на { $destination }.
reset-code-sent-voice = Позивамо { $destination } да бисмо вам прочитали верификациони кôд.
reset-code-resend = Пошаљи нови кôд
reset-other-method = Користи други метод
reset-questions-heading = Одговорите на безбедносна питања
reset-password-heading = Изаберите нову лозинку
reset-password-hint = { $min ->
    [1] Користите најмање један знак.
    [one] Користите најмање { $min } знак. Најбоља је дуга фраза коју можете да запамтите; избегавајте своје име и уобичајене лозинке.
    [few] Користите најмање { $min } знака. Најбоља је дуга фраза коју можете да запамтите; избегавајте своје име и уобичајене лозинке.
   *[other] Користите најмање { $min } знакова. Најбоља је дуга фраза коју можете да запамтите; избегавајте своје име и уобичајене лозинке.
}
reset-password-new = Нова лозинка
reset-password-confirm = Потврдите нову лозинку
reset-password-strength-0 = Процењена јачина: веома слаба
reset-password-strength-1 = Процењена јачина: слаба
reset-password-strength-2 = Процењена јачина: осредња
reset-password-strength-3 = Процењена јачина: јака
reset-password-strength-4 = Процењена јачина: веома јака
reset-password-strength-note = Ово је процена коју прави ваш прегледач да би вам помогао при избору. Да ли ће лозинка бити прихваћена, одређују горенаведена правила.
reset-password-submit = Ресетуј лозинку
reset-unlock-only-text = Ваш налог је закључан. Ако још увек знате лозинку, можете да откључате налог и задржите је.
reset-unlock-only = Само откључај
reset-contact-heading = Обратите се администратору
reset-contact-text = Овде не можете да ресетујете лозинку. Администратор може да вам помогне да вратите приступ налогу.
reset-contact-helpdesk = Обрати се техничкој подршци
reset-done-heading = Лозинка је ресетована
reset-done-text = Одјављени сте на свим уређајима. Пријавите се новом лозинком.
reset-unlocked-heading = Налог је откључан
reset-unlocked-text = Пријавите се тренутном лозинком.
reset-go-sign-in = Иди на пријављивање
reset-error-flow-missing = Ресетовање је истекло или није ни започето. Почните поново.
reset-error-step-out-of-order = Тај корак тренутно није доступан. Наставите са ове странице.
reset-error-user-id-missing = Унесите корисничко име.
reset-error-user-id-invalid = Унесите корисничко име у облику адресе е-поште, на пример name@contoso.example.
reset-error-captcha-failed = Нисмо успели да проверимо да ли сте особа. Покушајте поново.
reset-error-gate-missing = Изаберите како желите да добијете кôд.
reset-error-code-dead = Превише погрешних кôдова. Пошаљите нови кôд или користите други метод.
reset-error-answers-wrong = Један или више одговора нису тачни. Проверите их и покушајте поново.
reset-error-blocked = Покушали сте превише пута. Ради ваше безбедности, самостално ресетовање је обустављено за овај налог до { $until }.
reset-error-busy-address = Било је превише покушаја из ваше мреже. Сачекајте сат времена и покушајте поново.
reset-error-passwords-differ = Лозинке се не подударају.
reset-error-password-too-short = { $min ->
    [1] Користите најмање један знак.
    [one] Користите најмање { $min } знак.
    [few] Користите најмање { $min } знака.
   *[other] Користите најмање { $min } знакова.
}
reset-error-password-missing = Унесите нову лозинку.
reset-error-password-common = Ова лозинка се налази на списку лозинки које нападачи прво испробавају. Изаберите другу, на пример фразу од неколико неповезаних речи.
reset-error-password-control = Лозинка не сме да садржи преломе реда, табулаторе нити друге контролне знакове. Унесите је поново без њих.
reset-error-write-unconfirmed = Нисмо могли да потврдимо да је нова лозинка сачувана. Изаберите је поново; нови избор замењује све што је евентуално сачувано.
reset-writing = Промена се чува. Поново учитајте ову страницу за неколико тренутака.
reset-error-password-too-long = Користите највише 256 знакова.
reset-error-password-contains-name = Не користите корисничко име у лозинки.
reset-error-write-failed = Нисмо успели да сачувамо промену у директоријуму, па ништа није промењено. Покушајте поново за неколико тренутака.

## Брендирање организације на свакој страници

footer-label = Линкови организације
footer-privacy = Приватност
footer-terms = Услови коришћења
footer-helpdesk = Техничка подршка

## Студио за брендирање (/admin/branding, за администраторе брендирања)

studio-title = Студио за брендирање
studio-heading-layer = Поставке: { $layer }
studio-back = Назад на студио за брендирање
studio-preview-banner = Прегледате необјављено брендирање. Нико други га не види док се не објави.
studio-preview-stop = Заустави преглед
studio-layer-label = Поставке за
studio-layer-open = Отвори
studio-layer-default = Подразумевано (сви језици)
studio-layer-overridden = { $language } (има сопствене поставке)
studio-inherited = Ако је празно: { $value }
studio-as-default = Као у подразумеваним поставкама
studio-as-product = Како портал изгледа без брендирања
studio-show = Прикажи
studio-hide = Сакриј
studio-save = Сачувај радну верзију
studio-section-identity = Организација
studio-section-colours = Боје
studio-colours-hint = Боје унесите у облику #rrggbb, на пример #0b5cad. Текст и дугмад морају довољно да се истичу на позадини како би сви могли да их прочитају, па студио проверава контраст пре објављивања.
studio-section-layout = Распоред
studio-section-sign-in = Страница за пријављивање
studio-section-links = Линкови у подножју
studio-section-css = Прилагођени CSS
studio-css-hint = Правила за називе класа наведене у CSS референци портала. Слике могу да потичу само од слика отпремљених овде. Највише 25 KB.
studio-section-images = Слике
studio-section-publish = Објављивање
studio-section-publications = Објаве
studio-field-organisation-name = Назив организације
studio-field-colour-primary = Дугмад и линкови
studio-field-colour-primary-text = Текст на дугмади
studio-field-colour-header = Трака заглавља
studio-field-colour-header-text = Текст у траци заглавља
studio-field-colour-text = Текст
studio-field-colour-page = Позадина странице
studio-field-colour-card = Позадина картице
studio-field-colour-focus = Оквир фокуса тастатуре
studio-field-layout = Распоред странице
studio-layout-full-bleed = Слика у позадини преко целе странице
studio-layout-plain = Једнобојна позадина странице
studio-field-show-header = Прикажи траку заглавља
studio-field-show-footer = Прикажи подножје
studio-field-sign-in-text = Текст странице за пријављивање
studio-field-user-name-hint = Савет за корисничко име
studio-field-cant-access-label = Текст линка за особе које не могу да се пријаве
studio-field-show-reset-link = Линк за особе које не могу да се пријаве
studio-field-privacy-url = Адреса изјаве о приватности
studio-field-terms-url = Адреса услова коришћења
studio-field-helpdesk-url = Адреса техничке подршке (веб или е-пошта)
studio-field-custom-css = Прилагођени CSS
studio-field-image-banner-logo = Логотип рекламног натписа
studio-field-image-square-logo = Квадратни логотип
studio-field-image-square-logo-dark = Квадратни логотип за тамне позадине
studio-field-image-favicon = Икона сајта (favicon)
studio-field-image-background = Слика у позадини
studio-image-limits = { $kinds }; највише { $kilobytes } KB; димензије у пикселима највише { $width } × { $height }.
studio-image-upload = Отпреми: { $slot }
studio-image-remove = Уклони: { $slot }
studio-image-current = Тренутна слика: { $slot }
studio-live-heading = Преглед уживо
studio-live-caption = Прати боје и текстове изнад док куцате, и пре чувања.
studio-preview = Прегледај радну верзију на правим страницама
studio-email-preview = Прегледај поруку е-поште са радном верзијом
studio-publish = Објави
studio-state-never-published = Још ништа није објављено: сви виде портал без брендирања.
studio-state-published = Активна је верзија { $version }.
studio-state-unpublished-changes = Радна верзија садржи промене које нису објављене.
studio-problems-heading = Исправите ово пре објављивања
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: контраст пара „{ $pair }“ износи { $ratio }; потребно је најмање { $minimum }.
studio-problem-too-long = { $max ->
    [one] користите највише { $max } знак.
    [few] користите највише { $max } знака.
   *[other] користите највише { $max } знакова.
}
studio-problem-control-character = уклоните контролне знакове (као што су табулатори).
studio-problem-not-a-colour = унесите боју као # иза ког следи шест хексадецималних цифара, на пример #0b5cad.
studio-problem-link-not-https = веб-адресе морају да почињу са https://.
studio-problem-link-invalid = унесите веб-адресу која почиње са https:// или адресу е-поште.
studio-problem-css = ред { $line }: { $reason }
studio-css-too-long = лист стилова је већи од 25 KB.
studio-css-import = @import није дозвољен; уместо тога ставите правила овде.
studio-css-external-url = url() може да упућује само на слику отпремљену у студију.
studio-css-expression = expression(), behavior и -moz-binding нису дозвољени.
studio-css-at-rule = дозвољени су само @media, @supports, @layer, @container, @font-face и @keyframes.
studio-css-markup = низ </ није дозвољен.
studio-css-unparsable = ово није важећи CSS (проверите да ли недостаје витичаста заграда, двотачка или наводник).
studio-pair-text-on-page = текст и позадина странице
studio-pair-text-on-card = текст и позадина картице
studio-pair-button-text-on-primary = текст дугмади и дугмад
studio-pair-header-text-on-header = текст заглавља и трака заглавља
studio-pair-focus-on-page = оквир фокуса и позадина странице
studio-column-version = Верзија
studio-column-when = Објављено
studio-column-who = Корисник
studio-column-note = Напомена
studio-column-action = Радња
studio-publication-live = Тренутно активна
studio-publication-restored = Враћа верзију { $version }
studio-roll-back = Поново објави верзију { $version }
studio-done-saved = Радна верзија је сачувана. Прегледајте је, а затим је објавите када буде спремна.
studio-done-uploaded = Слика је у радној верзији.
studio-done-removed = Слика је уклоњена из радне верзије.
studio-done-published = Објављено. Све странице приказују ново брендирање у року од неколико секунди.
studio-done-rolled-back = Ранија верзија је поново активна, а сада је и радна верзија.
studio-done-preview-stopped = Преглед је завршен.
studio-refused-publish = Ништа није објављено: прво исправите проблеме наведене испод.
studio-refused-no-such-version = Та верзија не постоји. Ништа није промењено.
studio-refused-unavailable = Промена није сачувана. Ништа није промењено; покушајте поново.
studio-refused-empty = Слика „{ $slot }“ није отпремљена: није изабрана ниједна датотека или је датотека празна. Ништа није промењено.
studio-refused-too-many-bytes = Слика „{ $slot }“ није отпремљена: датотека је већа од { $kilobytes } KB. Ништа није промењено.
studio-refused-unknown-type = Слика „{ $slot }“ није отпремљена: датотека није PNG, JPEG или WebP слика (нити SVG цртеж, за логотипе), без обзира на њен назив. Ништа није промењено.
studio-refused-svg-not-allowed = Слика „{ $slot }“ није отпремљена: SVG цртежи се прихватају само за логотипе. Користите PNG, JPEG или WebP. Ништа није промењено.
studio-refused-too-many-pixels = Слика „{ $slot }“ није отпремљена: њене димензије у пикселима премашују { $width } × { $height }. Ништа није промењено.
studio-refused-undecodable = Слика „{ $slot }“ није отпремљена: слика је оштећена и није могла да се прочита. Ништа није промењено.
studio-refused-svg-unparsable = Слика „{ $slot }“ није отпремљена: SVG цртеж није могао да се прочита. Ништа није промењено.
studio-refused-svg-doctype = Слика „{ $slot }“ није отпремљена: SVG цртежи са DOCTYPE декларацијом или ентитетима се одбијају. Ништа није промењено.
studio-refused-svg-script = Слика „{ $slot }“ није отпремљена: SVG цртеж садржи скрипту. Ништа није промењено.
studio-refused-svg-foreign-object = Слика „{ $slot }“ није отпремљена: SVG цртеж уграђује други садржај (foreignObject). Ништа није промењено.
studio-refused-svg-event-handler = Слика „{ $slot }“ није отпремљена: SVG цртеж садржи руковаоце догађајима (on… атрибуте). Ништа није промењено.
studio-refused-svg-external-reference = Слика „{ $slot }“ није отпремљена: SVG цртеж упућује на датотеке или адресе изван себе. Ништа није промењено.
studio-refused-svg-too-complex = Слика „{ $slot }“ није отпремљена: SVG цртеж је превише сложен. Поједноставите га и покушајте поново. Ништа није промењено.
studio-refused-svg-marker = Слика „{ $slot }“ није отпремљена: SVG маркери нису подржани. Ништа није промењено.

## Страница није пронађена

not-found-title = Страница није пронађена
not-found-heading = Нисмо пронашли ту страницу.

## Демо пошта за слање (само у демонстрационом режиму)

outbox-title = Демо пошта за слање
outbox-heading = Демо пошта за слање
outbox-banner-heading = Демонстрациони режим
outbox-banner-text = Ова страница постоји само у демонстрационом режиму. Поруке се заправо не шаљу: поруке е-поште, SMS поруке и гласовни позиви уместо тога се чувају овде, заједно са једнократним кôдовима, да бисте могли да испробате портал. Никада не покрећите прави портал у демонстрационом режиму.
outbox-caption = { $limit ->
    [1] Најновија порука
    [one] Последња { $limit } порука, најновије прве
    [few] Последње { $limit } поруке, најновије прве
   *[other] Последњих { $limit } порука, најновије прве
}
outbox-empty = Још нема порука. Кôдови и обавештења које портал шаље појавиће се овде.
outbox-time = Време
outbox-channel = Канал
outbox-recipient = Прималац
outbox-subject = Тема
outbox-body = Порука
outbox-channel-email = Е-пошта
outbox-channel-sms = SMS порука
outbox-channel-voice = Гласовни позив

## Унапред дефинисана безбедносна питања (њихови ИД-ови се чувају; никада не мењајте назив кључа)

question-city-met-partner = У ком граду сте упознали свог првог супружника или партнера?
question-city-parents-met = У ком граду су се упознали ваши родитељи?
question-city-nearest-sibling = У ком граду живи ваш брат или сестра са којим сте најближи по годинама?
question-city-father-born = У ком граду је рођен ваш отац?
question-city-first-job = У ком граду сте имали први посао?
question-city-mother-born = У ком граду је рођена ваша мајка?
question-city-new-year-2000 = У ком граду сте дочекали 2000. годину?
question-high-school-teacher-last-name = Како се презива ваш омиљени професор из средње школе?
question-college-applied-not-attended = Како се зове факултет на који сте конкурисали, али га нисте похађали?
question-first-wedding-reception-place = Како се зове место где сте прославили своје прво венчање?
question-father-middle-name = Које је средње име вашег оца?
question-favorite-food = Које је ваше омиљено јело?
question-maternal-grandmother-name = Како се зове ваша бака по мајци (име и презиме)?
question-mother-middle-name = Које је девојачко презиме ваше мајке?
question-oldest-sibling-birthday = Ког месеца и које године је рођен ваш најстарији брат или сестра? (нпр. новембар 1985)
question-oldest-sibling-middle-name = Како се зове ваш најстарији брат или сестра?
question-paternal-grandfather-name = Како се зове ваш деда по оцу (име и презиме)?
question-youngest-sibling-middle-name = Како се зове ваш најмлађи брат или сестра?
question-sixth-grade-school = Коју школу сте похађали у шестом разреду?
question-childhood-best-friend-name = Како се зове ваш најбољи друг или другарица из детињства (име и презиме)?
question-first-significant-other-name = Како се зове ваша прва љубав (име и презиме)?
question-grade-school-teacher-last-name = Како се презива ваш омиљени учитељ или учитељица из нижих разреда основне школе?
question-first-car-make-model = Које марке и модела је био ваш први аутомобил или мотоцикл?
question-first-school = Како се звала прва школа коју сте похађали?
question-birth-hospital = Како се зове болница или породилиште у којем сте рођени?
question-childhood-street = Како се звала улица у којој је била ваша прва кућа из детињства?
question-childhood-hero = Ко је био ваш јунак из детињства?
question-favorite-stuffed-animal = Како се звала ваша омиљена плишана играчка?
question-first-pet = Како се звао ваш први кућни љубимац?
question-childhood-nickname = Који је био ваш надимак из детињства?
question-high-school-sport = Који је био ваш омиљени спорт у средњој школи?
question-first-job = Који вам је био први посао?
question-childhood-phone-last-digits = Које су биле последње четири цифре вашег кућног телефона из детињства?
question-childhood-ambition = Шта сте као дете желели да будете кад порастете?
question-most-famous-person-met = Која је најпознатија особа коју сте икада упознали?

## Регистрација безбедносних информација

method-email = Е-пошта
method-mobile-phone = Мобилни телефон
method-office-phone = Пословни телефон
method-security-questions = Безбедносна питања
method-questions-count = { $count ->
    [one] Одговорено на { $count } питање
    [few] Одговорено на { $count } питања
   *[other] Одговорено на { $count } питања
}
source-authentication = регистровали сте ради провере, не приказује се у директоријуму
source-directory = из вашег профила у директоријуму
source-administrator = подесио администратор

prompt-title = Потребно је још информација
prompt-register-heading = Потребно је још информација
prompt-register-why = Ваша организација мора да има начин да потврди да сте то ви када заборавите лозинку или вам се налог закључа. Региструјте безбедносне информације сада, да бисте могли сами да вратите приступ, без позивања техничке подршке.
prompt-register-needed = { $count ->
    [1] Потребан вам је најмање један метод верификације.
    [one] Потребан вам је најмање { $count } различит метод верификације.
    [few] Потребна су вам најмање { $count } различита метода верификације.
   *[other] Потребно вам је најмање { $count } различитих метода верификације.
}
prompt-next = Даље
prompt-skip = Прескочи за сада
prompt-reconfirm-heading = Да ли су ови подаци и даље тачни?
prompt-reconfirm-why = Проверите безбедносне информације које сте регистровали. Ако се нешто променило, ажурирајте их да бисте и даље могли да ресетујете лозинку.
prompt-looks-good = Све је у реду
prompt-change = Промени
prompt-nothing = Ништа више није потребно
prompt-go-account = Иди на свој налог

wizard-title = Регистрација безбедносних информација
wizard-start = Почни поново
wizard-step-of = Корак { $number } од { $total }
wizard-code-label = Верификациони кôд
wizard-verify = Потврди
wizard-send-code = Пошаљи кôд
wizard-skip-step = Прескочи овај метод
wizard-phone-country = Земља или регион
wizard-phone-number = Број телефона
wizard-phone-hint = Без позивног броја земље или са њим, почевши знаком +.
wizard-phone-channel = Како да вам пошаљемо кôд?
wizard-phone-sms = Текстуална порука (SMS)
wizard-phone-voice = Гласовни позив
wizard-phone-texted = Послали смо SMS поруку са кôдом на број { $number }.
wizard-phone-called = Позивамо број { $number } да бисмо вам прочитали кôд.
wizard-phone-resend-heading = Нисте добили кôд? Пошаљите га поново или користите други број
wizard-phone-reset-uses = Тренутно би се за ресетовање лозинке користио број { $number } ({ $source }).
wizard-phone-reset-none = Још немате телефон који би могао да се користи за ресетовање лозинке.
wizard-phone-precedence = Број који овде потврдите постаје ваш телефон за потврду идентитета и ресетовање ће користити њега уместо мобилног телефона из директоријума.
wizard-office-phone = Пословни телефон: { $number }, подесио администратор. Овде не можете да га промените.
wizard-email-address = Адреса е-поште
wizard-email-sent = Послали смо поруку е-поште са кôдом на { $address }.
wizard-email-resend-heading = Нисте добили поруку? Пошаљите је поново или користите другу адресу
wizard-email-reset-uses = Тренутно би се за ресетовање лозинке користила адреса { $address } ({ $source }).
wizard-email-reset-none = Још немате адресу е-поште која би могла да се користи за ресетовање лозинке.
wizard-email-precedence = Адреса коју овде потврдите постаје ваша е-пошта за потврду идентитета и ресетовање ће користити њу уместо алтернативне е-поште из директоријума. Користите адресу која није пословна.
wizard-questions-intro = { $count ->
    [1] Изаберите питање и одговорите на њега.
    [one] Изаберите { $count } различито питање и одговорите на свако од њих.
    [few] Изаберите { $count } различита питања и одговорите на свако од њих.
   *[other] Изаберите { $count } различитих питања и одговорите на свако од њих.
} Одговори имају од 3 до 40 знакова; велика слова и вишак размака нису битни. Нико, па ни администратори, не може да их прочита.
wizard-question-label = Питање { $number }
wizard-answer-label = Одговор на питање { $number }
wizard-question-choose = Изаберите питање
wizard-answers-show = Прикажи одговоре
wizard-answers-hide = Сакриј одговоре
wizard-questions-save = Настави
wizard-questions-retype = Ради ваше безбедности, одговори се никада не враћају на страницу: унесите их поново.
wizard-summary-heading = Проверите и сачувајте
wizard-summary-skipped = Прескочено
wizard-save = Сачувај
wizard-cancel = Откажи

registration-error-not-signed-in = Ваша сесија је истекла. Пријавите се поново.
registration-error-flow-missing = Ова регистрација је истекла или је већ завршена. Почните поново да бисте наставили.
registration-error-step-out-of-order = Тај корак тренутно није доступан. Наставите од приказаног корака.
registration-error-phone-missing = Унесите број телефона.
registration-error-country-needed = Изаберите земљу или упишите број са међународним позивним бројем, почевши знаком +.
registration-error-phone-invalid = Ово није важећи број телефона за изабрану земљу.
registration-error-email-missing = Унесите адресу е-поште.
registration-error-email-invalid = Унесите адресу е-поште у облику name@example.com.
code-error-missing = Унесите кôд који смо вам послали.
code-error-malformed = Кôд има од 6 до 8 цифара.
code-error-wrong = { $tries ->
    [1] Кôд није тачан. Имате још један покушај.
    [one] Кôд није тачан. Имате још { $tries } покушај.
    [few] Кôд није тачан. Имате још { $tries } покушаја.
   *[other] Кôд није тачан. Имате још { $tries } покушаја.
}
code-error-dead = Превише погрешних кôдова. Пошаљите нови кôд.
code-error-expired = Кôд је истекао. Пошаљите нови кôд.
code-error-used = Овај кôд је већ искоришћен. Пошаљите нови кôд.
code-error-none-sent = Нема кôда на чекању. Пошаљите нови кôд.
code-error-too-many = Послато је превише кôдова. Сачекајте сат времена или изаберите други метод.
code-error-delivery-failed = Нисмо успели да пошаљемо кôд. Покушајте поново или изаберите други метод.
registration-error-question-missing = Овде изаберите питање.
registration-error-question-not-offered = Изаберите питање са листе.
registration-error-question-twice = Већ сте изабрали ово питање. Изаберите неко друго.
error-answer-missing = Унесите одговор.
registration-error-answer-too-short = Одговори морају да имају најмање 3 знака.
registration-error-answer-too-long = Одговори могу да имају највише 40 знакова.
registration-error-answer-twice = Већ сте дали овај одговор на друго питање. Дајте другачији одговор.
registration-error-steps-pending = Пре чувања довршите или прескочите сваки корак.
registration-error-nothing-to-save = Ништа није додато. Региструјте најмање један метод или откажите.
registration-error-not-enough-methods = { $needed ->
    [1] Региструјте најмање један метод да бисте могли да ресетујете лозинку.
    [one] Региструјте најмање { $needed } различит метод да бисте могли да ресетујете лозинку.
    [few] Региструјте најмање { $needed } различита метода да бисте могли да ресетујете лозинку.
   *[other] Региструјте најмање { $needed } различитих метода да бисте могли да ресетујете лозинку.
}

account-security-info = Безбедносне информације: региструјте, промените или избришите
account-security-info-saved = Ваше безбедносне информације су сачуване.

message-code-email-subject = Ваш верификациони кôд
message-code-email-body = Ваш верификациони кôд је { $code }.

    Важи { $minutes ->
        [one] { $minutes } минут
       *[other] { $minutes } минута
    }. Ако га нисте тражили, можете да занемарите ову поруку: без кôда се ништа не мења.
message-code-sms = Ваш верификациони кôд је { $code }. Важи { $minutes } мин.
message-code-voice = Ваш верификациони кôд је: { $code }. Понављам: { $code }.
message-changed-subject = Ваше безбедносне информације су промењене
message-changed-body = Безбедносне информације вашег налога управо су промењене:
    { $changes }

    Ако сте ову промену направили ви, не морате ништа да радите. Ако нисте, одмах се обратите техничкој подршци.
message-changed-phone = телефон за потврду идентитета
message-changed-email = е-пошта за потврду идентитета
message-changed-questions = безбедносна питања

country-AR = Аргентина
country-AT = Аустрија
country-AU = Аустралија
country-BE = Белгија
country-BR = Бразил
country-CA = Канада
country-CH = Швајцарска
country-CN = Кина
country-CZ = Чешка
country-DE = Немачка
country-DK = Данска
country-ES = Шпанија
country-FI = Финска
country-FR = Француска
country-GB = Уједињено Краљевство
country-GR = Грчка
country-HR = Хрватска
country-HU = Мађарска
country-IE = Ирска
country-IN = Индија
country-IT = Италија
country-JP = Јапан
country-LU = Луксембург
country-MT = Малта
country-MX = Мексико
country-NL = Холандија
country-NO = Норвешка
country-NZ = Нови Зеланд
country-PL = Пољска
country-PT = Португалија
country-RO = Румунија
country-SE = Шведска
country-SI = Словенија
country-SK = Словачка
country-SM = Сан Марино
country-TR = Турска
country-UA = Украјина
country-US = Сједињене Државе
country-VA = Ватикан
country-ZA = Јужноафричка Република
registration-error-reauth-required = Ради ваше безбедности, поново унесите лозинку пре него што промените безбедносне информације.
registration-error-method-not-changeable = Овај метод не може да се промени овде.
registration-error-wrong-password = Лозинка није тачна.
registration-error-too-many-password-tries = Било је превише погрешних лозинки. Сачекајте неколико минута и покушајте поново.

security-info-title = Безбедносне информације
security-info-back = Назад на налог
security-info-usable = { $usable ->
    [1] Ресетовање лозинке може да користи један од ваших метода
   *[other] Ресетовање лозинке може да користи { $usable } од ваших метода
}; { $required ->
    [1] потребан је један.
    [one] потребан је { $required } различит.
    [few] потребна су { $required } различита.
   *[other] потребно је { $required } различитих.
}
security-info-not-set = Није подешено
security-info-add = Додај
security-info-change = Промени
security-info-delete = Избриши
security-info-deleted = Метод је избрисан.
security-info-delete-title = Брисање метода
security-info-delete-confirm = Желите ли да избришете „{ $method }“ из безбедносних информација?
security-info-delete-warning = { $required ->
    [1] Након тога не бисте имали ниједан метод и више не бисте могли сами да ресетујете лозинку.
    [one] Након тога бисте имали мање од { $required } метода и више не бисте могли сами да ресетујете лозинку.
    [few] Након тога бисте имали мање од { $required } метода и више не бисте могли сами да ресетујете лозинку.
   *[other] Након тога бисте имали мање од { $required } метода и више не бисте могли сами да ресетујете лозинку.
}
reauth-title = Потврдите да сте то ви
reauth-submit = Настави

## Поруке о ресетовању лозинке

message-reset-subject = Ваша лозинка је ресетована
message-reset-body = Поштовани,

    Лозинка вашег налога управо је ресетована преко портала за самостално ресетовање лозинке и све сесије су одјављене.

    Ако сте то били ви, не морате ништа више да радите. Ако нисте, одмах се обратите администратору.

    Пријављивање: { $url }
message-unlocked-subject = Ваш налог је откључан
message-unlocked-body = Поштовани,

    Ваш налог је управо откључан преко портала за самостално ресетовање лозинке. Лозинка није промењена.

    Ако то нисте били ви, одмах се обратите администратору.

    Пријављивање: { $url }
message-admin-reset-subject = Администратор { $admin } је ресетовао своју лозинку
message-admin-reset-body = Поштовани,

    Администратор { $admin } управо је ресетовао сопствену лозинку преко портала за самостално ресетовање лозинке.

    Ако то нисте очекивали, проверите са тим администратором и прегледајте евиденцију надзора.

    Портал: { $url }

## Подножје е-порука и пошиљалац SMS порука

email-footer-sent-by = Ово је аутоматска порука. Пошиљалац: { $organisation }.
email-footer-privacy = Приватност
email-footer-terms = Услови коришћења
email-footer-helpdesk = Техничка подршка
message-from-organisation = { $organisation }: { $text }
