### Русский (ru). Register: formal "вы" (lowercase) and neutral imperative ("Введите", "Выберите"), as in Microsoft's Russian product UI.
### Glossary:
###   password = пароль
###   security info = сведения для защиты
###   verification code = код проверки
###   security question = контрольный вопрос
###   helpdesk = служба поддержки
###   administrator = администратор
###   sign in = войти (вход)
###   sign out = выйти
###   account = учетная запись
###   user name = имя пользователя
###   reset = сбросить (сброс)
###   unlock = разблокировать
###   authentication phone / email = телефон / адрес электронной почты для проверки подлинности
###   directory = каталог
###   text message = SMS-сообщение

## Общее для всех страниц

product-name = Самообслуживание учетной записи
skip-to-content = Перейти к основному содержимому
loading = Загрузка…
language-label = Язык
# Отображается в списке выбора языка: название этого языка на этом же языке.
language-name = Русский
language-apply = Сменить язык
password-show = Показать пароль
password-hide = Скрыть пароль

## Ошибки

error-user-name-missing = Введите имя пользователя.
error-user-name-invalid = Это не похоже на имя пользователя. Проверьте введенные данные и повторите попытку.
error-password-missing = Введите пароль.
error-invalid-credentials = Неверное имя пользователя или пароль. Проверьте оба значения и повторите попытку.
error-account-locked = Ваша учетная запись заблокирована. Чтобы разблокировать ее, выберите ниже «Не удается получить доступ к учетной записи?» или обратитесь в службу поддержки.
error-sign-in-paused = Для этого имени пользователя было слишком много неудачных попыток входа. В целях защиты учетной записи вход приостановлен до { $until }. Если вы забыли пароль, его можно сбросить прямо сейчас.
error-sign-in-busy-address = Из вашей сети было слишком много неудачных попыток входа. Подождите час и повторите попытку.
error-unavailable = На нашей стороне что-то пошло не так. Повторите попытку через несколько минут.
error-transport = Не удалось связаться с сервером. Проверьте подключение и повторите попытку.

## Страница входа

sign-in-title = Вход
sign-in-heading = Вход в учетную запись
sign-in-user-name = Имя пользователя
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-cant-access = Не удается получить доступ к учетной записи?

## Страница учетной записи

account-title = Ваша учетная запись
account-heading = Ваша учетная запись
account-signed-in-as = Вы вошли как
account-sign-out = Выйти
account-signed-out = Вы не вошли в систему.
account-go-sign-in = Перейти ко входу

## Сброс пароля

