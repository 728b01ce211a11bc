### Deutsch (de). Register: formell („Sie“), wie in der deutschen Benutzeroberfläche von Microsoft 365 und Windows.
### Glossar:
###   password = Kennwort
###   security info = Sicherheitsinformationen
###   verification code = Prüfcode
###   security question = Sicherheitsfrage
###   helpdesk = Helpdesk
###   administrator = Administrator
###   sign in / sign out = anmelden / abmelden
###   reset (password) = (Kennwort) zurücksetzen
###   unlock = entsperren
###   account = Konto
###   user name = Benutzername
###   directory = Verzeichnis
###   authentication phone / email = Authentifizierungstelefon / Authentifizierungs-E-Mail-Adresse
###   text message = SMS

## Gemeinsam für alle Seiten

product-name = Konto-Self-Service
skip-to-content = Zum Hauptinhalt springen
loading = Wird geladen…
language-label = Sprache
# Wird in der Sprachauswahl angezeigt: der Name dieser Sprache, in dieser Sprache.
language-name = Deutsch
language-apply = Sprache ändern
password-show = Kennwort anzeigen
password-hide = Kennwort ausblenden

## Fehler

error-user-name-missing = Geben Sie Ihren Benutzernamen ein.
error-user-name-invalid = Dies scheint kein Benutzername zu sein. Überprüfen Sie Ihre Eingabe, und versuchen Sie es erneut.
error-password-missing = Geben Sie Ihr Kennwort ein.
error-invalid-credentials = Ihr Benutzername oder Ihr Kennwort ist falsch. Überprüfen Sie beides, und versuchen Sie es erneut.
error-account-locked = Ihr Konto ist gesperrt. Um es zu entsperren, wählen Sie unten „Sie können nicht auf Ihr Konto zugreifen?“, oder wenden Sie sich an Ihren Helpdesk.
error-sign-in-paused = Für diesen Benutzernamen gab es zu viele fehlgeschlagene Anmeldeversuche. Zum Schutz des Kontos ist die Anmeldung bis { $until } ausgesetzt. Wenn Sie Ihr Kennwort vergessen haben, können Sie es jetzt zurücksetzen.
error-sign-in-busy-address = Aus Ihrem Netzwerk gab es zu viele fehlgeschlagene Anmeldeversuche. Warten Sie bitte eine Stunde, und versuchen Sie es dann erneut.
error-unavailable = Bei uns ist ein Fehler aufgetreten. Versuchen Sie es bitte in einigen Minuten erneut.
error-transport = Der Server ist nicht erreichbar. Überprüfen Sie Ihre Verbindung, und versuchen Sie es erneut.

## Anmeldeseite

sign-in-title = Anmelden
sign-in-heading = Bei Ihrem Konto anmelden
sign-in-user-name = Benutzername
sign-in-password = Kennwort
sign-in-submit = Anmelden
sign-in-cant-access = Sie können nicht auf Ihr Konto zugreifen?

## Kontoseite

account-title = Ihr Konto
account-heading = Ihr Konto
account-signed-in-as = Sie sind angemeldet als
account-sign-out = Abmelden
account-signed-out = Sie sind nicht angemeldet.
account-go-sign-in = Zur Anmeldung

## Kennwortzurücksetzung

