### Polski (pl). Register: second-person singular imperative ("Wprowadź", "Wybierz"), as in Microsoft's Polish product UI;
### "Ty/Twój/Ci/Cię" capitalized; gendered past-tense forms avoided with impersonal phrasing (only question-birth-hospital uses "(-aś)").
### Glossary:
###   password = hasło
###   security info = informacje zabezpieczające
###   verification code = kod weryfikacyjny
###   security question = pytanie zabezpieczające
###   helpdesk = dział pomocy technicznej
###   administrator = administrator
###   sign in / sign out = zaloguj się / wyloguj się (logowanie)
###   reset (password) = zresetuj, resetowanie hasła
###   unlock = odblokuj
###   account = konto
###   user name = nazwa użytkownika
###   method = metoda
###   text message = wiadomość SMS
###   directory = katalog
###   authentication phone / email = telefon / adres e-mail uwierzytelniania

## Shared by every page

product-name = Samoobsługa konta
skip-to-content = Przejdź do głównej zawartości
loading = Ładowanie…
language-label = Język
# Wyświetlane w selektorze języka: nazwa tego języka w tym języku.
language-name = Polski
language-apply = Zmień język
password-show = Pokaż hasło
password-hide = Ukryj hasło

## Errors

error-user-name-missing = Wprowadź nazwę użytkownika.
error-user-name-invalid = To nie wygląda na nazwę użytkownika. Sprawdź wpisany tekst i spróbuj ponownie.
error-password-missing = Wprowadź hasło.
error-invalid-credentials = Nazwa użytkownika lub hasło są nieprawidłowe. Sprawdź oba pola i spróbuj ponownie.
error-account-locked = Twoje konto jest zablokowane. Aby je odblokować, wybierz poniżej „Nie możesz uzyskać dostępu do konta?” lub skontaktuj się z działem pomocy technicznej.
error-sign-in-paused = Zarejestrowano zbyt wiele nieudanych prób logowania dla tej nazwy użytkownika. W celu ochrony konta logowanie jest wstrzymane do { $until }. Jeśli nie pamiętasz hasła, możesz je teraz zresetować.
error-sign-in-busy-address = Zarejestrowano zbyt wiele nieudanych prób logowania z Twojej sieci. Odczekaj godzinę i spróbuj ponownie.
error-unavailable = Wystąpił problem po naszej stronie. Spróbuj ponownie za kilka minut.
error-transport = Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.

## Sign-in page

sign-in-title = Logowanie
sign-in-heading = Zaloguj się na swoje konto
sign-in-user-name = Nazwa użytkownika
sign-in-password = Hasło
sign-in-submit = Zaloguj się
sign-in-cant-access = Nie możesz uzyskać dostępu do konta?

## Account page

account-title = Twoje konto
account-heading = Twoje konto
account-signed-in-as = Zalogowano jako
account-sign-out = Wyloguj się
account-signed-out = Nie zalogowano się.
account-go-sign-in = Przejdź do logowania

## Password reset

