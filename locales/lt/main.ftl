### Lietuvių (lt). Register: formal plural "jūs" (lowercase inside sentences) with the plural
### imperative ("Įveskite slaptažodį"), and infinitives for buttons and commands ("Įrašyti",
### "Atšaukti"), as in Microsoft's Lithuanian product UI. Quotation marks „…“.
### Plurals: CLDR lt one/few/many/other; "many" only covers fractions, which never occur here, so
### it is left to the default; an exact [1] variant is used where "one" would read better as a word.
### Glossary:
###   password = slaptažodis
###   security info = saugos informacija
###   verification code = patvirtinimo kodas
###   security question = saugos klausimas
###   helpdesk = pagalbos tarnyba
###   administrator = administratorius
###   sign in = prisijungti / prisijungimas; sign out = atsijungti
###   reset = nustatyti iš naujo
###   unlock = atrakinti
###   account = paskyra
###   user name = vartotojo vardas
###   email = el. paštas (message: el. laiškas)
###   text message = SMS žinutė
###   directory = katalogas
###   method = būdas
###   save = įrašyti

## Shared by every page

product-name = Paskyros savitarna
skip-to-content = Pereiti prie pagrindinio turinio
loading = Įkeliama…
language-label = Kalba
# Shown in the language picker: the name of this language, in this language.
language-name = Lietuvių
language-apply = Keisti kalbą
password-show = Rodyti slaptažodį
password-hide = Slėpti slaptažodį

## Errors

error-user-name-missing = Įveskite savo vartotojo vardą.
error-user-name-invalid = Tai nepanašu į vartotojo vardą. Patikrinkite, ką įvedėte, ir bandykite dar kartą.
error-password-missing = Įveskite slaptažodį.
error-invalid-credentials = Neteisingas vartotojo vardas arba slaptažodis. Patikrinkite abu ir bandykite dar kartą.
error-account-locked = Jūsų paskyra užrakinta. Norėdami ją atrakinti, toliau pasirinkite „Negalite pasiekti savo paskyros?“ arba kreipkitės į pagalbos tarnybą.
error-sign-in-paused = Šiuo vartotojo vardu buvo per daug nesėkmingų bandymų prisijungti. Siekiant apsaugoti paskyrą, prisijungimas sustabdytas iki { $until }. Jei pamiršote slaptažodį, galite jį nustatyti iš naujo dabar.
error-sign-in-busy-address = Iš jūsų tinklo buvo per daug nesėkmingų bandymų prisijungti. Palaukite valandą ir bandykite dar kartą.
error-unavailable = Mūsų pusėje įvyko klaida. Bandykite dar kartą po kelių minučių.
error-transport = Nepavyko susisiekti su serveriu. Patikrinkite ryšį ir bandykite dar kartą.

## Sign-in page

sign-in-title = Prisijungimas
sign-in-heading = Prisijunkite prie savo paskyros
sign-in-user-name = Vartotojo vardas
sign-in-password = Slaptažodis
sign-in-submit = Prisijungti
sign-in-cant-access = Negalite pasiekti savo paskyros?

## Account page

account-title = Jūsų paskyra
account-heading = Jūsų paskyra
account-signed-in-as = Esate prisijungę kaip
account-sign-out = Atsijungti
account-signed-out = Nesate prisijungę.
account-go-sign-in = Eiti į prisijungimo puslapį

## Password reset

