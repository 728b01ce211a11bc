### Ελληνικά (el). Register: formal plural ("εσείς": "Εισαγάγετε", "Επιλέξτε"), as in Microsoft's Greek product UI.
### Glossary:
###   password = κωδικός πρόσβασης
###   security info = πληροφορίες ασφαλείας
###   verification code = κωδικός επαλήθευσης
###   security question = ερώτηση ασφαλείας
###   helpdesk = υπηρεσία υποστήριξης
###   administrator = διαχειριστής
###   sign in = σύνδεση (συνδεθείτε)
###   sign out = αποσύνδεση
###   account = λογαριασμός
###   user name = όνομα χρήστη
###   reset = επαναφορά (επαναφέρετε)
###   unlock = ξεκλείδωμα (ξεκλειδώστε)
###   method = μέθοδος
###   authentication phone / email = τηλέφωνο / ηλεκτρονικό ταχυδρομείο ελέγχου ταυτότητας
###   directory = κατάλογος
###   email = ηλεκτρονικό ταχυδρομείο (μήνυμα ηλεκτρονικού ταχυδρομείου)
###   text message = μήνυμα κειμένου (SMS)

## Κοινά σε όλες τις σελίδες

product-name = Αυτοεξυπηρέτηση λογαριασμού
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
loading = Φόρτωση…
language-label = Γλώσσα
# Εμφανίζεται στην επιλογή γλώσσας: το όνομα αυτής της γλώσσας, στην ίδια τη γλώσσα.
language-name = Ελληνικά
language-apply = Αλλαγή γλώσσας
password-show = Εμφάνιση κωδικού πρόσβασης
password-hide = Απόκρυψη κωδικού πρόσβασης

## Σφάλματα

error-user-name-missing = Εισαγάγετε το όνομα χρήστη σας.
error-user-name-invalid = Αυτό δεν μοιάζει με όνομα χρήστη. Ελέγξτε τι πληκτρολογήσατε και δοκιμάστε ξανά.
error-password-missing = Εισαγάγετε τον κωδικό πρόσβασής σας.
error-invalid-credentials = Το όνομα χρήστη ή ο κωδικός πρόσβασης είναι λανθασμένος. Ελέγξτε τα και τα δύο και δοκιμάστε ξανά.
error-account-locked = Ο λογαριασμός σας είναι κλειδωμένος. Για να τον ξεκλειδώσετε, επιλέξτε παρακάτω «Δεν μπορείτε να αποκτήσετε πρόσβαση στον λογαριασμό σας;» ή επικοινωνήστε με την υπηρεσία υποστήριξης.
error-sign-in-paused = Έγιναν πάρα πολλές αποτυχημένες προσπάθειες σύνδεσης με αυτό το όνομα χρήστη. Για την προστασία του λογαριασμού, η σύνδεση έχει ανασταλεί έως { $until }. Αν ξεχάσατε τον κωδικό πρόσβασής σας, μπορείτε να τον επαναφέρετε τώρα.
error-sign-in-busy-address = Έγιναν πάρα πολλές αποτυχημένες προσπάθειες σύνδεσης από το δίκτυό σας. Περιμένετε μία ώρα και δοκιμάστε ξανά.
error-unavailable = Παρουσιάστηκε πρόβλημα από την πλευρά μας. Δοκιμάστε ξανά σε λίγα λεπτά.
error-transport = Δεν ήταν δυνατή η επικοινωνία με τον διακομιστή. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.

## Σελίδα σύνδεσης

sign-in-title = Σύνδεση
sign-in-heading = Συνδεθείτε στον λογαριασμό σας
sign-in-user-name = Όνομα χρήστη
sign-in-password = Κωδικός πρόσβασης
sign-in-submit = Σύνδεση
sign-in-cant-access = Δεν μπορείτε να αποκτήσετε πρόσβαση στον λογαριασμό σας;

## Σελίδα λογαριασμού

account-title = Ο λογαριασμός σας
account-heading = Ο λογαριασμός σας
account-signed-in-as = Έχετε συνδεθεί ως
account-sign-out = Αποσύνδεση
account-signed-out = Δεν έχετε συνδεθεί.
account-go-sign-in = Μετάβαση στη σύνδεση

## Επαναφορά κωδικού πρόσβασης

