### Euskara (eu). Register: standard polite "zu" form; commands in the bare-participle
### imperative ("Idatzi", "Aukeratu", "Gorde"), as in Microsoft's Basque product UI.
### Variables are kept out of suffixes (e.g. "helbide honetara: { $destination }").
### Glossary:
###   password = pasahitza
###   security info = segurtasun-informazioa
###   verification code = egiaztapen-kodea
###   security question = segurtasun-galdera
###   helpdesk = laguntza-zerbitzua
###   administrator = administratzailea
###   sign in / sign out = saioa hasi / saioa amaitu (saio-hasiera)
###   reset = berrezarri (berrezartzea)
###   unlock / locked = desblokeatu / blokeatuta
###   account = kontua
###   user name = erabiltzaile-izena
###   email = posta elektronikoa (address: helbide elektronikoa; message: mezu elektronikoa)
###   text message = testu-mezua (SMS)
###   mobile phone / office phone = telefono mugikorra / bulegoko telefonoa
###   directory = direktorioa
###   register (security info) = erregistratu
###   self-service = autozerbitzua

## Shared by every page

product-name = Kontuaren autozerbitzua
skip-to-content = Joan eduki nagusira
loading = Kargatzen…
language-label = Hizkuntza
# Hizkuntza-hautatzailean erakusten da: hizkuntza honen izena, hizkuntza honetan bertan.
language-name = Euskara
language-apply = Aldatu hizkuntza
password-show = Erakutsi pasahitza
password-hide = Ezkutatu pasahitza

## Errors

error-user-name-missing = Idatzi zure erabiltzaile-izena.
error-user-name-invalid = Honek ez du erabiltzaile-izen baten itxurarik. Egiaztatu idatzi duzuna eta saiatu berriro.
error-password-missing = Idatzi pasahitza.
error-invalid-credentials = Erabiltzaile-izena edo pasahitza ez da zuzena. Egiaztatu biak eta saiatu berriro.
error-account-locked = Zure kontua blokeatuta dago. Desblokeatzeko, aukeratu behean «Ezin duzu zure kontuan sartu?» edo jarri harremanetan laguntza-zerbitzuarekin.
error-sign-in-paused = Erabiltzaile-izen honekin saioa hasteko saiakera oker gehiegi egin dira. Kontua babesteko, saio-hasiera etenda dago { $until } arte. Pasahitza ahaztu baduzu, orain berrezar dezakezu.
error-sign-in-busy-address = Zure saretik saioa hasteko saiakera oker gehiegi egin dira. Itxaron ordubete eta saiatu berriro.
error-unavailable = Arazo bat izan da gure aldetik. Saiatu berriro minutu batzuk barru.
error-transport = Ezin izan dugu zerbitzariarekin konektatu. Egiaztatu konexioa eta saiatu berriro.

## Sign-in page

sign-in-title = Hasi saioa
sign-in-heading = Hasi saioa zure kontuan
sign-in-user-name = Erabiltzaile-izena
sign-in-password = Pasahitza
sign-in-submit = Hasi saioa
sign-in-cant-access = Ezin duzu zure kontuan sartu?

## Account page

account-title = Zure kontua
account-heading = Zure kontua
account-signed-in-as = Saioa hasi duzu erabiltzaile honekin:
account-sign-out = Amaitu saioa
account-signed-out = Ez duzu saioa hasi.
account-go-sign-in = Joan saio-hasierara

## Password reset

