### Български (bg). Register: formal "вие" (lowercase) and polite plural imperative ("Въведете", "Изберете"), as in Microsoft's Bulgarian product UI.
### Glossary:
###   password = парола
###   security info = информация за защита
###   verification code = код за потвърждение
###   security question = въпрос за защита
###   helpdesk = техническа поддръжка
###   administrator = администратор
###   sign in = влизане (влезте)
###   sign out = излизане (излезте)
###   account = акаунт
###   user name = потребителско име
###   reset = нулиране (нулирайте)
###   unlock = отключване (отключете)
###   method = метод
###   authentication phone / email = телефон / имейл за удостоверяване
###   directory = директория
###   email = имейл
###   text message = SMS съобщение

## Общи за всички страници

product-name = Самообслужване на акаунта
skip-to-content = Прескачане към основното съдържание
loading = Зареждане…
language-label = Език
# Показва се в менюто за избор на език: името на този език на самия него.
language-name = Български
language-apply = Смяна на езика
password-show = Показване на паролата
password-hide = Скриване на паролата

## Грешки

error-user-name-missing = Въведете потребителското си име.
error-user-name-invalid = Това не прилича на потребителско име. Проверете какво сте въвели и опитайте отново.
error-password-missing = Въведете паролата си.
error-invalid-credentials = Потребителското име или паролата са неправилни. Проверете ги и опитайте отново.
error-account-locked = Акаунтът ви е заключен. За да го отключите, изберете „Нямате достъп до акаунта си?“ по-долу или се свържете с техническата поддръжка.
error-sign-in-paused = Има твърде много неуспешни опити за влизане с това потребителско име. За да защитим акаунта, влизането е спряно до { $until }. Ако сте забравили паролата си, можете да я нулирате сега.
error-sign-in-busy-address = Има твърде много неуспешни опити за влизане от вашата мрежа. Изчакайте един час и опитайте отново.
error-unavailable = Възникна проблем от наша страна. Опитайте отново след няколко минути.
error-transport = Не успяхме да се свържем със сървъра. Проверете връзката си и опитайте отново.

## Страница за влизане

sign-in-title = Влизане
sign-in-heading = Влезте в акаунта си
sign-in-user-name = Потребителско име
sign-in-password = Парола
sign-in-submit = Влизане
sign-in-cant-access = Нямате достъп до акаунта си?

## Страница на акаунта

account-title = Вашият акаунт
account-heading = Вашият акаунт
account-signed-in-as = Влезли сте като
account-sign-out = Излизане
account-signed-out = Не сте влезли.
account-go-sign-in = Към страницата за влизане

## Нулиране на паролата

