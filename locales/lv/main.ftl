### Latviešu (lv). Register: formal plural "jūs" (lowercase inside sentences) with the plural
### imperative ("Ievadiet paroli"), and infinitives for buttons and commands ("Saglabāt", "Atcelt"),
### as in Microsoft's Latvian product UI. Quotation marks „…”.
### Plurals: CLDR lv has zero/one/other; the zero forms are the same as other, so only one and
### other are written, plus an exact [1] variant where "one" would read better as a word.
### Glossary:
###   password = parole
###   security info = drošības informācija
###   verification code = verifikācijas kods
###   security question = drošības jautājums
###   helpdesk = palīdzības dienests
###   administrator = administrators
###   sign in = pierakstīties / pierakstīšanās; sign out = izrakstīties
###   reset = atiestatīt / atiestatīšana
###   unlock = atbloķēt
###   account = konts
###   user name = lietotājvārds
###   email = e-pasts (message: e-pasta ziņojums)
###   text message = īsziņa (SMS)
###   directory = direktorijs
###   method = metode
###   step = solis

## Shared by every page

product-name = Konta pašapkalpošanās
skip-to-content = Pāriet uz galveno saturu
loading = Notiek ielāde…
language-label = Valoda
# Shown in the language picker: the name of this language, in this language.
language-name = Latviešu
language-apply = Mainīt valodu
password-show = Rādīt paroli
password-hide = Slēpt paroli

## Errors

error-user-name-missing = Ievadiet savu lietotājvārdu.
error-user-name-invalid = Tas neizskatās pēc lietotājvārda. Pārbaudiet ievadīto un mēģiniet vēlreiz.
error-password-missing = Ievadiet savu paroli.
error-invalid-credentials = Lietotājvārds vai parole nav pareiza. Pārbaudiet abus un mēģiniet vēlreiz.
error-account-locked = Jūsu konts ir bloķēts. Lai to atbloķētu, tālāk izvēlieties „Nevarat piekļūt savam kontam?” vai sazinieties ar palīdzības dienestu.
error-sign-in-paused = Ar šo lietotājvārdu ir veikts pārāk daudz neveiksmīgu pierakstīšanās mēģinājumu. Lai aizsargātu kontu, pierakstīšanās ir apturēta līdz { $until }. Ja neatceraties savu paroli, varat to atiestatīt jau tagad.
error-sign-in-busy-address = No jūsu tīkla ir veikts pārāk daudz neveiksmīgu pierakstīšanās mēģinājumu. Lūdzu, uzgaidiet stundu un mēģiniet vēlreiz.
error-unavailable = Mūsu pusē radās kļūda. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
error-transport = Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.

## Sign-in page

sign-in-title = Pierakstīšanās
sign-in-heading = Pierakstieties savā kontā
sign-in-user-name = Lietotājvārds
sign-in-password = Parole
sign-in-submit = Pierakstīties
sign-in-cant-access = Nevarat piekļūt savam kontam?

## Account page

account-title = Jūsu konts
account-heading = Jūsu konts
account-signed-in-as = Pierakstījies lietotājs:
account-sign-out = Izrakstīties
account-signed-out = Pierakstīšanās nav veikta.
account-go-sign-in = Doties uz pierakstīšanos

## Password reset