reset-title = Resetowanie hasła
reset-heading = Odzyskaj dostęp do konta
reset-back-to-sign-in = Powrót do logowania
reset-intro = Wprowadź nazwę użytkownika, a pomożemy Ci potwierdzić tożsamość. Następnie wybierz nowe hasło.
reset-user-id = Nazwa użytkownika
reset-user-id-hint = Zwykle jest to służbowy adres e-mail, na przykład name@contoso.example.
reset-next = Dalej
captcha-question = Udowodnij, że jesteś człowiekiem: ile to jest { $a } plus { $b }?
captcha-hint = Wpisz odpowiedź cyframi.
captcha-checking = Sprawdzanie, czy jesteś człowiekiem…
captcha-done = Gotowe: przeglądarka potwierdziła, że jesteś człowiekiem. Kliknij „Dalej”, aby kontynuować.
reset-start-again = Zacznij od nowa
reset-verify-heading = Potwierdź swoją tożsamość
reset-gate-of = Weryfikacja { $number } z { $total }
reset-gate-legend = W jaki sposób chcesz otrzymać kod weryfikacyjny?
reset-gate-email = Wyślij kod e-mailem na adres { $destination }
reset-gate-mobile-sms = Wyślij kod SMS-em na mój telefon komórkowy { $destination }
reset-gate-mobile-voice = Zadzwoń na mój telefon komórkowy { $destination }
reset-gate-office-voice = Zadzwoń na mój telefon służbowy { $destination }
reset-gate-questions = Odpowiem na moje pytania zabezpieczające
reset-code-sent-email = Wysłaliśmy wiadomość e-mail z kodem weryfikacyjnym na adres { $destination }.
reset-code-sent-sms = Wysłaliśmy wiadomość SMS z kodem weryfikacyjnym na numer { $destination }.
reset-code-sent-voice = Dzwonimy pod numer { $destination }, aby podać Ci kod weryfikacyjny.
reset-code-resend = Wyślij nowy kod
reset-other-method = Użyj innej metody
reset-questions-heading = Odpowiedz na pytania zabezpieczające
reset-password-heading = Wybierz nowe hasło
reset-password-hint = { $min ->
    [one] Hasło musi mieć co najmniej jeden znak.
    [few] Hasło musi mieć co najmniej { $min } znaki. Najlepsze jest długie wyrażenie, które łatwo zapamiętasz; unikaj swojego imienia i nazwiska oraz popularnych haseł.
    [many] Hasło musi mieć co najmniej { $min } znaków. Najlepsze jest długie wyrażenie, które łatwo zapamiętasz; unikaj swojego imienia i nazwiska oraz popularnych haseł.
   *[other] Hasło musi mieć co najmniej { $min } znaków. Najlepsze jest długie wyrażenie, które łatwo zapamiętasz; unikaj swojego imienia i nazwiska oraz popularnych haseł.
}
reset-password-new = Nowe hasło
reset-password-confirm = Potwierdź nowe hasło
reset-password-strength-0 = Szacowana siła hasła: bardzo słaba
reset-password-strength-1 = Szacowana siła hasła: słaba
reset-password-strength-2 = Szacowana siła hasła: średnia
reset-password-strength-3 = Szacowana siła hasła: duża
reset-password-strength-4 = Szacowana siła hasła: bardzo duża
reset-password-strength-note = To szacunek wykonany w przeglądarce, który ma pomóc w wyborze. O tym, czy hasło zostanie zaakceptowane, decydują powyższe reguły.
reset-password-submit = Zresetuj hasło
reset-unlock-only-text = Twoje konto jest zablokowane. Jeśli nadal pamiętasz hasło, możesz odblokować konto i zachować obecne hasło.
reset-unlock-only = Tylko odblokuj
reset-contact-heading = Skontaktuj się z administratorem
reset-contact-text = Nie możesz tutaj zresetować hasła. Administrator pomoże Ci odzyskać dostęp do konta.
reset-contact-helpdesk = Skontaktuj się z działem pomocy technicznej
reset-done-heading = Hasło zostało zresetowane
reset-done-text = Wylogowano Cię ze wszystkich sesji. Zaloguj się przy użyciu nowego hasła.
reset-unlocked-heading = Konto zostało odblokowane
reset-unlocked-text = Zaloguj się przy użyciu obecnego hasła.
reset-go-sign-in = Przejdź do logowania
reset-error-flow-missing = Resetowanie wygasło lub nie zostało rozpoczęte. Zacznij od nowa.
reset-error-step-out-of-order = Ten krok nie jest teraz dostępny. Kontynuuj na tej stronie.
reset-error-user-id-missing = Wprowadź nazwę użytkownika.
reset-error-user-id-invalid = Wprowadź nazwę użytkownika w postaci adresu e-mail, na przykład name@contoso.example.
reset-error-captcha-failed = Nie udało się sprawdzić, czy jesteś człowiekiem. Spróbuj ponownie.
reset-error-gate-missing = Wybierz, w jaki sposób chcesz otrzymać kod.
reset-error-code-dead = Wprowadzono zbyt wiele błędnych kodów. Wyślij nowy kod lub użyj innej metody.
reset-error-answers-wrong = Co najmniej jedna odpowiedź jest nieprawidłowa. Sprawdź odpowiedzi i spróbuj ponownie.
reset-error-blocked = Wykonano zbyt wiele prób. Ze względów bezpieczeństwa samoobsługowe resetowanie hasła dla tego konta jest wstrzymane do { $until }.
reset-error-busy-address = Z Twojej sieci wykonano zbyt wiele prób. Odczekaj godzinę i spróbuj ponownie.
reset-error-passwords-differ = Hasła nie są zgodne.
reset-error-password-too-short = { $min ->
    [one] Hasło musi mieć co najmniej jeden znak.
    [few] Hasło musi mieć co najmniej { $min } znaki.
    [many] Hasło musi mieć co najmniej { $min } znaków.
   *[other] Hasło musi mieć co najmniej { $min } znaków.
}
reset-error-password-missing = Wprowadź nowe hasło.
reset-error-password-common = To hasło jest na liście haseł, które atakujący wypróbowują w pierwszej kolejności. Wybierz inne, na przykład wyrażenie złożone z kilku niepowiązanych słów.
reset-error-password-control = Hasło nie może zawierać podziałów wiersza, tabulatorów ani innych znaków sterujących. Wpisz je ponownie bez tych znaków.
reset-error-write-unconfirmed = Nie udało się potwierdzić, że nowe hasło zostało zapisane. Wybierz je ponownie; nowy wybór zastąpi wszystko, co zostało zapisane.
reset-writing = Zmiana jest zapisywana. Za chwilę odśwież tę stronę.
reset-error-password-too-long = Hasło może mieć maksymalnie 256 znaków.
reset-error-password-contains-name = Nie używaj w haśle swojej nazwy użytkownika.
reset-error-write-failed = Nie udało się zapisać zmiany w katalogu, więc nic nie zostało zmienione. Spróbuj ponownie za chwilę.