reset-title = Slaptažodžio nustatymas iš naujo
reset-heading = Atgaukite prieigą prie savo paskyros
reset-back-to-sign-in = Grįžti į prisijungimo puslapį
reset-intro = Įveskite savo vartotojo vardą – padėsime jums įrodyti, kad tai jūs, o tada pasirinksite naują slaptažodį.
reset-user-id = Vartotojo vardas
reset-user-id-hint = Paprastai tai jūsų darbo el. pašto adresas, pavyzdžiui, name@contoso.example.
reset-next = Toliau
captcha-question = Įrodykite, kad esate žmogus: kiek bus { $a } plius { $b }?
captcha-hint = Atsakymą įveskite skaitmenimis.
captcha-checking = Tikrinama, ar esate žmogus…
captcha-done = Atlikta: jūsų naršyklė įrodė, kad esate žmogus. Tęskite mygtuku „Toliau“.
reset-start-again = Pradėti iš naujo
reset-verify-heading = Įrodykite, kad tai jūs
reset-gate-of = Patvirtinimas { $number } iš { $total }
reset-gate-legend = Kaip norite gauti patvirtinimo kodą?
reset-gate-email = Siųsti kodą el. paštu adresu { $destination }
reset-gate-mobile-sms = Siųsti kodą SMS žinute į mano mobilųjį telefoną { $destination }
reset-gate-mobile-voice = Skambinti į mano mobilųjį telefoną { $destination }
reset-gate-office-voice = Skambinti į mano darbo telefoną { $destination }
reset-gate-questions = Atsakyti į mano saugos klausimus
reset-code-sent-email = Išsiuntėme el. laišką su patvirtinimo kodu adresu { $destination }.
reset-code-sent-sms = Išsiuntėme SMS žinutę su patvirtinimo kodu numeriu { $destination }.
reset-code-sent-voice = Skambiname numeriu { $destination }, kad perskaitytume jums patvirtinimo kodą.
reset-code-resend = Siųsti naują kodą
reset-other-method = Naudoti kitą būdą
reset-questions-heading = Atsakykite į savo saugos klausimus
reset-password-heading = Pasirinkite naują slaptažodį
reset-password-hint = { $min ->
    [1] Naudokite bent vieną simbolį.
    [one] Naudokite bent { $min } simbolį. Geriausia – ilga frazė, kurią galite įsiminti; nenaudokite savo vardo ir dažnai naudojamų slaptažodžių.
    [few] Naudokite bent { $min } simbolius. Geriausia – ilga frazė, kurią galite įsiminti; nenaudokite savo vardo ir dažnai naudojamų slaptažodžių.
   *[other] Naudokite bent { $min } simbolių. Geriausia – ilga frazė, kurią galite įsiminti; nenaudokite savo vardo ir dažnai naudojamų slaptažodžių.
}
reset-password-new = Naujas slaptažodis
reset-password-confirm = Patvirtinkite naują slaptažodį
reset-password-strength-0 = Apytikslis stiprumas: labai silpnas
reset-password-strength-1 = Apytikslis stiprumas: silpnas
reset-password-strength-2 = Apytikslis stiprumas: vidutinis
reset-password-strength-3 = Apytikslis stiprumas: stiprus
reset-password-strength-4 = Apytikslis stiprumas: labai stiprus
reset-password-strength-note = Tai jūsų naršyklėje atliktas įvertinimas, padedantis jums pasirinkti. Ar slaptažodis bus priimtas, lemia aukščiau nurodytos taisyklės.
reset-password-submit = Nustatyti slaptažodį iš naujo
reset-unlock-only-text = Jūsų paskyra užrakinta. Jei vis dar žinote savo slaptažodį, galite atrakinti paskyrą ir jį pasilikti.
reset-unlock-only = Tik atrakinti
reset-contact-heading = Kreipkitės į administratorių
reset-contact-text = Čia slaptažodžio nustatyti iš naujo negalite. Administratorius gali padėti jums atgauti prieigą prie paskyros.
reset-contact-helpdesk = Kreiptis į pagalbos tarnybą
reset-done-heading = Jūsų slaptažodis nustatytas iš naujo
reset-done-text = Visi jūsų seansai baigti. Prisijunkite naudodami naują slaptažodį.
reset-unlocked-heading = Jūsų paskyra atrakinta
reset-unlocked-text = Prisijunkite naudodami dabartinį slaptažodį.
reset-go-sign-in = Eiti į prisijungimo puslapį
reset-error-flow-missing = Slaptažodžio nustatymo iš naujo laikas baigėsi arba jis nebuvo pradėtas. Pradėkite iš naujo.
reset-error-step-out-of-order = Šis žingsnis dabar nepasiekiamas. Tęskite nuo šio puslapio.
reset-error-user-id-missing = Įveskite savo vartotojo vardą.
reset-error-user-id-invalid = Įveskite vartotojo vardą el. pašto adreso formatu, pavyzdžiui, name@contoso.example.
reset-error-captcha-failed = Nepavyko patikrinti, ar esate žmogus. Bandykite dar kartą.
reset-error-gate-missing = Pasirinkite, kaip norite gauti kodą.
reset-error-code-dead = Per daug neteisingų kodų. Išsiųskite naują kodą arba naudokite kitą būdą.
reset-error-answers-wrong = Vienas ar keli atsakymai neteisingi. Patikrinkite juos ir bandykite dar kartą.
reset-error-blocked = Bandėte per daug kartų. Jūsų saugumo sumetimais savitarnos slaptažodžio nustatymas iš naujo šiai paskyrai sustabdytas iki { $until }.
reset-error-busy-address = Iš jūsų tinklo buvo per daug bandymų. Palaukite valandą ir bandykite dar kartą.
reset-error-passwords-differ = Slaptažodžiai nesutampa.
reset-error-password-too-short = { $min ->
    [1] Naudokite bent vieną simbolį.
    [one] Naudokite bent { $min } simbolį.
    [few] Naudokite bent { $min } simbolius.
   *[other] Naudokite bent { $min } simbolių.
}
reset-error-password-missing = Įveskite naują slaptažodį.
reset-error-password-common = Šis slaptažodis yra sąraše slaptažodžių, kuriuos įsilaužėliai bando pirmiausia. Pasirinkite kitą, pavyzdžiui, frazę iš kelių nesusijusių žodžių.
reset-error-password-control = Slaptažodyje negali būti eilučių lūžių, tabuliacijos ar kitų valdymo simbolių. Įveskite jį dar kartą be jų.
reset-error-write-unconfirmed = Nepavyko patvirtinti, kad naujas slaptažodis buvo įrašytas. Pasirinkite jį dar kartą; naujas pasirinkimas pakeis viską, kas galėjo būti įrašyta.
reset-writing = Jūsų pakeitimas įrašomas. Po akimirkos atnaujinkite šį puslapį.
reset-error-password-too-long = Naudokite ne daugiau kaip 256 simbolius.
reset-error-password-contains-name = Nenaudokite slaptažodyje savo vartotojo vardo.
reset-error-write-failed = Nepavyko įrašyti pakeitimo kataloge, todėl niekas nepakeista. Po akimirkos bandykite dar kartą.