reset-title = Paroles atiestatīšana
reset-heading = Atgūstiet piekļuvi savam kontam
reset-back-to-sign-in = Atpakaļ uz pierakstīšanos
reset-intro = Ievadiet savu lietotājvārdu, un mēs palīdzēsim jums pierādīt, ka tas esat jūs; pēc tam izvēlieties jaunu paroli.
reset-user-id = Lietotājvārds
reset-user-id-hint = Parasti tā ir jūsu darba e-pasta adrese, piemēram, name@contoso.example.
reset-next = Tālāk
captcha-question = Lai parādītu, ka esat cilvēks: cik ir { $a } plus { $b }?
captcha-hint = Ierakstiet atbildi cipariem.
captcha-checking = Notiek pārbaude, vai esat cilvēks…
captcha-done = Gatavs: jūsu pārlūkprogramma pierādīja, ka esat cilvēks. Turpiniet ar pogu „Tālāk”.
reset-start-again = Sākt no jauna
reset-verify-heading = Pierādiet, ka tas esat jūs
reset-gate-of = Verifikācija { $number } no { $total }
reset-gate-legend = Kā vēlaties saņemt verifikācijas kodu?
reset-gate-email = Nosūtīt kodu uz e-pasta adresi { $destination }
reset-gate-mobile-sms = Nosūtīt kodu īsziņā uz manu mobilo tālruni { $destination }
reset-gate-mobile-voice = Zvanīt uz manu mobilo tālruni { $destination }
reset-gate-office-voice = Zvanīt uz manu darba tālruni { $destination }
reset-gate-questions = Atbildēt uz maniem drošības jautājumiem
reset-code-sent-email = Mēs nosūtījām e-pasta ziņojumu ar verifikācijas kodu uz { $destination }.
reset-code-sent-sms = Mēs nosūtījām īsziņu ar verifikācijas kodu uz { $destination }.
reset-code-sent-voice = Mēs zvanām uz { $destination }, lai nolasītu jums verifikācijas kodu.
reset-code-resend = Nosūtīt jaunu kodu
reset-other-method = Izmantot citu metodi
reset-questions-heading = Atbildiet uz saviem drošības jautājumiem
reset-password-heading = Izvēlieties jaunu paroli
reset-password-hint = { $min ->
    [1] Izmantojiet vismaz vienu rakstzīmi.
    [one] Izmantojiet vismaz { $min } rakstzīmi. Vislabāk ir gara frāze, ko varat atcerēties; neizmantojiet savu vārdu un bieži lietotas paroles.
   *[other] Izmantojiet vismaz { $min } rakstzīmes. Vislabāk ir gara frāze, ko varat atcerēties; neizmantojiet savu vārdu un bieži lietotas paroles.
}
reset-password-new = Jaunā parole
reset-password-confirm = Apstipriniet jauno paroli
reset-password-strength-0 = Aptuvenais stiprums: ļoti vājš
reset-password-strength-1 = Aptuvenais stiprums: vājš
reset-password-strength-2 = Aptuvenais stiprums: pietiekams
reset-password-strength-3 = Aptuvenais stiprums: stiprs
reset-password-strength-4 = Aptuvenais stiprums: ļoti stiprs
reset-password-strength-note = Novērtējums, kas veikts jūsu pārlūkprogrammā, lai palīdzētu jums izvēlēties. Par to, vai parole tiks pieņemta, lemj iepriekš minētie noteikumi.
reset-password-submit = Atiestatīt paroli
reset-unlock-only-text = Jūsu konts ir bloķēts. Ja joprojām zināt savu paroli, varat atbloķēt kontu un paturēt šo paroli.
reset-unlock-only = Tikai atbloķēt
reset-contact-heading = Sazinieties ar administratoru
reset-contact-text = Šeit nevarat atiestatīt savu paroli. Jūsu administrators var palīdzēt jums atgūt piekļuvi kontam.
reset-contact-helpdesk = Sazināties ar palīdzības dienestu
reset-done-heading = Jūsu parole ir atiestatīta
reset-done-text = Visas jūsu sesijas ir slēgtas. Pierakstieties ar jauno paroli.
reset-unlocked-heading = Jūsu konts ir atbloķēts
reset-unlocked-text = Pierakstieties ar savu pašreizējo paroli.
reset-go-sign-in = Doties uz pierakstīšanos
reset-error-flow-missing = Atiestatīšanas termiņš ir beidzies, vai tā netika sākta. Lūdzu, sāciet no jauna.
reset-error-step-out-of-order = Šis solis pašlaik nav pieejams. Lūdzu, turpiniet no šīs lapas.
reset-error-user-id-missing = Ievadiet savu lietotājvārdu.
reset-error-user-id-invalid = Ievadiet lietotājvārdu e-pasta adreses formā, piemēram, name@contoso.example.
reset-error-captcha-failed = Mēs nevarējām pārbaudīt, vai esat cilvēks. Lūdzu, mēģiniet vēlreiz.
reset-error-gate-missing = Izvēlieties, kā vēlaties saņemt kodu.
reset-error-code-dead = Pārāk daudz nepareizu kodu. Nosūtiet jaunu kodu vai izmantojiet citu metodi.
reset-error-answers-wrong = Viena vai vairākas atbildes nav pareizas. Pārbaudiet tās un mēģiniet vēlreiz.
reset-error-blocked = Mēģinājumu ir bijis pārāk daudz. Jūsu drošības labad šī konta pašapkalpošanās atiestatīšana ir apturēta līdz { $until }.
reset-error-busy-address = No jūsu tīkla ir veikts pārāk daudz mēģinājumu. Lūdzu, uzgaidiet stundu un mēģiniet vēlreiz.
reset-error-passwords-differ = Abas paroles nesakrīt.
reset-error-password-too-short = { $min ->
    [1] Izmantojiet vismaz vienu rakstzīmi.
    [one] Izmantojiet vismaz { $min } rakstzīmi.
   *[other] Izmantojiet vismaz { $min } rakstzīmes.
}
reset-error-password-missing = Ievadiet jaunu paroli.
reset-error-password-common = Šī parole ir to paroļu sarakstā, kuras uzbrucēji izmēģina vispirms. Izvēlieties citu, piemēram, frāzi no dažiem savstarpēji nesaistītiem vārdiem.
reset-error-password-control = Parolēs nedrīkst būt rindiņu pārtraukumi, tabulēšanas zīmes vai citas vadības rakstzīmes. Ierakstiet to vēlreiz bez tām.
reset-error-write-unconfirmed = Mēs nevarējām apstiprināt, ka jaunā parole tika saglabāta. Izvēlieties to vēlreiz; jaunā izvēle aizstās visu, kas, iespējams, tika saglabāts.
reset-writing = Jūsu izmaiņas tiek saglabātas. Pēc brīža atkārtoti ielādējiet šo lapu.
reset-error-password-too-long = Izmantojiet ne vairāk kā 256 rakstzīmes.
reset-error-password-contains-name = Neizmantojiet parolē savu lietotājvārdu.
reset-error-write-failed = Mēs nevarējām saglabāt izmaiņas direktorijā, tāpēc nekas netika mainīts. Lūdzu, pēc brīža mēģiniet vēlreiz.