reset-title = Нулиране на паролата
reset-heading = Възстановете достъпа до акаунта си
reset-back-to-sign-in = Обратно към влизането
reset-intro = Въведете потребителското си име и ще ви помогнем да потвърдите, че това сте вие, след което ще изберете нова парола.
reset-user-id = Потребителско име
reset-user-id-hint = Обикновено това е служебният ви имейл адрес, например name@contoso.example.
reset-next = Напред
captcha-question = За да покажете, че сте човек: колко е { $a } плюс { $b }?
captcha-hint = Въведете отговора с цифри.
captcha-checking = Проверяваме дали сте човек…
captcha-done = Готово: браузърът ви потвърди, че сте човек. Продължете с „Напред“.
reset-start-again = Започване отначало
reset-verify-heading = Потвърдете, че това сте вие
reset-gate-of = Потвърждение { $number } от { $total }
reset-gate-legend = Как искате да получите код за потвърждение?
reset-gate-email = Изпращане на код по имейл до { $destination }
reset-gate-mobile-sms = Изпращане на код с SMS съобщение до мобилния ми телефон { $destination }
reset-gate-mobile-voice = Обаждане на мобилния ми телефон { $destination }
reset-gate-office-voice = Обаждане на служебния ми телефон { $destination }
reset-gate-questions = Отговор на въпросите ми за защита
reset-code-sent-email = Изпратихме имейл с код за потвърждение до { $destination }.
reset-code-sent-sms = Изпратихме SMS съобщение с код за потвърждение до { $destination }.
reset-code-sent-voice = Обаждаме се на { $destination }, за да ви продиктуваме код за потвърждение.
reset-code-resend = Изпращане на нов код
reset-other-method = Използване на друг метод
reset-questions-heading = Отговорете на въпросите си за защита
reset-password-heading = Изберете нова парола
reset-password-hint = { $min ->
    [one] Използвайте поне един знак.
   *[other] Използвайте поне { $min } знака. Най-добре е дълга фраза, която можете да запомните; избягвайте името си и често срещани пароли.
}
reset-password-new = Нова парола
reset-password-confirm = Потвърдете новата парола
reset-password-strength-0 = Приблизителна сила: много слаба
reset-password-strength-1 = Приблизителна сила: слаба
reset-password-strength-2 = Приблизителна сила: средна
reset-password-strength-3 = Приблизителна сила: силна
reset-password-strength-4 = Приблизителна сила: много силна
reset-password-strength-note = Оценка, направена от браузъра ви, за да ви помогне при избора. Дали паролата ще бъде приета, решават правилата по-горе.
reset-password-submit = Нулиране на паролата
reset-unlock-only-text = Акаунтът ви е заключен. Ако все още помните паролата си, можете да отключите акаунта и да запазите паролата.
reset-unlock-only = Само отключване
reset-contact-heading = Свържете се с администратора си
reset-contact-text = Тук не можете да нулирате паролата си. Администраторът ви може да ви помогне да възстановите достъпа до акаунта си.
reset-contact-helpdesk = Свързване с техническата поддръжка
reset-done-heading = Паролата ви е нулирана
reset-done-text = Излязохте от акаунта си на всички устройства. Влезте с новата си парола.
reset-unlocked-heading = Акаунтът ви е отключен
reset-unlocked-text = Влезте с текущата си парола.
reset-go-sign-in = Към страницата за влизане
reset-error-flow-missing = Времето за нулиране изтече или нулирането изобщо не е започнато. Започнете отначало.
reset-error-step-out-of-order = Тази стъпка не е достъпна в момента. Продължете от тази страница.
reset-error-user-id-missing = Въведете потребителското си име.
reset-error-user-id-invalid = Въведете потребителското си име във формата на имейл адрес, например name@contoso.example.
reset-error-captcha-failed = Не успяхме да проверим дали сте човек. Опитайте отново.
reset-error-gate-missing = Изберете как искате да получите код.
reset-error-code-dead = Твърде много грешни кодове. Изпратете нов код или използвайте друг метод.
reset-error-answers-wrong = Един или повече отговори са неправилни. Проверете ги и опитайте отново.
reset-error-blocked = Направихте твърде много опити. За ваша сигурност самостоятелното нулиране е спряно за този акаунт до { $until }.
reset-error-busy-address = Има твърде много опити от вашата мрежа. Изчакайте един час и опитайте отново.
reset-error-passwords-differ = Двете пароли не съвпадат.
reset-error-password-too-short = { $min ->
    [one] Използвайте поне един знак.
   *[other] Използвайте поне { $min } знака.
}
reset-error-password-missing = Въведете нова парола.
reset-error-password-common = Тази парола е в списъка с пароли, които нападателите пробват първо. Изберете друга, например фраза от няколко несвързани думи.
reset-error-password-control = Паролата не може да съдържа знаци за нов ред, табулации или други управляващи знаци. Въведете я отново без тях.
reset-error-write-unconfirmed = Не успяхме да потвърдим, че новата ви парола е записана. Изберете я отново; новият избор заменя всичко, което евентуално е било записано.
reset-writing = Промяната се записва. Презаредете тази страница след малко.
reset-error-password-too-long = Използвайте най-много 256 знака.
reset-error-password-contains-name = Не използвайте потребителското си име в паролата.
reset-error-write-failed = Не успяхме да запишем промяната в директорията, така че нищо не е променено. Опитайте отново след малко.

## Фирмена марка на организацията на всяка страница