reset-title = Сброс пароля
reset-heading = Восстановление доступа к учетной записи
reset-back-to-sign-in = Вернуться ко входу
reset-intro = Введите имя пользователя: мы поможем вам подтвердить, что это действительно вы, после чего вы сможете выбрать новый пароль.
reset-user-id = Имя пользователя
reset-user-id-hint = Обычно это ваш рабочий адрес электронной почты, например name@contoso.example.
reset-next = Далее
captcha-question = Чтобы подтвердить, что вы человек, ответьте: сколько будет { $a } плюс { $b }?
captcha-hint = Введите ответ цифрами.
captcha-checking = Проверяем, что вы человек…
captcha-done = Готово: ваш браузер подтвердил, что вы человек. Нажмите «Далее», чтобы продолжить.
reset-start-again = Начать заново
reset-verify-heading = Подтвердите, что это вы
reset-gate-of = Проверка { $number } из { $total }
reset-gate-legend = Как вы хотите получить код проверки?
reset-gate-email = Отправить код по электронной почте на адрес { $destination }
reset-gate-mobile-sms = Отправить код в SMS-сообщении на мобильный телефон { $destination }
reset-gate-mobile-voice = Позвонить на мобильный телефон { $destination }
reset-gate-office-voice = Позвонить на рабочий телефон { $destination }
reset-gate-questions = Ответить на контрольные вопросы
reset-code-sent-email = Мы отправили письмо с кодом проверки на адрес { $destination }.
reset-code-sent-sms = Мы отправили SMS-сообщение с кодом проверки на номер { $destination }.
reset-code-sent-voice = Мы звоним на номер { $destination }, чтобы продиктовать вам код проверки.
reset-code-resend = Отправить новый код
reset-other-method = Использовать другой способ
reset-questions-heading = Ответьте на контрольные вопросы
reset-password-heading = Выберите новый пароль
reset-password-hint = { $min ->
    [1] Пароль должен содержать хотя бы один символ.
    [one] Пароль должен содержать не менее { $min } символа. Лучше всего подходит длинная фраза, которую вы сможете запомнить; не используйте свое имя и распространенные пароли.
    [few] Пароль должен содержать не менее { $min } символов. Лучше всего подходит длинная фраза, которую вы сможете запомнить; не используйте свое имя и распространенные пароли.
    [many] Пароль должен содержать не менее { $min } символов. Лучше всего подходит длинная фраза, которую вы сможете запомнить; не используйте свое имя и распространенные пароли.
   *[other] Пароль должен содержать не менее { $min } символа. Лучше всего подходит длинная фраза, которую вы сможете запомнить; не используйте свое имя и распространенные пароли.
}
reset-password-new = Новый пароль
reset-password-confirm = Подтвердите новый пароль
reset-password-strength-0 = Примерная надежность: очень низкая
reset-password-strength-1 = Примерная надежность: низкая
reset-password-strength-2 = Примерная надежность: средняя
reset-password-strength-3 = Примерная надежность: высокая
reset-password-strength-4 = Примерная надежность: очень высокая
reset-password-strength-note = Это оценка, которую выполняет ваш браузер, чтобы помочь вам с выбором. Будет ли пароль принят, определяют правила, указанные выше.
reset-password-submit = Сбросить пароль
reset-unlock-only-text = Ваша учетная запись заблокирована. Если вы помните пароль, можно разблокировать учетную запись и сохранить прежний пароль.
reset-unlock-only = Только разблокировать
reset-contact-heading = Обратитесь к администратору
reset-contact-text = Здесь нельзя сбросить пароль. Администратор поможет вам восстановить доступ к учетной записи.
reset-contact-helpdesk = Обратиться в службу поддержки
reset-done-heading = Пароль сброшен
reset-done-text = Вы вышли из системы на всех устройствах. Войдите с новым паролем.
reset-unlocked-heading = Учетная запись разблокирована
reset-unlocked-text = Войдите с текущим паролем.
reset-go-sign-in = Перейти ко входу
reset-error-flow-missing = Срок действия запроса на сброс истек, или сброс не был начат. Начните заново.
reset-error-step-out-of-order = Этот шаг сейчас недоступен. Продолжите с этой страницы.
reset-error-user-id-missing = Введите имя пользователя.
reset-error-user-id-invalid = Введите имя пользователя в формате адреса электронной почты, например name@contoso.example.
reset-error-captcha-failed = Не удалось проверить, что вы человек. Повторите попытку.
reset-error-gate-missing = Выберите, как вы хотите получить код.
reset-error-code-dead = Слишком много неверных кодов. Отправьте новый код или используйте другой способ.
reset-error-answers-wrong = Один или несколько ответов неверны. Проверьте их и повторите попытку.
reset-error-blocked = Вы сделали слишком много попыток. В целях безопасности самостоятельный сброс пароля для этой учетной записи приостановлен до { $until }.
reset-error-busy-address = Из вашей сети было слишком много попыток. Подождите час и повторите попытку.
reset-error-passwords-differ = Пароли не совпадают.
reset-error-password-too-short = { $min ->
    [1] Пароль должен содержать хотя бы один символ.
    [one] Пароль должен содержать не менее { $min } символа.
    [few] Пароль должен содержать не менее { $min } символов.
    [many] Пароль должен содержать не менее { $min } символов.
   *[other] Пароль должен содержать не менее { $min } символа.
}
reset-error-password-missing = Введите новый пароль.
reset-error-password-common = Этот пароль входит в список паролей, которые злоумышленники пробуют в первую очередь. Выберите другой, например фразу из нескольких не связанных между собой слов.
reset-error-password-control = Пароль не может содержать разрывы строк, символы табуляции и другие управляющие символы. Введите его еще раз без них.
reset-error-write-unconfirmed = Не удалось подтвердить, что новый пароль сохранен. Выберите его еще раз: новый выбор заменит все, что могло быть сохранено.
reset-writing = Изменение сохраняется. Обновите эту страницу через несколько секунд.
reset-error-password-too-long = Пароль должен содержать не более 256 символов.
reset-error-password-contains-name = Не используйте имя пользователя в пароле.
reset-error-write-failed = Не удалось сохранить изменение в каталоге, поэтому ничего не изменено. Повторите попытку через несколько секунд.