## Organisation branding on every page

footer-label = Organizācijas saites
footer-privacy = Konfidencialitāte
footer-terms = Lietošanas noteikumi
footer-helpdesk = Palīdzības dienests

## Branding studio (/admin/branding, for branding administrators)

studio-title = Zīmola noformējuma studija
studio-heading-layer = Iestatījumi: { $layer }
studio-back = Atpakaļ uz zīmola noformējuma studiju
studio-preview-banner = Jūs priekšskatāt nepublicētu zīmola noformējumu. Kamēr tas nav publicēts, neviens cits to neredz.
studio-preview-stop = Beigt priekšskatījumu
studio-layer-label = Iestatījumi šim:
studio-layer-open = Atvērt
studio-layer-default = Noklusējums (visas valodas)
studio-layer-overridden = { $language } (ir savi iestatījumi)
studio-inherited = Ja tukšs: { $value }
studio-as-default = Kā noklusējuma iestatījumos
studio-as-product = Kā portāls izskatās bez zīmola noformējuma
studio-show = Rādīt
studio-hide = Slēpt
studio-save = Saglabāt melnrakstu
studio-section-identity = Organizācija
studio-section-colours = Krāsas
studio-colours-hint = Krāsas rakstiet formā #rrggbb, piemēram, #0b5cad. Tekstam un pogām jābūt pietiekami izteiktām uz fona, lai ikviens tos varētu izlasīt, tāpēc studija pirms publicēšanas pārbauda kontrastu.
studio-section-layout = Izkārtojums
studio-section-sign-in = Pierakstīšanās lapa
studio-section-links = Kājenes saites
studio-section-css = Pielāgots CSS
studio-css-hint = Noteikumi klašu nosaukumiem, kas uzskaitīti portāla CSS rokasgrāmatā. Attēli drīkst būt tikai no šeit augšupielādētajiem attēliem. Ne vairāk kā 25 KB.
studio-section-images = Attēli
studio-section-publish = Publicēšana
studio-section-publications = Publicētās versijas
studio-field-organisation-name = Organizācijas nosaukums
studio-field-colour-primary = Pogas un saites
studio-field-colour-primary-text = Teksts uz pogām
studio-field-colour-header = Galvenes josla
studio-field-colour-header-text = Teksts galvenes joslā
studio-field-colour-text = Teksts
studio-field-colour-page = Lapas fons
studio-field-colour-card = Kartītes fons
studio-field-colour-focus = Tastatūras fokusa rāmis
studio-field-layout = Lapas izkārtojums
studio-layout-full-bleed = Fona attēls visā lapā
studio-layout-plain = Vienkrāsaina lapa
studio-field-show-header = Rādīt galvenes joslu
studio-field-show-footer = Rādīt kājeni
studio-field-sign-in-text = Pierakstīšanās lapas teksts
studio-field-user-name-hint = Lietotājvārda padoms
studio-field-cant-access-label = Saites teksts personām, kuras nevar pierakstīties
studio-field-show-reset-link = Saite personām, kuras nevar pierakstīties
studio-field-privacy-url = Paziņojuma par konfidencialitāti adrese
studio-field-terms-url = Lietošanas noteikumu adrese
studio-field-helpdesk-url = Palīdzības dienesta adrese (tīmekļa vai e-pasta)
studio-field-custom-css = Pielāgots CSS
studio-field-image-banner-logo = Reklāmkaroga logotips
studio-field-image-square-logo = Kvadrātveida logotips
studio-field-image-square-logo-dark = Kvadrātveida logotips tumšam fonam
studio-field-image-favicon = Vietnes ikona (favicon)
studio-field-image-background = Fona attēls
studio-image-limits = { $kinds }, ne vairāk kā { $kilobytes } KB, izmēri līdz { $width } × { $height } pikseļiem.
studio-image-upload = Augšupielādēt: { $slot }
studio-image-remove = Noņemt: { $slot }
studio-image-current = Pašreizējais attēls: { $slot }
studio-live-heading = Tiešais priekšskatījums
studio-live-caption = Jau rakstīšanas laikā, pirms saglabāšanas, attēlo iepriekš norādītās krāsas un tekstus.
studio-preview = Priekšskatīt melnrakstu īstajās lapās
studio-email-preview = Priekšskatīt e-pasta ziņojumu ar melnrakstu
studio-publish = Publicēt
studio-state-never-published = Vēl nekas nav publicēts: visi redz portālu bez zīmola noformējuma.
studio-state-published = Aktīva ir versija { $version }.
studio-state-unpublished-changes = Melnrakstā ir nepublicētas izmaiņas.
studio-problems-heading = Pirms publicēšanas izlabojiet šīs problēmas
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } – kontrasts ir { $ratio }, bet nepieciešams vismaz { $minimum }.
studio-problem-too-long = maksimālais atļautais rakstzīmju skaits ir { $max }.
studio-problem-control-character = noņemiet no tā vadības rakstzīmes (piemēram, tabulēšanas zīmes).
studio-problem-not-a-colour = rakstiet krāsu kā # un sešus heksadecimālus ciparus, piemēram, #0b5cad.
studio-problem-link-not-https = tīmekļa adresēm jāsākas ar https://.
studio-problem-link-invalid = ierakstiet tīmekļa adresi, kas sākas ar https://, vai e-pasta adresi.
studio-problem-css = { $line }. rindiņa: { $reason }
studio-css-too-long = stila lapa ir lielāka par 25 KB.
studio-css-import = @import nav atļauts; tā vietā ierakstiet noteikumus šeit.
studio-css-external-url = url() drīkst norādīt tikai uz studijā augšupielādētu attēlu.
studio-css-expression = expression(), behavior un -moz-binding nav atļauti.
studio-css-at-rule = atļauti ir tikai @media, @supports, @layer, @container, @font-face un @keyframes.
studio-css-markup = virkne </ nav atļauta.
studio-css-unparsable = tas nav derīgs CSS (pārbaudiet, vai netrūkst figūriekavas, kola vai pēdiņas).
studio-pair-text-on-page = teksts un lapas fons
studio-pair-text-on-card = teksts un kartītes fons
studio-pair-button-text-on-primary = pogu teksts un pogas
studio-pair-header-text-on-header = galvenes teksts un galvenes josla
studio-pair-focus-on-page = fokusa rāmis un lapas fons
studio-column-version = Versija
studio-column-when = Publicēšanas laiks
studio-column-who = Publicētājs
studio-column-note = Piezīme
studio-column-action = Darbība
studio-publication-live = Pašlaik aktīva
studio-publication-restored = Atjauno versiju { $version }
studio-roll-back = Vēlreiz publicēt versiju { $version }
studio-done-saved = Melnraksts ir saglabāts. Priekšskatiet to un publicējiet, kad tas ir gatavs.
studio-done-uploaded = Attēls ir pievienots melnrakstam.
studio-done-removed = Attēls ir noņemts no melnraksta.
studio-done-published = Publicēts. Pēc dažām sekundēm visās lapās būs redzams jaunais zīmola noformējums.
studio-done-rolled-back = Iepriekšējā versija atkal ir aktīva, un tā tagad ir arī melnraksts.
studio-done-preview-stopped = Priekšskatījums ir beidzies.
studio-refused-publish = Nekas netika publicēts: vispirms izlabojiet tālāk uzskaitītās problēmas.
studio-refused-no-such-version = Šāda versija nepastāv. Nekas netika mainīts.
studio-refused-unavailable = Izmaiņas neizdevās saglabāt. Nekas netika mainīts; lūdzu, mēģiniet vēlreiz.
studio-refused-empty = { $slot }: attēls netika augšupielādēts, jo nav izvēlēts neviens fails vai fails ir tukšs. Nekas netika mainīts.
studio-refused-too-many-bytes = { $slot }: attēls netika augšupielādēts, jo fails ir lielāks par { $kilobytes } KB. Nekas netika mainīts.
studio-refused-unknown-type = { $slot }: attēls netika augšupielādēts, jo fails neatkarīgi no tā nosaukuma nav PNG, JPEG vai WebP attēls (vai – logotipiem – SVG zīmējums). Nekas netika mainīts.
studio-refused-svg-not-allowed = { $slot }: attēls netika augšupielādēts, jo SVG zīmējumi tiek pieņemti tikai logotipiem. Izmantojiet PNG, JPEG vai WebP. Nekas netika mainīts.
studio-refused-too-many-pixels = { $slot }: attēls netika augšupielādēts, jo tas ir lielāks par { $width } × { $height } pikseļiem. Nekas netika mainīts.
studio-refused-undecodable = { $slot }: attēls netika augšupielādēts, jo tas ir bojāts un to nevarēja nolasīt. Nekas netika mainīts.
studio-refused-svg-unparsable = { $slot }: attēls netika augšupielādēts, jo SVG zīmējumu nevarēja nolasīt. Nekas netika mainīts.
studio-refused-svg-doctype = { $slot }: attēls netika augšupielādēts, jo SVG zīmējumi ar DOCTYPE vai entītijām tiek noraidīti. Nekas netika mainīts.
studio-refused-svg-script = { $slot }: attēls netika augšupielādēts, jo SVG zīmējumā ir skripts. Nekas netika mainīts.
studio-refused-svg-foreign-object = { $slot }: attēls netika augšupielādēts, jo SVG zīmējumā ir iegults cits saturs (foreignObject). Nekas netika mainīts.
studio-refused-svg-event-handler = { $slot }: attēls netika augšupielādēts, jo SVG zīmējumā ir notikumu apdarinātāji (on… atribūti). Nekas netika mainīts.
studio-refused-svg-external-reference = { $slot }: attēls netika augšupielādēts, jo SVG zīmējums atsaucas uz failiem vai adresēm ārpus tā. Nekas netika mainīts.
studio-refused-svg-too-complex = { $slot }: attēls netika augšupielādēts, jo SVG zīmējums ir pārāk sarežģīts. Vienkāršojiet to un mēģiniet vēlreiz. Nekas netika mainīts.
studio-refused-svg-marker = { $slot }: attēls netika augšupielādēts, jo SVG marķieri netiek atbalstīti. Nekas netika mainīts.

