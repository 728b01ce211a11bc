### Українська (uk). Register: formal "ви" (lowercase) and neutral imperative ("Введіть", "Виберіть"), as in Microsoft's Ukrainian product UI.
### Glossary:
###   password = пароль
###   security info = відомості для захисту
###   verification code = код перевірки
###   security question = контрольне запитання
###   helpdesk = служба підтримки
###   administrator = адміністратор
###   sign in = увійти (вхід)
###   sign out = вийти
###   account = обліковий запис
###   user name = ім’я користувача
###   reset = скинути (скидання)
###   unlock = розблокувати
###   authentication phone / email = телефон / адреса електронної пошти для автентифікації
###   directory = каталог
###   text message = SMS-повідомлення

## Спільне для всіх сторінок

product-name = Самообслуговування облікового запису
skip-to-content = Перейти до основного вмісту
loading = Завантаження…
language-label = Мова
# Показується у списку вибору мови: назва цієї мови цією ж мовою.
language-name = Українська
language-apply = Змінити мову
password-show = Показати пароль
password-hide = Приховати пароль

## Помилки

error-user-name-missing = Введіть ім’я користувача.
error-user-name-invalid = Це не схоже на ім’я користувача. Перевірте введені дані й повторіть спробу.
error-password-missing = Введіть пароль.
error-invalid-credentials = Неправильне ім’я користувача або пароль. Перевірте обидва значення й повторіть спробу.
error-account-locked = Ваш обліковий запис заблоковано. Щоб розблокувати його, виберіть нижче «Не вдається отримати доступ до облікового запису?» або зверніться до служби підтримки.
error-sign-in-paused = Для цього імені користувача було забагато невдалих спроб входу. Щоб захистити обліковий запис, вхід призупинено до { $until }. Якщо ви забули пароль, його можна скинути просто зараз.
error-sign-in-busy-address = З вашої мережі було забагато невдалих спроб входу. Зачекайте годину й повторіть спробу.
error-unavailable = На нашому боці сталася помилка. Повторіть спробу за кілька хвилин.
error-transport = Не вдалося зв’язатися із сервером. Перевірте підключення й повторіть спробу.

## Сторінка входу

sign-in-title = Вхід
sign-in-heading = Вхід в обліковий запис
sign-in-user-name = Ім’я користувача
sign-in-password = Пароль
sign-in-submit = Увійти
sign-in-cant-access = Не вдається отримати доступ до облікового запису?

## Сторінка облікового запису

account-title = Ваш обліковий запис
account-heading = Ваш обліковий запис
account-signed-in-as = Ви ввійшли як
account-sign-out = Вийти
account-signed-out = Ви не ввійшли в систему.
account-go-sign-in = Перейти до входу

## Скидання пароля