reset-title = Επαναφορά κωδικού πρόσβασης
reset-heading = Ανακτήστε την πρόσβαση στον λογαριασμό σας
reset-back-to-sign-in = Επιστροφή στη σύνδεση
reset-intro = Εισαγάγετε το όνομα χρήστη σας και θα σας βοηθήσουμε να αποδείξετε ότι είστε εσείς. Στη συνέχεια θα επιλέξετε νέο κωδικό πρόσβασης.
reset-user-id = Όνομα χρήστη
reset-user-id-hint = Συνήθως είναι η επαγγελματική σας διεύθυνση ηλεκτρονικού ταχυδρομείου, για παράδειγμα name@contoso.example.
reset-next = Επόμενο
captcha-question = Για να δείξετε ότι είστε άνθρωπος: πόσο κάνει { $a } συν { $b };
captcha-hint = Πληκτρολογήστε την απάντηση με ψηφία.
captcha-checking = Ελέγχουμε ότι είστε άνθρωπος…
captcha-done = Ολοκληρώθηκε: το πρόγραμμα περιήγησής σας απέδειξε ότι είστε άνθρωπος. Συνεχίστε με το «Επόμενο».
reset-start-again = Έναρξη από την αρχή
reset-verify-heading = Αποδείξτε ότι είστε εσείς
reset-gate-of = Επαλήθευση { $number } από { $total }
reset-gate-legend = Πώς θέλετε να λάβετε κωδικό επαλήθευσης;
reset-gate-email = Αποστολή κωδικού με ηλεκτρονικό ταχυδρομείο στη διεύθυνση { $destination }
reset-gate-mobile-sms = Αποστολή κωδικού με μήνυμα κειμένου στο κινητό μου τηλέφωνο { $destination }
reset-gate-mobile-voice = Κλήση στο κινητό μου τηλέφωνο { $destination }
reset-gate-office-voice = Κλήση στο τηλέφωνο γραφείου μου { $destination }
reset-gate-questions = Απάντηση στις ερωτήσεις ασφαλείας μου
reset-code-sent-email = Στείλαμε ένα μήνυμα ηλεκτρονικού ταχυδρομείου με κωδικό επαλήθευσης στη διεύθυνση { $destination }.
reset-code-sent-sms = Στείλαμε ένα μήνυμα κειμένου με κωδικό επαλήθευσης στον αριθμό { $destination }.
reset-code-sent-voice = Καλούμε τον αριθμό { $destination } για να σας υπαγορεύσουμε έναν κωδικό επαλήθευσης.
reset-code-resend = Αποστολή νέου κωδικού
reset-other-method = Χρήση άλλης μεθόδου
reset-questions-heading = Απαντήστε στις ερωτήσεις ασφαλείας σας
reset-password-heading = Επιλέξτε νέο κωδικό πρόσβασης
reset-password-hint = { $min ->
    [one] Χρησιμοποιήστε τουλάχιστον έναν χαρακτήρα.
   *[other] Χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες. Ιδανική είναι μια μεγάλη φράση που μπορείτε να θυμάστε· αποφύγετε το όνομά σας και τους συνηθισμένους κωδικούς πρόσβασης.
}
reset-password-new = Νέος κωδικός πρόσβασης
reset-password-confirm = Επιβεβαίωση νέου κωδικού πρόσβασης
reset-password-strength-0 = Εκτιμώμενη ισχύς: πολύ ασθενής
reset-password-strength-1 = Εκτιμώμενη ισχύς: ασθενής
reset-password-strength-2 = Εκτιμώμενη ισχύς: μέτρια
reset-password-strength-3 = Εκτιμώμενη ισχύς: ισχυρή
reset-password-strength-4 = Εκτιμώμενη ισχύς: πολύ ισχυρή
reset-password-strength-note = Μια εκτίμηση που γίνεται στο πρόγραμμα περιήγησής σας για να σας βοηθήσει στην επιλογή. Το αν θα γίνει δεκτός ο κωδικός πρόσβασης το αποφασίζουν οι παραπάνω κανόνες.
reset-password-submit = Επαναφορά κωδικού πρόσβασης
reset-unlock-only-text = Ο λογαριασμός σας είναι κλειδωμένος. Αν θυμάστε ακόμη τον κωδικό πρόσβασής σας, μπορείτε να ξεκλειδώσετε τον λογαριασμό και να τον διατηρήσετε.
reset-unlock-only = Μόνο ξεκλείδωμα
reset-contact-heading = Επικοινωνήστε με τον διαχειριστή σας
reset-contact-text = Δεν μπορείτε να επαναφέρετε τον κωδικό πρόσβασής σας εδώ. Ο διαχειριστής σας μπορεί να σας βοηθήσει να ανακτήσετε την πρόσβαση στον λογαριασμό σας.
reset-contact-helpdesk = Επικοινωνία με την υπηρεσία υποστήριξης
reset-done-heading = Έγινε επαναφορά του κωδικού πρόσβασής σας
reset-done-text = Αποσυνδεθήκατε από παντού. Συνδεθείτε με τον νέο κωδικό πρόσβασής σας.
reset-unlocked-heading = Ο λογαριασμός σας ξεκλειδώθηκε
reset-unlocked-text = Συνδεθείτε με τον τρέχοντα κωδικό πρόσβασής σας.
reset-go-sign-in = Μετάβαση στη σύνδεση
reset-error-flow-missing = Η διαδικασία επαναφοράς έληξε ή δεν ξεκίνησε ποτέ. Ξεκινήστε από την αρχή.
reset-error-step-out-of-order = Αυτό το βήμα δεν είναι διαθέσιμο τώρα. Συνεχίστε από αυτήν τη σελίδα.
reset-error-user-id-missing = Εισαγάγετε το όνομα χρήστη σας.
reset-error-user-id-invalid = Εισαγάγετε το όνομα χρήστη σας σε μορφή διεύθυνσης ηλεκτρονικού ταχυδρομείου, για παράδειγμα name@contoso.example.
reset-error-captcha-failed = Δεν ήταν δυνατό να ελέγξουμε ότι είστε άνθρωπος. Δοκιμάστε ξανά.
reset-error-gate-missing = Επιλέξτε πώς θέλετε να λάβετε κωδικό.
reset-error-code-dead = Πάρα πολλοί λανθασμένοι κωδικοί. Στείλτε νέο κωδικό ή χρησιμοποιήστε άλλη μέθοδο.
reset-error-answers-wrong = Μία ή περισσότερες απαντήσεις δεν είναι σωστές. Ελέγξτε τις και δοκιμάστε ξανά.
reset-error-blocked = Κάνατε πάρα πολλές προσπάθειες. Για την ασφάλειά σας, η επαναφορά μέσω αυτοεξυπηρέτησης έχει ανασταλεί για αυτόν τον λογαριασμό έως { $until }.
reset-error-busy-address = Έγιναν πάρα πολλές προσπάθειες από το δίκτυό σας. Περιμένετε μία ώρα και δοκιμάστε ξανά.
reset-error-passwords-differ = Οι δύο κωδικοί πρόσβασης δεν ταιριάζουν.
reset-error-password-too-short = { $min ->
    [one] Χρησιμοποιήστε τουλάχιστον έναν χαρακτήρα.
   *[other] Χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες.
}
reset-error-password-missing = Εισαγάγετε νέο κωδικό πρόσβασης.
reset-error-password-common = Αυτός ο κωδικός πρόσβασης βρίσκεται στη λίστα με εκείνους που δοκιμάζουν πρώτα οι εισβολείς. Επιλέξτε άλλον, για παράδειγμα μια φράση από μερικές άσχετες μεταξύ τους λέξεις.
reset-error-password-control = Οι κωδικοί πρόσβασης δεν μπορούν να περιέχουν αλλαγές γραμμής, στηλοθέτες ή άλλους χαρακτήρες ελέγχου. Πληκτρολογήστε τον ξανά χωρίς αυτούς.
reset-error-write-unconfirmed = Δεν ήταν δυνατό να επιβεβαιώσουμε ότι ο νέος κωδικός πρόσβασής σας αποθηκεύτηκε. Επιλέξτε τον ξανά· η νέα επιλογή αντικαθιστά ό,τι τυχόν αποθηκεύτηκε.
reset-writing = Η αλλαγή σας αποθηκεύεται. Ανανεώστε αυτήν τη σελίδα σε λίγο.
reset-error-password-too-long = Χρησιμοποιήστε το πολύ 256 χαρακτήρες.
reset-error-password-contains-name = Μην χρησιμοποιείτε το όνομα χρήστη σας στον κωδικό πρόσβασης.
reset-error-write-failed = Δεν ήταν δυνατή η αποθήκευση της αλλαγής στον κατάλογο, επομένως δεν άλλαξε τίποτα. Δοκιμάστε ξανά σε λίγο.