footer-label = Връзки на организацията
footer-privacy = Поверителност
footer-terms = Условия за използване
footer-helpdesk = Техническа поддръжка

## Студио за фирмена марка (/admin/branding, за администраторите на фирмената марка)

studio-title = Студио за фирмена марка
studio-heading-layer = Настройки: { $layer }
studio-back = Обратно към студиото за фирмена марка
studio-preview-banner = Визуализирате непубликуваната фирмена марка. Никой друг не я вижда, докато не бъде публикувана.
studio-preview-stop = Спиране на визуализацията
studio-layer-label = Настройки за
studio-layer-open = Отваряне
studio-layer-default = По подразбиране (всички езици)
studio-layer-overridden = { $language } (има собствени настройки)
studio-inherited = Ако остане празно: { $value }
studio-as-default = Както в настройките по подразбиране
studio-as-product = Както изглежда порталът без фирмена марка
studio-show = Показване
studio-hide = Скриване
studio-save = Записване на черновата
studio-section-identity = Организация
studio-section-colours = Цветове
studio-colours-hint = Въвеждайте цветовете във формат #rrggbb, например #0b5cad. Текстът и бутоните трябва да се открояват достатъчно от фона си, за да могат всички да ги четат, затова студиото проверява контраста преди публикуване.
studio-section-layout = Оформление
studio-section-sign-in = Страница за влизане
studio-section-links = Връзки в долния колонтитул
studio-section-css = Персонализиран CSS
studio-css-hint = Правила за имената на класове, изброени в справочника за CSS на портала. Изображенията може да са само от качените тук изображения. До 25 КБ.
studio-section-images = Изображения
studio-section-publish = Публикуване
studio-section-publications = Публикации
studio-field-organisation-name = Име на организацията
studio-field-colour-primary = Бутони и връзки
studio-field-colour-primary-text = Текст на бутоните
studio-field-colour-header = Лента на заглавката
studio-field-colour-header-text = Текст в лентата на заглавката
studio-field-colour-text = Текст
studio-field-colour-page = Фон на страницата
studio-field-colour-card = Фон на картата
studio-field-colour-focus = Рамка на фокуса от клавиатурата
studio-field-layout = Оформление на страницата
studio-layout-full-bleed = Фоново изображение, запълващо страницата
studio-layout-plain = Едноцветна страница
studio-field-show-header = Показване на лентата на заглавката
studio-field-show-footer = Показване на долния колонтитул
studio-field-sign-in-text = Текст на страницата за влизане
studio-field-user-name-hint = Подсказка за потребителско име
studio-field-cant-access-label = Текст на връзката за хората, които не могат да влязат
studio-field-show-reset-link = Връзка за хората, които не могат да влязат
studio-field-privacy-url = Адрес на декларацията за поверителност
studio-field-terms-url = Адрес на условията за използване
studio-field-helpdesk-url = Адрес на техническата поддръжка (уеб или имейл)
studio-field-custom-css = Персонализиран CSS
studio-field-image-banner-logo = Лого за банер
studio-field-image-square-logo = Квадратно лого
studio-field-image-square-logo-dark = Квадратно лого за тъмен фон
studio-field-image-favicon = Фавикон
studio-field-image-background = Фоново изображение
studio-image-limits = { $kinds }, най-много { $kilobytes } КБ и { $width } × { $height } пиксела.
studio-image-upload = Качване: { $slot }
studio-image-remove = Премахване: { $slot }
studio-image-current = Текущо изображение: { $slot }
studio-live-heading = Визуализация на живо
studio-live-caption = Следва цветовете и текстовете по-горе, докато пишете, още преди да запишете.
studio-preview = Визуализиране на черновата в реалните страници
studio-email-preview = Визуализиране на имейл с черновата
studio-publish = Публикуване
studio-state-never-published = Още нищо не е публикувано: всички виждат портала без фирмена марка.
studio-state-published = Активна е версия { $version }.
studio-state-unpublished-changes = Черновата има непубликувани промени.
studio-problems-heading = Коригирайте следното преди публикуване
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: контрастът между { $pair } е { $ratio }; необходим е поне { $minimum }.
studio-problem-too-long = използвайте най-много { $max } знака.
studio-problem-control-character = премахнете контролните знаци (например табулациите).
studio-problem-not-a-colour = въведете цвета като #, последван от шест шестнадесетични цифри, например #0b5cad.
studio-problem-link-not-https = уеб адресите трябва да започват с https://.
studio-problem-link-invalid = въведете уеб адрес, започващ с https://, или имейл адрес.
studio-problem-css = ред { $line }: { $reason }
studio-css-too-long = стиловият файл е по-голям от 25 КБ.
studio-css-import = @import не е разрешено; поставете правилата тук.
studio-css-external-url = url() може да сочи само към изображение, качено в студиото.
studio-css-expression = expression(), behavior и -moz-binding не са разрешени.
studio-css-at-rule = разрешени са само @media, @supports, @layer, @container, @font-face и @keyframes.
studio-css-markup = последователността </ не е разрешена.
studio-css-unparsable = това не е валиден CSS (проверете дали не липсва фигурна скоба, двоеточие или кавичка).
studio-pair-text-on-page = текста и фона на страницата
studio-pair-text-on-card = текста и фона на картата
studio-pair-button-text-on-primary = текста на бутоните и бутоните
studio-pair-header-text-on-header = текста в заглавката и лентата на заглавката
studio-pair-focus-on-page = рамката на фокуса и фона на страницата
studio-column-version = Версия
studio-column-when = Публикувана
studio-column-who = От
studio-column-note = Бележка
studio-column-action = Действие
studio-publication-live = Активна в момента
studio-publication-restored = Възстановява версия { $version }
studio-roll-back = Повторно публикуване на версия { $version }
studio-done-saved = Черновата е записана. Визуализирайте я и я публикувайте, когато е готова.
studio-done-uploaded = Изображението е добавено в черновата.
studio-done-removed = Изображението е премахнато от черновата.
studio-done-published = Публикувано. Всички страници ще показват новата фирмена марка до няколко секунди.
studio-done-rolled-back = По-ранната версия отново е активна и вече е и чернова.
studio-done-preview-stopped = Визуализацията приключи.
studio-refused-publish = Нищо не е публикувано: първо коригирайте проблемите, изброени по-долу.
studio-refused-no-such-version = Тази версия не съществува. Нищо не е променено.
studio-refused-unavailable = Промяната не можа да бъде записана. Нищо не е променено; опитайте отново.
studio-refused-empty = Изображението „{ $slot }“ не е качено: не е избран файл или файлът е празен. Нищо не е променено.
studio-refused-too-many-bytes = Изображението „{ $slot }“ не е качено: файлът е по-голям от { $kilobytes } КБ. Нищо не е променено.
studio-refused-unknown-type = Изображението „{ $slot }“ не е качено: файлът не е изображение PNG, JPEG или WebP (нито SVG рисунка, за логата), каквото и да пише в името му. Нищо не е променено.
studio-refused-svg-not-allowed = Изображението „{ $slot }“ не е качено: SVG рисунки се приемат само за лога. Използвайте PNG, JPEG или WebP. Нищо не е променено.
studio-refused-too-many-pixels = Изображението „{ $slot }“ не е качено: то е по-голямо от { $width } × { $height } пиксела. Нищо не е променено.
studio-refused-undecodable = Изображението „{ $slot }“ не е качено: то е повредено и не можа да бъде прочетено. Нищо не е променено.
studio-refused-svg-unparsable = Изображението „{ $slot }“ не е качено: SVG рисунката не можа да бъде прочетена. Нищо не е променено.
studio-refused-svg-doctype = Изображението „{ $slot }“ не е качено: SVG рисунки с DOCTYPE или XML обекти (entities) се отхвърлят. Нищо не е променено.
studio-refused-svg-script = Изображението „{ $slot }“ не е качено: SVG рисунката съдържа скрипт. Нищо не е променено.
studio-refused-svg-foreign-object = Изображението „{ $slot }“ не е качено: SVG рисунката вгражда друго съдържание (foreignObject). Нищо не е променено.
studio-refused-svg-event-handler = Изображението „{ $slot }“ не е качено: SVG рисунката съдържа манипулатори на събития (атрибути on…). Нищо не е променено.
studio-refused-svg-external-reference = Изображението „{ $slot }“ не е качено: SVG рисунката препраща към файлове или адреси извън себе си. Нищо не е променено.
studio-refused-svg-too-complex = Изображението „{ $slot }“ не е качено: SVG рисунката е твърде сложна. Опростете я и опитайте отново. Нищо не е променено.
studio-refused-svg-marker = Изображението „{ $slot }“ не е качено: SVG маркерите не се поддържат. Нищо не е променено.