reset-title = Скидання пароля
reset-heading = Відновлення доступу до облікового запису
reset-back-to-sign-in = Повернутися до входу
reset-intro = Введіть ім’я користувача: ми допоможемо вам підтвердити, що це справді ви, після чого ви зможете вибрати новий пароль.
reset-user-id = Ім’я користувача
reset-user-id-hint = Зазвичай це ваша робоча адреса електронної пошти, наприклад name@contoso.example.
reset-next = Далі
captcha-question = Щоб підтвердити, що ви людина, дайте відповідь: скільки буде { $a } плюс { $b }?
captcha-hint = Введіть відповідь цифрами.
captcha-checking = Перевіряємо, що ви людина…
captcha-done = Готово: ваш браузер підтвердив, що ви людина. Натисніть «Далі», щоб продовжити.
reset-start-again = Почати знову
reset-verify-heading = Підтвердьте, що це ви
reset-gate-of = Перевірка { $number } з { $total }
reset-gate-legend = Як ви хочете отримати код перевірки?
reset-gate-email = Надіслати код електронною поштою на адресу { $destination }
reset-gate-mobile-sms = Надіслати код у SMS-повідомленні на мобільний телефон { $destination }
reset-gate-mobile-voice = Зателефонувати на мобільний телефон { $destination }
reset-gate-office-voice = Зателефонувати на робочий телефон { $destination }
reset-gate-questions = Відповісти на контрольні запитання
reset-code-sent-email = Ми надіслали лист із кодом перевірки на адресу { $destination }.
reset-code-sent-sms = Ми надіслали SMS-повідомлення з кодом перевірки на номер { $destination }.
reset-code-sent-voice = Ми телефонуємо на номер { $destination }, щоб продиктувати вам код перевірки.
reset-code-resend = Надіслати новий код
reset-other-method = Використати інший спосіб
reset-questions-heading = Дайте відповіді на контрольні запитання
reset-password-heading = Виберіть новий пароль
reset-password-hint = { $min ->
    [1] Пароль має містити принаймні один символ.
    [one] Пароль має містити щонайменше { $min } символ. Найкраще підходить довга фраза, яку ви зможете запам’ятати; не використовуйте своє ім’я та поширені паролі.
    [few] Пароль має містити щонайменше { $min } символи. Найкраще підходить довга фраза, яку ви зможете запам’ятати; не використовуйте своє ім’я та поширені паролі.
    [many] Пароль має містити щонайменше { $min } символів. Найкраще підходить довга фраза, яку ви зможете запам’ятати; не використовуйте своє ім’я та поширені паролі.
   *[other] Пароль має містити щонайменше { $min } символу. Найкраще підходить довга фраза, яку ви зможете запам’ятати; не використовуйте своє ім’я та поширені паролі.
}
reset-password-new = Новий пароль
reset-password-confirm = Підтвердьте новий пароль
reset-password-strength-0 = Орієнтовна надійність: дуже низька
reset-password-strength-1 = Орієнтовна надійність: низька
reset-password-strength-2 = Орієнтовна надійність: середня
reset-password-strength-3 = Орієнтовна надійність: висока
reset-password-strength-4 = Орієнтовна надійність: дуже висока
reset-password-strength-note = Це оцінка, яку робить ваш браузер, щоб допомогти вам із вибором. Чи буде пароль прийнято, визначають наведені вище правила.
reset-password-submit = Скинути пароль
reset-unlock-only-text = Ваш обліковий запис заблоковано. Якщо ви пам’ятаєте пароль, можна розблокувати обліковий запис і зберегти поточний пароль.
reset-unlock-only = Лише розблокувати
reset-contact-heading = Зверніться до адміністратора
reset-contact-text = Тут не можна скинути пароль. Адміністратор допоможе вам відновити доступ до облікового запису.
reset-contact-helpdesk = Звернутися до служби підтримки
reset-done-heading = Пароль скинуто
reset-done-text = Ви вийшли із системи на всіх пристроях. Увійдіть із новим паролем.
reset-unlocked-heading = Обліковий запис розблоковано
reset-unlocked-text = Увійдіть із поточним паролем.
reset-go-sign-in = Перейти до входу
reset-error-flow-missing = Термін дії запиту на скидання минув, або скидання не було розпочато. Почніть знову.
reset-error-step-out-of-order = Цей крок зараз недоступний. Продовжте з цієї сторінки.
reset-error-user-id-missing = Введіть ім’я користувача.
reset-error-user-id-invalid = Введіть ім’я користувача у форматі адреси електронної пошти, наприклад name@contoso.example.
reset-error-captcha-failed = Не вдалося перевірити, що ви людина. Повторіть спробу.
reset-error-gate-missing = Виберіть, як ви хочете отримати код.
reset-error-code-dead = Забагато неправильних кодів. Надішліть новий код або скористайтеся іншим способом.
reset-error-answers-wrong = Одна або кілька відповідей неправильні. Перевірте їх і повторіть спробу.
reset-error-blocked = Ви зробили забагато спроб. З міркувань безпеки самостійне скидання пароля для цього облікового запису призупинено до { $until }.
reset-error-busy-address = З вашої мережі було забагато спроб. Зачекайте годину й повторіть спробу.
reset-error-passwords-differ = Паролі не збігаються.
reset-error-password-too-short = { $min ->
    [1] Пароль має містити принаймні один символ.
    [one] Пароль має містити щонайменше { $min } символ.
    [few] Пароль має містити щонайменше { $min } символи.
    [many] Пароль має містити щонайменше { $min } символів.
   *[other] Пароль має містити щонайменше { $min } символу.
}
reset-error-password-missing = Введіть новий пароль.
reset-error-password-common = Цей пароль є в списку паролів, які зловмисники пробують насамперед. Виберіть інший, наприклад фразу з кількох не пов’язаних між собою слів.
reset-error-password-control = Пароль не може містити розриви рядків, символи табуляції чи інші керівні символи. Введіть його ще раз без них.
reset-error-write-unconfirmed = Не вдалося підтвердити, що новий пароль збережено. Виберіть його ще раз: новий вибір замінить усе, що могло бути збережено.
reset-writing = Зміна зберігається. Оновіть цю сторінку за кілька секунд.
reset-error-password-too-long = Пароль має містити не більше 256 символів.
reset-error-password-contains-name = Не використовуйте ім’я користувача в паролі.
reset-error-write-failed = Не вдалося зберегти зміну в каталозі, тому нічого не змінено. Повторіть спробу за кілька секунд.