## Επωνυμία του οργανισμού σε κάθε σελίδα

footer-label = Σύνδεσμοι του οργανισμού
footer-privacy = Προστασία προσωπικών δεδομένων
footer-terms = Όροι χρήσης
footer-helpdesk = Υπηρεσία υποστήριξης

## Στούντιο επωνυμίας (/admin/branding, για διαχειριστές επωνυμίας)

studio-title = Στούντιο επωνυμίας
studio-heading-layer = Ρυθμίσεις: { $layer }
studio-back = Επιστροφή στο στούντιο επωνυμίας
studio-preview-banner = Βλέπετε προεπισκόπηση της μη δημοσιευμένης επωνυμίας. Κανείς άλλος δεν τη βλέπει μέχρι να δημοσιευτεί.
studio-preview-stop = Διακοπή προεπισκόπησης
studio-layer-label = Ρυθμίσεις για
studio-layer-open = Άνοιγμα
studio-layer-default = Προεπιλογή (όλες οι γλώσσες)
studio-layer-overridden = { $language } (με δικές της ρυθμίσεις)
studio-inherited = Αν μείνει κενό: { $value }
studio-as-default = Όπως στις προεπιλεγμένες ρυθμίσεις
studio-as-product = Όπως εμφανίζεται η πύλη χωρίς επωνυμία
studio-show = Εμφάνιση
studio-hide = Απόκρυψη
studio-save = Αποθήκευση πρόχειρου
studio-section-identity = Οργανισμός
studio-section-colours = Χρώματα
studio-colours-hint = Γράψτε τα χρώματα στη μορφή #rrggbb, για παράδειγμα #0b5cad. Το κείμενο και τα κουμπιά πρέπει να ξεχωρίζουν αρκετά από το φόντο τους ώστε να μπορούν να τα διαβάσουν όλοι, γι' αυτό το στούντιο ελέγχει την αντίθεση πριν από τη δημοσίευση.
studio-section-layout = Διάταξη
studio-section-sign-in = Σελίδα εισόδου
studio-section-links = Σύνδεσμοι υποσέλιδου
studio-section-css = Προσαρμοσμένο CSS
studio-css-hint = Κανόνες για τα ονόματα κλάσεων που παρατίθενται στην αναφορά CSS της πύλης. Οι εικόνες μπορούν να προέρχονται μόνο από τις εικόνες που έχουν αποσταλεί εδώ. Έως 25 KB.
studio-section-images = Εικόνες
studio-section-publish = Δημοσίευση
studio-section-publications = Δημοσιεύσεις
studio-field-organisation-name = Όνομα οργανισμού
studio-field-colour-primary = Κουμπιά και σύνδεσμοι
studio-field-colour-primary-text = Κείμενο στα κουμπιά
studio-field-colour-header = Λωρίδα κεφαλίδας
studio-field-colour-header-text = Κείμενο στη λωρίδα κεφαλίδας
studio-field-colour-text = Κείμενο
studio-field-colour-page = Φόντο σελίδας
studio-field-colour-card = Φόντο κάρτας
studio-field-colour-focus = Πλαίσιο εστίασης πληκτρολογίου
studio-field-layout = Διάταξη σελίδας
studio-layout-full-bleed = Εικόνα φόντου που γεμίζει τη σελίδα
studio-layout-plain = Απλό χρώμα σελίδας
studio-field-show-header = Εμφάνιση λωρίδας κεφαλίδας
studio-field-show-footer = Εμφάνιση υποσέλιδου
studio-field-sign-in-text = Κείμενο σελίδας εισόδου
studio-field-user-name-hint = Υπόδειξη ονόματος χρήστη
studio-field-cant-access-label = Κείμενο του συνδέσμου για όσους δεν μπορούν να συνδεθούν
studio-field-show-reset-link = Σύνδεσμος για όσους δεν μπορούν να συνδεθούν
studio-field-privacy-url = Διεύθυνση της δήλωσης προστασίας προσωπικών δεδομένων
studio-field-terms-url = Διεύθυνση των όρων χρήσης
studio-field-helpdesk-url = Διεύθυνση της υπηρεσίας υποστήριξης (web ή ηλεκτρονικό ταχυδρομείο)
studio-field-custom-css = Προσαρμοσμένο CSS
studio-field-image-banner-logo = Λογότυπο πλαισίου
studio-field-image-square-logo = Τετράγωνο λογότυπο
studio-field-image-square-logo-dark = Τετράγωνο λογότυπο για σκούρα φόντα
studio-field-image-favicon = Εικονίδιο τοποθεσίας (favicon)
studio-field-image-background = Εικόνα φόντου
studio-image-limits = { $kinds }, έως { $kilobytes } KB και { $width } × { $height } εικονοστοιχεία.
studio-image-upload = Αποστολή: { $slot }
studio-image-remove = Κατάργηση: { $slot }
studio-image-current = Τρέχουσα εικόνα: { $slot }
studio-live-heading = Ζωντανή προεπισκόπηση
studio-live-caption = Ακολουθεί τα χρώματα και τα κείμενα παραπάνω καθώς πληκτρολογείτε, πριν από την αποθήκευση.
studio-preview = Προεπισκόπηση του πρόχειρου στις πραγματικές σελίδες
studio-email-preview = Προεπισκόπηση μηνύματος ηλεκτρονικού ταχυδρομείου με το πρόχειρο
studio-publish = Δημοσίευση
studio-state-never-published = Δεν έχει δημοσιευτεί τίποτα ακόμα: όλοι βλέπουν την πύλη χωρίς επωνυμία.
studio-state-published = Η έκδοση { $version } είναι ενεργή.
studio-state-unpublished-changes = Το πρόχειρο έχει αλλαγές που δεν έχουν δημοσιευτεί.
studio-problems-heading = Διορθώστε τα εξής πριν από τη δημοσίευση
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: η αντίθεση μεταξύ { $pair } είναι { $ratio }· απαιτείται τουλάχιστον { $minimum }.
studio-problem-too-long = χρησιμοποιήστε έως { $max } χαρακτήρες.
studio-problem-control-character = καταργήστε τους χαρακτήρες ελέγχου (όπως τις στηλοθετήσεις).
studio-problem-not-a-colour = γράψτε το χρώμα ως # ακολουθούμενο από έξι δεκαεξαδικά ψηφία, για παράδειγμα #0b5cad.
studio-problem-link-not-https = οι διευθύνσεις web πρέπει να ξεκινούν με https://.
studio-problem-link-invalid = γράψτε μια διεύθυνση web που ξεκινά με https:// ή μια διεύθυνση ηλεκτρονικού ταχυδρομείου.
studio-problem-css = γραμμή { $line }: { $reason }
studio-css-too-long = το φύλλο στυλ υπερβαίνει τα 25 KB.
studio-css-import = το @import δεν επιτρέπεται· τοποθετήστε τους κανόνες απευθείας εδώ.
studio-css-external-url = το url() μπορεί να παραπέμπει μόνο σε εικόνα που έχει αποσταλεί στο στούντιο.
studio-css-expression = τα expression(), behavior και -moz-binding δεν επιτρέπονται.
studio-css-at-rule = επιτρέπονται μόνο τα @media, @supports, @layer, @container, @font-face και @keyframes.
studio-css-markup = η ακολουθία </ δεν επιτρέπεται.
studio-css-unparsable = αυτό δεν είναι έγκυρο CSS (ελέγξτε αν λείπει άγκιστρο, άνω και κάτω τελεία ή εισαγωγικό).
studio-pair-text-on-page = κειμένου και φόντου σελίδας
studio-pair-text-on-card = κειμένου και φόντου κάρτας
studio-pair-button-text-on-primary = κειμένου κουμπιών και κουμπιών
studio-pair-header-text-on-header = κειμένου κεφαλίδας και λωρίδας κεφαλίδας
studio-pair-focus-on-page = πλαισίου εστίασης και φόντου σελίδας
studio-column-version = Έκδοση
studio-column-when = Ημερομηνία δημοσίευσης
studio-column-who = Από
studio-column-note = Σημείωση
studio-column-action = Ενέργεια
studio-publication-live = Ενεργή τώρα
studio-publication-restored = Επαναφέρει την έκδοση { $version }
studio-roll-back = Εκ νέου δημοσίευση της έκδοσης { $version }
studio-done-saved = Το πρόχειρο αποθηκεύτηκε. Κάντε προεπισκόπηση και δημοσιεύστε το όταν είναι έτοιμο.
studio-done-uploaded = Η εικόνα προστέθηκε στο πρόχειρο.
studio-done-removed = Η εικόνα καταργήθηκε από το πρόχειρο.
studio-done-published = Η δημοσίευση ολοκληρώθηκε. Όλες οι σελίδες θα εμφανίζουν τη νέα επωνυμία μέσα σε λίγα δευτερόλεπτα.
studio-done-rolled-back = Η προηγούμενη έκδοση είναι ξανά ενεργή και τώρα είναι επίσης το πρόχειρο.
studio-done-preview-stopped = Η προεπισκόπηση τερματίστηκε.
studio-refused-publish = Δεν δημοσιεύτηκε τίποτα: διορθώστε πρώτα τα προβλήματα που αναφέρονται παρακάτω.
studio-refused-no-such-version = Αυτή η έκδοση δεν υπάρχει. Δεν άλλαξε τίποτα.
studio-refused-unavailable = Δεν ήταν δυνατή η αποθήκευση της αλλαγής. Δεν άλλαξε τίποτα· δοκιμάστε ξανά.
studio-refused-empty = Η εικόνα «{ $slot }» δεν αποστάλθηκε: δεν επιλέχθηκε αρχείο ή το αρχείο ήταν κενό. Δεν άλλαξε τίποτα.
studio-refused-too-many-bytes = Η εικόνα «{ $slot }» δεν αποστάλθηκε: το αρχείο υπερβαίνει τα { $kilobytes } KB. Δεν άλλαξε τίποτα.
studio-refused-unknown-type = Η εικόνα «{ $slot }» δεν αποστάλθηκε: το αρχείο δεν είναι εικόνα PNG, JPEG ή WebP (ούτε σχέδιο SVG, για λογότυπα), ό,τι κι αν λέει το όνομά του. Δεν άλλαξε τίποτα.
studio-refused-svg-not-allowed = Η εικόνα «{ $slot }» δεν αποστάλθηκε: τα σχέδια SVG γίνονται δεκτά μόνο για λογότυπα. Χρησιμοποιήστε PNG, JPEG ή WebP. Δεν άλλαξε τίποτα.
studio-refused-too-many-pixels = Η εικόνα «{ $slot }» δεν αποστάλθηκε: υπερβαίνει τα { $width } × { $height } εικονοστοιχεία. Δεν άλλαξε τίποτα.
studio-refused-undecodable = Η εικόνα «{ $slot }» δεν αποστάλθηκε: είναι κατεστραμμένη και δεν ήταν δυνατή η ανάγνωσή της. Δεν άλλαξε τίποτα.
studio-refused-svg-unparsable = Η εικόνα «{ $slot }» δεν αποστάλθηκε: δεν ήταν δυνατή η ανάγνωση του σχεδίου SVG. Δεν άλλαξε τίποτα.
studio-refused-svg-doctype = Η εικόνα «{ $slot }» δεν αποστάλθηκε: τα σχέδια SVG με DOCTYPE ή οντότητες απορρίπτονται. Δεν άλλαξε τίποτα.
studio-refused-svg-script = Η εικόνα «{ $slot }» δεν αποστάλθηκε: το σχέδιο SVG περιέχει δέσμη ενεργειών. Δεν άλλαξε τίποτα.
studio-refused-svg-foreign-object = Η εικόνα «{ $slot }» δεν αποστάλθηκε: το σχέδιο SVG ενσωματώνει άλλο περιεχόμενο (foreignObject). Δεν άλλαξε τίποτα.
studio-refused-svg-event-handler = Η εικόνα «{ $slot }» δεν αποστάλθηκε: το σχέδιο SVG περιέχει δρομολογητές συμβάντων (χαρακτηριστικά on…). Δεν άλλαξε τίποτα.
studio-refused-svg-external-reference = Η εικόνα «{ $slot }» δεν αποστάλθηκε: το σχέδιο SVG παραπέμπει σε αρχεία ή διευθύνσεις εκτός του ίδιου του σχεδίου. Δεν άλλαξε τίποτα.
studio-refused-svg-too-complex = Η εικόνα «{ $slot }» δεν αποστάλθηκε: το σχέδιο SVG είναι υπερβολικά σύνθετο. Απλοποιήστε το και δοκιμάστε ξανά. Δεν άλλαξε τίποτα.
studio-refused-svg-marker = Η εικόνα «{ $slot }» δεν αποστάλθηκε: οι δείκτες SVG (marker) δεν υποστηρίζονται. Δεν άλλαξε τίποτα.