reset-title = Kennwort zurücksetzen
reset-heading = Wieder Zugriff auf Ihr Konto erhalten
reset-back-to-sign-in = Zurück zur Anmeldung
reset-intro = Geben Sie Ihren Benutzernamen ein. Wir helfen Ihnen dann, Ihre Identität nachzuweisen, und anschließend wählen Sie ein neues Kennwort.
reset-user-id = Benutzername
reset-user-id-hint = Normalerweise Ihre geschäftliche E-Mail-Adresse, zum Beispiel name@contoso.example.
reset-next = Weiter
captcha-question = Zum Nachweis, dass Sie ein Mensch sind: Wie viel ist { $a } plus { $b }?
captcha-hint = Geben Sie das Ergebnis in Ziffern ein.
captcha-checking = Es wird überprüft, ob Sie ein Mensch sind…
captcha-done = Fertig: Ihr Browser hat nachgewiesen, dass Sie ein Mensch sind. Fahren Sie mit „Weiter“ fort.
reset-start-again = Neu beginnen
reset-verify-heading = Identität nachweisen
reset-gate-of = Überprüfung { $number } von { $total }
reset-gate-legend = Wie möchten Sie einen Prüfcode erhalten?
reset-gate-email = Code per E-Mail an { $destination } senden
reset-gate-mobile-sms = Code per SMS an mein Mobiltelefon { $destination } senden
reset-gate-mobile-voice = Mein Mobiltelefon { $destination } anrufen
reset-gate-office-voice = Mein Bürotelefon { $destination } anrufen
reset-gate-questions = Meine Sicherheitsfragen beantworten
reset-code-sent-email = Wir haben eine E-Mail mit einem Prüfcode an { $destination } gesendet.
reset-code-sent-sms = Wir haben eine SMS mit einem Prüfcode an { $destination } gesendet.
reset-code-sent-voice = Wir rufen { $destination } an, um Ihnen einen Prüfcode vorzulesen.
reset-code-resend = Neuen Code senden
reset-other-method = Andere Methode verwenden
reset-questions-heading = Beantworten Sie Ihre Sicherheitsfragen
reset-password-heading = Wählen Sie ein neues Kennwort
reset-password-hint = { $min ->
    [one] Verwenden Sie mindestens ein Zeichen.
   *[other] Verwenden Sie mindestens { $min } Zeichen. Am besten ist ein langer Satz, den Sie sich merken können; vermeiden Sie Ihren Namen und gängige Kennwörter.
}
reset-password-new = Neues Kennwort
reset-password-confirm = Neues Kennwort bestätigen
reset-password-strength-0 = Geschätzte Stärke: sehr schwach
reset-password-strength-1 = Geschätzte Stärke: schwach
reset-password-strength-2 = Geschätzte Stärke: mittel
reset-password-strength-3 = Geschätzte Stärke: stark
reset-password-strength-4 = Geschätzte Stärke: sehr stark
reset-password-strength-note = Eine Schätzung, die in Ihrem Browser berechnet wird, um Ihnen bei der Auswahl zu helfen. Ob das Kennwort akzeptiert wird, entscheiden die oben genannten Regeln.
reset-password-submit = Kennwort zurücksetzen
reset-unlock-only-text = Ihr Konto ist gesperrt. Wenn Sie Ihr Kennwort noch kennen, können Sie das Konto entsperren und das Kennwort beibehalten.
reset-unlock-only = Nur entsperren
reset-contact-heading = Wenden Sie sich an Ihren Administrator
reset-contact-text = Sie können Ihr Kennwort hier nicht zurücksetzen. Ihr Administrator kann Ihnen helfen, wieder auf Ihr Konto zuzugreifen.
reset-contact-helpdesk = Helpdesk kontaktieren
reset-done-heading = Ihr Kennwort wurde zurückgesetzt
reset-done-text = Sie wurden überall abgemeldet. Melden Sie sich mit Ihrem neuen Kennwort an.
reset-unlocked-heading = Ihr Konto ist entsperrt
reset-unlocked-text = Melden Sie sich mit Ihrem aktuellen Kennwort an.
reset-go-sign-in = Zur Anmeldung
reset-error-flow-missing = Ihre Zurücksetzung ist abgelaufen oder wurde nie gestartet. Beginnen Sie bitte neu.
reset-error-step-out-of-order = Dieser Schritt ist jetzt nicht verfügbar. Fahren Sie bitte auf dieser Seite fort.
reset-error-user-id-missing = Geben Sie Ihren Benutzernamen ein.
reset-error-user-id-invalid = Geben Sie Ihren Benutzernamen im Format einer E-Mail-Adresse ein, zum Beispiel name@contoso.example.
reset-error-captcha-failed = Wir konnten nicht überprüfen, ob Sie ein Mensch sind. Versuchen Sie es bitte erneut.
reset-error-gate-missing = Wählen Sie aus, wie Sie einen Code erhalten möchten.
reset-error-code-dead = Zu viele falsche Codes. Senden Sie einen neuen Code, oder verwenden Sie eine andere Methode.
reset-error-answers-wrong = Mindestens eine Antwort ist nicht richtig. Überprüfen Sie Ihre Antworten, und versuchen Sie es erneut.
reset-error-blocked = Sie haben es zu oft versucht. Zu Ihrer Sicherheit ist die Self-Service-Zurücksetzung für dieses Konto bis { $until } ausgesetzt.
reset-error-busy-address = Aus Ihrem Netzwerk gab es zu viele Versuche. Warten Sie bitte eine Stunde, und versuchen Sie es dann erneut.
reset-error-passwords-differ = Die beiden Kennwörter stimmen nicht überein.
reset-error-password-too-short = { $min ->
    [one] Verwenden Sie mindestens ein Zeichen.
   *[other] Verwenden Sie mindestens { $min } Zeichen.
}
reset-error-password-missing = Geben Sie ein neues Kennwort ein.
reset-error-password-common = Dieses Kennwort steht auf der Liste der Kennwörter, die Angreifer zuerst ausprobieren. Wählen Sie ein anderes, zum Beispiel einen Satz aus einigen Wörtern, die nichts miteinander zu tun haben.
reset-error-password-control = Kennwörter dürfen keine Zeilenumbrüche, Tabulatoren oder andere Steuerzeichen enthalten. Geben Sie das Kennwort ohne diese Zeichen erneut ein.
reset-error-write-unconfirmed = Wir konnten nicht bestätigen, dass Ihr neues Kennwort gespeichert wurde. Wählen Sie es erneut; die neue Auswahl ersetzt alles, was bereits gespeichert wurde.
reset-writing = Ihre Änderung wird gespeichert. Laden Sie diese Seite gleich neu.
reset-error-password-too-long = Verwenden Sie höchstens 256 Zeichen.
reset-error-password-contains-name = Verwenden Sie Ihren Benutzernamen nicht in Ihrem Kennwort.
reset-error-write-failed = Die Änderung konnte nicht im Verzeichnis gespeichert werden, daher wurde nichts geändert. Versuchen Sie es bitte gleich noch einmal.