## Фірмова символіка організації на кожній сторінці

footer-label = Посилання організації
footer-privacy = Конфіденційність
footer-terms = Умови використання
footer-helpdesk = Служба підтримки

## Студія фірмової символіки (/admin/branding, для адміністраторів фірмової символіки)

studio-title = Студія фірмової символіки
studio-heading-layer = Параметри: { $layer }
studio-back = Повернутися до студії фірмової символіки
studio-preview-banner = Ви переглядаєте неопубліковану фірмову символіку. Ніхто інший не побачить її, доки її не буде опубліковано.
studio-preview-stop = Припинити попередній перегляд
studio-layer-label = Параметри для
studio-layer-open = Відкрити
studio-layer-default = За замовчуванням (усі мови)
studio-layer-overridden = { $language } (власні параметри)
studio-inherited = Якщо поле порожнє: { $value }
studio-as-default = Як у параметрах за замовчуванням
studio-as-product = Як виглядає портал без фірмової символіки
studio-show = Показати
studio-hide = Приховати
studio-save = Зберегти чернетку
studio-section-identity = Організація
studio-section-colours = Кольори
studio-colours-hint = Указуйте кольори у форматі #rrggbb, наприклад #0b5cad. Текст і кнопки мають достатньо виділятися на тлі, щоб їх міг прочитати кожен, тому перед публікацією студія перевіряє контрастність.
studio-section-layout = Макет
studio-section-sign-in = Сторінка входу
studio-section-links = Посилання в нижньому колонтитулі
studio-section-css = Настроюваний CSS
studio-css-hint = Правила для імен класів, наведених у довіднику CSS порталу. Зображення можна брати лише з тих, що завантажено тут. Не більше 25 КБ.
studio-section-images = Зображення
studio-section-publish = Публікація
studio-section-publications = Публікації
studio-field-organisation-name = Назва організації
studio-field-colour-primary = Кнопки й посилання
studio-field-colour-primary-text = Текст на кнопках
studio-field-colour-header = Смуга заголовка
studio-field-colour-header-text = Текст на смузі заголовка
studio-field-colour-text = Текст
studio-field-colour-page = Тло сторінки
studio-field-colour-card = Тло картки
studio-field-colour-focus = Рамка фокуса клавіатури
studio-field-layout = Макет сторінки
studio-layout-full-bleed = Фонове зображення на всю сторінку
studio-layout-plain = Однотонний колір сторінки
studio-field-show-header = Показувати смугу заголовка
studio-field-show-footer = Показувати нижній колонтитул
studio-field-sign-in-text = Текст сторінки входу
studio-field-user-name-hint = Підказка для імені користувача
studio-field-cant-access-label = Текст посилання для тих, хто не може ввійти
studio-field-show-reset-link = Посилання для тих, хто не може ввійти
studio-field-privacy-url = Адреса декларації про конфіденційність
studio-field-terms-url = Адреса умов використання
studio-field-helpdesk-url = Адреса служби підтримки (веб-адреса або електронна пошта)
studio-field-custom-css = Настроюваний CSS
studio-field-image-banner-logo = Логотип банера
studio-field-image-square-logo = Квадратний логотип
studio-field-image-square-logo-dark = Квадратний логотип для темного тла
studio-field-image-favicon = Значок сайту (favicon)
studio-field-image-background = Фонове зображення
studio-image-limits = { $kinds }; не більше { $kilobytes } КБ; розмір у пікселях — не більше { $width } × { $height }.
studio-image-upload = Завантажити: { $slot }
studio-image-remove = Видалити: { $slot }
studio-image-current = Поточне зображення: { $slot }
studio-live-heading = Перегляд у реальному часі
studio-live-caption = Відображає вказані вище кольори й тексти під час введення, ще до збереження.
studio-preview = Переглянути чернетку на справжніх сторінках
studio-email-preview = Переглянути лист з оформленням із чернетки
studio-publish = Опублікувати
studio-state-never-published = Ще нічого не опубліковано: усі бачать портал без фірмової символіки.
studio-state-published = Діє версія { $version }.
studio-state-unpublished-changes = У чернетці є неопубліковані зміни.
studio-problems-heading = Виправте ці помилки перед публікацією
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: контрастність пари «{ $pair }» — { $ratio }; потрібно щонайменше { $minimum }.
studio-problem-too-long = { $max ->
    [one] використовуйте щонайбільше { $max } символ.
    [few] використовуйте щонайбільше { $max } символи.
    [many] використовуйте щонайбільше { $max } символів.
   *[other] використовуйте щонайбільше { $max } символу.
}
studio-problem-control-character = видаліть керівні символи (наприклад, знаки табуляції).
studio-problem-not-a-colour = укажіть колір у вигляді # і шести шістнадцяткових цифр, наприклад #0b5cad.
studio-problem-link-not-https = веб-адреси мають починатися з https://.
studio-problem-link-invalid = укажіть веб-адресу, що починається з https://, або адресу електронної пошти.
studio-problem-css = рядок { $line }: { $reason }
studio-css-too-long = таблиця стилів перевищує 25 КБ.
studio-css-import = @import не дозволено; розмістіть правила тут.
studio-css-external-url = url() може вказувати лише на зображення, завантажене в студії.
studio-css-expression = expression(), behavior і -moz-binding не дозволено.
studio-css-at-rule = дозволено лише @media, @supports, @layer, @container, @font-face і @keyframes.
studio-css-markup = послідовність </ не дозволено.
studio-css-unparsable = це неприпустимий CSS (перевірте, чи не пропущено фігурну дужку, двокрапку або лапки).
studio-pair-text-on-page = текст і тло сторінки
studio-pair-text-on-card = текст і тло картки
studio-pair-button-text-on-primary = текст кнопок і кнопки
studio-pair-header-text-on-header = текст заголовка й смуга заголовка
studio-pair-focus-on-page = рамка фокуса й тло сторінки
studio-column-version = Версія
studio-column-when = Опубліковано
studio-column-who = Ким
studio-column-note = Примітка
studio-column-action = Дія
studio-publication-live = Діє зараз
studio-publication-restored = Відновлює версію { $version }
studio-roll-back = Повторно опублікувати версію { $version }
studio-done-saved = Чернетку збережено. Перегляньте її, а потім опублікуйте, коли вона буде готова.
studio-done-uploaded = Зображення додано до чернетки.
studio-done-removed = Зображення видалено з чернетки.
studio-done-published = Опубліковано. За кілька секунд нова фірмова символіка з’явиться на всіх сторінках.
studio-done-rolled-back = Попередня версія знову діє і тепер також є чернеткою.
studio-done-preview-stopped = Попередній перегляд завершено.
studio-refused-publish = Нічого не опубліковано: спершу виправте наведені нижче помилки.
studio-refused-no-such-version = Такої версії не існує. Нічого не змінено.
studio-refused-unavailable = Не вдалося зберегти зміну. Нічого не змінено; повторіть спробу.
studio-refused-empty = Зображення «{ $slot }» не завантажено: файл не вибрано або він порожній. Нічого не змінено.
studio-refused-too-many-bytes = Зображення «{ $slot }» не завантажено: розмір файлу перевищує { $kilobytes } КБ. Нічого не змінено.
studio-refused-unknown-type = Зображення «{ $slot }» не завантажено: файл не є зображенням PNG, JPEG чи WebP (або рисунком SVG — для логотипів), хоч би як він називався. Нічого не змінено.
studio-refused-svg-not-allowed = Зображення «{ $slot }» не завантажено: рисунки SVG приймаються лише для логотипів. Використовуйте PNG, JPEG або WebP. Нічого не змінено.
studio-refused-too-many-pixels = Зображення «{ $slot }» не завантажено: його розмір у пікселях перевищує { $width } × { $height }. Нічого не змінено.
studio-refused-undecodable = Зображення «{ $slot }» не завантажено: зображення пошкоджено, і його не вдалося прочитати. Нічого не змінено.
studio-refused-svg-unparsable = Зображення «{ $slot }» не завантажено: не вдалося прочитати рисунок SVG. Нічого не змінено.
studio-refused-svg-doctype = Зображення «{ $slot }» не завантажено: рисунки SVG із DOCTYPE або сутностями не приймаються. Нічого не змінено.
studio-refused-svg-script = Зображення «{ $slot }» не завантажено: рисунок SVG містить скрипт. Нічого не змінено.
studio-refused-svg-foreign-object = Зображення «{ $slot }» не завантажено: рисунок SVG вбудовує інший вміст (foreignObject). Нічого не змінено.
studio-refused-svg-event-handler = Зображення «{ $slot }» не завантажено: рисунок SVG містить обробники подій (атрибути on…). Нічого не змінено.
studio-refused-svg-external-reference = Зображення «{ $slot }» не завантажено: рисунок SVG посилається на зовнішні файли чи адреси. Нічого не змінено.
studio-refused-svg-too-complex = Зображення «{ $slot }» не завантажено: рисунок SVG надто складний. Спростіть його й повторіть спробу. Нічого не змінено.
studio-refused-svg-marker = Зображення «{ $slot }» не завантажено: маркери SVG не підтримуються. Нічого не змінено.