## Not found

not-found-title = Lapa nav atrasta
not-found-heading = Mēs nevarējām atrast šo lapu.

## Demo outbox (demonstration mode only)

outbox-title = Demonstrācijas izsūtne
outbox-heading = Demonstrācijas izsūtne
outbox-banner-heading = Demonstrācijas režīms
outbox-banner-text = Šī lapa pastāv tikai demonstrācijas režīmā. Ziņojumi netiek nosūtīti pa īstam: e-pasta ziņojumi, īsziņas un balss zvani, arī vienreizējie kodi, tiek glabāti šeit, lai jūs varētu izmēģināt portālu. Nekad nedarbiniet īstu portālu demonstrācijas režīmā.
outbox-caption = Pēdējie ziņojumi (ne vairāk kā { $limit }), jaunākie vispirms
outbox-empty = Ziņojumu vēl nav. Šeit tiks parādīti portāla nosūtītie kodi un paziņojumi.
outbox-time = Laiks
outbox-channel = Kanāls
outbox-recipient = Adresāts
outbox-subject = Temats
outbox-body = Ziņojums
outbox-channel-email = E-pasts
outbox-channel-sms = Īsziņa
outbox-channel-voice = Balss zvans

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Kurā pilsētā jūs iepazināties ar savu pirmo laulāto vai partneri?
question-city-parents-met = Kurā pilsētā iepazinās jūsu vecāki?
question-city-nearest-sibling = Kurā pilsētā dzīvo jūsu brālis vai māsa, kas dzīvo jums vistuvāk?
question-city-father-born = Kurā pilsētā piedzima jūsu tēvs?
question-city-first-job = Kurā pilsētā bija jūsu pirmā darbavieta?
question-city-mother-born = Kurā pilsētā piedzima jūsu māte?
question-city-new-year-2000 = Kurā pilsētā jūs sagaidījāt 2000. gadu?
question-high-school-teacher-last-name = Kāds ir jūsu mīļākā vidusskolas skolotāja vai skolotājas uzvārds?
question-college-applied-not-attended = Kā sauc augstskolu, kurā pieteicāties studijām, bet kurā nestudējāt?
question-first-wedding-reception-place = Kā sauca vietu, kur notika jūsu pirmās kāzu svinības?
question-father-middle-name = Kāds ir jūsu tēva otrais vārds?
question-favorite-food = Kāds ir jūsu mīļākais ēdiens?
question-maternal-grandmother-name = Kāds ir jūsu vecmāmiņas no mātes puses vārds un uzvārds?
question-mother-middle-name = Kāds ir jūsu mātes otrais vārds?
question-oldest-sibling-birthday = Kurā gadā un mēnesī ir dzimis jūsu vecākais brālis vai dzimusi vecākā māsa? (piemēram, 1985. gada novembrī)
question-oldest-sibling-middle-name = Kāds ir jūsu vecākā brāļa vai vecākās māsas otrais vārds?
question-paternal-grandfather-name = Kāds ir jūsu vectēva no tēva puses vārds un uzvārds?
question-youngest-sibling-middle-name = Kāds ir jūsu jaunākā brāļa vai jaunākās māsas otrais vārds?
question-sixth-grade-school = Kurā skolā jūs mācījāties 6. klasē?
question-childhood-best-friend-name = Kāds bija jūsu labākā bērnības drauga vai draudzenes vārds un uzvārds?
question-first-significant-other-name = Kāds bija jūsu pirmās mīlestības vārds un uzvārds?
question-grade-school-teacher-last-name = Kāds bija jūsu mīļākā sākumskolas skolotāja vai skolotājas uzvārds?
question-first-car-make-model = Kāda bija jūsu pirmās automašīnas vai motocikla marka un modelis?
question-first-school = Kā sauca pirmo skolu, kurā mācījāties?
question-birth-hospital = Kā sauc slimnīcu vai dzemdību namu, kurā jūs piedzimāt?
question-childhood-street = Kā sauca ielu, kurā atradās jūsu pirmās bērnības mājas?
question-childhood-hero = Kas bija jūsu bērnības varonis?
question-favorite-stuffed-animal = Kā sauca jūsu mīļāko mīksto rotaļlietu?
question-first-pet = Kā sauca jūsu pirmo mājdzīvnieku?
question-childhood-nickname = Kāda bija jūsu iesauka bērnībā?
question-high-school-sport = Kāds bija jūsu mīļākais sporta veids vidusskolā?
question-first-job = Kāds bija jūsu pirmais darbs?
question-childhood-phone-last-digits = Kādi bija pēdējie četri cipari jūsu bērnības mājas tālruņa numurā?
question-childhood-ambition = Par ko jūs bērnībā sapņojāt kļūt?
question-most-famous-person-met = Kas ir slavenākais cilvēks, ko jums ir gadījies satikt?