## Unternehmensbranding auf jeder Seite

footer-label = Links der Organisation
footer-privacy = Datenschutz
footer-terms = Nutzungsbedingungen
footer-helpdesk = Helpdesk kontaktieren

## Branding-Studio (/admin/branding, für Brandingadministratoren)

studio-title = Branding-Studio
studio-heading-layer = Einstellungen: { $layer }
studio-back = Zurück zum Branding-Studio
studio-preview-banner = Sie sehen eine Vorschau des nicht veröffentlichten Brandings. Niemand sonst sieht es, bevor es veröffentlicht wird.
studio-preview-stop = Vorschau beenden
studio-layer-label = Einstellungen für
studio-layer-open = Öffnen
studio-layer-default = Standard (alle Sprachen)
studio-layer-overridden = { $language } (eigene Einstellungen)
studio-inherited = Wenn leer: { $value }
studio-as-default = Wie in den Standardeinstellungen
studio-as-product = Wie das Portal ohne Branding aussieht
studio-show = Anzeigen
studio-hide = Ausblenden
studio-save = Entwurf speichern
studio-section-identity = Angaben zur Organisation
studio-section-colours = Farben
studio-colours-hint = Geben Sie Farben im Format #rrggbb ein, zum Beispiel #0b5cad. Text und Schaltflächen müssen sich ausreichend von ihrem Hintergrund abheben, damit alle sie lesen können. Deshalb prüft das Studio vor dem Veröffentlichen den Kontrast.
studio-section-layout = Seitenaufbau
studio-section-sign-in = Anmeldeseite
studio-section-links = Links in der Fußzeile
studio-section-css = Benutzerdefiniertes CSS
studio-css-hint = Regeln für die Klassennamen, die in der CSS-Referenz des Portals aufgeführt sind. Bilder dürfen nur aus den hier hochgeladenen Bildern stammen. Bis zu 25 KB.
studio-section-images = Bilder
studio-section-publish = Veröffentlichung
studio-section-publications = Veröffentlichungen
studio-field-organisation-name = Name der Organisation
studio-field-colour-primary = Schaltflächen und Links
studio-field-colour-primary-text = Text auf Schaltflächen
studio-field-colour-header = Kopfzeile
studio-field-colour-header-text = Text in der Kopfzeile
studio-field-colour-text = Textfarbe
studio-field-colour-page = Seitenhintergrund
studio-field-colour-card = Kartenhintergrund
studio-field-colour-focus = Tastaturfokusrahmen
studio-field-layout = Seitenlayout
studio-layout-full-bleed = Hintergrundbild, das die ganze Seite ausfüllt
studio-layout-plain = Einfarbiger Seitenhintergrund
studio-field-show-header = Kopfzeile anzeigen
studio-field-show-footer = Fußzeile anzeigen
studio-field-sign-in-text = Text der Anmeldeseite
studio-field-user-name-hint = Benutzernamenhinweis
studio-field-cant-access-label = Text des Links für Personen, die sich nicht anmelden können
studio-field-show-reset-link = Link für Personen, die sich nicht anmelden können
studio-field-privacy-url = Adresse der Datenschutzerklärung
studio-field-terms-url = Adresse der Nutzungsbedingungen
studio-field-helpdesk-url = Adresse des Helpdesks (Web oder E-Mail)
studio-field-custom-css = Benutzerdefiniertes CSS
studio-field-image-banner-logo = Bannerlogo
studio-field-image-square-logo = Quadratisches Logo
studio-field-image-square-logo-dark = Quadratisches Logo für dunkle Hintergründe
studio-field-image-favicon = Websitesymbol (Favicon)
studio-field-image-background = Hintergrundbild
studio-image-limits = { $kinds }, höchstens { $kilobytes } KB und { $width } × { $height } Pixel.
studio-image-upload = { $slot } hochladen
studio-image-remove = { $slot } entfernen
studio-image-current = Aktuelles Bild: { $slot }
studio-live-heading = Livevorschau
studio-live-caption = Zeigt die Farben und Texte oben schon während der Eingabe an, noch vor dem Speichern.
studio-preview = Vorschau des Entwurfs auf den echten Seiten
studio-email-preview = Vorschau einer E-Mail mit dem Entwurf
studio-publish = Veröffentlichen
studio-state-never-published = Es wurde noch nichts veröffentlicht: Alle sehen das Portal ohne Branding.
studio-state-published = Version { $version } ist live.
studio-state-unpublished-changes = Der Entwurf enthält Änderungen, die nicht veröffentlicht sind.
studio-problems-heading = Beheben Sie Folgendes vor dem Veröffentlichen
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } haben einen Kontrast von { $ratio }; erforderlich ist mindestens { $minimum }.
studio-problem-too-long = Verwenden Sie höchstens { $max } Zeichen.
studio-problem-control-character = Entfernen Sie die Steuerzeichen (z. B. Tabulatoren).
studio-problem-not-a-colour = Geben Sie die Farbe als # gefolgt von sechs Hexadezimalziffern ein, zum Beispiel #0b5cad.
studio-problem-link-not-https = Webadressen müssen mit https:// beginnen.
studio-problem-link-invalid = Geben Sie eine Webadresse ein, die mit https:// beginnt, oder eine E-Mail-Adresse.
studio-problem-css = Zeile { $line }: { $reason }
studio-css-too-long = Das Stylesheet ist größer als 25 KB.
studio-css-import = @import ist nicht zulässig; fügen Sie die Regeln stattdessen hier ein.
studio-css-external-url = url() darf nur auf ein im Studio hochgeladenes Bild verweisen.
studio-css-expression = expression(), behavior und -moz-binding sind nicht zulässig.
studio-css-at-rule = Zulässig sind nur @media, @supports, @layer, @container, @font-face und @keyframes.
studio-css-markup = Die Zeichenfolge </ ist nicht zulässig.
studio-css-unparsable = Dies ist kein gültiges CSS (prüfen Sie, ob eine geschweifte Klammer, ein Doppelpunkt oder ein Anführungszeichen fehlt).
studio-pair-text-on-page = Text und Seitenhintergrund
studio-pair-text-on-card = Text und Kartenhintergrund
studio-pair-button-text-on-primary = Schaltflächentext und Schaltflächen
studio-pair-header-text-on-header = Kopfzeilentext und Kopfzeile
studio-pair-focus-on-page = Fokusrahmen und Seitenhintergrund
studio-column-version = Versionsnummer
studio-column-when = Veröffentlicht
studio-column-who = Von
studio-column-note = Hinweis
studio-column-action = Aktion
studio-publication-live = Derzeit live
studio-publication-restored = Stellt Version { $version } wieder her
studio-roll-back = Version { $version } erneut veröffentlichen
studio-done-saved = Der Entwurf wurde gespeichert. Sehen Sie sich die Vorschau an, und veröffentlichen Sie ihn, wenn er fertig ist.
studio-done-uploaded = Das Bild ist jetzt im Entwurf enthalten.
studio-done-removed = Das Bild wurde aus dem Entwurf entfernt.
studio-done-published = Veröffentlicht. Alle Seiten zeigen das neue Branding innerhalb weniger Sekunden an.
studio-done-rolled-back = Die frühere Version ist wieder live und ist jetzt auch der Entwurf.
studio-done-preview-stopped = Die Vorschau wurde beendet.
studio-refused-publish = Es wurde nichts veröffentlicht: Beheben Sie zuerst die unten aufgeführten Probleme.
studio-refused-no-such-version = Diese Version ist nicht vorhanden. Es wurde nichts geändert.
studio-refused-unavailable = Die Änderung konnte nicht gespeichert werden. Es wurde nichts geändert; versuchen Sie es bitte erneut.
studio-refused-empty = „{ $slot }“ wurde nicht hochgeladen: Es wurde keine Datei ausgewählt, oder die Datei war leer. Es wurde nichts geändert.
studio-refused-too-many-bytes = „{ $slot }“ wurde nicht hochgeladen: Die Datei ist größer als { $kilobytes } KB. Es wurde nichts geändert.
studio-refused-unknown-type = „{ $slot }“ wurde nicht hochgeladen: Die Datei ist unabhängig von ihrem Namen kein PNG-, JPEG- oder WebP-Bild (und bei Logos auch keine SVG-Zeichnung). Es wurde nichts geändert.
studio-refused-svg-not-allowed = „{ $slot }“ wurde nicht hochgeladen: SVG-Zeichnungen werden nur für Logos akzeptiert. Verwenden Sie PNG, JPEG oder WebP. Es wurde nichts geändert.
studio-refused-too-many-pixels = „{ $slot }“ wurde nicht hochgeladen: Das Bild ist größer als { $width } × { $height } Pixel. Es wurde nichts geändert.
studio-refused-undecodable = „{ $slot }“ wurde nicht hochgeladen: Das Bild ist beschädigt und konnte nicht gelesen werden. Es wurde nichts geändert.
studio-refused-svg-unparsable = „{ $slot }“ wurde nicht hochgeladen: Die SVG-Zeichnung konnte nicht gelesen werden. Es wurde nichts geändert.
studio-refused-svg-doctype = „{ $slot }“ wurde nicht hochgeladen: SVG-Zeichnungen mit DOCTYPE oder Entitäten werden abgelehnt. Es wurde nichts geändert.
studio-refused-svg-script = „{ $slot }“ wurde nicht hochgeladen: Die SVG-Zeichnung enthält ein Skript. Es wurde nichts geändert.
studio-refused-svg-foreign-object = „{ $slot }“ wurde nicht hochgeladen: Die SVG-Zeichnung bettet andere Inhalte ein (foreignObject). Es wurde nichts geändert.
studio-refused-svg-event-handler = „{ $slot }“ wurde nicht hochgeladen: Die SVG-Zeichnung enthält Ereignishandler (on…-Attribute). Es wurde nichts geändert.
studio-refused-svg-external-reference = „{ $slot }“ wurde nicht hochgeladen: Die SVG-Zeichnung verweist auf Dateien oder Adressen außerhalb ihrer selbst. Es wurde nichts geändert.
studio-refused-svg-too-complex = „{ $slot }“ wurde nicht hochgeladen: Die SVG-Zeichnung ist zu komplex. Vereinfachen Sie sie, und versuchen Sie es erneut. Es wurde nichts geändert.
studio-refused-svg-marker = „{ $slot }“ wurde nicht hochgeladen: SVG-Marker werden nicht unterstützt. Es wurde nichts geändert.