reset-title = Berrezarri pasahitza
reset-heading = Berreskuratu zure kontua
reset-back-to-sign-in = Itzuli saio-hasierara
reset-intro = Idatzi zure erabiltzaile-izena; zu zarela frogatzen lagunduko dizugu, eta ondoren pasahitz berri bat aukeratu ahal izango duzu.
reset-user-id = Erabiltzaile-izena
reset-user-id-hint = Normalean, laneko helbide elektronikoa; adibidez, name@contoso.example.
reset-next = Hurrengoa
captcha-question = Pertsona bat zarela frogatzeko: zenbat da { $a } gehi { $b }?
captcha-hint = Idatzi erantzuna zenbakitan.
captcha-checking = Pertsona bat zarela egiaztatzen…
captcha-done = Eginda: zure arakatzaileak frogatu du pertsona bat zarela. Jarraitzeko, hautatu Hurrengoa.
reset-start-again = Hasi berriro
reset-verify-heading = Frogatu zu zarela
reset-gate-of = Egiaztapena: { $number }/{ $total }
reset-gate-legend = Nola jaso nahi duzu egiaztapen-kodea?
reset-gate-email = Bidali kode bat posta elektronikoz helbide honetara: { $destination }
reset-gate-mobile-sms = Bidali kode bat SMS bidez nire telefono mugikorrera: { $destination }
reset-gate-mobile-voice = Deitu nire telefono mugikorrera: { $destination }
reset-gate-office-voice = Deitu nire bulegoko telefonora: { $destination }
reset-gate-questions = Erantzun nire segurtasun-galderei
reset-code-sent-email = Egiaztapen-kode bat duen mezu elektroniko bat bidali dugu helbide honetara: { $destination }.
reset-code-sent-sms = Egiaztapen-kode bat duen testu-mezu bat bidali dugu zenbaki honetara: { $destination }.
reset-code-sent-voice = Zenbaki honetara deitzen ari gara, egiaztapen-kode bat irakurtzeko: { $destination }.
reset-code-resend = Bidali kode berri bat
reset-other-method = Erabili beste metodo bat
reset-questions-heading = Erantzun zure segurtasun-galderei
reset-password-heading = Aukeratu pasahitz berri bat
reset-password-hint = { $min ->
    [one] Erabili karaktere bat gutxienez.
   *[other] Erabili { $min } karaktere gutxienez. Gogoratzeko moduko esaldi luze bat da onena; saihestu zure izena eta pasahitz arruntak.
}
reset-password-new = Pasahitz berria
reset-password-confirm = Berretsi pasahitz berria
reset-password-strength-0 = Sendotasun estimatua: oso ahula
reset-password-strength-1 = Sendotasun estimatua: ahula
reset-password-strength-2 = Sendotasun estimatua: onargarria
reset-password-strength-3 = Sendotasun estimatua: sendoa
reset-password-strength-4 = Sendotasun estimatua: oso sendoa
reset-password-strength-note = Zure arakatzaileak egindako estimazio bat da, aukeratzen laguntzeko. Goiko arauek erabakitzen dute pasahitza onartzen den ala ez.
reset-password-submit = Berrezarri pasahitza
reset-unlock-only-text = Zure kontua blokeatuta dago. Pasahitza oraindik gogoratzen baduzu, kontua desblokeatu eta pasahitz bera mantendu dezakezu.
reset-unlock-only = Desblokeatu soilik
reset-contact-heading = Jarri harremanetan administratzailearekin
reset-contact-text = Ezin duzu pasahitza hemen berrezarri. Administratzaileak zure kontua berreskuratzen lagun diezazuke.
reset-contact-helpdesk = Jarri harremanetan laguntza-zerbitzuarekin
reset-done-heading = Pasahitza berrezarri da
reset-done-text = Zure saio guztiak amaitu dira. Hasi saioa pasahitz berriarekin.
reset-unlocked-heading = Zure kontua desblokeatuta dago
reset-unlocked-text = Hasi saioa oraingo pasahitzarekin.
reset-go-sign-in = Joan saio-hasierara
reset-error-flow-missing = Berrezartzea iraungi egin da edo ez da inoiz hasi. Hasi berriro.
reset-error-step-out-of-order = Urrats hori ez dago erabilgarri orain. Jarraitu orri honetatik.
reset-error-user-id-missing = Idatzi zure erabiltzaile-izena.
reset-error-user-id-invalid = Idatzi erabiltzaile-izena helbide elektroniko baten formatuan; adibidez, name@contoso.example.
reset-error-captcha-failed = Ezin izan dugu egiaztatu pertsona bat zarela. Saiatu berriro.
reset-error-gate-missing = Aukeratu nola jaso nahi duzun kodea.
reset-error-code-dead = Kode oker gehiegi. Eskatu kode berri bat edo erabili beste metodo bat.
reset-error-answers-wrong = Erantzun bat edo gehiago ez dira zuzenak. Egiaztatu eta saiatu berriro.
reset-error-blocked = Gehiegitan saiatu zara. Zure segurtasunerako, kontu honen autozerbitzu bidezko berrezartzea etenda dago { $until } arte.
reset-error-busy-address = Zure saretik saiakera gehiegi egin dira. Itxaron ordubete eta saiatu berriro.
reset-error-passwords-differ = Bi pasahitzak ez datoz bat.
reset-error-password-too-short = { $min ->
    [one] Erabili karaktere bat gutxienez.
   *[other] Erabili { $min } karaktere gutxienez.
}
reset-error-password-missing = Idatzi pasahitz berri bat.
reset-error-password-common = Pasahitz hau erasotzaileek lehenik probatzen dituzten pasahitzen zerrendan dago. Aukeratu beste bat; adibidez, elkarren artean zerikusirik ez duten zenbait hitzez osatutako esaldi bat.
reset-error-password-control = Pasahitzek ezin dute lerro-jauzirik, tabulaziorik edo bestelako kontrol-karaktererik izan. Idatzi berriro, karaktere horiek gabe.
reset-error-write-unconfirmed = Ezin izan dugu berretsi pasahitz berria gorde denik. Aukeratu berriro; aukera berriak lehendik gorde zitekeen guztia ordeztuko du.
reset-writing = Zure aldaketa gordetzen ari gara. Kargatu berriro orri hau une bat barru.
reset-error-password-too-long = Erabili 256 karaktere gehienez.
reset-error-password-contains-name = Ez erabili zure erabiltzaile-izena pasahitzean.
reset-error-write-failed = Ezin izan dugu aldaketa direktorioan gorde; beraz, ez da ezer aldatu. Saiatu berriro une bat barru.