## Страницата не е намерена

not-found-title = Страницата не е намерена
not-found-heading = Не успяхме да намерим тази страница.

## Демонстрационна изходяща поща (само в демонстрационен режим)

outbox-title = Демонстрационна изходяща поща
outbox-heading = Демонстрационна изходяща поща
outbox-banner-heading = Демонстрационен режим
outbox-banner-text = Тази страница съществува само в демонстрационен режим. Съобщенията не се изпращат наистина: имейлите, SMS съобщенията и гласовите обаждания се съхраняват тук, заедно с еднократните кодове, за да можете да изпробвате портала. Никога не използвайте реален портал в демонстрационен режим.
outbox-caption = { $limit ->
    [one] Последното съобщение
   *[other] Последните { $limit } съобщения, първо най-новите
}
outbox-empty = Все още няма съобщения. Кодовете и известията, изпратени от портала, ще се показват тук.
outbox-time = Час
outbox-channel = Канал
outbox-recipient = Получател
outbox-subject = Тема
outbox-body = Съобщение
outbox-channel-email = Имейл
outbox-channel-sms = SMS съобщение
outbox-channel-voice = Гласово обаждане

## Предварително зададени въпроси за защита (идентификаторите им се съхраняват; никога не преименувайте ключ)

question-city-met-partner = В кой град се запознахте с първия си съпруг, съпруга или партньор?
question-city-parents-met = В кой град са се запознали родителите ви?
question-city-nearest-sibling = В кой град живее най-близкият ви по възраст брат или сестра?
question-city-father-born = В кой град е роден баща ви?
question-city-first-job = В кой град беше първата ви работа?
question-city-mother-born = В кой град е родена майка ви?
question-city-new-year-2000 = В кой град посрещнахте 2000 година?
question-high-school-teacher-last-name = Каква е фамилията на любимия ви учител в гимназията?
question-college-applied-not-attended = Как се казва университетът, в който кандидатствахте, но не учихте?
question-first-wedding-reception-place = Как се казва мястото, където празнувахте първата си сватба?
question-father-middle-name = Какво е презимето на баща ви?
question-favorite-food = Кое е любимото ви ястие?
question-maternal-grandmother-name = Какви са името и фамилията на баба ви по майчина линия?
question-mother-middle-name = Каква е моминската фамилия на майка ви?
question-oldest-sibling-birthday = През кой месец и година е роден най-големият ви брат или сестра? (например ноември 1985)
question-oldest-sibling-middle-name = Как се казва най-големият ви брат или сестра?
question-paternal-grandfather-name = Какви са името и фамилията на дядо ви по бащина линия?
question-youngest-sibling-middle-name = Как се казва най-малкият ви брат или сестра?
question-sixth-grade-school = В кое училище учихте в шести клас?
question-childhood-best-friend-name = Какви са името и фамилията на най-добрия ви приятел от детството?
question-first-significant-other-name = Какви са името и фамилията на първата ви любов?
question-grade-school-teacher-last-name = Каква е фамилията на любимия ви учител в началните класове?
question-first-car-make-model = Каква марка и модел беше първата ви кола или мотоциклет?
question-first-school = Как се казваше първото училище, в което учихте?
question-birth-hospital = Как се казва болницата, в която се родихте?
question-childhood-street = Как се казваше улицата, на която беше първият ви дом от детството?
question-childhood-hero = Кой беше вашият герой от детството?
question-favorite-stuffed-animal = Как се казваше любимата ви плюшена играчка?
question-first-pet = Как се казваше първият ви домашен любимец?
question-childhood-nickname = Какъв беше прякорът ви като дете?
question-high-school-sport = Кой беше любимият ви спорт в гимназията?
question-first-job = Каква беше първата ви работа?
question-childhood-phone-last-digits = Кои бяха последните четири цифри на домашния ви телефон от детството?
question-childhood-ambition = Какво мечтаехте да станете, когато пораснете, докато бяхте деца?
question-most-famous-person-met = Кой е най-известният човек, когото сте срещали?