## Фирменная символика организации на каждой странице

footer-label = Ссылки организации
footer-privacy = Конфиденциальность
footer-terms = Условия использования
footer-helpdesk = Служба поддержки

## Студия фирменной символики (/admin/branding, для администраторов фирменной символики)

studio-title = Студия фирменной символики
studio-heading-layer = Параметры: { $layer }
studio-back = Вернуться в студию фирменной символики
studio-preview-banner = Вы просматриваете неопубликованную фирменную символику. Никто другой не увидит ее, пока она не будет опубликована.
studio-preview-stop = Остановить предварительный просмотр
studio-layer-label = Параметры для
studio-layer-open = Открыть
studio-layer-default = По умолчанию (все языки)
studio-layer-overridden = { $language } (собственные параметры)
studio-inherited = Если поле пустое: { $value }
studio-as-default = Как в параметрах по умолчанию
studio-as-product = Как выглядит портал без фирменной символики
studio-show = Показать
studio-hide = Скрыть
studio-save = Сохранить черновик
studio-section-identity = Организация
studio-section-colours = Цвета
studio-colours-hint = Указывайте цвета в формате #rrggbb, например #0b5cad. Текст и кнопки должны достаточно выделяться на фоне, чтобы их мог прочитать каждый, поэтому перед публикацией студия проверяет контрастность.
studio-section-layout = Макет
studio-section-sign-in = Страница входа
studio-section-links = Ссылки в нижнем колонтитуле
studio-section-css = Настраиваемый CSS
studio-css-hint = Правила для имен классов, перечисленных в справочнике по CSS портала. Изображения можно брать только из загруженных здесь. Не более 25 КБ.
studio-section-images = Изображения
studio-section-publish = Публикация
studio-section-publications = Публикации
studio-field-organisation-name = Название организации
studio-field-colour-primary = Кнопки и ссылки
studio-field-colour-primary-text = Текст на кнопках
studio-field-colour-header = Полоса заголовка
studio-field-colour-header-text = Текст на полосе заголовка
studio-field-colour-text = Текст
studio-field-colour-page = Фон страницы
studio-field-colour-card = Фон карточки
studio-field-colour-focus = Рамка фокуса клавиатуры
studio-field-layout = Макет страницы
studio-layout-full-bleed = Фоновое изображение на всю страницу
studio-layout-plain = Однотонный цвет страницы
studio-field-show-header = Показывать полосу заголовка
studio-field-show-footer = Показывать нижний колонтитул
studio-field-sign-in-text = Текст страницы входа
studio-field-user-name-hint = Подсказка имени пользователя
studio-field-cant-access-label = Текст ссылки для тех, кто не может войти
studio-field-show-reset-link = Ссылка для тех, кто не может войти
studio-field-privacy-url = Адрес заявления о конфиденциальности
studio-field-terms-url = Адрес условий использования
studio-field-helpdesk-url = Адрес службы поддержки (веб-адрес или электронная почта)
studio-field-custom-css = Настраиваемый CSS
studio-field-image-banner-logo = Логотип баннера
studio-field-image-square-logo = Квадратный логотип
studio-field-image-square-logo-dark = Квадратный логотип для темного фона
studio-field-image-favicon = Значок сайта (favicon)
studio-field-image-background = Фоновое изображение
studio-image-limits = { $kinds }; не более { $kilobytes } КБ; размер в пикселях — не более { $width } × { $height }.
studio-image-upload = Загрузить: { $slot }
studio-image-remove = Удалить: { $slot }
studio-image-current = Текущее изображение: { $slot }
studio-live-heading = Просмотр в реальном времени
studio-live-caption = Отражает указанные выше цвета и тексты по мере ввода, еще до сохранения.
studio-preview = Просмотреть черновик на реальных страницах
studio-email-preview = Просмотреть письмо с оформлением из черновика
studio-publish = Опубликовать
studio-state-never-published = Пока ничего не опубликовано: все видят портал без фирменной символики.
studio-state-published = Действует версия { $version }.
studio-state-unpublished-changes = В черновике есть неопубликованные изменения.
studio-problems-heading = Исправьте эти ошибки перед публикацией
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: контрастность пары «{ $pair }» — { $ratio }; требуется не менее { $minimum }.
studio-problem-too-long = { $max ->
    [one] используйте не более { $max } символа.
    [few] используйте не более { $max } символов.
    [many] используйте не более { $max } символов.
   *[other] используйте не более { $max } символа.
}
studio-problem-control-character = удалите управляющие символы (например, знаки табуляции).
studio-problem-not-a-colour = укажите цвет в виде # и шести шестнадцатеричных цифр, например #0b5cad.
studio-problem-link-not-https = веб-адреса должны начинаться с https://.
studio-problem-link-invalid = укажите веб-адрес, начинающийся с https://, или адрес электронной почты.
studio-problem-css = строка { $line }: { $reason }
studio-css-too-long = таблица стилей больше 25 КБ.
studio-css-import = @import не допускается; поместите правила сюда.
studio-css-external-url = url() может указывать только на изображение, загруженное в студии.
studio-css-expression = expression(), behavior и -moz-binding не допускаются.
studio-css-at-rule = допускаются только @media, @supports, @layer, @container, @font-face и @keyframes.
studio-css-markup = последовательность </ не допускается.
studio-css-unparsable = это недопустимый CSS (проверьте, не пропущены ли фигурная скобка, двоеточие или кавычка).
studio-pair-text-on-page = текст и фон страницы
studio-pair-text-on-card = текст и фон карточки
studio-pair-button-text-on-primary = текст кнопок и кнопки
studio-pair-header-text-on-header = текст заголовка и полоса заголовка
studio-pair-focus-on-page = рамка фокуса и фон страницы
studio-column-version = Версия
studio-column-when = Опубликовано
studio-column-who = Кем
studio-column-note = Примечание
studio-column-action = Действие
studio-publication-live = Действует сейчас
studio-publication-restored = Восстанавливает версию { $version }
studio-roll-back = Опубликовать версию { $version } повторно
studio-done-saved = Черновик сохранен. Просмотрите его, а затем опубликуйте, когда он будет готов.
studio-done-uploaded = Изображение добавлено в черновик.
studio-done-removed = Изображение удалено из черновика.
studio-done-published = Опубликовано. Через несколько секунд новая фирменная символика появится на всех страницах.
studio-done-rolled-back = Предыдущая версия снова действует и теперь также является черновиком.
studio-done-preview-stopped = Предварительный просмотр завершен.
studio-refused-publish = Ничего не опубликовано: сначала исправьте перечисленные ниже ошибки.
studio-refused-no-such-version = Такой версии не существует. Ничего не изменено.
studio-refused-unavailable = Не удалось сохранить изменение. Ничего не изменено; повторите попытку.
studio-refused-empty = Изображение «{ $slot }» не загружено: файл не выбран или он пуст. Ничего не изменено.
studio-refused-too-many-bytes = Изображение «{ $slot }» не загружено: размер файла больше { $kilobytes } КБ. Ничего не изменено.
studio-refused-unknown-type = Изображение «{ $slot }» не загружено: файл не является изображением PNG, JPEG или WebP (или рисунком SVG — для логотипов), как бы он ни назывался. Ничего не изменено.
studio-refused-svg-not-allowed = Изображение «{ $slot }» не загружено: рисунки SVG принимаются только для логотипов. Используйте PNG, JPEG или WebP. Ничего не изменено.
studio-refused-too-many-pixels = Изображение «{ $slot }» не загружено: его размер в пикселях больше { $width } × { $height }. Ничего не изменено.
studio-refused-undecodable = Изображение «{ $slot }» не загружено: изображение повреждено, и его не удалось прочитать. Ничего не изменено.
studio-refused-svg-unparsable = Изображение «{ $slot }» не загружено: не удалось прочитать рисунок SVG. Ничего не изменено.
studio-refused-svg-doctype = Изображение «{ $slot }» не загружено: рисунки SVG с DOCTYPE или сущностями не принимаются. Ничего не изменено.
studio-refused-svg-script = Изображение «{ $slot }» не загружено: рисунок SVG содержит скрипт. Ничего не изменено.
studio-refused-svg-foreign-object = Изображение «{ $slot }» не загружено: рисунок SVG внедряет другое содержимое (foreignObject). Ничего не изменено.
studio-refused-svg-event-handler = Изображение «{ $slot }» не загружено: рисунок SVG содержит обработчики событий (атрибуты on…). Ничего не изменено.
studio-refused-svg-external-reference = Изображение «{ $slot }» не загружено: рисунок SVG ссылается на внешние файлы или адреса. Ничего не изменено.
studio-refused-svg-too-complex = Изображение «{ $slot }» не загружено: рисунок SVG слишком сложный. Упростите его и повторите попытку. Ничего не изменено.
studio-refused-svg-marker = Изображение «{ $slot }» не загружено: маркеры SVG не поддерживаются. Ничего не изменено.