## Nicht gefunden

not-found-title = Seite nicht gefunden
not-found-heading = Diese Seite wurde nicht gefunden.

## Demo-Postausgang (nur im Demonstrationsmodus)

outbox-title = Demo-Postausgang
outbox-heading = Demo-Postausgang
outbox-banner-heading = Demonstrationsmodus
outbox-banner-text = Diese Seite gibt es nur im Demonstrationsmodus. Nachrichten werden nicht wirklich gesendet: E-Mails, SMS und Sprachanrufe werden stattdessen hier gespeichert, einschließlich Einmalcodes, damit Sie das Portal ausprobieren können. Betreiben Sie ein echtes Portal niemals im Demonstrationsmodus.
outbox-caption = Die letzten { $limit } Nachrichten, neueste zuerst
outbox-empty = Noch keine Nachrichten. Codes und Benachrichtigungen, die das Portal sendet, werden hier angezeigt.
outbox-time = Zeit
outbox-channel = Kanal
outbox-recipient = Empfänger
outbox-subject = Betreff
outbox-body = Nachricht
outbox-channel-email = E-Mail
outbox-channel-sms = SMS
outbox-channel-voice = Sprachanruf

## Vordefinierte Sicherheitsfragen (ihre IDs werden gespeichert; niemals einen Schlüssel umbenennen)