## Сторінку не знайдено

not-found-title = Сторінку не знайдено
not-found-heading = Не вдалося знайти цю сторінку.

## Вихідні (демонстрація; лише в демонстраційному режимі)

outbox-title = Вихідні (демонстрація)
outbox-heading = Вихідні (демонстрація)
outbox-banner-heading = Демонстраційний режим
outbox-banner-text = Ця сторінка існує лише в демонстраційному режимі. Повідомлення насправді не надсилаються: листи, SMS-повідомлення та голосові дзвінки натомість зберігаються тут разом з одноразовими кодами, щоб ви могли випробувати портал. Ніколи не запускайте робочий портал у демонстраційному режимі.
outbox-caption = { $limit ->
    [1] Останнє повідомлення
    [one] Останнє { $limit } повідомлення, спершу новіші
    [few] Останні { $limit } повідомлення, спершу новіші
    [many] Останні { $limit } повідомлень, спершу новіші
   *[other] Останні { $limit } повідомлення, спершу новіші
}
outbox-empty = Повідомлень ще немає. Тут з’являтимуться коди та сповіщення, надіслані порталом.
outbox-time = Час
outbox-channel = Канал
outbox-recipient = Одержувач
outbox-subject = Тема
outbox-body = Повідомлення
outbox-channel-email = Електронна пошта
outbox-channel-sms = SMS-повідомлення
outbox-channel-voice = Голосовий дзвінок