## Страница не найдена

not-found-title = Страница не найдена
not-found-heading = Не удалось найти эту страницу.

## Исходящие (демонстрация; только в демонстрационном режиме)

outbox-title = Исходящие (демонстрация)
outbox-heading = Исходящие (демонстрация)
outbox-banner-heading = Демонстрационный режим
outbox-banner-text = Эта страница есть только в демонстрационном режиме. Сообщения на самом деле не отправляются: письма, SMS-сообщения и голосовые звонки вместо этого сохраняются здесь вместе с одноразовыми кодами, чтобы вы могли опробовать портал. Никогда не запускайте рабочий портал в демонстрационном режиме.
outbox-caption = { $limit ->
    [1] Последнее сообщение
    [one] Последние { $limit } сообщение, сначала новые
    [few] Последние { $limit } сообщения, сначала новые
    [many] Последние { $limit } сообщений, сначала новые
   *[other] Последние { $limit } сообщения, сначала новые
}
outbox-empty = Сообщений пока нет. Здесь будут отображаться коды и уведомления, отправленные порталом.
outbox-time = Время
outbox-channel = Канал
outbox-recipient = Получатель
outbox-subject = Тема
outbox-body = Сообщение
outbox-channel-email = Электронная почта
outbox-channel-sms = SMS-сообщение
outbox-channel-voice = Голосовой звонок