## Organisation branding on every page

footer-label = Linki organizacji
footer-privacy = Prywatność
footer-terms = Warunki użytkowania
footer-helpdesk = Pomoc techniczna

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio znakowania firmowego
studio-heading-layer = Ustawienia: { $layer }
studio-back = Powrót do studia znakowania firmowego
studio-preview-banner = Oglądasz podgląd nieopublikowanego znakowania firmowego. Nikt inny go nie widzi, dopóki nie zostanie opublikowane.
studio-preview-stop = Zakończ podgląd
studio-layer-label = Ustawienia dla
studio-layer-open = Otwórz
studio-layer-default = Domyślne (wszystkie języki)
studio-layer-overridden = { $language } (ma własne ustawienia)
studio-inherited = Gdy puste: { $value }
studio-as-default = Tak jak w ustawieniach domyślnych
studio-as-product = Tak jak portal bez znakowania firmowego
studio-show = Pokaż
studio-hide = Ukryj
studio-save = Zapisz wersję roboczą
studio-section-identity = Organizacja
studio-section-colours = Kolory
studio-colours-hint = Wpisuj kolory w formacie #rrggbb, na przykład #0b5cad. Tekst i przyciski muszą wystarczająco odróżniać się od tła, aby każdy mógł je odczytać, dlatego przed opublikowaniem studio sprawdza kontrast.
studio-section-layout = Układ
studio-section-sign-in = Strona logowania
studio-section-links = Linki w stopce
studio-section-css = Niestandardowy kod CSS
studio-css-hint = Reguły dla nazw klas wymienionych w dokumentacji CSS portalu. Obrazy mogą pochodzić wyłącznie spośród obrazów przekazanych tutaj. Maksymalnie 25 KB.
studio-section-images = Obrazy
studio-section-publish = Publikowanie
studio-section-publications = Publikacje
studio-field-organisation-name = Nazwa organizacji
studio-field-colour-primary = Przyciski i linki
studio-field-colour-primary-text = Tekst na przyciskach
studio-field-colour-header = Pasek nagłówka
studio-field-colour-header-text = Tekst na pasku nagłówka
studio-field-colour-text = Tekst
studio-field-colour-page = Tło strony
studio-field-colour-card = Tło karty
studio-field-colour-focus = Obramowanie fokusu klawiatury
studio-field-layout = Układ strony
studio-layout-full-bleed = Obraz tła wypełniający stronę
studio-layout-plain = Jednolity kolor strony
studio-field-show-header = Pokaż pasek nagłówka
studio-field-show-footer = Pokaż stopkę
studio-field-sign-in-text = Tekst strony logowania
studio-field-user-name-hint = Wskazówka dotycząca nazwy użytkownika
studio-field-cant-access-label = Tekst linku dla osób, które nie mogą się zalogować
studio-field-show-reset-link = Link dla osób, które nie mogą się zalogować
studio-field-privacy-url = Adres zasad zachowania poufności informacji
studio-field-terms-url = Adres warunków użytkowania
studio-field-helpdesk-url = Adres pomocy technicznej (strona internetowa lub e-mail)
studio-field-custom-css = Niestandardowy kod CSS
studio-field-image-banner-logo = Logo transparentu
studio-field-image-square-logo = Logo kwadratowe
studio-field-image-square-logo-dark = Logo kwadratowe na ciemne tło
studio-field-image-favicon = Ikona witryny (favicon)
studio-field-image-background = Obraz tła
studio-image-limits = { $kinds }, maksymalnie { $kilobytes } KB, wymiary do { $width } × { $height } pikseli.
studio-image-upload = Przekaż obraz: { $slot }
studio-image-remove = Usuń obraz: { $slot }
studio-image-current = Bieżący obraz: { $slot }
studio-live-heading = Podgląd na żywo
studio-live-caption = Pokazuje kolory i teksty wprowadzone powyżej już podczas pisania, przed zapisaniem.
studio-preview = Wyświetl podgląd wersji roboczej na prawdziwych stronach
studio-email-preview = Wyświetl podgląd wiadomości e-mail z wersją roboczą
studio-publish = Opublikuj
studio-state-never-published = Nic jeszcze nie opublikowano: wszyscy widzą portal bez znakowania firmowego.
studio-state-published = Obowiązuje wersja { $version }.
studio-state-unpublished-changes = Wersja robocza zawiera nieopublikowane zmiany.
studio-problems-heading = Przed opublikowaniem popraw następujące problemy
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } — kontrast wynosi { $ratio }, a wymagany jest co najmniej { $minimum }.
studio-problem-too-long = dozwolona liczba znaków to maksymalnie { $max }.
studio-problem-control-character = usuń z tekstu znaki sterujące (np. tabulatory).
studio-problem-not-a-colour = wpisz kolor jako # i sześć cyfr szesnastkowych, na przykład #0b5cad.
studio-problem-link-not-https = adresy internetowe muszą zaczynać się od https://.
studio-problem-link-invalid = wpisz adres internetowy zaczynający się od https:// lub adres e-mail.
studio-problem-css = wiersz { $line }: { $reason }
studio-css-too-long = arkusz stylów przekracza 25 KB.
studio-css-import = reguła @import jest niedozwolona; zamiast tego umieść reguły tutaj.
studio-css-external-url = url() może wskazywać tylko obraz przekazany w studiu.
studio-css-expression = expression(), behavior i -moz-binding są niedozwolone.
studio-css-at-rule = dozwolone są tylko @media, @supports, @layer, @container, @font-face i @keyframes.
studio-css-markup = sekwencja </ jest niedozwolona.
studio-css-unparsable = to nie jest prawidłowy kod CSS (sprawdź, czy nie brakuje nawiasu klamrowego, dwukropka lub cudzysłowu).
studio-pair-text-on-page = tekst i tło strony
studio-pair-text-on-card = tekst i tło karty
studio-pair-button-text-on-primary = tekst przycisków i przyciski
studio-pair-header-text-on-header = tekst nagłówka i pasek nagłówka
studio-pair-focus-on-page = obramowanie fokusu i tło strony
studio-column-version = Wersja
studio-column-when = Data publikacji
studio-column-who = Opublikowane przez
studio-column-note = Uwaga
studio-column-action = Akcja
studio-publication-live = Obecnie obowiązuje
studio-publication-restored = Przywraca wersję { $version }
studio-roll-back = Opublikuj ponownie wersję { $version }
studio-done-saved = Wersja robocza została zapisana. Wyświetl jej podgląd, a gdy będzie gotowa, opublikuj ją.
studio-done-uploaded = Obraz został dodany do wersji roboczej.
studio-done-removed = Obraz został usunięty z wersji roboczej.
studio-done-published = Opublikowano. W ciągu kilku sekund wszystkie strony będą wyświetlać nowe znakowanie firmowe.
studio-done-rolled-back = Wcześniejsza wersja znów obowiązuje i jest teraz również wersją roboczą.
studio-done-preview-stopped = Podgląd został zakończony.
studio-refused-publish = Nic nie zostało opublikowane: najpierw popraw problemy wymienione poniżej.
studio-refused-no-such-version = Ta wersja nie istnieje. Nic nie zostało zmienione.
studio-refused-unavailable = Nie udało się zapisać zmiany. Nic nie zostało zmienione; spróbuj ponownie.
studio-refused-empty = Nie przekazano obrazu „{ $slot }”: nie wybrano pliku lub plik był pusty. Nic nie zostało zmienione.
studio-refused-too-many-bytes = Nie przekazano obrazu „{ $slot }”: plik jest większy niż { $kilobytes } KB. Nic nie zostało zmienione.
studio-refused-unknown-type = Nie przekazano obrazu „{ $slot }”: niezależnie od nazwy plik nie jest obrazem PNG, JPEG ani WebP (ani, w przypadku logo, rysunkiem SVG). Nic nie zostało zmienione.
studio-refused-svg-not-allowed = Nie przekazano obrazu „{ $slot }”: rysunki SVG są akceptowane tylko jako logo. Użyj formatu PNG, JPEG lub WebP. Nic nie zostało zmienione.
studio-refused-too-many-pixels = Nie przekazano obrazu „{ $slot }”: obraz jest większy niż { $width } × { $height } pikseli. Nic nie zostało zmienione.
studio-refused-undecodable = Nie przekazano obrazu „{ $slot }”: obraz jest uszkodzony i nie można go odczytać. Nic nie zostało zmienione.
studio-refused-svg-unparsable = Nie przekazano obrazu „{ $slot }”: nie można odczytać rysunku SVG. Nic nie zostało zmienione.
studio-refused-svg-doctype = Nie przekazano obrazu „{ $slot }”: rysunki SVG z deklaracją DOCTYPE lub encjami są odrzucane. Nic nie zostało zmienione.
studio-refused-svg-script = Nie przekazano obrazu „{ $slot }”: rysunek SVG zawiera skrypt. Nic nie zostało zmienione.
studio-refused-svg-foreign-object = Nie przekazano obrazu „{ $slot }”: rysunek SVG osadza inną zawartość (foreignObject). Nic nie zostało zmienione.
studio-refused-svg-event-handler = Nie przekazano obrazu „{ $slot }”: rysunek SVG zawiera programy obsługi zdarzeń (atrybuty on…). Nic nie zostało zmienione.
studio-refused-svg-external-reference = Nie przekazano obrazu „{ $slot }”: rysunek SVG odwołuje się do plików lub adresów poza nim samym. Nic nie zostało zmienione.
studio-refused-svg-too-complex = Nie przekazano obrazu „{ $slot }”: rysunek SVG jest zbyt złożony. Uprość go i spróbuj ponownie. Nic nie zostało zmienione.
studio-refused-svg-marker = Nie przekazano obrazu „{ $slot }”: znaczniki SVG nie są obsługiwane. Nic nie zostało zmienione.