## Стандартні контрольні запитання (їхні ідентифікатори зберігаються; ніколи не перейменовуйте ключі)

question-city-met-partner = У якому місті ви познайомилися зі своїм першим чоловіком, дружиною чи партнером?
question-city-parents-met = У якому місті познайомилися ваші батьки?
question-city-nearest-sibling = У якому місті живе ваш найближчий за віком брат або сестра?
question-city-father-born = У якому місті народився ваш батько?
question-city-first-job = У якому місті була ваша перша робота?
question-city-mother-born = У якому місті народилася ваша мати?
question-city-new-year-2000 = У якому місті ви зустрічали 2000 рік?
question-high-school-teacher-last-name = Яке прізвище вашого улюбленого вчителя у старших класах?
question-college-applied-not-attended = Як називається заклад вищої освіти, до якого ви вступали, але в якому не навчалися?
question-first-wedding-reception-place = Як називалося місце, де святкували ваше перше весілля?
question-father-middle-name = Як по батькові вашого батька?
question-favorite-food = Яка ваша улюблена страва?
question-maternal-grandmother-name = Як звати вашу бабусю по материнській лінії (ім’я та прізвище)?
question-mother-middle-name = Яке дівоче прізвище вашої матері?
question-oldest-sibling-birthday = У якому місяці та році народився ваш найстарший брат або сестра? (наприклад, листопад 1985)
question-oldest-sibling-middle-name = Як звати вашого найстаршого брата або сестру?
question-paternal-grandfather-name = Як звати вашого дідуся по батьківській лінії (ім’я та прізвище)?
question-youngest-sibling-middle-name = Як звати вашого наймолодшого брата або сестру?
question-sixth-grade-school = У якій школі ви навчалися в шостому класі?
question-childhood-best-friend-name = Як звали вашого найкращого друга дитинства (ім’я та прізвище)?
question-first-significant-other-name = Як звали ваше перше кохання (ім’я та прізвище)?
question-grade-school-teacher-last-name = Яке прізвище вашого улюбленого вчителя початкових класів?
question-first-car-make-model = Якої марки та моделі був ваш перший автомобіль або мотоцикл?
question-first-school = Як називалася перша школа, у якій ви навчалися?
question-birth-hospital = Як називалася лікарня чи пологовий будинок, де ви народилися?
question-childhood-street = Як називалася вулиця, на якій був ваш перший дім у дитинстві?
question-childhood-hero = Хто був вашим героєм у дитинстві?
question-favorite-stuffed-animal = Як звали вашу улюблену м’яку іграшку?
question-first-pet = Як звали вашого першого домашнього улюбленця?
question-childhood-nickname = Яке у вас було прізвисько в дитинстві?
question-high-school-sport = Який вид спорту ви найбільше любили у старших класах?
question-first-job = Ким ви працювали на своїй першій роботі?
question-childhood-phone-last-digits = Які останні чотири цифри були у вашого домашнього телефону в дитинстві?
question-childhood-ambition = Ким ви в дитинстві мріяли стати, коли виростете?
question-most-famous-person-met = Хто найвідоміша людина, з якою ви зустрічалися?