## Регистриране на информация за защита

method-email = Имейл
method-mobile-phone = Мобилен телефон
method-office-phone = Служебен телефон
method-security-questions = Въпроси за защита
method-questions-count = { $count ->
    [one] { $count } въпрос с отговор
   *[other] { $count } въпроса с отговор
}
source-authentication = регистриран от вас за потвърждение, не се показва в директорията
source-directory = от профила ви в директорията
source-administrator = зададен от администратора ви

prompt-title = Необходима е допълнителна информация
prompt-register-heading = Необходима е допълнителна информация
prompt-register-why = Организацията ви има нужда от начин да потвърди, че това сте вие, когато забравите паролата си или акаунтът ви е заключен. Регистрирайте информацията си за защита сега, за да можете да възстановите достъпа си сами, без да се обаждате на техническата поддръжка.
prompt-register-needed = { $count ->
    [one] Необходим ви е поне един метод за потвърждение.
   *[other] Необходими са ви поне { $count } различни метода за потвърждение.
}
prompt-next = Напред
prompt-skip = Пропускане засега
prompt-reconfirm-heading = Все още ли са верни тези данни?
prompt-reconfirm-why = Проверете регистрираната от вас информация за защита. Ако нещо се е променило, актуализирайте го, за да можете и занапред да нулирате паролата си.
prompt-looks-good = Всичко е наред
prompt-change = Промяна
prompt-nothing = Не е нужно нищо повече
prompt-go-account = Към акаунта ви