## Security-info registration

method-email = E-pasts
method-mobile-phone = Mobilais tālrunis
method-office-phone = Darba tālrunis
method-security-questions = Drošības jautājumi
method-questions-count = { $count ->
    [one] Atbildēts uz { $count } jautājumu
   *[other] Atbildēts uz { $count } jautājumiem
}
source-authentication = ko jūs reģistrējāt verifikācijai un ko direktorijā nerāda
source-directory = no jūsu direktorija profila
source-administrator = ko iestatīja jūsu administrators

prompt-title = Nepieciešama papildu informācija
prompt-register-heading = Nepieciešama papildu informācija
prompt-register-why = Jūsu organizācijai ir nepieciešams veids, kā apstiprināt, ka tas esat jūs, ja aizmirstat paroli vai jūsu konts ir bloķēts. Reģistrējiet savu drošības informāciju tagad, lai varētu atgūt piekļuvi patstāvīgi, nezvanot palīdzības dienestam.
prompt-register-needed = { $count ->
    [1] Jums ir nepieciešama vismaz viena verifikācijas metode.
    [one] Jums ir nepieciešama vismaz { $count } dažāda verifikācijas metode.
   *[other] Jums ir nepieciešamas vismaz { $count } dažādas verifikācijas metodes.
}
prompt-next = Tālāk
prompt-skip = Pagaidām izlaist
prompt-reconfirm-heading = Vai šī informācija joprojām ir pareiza?
prompt-reconfirm-why = Lūdzu, pārbaudiet reģistrēto drošības informāciju. Ja kaut kas ir mainījies, atjauniniet to, lai joprojām varētu atiestatīt paroli.
prompt-looks-good = Viss pareizi
prompt-change = Mainīt
prompt-nothing = Nekas vairāk nav nepieciešams
prompt-go-account = Doties uz savu kontu