## Реєстрація відомостей для захисту

method-email = Електронна пошта
method-mobile-phone = Мобільний телефон
method-office-phone = Робочий телефон
method-security-questions = Контрольні запитання
method-questions-count = { $count ->
    [one] Відповідь дано на { $count } запитання
    [few] Відповідь дано на { $count } запитання
    [many] Відповідь дано на { $count } запитань
   *[other] Відповідь дано на { $count } запитання
}
source-authentication = зареєстровано вами для перевірки, не відображається в каталозі
source-directory = з вашого профілю в каталозі
source-administrator = задано адміністратором

prompt-title = Потрібна додаткова інформація
prompt-register-heading = Потрібна додаткова інформація
prompt-register-why = Вашій організації потрібен спосіб підтвердити, що це ви, якщо ви забудете пароль або ваш обліковий запис буде заблоковано. Зареєструйте відомості для захисту зараз, щоб відновлювати доступ самостійно, не звертаючись до служби підтримки.
prompt-register-needed = { $count ->
    [1] Потрібен принаймні один спосіб перевірки.
    [one] Потрібно щонайменше { $count } різний спосіб перевірки.
    [few] Потрібно щонайменше { $count } різні способи перевірки.
    [many] Потрібно щонайменше { $count } різних способів перевірки.
   *[other] Потрібно щонайменше { $count } різного способу перевірки.
}
prompt-next = Далі
prompt-skip = Не зараз
prompt-reconfirm-heading = Ці відомості досі правильні?
prompt-reconfirm-why = Перевірте зареєстровані відомості для захисту. Якщо щось змінилося, оновіть їх, щоб і надалі мати змогу скинути пароль.
prompt-looks-good = Усе правильно
prompt-change = Змінити
prompt-nothing = Більше нічого не потрібно
prompt-go-account = Перейти до облікового запису

wizard-title = Реєстрація відомостей для захисту
wizard-start = Почати знову
wizard-step-of = Крок { $number } з { $total }
wizard-code-label = Код перевірки
wizard-verify = Перевірити
wizard-send-code = Надіслати код
wizard-skip-step = Пропустити цей спосіб
wizard-phone-country = Країна або регіон
wizard-phone-number = Номер телефону
wizard-phone-hint = Без коду країни або з кодом країни, що починається зі знака +.
wizard-phone-channel = Як надіслати код?
wizard-phone-sms = Текстове повідомлення (SMS)
wizard-phone-voice = Голосовий дзвінок
wizard-phone-texted = Ми надіслали SMS-повідомлення з кодом на номер { $number }.
wizard-phone-called = Ми телефонуємо на номер { $number }, щоб продиктувати вам код.
wizard-phone-resend-heading = Не отримали код? Надішліть його ще раз або вкажіть інший номер
wizard-phone-reset-uses = Зараз для скидання пароля використовувався б номер { $number } ({ $source }).
wizard-phone-reset-none = У вас поки немає телефону, який можна використати для скидання пароля.
wizard-phone-precedence = Номер, підтверджений тут, стане вашим телефоном для автентифікації, і для скидання пароля використовуватиметься саме він, а не мобільний телефон із каталогу.
wizard-office-phone = Робочий телефон: { $number }, задано адміністратором. Змінити його тут не можна.
wizard-email-address = Адреса електронної пошти
wizard-email-sent = Ми надіслали лист із кодом на адресу { $address }.
wizard-email-resend-heading = Не отримали лист? Надішліть його ще раз або вкажіть іншу адресу
wizard-email-reset-uses = Зараз для скидання пароля використовувалася б адреса { $address } ({ $source }).
wizard-email-reset-none = У вас поки немає адреси електронної пошти, яку можна використати для скидання пароля.
wizard-email-precedence = Адреса, підтверджена тут, стане вашою адресою електронної пошти для автентифікації, і для скидання пароля використовуватиметься саме вона, а не додаткова адреса з каталогу. Укажіть адресу, відмінну від робочої.
wizard-questions-intro = { $count ->
    [1] Виберіть запитання й дайте на нього відповідь.
    [one] Виберіть { $count } різне запитання й дайте відповідь на кожне з них.
    [few] Виберіть { $count } різні запитання й дайте відповідь на кожне з них.
    [many] Виберіть { $count } різних запитань і дайте відповідь на кожне з них.
   *[other] Виберіть { $count } різного запитання й дайте відповідь на кожне з них.
} Довжина відповіді — від 3 до 40 символів; регістр літер і зайві пробіли не враховуються. Ніхто, зокрема адміністратори, не зможе прочитати ваші відповіді.
wizard-question-label = Запитання { $number }
wizard-answer-label = Відповідь на запитання { $number }
wizard-question-choose = Виберіть запитання
wizard-answers-show = Показати відповіді
wizard-answers-hide = Приховати відповіді
wizard-questions-save = Продовжити
wizard-questions-retype = З міркувань безпеки відповіді ніколи не повертаються на сторінку: введіть їх ще раз.
wizard-summary-heading = Перевірка та збереження
wizard-summary-skipped = Пропущено
wizard-save = Зберегти
wizard-cancel = Скасувати