## Η σελίδα δεν βρέθηκε

not-found-title = Η σελίδα δεν βρέθηκε
not-found-heading = Δεν βρήκαμε αυτήν τη σελίδα.

## Εξερχόμενα επίδειξης (μόνο σε λειτουργία επίδειξης)

outbox-title = Εξερχόμενα επίδειξης
outbox-heading = Εξερχόμενα επίδειξης
outbox-banner-heading = Λειτουργία επίδειξης
outbox-banner-text = Αυτή η σελίδα υπάρχει μόνο σε λειτουργία επίδειξης. Τα μηνύματα δεν αποστέλλονται πραγματικά: τα μηνύματα ηλεκτρονικού ταχυδρομείου, τα μηνύματα κειμένου και οι φωνητικές κλήσεις φυλάσσονται εδώ, μαζί με τους κωδικούς μίας χρήσης, ώστε να μπορείτε να δοκιμάσετε την πύλη. Μην εκτελείτε ποτέ μια πραγματική πύλη σε λειτουργία επίδειξης.
outbox-caption = { $limit ->
    [one] Το πιο πρόσφατο μήνυμα
   *[other] Τα { $limit } πιο πρόσφατα μηνύματα, με τα νεότερα πρώτα
}
outbox-empty = Δεν υπάρχουν ακόμη μηνύματα. Οι κωδικοί και οι ειδοποιήσεις που στέλνει η πύλη θα εμφανίζονται εδώ.
outbox-time = Ώρα
outbox-channel = Κανάλι
outbox-recipient = Παραλήπτης
outbox-subject = Θέμα
outbox-body = Μήνυμα
outbox-channel-email = Ηλεκτρονικό ταχυδρομείο
outbox-channel-sms = Μήνυμα κειμένου
outbox-channel-voice = Φωνητική κλήση