## Organisation branding on every page

footer-label = Organizacijos nuorodos
footer-privacy = Privatumas
footer-terms = Naudojimo sąlygos
footer-helpdesk = Pagalbos tarnyba

## Branding studio (/admin/branding, for branding administrators)

studio-title = Firminio stiliaus studija
studio-heading-layer = Parametrai: { $layer }
studio-back = Grįžti į firminio stiliaus studiją
studio-preview-banner = Peržiūrite nepublikuotą firminį stilių. Kol jis nepublikuotas, niekas kitas jo nemato.
studio-preview-stop = Baigti peržiūrą
studio-layer-label = Parametrai, skirti
studio-layer-open = Atidaryti
studio-layer-default = Numatytieji (visos kalbos)
studio-layer-overridden = { $language } (turi savo parametrus)
studio-inherited = Jei tuščia: { $value }
studio-as-default = Kaip numatytuosiuose parametruose
studio-as-product = Kaip portalas atrodo be firminio stiliaus
studio-show = Rodyti
studio-hide = Slėpti
studio-save = Įrašyti juodraštį
studio-section-identity = Organizacija
studio-section-colours = Spalvos
studio-colours-hint = Spalvas rašykite formatu #rrggbb, pavyzdžiui, #0b5cad. Tekstas ir mygtukai turi pakankamai išsiskirti iš fono, kad visi galėtų juos perskaityti, todėl prieš publikuojant studija patikrina kontrastą.
studio-section-layout = Išdėstymas
studio-section-sign-in = Prisijungimo puslapis
studio-section-links = Poraštės nuorodos
studio-section-css = Pasirinktinis CSS
studio-css-hint = Taisyklės klasių pavadinimams, išvardytiems portalo CSS žinyne. Vaizdai gali būti tik iš čia įkeltų vaizdų. Ne daugiau kaip 25 KB.
studio-section-images = Vaizdai
studio-section-publish = Publikavimas
studio-section-publications = Publikuotos versijos
studio-field-organisation-name = Organizacijos pavadinimas
studio-field-colour-primary = Mygtukai ir nuorodos
studio-field-colour-primary-text = Tekstas ant mygtukų
studio-field-colour-header = Antraštės juosta
studio-field-colour-header-text = Tekstas antraštės juostoje
studio-field-colour-text = Tekstas
studio-field-colour-page = Puslapio fonas
studio-field-colour-card = Kortelės fonas
studio-field-colour-focus = Klaviatūros fokusavimo rėmelis
studio-field-layout = Puslapio išdėstymas
studio-layout-full-bleed = Visą puslapį užpildantis fono vaizdas
studio-layout-plain = Vienspalvis puslapis
studio-field-show-header = Rodyti antraštės juostą
studio-field-show-footer = Rodyti poraštę
studio-field-sign-in-text = Prisijungimo puslapio tekstas
studio-field-user-name-hint = Vartotojo vardo užuomina
studio-field-cant-access-label = Nuorodos tekstas žmonėms, kurie negali prisijungti
studio-field-show-reset-link = Nuoroda žmonėms, kurie negali prisijungti
studio-field-privacy-url = Privatumo patvirtinimo adresas
studio-field-terms-url = Naudojimo sąlygų adresas
studio-field-helpdesk-url = Pagalbos tarnybos adresas (žiniatinklio arba el. pašto)
studio-field-custom-css = Pasirinktinis CSS
studio-field-image-banner-logo = Reklamjuostės logotipas
studio-field-image-square-logo = Kvadratinis logotipas
studio-field-image-square-logo-dark = Kvadratinis logotipas tamsiam fonui
studio-field-image-favicon = Svetainės piktograma (favicon)
studio-field-image-background = Fono vaizdas
studio-image-limits = { $kinds }, ne daugiau kaip { $kilobytes } KB ir iki { $width } × { $height } pikselių.
studio-image-upload = Įkelti: { $slot }
studio-image-remove = Šalinti: { $slot }
studio-image-current = Dabartinis vaizdas: { $slot }
studio-live-heading = Tiesioginė peržiūra
studio-live-caption = Rodo aukščiau esančias spalvas ir tekstus jums rašant, dar prieš įrašant.
studio-preview = Peržiūrėti juodraštį tikruose puslapiuose
studio-email-preview = Peržiūrėti el. laišką su juodraščiu
studio-publish = Publikuoti
studio-state-never-published = Dar niekas nepublikuota: visi mato portalą be firminio stiliaus.
studio-state-published = Naudojama versija { $version }.
studio-state-unpublished-changes = Juodraštyje yra nepublikuotų pakeitimų.
studio-problems-heading = Prieš publikuodami ištaisykite šias problemas
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } – kontrastas { $ratio }, o reikia bent { $minimum }.
studio-problem-too-long = didžiausias leistinas simbolių skaičius – { $max }.
studio-problem-control-character = pašalinkite iš jo valdymo simbolius (pvz., tabuliaciją).
studio-problem-not-a-colour = spalvą rašykite kaip # ir šešis šešioliktainius skaitmenis, pavyzdžiui, #0b5cad.
studio-problem-link-not-https = žiniatinklio adresai turi prasidėti https://.
studio-problem-link-invalid = įrašykite žiniatinklio adresą, prasidedantį https://, arba el. pašto adresą.
studio-problem-css = { $line } eilutė: { $reason }
studio-css-too-long = stilių lapas didesnis nei 25 KB.
studio-css-import = @import neleidžiamas; vietoj to taisykles rašykite čia.
studio-css-external-url = url() gali nurodyti tik studijoje įkeltą vaizdą.
studio-css-expression = expression(), behavior ir -moz-binding neleidžiami.
studio-css-at-rule = leidžiamos tik @media, @supports, @layer, @container, @font-face ir @keyframes.
studio-css-markup = seka </ neleidžiama.
studio-css-unparsable = tai netinkamas CSS (patikrinkite, ar netrūksta riestinio skliausto, dvitaškio ar kabutės).
studio-pair-text-on-page = tekstas ir puslapio fonas
studio-pair-text-on-card = tekstas ir kortelės fonas
studio-pair-button-text-on-primary = mygtukų tekstas ir mygtukai
studio-pair-header-text-on-header = antraštės tekstas ir antraštės juosta
studio-pair-focus-on-page = fokusavimo rėmelis ir puslapio fonas
studio-column-version = Versija
studio-column-when = Publikuota
studio-column-who = Publikavo
studio-column-note = Pastaba
studio-column-action = Veiksmas
studio-publication-live = Naudojama dabar
studio-publication-restored = Atkuria versiją { $version }
studio-roll-back = Dar kartą publikuoti versiją { $version }
studio-done-saved = Juodraštis įrašytas. Peržiūrėkite jį, o kai bus paruoštas, publikuokite.
studio-done-uploaded = Vaizdas įtrauktas į juodraštį.
studio-done-removed = Vaizdas pašalintas iš juodraščio.
studio-done-published = Publikuota. Po kelių sekundžių visuose puslapiuose bus rodomas naujas firminis stilius.
studio-done-rolled-back = Ankstesnė versija vėl naudojama ir dabar ji yra ir juodraštis.
studio-done-preview-stopped = Peržiūra baigta.
studio-refused-publish = Niekas nepublikuota: pirmiausia ištaisykite toliau išvardytas problemas.
studio-refused-no-such-version = Tokios versijos nėra. Niekas nepakeista.
studio-refused-unavailable = Nepavyko įrašyti pakeitimo. Niekas nepakeista; bandykite dar kartą.
studio-refused-empty = { $slot }: vaizdas neįkeltas, nes nepasirinktas joks failas arba failas tuščias. Niekas nepakeista.
studio-refused-too-many-bytes = { $slot }: vaizdas neįkeltas, nes failas didesnis nei { $kilobytes } KB. Niekas nepakeista.
studio-refused-unknown-type = { $slot }: vaizdas neįkeltas, nes failas, nepaisant jo pavadinimo, nėra PNG, JPEG ar WebP vaizdas (o logotipams – ir ne SVG brėžinys). Niekas nepakeista.
studio-refused-svg-not-allowed = { $slot }: vaizdas neįkeltas, nes SVG brėžiniai priimami tik logotipams. Naudokite PNG, JPEG arba WebP. Niekas nepakeista.
studio-refused-too-many-pixels = { $slot }: vaizdas neįkeltas, nes jis didesnis nei leidžiama ({ $width } × { $height } pikselių). Niekas nepakeista.
studio-refused-undecodable = { $slot }: vaizdas neįkeltas, nes jis sugadintas ir jo nepavyko nuskaityti. Niekas nepakeista.
studio-refused-svg-unparsable = { $slot }: vaizdas neįkeltas, nes nepavyko nuskaityti SVG brėžinio. Niekas nepakeista.
studio-refused-svg-doctype = { $slot }: vaizdas neįkeltas, nes SVG brėžiniai su DOCTYPE arba objektais (entity) atmetami. Niekas nepakeista.
studio-refused-svg-script = { $slot }: vaizdas neįkeltas, nes SVG brėžinyje yra scenarijus. Niekas nepakeista.
studio-refused-svg-foreign-object = { $slot }: vaizdas neįkeltas, nes į SVG brėžinį įdėtas kitas turinys (foreignObject). Niekas nepakeista.
studio-refused-svg-event-handler = { $slot }: vaizdas neįkeltas, nes SVG brėžinyje yra įvykių doroklių (atributų on…). Niekas nepakeista.
studio-refused-svg-external-reference = { $slot }: vaizdas neįkeltas, nes SVG brėžinys nurodo į failus ar adresus už jo ribų. Niekas nepakeista.
studio-refused-svg-too-complex = { $slot }: vaizdas neįkeltas, nes SVG brėžinys per sudėtingas. Supaprastinkite jį ir bandykite dar kartą. Niekas nepakeista.
studio-refused-svg-marker = { $slot }: vaizdas neįkeltas, nes SVG žymekliai nepalaikomi. Niekas nepakeista.