registration-error-not-signed-in = Ваш сеанс завершився. Увійдіть знову.
registration-error-flow-missing = Термін дії цієї реєстрації минув, або її вже завершено. Почніть знову, щоб продовжити.
registration-error-step-out-of-order = Цей крок зараз недоступний. Продовжте з показаного кроку.
registration-error-phone-missing = Введіть номер телефону.
registration-error-country-needed = Виберіть країну або введіть номер із міжнародним кодом, що починається зі знака +.
registration-error-phone-invalid = Це недійсний номер телефону для вибраної країни.
registration-error-email-missing = Введіть адресу електронної пошти.
registration-error-email-invalid = Введіть адресу електронної пошти у форматі name@example.com.
code-error-missing = Введіть код, який ми вам надіслали.
code-error-malformed = Код складається з 6–8 цифр.
code-error-wrong = { $tries ->
    [1] Неправильний код. У вас залишилася одна спроба.
    [one] Неправильний код. У вас залишилася { $tries } спроба.
    [few] Неправильний код. У вас залишилося { $tries } спроби.
    [many] Неправильний код. У вас залишилося { $tries } спроб.
   *[other] Неправильний код. У вас залишилося { $tries } спроби.
}
code-error-dead = Забагато неправильних кодів. Надішліть новий код.
code-error-expired = Термін дії коду минув. Надішліть новий код.
code-error-used = Цей код уже використано. Надішліть новий код.
code-error-none-sent = Немає активного коду. Надішліть новий код.
code-error-too-many = Надіслано забагато кодів. Зачекайте годину або виберіть інший спосіб.
code-error-delivery-failed = Не вдалося надіслати код. Повторіть спробу або виберіть інший спосіб.
registration-error-question-missing = Виберіть тут запитання.
registration-error-question-not-offered = Виберіть запитання зі списку.
registration-error-question-twice = Ви вже вибрали це запитання. Виберіть інше.
error-answer-missing = Введіть відповідь.
registration-error-answer-too-short = Відповідь має містити щонайменше 3 символи.
registration-error-answer-too-long = Відповідь має містити не більше 40 символів.
registration-error-answer-twice = Ви вже дали цю відповідь на інше запитання. Дайте іншу відповідь.
registration-error-steps-pending = Перед збереженням виконайте або пропустіть кожен крок.
registration-error-nothing-to-save = Нічого не додано. Зареєструйте принаймні один спосіб або натисніть «Скасувати».
registration-error-not-enough-methods = { $needed ->
    [1] Зареєструйте принаймні один спосіб, щоб мати змогу скинути пароль.
    [one] Зареєструйте щонайменше { $needed } різний спосіб, щоб мати змогу скинути пароль.
    [few] Зареєструйте щонайменше { $needed } різні способи, щоб мати змогу скинути пароль.
    [many] Зареєструйте щонайменше { $needed } різних способів, щоб мати змогу скинути пароль.
   *[other] Зареєструйте щонайменше { $needed } різного способу, щоб мати змогу скинути пароль.
}

account-security-info = Відомості для захисту: реєстрація, змінення та видалення
account-security-info-saved = Відомості для захисту збережено.

message-code-email-subject = Ваш код перевірки
message-code-email-body = Ваш код перевірки: { $code }.

    Він дійсний протягом { $minutes ->
        [one] { $minutes } хвилини
       *[other] { $minutes } хвилин
    }. Якщо ви не надсилали запит на код, просто проігноруйте цей лист: без коду нічого не зміниться.
message-code-sms = Ваш код перевірки: { $code }. Дійсний { $minutes } хв.
message-code-voice = Ваш код перевірки: { $code }. Повторюю: { $code }.
message-changed-subject = Ваші відомості для захисту змінено
message-changed-body = Відомості для захисту вашого облікового запису щойно змінено:
    { $changes }

    Якщо цю зміну внесли ви, нічого робити не потрібно. Якщо ні, негайно зверніться до служби підтримки.