## Стандартные контрольные вопросы (их идентификаторы хранятся в базе; никогда не переименовывайте ключи)

question-city-met-partner = В каком городе вы познакомились со своим первым супругом или партнером?
question-city-parents-met = В каком городе познакомились ваши родители?
question-city-nearest-sibling = В каком городе живет ваш ближайший по возрасту брат или сестра?
question-city-father-born = В каком городе родился ваш отец?
question-city-first-job = В каком городе была ваша первая работа?
question-city-mother-born = В каком городе родилась ваша мать?
question-city-new-year-2000 = В каком городе вы встречали 2000 год?
question-high-school-teacher-last-name = Какая фамилия у вашего любимого учителя в старших классах?
question-college-applied-not-attended = Как называется вуз, в который вы подавали документы, но в котором не стали учиться?
question-first-wedding-reception-place = Как называлось место, где отмечали вашу первую свадьбу?
question-father-middle-name = Какое отчество у вашего отца?
question-favorite-food = Какое ваше любимое блюдо?
question-maternal-grandmother-name = Как зовут вашу бабушку по материнской линии (имя и фамилия)?
question-mother-middle-name = Какая девичья фамилия у вашей матери?
question-oldest-sibling-birthday = В каком месяце и году родился ваш старший брат или старшая сестра? (например, ноябрь 1985)
question-oldest-sibling-middle-name = Как зовут вашего старшего брата или старшую сестру?
question-paternal-grandfather-name = Как зовут вашего дедушку по отцовской линии (имя и фамилия)?
question-youngest-sibling-middle-name = Как зовут вашего младшего брата или младшую сестру?
question-sixth-grade-school = В какой школе вы учились в шестом классе?
question-childhood-best-friend-name = Как звали вашего лучшего друга детства (имя и фамилия)?
question-first-significant-other-name = Как звали вашу первую любовь (имя и фамилия)?
question-grade-school-teacher-last-name = Какая фамилия у вашего любимого учителя начальных классов?
question-first-car-make-model = Какой марки и модели был ваш первый автомобиль или мотоцикл?
question-first-school = Как называлась первая школа, в которой вы учились?
question-birth-hospital = Как называлась больница или роддом, где вы родились?
question-childhood-street = Как называлась улица, на которой находился дом вашего детства?
question-childhood-hero = Кто был вашим героем в детстве?
question-favorite-stuffed-animal = Как звали вашу любимую мягкую игрушку?
question-first-pet = Как звали вашего первого домашнего питомца?
question-childhood-nickname = Какое у вас было прозвище в детстве?
question-high-school-sport = Какой вид спорта вы больше всего любили в старших классах?
question-first-job = Кем вы работали на своей первой работе?
question-childhood-phone-last-digits = Какие последние четыре цифры были у вашего домашнего телефона в детстве?
question-childhood-ambition = Кем вы в детстве хотели стать, когда вырастете?
question-most-famous-person-met = Кто самый известный человек, с которым вы встречались?