wizard-title = Drošības informācijas reģistrēšana
wizard-start = Sākt no jauna
wizard-step-of = Solis { $number } no { $total }
wizard-code-label = Verifikācijas kods
wizard-verify = Verificēt
wizard-send-code = Nosūtīt kodu
wizard-skip-step = Izlaist šo metodi
wizard-phone-country = Valsts vai reģions
wizard-phone-number = Tālruņa numurs
wizard-phone-hint = Bez valsts koda vai ar valsts kodu, kas sākas ar +.
wizard-phone-channel = Kā mums nosūtīt kodu?
wizard-phone-sms = Īsziņa (SMS)
wizard-phone-voice = Balss zvans
wizard-phone-texted = Mēs nosūtījām īsziņu ar kodu uz numuru { $number }.
wizard-phone-called = Mēs zvanām uz numuru { $number }, lai nolasītu jums kodu.
wizard-phone-resend-heading = Nesaņēmāt kodu? Nosūtiet to vēlreiz vai izmantojiet citu numuru
wizard-phone-reset-uses = Pašlaik paroles atiestatīšanai tiktu izmantots numurs { $number }, { $source }.
wizard-phone-reset-none = Jums vēl nav tālruņa, ko varētu izmantot paroles atiestatīšanai.
wizard-phone-precedence = Šeit verificēts numurs kļūst par jūsu autentifikācijas tālruni, un atiestatīšanai tiek izmantots tas, nevis direktorijā norādītais mobilais tālrunis.
wizard-office-phone = Darba tālrunis: { $number }, ko iestatīja jūsu administrators. Šeit to nevar mainīt.
wizard-email-address = E-pasta adrese
wizard-email-sent = Mēs nosūtījām e-pasta ziņojumu ar kodu uz { $address }.
wizard-email-resend-heading = Nesaņēmāt e-pasta ziņojumu? Nosūtiet to vēlreiz vai izmantojiet citu adresi
wizard-email-reset-uses = Pašlaik paroles atiestatīšanai tiktu izmantota adrese { $address }, { $source }.
wizard-email-reset-none = Jums vēl nav e-pasta adreses, ko varētu izmantot paroles atiestatīšanai.
wizard-email-precedence = Šeit verificēta adrese kļūst par jūsu autentifikācijas e-pastu, un atiestatīšanai tiek izmantota tā, nevis direktorijā norādītais alternatīvais e-pasts. Izmantojiet adresi, kas nav jūsu darba adrese.
wizard-questions-intro = { $count ->
    [1] Izvēlieties vienu jautājumu un atbildiet uz to.
    [one] Izvēlieties { $count } dažādu jautājumu un atbildiet uz katru no tiem.
   *[other] Izvēlieties { $count } dažādus jautājumus un atbildiet uz katru no tiem.
} Atbildē jābūt no 3 līdz 40 rakstzīmēm; lielie burti un liekas atstarpes nav svarīgi. Neviens, arī administratori, atbildes nevar izlasīt.
wizard-question-label = Jautājums { $number }
wizard-answer-label = Atbilde uz jautājumu { $number }
wizard-question-choose = Izvēlieties jautājumu
wizard-answers-show = Rādīt atbildes
wizard-answers-hide = Slēpt atbildes
wizard-questions-save = Turpināt
wizard-questions-retype = Jūsu drošības labad atbildes nekad netiek nosūtītas atpakaļ uz lapu: lūdzu, ierakstiet tās vēlreiz.
wizard-summary-heading = Pārbaudiet un saglabājiet
wizard-summary-skipped = Izlaists
wizard-save = Saglabāt
wizard-cancel = Atcelt