message-changed-phone = телефон для автентифікації
message-changed-email = адреса електронної пошти для автентифікації
message-changed-questions = контрольні запитання

country-AR = Аргентина
country-AT = Австрія
country-AU = Австралія
country-BE = Бельгія
country-BR = Бразилія
country-CA = Канада
country-CH = Швейцарія
country-CN = Китай
country-CZ = Чехія
country-DE = Німеччина
country-DK = Данія
country-ES = Іспанія
country-FI = Фінляндія
country-FR = Франція
country-GB = Велика Британія
country-GR = Греція
country-HR = Хорватія
country-HU = Угорщина
country-IE = Ірландія
country-IN = Індія
country-IT = Італія
country-JP = Японія
country-LU = Люксембург
country-MT = Мальта
country-MX = Мексика
country-NL = Нідерланди
country-NO = Норвегія
country-NZ = Нова Зеландія
country-PL = Польща
country-PT = Португалія
country-RO = Румунія
country-SE = Швеція
country-SI = Словенія
country-SK = Словаччина
country-SM = Сан-Марино
country-TR = Туреччина
country-UA = Україна
country-US = США
country-VA = Ватикан
country-ZA = ПАР
registration-error-reauth-required = З міркувань безпеки введіть пароль ще раз, перш ніж змінювати відомості для захисту.
registration-error-method-not-changeable = Цей спосіб не можна змінити тут.
registration-error-wrong-password = Неправильний пароль.
registration-error-too-many-password-tries = Забагато спроб введення неправильного пароля. Зачекайте кілька хвилин і повторіть спробу.

security-info-title = Відомості для захисту
security-info-back = Повернутися до облікового запису
security-info-usable = { $usable ->
    [1] Для скидання пароля можна використати один із ваших способів
   *[other] Для скидання пароля можна використати { $usable } з ваших способів
}; потрібно { $required ->
    [1] один.
    [one] { $required } різний.
    [few] { $required } різні.
    [many] { $required } різних.
   *[other] { $required } різного.
}
security-info-not-set = Не задано
security-info-add = Додати
security-info-change = Змінити
security-info-delete = Видалити
security-info-deleted = Спосіб видалено.
security-info-delete-title = Видалення способу
security-info-delete-confirm = Видалити «{ $method }» з відомостей для захисту?
security-info-delete-warning = { $required ->
    [1] Після цього у вас не залишиться жодного способу, і ви більше не зможете самостійно скинути пароль.
    [one] Після цього у вас залишиться менше ніж { $required } спосіб, і ви більше не зможете самостійно скинути пароль.
    [few] Після цього у вас залишиться менше ніж { $required } способи, і ви більше не зможете самостійно скинути пароль.
    [many] Після цього у вас залишиться менше ніж { $required } способів, і ви більше не зможете самостійно скинути пароль.
   *[other] Після цього у вас залишиться менше ніж { $required } способу, і ви більше не зможете самостійно скинути пароль.
}
reauth-title = Підтвердьте, що це ви
reauth-submit = Продовжити

## Сповіщення про скидання пароля

message-reset-subject = Ваш пароль скинуто
message-reset-body = Вітаємо!

    Пароль вашого облікового запису щойно скинуто через портал самостійного скидання пароля, а всі сеанси завершено.

    Якщо це зробили ви, більше нічого робити не потрібно. Якщо ні, негайно зверніться до адміністратора.

    Вхід: { $url }
message-unlocked-subject = Ваш обліковий запис розблоковано
message-unlocked-body = Вітаємо!

    Ваш обліковий запис щойно розблоковано через портал самостійного скидання пароля. Пароль не змінився.

    Якщо це зробили не ви, негайно зверніться до адміністратора.

    Вхід: { $url }
message-admin-reset-subject = Адміністратор { $admin } скинув свій пароль
message-admin-reset-body = Вітаємо!

    Адміністратор { $admin } щойно скинув власний пароль через портал самостійного скидання пароля.

    Якщо ви цього не очікували, уточніть у цього адміністратора та перегляньте журнал аудиту.

    Портал: { $url }

## Нижній колонтитул листів і відправник SMS

email-footer-sent-by = Це автоматичне повідомлення. Відправник: { $organisation }.
email-footer-privacy = Конфіденційність
email-footer-terms = Умови використання
email-footer-helpdesk = Служба підтримки
message-from-organisation = { $organisation }: { $text }