## Регистрация сведений для защиты

method-email = Электронная почта
method-mobile-phone = Мобильный телефон
method-office-phone = Рабочий телефон
method-security-questions = Контрольные вопросы
method-questions-count = { $count ->
    [one] Отвечено на { $count } вопрос
    [few] Отвечено на { $count } вопроса
    [many] Отвечено на { $count } вопросов
   *[other] Отвечено на { $count } вопроса
}
source-authentication = зарегистрирован вами для проверки, не отображается в каталоге
source-directory = из вашего профиля в каталоге
source-administrator = задан администратором

prompt-title = Требуется дополнительная информация
prompt-register-heading = Требуется дополнительная информация
prompt-register-why = Вашей организации нужен способ подтвердить, что это вы, если вы забудете пароль или ваша учетная запись будет заблокирована. Зарегистрируйте сведения для защиты сейчас, чтобы восстанавливать доступ самостоятельно, не обращаясь в службу поддержки.
prompt-register-needed = { $count ->
    [1] Требуется хотя бы один способ проверки.
    [one] Требуется не менее { $count } разного способа проверки.
    [few] Требуется не менее { $count } разных способов проверки.
    [many] Требуется не менее { $count } разных способов проверки.
   *[other] Требуется не менее { $count } разных способов проверки.
}
prompt-next = Далее
prompt-skip = Не сейчас
prompt-reconfirm-heading = Эти сведения по-прежнему верны?
prompt-reconfirm-why = Проверьте зарегистрированные сведения для защиты. Если что-то изменилось, обновите их, чтобы и дальше иметь возможность сбросить пароль.
prompt-looks-good = Все верно
prompt-change = Изменить
prompt-nothing = Больше ничего не требуется
prompt-go-account = Перейти к учетной записи

wizard-title = Регистрация сведений для защиты
wizard-start = Начать заново
wizard-step-of = Шаг { $number } из { $total }
wizard-code-label = Код проверки
wizard-verify = Проверить
wizard-send-code = Отправить код
wizard-skip-step = Пропустить этот способ
wizard-phone-country = Страна или регион
wizard-phone-number = Номер телефона
wizard-phone-hint = Без кода страны или с кодом страны, начиная со знака +.
wizard-phone-channel = Как отправить код?
wizard-phone-sms = Текстовое сообщение (SMS)
wizard-phone-voice = Голосовой звонок
wizard-phone-texted = Мы отправили SMS-сообщение с кодом на номер { $number }.
wizard-phone-called = Мы звоним на номер { $number }, чтобы продиктовать вам код.
wizard-phone-resend-heading = Не получили код? Отправьте его еще раз или укажите другой номер
wizard-phone-reset-uses = Сейчас для сброса пароля использовался бы номер { $number } ({ $source }).
wizard-phone-reset-none = У вас пока нет телефона, который можно использовать для сброса пароля.
wizard-phone-precedence = Номер, подтвержденный здесь, станет вашим телефоном для проверки подлинности, и при сбросе пароля будет использоваться он, а не мобильный телефон из каталога.
wizard-office-phone = Рабочий телефон: { $number }, задан администратором. Изменить его здесь нельзя.
wizard-email-address = Адрес электронной почты
wizard-email-sent = Мы отправили письмо с кодом на адрес { $address }.
wizard-email-resend-heading = Не получили письмо? Отправьте его еще раз или укажите другой адрес
wizard-email-reset-uses = Сейчас для сброса пароля использовался бы адрес { $address } ({ $source }).
wizard-email-reset-none = У вас пока нет адреса электронной почты, который можно использовать для сброса пароля.
wizard-email-precedence = Адрес, подтвержденный здесь, станет вашим адресом электронной почты для проверки подлинности, и при сбросе пароля будет использоваться он, а не дополнительный адрес из каталога. Укажите адрес, отличный от рабочего.
wizard-questions-intro = { $count ->
    [1] Выберите вопрос и ответьте на него.
    [one] Выберите { $count } разный вопрос и ответьте на каждый из них.
    [few] Выберите { $count } разных вопроса и ответьте на каждый из них.
    [many] Выберите { $count } разных вопросов и ответьте на каждый из них.
   *[other] Выберите { $count } разных вопроса и ответьте на каждый из них.
} Длина ответа — от 3 до 40 символов; регистр букв и лишние пробелы не учитываются. Никто, включая администраторов, не сможет прочитать ваши ответы.
wizard-question-label = Вопрос { $number }
wizard-answer-label = Ответ на вопрос { $number }
wizard-question-choose = Выберите вопрос
wizard-answers-show = Показать ответы
wizard-answers-hide = Скрыть ответы
wizard-questions-save = Продолжить
wizard-questions-retype = В целях безопасности ответы никогда не возвращаются на страницу: введите их еще раз.
wizard-summary-heading = Проверка и сохранение
wizard-summary-skipped = Пропущено
wizard-save = Сохранить
wizard-cancel = Отмена