## Not found

not-found-title = Puslapis nerastas
not-found-heading = Šio puslapio rasti nepavyko.

## Demo outbox (demonstration mode only)

outbox-title = Demonstraciniai siunčiamieji
outbox-heading = Demonstraciniai siunčiamieji
outbox-banner-heading = Demonstracinis režimas
outbox-banner-text = Šis puslapis veikia tik demonstraciniu režimu. Pranešimai iš tikrųjų nesiunčiami: el. laiškai, SMS žinutės ir balso skambučiai, įskaitant vienkartinius kodus, saugomi čia, kad galėtumėte išbandyti portalą. Niekada nenaudokite tikro portalo demonstraciniu režimu.
outbox-caption = Naujausi pranešimai (ne daugiau kaip { $limit }), pradedant naujausiu
outbox-empty = Pranešimų dar nėra. Čia bus rodomi portalo siunčiami kodai ir pranešimai.
outbox-time = Laikas
outbox-channel = Kanalas
outbox-recipient = Gavėjas
outbox-subject = Tema
outbox-body = Pranešimas
outbox-channel-email = El. paštas
outbox-channel-sms = SMS žinutė
outbox-channel-voice = Balso skambutis

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Kuriame mieste susipažinote su savo pirmuoju sutuoktiniu ar partneriu?
question-city-parents-met = Kuriame mieste susipažino jūsų tėvai?
question-city-nearest-sibling = Kuriame mieste gyvena arčiausiai jūsų gyvenantis brolis ar sesuo?
question-city-father-born = Kuriame mieste gimė jūsų tėvas?
question-city-first-job = Kuriame mieste buvo jūsų pirmasis darbas?
question-city-mother-born = Kuriame mieste gimė jūsų motina?
question-city-new-year-2000 = Kuriame mieste sutikote 2000-uosius metus?
question-high-school-teacher-last-name = Kokia jūsų mėgstamiausio vidurinės mokyklos mokytojo ar mokytojos pavardė?
question-college-applied-not-attended = Kaip vadinasi aukštoji mokykla, į kurią stojote, bet kurioje nestudijavote?
question-first-wedding-reception-place = Kaip vadinosi vieta, kurioje vyko jūsų pirmųjų vestuvių pokylis?
question-father-middle-name = Koks jūsų tėvo antrasis vardas?
question-favorite-food = Koks jūsų mėgstamiausias patiekalas?
question-maternal-grandmother-name = Koks jūsų močiutės iš motinos pusės vardas ir pavardė?
question-mother-middle-name = Koks jūsų motinos antrasis vardas?
question-oldest-sibling-birthday = Kurių metų kurį mėnesį gimė jūsų vyriausias brolis ar vyriausia sesuo? (pvz., 1985 m. lapkritis)
question-oldest-sibling-middle-name = Koks jūsų vyriausio brolio ar vyriausios sesers antrasis vardas?
question-paternal-grandfather-name = Koks jūsų senelio iš tėvo pusės vardas ir pavardė?
question-youngest-sibling-middle-name = Koks jūsų jauniausio brolio ar jauniausios sesers antrasis vardas?
question-sixth-grade-school = Kurioje mokykloje mokėtės šeštoje klasėje?
question-childhood-best-friend-name = Koks buvo jūsų geriausio vaikystės draugo ar draugės vardas ir pavardė?
question-first-significant-other-name = Koks buvo jūsų pirmosios meilės vardas ir pavardė?
question-grade-school-teacher-last-name = Kokia buvo jūsų mėgstamiausio pradinių klasių mokytojo ar mokytojos pavardė?
question-first-car-make-model = Kokia buvo jūsų pirmojo automobilio ar motociklo markė ir modelis?
question-first-school = Kaip vadinosi pirmoji mokykla, kurioje mokėtės?
question-birth-hospital = Kaip vadinasi ligoninė, kurioje gimėte?
question-childhood-street = Kaip vadinosi gatvė, kurioje buvo jūsų pirmieji vaikystės namai?
question-childhood-hero = Kas buvo jūsų vaikystės herojus?
question-favorite-stuffed-animal = Kaip vadinosi jūsų mėgstamiausias pliušinis žaislas?
question-first-pet = Koks buvo jūsų pirmojo augintinio vardas?
question-childhood-nickname = Kokia buvo jūsų vaikystės pravardė?
question-high-school-sport = Kokia buvo jūsų mėgstamiausia sporto šaka vidurinėje mokykloje?
question-first-job = Koks buvo jūsų pirmasis darbas?
question-childhood-phone-last-digits = Kokie buvo paskutiniai keturi jūsų vaikystės namų telefono numerio skaitmenys?
question-childhood-ambition = Kuo vaikystėje norėjote tapti užaugę?
question-most-famous-person-met = Kas yra žymiausias žmogus, kurį esate sutikę?