## Προκαθορισμένες ερωτήσεις ασφαλείας (τα αναγνωριστικά τους αποθηκεύονται· μην μετονομάζετε ποτέ ένα κλειδί)

question-city-met-partner = Σε ποια πόλη γνωρίσατε τον πρώτο ή την πρώτη σύντροφό σας;
question-city-parents-met = Σε ποια πόλη γνωρίστηκαν οι γονείς σας;
question-city-nearest-sibling = Σε ποια πόλη μένει ο αδελφός ή η αδελφή σας που είναι πιο κοντά σας σε ηλικία;
question-city-father-born = Σε ποια πόλη γεννήθηκε ο πατέρας σας;
question-city-first-job = Σε ποια πόλη ήταν η πρώτη σας δουλειά;
question-city-mother-born = Σε ποια πόλη γεννήθηκε η μητέρα σας;
question-city-new-year-2000 = Σε ποια πόλη υποδεχτήκατε το 2000;
question-high-school-teacher-last-name = Ποιο είναι το επώνυμο του αγαπημένου σας καθηγητή ή της αγαπημένης σας καθηγήτριας στο Λύκειο;
question-college-applied-not-attended = Ποιο πανεπιστήμιο ή ποια σχολή είχατε δηλώσει, αλλά τελικά δεν φοιτήσατε εκεί;
question-first-wedding-reception-place = Ποιο ήταν το όνομα του χώρου όπου έγινε η δεξίωση του πρώτου σας γάμου;
question-father-middle-name = Ποιο είναι το πατρώνυμο του πατέρα σας;
question-favorite-food = Ποιο είναι το αγαπημένο σας φαγητό;
question-maternal-grandmother-name = Ποιο είναι το ονοματεπώνυμο της γιαγιάς σας από την πλευρά της μητέρας σας;
question-mother-middle-name = Ποιο είναι το πατρικό επώνυμο της μητέρας σας;
question-oldest-sibling-birthday = Ποιον μήνα και ποιο έτος γεννήθηκε ο μεγαλύτερος αδελφός ή η μεγαλύτερη αδελφή σας; (π.χ. Νοέμβριος 1985)
question-oldest-sibling-middle-name = Ποιο είναι το όνομα του μεγαλύτερου αδελφού ή της μεγαλύτερης αδελφής σας;
question-paternal-grandfather-name = Ποιο είναι το ονοματεπώνυμο του παππού σας από την πλευρά του πατέρα σας;
question-youngest-sibling-middle-name = Ποιο είναι το όνομα του μικρότερου αδελφού ή της μικρότερης αδελφής σας;
question-sixth-grade-school = Σε ποιο σχολείο πήγατε στην Έκτη Δημοτικού;
question-childhood-best-friend-name = Ποιο ήταν το ονοματεπώνυμο του καλύτερου φίλου ή της καλύτερης φίλης σας στα παιδικά σας χρόνια;
question-first-significant-other-name = Ποιο ήταν το ονοματεπώνυμο του πρώτου σας έρωτα;
question-grade-school-teacher-last-name = Ποιο ήταν το επώνυμο του αγαπημένου σας δασκάλου ή της αγαπημένης σας δασκάλας στο Δημοτικό;
question-first-car-make-model = Ποια ήταν η μάρκα και το μοντέλο του πρώτου σας αυτοκινήτου ή της πρώτης σας μοτοσικλέτας;
question-first-school = Ποιο ήταν το όνομα του πρώτου σχολείου στο οποίο πήγατε;
question-birth-hospital = Ποιο ήταν το όνομα του νοσοκομείου ή του μαιευτηρίου όπου γεννηθήκατε;
question-childhood-street = Ποιο ήταν το όνομα της οδού όπου βρισκόταν το πρώτο σας παιδικό σπίτι;
question-childhood-hero = Ποιος ήταν ο ήρωάς σας όταν ήσασταν παιδί;
question-favorite-stuffed-animal = Πώς έλεγαν το αγαπημένο σας λούτρινο;
question-first-pet = Πώς έλεγαν το πρώτο σας κατοικίδιο;
question-childhood-nickname = Ποιο ήταν το παρατσούκλι σας όταν ήσασταν παιδί;
question-high-school-sport = Ποιο ήταν το αγαπημένο σας άθλημα στο Λύκειο;
question-first-job = Ποια ήταν η πρώτη σας δουλειά;
question-childhood-phone-last-digits = Ποια ήταν τα τέσσερα τελευταία ψηφία του τηλεφώνου του σπιτιού σας όταν ήσασταν παιδί;
question-childhood-ambition = Όταν ήσασταν παιδί, τι θέλατε να γίνετε όταν μεγαλώσετε;
question-most-famous-person-met = Ποιο είναι το πιο διάσημο πρόσωπο που έχετε συναντήσει;