question-city-met-partner = In welcher Stadt haben Sie Ihren ersten Ehe- oder Lebenspartner kennengelernt?
question-city-parents-met = In welcher Stadt haben sich Ihre Eltern kennengelernt?
question-city-nearest-sibling = In welcher Stadt wohnt der Bruder oder die Schwester, der bzw. die Ihnen am nächsten wohnt?
question-city-father-born = In welcher Stadt wurde Ihr Vater geboren?
question-city-first-job = In welcher Stadt hatten Sie Ihre erste Arbeitsstelle?
question-city-mother-born = In welcher Stadt wurde Ihre Mutter geboren?
question-city-new-year-2000 = In welcher Stadt haben Sie den Jahreswechsel 1999/2000 verbracht?
question-high-school-teacher-last-name = Wie lautet der Nachname Ihrer Lieblingslehrerin oder Ihres Lieblingslehrers an der weiterführenden Schule?
question-college-applied-not-attended = Wie heißt eine Hochschule, bei der Sie sich beworben, an der Sie aber nicht studiert haben?
question-first-wedding-reception-place = Wie hieß das Lokal, in dem Sie Ihre erste Hochzeit gefeiert haben?
question-father-middle-name = Wie lautet der zweite Vorname Ihres Vaters?
question-favorite-food = Was ist Ihr Lieblingsessen?
question-maternal-grandmother-name = Wie lauten Vor- und Nachname Ihrer Großmutter mütterlicherseits?
question-mother-middle-name = Wie lautet der zweite Vorname Ihrer Mutter?
question-oldest-sibling-birthday = In welchem Monat und Jahr ist Ihr ältester Bruder oder Ihre älteste Schwester geboren? (z. B. November 1985)
question-oldest-sibling-middle-name = Wie lautet der zweite Vorname Ihres ältesten Bruders oder Ihrer ältesten Schwester?
question-paternal-grandfather-name = Wie lauten Vor- und Nachname Ihres Großvaters väterlicherseits?
question-youngest-sibling-middle-name = Wie lautet der zweite Vorname Ihres jüngsten Bruders oder Ihrer jüngsten Schwester?
question-sixth-grade-school = Welche Schule haben Sie in der 6. Klasse besucht?
question-childhood-best-friend-name = Wie lauten Vor- und Nachname Ihrer besten Freundin oder Ihres besten Freundes aus der Kindheit?
question-first-significant-other-name = Wie lauten Vor- und Nachname Ihrer ersten festen Freundin oder Ihres ersten festen Freundes?
question-grade-school-teacher-last-name = Wie lautete der Nachname Ihrer Lieblingslehrerin oder Ihres Lieblingslehrers in der Grundschule?
question-first-car-make-model = Welche Marke und welches Modell hatte Ihr erstes Auto oder Motorrad?
question-first-school = Wie hieß die erste Schule, die Sie besucht haben?
question-birth-hospital = Wie hieß das Krankenhaus, in dem Sie geboren wurden?
question-childhood-street = In welcher Straße lag Ihr erstes Elternhaus?
question-childhood-hero = Wer war in Ihrer Kindheit Ihr großes Vorbild?
question-favorite-stuffed-animal = Wie hieß Ihr Lieblingskuscheltier?
question-first-pet = Wie hieß Ihr erstes Haustier?
question-childhood-nickname = Wie lautete Ihr Spitzname in der Kindheit?
question-high-school-sport = Was war in Ihrer Schulzeit Ihre Lieblingssportart?
question-first-job = Was war Ihre erste Arbeitsstelle?
question-childhood-phone-last-digits = Wie lauteten die letzten vier Ziffern Ihrer Telefonnummer in der Kindheit?
question-childhood-ambition = Was wollten Sie als Kind werden, wenn Sie groß sind?
question-most-famous-person-met = Wer ist die berühmteste Person, der Sie je begegnet sind?