## Organisation branding on every page

footer-label = Erakundearen estekak
footer-privacy = Pribatutasuna
footer-terms = Erabilera-baldintzak
footer-helpdesk = Laguntza-zerbitzua

## Branding studio (/admin/branding, for branding administrators)

studio-title = Marka pertsonalizatzeko estudioa
studio-heading-layer = Ezarpenak: { $layer }
studio-back = Itzuli marka pertsonalizatzeko estudiora
studio-preview-banner = Argitaratu gabeko marka-pertsonalizazioaren aurrebista ikusten ari zara. Beste inork ez du ikusiko argitaratu arte.
studio-preview-stop = Gelditu aurrebista
studio-layer-label = Ezarpenen hizkuntza
studio-layer-open = Ireki
studio-layer-default = Lehenetsia (hizkuntza guztiak)
studio-layer-overridden = { $language } (ezarpen propioak ditu)
studio-inherited = Hutsik uzten bada: { $value }
studio-as-default = Ezarpen lehenetsietan bezala
studio-as-product = Atariak marka-pertsonalizaziorik gabe duen itxura
studio-show = Erakutsi
studio-hide = Ezkutatu
studio-save = Gorde zirriborroa
studio-section-identity = Erakundea
studio-section-colours = Koloreak
studio-colours-hint = Idatzi koloreak #rrggbb formatuan; adibidez, #0b5cad. Testuak eta botoiek atzeko planotik behar adina nabarmendu behar dute denek irakurri ahal izateko; horregatik, estudioak kontrastea egiaztatzen du argitaratu aurretik.
studio-section-layout = Diseinua
studio-section-sign-in = Saioa hasteko orria
studio-section-links = Orri-oineko estekak
studio-section-css = CSS pertsonalizatua
studio-css-hint = Atariaren CSS erreferentzian zerrendatutako klase-izenetarako arauak. Irudiak hemen kargatutako irudietakoak izan daitezke soilik. Gehienez 25 KB.
studio-section-images = Irudiak
studio-section-publish = Argitaratzea
studio-section-publications = Argitalpenak
studio-field-organisation-name = Erakundearen izena
studio-field-colour-primary = Botoiak eta estekak
studio-field-colour-primary-text = Botoietako testua
studio-field-colour-header = Goiburu-banda
studio-field-colour-header-text = Goiburu-bandako testua
studio-field-colour-text = Testua
studio-field-colour-page = Orriaren atzeko planoa
studio-field-colour-card = Txartelaren atzeko planoa
studio-field-colour-focus = Teklatu-fokuaren ertza
studio-field-layout = Orriaren diseinua
studio-layout-full-bleed = Orri osoa betetzen duen atzeko planoko irudia
studio-layout-plain = Orri-kolore laua
studio-field-show-header = Erakutsi goiburu-banda
studio-field-show-footer = Erakutsi orri-oina
studio-field-sign-in-text = Saioa hasteko orriko testua
studio-field-user-name-hint = Erabiltzaile-izenaren iradokizuna
studio-field-cant-access-label = Saioa hasi ezin dutenentzako estekaren testua
studio-field-show-reset-link = Saioa hasi ezin dutenentzako esteka
studio-field-privacy-url = Pribatutasun-adierazpenaren helbidea
studio-field-terms-url = Erabilera-baldintzen helbidea
studio-field-helpdesk-url = Laguntza-zerbitzuaren helbidea (weba edo helbide elektronikoa)
studio-field-custom-css = CSS pertsonalizatua
studio-field-image-banner-logo = Banner-logotipoa
studio-field-image-square-logo = Logotipo karratua
studio-field-image-square-logo-dark = Atzeko plano ilunetarako logotipo karratua
studio-field-image-favicon = Gunearen ikonoa (favicon)
studio-field-image-background = Atzeko planoko irudia
studio-image-limits = { $kinds }; gehienez { $kilobytes } KB eta { $width } × { $height } pixel.
studio-image-upload = Kargatu: { $slot }
studio-image-remove = Kendu: { $slot }
studio-image-current = Uneko irudia: { $slot }
studio-live-heading = Zuzeneko aurrebista
studio-live-caption = Goiko koloreak eta testuak erakusten ditu idatzi ahala, gorde aurretik.
studio-preview = Ikusi zirriborroaren aurrebista benetako orrietan
studio-email-preview = Ikusi mezu elektroniko baten aurrebista zirriborroarekin
studio-publish = Argitaratu
studio-state-never-published = Oraindik ez da ezer argitaratu: denek marka-pertsonalizaziorik gabeko ataria ikusten dute.
studio-state-published = { $version }. bertsioa dago argitaratuta.
studio-state-unpublished-changes = Zirriborroak argitaratu gabeko aldaketak ditu.
studio-problems-heading = Konpondu hauek argitaratu aurretik
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: kontrastea { $ratio } da elementu hauen artean: { $pair }; gutxienez { $minimum } behar da.
studio-problem-too-long = erabili gehienez { $max } karaktere.
studio-problem-control-character = kendu kontrol-karaktereak (tabulazioak, adibidez).
studio-problem-not-a-colour = idatzi kolorea # ikurraren eta sei digitu hamaseitarren bidez; adibidez, #0b5cad.
studio-problem-link-not-https = web-helbideek https:// aurrizkiarekin hasi behar dute.
studio-problem-link-invalid = idatzi https:// aurrizkiarekin hasten den web-helbide bat edo helbide elektroniko bat.
studio-problem-css = { $line }. lerroa: { $reason }
studio-css-too-long = estilo-orriak 25 KB baino gehiago ditu.
studio-css-import = @import ez dago baimenduta; jarri arauak hemen.
studio-css-external-url = url() funtzioak estudioan kargatutako irudi bat soilik adieraz dezake.
studio-css-expression = expression(), behavior eta -moz-binding ez daude baimenduta.
studio-css-at-rule = @media, @supports, @layer, @container, @font-face eta @keyframes soilik daude baimenduta.
studio-css-markup = </ sekuentzia ez dago baimenduta.
studio-css-unparsable = hau ez da baliozko CSS (egiaztatu giltza, bi puntu edo komatxo bat falta den).
studio-pair-text-on-page = testua eta orriaren atzeko planoa
studio-pair-text-on-card = testua eta txartelaren atzeko planoa
studio-pair-button-text-on-primary = botoietako testua eta botoiak
studio-pair-header-text-on-header = goiburuko testua eta goiburu-banda
studio-pair-focus-on-page = foku-ertza eta orriaren atzeko planoa
studio-column-version = Bertsioa
studio-column-when = Argitaratze-data
studio-column-who = Nork
studio-column-note = Oharra
studio-column-action = Ekintza
studio-publication-live = Orain argitaratuta
studio-publication-restored = { $version }. bertsioa leheneratzen du
studio-roll-back = Argitaratu berriro { $version }. bertsioa
studio-done-saved = Zirriborroa gorde da. Ikusi aurrebista, eta argitaratu prest dagoenean.
studio-done-uploaded = Irudia zirriborroan dago.
studio-done-removed = Irudia zirriborrotik kendu da.
studio-done-published = Argitaratu da. Orri guztiek marka-pertsonalizazio berria erakutsiko dute segundo gutxiren buruan.
studio-done-rolled-back = Aurreko bertsioa berriro dago argitaratuta, eta orain zirriborroa ere bada.
studio-done-preview-stopped = Aurrebista amaitu da.
studio-refused-publish = Ez da ezer argitaratu: konpondu lehenik behean zerrendatutako arazoak.
studio-refused-no-such-version = Bertsio hori ez dago. Ez da ezer aldatu.
studio-refused-unavailable = Ezin izan da aldaketa gorde. Ez da ezer aldatu; saiatu berriro.
studio-refused-empty = Ez da kargatu irudi hau: { $slot }. Ez da fitxategirik aukeratu, edo hutsik zegoen. Ez da ezer aldatu.
studio-refused-too-many-bytes = Ez da kargatu irudi hau: { $slot }. Fitxategiak { $kilobytes } KB baino gehiago ditu. Ez da ezer aldatu.
studio-refused-unknown-type = Ez da kargatu irudi hau: { $slot }. Fitxategia ez da PNG, JPEG edo WebP irudi bat (ezta SVG marrazki bat ere, logotipoen kasuan), izenak dioena dioela. Ez da ezer aldatu.
studio-refused-svg-not-allowed = Ez da kargatu irudi hau: { $slot }. SVG marrazkiak logotipoetarako soilik onartzen dira. Erabili PNG, JPEG edo WebP. Ez da ezer aldatu.
studio-refused-too-many-pixels = Ez da kargatu irudi hau: { $slot }. Irudiak { $width } × { $height } pixel baino gehiago ditu. Ez da ezer aldatu.
studio-refused-undecodable = Ez da kargatu irudi hau: { $slot }. Irudia hondatuta dago, eta ezin izan da irakurri. Ez da ezer aldatu.
studio-refused-svg-unparsable = Ez da kargatu irudi hau: { $slot }. Ezin izan da SVG marrazkia irakurri. Ez da ezer aldatu.
studio-refused-svg-doctype = Ez da kargatu irudi hau: { $slot }. DOCTYPE edo entitateak dituzten SVG marrazkiak baztertu egiten dira. Ez da ezer aldatu.
studio-refused-svg-script = Ez da kargatu irudi hau: { $slot }. SVG marrazkiak script bat du. Ez da ezer aldatu.
studio-refused-svg-foreign-object = Ez da kargatu irudi hau: { $slot }. SVG marrazkiak beste eduki bat txertatzen du (foreignObject). Ez da ezer aldatu.
studio-refused-svg-event-handler = Ez da kargatu irudi hau: { $slot }. SVG marrazkiak gertaera-kudeatzaileak ditu (on… atributuak). Ez da ezer aldatu.
studio-refused-svg-external-reference = Ez da kargatu irudi hau: { $slot }. SVG marrazkiak kanpoko fitxategiei edo helbideei egiten die erreferentzia. Ez da ezer aldatu.
studio-refused-svg-too-complex = Ez da kargatu irudi hau: { $slot }. SVG marrazkia konplexuegia da. Sinplifikatu, eta saiatu berriro. Ez da ezer aldatu.
studio-refused-svg-marker = Ez da kargatu irudi hau: { $slot }. SVG markatzaileak ez dira onartzen. Ez da ezer aldatu.