## Καταχώρηση πληροφοριών ασφαλείας

method-email = Ηλεκτρονικό ταχυδρομείο
method-mobile-phone = Κινητό τηλέφωνο
method-office-phone = Τηλέφωνο γραφείου
method-security-questions = Ερωτήσεις ασφαλείας
method-questions-count = { $count ->
    [one] Απαντήθηκε { $count } ερώτηση
   *[other] Απαντήθηκαν { $count } ερωτήσεις
}
source-authentication = καταχωρήθηκε από εσάς για επαλήθευση, δεν εμφανίζεται στον κατάλογο
source-directory = από το προφίλ σας στον κατάλογο
source-administrator = ορίστηκε από τον διαχειριστή σας

prompt-title = Απαιτούνται περισσότερες πληροφορίες
prompt-register-heading = Απαιτούνται περισσότερες πληροφορίες
prompt-register-why = Ο οργανισμός σας χρειάζεται έναν τρόπο να επιβεβαιώνει ότι είστε εσείς όταν ξεχνάτε τον κωδικό πρόσβασής σας ή όταν ο λογαριασμός σας κλειδώνεται. Καταχωρήστε τώρα τις πληροφορίες ασφαλείας σας, ώστε να μπορείτε να ανακτάτε την πρόσβαση μόνοι σας, χωρίς να καλείτε την υπηρεσία υποστήριξης.
prompt-register-needed = { $count ->
    [one] Χρειάζεστε τουλάχιστον μία μέθοδο επαλήθευσης.
   *[other] Χρειάζεστε τουλάχιστον { $count } διαφορετικές μεθόδους επαλήθευσης.
}
prompt-next = Επόμενο
prompt-skip = Παράλειψη προς το παρόν
prompt-reconfirm-heading = Είναι ακόμη σωστά αυτά τα στοιχεία;
prompt-reconfirm-why = Ελέγξτε τις πληροφορίες ασφαλείας που έχετε καταχωρήσει. Αν κάτι άλλαξε, ενημερώστε το, ώστε να μπορείτε να εξακολουθείτε να επαναφέρετε τον κωδικό πρόσβασής σας.
prompt-looks-good = Είναι σωστά
prompt-change = Αλλαγή
prompt-nothing = Δεν χρειάζεται τίποτε άλλο
prompt-go-account = Μετάβαση στον λογαριασμό σας

wizard-title = Καταχώρηση πληροφοριών ασφαλείας
wizard-start = Έναρξη από την αρχή
wizard-step-of = Βήμα { $number } από { $total }
wizard-code-label = Κωδικός επαλήθευσης
wizard-verify = Επαλήθευση
wizard-send-code = Αποστολή κωδικού
wizard-skip-step = Παράλειψη αυτής της μεθόδου
wizard-phone-country = Χώρα ή περιοχή
wizard-phone-number = Αριθμός τηλεφώνου
wizard-phone-hint = Χωρίς τον κωδικό χώρας ή με αυτόν, ξεκινώντας με +.
wizard-phone-channel = Πώς θέλετε να σας στείλουμε τον κωδικό;
wizard-phone-sms = Μήνυμα κειμένου (SMS)
wizard-phone-voice = Φωνητική κλήση
wizard-phone-texted = Στείλαμε ένα μήνυμα κειμένου με κωδικό στον αριθμό { $number }.
wizard-phone-called = Καλούμε τον αριθμό { $number } για να σας υπαγορεύσουμε έναν κωδικό.
wizard-phone-resend-heading = Δεν λάβατε κωδικό; Στείλτε τον ξανά ή χρησιμοποιήστε άλλον αριθμό
wizard-phone-reset-uses = Αυτήν τη στιγμή, για την επαναφορά του κωδικού πρόσβασης θα χρησιμοποιούνταν ο αριθμός { $number } ({ $source }).
wizard-phone-reset-none = Δεν έχετε ακόμη τηλέφωνο που να μπορεί να χρησιμοποιηθεί για επαναφορά του κωδικού πρόσβασης.
wizard-phone-precedence = Ο αριθμός που επαληθεύετε εδώ γίνεται το τηλέφωνο ελέγχου ταυτότητάς σας και η επαναφορά τον χρησιμοποιεί αντί για το κινητό τηλέφωνο του καταλόγου.
wizard-office-phone = Τηλέφωνο γραφείου: { $number }, ορίστηκε από τον διαχειριστή σας. Δεν μπορείτε να το αλλάξετε εδώ.
wizard-email-address = Διεύθυνση ηλεκτρονικού ταχυδρομείου
wizard-email-sent = Στείλαμε ένα μήνυμα ηλεκτρονικού ταχυδρομείου με κωδικό στη διεύθυνση { $address }.
wizard-email-resend-heading = Δεν λάβατε το μήνυμα; Στείλτε το ξανά ή χρησιμοποιήστε άλλη διεύθυνση
wizard-email-reset-uses = Αυτήν τη στιγμή, για την επαναφορά του κωδικού πρόσβασης θα χρησιμοποιούνταν η διεύθυνση { $address } ({ $source }).
wizard-email-reset-none = Δεν έχετε ακόμη διεύθυνση ηλεκτρονικού ταχυδρομείου που να μπορεί να χρησιμοποιηθεί για επαναφορά του κωδικού πρόσβασης.
wizard-email-precedence = Η διεύθυνση που επαληθεύετε εδώ γίνεται η διεύθυνση ηλεκτρονικού ταχυδρομείου ελέγχου ταυτότητάς σας και η επαναφορά τη χρησιμοποιεί αντί για την εναλλακτική διεύθυνση του καταλόγου. Χρησιμοποιήστε διεύθυνση διαφορετική από την επαγγελματική σας.
wizard-questions-intro = { $count ->
    [one] Επιλέξτε μια ερώτηση και απαντήστε την.
   *[other] Επιλέξτε { $count } διαφορετικές ερωτήσεις και απαντήστε σε καθεμία.
} Οι απαντήσεις έχουν από 3 έως 40 χαρακτήρες· τα κεφαλαία και τα επιπλέον κενά δεν έχουν σημασία. Κανείς, ούτε οι διαχειριστές, δεν μπορεί να τις διαβάσει.
wizard-question-label = Ερώτηση { $number }
wizard-answer-label = Απάντηση στην ερώτηση { $number }
wizard-question-choose = Επιλέξτε ερώτηση
wizard-answers-show = Εμφάνιση απαντήσεων
wizard-answers-hide = Απόκρυψη απαντήσεων
wizard-questions-save = Συνέχεια
wizard-questions-retype = Για την ασφάλειά σας, οι απαντήσεις δεν επιστρέφονται ποτέ στη σελίδα: πληκτρολογήστε τις ξανά.
wizard-summary-heading = Έλεγχος και αποθήκευση
wizard-summary-skipped = Παραλείφθηκε
wizard-save = Αποθήκευση
wizard-cancel = Άκυρο