wizard-title = Регистриране на информация за защита
wizard-start = Започване отначало
wizard-step-of = Стъпка { $number } от { $total }
wizard-code-label = Код за потвърждение
wizard-verify = Потвърждаване
wizard-send-code = Изпращане на код
wizard-skip-step = Пропускане на този метод
wizard-phone-country = Държава или регион
wizard-phone-number = Телефонен номер
wizard-phone-hint = Без кода на държавата или с него, като започва с +.
wizard-phone-channel = Как да изпратим кода?
wizard-phone-sms = Текстово съобщение (SMS)
wizard-phone-voice = Гласово обаждане
wizard-phone-texted = Изпратихме SMS съобщение с код до { $number }.
wizard-phone-called = Обаждаме се на { $number }, за да ви продиктуваме код.
wizard-phone-resend-heading = Не сте получили код? Изпратете го отново или използвайте друг номер
wizard-phone-reset-uses = В момента при нулиране на паролата би се използвал номерът { $number }, { $source }.
wizard-phone-reset-none = Все още нямате телефон, който може да се използва за нулиране на паролата.
wizard-phone-precedence = Номерът, който потвърдите тук, става ваш телефон за удостоверяване и при нулиране ще се използва той вместо мобилния телефон от директорията.
wizard-office-phone = Служебен телефон: { $number }, зададен от администратора ви. Не можете да го промените тук.
wizard-email-address = Имейл адрес
wizard-email-sent = Изпратихме имейл с код до { $address }.
wizard-email-resend-heading = Не сте получили имейл? Изпратете го отново или използвайте друг адрес
wizard-email-reset-uses = В момента при нулиране на паролата би се използвал адресът { $address }, { $source }.
wizard-email-reset-none = Все още нямате имейл адрес, който може да се използва за нулиране на паролата.
wizard-email-precedence = Адресът, който потвърдите тук, става ваш имейл за удостоверяване и при нулиране ще се използва той вместо алтернативния имейл от директорията. Използвайте адрес, различен от служебния.
wizard-questions-intro = { $count ->
    [one] Изберете въпрос и отговорете на него.
   *[other] Изберете { $count } различни въпроса и отговорете на всеки от тях.
} Отговорите са от 3 до 40 знака; главните букви и излишните интервали нямат значение. Никой, включително администраторите, не може да ги прочете.
wizard-question-label = Въпрос { $number }
wizard-answer-label = Отговор на въпрос { $number }
wizard-question-choose = Изберете въпрос
wizard-answers-show = Показване на отговорите
wizard-answers-hide = Скриване на отговорите
wizard-questions-save = Продължаване
wizard-questions-retype = За ваша сигурност отговорите никога не се изпращат обратно към страницата: въведете ги отново.
wizard-summary-heading = Проверка и записване
wizard-summary-skipped = Пропуснато
wizard-save = Записване
wizard-cancel = Отказ