## Registrierung der Sicherheitsinformationen

method-email = E-Mail
method-mobile-phone = Mobiltelefon
method-office-phone = Bürotelefon
method-security-questions = Sicherheitsfragen
method-questions-count = { $count ->
    [one] { $count } Frage beantwortet
   *[other] { $count } Fragen beantwortet
}
source-authentication = von Ihnen zur Überprüfung registriert, nicht im Verzeichnis angezeigt
source-directory = aus Ihrem Verzeichnisprofil
source-administrator = von Ihrem Administrator festgelegt

prompt-title = Weitere Informationen erforderlich
prompt-register-heading = Weitere Informationen erforderlich
prompt-register-why = Ihre Organisation benötigt eine Möglichkeit, Ihre Identität zu bestätigen, wenn Sie Ihr Kennwort vergessen haben oder Ihr Konto gesperrt ist. Registrieren Sie jetzt Ihre Sicherheitsinformationen, damit Sie selbst wieder Zugriff erhalten, ohne den Helpdesk anrufen zu müssen.
prompt-register-needed = { $count ->
    [one] Sie benötigen mindestens eine Überprüfungsmethode.
   *[other] Sie benötigen mindestens { $count } verschiedene Überprüfungsmethoden.
}
prompt-next = Weiter
prompt-skip = Vorerst überspringen
prompt-reconfirm-heading = Sind diese Angaben noch richtig?
prompt-reconfirm-why = Überprüfen Sie bitte die Sicherheitsinformationen, die Sie registriert haben. Wenn sich etwas geändert hat, aktualisieren Sie die Angaben, damit Sie Ihr Kennwort weiterhin zurücksetzen können.
prompt-looks-good = Alles korrekt
prompt-change = Ändern
prompt-nothing = Es ist nichts weiter erforderlich
prompt-go-account = Zu Ihrem Konto

wizard-title = Sicherheitsinformationen registrieren
wizard-start = Neu beginnen
wizard-step-of = Schritt { $number } von { $total }
wizard-code-label = Prüfcode
wizard-verify = Überprüfen
wizard-send-code = Code senden
wizard-skip-step = Diese Methode überspringen
wizard-phone-country = Land oder Region
wizard-phone-number = Telefonnummer
wizard-phone-hint = Ohne Landesvorwahl oder mit Landesvorwahl, beginnend mit +.
wizard-phone-channel = Wie sollen wir den Code senden?
wizard-phone-sms = Textnachricht (SMS)
wizard-phone-voice = Sprachanruf
wizard-phone-texted = Wir haben eine SMS mit einem Code an { $number } gesendet.
wizard-phone-called = Wir rufen { $number } an, um Ihnen einen Code vorzulesen.
wizard-phone-resend-heading = Keinen Code erhalten? Erneut senden oder eine andere Nummer verwenden
wizard-phone-reset-uses = Eine Kennwortzurücksetzung würde derzeit { $number } verwenden ({ $source }).
wizard-phone-reset-none = Sie haben noch kein Telefon, das für eine Kennwortzurücksetzung verwendet werden kann.
wizard-phone-precedence = Eine Nummer, die Sie hier überprüfen, wird zu Ihrem Authentifizierungstelefon, und die Zurücksetzung verwendet sie anstelle des Mobiltelefons im Verzeichnis.
wizard-office-phone = Bürotelefon: { $number }, von Ihrem Administrator festgelegt. Sie können es hier nicht ändern.
wizard-email-address = E-Mail-Adresse
wizard-email-sent = Wir haben eine E-Mail mit einem Code an { $address } gesendet.
wizard-email-resend-heading = Keine E-Mail erhalten? Erneut senden oder eine andere Adresse verwenden
wizard-email-reset-uses = Eine Kennwortzurücksetzung würde derzeit { $address } verwenden ({ $source }).
wizard-email-reset-none = Sie haben noch keine E-Mail-Adresse, die für eine Kennwortzurücksetzung verwendet werden kann.
wizard-email-precedence = Eine Adresse, die Sie hier überprüfen, wird zu Ihrer Authentifizierungs-E-Mail-Adresse, und die Zurücksetzung verwendet sie anstelle der alternativen E-Mail-Adresse im Verzeichnis. Verwenden Sie eine andere Adresse als Ihre geschäftliche.
wizard-questions-intro = { $count ->
    [one] Wählen Sie eine Frage aus, und beantworten Sie sie.
   *[other] Wählen Sie { $count } verschiedene Fragen aus, und beantworten Sie jede davon.
} Antworten sind 3 bis 40 Zeichen lang; Groß-/Kleinschreibung und zusätzliche Leerzeichen spielen keine Rolle. Niemand, auch kein Administrator, kann sie lesen.
wizard-question-label = Frage { $number }
wizard-answer-label = Antwort auf Frage { $number }
wizard-question-choose = Frage auswählen
wizard-answers-show = Antworten anzeigen
wizard-answers-hide = Antworten ausblenden
wizard-questions-save = Weiter
wizard-questions-retype = Zu Ihrer Sicherheit werden Antworten nie an die Seite zurückgesendet: Geben Sie sie bitte erneut ein.
wizard-summary-heading = Überprüfen und speichern
wizard-summary-skipped = Übersprungen
wizard-save = Speichern
wizard-cancel = Abbrechen