registration-error-not-signed-in = Ваш сеанс завершен. Войдите снова.
registration-error-flow-missing = Срок действия этой регистрации истек, или она уже завершена. Начните заново, чтобы продолжить.
registration-error-step-out-of-order = Этот шаг сейчас недоступен. Продолжите с показанного шага.
registration-error-phone-missing = Введите номер телефона.
registration-error-country-needed = Выберите страну или введите номер с международным кодом, начиная со знака +.
registration-error-phone-invalid = Это недопустимый номер телефона для выбранной страны.
registration-error-email-missing = Введите адрес электронной почты.
registration-error-email-invalid = Введите адрес электронной почты в формате name@example.com.
code-error-missing = Введите код, который мы вам отправили.
code-error-malformed = Код состоит из 6–8 цифр.
code-error-wrong = { $tries ->
    [1] Неверный код. У вас осталась одна попытка.
    [one] Неверный код. У вас осталась { $tries } попытка.
    [few] Неверный код. У вас осталось { $tries } попытки.
    [many] Неверный код. У вас осталось { $tries } попыток.
   *[other] Неверный код. У вас осталось { $tries } попытки.
}
code-error-dead = Слишком много неверных кодов. Отправьте новый код.
code-error-expired = Срок действия кода истек. Отправьте новый код.
code-error-used = Этот код уже использован. Отправьте новый код.
code-error-none-sent = Нет активного кода. Отправьте новый код.
code-error-too-many = Отправлено слишком много кодов. Подождите час или выберите другой способ.
code-error-delivery-failed = Не удалось отправить код. Повторите попытку или выберите другой способ.
registration-error-question-missing = Выберите здесь вопрос.
registration-error-question-not-offered = Выберите вопрос из списка.
registration-error-question-twice = Вы уже выбрали этот вопрос. Выберите другой.
error-answer-missing = Введите ответ.
registration-error-answer-too-short = Ответ должен содержать не менее 3 символов.
registration-error-answer-too-long = Ответ должен содержать не более 40 символов.
registration-error-answer-twice = Вы уже дали этот ответ на другой вопрос. Дайте другой ответ.
registration-error-steps-pending = Перед сохранением выполните или пропустите каждый шаг.
registration-error-nothing-to-save = Ничего не добавлено. Зарегистрируйте хотя бы один способ или нажмите «Отмена».
registration-error-not-enough-methods = { $needed ->
    [1] Зарегистрируйте хотя бы один способ, чтобы иметь возможность сбросить пароль.
    [one] Зарегистрируйте не менее { $needed } разного способа, чтобы иметь возможность сбросить пароль.
    [few] Зарегистрируйте не менее { $needed } разных способов, чтобы иметь возможность сбросить пароль.
    [many] Зарегистрируйте не менее { $needed } разных способов, чтобы иметь возможность сбросить пароль.
   *[other] Зарегистрируйте не менее { $needed } разных способов, чтобы иметь возможность сбросить пароль.
}

account-security-info = Сведения для защиты: регистрация, изменение и удаление
account-security-info-saved = Сведения для защиты сохранены.

message-code-email-subject = Ваш код проверки
message-code-email-body = Ваш код проверки: { $code }.

    Он действителен в течение { $minutes ->
        [one] { $minutes } минуты
       *[other] { $minutes } минут
    }. Если вы не запрашивали код, просто проигнорируйте это письмо: без кода ничего не изменится.
message-code-sms = Ваш код проверки: { $code }. Действителен { $minutes } мин.
message-code-voice = Ваш код проверки: { $code }. Повторяю: { $code }.
message-changed-subject = Ваши сведения для защиты изменены
message-changed-body = Сведения для защиты вашей учетной записи только что изменены:
    { $changes }

    Если это изменение внесли вы, ничего делать не нужно. Если нет, немедленно обратитесь в службу поддержки.