## Security-info registration

method-email = El. paštas
method-mobile-phone = Mobilusis telefonas
method-office-phone = Darbo telefonas
method-security-questions = Saugos klausimai
method-questions-count = { $count ->
    [one] Atsakyta į { $count } klausimą
    [few] Atsakyta į { $count } klausimus
   *[other] Atsakyta į { $count } klausimų
}
source-authentication = jūsų užregistruotas patvirtinimui, kataloge nerodomas
source-directory = iš jūsų profilio kataloge
source-administrator = nustatytas jūsų administratoriaus

prompt-title = Reikia daugiau informacijos
prompt-register-heading = Reikia daugiau informacijos
prompt-register-why = Jūsų organizacijai reikia būdo patvirtinti, kad tai jūs, kai pamirštate slaptažodį arba jūsų paskyra užrakinta. Užregistruokite saugos informaciją dabar, kad galėtumėte patys atgauti prieigą, neskambindami pagalbos tarnybai.
prompt-register-needed = { $count ->
    [1] Jums reikia bent vieno patvirtinimo būdo.
    [one] Jums reikia bent { $count } skirtingo patvirtinimo būdo.
   *[other] Jums reikia bent { $count } skirtingų patvirtinimo būdų.
}
prompt-next = Toliau
prompt-skip = Kol kas praleisti
prompt-reconfirm-heading = Ar ši informacija vis dar teisinga?
prompt-reconfirm-why = Patikrinkite užregistruotą saugos informaciją. Jei kas nors pasikeitė, atnaujinkite ją, kad ir toliau galėtumėte nustatyti slaptažodį iš naujo.
prompt-looks-good = Viskas teisinga
prompt-change = Keisti
prompt-nothing = Daugiau nieko nereikia
prompt-go-account = Eiti į savo paskyrą