## Not found

not-found-title = Nie znaleziono strony
not-found-heading = Nie udało się znaleźć tej strony.

## Demo outbox (demonstration mode only)

outbox-title = Demonstracyjna skrzynka nadawcza
outbox-heading = Demonstracyjna skrzynka nadawcza
outbox-banner-heading = Tryb demonstracyjny
outbox-banner-text = Ta strona istnieje tylko w trybie demonstracyjnym. Wiadomości nie są naprawdę wysyłane: wiadomości e-mail, wiadomości SMS i połączenia głosowe są zamiast tego przechowywane tutaj, łącznie z kodami jednorazowymi, aby można było wypróbować portal. Nigdy nie uruchamiaj prawdziwego portalu w trybie demonstracyjnym.
outbox-caption = Najnowsze wiadomości (maksymalnie { $limit }), od najnowszej
outbox-empty = Brak wiadomości. Pojawią się tutaj kody i powiadomienia wysyłane przez portal.
outbox-time = Czas
outbox-channel = Kanał
outbox-recipient = Odbiorca
outbox-subject = Temat
outbox-body = Treść
outbox-channel-email = E-mail
outbox-channel-sms = Wiadomość SMS
outbox-channel-voice = Połączenie głosowe

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = W jakim mieście zaczęła się Twoja znajomość z pierwszym małżonkiem lub partnerem?
question-city-parents-met = W jakim mieście poznali się Twoi rodzice?
question-city-nearest-sibling = W jakim mieście mieszka najbliższa Ci osoba z rodzeństwa?
question-city-father-born = W jakim mieście urodził się Twój ojciec?
question-city-first-job = W jakim mieście była Twoja pierwsza praca?
question-city-mother-born = W jakim mieście urodziła się Twoja matka?
question-city-new-year-2000 = W jakim mieście zastał Cię Nowy Rok 2000?
question-high-school-teacher-last-name = Jak brzmi nazwisko Twojego ulubionego nauczyciela lub nauczycielki ze szkoły średniej?
question-college-applied-not-attended = Na jaką uczelnię składano Twoje dokumenty, choć ostatecznie nie została ona Twoją uczelnią?
question-first-wedding-reception-place = Jak nazywało się miejsce, w którym odbyło się Twoje pierwsze przyjęcie weselne?
question-father-middle-name = Jakie jest drugie imię Twojego ojca?
question-favorite-food = Jaka jest Twoja ulubiona potrawa?
question-maternal-grandmother-name = Jak brzmi imię i nazwisko Twojej babci ze strony matki?
question-mother-middle-name = Jakie jest drugie imię Twojej matki?
question-oldest-sibling-birthday = Jaki jest miesiąc i rok urodzenia najstarszej osoby z Twojego rodzeństwa? (np. listopad 1985)
question-oldest-sibling-middle-name = Jakie jest drugie imię najstarszej osoby z Twojego rodzeństwa?
question-paternal-grandfather-name = Jak brzmi imię i nazwisko Twojego dziadka ze strony ojca?
question-youngest-sibling-middle-name = Jakie jest drugie imię najmłodszej osoby z Twojego rodzeństwa?
question-sixth-grade-school = Jak nazywała się Twoja szkoła w szóstej klasie?
question-childhood-best-friend-name = Jak brzmi imię i nazwisko Twojego najlepszego przyjaciela lub przyjaciółki z dzieciństwa?
question-first-significant-other-name = Jak brzmi imię i nazwisko Twojej pierwszej sympatii?
question-grade-school-teacher-last-name = Jak brzmi nazwisko Twojego ulubionego nauczyciela lub nauczycielki ze szkoły podstawowej?
question-first-car-make-model = Jaka była marka i model Twojego pierwszego samochodu lub motocykla?
question-first-school = Jak nazywała się Twoja pierwsza szkoła?
question-birth-hospital = W jakim szpitalu się urodziłeś(-aś)?
question-childhood-street = Jak nazywała się ulica, przy której stał Twój pierwszy dom z dzieciństwa?
question-childhood-hero = Kto był Twoim bohaterem z dzieciństwa?
question-favorite-stuffed-animal = Jak nazywała się Twoja ulubiona przytulanka?
question-first-pet = Jak miało na imię Twoje pierwsze zwierzę domowe?
question-childhood-nickname = Jakie było Twoje przezwisko z dzieciństwa?
question-high-school-sport = Jaki był Twój ulubiony sport w szkole średniej?
question-first-job = Jaka była Twoja pierwsza praca?
question-childhood-phone-last-digits = Jakie były ostatnie cztery cyfry Twojego numeru telefonu z dzieciństwa?
question-childhood-ambition = Jaki był Twój wymarzony zawód w dzieciństwie?
question-most-famous-person-met = Kto jest najsłynniejszą osobą, jaką udało Ci się spotkać?