message-changed-phone = телефон для проверки подлинности
message-changed-email = адрес электронной почты для проверки подлинности
message-changed-questions = контрольные вопросы

country-AR = Аргентина
country-AT = Австрия
country-AU = Австралия
country-BE = Бельгия
country-BR = Бразилия
country-CA = Канада
country-CH = Швейцария
country-CN = Китай
country-CZ = Чехия
country-DE = Германия
country-DK = Дания
country-ES = Испания
country-FI = Финляндия
country-FR = Франция
country-GB = Великобритания
country-GR = Греция
country-HR = Хорватия
country-HU = Венгрия
country-IE = Ирландия
country-IN = Индия
country-IT = Италия
country-JP = Япония
country-LU = Люксембург
country-MT = Мальта
country-MX = Мексика
country-NL = Нидерланды
country-NO = Норвегия
country-NZ = Новая Зеландия
country-PL = Польша
country-PT = Португалия
country-RO = Румыния
country-SE = Швеция
country-SI = Словения
country-SK = Словакия
country-SM = Сан-Марино
country-TR = Турция
country-UA = Украина
country-US = США
country-VA = Ватикан
country-ZA = ЮАР
registration-error-reauth-required = В целях безопасности введите пароль еще раз, прежде чем изменять сведения для защиты.
registration-error-method-not-changeable = Этот способ нельзя изменить здесь.
registration-error-wrong-password = Неверный пароль.
registration-error-too-many-password-tries = Слишком много попыток ввода неверного пароля. Подождите несколько минут и повторите попытку.

security-info-title = Сведения для защиты
security-info-back = Вернуться к учетной записи
security-info-usable = { $usable ->
    [1] Для сброса пароля можно использовать один из ваших способов
   *[other] Для сброса пароля можно использовать { $usable } из ваших способов
}; требуется { $required ->
    [1] один.
    [one] { $required } разный.
    [few] { $required } разных.
    [many] { $required } разных.
   *[other] { $required } разных.
}
security-info-not-set = Не задано
security-info-add = Добавить
security-info-change = Изменить
security-info-delete = Удалить
security-info-deleted = Способ удален.
security-info-delete-title = Удаление способа
security-info-delete-confirm = Удалить «{ $method }» из сведений для защиты?
security-info-delete-warning = { $required ->
    [1] После этого у вас не останется ни одного способа, и вы больше не сможете самостоятельно сбросить пароль.
    [one] После этого у вас останется меньше { $required } способа, и вы больше не сможете самостоятельно сбросить пароль.
    [few] После этого у вас останется меньше { $required } способов, и вы больше не сможете самостоятельно сбросить пароль.
    [many] После этого у вас останется меньше { $required } способов, и вы больше не сможете самостоятельно сбросить пароль.
   *[other] После этого у вас останется меньше { $required } способа, и вы больше не сможете самостоятельно сбросить пароль.
}
reauth-title = Подтвердите, что это вы
reauth-submit = Продолжить

## Уведомления о сбросе пароля

message-reset-subject = Ваш пароль сброшен
message-reset-body = Здравствуйте!

    Пароль вашей учетной записи только что был сброшен через портал самостоятельного сброса пароля, и все сеансы завершены.

    Если это сделали вы, больше ничего делать не нужно. Если нет, немедленно обратитесь к администратору.

    Вход: { $url }
message-unlocked-subject = Ваша учетная запись разблокирована
message-unlocked-body = Здравствуйте!

    Ваша учетная запись только что была разблокирована через портал самостоятельного сброса пароля. Пароль не изменился.

    Если это сделали не вы, немедленно обратитесь к администратору.

    Вход: { $url }
message-admin-reset-subject = Администратор { $admin } сбросил свой пароль
message-admin-reset-body = Здравствуйте!

    Администратор { $admin } только что сбросил собственный пароль через портал самостоятельного сброса пароля.

    Если вы этого не ожидали, уточните у этого администратора и проверьте журнал аудита.

    Портал: { $url }

## Нижний колонтитул писем и отправитель SMS

email-footer-sent-by = Это автоматическое сообщение. Отправитель: { $organisation }.
email-footer-privacy = Конфиденциальность
email-footer-terms = Условия использования
email-footer-helpdesk = Служба поддержки
message-from-organisation = { $organisation }: { $text }