## Not found

not-found-title = Ez da orria aurkitu
not-found-heading = Ezin izan dugu orri hori aurkitu.

## Demo outbox (demonstration mode only)

outbox-title = Erakustaldiko irteera-ontzia
outbox-heading = Erakustaldiko irteera-ontzia
outbox-banner-heading = Erakustaldi-modua
outbox-banner-text = Orri hau erakustaldi-moduan soilik dago. Mezuak ez dira benetan bidaltzen: mezu elektronikoak, testu-mezuak eta ahots-deiak hemen gordetzen dira, behin erabiltzeko kodeak barne, ataria probatu ahal izateko. Ez erabili inoiz benetako atari bat erakustaldi-moduan.
outbox-caption = Azken { $limit } mezuak, berrienak lehenengo
outbox-empty = Oraindik ez dago mezurik. Atariak bidaltzen dituen kodeak eta jakinarazpenak hemen agertuko dira.
outbox-time = Ordua
outbox-channel = Kanala
outbox-recipient = Hartzailea
outbox-subject = Gaia
outbox-body = Mezua
outbox-channel-email = Posta elektronikoa
outbox-channel-sms = Testu-mezua
outbox-channel-voice = Ahots-deia

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Zein hiritan ezagutu zenuen zure lehen ezkontidea edo bikotekidea?
question-city-parents-met = Zein hiritan ezagutu zuten elkar zure gurasoek?
question-city-nearest-sibling = Zure anai-arreben artean, zugandik hurbilen dagoena zein hiritan bizi da?
question-city-father-born = Zein hiritan jaio zen zure aita?
question-city-first-job = Zein hiritan izan zenuen zure lehen lana?
question-city-mother-born = Zein hiritan jaio zen zure ama?
question-city-new-year-2000 = Zein hiritan zeunden 2000. urtea hasi zenean?
question-high-school-teacher-last-name = Zein da institutuko zure irakaslerik gogokoenaren abizena?
question-college-applied-not-attended = Zer unibertsitatetan egin zenuen eskaera, gero bertan ikasi ez bazenuen ere?
question-first-wedding-reception-place = Non ospatu zenuen zure lehen ezkontzako otordua?
question-father-middle-name = Zein da zure aitaren bigarren izena?
question-favorite-food = Zein da zure janaririk gogokoena?
question-maternal-grandmother-name = Zein dira zure amaren aldeko amonaren izen-abizenak?
question-mother-middle-name = Zein da zure amaren bigarren izena?
question-oldest-sibling-birthday = Zer urte eta hilabetetan jaio zen zure anai-arreba zaharrena? (adibidez, 1985eko azaroa)
question-oldest-sibling-middle-name = Zein da zure anai-arreba zaharrenaren bigarren izena?
question-paternal-grandfather-name = Zein dira zure aitaren aldeko aitonaren izen-abizenak?
question-youngest-sibling-middle-name = Zein da zure anai-arreba gazteenaren bigarren izena?
question-sixth-grade-school = Zein ikastetxetan egin zenuen Lehen Hezkuntzako 6. maila?
question-childhood-best-friend-name = Zein ziren zure haurtzaroko lagunik onenaren izen-abizenak?
question-first-significant-other-name = Zein ziren zure lehen mutil-lagunaren edo neska-lagunaren izen-abizenak?
question-grade-school-teacher-last-name = Zein zen Lehen Hezkuntzako zure irakaslerik gogokoenaren abizena?
question-first-car-make-model = Zein ziren zure lehen autoaren edo motorraren marka eta modeloa?
question-first-school = Zein zen joan zinen lehen ikastetxearen izena?
question-birth-hospital = Zein zen jaio zinen ospitalearen izena?
question-childhood-street = Zein kaletan zegoen txikitan bizi izan zinen lehen etxea?
question-childhood-hero = Zein zen zure haurtzaroko heroiaren izena?
question-favorite-stuffed-animal = Zein zen zure peluxezko jostailu gogokoenaren izena?
question-first-pet = Zein zen zure lehen maskotaren izena?
question-childhood-nickname = Zein zen txikitan zenuen ezizena?
question-high-school-sport = Zein zen institutuan zure kirolik gogokoena?
question-first-job = Zein izan zen zure lehen lana?
question-childhood-phone-last-digits = Zein ziren txikitan zenuen telefono-zenbakiaren azken lau zifrak?
question-childhood-ambition = Txikitan, zer izan nahi zenuen handitan?
question-most-famous-person-met = Nor da inoiz ezagutu duzun pertsonarik ospetsuena?