## Security-info registration

method-email = E-mail
method-mobile-phone = Telefon komórkowy
method-office-phone = Telefon służbowy
method-security-questions = Pytania zabezpieczające
method-questions-count = { $count ->
    [one] Odpowiedziano na { $count } pytanie
    [few] Odpowiedziano na { $count } pytania
    [many] Odpowiedziano na { $count } pytań
   *[other] Odpowiedziano na { $count } pytań
}
source-authentication = zarejestrowany przez Ciebie do weryfikacji, niewidoczny w katalogu
source-directory = z Twojego profilu w katalogu
source-administrator = ustawiony przez administratora

prompt-title = Wymagane są dodatkowe informacje
prompt-register-heading = Wymagane są dodatkowe informacje
prompt-register-why = Twoja organizacja potrzebuje sposobu na potwierdzenie Twojej tożsamości, gdy zapomnisz hasła lub Twoje konto zostanie zablokowane. Zarejestruj teraz informacje zabezpieczające, aby w takiej sytuacji samodzielnie odzyskać dostęp, bez dzwonienia do działu pomocy technicznej.
prompt-register-needed = { $count ->
    [one] Wymagana jest co najmniej jedna metoda weryfikacji.
    [few] Wymagane są co najmniej { $count } różne metody weryfikacji.
    [many] Wymaganych jest co najmniej { $count } różnych metod weryfikacji.
   *[other] Wymaganych jest co najmniej { $count } różnych metod weryfikacji.
}
prompt-next = Dalej
prompt-skip = Pomiń na razie
prompt-reconfirm-heading = Czy te informacje są nadal aktualne?
prompt-reconfirm-why = Sprawdź zarejestrowane informacje zabezpieczające. Jeśli coś się zmieniło, zaktualizuj je, aby nadal móc zresetować hasło.
prompt-looks-good = Wszystko się zgadza
prompt-change = Zmień
prompt-nothing = Nic więcej nie jest potrzebne
prompt-go-account = Przejdź do konta