wizard-title = Saugos informacijos registravimas
wizard-start = Pradėti iš naujo
wizard-step-of = Žingsnis { $number } iš { $total }
wizard-code-label = Patvirtinimo kodas
wizard-verify = Patvirtinti
wizard-send-code = Siųsti kodą
wizard-skip-step = Praleisti šį būdą
wizard-phone-country = Šalis arba regionas
wizard-phone-number = Telefono numeris
wizard-phone-hint = Be šalies kodo arba su šalies kodu, prasidedančiu +.
wizard-phone-channel = Kaip turėtume išsiųsti kodą?
wizard-phone-sms = SMS žinutė
wizard-phone-voice = Balso skambutis
wizard-phone-texted = Išsiuntėme SMS žinutę su kodu numeriu { $number }.
wizard-phone-called = Skambiname numeriu { $number }, kad perskaitytume jums kodą.
wizard-phone-resend-heading = Negavote kodo? Išsiųskite jį dar kartą arba naudokite kitą numerį
wizard-phone-reset-uses = Šiuo metu slaptažodžiui nustatyti iš naujo būtų naudojamas numeris { $number }, { $source }.
wizard-phone-reset-none = Dar neturite telefono, kurį būtų galima naudoti slaptažodžiui nustatyti iš naujo.
wizard-phone-precedence = Čia patvirtintas numeris tampa jūsų autentifikavimo telefonu, ir nustatant slaptažodį iš naujo jis naudojamas vietoj kataloge nurodyto mobiliojo telefono.
wizard-office-phone = Darbo telefonas: { $number }, nustatytas jūsų administratoriaus. Čia jo pakeisti negalite.
wizard-email-address = El. pašto adresas
wizard-email-sent = Išsiuntėme el. laišką su kodu adresu { $address }.
wizard-email-resend-heading = Negavote el. laiško? Išsiųskite jį dar kartą arba naudokite kitą adresą
wizard-email-reset-uses = Šiuo metu slaptažodžiui nustatyti iš naujo būtų naudojamas adresas { $address }, { $source }.
wizard-email-reset-none = Dar neturite el. pašto adreso, kurį būtų galima naudoti slaptažodžiui nustatyti iš naujo.
wizard-email-precedence = Čia patvirtintas adresas tampa jūsų autentifikavimo el. paštu, ir nustatant slaptažodį iš naujo jis naudojamas vietoj kataloge nurodyto alternatyviojo el. pašto. Naudokite kitą adresą nei darbo.
wizard-questions-intro = { $count ->
    [1] Pasirinkite vieną klausimą ir į jį atsakykite.
    [one] Pasirinkite { $count } skirtingą klausimą ir atsakykite į kiekvieną iš jų.
    [few] Pasirinkite { $count } skirtingus klausimus ir atsakykite į kiekvieną iš jų.
   *[other] Pasirinkite { $count } skirtingų klausimų ir atsakykite į kiekvieną iš jų.
} Atsakymų ilgis – nuo 3 iki 40 simbolių; didžiosios raidės ir papildomi tarpai nesvarbūs. Niekas, net administratoriai, negali jų perskaityti.
wizard-question-label = Klausimas { $number }
wizard-answer-label = Atsakymas į klausimą { $number }
wizard-question-choose = Pasirinkite klausimą
wizard-answers-show = Rodyti atsakymus
wizard-answers-hide = Slėpti atsakymus
wizard-questions-save = Tęsti
wizard-questions-retype = Jūsų saugumo sumetimais atsakymai niekada nesiunčiami atgal į puslapį: įveskite juos dar kartą.
wizard-summary-heading = Patikrinkite ir įrašykite
wizard-summary-skipped = Praleista
wizard-save = Įrašyti
wizard-cancel = Atšaukti