## Security-info registration

method-email = Posta elektronikoa
method-mobile-phone = Telefono mugikorra
method-office-phone = Bulegoko telefonoa
method-security-questions = Segurtasun-galderak
method-questions-count = { $count ->
    [one] Galdera bat erantzunda
   *[other] { $count } galdera erantzunda
}
source-authentication = zuk egiaztapenerako erregistratua, direktorioan ikusten ez dena
source-directory = direktorioko zure profiletik hartua
source-administrator = administratzaileak ezarria

prompt-title = Informazio gehiago behar da
prompt-register-heading = Informazio gehiago behar da
prompt-register-why = Zure erakundeak zu zarela berresteko modu bat behar du, pasahitza ahazten baduzu edo kontua blokeatzen bazaizu. Erregistratu orain zure segurtasun-informazioa, laguntza-zerbitzura deitu gabe zeure kabuz berriro sartu ahal izateko.
prompt-register-needed = { $count ->
    [one] Egiaztapen-metodo bat behar duzu gutxienez.
   *[other] Gutxienez { $count } egiaztapen-metodo desberdin behar dituzu.
}
prompt-next = Hurrengoa
prompt-skip = Saltatu oraingoz
prompt-reconfirm-heading = Zuzenak dira oraindik datu hauek?
prompt-reconfirm-why = Berrikusi erregistratu duzun segurtasun-informazioa. Zerbait aldatu bada, eguneratu, aurrerantzean ere pasahitza berrezarri ahal izateko.
prompt-looks-good = Dena ondo dago
prompt-change = Aldatu
prompt-nothing = Ez da beste ezer behar
prompt-go-account = Joan zure kontura