wizard-title = Rejestrowanie informacji zabezpieczających
wizard-start = Zacznij od nowa
wizard-step-of = Krok { $number } z { $total }
wizard-code-label = Kod weryfikacyjny
wizard-verify = Zweryfikuj
wizard-send-code = Wyślij kod
wizard-skip-step = Pomiń tę metodę
wizard-phone-country = Kraj lub region
wizard-phone-number = Numer telefonu
wizard-phone-hint = Bez numeru kierunkowego kraju albo z numerem kierunkowym zaczynającym się od +.
wizard-phone-channel = Jak mamy wysłać kod?
wizard-phone-sms = Wiadomość SMS
wizard-phone-voice = Połączenie głosowe
wizard-phone-texted = Wysłaliśmy wiadomość SMS z kodem na numer { $number }.
wizard-phone-called = Dzwonimy pod numer { $number }, aby podać Ci kod.
wizard-phone-resend-heading = Kod nie dotarł? Wyślij go ponownie lub użyj innego numeru
wizard-phone-reset-uses = Obecnie do resetowania hasła zostałby użyty numer { $number }, { $source }.
wizard-phone-reset-none = Nie masz jeszcze telefonu, którego można by użyć do resetowania hasła.
wizard-phone-precedence = Numer zweryfikowany tutaj stanie się Twoim telefonem uwierzytelniania i będzie używany do resetowania hasła zamiast telefonu komórkowego zapisanego w katalogu.
wizard-office-phone = Telefon służbowy: { $number }, ustawiony przez administratora. Nie można go tutaj zmienić.
wizard-email-address = Adres e-mail
wizard-email-sent = Wysłaliśmy wiadomość e-mail z kodem na adres { $address }.
wizard-email-resend-heading = Wiadomość nie dotarła? Wyślij ją ponownie lub użyj innego adresu
wizard-email-reset-uses = Obecnie do resetowania hasła zostałby użyty adres { $address }, { $source }.
wizard-email-reset-none = Nie masz jeszcze adresu e-mail, którego można by użyć do resetowania hasła.
wizard-email-precedence = Adres zweryfikowany tutaj stanie się Twoim adresem e-mail uwierzytelniania i będzie używany do resetowania hasła zamiast alternatywnego adresu e-mail zapisanego w katalogu. Użyj adresu innego niż służbowy.
wizard-questions-intro = { $count ->
    [one] Wybierz pytanie i odpowiedz na nie.
    [few] Wybierz { $count } różne pytania i odpowiedz na każde z nich.
    [many] Wybierz { $count } różnych pytań i odpowiedz na każde z nich.
   *[other] Wybierz { $count } różnych pytań i odpowiedz na każde z nich.
} Odpowiedzi mają od 3 do 40 znaków; wielkość liter i dodatkowe spacje nie mają znaczenia. Nikt, łącznie z administratorami, nie może ich odczytać.
wizard-question-label = Pytanie { $number }
wizard-answer-label = Odpowiedź na pytanie { $number }
wizard-question-choose = Wybierz pytanie
wizard-answers-show = Pokaż odpowiedzi
wizard-answers-hide = Ukryj odpowiedzi
wizard-questions-save = Kontynuuj
wizard-questions-retype = Ze względów bezpieczeństwa odpowiedzi nigdy nie są odsyłane na stronę: wpisz je ponownie.
wizard-summary-heading = Sprawdź i zapisz
wizard-summary-skipped = Pominięto
wizard-save = Zapisz
wizard-cancel = Anuluj