registration-error-not-signed-in = Jūsų seansas baigėsi. Prisijunkite dar kartą.
registration-error-flow-missing = Šios registracijos laikas baigėsi arba ji jau užbaigta. Norėdami tęsti, pradėkite iš naujo.
registration-error-step-out-of-order = Šis žingsnis dabar nepasiekiamas. Tęskite nuo rodomo žingsnio.
registration-error-phone-missing = Įveskite savo telefono numerį.
registration-error-country-needed = Pasirinkite šalį arba įrašykite numerį su tarptautiniu kodu, prasidedančiu +.
registration-error-phone-invalid = Tai netinkamas pasirinktos šalies telefono numeris.
registration-error-email-missing = Įveskite savo el. pašto adresą.
registration-error-email-invalid = Įveskite el. pašto adresą, pavyzdžiui, vardas@example.com.
code-error-missing = Įveskite kodą, kurį jums išsiuntėme.
code-error-malformed = Kodą sudaro nuo 6 iki 8 skaitmenų.
code-error-wrong = { $tries ->
    [1] Šis kodas neteisingas. Liko dar vienas bandymas.
    [one] Šis kodas neteisingas. Liko dar { $tries } bandymas.
    [few] Šis kodas neteisingas. Liko dar { $tries } bandymai.
   *[other] Šis kodas neteisingas. Liko dar { $tries } bandymų.
}
code-error-dead = Per daug neteisingų kodų. Išsiųskite naują kodą.
code-error-expired = Šio kodo galiojimo laikas baigėsi. Išsiųskite naują kodą.
code-error-used = Šis kodas jau panaudotas. Išsiųskite naują kodą.
code-error-none-sent = Nėra laukiančio kodo. Išsiųskite naują kodą.
code-error-too-many = Išsiųsta per daug kodų. Palaukite valandą arba pasirinkite kitą būdą.
code-error-delivery-failed = Nepavyko išsiųsti kodo. Bandykite dar kartą arba pasirinkite kitą būdą.
registration-error-question-missing = Čia pasirinkite klausimą.
registration-error-question-not-offered = Pasirinkite klausimą iš sąrašo.
registration-error-question-twice = Šį klausimą jau pasirinkote. Pasirinkite kitą.
error-answer-missing = Įveskite atsakymą.
registration-error-answer-too-short = Atsakymą turi sudaryti bent 3 simboliai.
registration-error-answer-too-long = Atsakymą gali sudaryti ne daugiau kaip 40 simbolių.
registration-error-answer-twice = Šį atsakymą jau pateikėte į kitą klausimą. Pateikite kitokį atsakymą.
registration-error-steps-pending = Prieš įrašydami užbaikite arba praleiskite kiekvieną žingsnį.
registration-error-nothing-to-save = Nieko nepridėta. Užregistruokite bent vieną būdą arba atšaukite.
registration-error-not-enough-methods = { $needed ->
    [1] Užregistruokite bent vieną būdą, kad galėtumėte nustatyti slaptažodį iš naujo.
    [one] Užregistruokite bent { $needed } skirtingą būdą, kad galėtumėte nustatyti slaptažodį iš naujo.
    [few] Užregistruokite bent { $needed } skirtingus būdus, kad galėtumėte nustatyti slaptažodį iš naujo.
   *[other] Užregistruokite bent { $needed } skirtingų būdų, kad galėtumėte nustatyti slaptažodį iš naujo.
}

account-security-info = Saugos informacija: registruoti, keisti arba naikinti
account-security-info-saved = Jūsų saugos informacija įrašyta.

message-code-email-subject = Jūsų patvirtinimo kodas
message-code-email-body = Jūsų patvirtinimo kodas yra { $code }.

    Jis galioja { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
       *[other] { $minutes } minučių
    }. Jei jo neprašėte, galite nekreipti dėmesio į šį el. laišką: be kodo niekas nepasikeis.