wizard-title = Erregistratu segurtasun-informazioa
wizard-start = Hasi berriro
wizard-step-of = Urratsa: { $number }/{ $total }
wizard-code-label = Egiaztapen-kodea
wizard-verify = Egiaztatu
wizard-send-code = Bidali kodea
wizard-skip-step = Saltatu metodo hau
wizard-phone-country = Herrialdea edo eskualdea
wizard-phone-number = Telefono-zenbakia
wizard-phone-hint = Herrialde-koderik gabe, edo + ikurrarekin hasten den herrialde-kodearekin.
wizard-phone-channel = Nola jaso nahi duzu kodea?
wizard-phone-sms = Testu-mezua (SMS)
wizard-phone-voice = Ahots-deia
wizard-phone-texted = Kode bat duen testu-mezu bat bidali dugu zenbaki honetara: { $number }.
wizard-phone-called = Zenbaki honetara deitzen ari gara, kode bat irakurtzeko: { $number }.
wizard-phone-resend-heading = Ez duzu koderik jaso? Bidali berriro edo erabili beste zenbaki bat
wizard-phone-reset-uses = Gaur, pasahitza berrezartzeko zenbaki hau erabiliko litzateke: { $number }, { $source }.
wizard-phone-reset-none = Oraindik ez duzu pasahitza berrezartzeko erabil daitekeen telefonorik.
wizard-phone-precedence = Hemen egiaztatzen duzun zenbakia zure autentifikazio-telefonoa izango da, eta berrezartzeak hori erabiliko du direktorioko telefono mugikorraren ordez.
wizard-office-phone = Bulegoko telefonoa: { $number }, administratzaileak ezarria. Ezin duzu hemen aldatu.
wizard-email-address = Helbide elektronikoa
wizard-email-sent = Kode bat duen mezu elektroniko bat bidali dugu helbide honetara: { $address }.
wizard-email-resend-heading = Ez duzu mezurik jaso? Bidali berriro edo erabili beste helbide bat
wizard-email-reset-uses = Gaur, pasahitza berrezartzeko helbide hau erabiliko litzateke: { $address }, { $source }.
wizard-email-reset-none = Oraindik ez duzu pasahitza berrezartzeko erabil daitekeen helbide elektronikorik.
wizard-email-precedence = Hemen egiaztatzen duzun helbidea zure autentifikazio-helbide elektronikoa izango da, eta berrezartzeak hori erabiliko du direktorioko ordezko helbide elektronikoaren ordez. Erabili laneko helbidea ez den beste bat.
wizard-questions-intro = { $count ->
    [one] Aukeratu galdera bat eta erantzun.
   *[other] Aukeratu { $count } galdera desberdin eta erantzun guztiei.
} Erantzunek 3 eta 40 karaktere artean izan behar dituzte; maiuskulek eta soberako zuriuneek ez dute garrantzirik. Inork ezin ditu irakurri, ezta administratzaileek ere.
wizard-question-label = { $number }. galdera
wizard-answer-label = { $number }. galderaren erantzuna
wizard-question-choose = Aukeratu galdera bat
wizard-answers-show = Erakutsi erantzunak
wizard-answers-hide = Ezkutatu erantzunak
wizard-questions-save = Jarraitu
wizard-questions-retype = Zure segurtasunerako, erantzunak ez dira inoiz orrira itzultzen: idatzi berriro.
wizard-summary-heading = Berrikusi eta gorde
wizard-summary-skipped = Saltatua
wizard-save = Gorde
wizard-cancel = Utzi