registration-error-not-signed-in = Jūsu sesija ir beigusies. Lūdzu, pierakstieties vēlreiz.
registration-error-flow-missing = Šīs reģistrācijas termiņš ir beidzies, vai tā jau ir pabeigta. Lai turpinātu, sāciet no jauna.
registration-error-step-out-of-order = Šis solis pašlaik nav pieejams. Turpiniet no parādītā soļa.
registration-error-phone-missing = Ievadiet savu tālruņa numuru.
registration-error-country-needed = Izvēlieties valsti vai ierakstiet numuru ar starptautisko kodu, kas sākas ar +.
registration-error-phone-invalid = Tas nav derīgs izvēlētās valsts tālruņa numurs.
registration-error-email-missing = Ievadiet savu e-pasta adresi.
registration-error-email-invalid = Ievadiet e-pasta adresi šādā formā: vards@example.com.
code-error-missing = Ievadiet kodu, ko mēs jums nosūtījām.
code-error-malformed = Kods sastāv no 6 līdz 8 cipariem.
code-error-wrong = { $tries ->
    [1] Šis kods nav pareizs. Jums ir atlicis vēl viens mēģinājums.
    [one] Šis kods nav pareizs. Jums ir atlicis vēl { $tries } mēģinājums.
   *[other] Šis kods nav pareizs. Jums ir atlikuši vēl { $tries } mēģinājumi.
}
code-error-dead = Pārāk daudz nepareizu kodu. Nosūtiet jaunu kodu.
code-error-expired = Šī koda derīguma termiņš ir beidzies. Nosūtiet jaunu kodu.
code-error-used = Šis kods jau ir izmantots. Nosūtiet jaunu kodu.
code-error-none-sent = Nav neviena gaidoša koda. Nosūtiet jaunu kodu.
code-error-too-many = Nosūtīts pārāk daudz kodu. Uzgaidiet stundu vai izvēlieties citu metodi.
code-error-delivery-failed = Mēs nevarējām nosūtīt kodu. Mēģiniet vēlreiz vai izvēlieties citu metodi.
registration-error-question-missing = Šeit izvēlieties jautājumu.
registration-error-question-not-offered = Izvēlieties jautājumu no saraksta.
registration-error-question-twice = Šo jautājumu jūs jau izvēlējāties. Izvēlieties citu.
error-answer-missing = Ievadiet atbildi.
registration-error-answer-too-short = Atbildē jābūt vismaz 3 rakstzīmēm.
registration-error-answer-too-long = Atbildē drīkst būt ne vairāk kā 40 rakstzīmes.
registration-error-answer-twice = Šo atbildi jūs jau sniedzāt uz citu jautājumu. Sniedziet citu atbildi.
registration-error-steps-pending = Pirms saglabāšanas pabeidziet vai izlaidiet katru soli.
registration-error-nothing-to-save = Nekas netika pievienots. Reģistrējiet vismaz vienu metodi vai atceliet.
registration-error-not-enough-methods = { $needed ->
    [1] Reģistrējiet vismaz vienu metodi, lai varētu atiestatīt paroli.
    [one] Reģistrējiet vismaz { $needed } dažādu metodi, lai varētu atiestatīt paroli.
   *[other] Reģistrējiet vismaz { $needed } dažādas metodes, lai varētu atiestatīt paroli.
}

account-security-info = Drošības informācija: reģistrēt, mainīt vai dzēst
account-security-info-saved = Jūsu drošības informācija ir saglabāta.

message-code-email-subject = Jūsu verifikācijas kods
message-code-email-body = Jūsu verifikācijas kods ir { $code }.

    Tas ir derīgs { $minutes ->
        [one] { $minutes } minūti
       *[other] { $minutes } minūtes
    }. Ja to nepieprasījāt, varat ignorēt šo e-pasta ziņojumu: bez koda nekas netiks mainīts.