registration-error-not-signed-in = Сесията ви е приключила. Влезте отново.
registration-error-flow-missing = Тази регистрация е изтекла или вече е завършена. Започнете отначало, за да продължите.
registration-error-step-out-of-order = Тази стъпка не е достъпна в момента. Продължете от показаната стъпка.
registration-error-phone-missing = Въведете телефонния си номер.
registration-error-country-needed = Изберете държава или въведете номера с международния код, като започнете с +.
registration-error-phone-invalid = Това не е валиден телефонен номер за избраната държава.
registration-error-email-missing = Въведете имейл адреса си.
registration-error-email-invalid = Въведете имейл адрес във вида name@example.com.
code-error-missing = Въведете кода, който ви изпратихме.
code-error-malformed = Кодът се състои от 6 до 8 цифри.
code-error-wrong = { $tries ->
    [one] Кодът е неправилен. Остава ви още един опит.
   *[other] Кодът е неправилен. Остават ви още { $tries } опита.
}
code-error-dead = Твърде много грешни кодове. Изпратете нов код.
code-error-expired = Кодът е изтекъл. Изпратете нов код.
code-error-used = Този код вече е използван. Изпратете нов код.
code-error-none-sent = Няма чакащ код. Изпратете нов код.
code-error-too-many = Изпратени са твърде много кодове. Изчакайте един час или изберете друг метод.
code-error-delivery-failed = Не успяхме да изпратим кода. Опитайте отново или изберете друг метод.
registration-error-question-missing = Изберете въпрос тук.
registration-error-question-not-offered = Изберете въпрос от списъка.
registration-error-question-twice = Вече избрахте този въпрос. Изберете друг.
error-answer-missing = Въведете отговор.
registration-error-answer-too-short = Отговорите трябва да са поне 3 знака.
registration-error-answer-too-long = Отговорите трябва да са най-много 40 знака.
registration-error-answer-twice = Вече дадохте този отговор на друг въпрос. Дайте различен отговор.
registration-error-steps-pending = Завършете или пропуснете всяка стъпка, преди да запишете.
registration-error-nothing-to-save = Нищо не е добавено. Регистрирайте поне един метод или изберете „Отказ“.
registration-error-not-enough-methods = { $needed ->
    [one] Регистрирайте поне един метод, за да можете да нулирате паролата си.
   *[other] Регистрирайте поне { $needed } различни метода, за да можете да нулирате паролата си.
}

account-security-info = Информация за защита: регистриране, промяна или изтриване
account-security-info-saved = Информацията ви за защита е записана.

message-code-email-subject = Вашият код за потвърждение
message-code-email-body = Вашият код за потвърждение е { $code }.

    Той е валиден { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    }. Ако не сте го поискали, можете да пренебрегнете този имейл: без кода нищо не се променя.
message-code-sms = Вашият код за потвърждение е { $code }. Валиден е { $minutes } мин.
message-code-voice = Вашият код за потвърждение е: { $code }. Повтарям: { $code }.
message-changed-subject = Информацията ви за защита е променена
message-changed-body = Информацията за защита на акаунта ви току-що беше променена:
    { $changes }

    Ако вие сте направили тази промяна, не е нужно да правите нищо. Ако не сте, свържете се незабавно с техническата поддръжка.