registration-error-not-signed-in = Saioa amaitu da. Hasi saioa berriro.
registration-error-flow-missing = Erregistro hau iraungi egin da edo amaituta dago jada. Jarraitzeko, hasi berriro.
registration-error-step-out-of-order = Urrats hori ez dago erabilgarri orain. Jarraitu erakusten den urratsetik.
registration-error-phone-missing = Idatzi telefono-zenbakia.
registration-error-country-needed = Aukeratu herrialde bat, edo idatzi zenbakia + ikurrarekin hasten den nazioarteko kodearekin.
registration-error-phone-invalid = Zenbaki hau ez da baliozkoa aukeratutako herrialderako.
registration-error-email-missing = Idatzi helbide elektronikoa.
registration-error-email-invalid = Idatzi helbide elektroniko bat; adibidez, izena@example.com.
code-error-missing = Idatzi bidali dizugun kodea.
code-error-malformed = Kodeak 6 eta 8 digitu artean ditu.
code-error-wrong = { $tries ->
    [one] Kode hori ez da zuzena. Saiakera bat geratzen zaizu.
   *[other] Kode hori ez da zuzena. { $tries } saiakera geratzen zaizkizu.
}
code-error-dead = Kode oker gehiegi. Eskatu kode berri bat.
code-error-expired = Kode hori iraungi egin da. Eskatu kode berri bat.
code-error-used = Kode hau erabili da jada. Eskatu kode berri bat.
code-error-none-sent = Ez dago koderik zain. Eskatu kode berri bat.
code-error-too-many = Kode gehiegi bidali dira. Itxaron ordubete edo aukeratu beste metodo bat.
code-error-delivery-failed = Ezin izan dugu kodea bidali. Saiatu berriro edo aukeratu beste metodo bat.
registration-error-question-missing = Aukeratu galdera bat hemen.
registration-error-question-not-offered = Aukeratu zerrendako galdera bat.
registration-error-question-twice = Galdera hau aukeratu duzu jada. Aukeratu beste bat.
error-answer-missing = Idatzi erantzun bat.
registration-error-answer-too-short = Erantzunek 3 karaktere izan behar dituzte gutxienez.
registration-error-answer-too-long = Erantzunek 40 karaktere izan ditzakete gehienez.
registration-error-answer-twice = Erantzun hau beste galdera bati eman diozu jada. Eman beste erantzun bat.
registration-error-steps-pending = Gorde aurretik, osatu edo saltatu urrats bakoitza.
registration-error-nothing-to-save = Ez da ezer gehitu. Erregistratu metodo bat gutxienez, edo utzi.
registration-error-not-enough-methods = { $needed ->
    [one] Erregistratu metodo bat gutxienez, pasahitza berrezarri ahal izateko.
   *[other] Erregistratu { $needed } metodo desberdin gutxienez, pasahitza berrezarri ahal izateko.
}

account-security-info = Segurtasun-informazioa: erregistratu, aldatu edo ezabatu
account-security-info-saved = Zure segurtasun-informazioa gorde da.

message-code-email-subject = Zure egiaztapen-kodea
message-code-email-body = Zure egiaztapen-kodea hau da: { $code }.

    { $minutes } minutuz balio du. Zuk eskatu ez baduzu, ez egin kasurik mezu honi: koderik gabe ez da ezer aldatzen.