registration-error-not-signed-in = Ihre Sitzung ist abgelaufen. Melden Sie sich bitte erneut an.
registration-error-flow-missing = Diese Registrierung ist abgelaufen oder wurde bereits abgeschlossen. Beginnen Sie neu, um fortzufahren.
registration-error-step-out-of-order = Dieser Schritt ist jetzt nicht verfügbar. Fahren Sie mit dem angezeigten Schritt fort.
registration-error-phone-missing = Geben Sie Ihre Telefonnummer ein.
registration-error-country-needed = Wählen Sie ein Land aus, oder geben Sie die Nummer mit der internationalen Vorwahl ein, beginnend mit +.
registration-error-phone-invalid = Dies ist keine gültige Telefonnummer für das ausgewählte Land.
registration-error-email-missing = Geben Sie Ihre E-Mail-Adresse ein.
registration-error-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
code-error-missing = Geben Sie den Code ein, den wir Ihnen gesendet haben.
code-error-malformed = Der Code besteht aus 6 bis 8 Ziffern.
code-error-wrong = { $tries ->
    [one] Dieser Code ist nicht richtig. Sie haben noch einen Versuch.
   *[other] Dieser Code ist nicht richtig. Sie haben noch { $tries } Versuche.
}
code-error-dead = Zu viele falsche Codes. Senden Sie einen neuen Code.
code-error-expired = Dieser Code ist abgelaufen. Senden Sie einen neuen Code.
code-error-used = Dieser Code wurde bereits verwendet. Senden Sie einen neuen Code.
code-error-none-sent = Es steht kein Code aus. Senden Sie einen neuen Code.
code-error-too-many = Es wurden zu viele Codes gesendet. Warten Sie eine Stunde, oder wählen Sie eine andere Methode.
code-error-delivery-failed = Der Code konnte nicht gesendet werden. Versuchen Sie es erneut, oder wählen Sie eine andere Methode.
registration-error-question-missing = Wählen Sie hier eine Frage aus.
registration-error-question-not-offered = Wählen Sie eine Frage aus der Liste aus.
registration-error-question-twice = Sie haben diese Frage bereits ausgewählt. Wählen Sie eine andere aus.
error-answer-missing = Geben Sie eine Antwort ein.
registration-error-answer-too-short = Antworten müssen mindestens 3 Zeichen lang sein.
registration-error-answer-too-long = Antworten dürfen höchstens 40 Zeichen lang sein.
registration-error-answer-twice = Sie haben diese Antwort bereits für eine andere Frage angegeben. Geben Sie eine andere Antwort ein.
registration-error-steps-pending = Schließen Sie vor dem Speichern jeden Schritt ab, oder überspringen Sie ihn.
registration-error-nothing-to-save = Es wurde nichts hinzugefügt. Registrieren Sie mindestens eine Methode, oder brechen Sie ab.
registration-error-not-enough-methods = { $needed ->
    [one] Registrieren Sie mindestens eine Methode, damit Sie Ihr Kennwort zurücksetzen können.
   *[other] Registrieren Sie mindestens { $needed } verschiedene Methoden, damit Sie Ihr Kennwort zurücksetzen können.
}

account-security-info = Sicherheitsinformationen: registrieren, ändern oder löschen
account-security-info-saved = Ihre Sicherheitsinformationen wurden gespeichert.

message-code-email-subject = Ihr Prüfcode
message-code-email-body = Ihr Prüfcode lautet { $code }.

    Er ist { $minutes } Minuten lang gültig. Wenn Sie ihn nicht angefordert haben, können Sie diese E-Mail ignorieren: Ohne den Code ändert sich nichts.