message-changed-phone = телефонът за удостоверяване
message-changed-email = имейлът за удостоверяване
message-changed-questions = въпросите за защита

country-AR = Аржентина
country-AT = Австрия
country-AU = Австралия
country-BE = Белгия
country-BR = Бразилия
country-CA = Канада
country-CH = Швейцария
country-CN = Китай
country-CZ = Чехия
country-DE = Германия
country-DK = Дания
country-ES = Испания
country-FI = Финландия
country-FR = Франция
country-GB = Обединеното кралство
country-GR = Гърция
country-HR = Хърватия
country-HU = Унгария
country-IE = Ирландия
country-IN = Индия
country-IT = Италия
country-JP = Япония
country-LU = Люксембург
country-MT = Малта
country-MX = Мексико
country-NL = Нидерландия
country-NO = Норвегия
country-NZ = Нова Зеландия
country-PL = Полша
country-PT = Португалия
country-RO = Румъния
country-SE = Швеция
country-SI = Словения
country-SK = Словакия
country-SM = Сан Марино
country-TR = Турция
country-UA = Украйна
country-US = САЩ
country-VA = Ватикан
country-ZA = Южна Африка
registration-error-reauth-required = За ваша сигурност въведете отново паролата си, преди да променяте информацията за защита.
registration-error-method-not-changeable = Този метод не може да се променя тук.
registration-error-wrong-password = Паролата е неправилна.
registration-error-too-many-password-tries = Има твърде много грешни пароли. Изчакайте няколко минути и опитайте отново.

security-info-title = Информация за защита
security-info-back = Обратно към акаунта ви
security-info-usable = { $usable ->
    [one] При нулиране на паролата може да се използва един от вашите методи
   *[other] При нулиране на паролата могат да се използват { $usable } от вашите методи
}; { $required ->
    [one] необходим е един.
   *[other] необходими са { $required } различни.
}
security-info-not-set = Не е зададено
security-info-add = Добавяне
security-info-change = Промяна
security-info-delete = Изтриване
security-info-deleted = Методът е изтрит.
security-info-delete-title = Изтриване на метод
security-info-delete-confirm = Да се изтрие ли „{ $method }“ от информацията ви за защита?
security-info-delete-warning = { $required ->
    [one] След това няма да ви остане нито един метод и вече няма да можете да нулирате паролата си сами.
   *[other] След това ще имате по-малко от { $required } метода и вече няма да можете да нулирате паролата си сами.
}
reauth-title = Потвърдете, че това сте вие
reauth-submit = Продължаване

## Съобщения за нулиране на паролата

message-reset-subject = Паролата ви е нулирана
message-reset-body = Здравейте,

    Паролата за акаунта ви току-що беше нулирана чрез портала за самостоятелно нулиране на пароли и всички сесии бяха прекратени.

    Ако това сте били вие, не е нужно да правите нищо повече. Ако не сте, свържете се незабавно с администратора си.

    Влизане: { $url }
message-unlocked-subject = Акаунтът ви е отключен
message-unlocked-body = Здравейте,

    Акаунтът ви току-що беше отключен чрез портала за самостоятелно нулиране на пароли. Паролата ви не е променена.

    Ако това не сте били вие, свържете се незабавно с администратора си.

    Влизане: { $url }
message-admin-reset-subject = Администраторът { $admin } нулира собствената си парола
message-admin-reset-body = Здравейте,

    Администраторът { $admin } току-що нулира собствената си парола чрез портала за самостоятелно нулиране на пароли.

    Ако не сте очаквали това, уточнете с администратора и прегледайте журнала за одит.

    Портал: { $url }

## Подпис на имейлите и на текстовите съобщения

email-footer-sent-by = Това е автоматично съобщение от { $organisation }.
email-footer-privacy = Поверителност
email-footer-terms = Условия за ползване
email-footer-helpdesk = Техническа поддръжка
message-from-organisation = { $organisation }: { $text }