message-code-sms = Jūsu verifikācijas kods ir { $code }. Derīgs { $minutes } min.
message-code-voice = Jūsu verifikācijas kods ir: { $code }. Atkārtoju: { $code }.
message-changed-subject = Jūsu drošības informācija tika mainīta
message-changed-body = Jūsu konta drošības informācija tikko tika mainīta:
    { $changes }

    Ja šīs izmaiņas veicāt jūs, nekas nav jādara. Ja ne, nekavējoties sazinieties ar palīdzības dienestu.
message-changed-phone = autentifikācijas tālrunis
message-changed-email = autentifikācijas e-pasts
message-changed-questions = drošības jautājumi

country-AR = Argentīna
country-AT = Austrija
country-AU = Austrālija
country-BE = Beļģija
country-BR = Brazīlija
country-CA = Kanāda
country-CH = Šveice
country-CN = Ķīna
country-CZ = Čehija
country-DE = Vācija
country-DK = Dānija
country-ES = Spānija
country-FI = Somija
country-FR = Francija
country-GB = Apvienotā Karaliste
country-GR = Grieķija
country-HR = Horvātija
country-HU = Ungārija
country-IE = Īrija
country-IN = Indija
country-IT = Itālija
country-JP = Japāna
country-LU = Luksemburga
country-MT = Malta
country-MX = Meksika
country-NL = Nīderlande
country-NO = Norvēģija
country-NZ = Jaunzēlande
country-PL = Polija
country-PT = Portugāle
country-RO = Rumānija
country-SE = Zviedrija
country-SI = Slovēnija
country-SK = Slovākija
country-SM = Sanmarīno
country-TR = Turcija
country-UA = Ukraina
country-US = Amerikas Savienotās Valstis
country-VA = Vatikāns
country-ZA = Dienvidāfrika
registration-error-reauth-required = Jūsu drošības labad pirms drošības informācijas mainīšanas vēlreiz ievadiet paroli.
registration-error-method-not-changeable = Šo metodi šeit nevar mainīt.
registration-error-wrong-password = Šī parole nav pareiza.
registration-error-too-many-password-tries = Ievadīts pārāk daudz nepareizu paroļu. Lūdzu, uzgaidiet dažas minūtes un mēģiniet vēlreiz.

security-info-title = Drošības informācija
security-info-back = Atpakaļ uz jūsu kontu
security-info-usable = { $usable ->
    [1] Paroles atiestatīšanai var izmantot vienu no jūsu metodēm
   *[other] Paroles atiestatīšanai var izmantot { $usable } no jūsu metodēm
}; { $required ->
    [1] nepieciešama viena.
    [one] nepieciešama { $required } dažāda.
   *[other] nepieciešamas { $required } dažādas.
}
security-info-not-set = Nav iestatīts
security-info-add = Pievienot
security-info-change = Mainīt
security-info-delete = Dzēst
security-info-deleted = Metode tika izdzēsta.
security-info-delete-title = Metodes dzēšana
security-info-delete-confirm = Vai dzēst „{ $method }” no jūsu drošības informācijas?
security-info-delete-warning = { $required ->
    [1] Pēc tam jums nepaliktu nevienas metodes, un jūs vairs nevarētu patstāvīgi atiestatīt savu paroli.
    [one] Pēc tam jums būtu mazāk par { $required } metodi, un jūs vairs nevarētu patstāvīgi atiestatīt savu paroli.
   *[other] Pēc tam jums būtu mazāk par { $required } metodēm, un jūs vairs nevarētu patstāvīgi atiestatīt savu paroli.
}
reauth-title = Apstipriniet, ka tas esat jūs
reauth-submit = Turpināt

## Password reset messages

message-reset-subject = Jūsu parole tika atiestatīta
message-reset-body = Labdien!

    Jūsu konta parole tikko tika atiestatīta paroļu pašapkalpošanās portālā, un visas sesijas tika slēgtas.

    Ja to izdarījāt jūs, nekas vairs nav jādara. Ja ne, nekavējoties sazinieties ar savu administratoru.

    Pierakstīties: { $url }
message-unlocked-subject = Jūsu konts tika atbloķēts
message-unlocked-body = Labdien!

    Jūsu konts tikko tika atbloķēts paroļu pašapkalpošanās portālā. Jūsu parole netika mainīta.

    Ja to neizdarījāt jūs, nekavējoties sazinieties ar savu administratoru.

    Pierakstīties: { $url }
message-admin-reset-subject = Administrators { $admin } atiestatīja savu paroli
message-admin-reset-body = Labdien!

    Administrators { $admin } tikko atiestatīja savu paroli paroļu pašapkalpošanās portālā.

    Ja to negaidījāt, pārrunājiet to ar šo personu un pārskatiet audita žurnālu.

    Portāls: { $url }

## Email footer and text-message sender

email-footer-sent-by = Šis ir automātisks ziņojums. Sūtītājs: { $organisation }.
email-footer-privacy = Privātums
email-footer-terms = Lietošanas noteikumi
email-footer-helpdesk = Palīdzības dienests
message-from-organisation = { $organisation }: { $text }