registration-error-not-signed-in = Sesja wygasła. Zaloguj się ponownie.
registration-error-flow-missing = Ta rejestracja wygasła lub została już zakończona. Zacznij od nowa, aby kontynuować.
registration-error-step-out-of-order = Ten krok nie jest teraz dostępny. Kontynuuj od wyświetlonego kroku.
registration-error-phone-missing = Wprowadź numer telefonu.
registration-error-country-needed = Wybierz kraj lub wpisz numer z międzynarodowym numerem kierunkowym zaczynającym się od +.
registration-error-phone-invalid = To nie jest prawidłowy numer telefonu dla wybranego kraju.
registration-error-email-missing = Wprowadź adres e-mail.
registration-error-email-invalid = Wprowadź adres e-mail w postaci name@example.com.
code-error-missing = Wprowadź kod, który wysłaliśmy.
code-error-malformed = Kod składa się z 6–8 cyfr.
code-error-wrong = { $tries ->
    [one] Ten kod jest nieprawidłowy. Pozostała Ci jeszcze jedna próba.
    [few] Ten kod jest nieprawidłowy. Pozostały Ci jeszcze { $tries } próby.
    [many] Ten kod jest nieprawidłowy. Pozostało Ci jeszcze { $tries } prób.
   *[other] Ten kod jest nieprawidłowy. Pozostało Ci jeszcze { $tries } prób.
}
code-error-dead = Wprowadzono zbyt wiele błędnych kodów. Wyślij nowy kod.
code-error-expired = Ten kod wygasł. Wyślij nowy kod.
code-error-used = Ten kod został już użyty. Wyślij nowy kod.
code-error-none-sent = Brak oczekującego kodu. Wyślij nowy kod.
code-error-too-many = Wysłano zbyt wiele kodów. Odczekaj godzinę lub wybierz inną metodę.
code-error-delivery-failed = Nie udało się wysłać kodu. Spróbuj ponownie lub wybierz inną metodę.
registration-error-question-missing = Wybierz tutaj pytanie.
registration-error-question-not-offered = Wybierz pytanie z listy.
registration-error-question-twice = To pytanie zostało już wybrane. Wybierz inne.
error-answer-missing = Wprowadź odpowiedź.
registration-error-answer-too-short = Odpowiedź musi mieć co najmniej 3 znaki.
registration-error-answer-too-long = Odpowiedź może mieć maksymalnie 40 znaków.
registration-error-answer-twice = Ta odpowiedź została już podana do innego pytania. Podaj inną.
registration-error-steps-pending = Przed zapisaniem ukończ lub pomiń każdy krok.
registration-error-nothing-to-save = Nic nie zostało dodane. Zarejestruj co najmniej jedną metodę lub anuluj.
registration-error-not-enough-methods = { $needed ->
    [one] Zarejestruj co najmniej jedną metodę, aby móc zresetować hasło.
    [few] Zarejestruj co najmniej { $needed } różne metody, aby móc zresetować hasło.
    [many] Zarejestruj co najmniej { $needed } różnych metod, aby móc zresetować hasło.
   *[other] Zarejestruj co najmniej { $needed } różnych metod, aby móc zresetować hasło.
}

account-security-info = Informacje zabezpieczające: rejestrowanie, zmiana lub usuwanie
account-security-info-saved = Informacje zabezpieczające zostały zapisane.

message-code-email-subject = Twój kod weryfikacyjny
message-code-email-body = Twój kod weryfikacyjny to { $code }.

    Kod jest ważny przez { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minut
    }. Jeśli prośba o kod nie pochodzi od Ciebie, możesz zignorować tę wiadomość: bez kodu nic się nie zmieni.
message-code-sms = Twój kod weryfikacyjny to { $code }. Jest ważny przez { $minutes } min.
message-code-voice = Twój kod weryfikacyjny to: { $code }. Powtarzam: { $code }.
message-changed-subject = Twoje informacje zabezpieczające zostały zmienione
message-changed-body = Informacje zabezpieczające Twojego konta zostały właśnie zmienione:
    { $changes }

    Jeśli ta zmiana pochodzi od Ciebie, nic nie musisz robić. Jeśli nie, natychmiast skontaktuj się z działem pomocy technicznej.