registration-error-not-signed-in = Η περίοδος λειτουργίας σας έληξε. Συνδεθείτε ξανά.
registration-error-flow-missing = Αυτή η καταχώρηση έληξε ή έχει ήδη ολοκληρωθεί. Ξεκινήστε από την αρχή για να συνεχίσετε.
registration-error-step-out-of-order = Αυτό το βήμα δεν είναι διαθέσιμο τώρα. Συνεχίστε από το βήμα που εμφανίζεται.
registration-error-phone-missing = Εισαγάγετε τον αριθμό τηλεφώνου σας.
registration-error-country-needed = Επιλέξτε χώρα ή γράψτε τον αριθμό με τον διεθνή κωδικό, ξεκινώντας με +.
registration-error-phone-invalid = Αυτός δεν είναι έγκυρος αριθμός τηλεφώνου για την επιλεγμένη χώρα.
registration-error-email-missing = Εισαγάγετε τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας.
registration-error-email-invalid = Εισαγάγετε μια διεύθυνση ηλεκτρονικού ταχυδρομείου όπως name@example.com.
code-error-missing = Εισαγάγετε τον κωδικό που σας στείλαμε.
code-error-malformed = Ο κωδικός αποτελείται από 6 έως 8 ψηφία.
code-error-wrong = { $tries ->
    [one] Ο κωδικός δεν είναι σωστός. Σας απομένει μία ακόμη προσπάθεια.
   *[other] Ο κωδικός δεν είναι σωστός. Σας απομένουν { $tries } ακόμη προσπάθειες.
}
code-error-dead = Πάρα πολλοί λανθασμένοι κωδικοί. Στείλτε νέο κωδικό.
code-error-expired = Ο κωδικός έχει λήξει. Στείλτε νέο κωδικό.
code-error-used = Αυτός ο κωδικός έχει ήδη χρησιμοποιηθεί. Στείλτε νέο κωδικό.
code-error-none-sent = Δεν υπάρχει κωδικός σε αναμονή. Στείλτε νέο κωδικό.
code-error-too-many = Στάλθηκαν πάρα πολλοί κωδικοί. Περιμένετε μία ώρα ή επιλέξτε άλλη μέθοδο.
code-error-delivery-failed = Δεν ήταν δυνατή η αποστολή του κωδικού. Δοκιμάστε ξανά ή επιλέξτε άλλη μέθοδο.
registration-error-question-missing = Επιλέξτε μια ερώτηση εδώ.
registration-error-question-not-offered = Επιλέξτε μια ερώτηση από τη λίστα.
registration-error-question-twice = Έχετε ήδη επιλέξει αυτήν την ερώτηση. Επιλέξτε μια διαφορετική.
error-answer-missing = Εισαγάγετε μια απάντηση.
registration-error-answer-too-short = Οι απαντήσεις πρέπει να έχουν τουλάχιστον 3 χαρακτήρες.
registration-error-answer-too-long = Οι απαντήσεις πρέπει να έχουν το πολύ 40 χαρακτήρες.
registration-error-answer-twice = Έχετε ήδη δώσει αυτήν την απάντηση σε άλλη ερώτηση. Δώστε μια διαφορετική.
registration-error-steps-pending = Ολοκληρώστε ή παραλείψτε κάθε βήμα πριν από την αποθήκευση.
registration-error-nothing-to-save = Δεν προστέθηκε τίποτα. Καταχωρήστε τουλάχιστον μία μέθοδο ή επιλέξτε «Άκυρο».
registration-error-not-enough-methods = { $needed ->
    [one] Καταχωρήστε τουλάχιστον μία μέθοδο, ώστε να μπορείτε να επαναφέρετε τον κωδικό πρόσβασής σας.
   *[other] Καταχωρήστε τουλάχιστον { $needed } διαφορετικές μεθόδους, ώστε να μπορείτε να επαναφέρετε τον κωδικό πρόσβασής σας.
}

account-security-info = Πληροφορίες ασφαλείας: καταχώρηση, αλλαγή ή διαγραφή
account-security-info-saved = Οι πληροφορίες ασφαλείας σας αποθηκεύτηκαν.

message-code-email-subject = Ο κωδικός επαλήθευσής σας
message-code-email-body = Ο κωδικός επαλήθευσής σας είναι { $code }.

    Ισχύει για { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    }. Αν δεν τον ζητήσατε, μπορείτε να αγνοήσετε αυτό το μήνυμα: χωρίς τον κωδικό δεν αλλάζει τίποτα.
message-code-sms = Ο κωδικός επαλήθευσής σας είναι { $code }. Ισχύει για { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}.
message-code-voice = Ο κωδικός επαλήθευσής σας είναι: { $code }. Επαναλαμβάνω: { $code }.
message-changed-subject = Οι πληροφορίες ασφαλείας σας άλλαξαν
message-changed-body = Οι πληροφορίες ασφαλείας του λογαριασμού σας μόλις άλλαξαν:
    { $changes }

    Αν κάνατε εσείς αυτήν την αλλαγή, δεν χρειάζεται να κάνετε τίποτα. Αν όχι, επικοινωνήστε αμέσως με την υπηρεσία υποστήριξης.