message-code-sms = Jūsų patvirtinimo kodas yra { $code }. Galioja { $minutes } min.
message-code-voice = Jūsų patvirtinimo kodas: { $code }. Kartoju: { $code }.
message-changed-subject = Jūsų saugos informacija pakeista
message-changed-body = Jūsų paskyros saugos informacija ką tik buvo pakeista:
    { $changes }

    Jei tai padarėte jūs, nieko daryti nereikia. Jei ne, nedelsdami kreipkitės į pagalbos tarnybą.
message-changed-phone = autentifikavimo telefonas
message-changed-email = autentifikavimo el. paštas
message-changed-questions = saugos klausimai

country-AR = Argentina
country-AT = Austrija
country-AU = Australija
country-BE = Belgija
country-BR = Brazilija
country-CA = Kanada
country-CH = Šveicarija
country-CN = Kinija
country-CZ = Čekija
country-DE = Vokietija
country-DK = Danija
country-ES = Ispanija
country-FI = Suomija
country-FR = Prancūzija
country-GB = Jungtinė Karalystė
country-GR = Graikija
country-HR = Kroatija
country-HU = Vengrija
country-IE = Airija
country-IN = Indija
country-IT = Italija
country-JP = Japonija
country-LU = Liuksemburgas
country-MT = Malta
country-MX = Meksika
country-NL = Nyderlandai
country-NO = Norvegija
country-NZ = Naujoji Zelandija
country-PL = Lenkija
country-PT = Portugalija
country-RO = Rumunija
country-SE = Švedija
country-SI = Slovėnija
country-SK = Slovakija
country-SM = San Marinas
country-TR = Turkija
country-UA = Ukraina
country-US = Jungtinės Valstijos
country-VA = Vatikanas
country-ZA = Pietų Afrika
registration-error-reauth-required = Jūsų saugumo sumetimais prieš keisdami saugos informaciją dar kartą įveskite slaptažodį.
registration-error-method-not-changeable = Šio būdo čia pakeisti negalima.
registration-error-wrong-password = Slaptažodis neteisingas.
registration-error-too-many-password-tries = Įvesta per daug neteisingų slaptažodžių. Palaukite kelias minutes ir bandykite dar kartą.

security-info-title = Saugos informacija
security-info-back = Grįžti į paskyrą
security-info-usable = { $usable ->
    [1] Slaptažodžiui nustatyti iš naujo galima naudoti vieną iš jūsų būdų
   *[other] Slaptažodžiui nustatyti iš naujo galima naudoti { $usable } iš jūsų būdų
}; reikia { $required ->
    [1] vieno.
    [one] { $required } skirtingo.
   *[other] { $required } skirtingų.
}
security-info-not-set = Nenustatyta
security-info-add = Pridėti
security-info-change = Keisti
security-info-delete = Naikinti
security-info-deleted = Būdas panaikintas.
security-info-delete-title = Būdo naikinimas
security-info-delete-confirm = Panaikinti „{ $method }“ iš jūsų saugos informacijos?
security-info-delete-warning = { $required ->
    [1] Po to neliktų nė vieno būdo ir nebegalėtumėte patys nustatyti slaptažodžio iš naujo.
   *[other] Po to būdų liktų mažiau, nei reikia ({ $required }), ir nebegalėtumėte patys nustatyti slaptažodžio iš naujo.
}
reauth-title = Patvirtinkite, kad tai jūs
reauth-submit = Tęsti

## Password reset messages

message-reset-subject = Jūsų slaptažodis nustatytas iš naujo
message-reset-body = Sveiki,

    Jūsų paskyros slaptažodis ką tik buvo nustatytas iš naujo slaptažodžių savitarnos portale ir visi seansai buvo baigti.

    Jei tai padarėte jūs, daugiau nieko daryti nereikia. Jei ne, nedelsdami kreipkitės į administratorių.

    Prisijungti: { $url }
message-unlocked-subject = Jūsų paskyra atrakinta
message-unlocked-body = Sveiki,

    Jūsų paskyra ką tik buvo atrakinta slaptažodžių savitarnos portale. Jūsų slaptažodis nepasikeitė.

    Jei tai padarėte ne jūs, nedelsdami kreipkitės į administratorių.

    Prisijungti: { $url }
message-admin-reset-subject = Administratorius { $admin } nustatė savo slaptažodį iš naujo
message-admin-reset-body = Sveiki,

    Administratorius { $admin } ką tik slaptažodžių savitarnos portale nustatė savo slaptažodį iš naujo.

    Jei to nesitikėjote, pasitikslinkite pas jį ir peržiūrėkite audito žurnalą.

    Portalas: { $url }

## Email footer and text-message sender

email-footer-sent-by = Tai automatinis pranešimas. Siuntėjas: { $organisation }.
email-footer-privacy = Privatumas
email-footer-terms = Naudojimo sąlygos
email-footer-helpdesk = Pagalbos tarnyba
message-from-organisation = { $organisation }: { $text }