message-code-sms = Ihr Prüfcode lautet { $code }. Er ist { $minutes } Minuten lang gültig.
message-code-voice = Ihr Prüfcode lautet: { $code }. Ich wiederhole: { $code }.
message-changed-subject = Ihre Sicherheitsinformationen wurden geändert
message-changed-body = Die Sicherheitsinformationen Ihres Kontos wurden soeben geändert:
    { $changes }

    Wenn Sie diese Änderung vorgenommen haben, müssen Sie nichts weiter tun. Andernfalls wenden Sie sich umgehend an Ihren Helpdesk.
message-changed-phone = das Authentifizierungstelefon
message-changed-email = die Authentifizierungs-E-Mail-Adresse
message-changed-questions = die Sicherheitsfragen

country-AR = Argentinien
country-AT = Österreich
country-AU = Australien
country-BE = Belgien
country-BR = Brasilien
country-CA = Kanada
country-CH = Schweiz
country-CN = China
country-CZ = Tschechien
country-DE = Deutschland
country-DK = Dänemark
country-ES = Spanien
country-FI = Finnland
country-FR = Frankreich
country-GB = Vereinigtes Königreich
country-GR = Griechenland
country-HR = Kroatien
country-HU = Ungarn
country-IE = Irland
country-IN = Indien
country-IT = Italien
country-JP = Japan
country-LU = Luxemburg
country-MT = Malta
country-MX = Mexiko
country-NL = Niederlande
country-NO = Norwegen
country-NZ = Neuseeland
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SE = Schweden
country-SI = Slowenien
country-SK = Slowakei
country-SM = San Marino
country-TR = Türkei
country-UA = Ukraine
country-US = Vereinigte Staaten
country-VA = Vatikanstadt
country-ZA = Südafrika
registration-error-reauth-required = Geben Sie zu Ihrer Sicherheit Ihr Kennwort erneut ein, bevor Sie Ihre Sicherheitsinformationen ändern.
registration-error-method-not-changeable = Diese Methode kann hier nicht geändert werden.
registration-error-wrong-password = Dieses Kennwort ist nicht richtig.
registration-error-too-many-password-tries = Es wurden zu viele falsche Kennwörter eingegeben. Warten Sie bitte einige Minuten, und versuchen Sie es dann erneut.

security-info-title = Sicherheitsinformationen
security-info-back = Zurück zu Ihrem Konto
security-info-usable = { $usable ->
    [one] Für eine Kennwortzurücksetzung kann eine Ihrer Methoden verwendet werden
   *[other] Für eine Kennwortzurücksetzung können { $usable } Ihrer Methoden verwendet werden
}; benötigt { $required ->
    [one] wird eine.
   *[other] werden { $required } verschiedene.
}
security-info-not-set = Nicht festgelegt
security-info-add = Hinzufügen
security-info-change = Ändern
security-info-delete = Löschen
security-info-deleted = Die Methode wurde gelöscht.
security-info-delete-title = Methode löschen
security-info-delete-confirm = „{ $method }“ aus Ihren Sicherheitsinformationen löschen?
security-info-delete-warning = { $required ->
    [one] Danach hätten Sie keine Methode mehr und könnten Ihr Kennwort nicht mehr selbst zurücksetzen.
   *[other] Danach hätten Sie weniger als { $required } Methoden und könnten Ihr Kennwort nicht mehr selbst zurücksetzen.
}
reauth-title = Identität bestätigen
reauth-submit = Weiter

## Benachrichtigungen zur Kennwortzurücksetzung

message-reset-subject = Ihr Kennwort wurde zurückgesetzt
message-reset-body = Guten Tag,

    das Kennwort Ihres Kontos wurde soeben über das Self-Service-Kennwortportal zurückgesetzt, und alle Sitzungen wurden abgemeldet.

    Wenn Sie das waren, müssen Sie nichts weiter tun. Andernfalls wenden Sie sich umgehend an Ihren Administrator.

    Anmelden: { $url }
message-unlocked-subject = Ihr Konto wurde entsperrt
message-unlocked-body = Guten Tag,

    Ihr Konto wurde soeben über das Self-Service-Kennwortportal entsperrt. Ihr Kennwort wurde nicht geändert.

    Wenn Sie das nicht waren, wenden Sie sich umgehend an Ihren Administrator.

    Anmelden: { $url }
message-admin-reset-subject = Administrator { $admin } hat das eigene Kennwort zurückgesetzt
message-admin-reset-body = Guten Tag,

    der Administrator { $admin } hat soeben das eigene Kennwort über das Self-Service-Kennwortportal zurückgesetzt.

    Wenn Sie dies nicht erwartet haben, klären Sie das bitte mit der betreffenden Person, und überprüfen Sie das Überwachungsprotokoll.

    Portal: { $url }

## E-Mail-Fußzeile und Absender von SMS

email-footer-sent-by = Dies ist eine automatisch erstellte Nachricht von { $organisation }.
email-footer-privacy = Datenschutz
email-footer-terms = Nutzungsbedingungen
email-footer-helpdesk = Helpdesk
message-from-organisation = { $organisation }: { $text }