message-changed-phone = το τηλέφωνο ελέγχου ταυτότητας
message-changed-email = η διεύθυνση ηλεκτρονικού ταχυδρομείου ελέγχου ταυτότητας
message-changed-questions = οι ερωτήσεις ασφαλείας

country-AR = Αργεντινή
country-AT = Αυστρία
country-AU = Αυστραλία
country-BE = Βέλγιο
country-BR = Βραζιλία
country-CA = Καναδάς
country-CH = Ελβετία
country-CN = Κίνα
country-CZ = Τσεχία
country-DE = Γερμανία
country-DK = Δανία
country-ES = Ισπανία
country-FI = Φινλανδία
country-FR = Γαλλία
country-GB = Ηνωμένο Βασίλειο
country-GR = Ελλάδα
country-HR = Κροατία
country-HU = Ουγγαρία
country-IE = Ιρλανδία
country-IN = Ινδία
country-IT = Ιταλία
country-JP = Ιαπωνία
country-LU = Λουξεμβούργο
country-MT = Μάλτα
country-MX = Μεξικό
country-NL = Κάτω Χώρες
country-NO = Νορβηγία
country-NZ = Νέα Ζηλανδία
country-PL = Πολωνία
country-PT = Πορτογαλία
country-RO = Ρουμανία
country-SE = Σουηδία
country-SI = Σλοβενία
country-SK = Σλοβακία
country-SM = Άγιος Μαρίνος
country-TR = Τουρκία
country-UA = Ουκρανία
country-US = Ηνωμένες Πολιτείες
country-VA = Βατικανό
country-ZA = Νότια Αφρική
registration-error-reauth-required = Για την ασφάλειά σας, εισαγάγετε ξανά τον κωδικό πρόσβασής σας πριν αλλάξετε τις πληροφορίες ασφαλείας σας.
registration-error-method-not-changeable = Αυτή η μέθοδος δεν μπορεί να αλλάξει εδώ.
registration-error-wrong-password = Ο κωδικός πρόσβασης δεν είναι σωστός.
registration-error-too-many-password-tries = Έγιναν πάρα πολλές προσπάθειες με λανθασμένο κωδικό πρόσβασης. Περιμένετε λίγα λεπτά και δοκιμάστε ξανά.

security-info-title = Πληροφορίες ασφαλείας
security-info-back = Επιστροφή στον λογαριασμό σας
security-info-usable = { $usable ->
    [one] Η επαναφορά του κωδικού πρόσβασης μπορεί να χρησιμοποιήσει μία από τις μεθόδους σας
   *[other] Η επαναφορά του κωδικού πρόσβασης μπορεί να χρησιμοποιήσει { $usable } από τις μεθόδους σας
}· { $required ->
    [one] χρειάζεται μία.
   *[other] χρειάζονται { $required } διαφορετικές.
}
security-info-not-set = Δεν έχει οριστεί
security-info-add = Προσθήκη
security-info-change = Αλλαγή
security-info-delete = Διαγραφή
security-info-deleted = Η μέθοδος διαγράφηκε.
security-info-delete-title = Διαγραφή μεθόδου
security-info-delete-confirm = Να διαγραφεί η μέθοδος «{ $method }» από τις πληροφορίες ασφαλείας σας;
security-info-delete-warning = { $required ->
    [one] Μετά από αυτό δεν θα σας έμενε καμία μέθοδος και δεν θα μπορούσατε πλέον να επαναφέρετε μόνοι σας τον κωδικό πρόσβασής σας.
   *[other] Μετά από αυτό θα είχατε λιγότερες από { $required } μεθόδους και δεν θα μπορούσατε πλέον να επαναφέρετε μόνοι σας τον κωδικό πρόσβασής σας.
}
reauth-title = Επιβεβαιώστε ότι είστε εσείς
reauth-submit = Συνέχεια

## Μηνύματα επαναφοράς κωδικού πρόσβασης

message-reset-subject = Έγινε επαναφορά του κωδικού πρόσβασής σας
message-reset-body = Γεια σας,

    Ο κωδικός πρόσβασης του λογαριασμού σας μόλις επαναφέρθηκε μέσω της πύλης αυτοεξυπηρέτησης κωδικών πρόσβασης και έγινε αποσύνδεση από όλες τις περιόδους λειτουργίας.

    Αν το κάνατε εσείς, δεν χρειάζεται να κάνετε τίποτε άλλο. Αν όχι, επικοινωνήστε αμέσως με τον διαχειριστή σας.

    Σύνδεση: { $url }
message-unlocked-subject = Ο λογαριασμός σας ξεκλειδώθηκε
message-unlocked-body = Γεια σας,

    Ο λογαριασμός σας μόλις ξεκλειδώθηκε μέσω της πύλης αυτοεξυπηρέτησης κωδικών πρόσβασης. Ο κωδικός πρόσβασής σας δεν άλλαξε.

    Αν δεν το κάνατε εσείς, επικοινωνήστε αμέσως με τον διαχειριστή σας.

    Σύνδεση: { $url }
message-admin-reset-subject = Ο διαχειριστής { $admin } επανέφερε τον δικό του κωδικό πρόσβασης
message-admin-reset-body = Γεια σας,

    Ο διαχειριστής { $admin } μόλις επανέφερε τον δικό του κωδικό πρόσβασης μέσω της πύλης αυτοεξυπηρέτησης κωδικών πρόσβασης.

    Αν δεν το περιμένατε, επικοινωνήστε μαζί του για επιβεβαίωση και ελέγξτε το αρχείο καταγραφής ελέγχου.

    Πύλη: { $url }

## Υποσέλιδο μηνυμάτων ηλεκτρονικού ταχυδρομείου και αποστολέας SMS

email-footer-sent-by = Αυτό είναι ένα αυτόματο μήνυμα. Αποστολέας: { $organisation }.
email-footer-privacy = Προστασία προσωπικών δεδομένων
email-footer-terms = Όροι χρήσης
email-footer-helpdesk = Υπηρεσία υποστήριξης
message-from-organisation = { $organisation }: { $text }