message-changed-phone = telefon uwierzytelniania
message-changed-email = adres e-mail uwierzytelniania
message-changed-questions = pytania zabezpieczające

country-AR = Argentyna
country-AT = Austria
country-AU = Australia
country-BE = Belgia
country-BR = Brazylia
country-CA = Kanada
country-CH = Szwajcaria
country-CN = Chiny
country-CZ = Czechy
country-DE = Niemcy
country-DK = Dania
country-ES = Hiszpania
country-FI = Finlandia
country-FR = Francja
country-GB = Wielka Brytania
country-GR = Grecja
country-HR = Chorwacja
country-HU = Węgry
country-IE = Irlandia
country-IN = Indie
country-IT = Włochy
country-JP = Japonia
country-LU = Luksemburg
country-MT = Malta
country-MX = Meksyk
country-NL = Holandia
country-NO = Norwegia
country-NZ = Nowa Zelandia
country-PL = Polska
country-PT = Portugalia
country-RO = Rumunia
country-SE = Szwecja
country-SI = Słowenia
country-SK = Słowacja
country-SM = San Marino
country-TR = Turcja
country-UA = Ukraina
country-US = Stany Zjednoczone
country-VA = Watykan
country-ZA = Republika Południowej Afryki
registration-error-reauth-required = Ze względów bezpieczeństwa przed zmianą informacji zabezpieczających wprowadź ponownie hasło.
registration-error-method-not-changeable = Tej metody nie można tutaj zmienić.
registration-error-wrong-password = To hasło jest nieprawidłowe.
registration-error-too-many-password-tries = Wprowadzono zbyt wiele nieprawidłowych haseł. Odczekaj kilka minut i spróbuj ponownie.

security-info-title = Informacje zabezpieczające
security-info-back = Powrót do konta
security-info-usable = { $usable ->
    [one] Do resetowania hasła nadaje się jedna z Twoich metod
    [few] Do resetowania hasła nadają się { $usable } z Twoich metod
    [many] Do resetowania hasła nadaje się { $usable } z Twoich metod
   *[other] Do resetowania hasła nadaje się { $usable } z Twoich metod
}; { $required ->
    [one] wymagana jest jedna.
    [few] wymagane są { $required } różne.
    [many] wymaganych jest { $required } różnych.
   *[other] wymaganych jest { $required } różnych.
}
security-info-not-set = Nie ustawiono
security-info-add = Dodaj
security-info-change = Zmień
security-info-delete = Usuń
security-info-deleted = Metoda została usunięta.
security-info-delete-title = Usuwanie metody
security-info-delete-confirm = Usunąć metodę „{ $method }” z informacji zabezpieczających?
security-info-delete-warning = { $required ->
    [one] Po tej operacji nie pozostanie Ci żadna metoda i nie będzie można już samodzielnie zresetować hasła.
    [few] Po tej operacji pozostanie Ci mniej niż { $required } metody i nie będzie można już samodzielnie zresetować hasła.
    [many] Po tej operacji pozostanie Ci mniej niż { $required } metod i nie będzie można już samodzielnie zresetować hasła.
   *[other] Po tej operacji pozostanie Ci mniej niż { $required } metod i nie będzie można już samodzielnie zresetować hasła.
}
reauth-title = Potwierdź, że to Ty
reauth-submit = Kontynuuj

## Password reset messages

message-reset-subject = Twoje hasło zostało zresetowane
message-reset-body = Dzień dobry,

    hasło do Twojego konta zostało właśnie zresetowane w samoobsługowym portalu haseł, a wszystkie sesje zostały wylogowane.

    Jeśli to Ty, nic więcej nie musisz robić. Jeśli nie, natychmiast skontaktuj się z administratorem.

    Logowanie: { $url }
message-unlocked-subject = Twoje konto zostało odblokowane
message-unlocked-body = Dzień dobry,

    Twoje konto zostało właśnie odblokowane w samoobsługowym portalu haseł. Hasło nie zostało zmienione.

    Jeśli to nie Ty, natychmiast skontaktuj się z administratorem.

    Logowanie: { $url }
message-admin-reset-subject = Administrator { $admin } zresetował swoje hasło
message-admin-reset-body = Dzień dobry,

    administrator { $admin } właśnie zresetował swoje własne hasło w samoobsługowym portalu haseł.

    Jeśli ta zmiana jest nieoczekiwana, skontaktuj się z tym administratorem i przejrzyj dziennik inspekcji.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = To jest automatyczna wiadomość. Nadawca: { $organisation }.
email-footer-privacy = Prywatność
email-footer-terms = Warunki użytkowania
email-footer-helpdesk = Dział pomocy technicznej
message-from-organisation = { $organisation }: { $text }