message-code-sms = Zure egiaztapen-kodea: { $code }. { $minutes } minutuz balio du.
message-code-voice = Zure egiaztapen-kodea hau da: { $code }. Berriro: { $code }.
message-changed-subject = Zure segurtasun-informazioa aldatu da
message-changed-body = Zure kontuaren segurtasun-informazioa aldatu berri da:
    { $changes }

    Aldaketa zuk egin baduzu, ez duzu ezer egin behar. Bestela, jarri harremanetan laguntza-zerbitzuarekin berehala.
message-changed-phone = autentifikazio-telefonoa
message-changed-email = autentifikazio-helbide elektronikoa
message-changed-questions = segurtasun-galderak

country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-BE = Belgika
country-BR = Brasil
country-CA = Kanada
country-CH = Suitza
country-CN = Txina
country-CZ = Txekia
country-DE = Alemania
country-DK = Danimarka
country-ES = Espainia
country-FI = Finlandia
country-FR = Frantzia
country-GB = Erresuma Batua
country-GR = Grezia
country-HR = Kroazia
country-HU = Hungaria
country-IE = Irlanda
country-IN = India
country-IT = Italia
country-JP = Japonia
country-LU = Luxenburgo
country-MT = Malta
country-MX = Mexiko
country-NL = Herbehereak
country-NO = Norvegia
country-NZ = Zeelanda Berria
country-PL = Polonia
country-PT = Portugal
country-RO = Errumania
country-SE = Suedia
country-SI = Eslovenia
country-SK = Eslovakia
country-SM = San Marino
country-TR = Turkia
country-UA = Ukraina
country-US = Ameriketako Estatu Batuak
country-VA = Vatikano Hiria
country-ZA = Hegoafrika
registration-error-reauth-required = Zure segurtasunerako, idatzi berriro pasahitza segurtasun-informazioa aldatu aurretik.
registration-error-method-not-changeable = Metodo hau ezin da hemen aldatu.
registration-error-wrong-password = Pasahitz hori ez da zuzena.
registration-error-too-many-password-tries = Pasahitz oker gehiegi idatzi dira. Itxaron minutu batzuk eta saiatu berriro.

security-info-title = Segurtasun-informazioa
security-info-back = Itzuli zure kontura
security-info-usable = { $usable ->
    [one] Pasahitza berrezartzeko, zure metodoetako bat erabil daiteke
   *[other] Pasahitza berrezartzeko, zure metodoetako { $usable } erabil daitezke
}; { $required ->
    [one] bat behar da.
   *[other] { $required } desberdin behar dira.
}
security-info-not-set = Ezarri gabe
security-info-add = Gehitu
security-info-change = Aldatu
security-info-delete = Ezabatu
security-info-deleted = Metodoa ezabatu da.
security-info-delete-title = Ezabatu metodo bat
security-info-delete-confirm = «{ $method }» zure segurtasun-informaziotik ezabatu nahi duzu?
security-info-delete-warning = { $required ->
    [one] Horren ondoren, ez zenuke metodorik izango, eta ezingo zenuke pasahitza zeure kabuz berrezarri.
   *[other] Horren ondoren, { $required } metodo baino gutxiago izango zenituzke, eta ezingo zenuke pasahitza zeure kabuz berrezarri.
}
reauth-title = Berretsi zu zarela
reauth-submit = Jarraitu

## Password reset messages

message-reset-subject = Zure pasahitza berrezarri da
message-reset-body = Kaixo:

    Zure kontuaren pasahitza berrezarri berri da pasahitzen autozerbitzuko atariaren bidez, eta saio guztiak amaitu dira.

    Zuk egin baduzu, ez duzu beste ezer egin behar. Bestela, jarri harremanetan administratzailearekin berehala.

    Hasi saioa: { $url }
message-unlocked-subject = Zure kontua desblokeatu da
message-unlocked-body = Kaixo:

    Zure kontua desblokeatu berri da pasahitzen autozerbitzuko atariaren bidez. Pasahitza ez da aldatu.

    Zuk egin ez baduzu, jarri harremanetan administratzailearekin berehala.

    Hasi saioa: { $url }
message-admin-reset-subject = { $admin } administratzaileak bere pasahitza berrezarri du
message-admin-reset-body = Kaixo:

    { $admin } administratzaileak bere pasahitza berrezarri berri du pasahitzen autozerbitzuko atariaren bidez.

    Ez bazenuen espero, egiaztatu berarekin eta berrikusi auditoria-erregistroa.

    Ataria: { $url }

## Email footer and text-message sender

email-footer-sent-by = Mezu automatikoa da hau. Igorlea: { $organisation }.
email-footer-privacy = Pribatutasuna
email-footer-terms = Erabilera-baldintzak
email-footer-helpdesk = Laguntza-zerbitzua
message-from-organisation = { $organisation }: { $text }
