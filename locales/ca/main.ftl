### Català (ca). Register: formal "vós" (2nd person plural) in sentences addressed to the user, and
### the usual imperative form on buttons and links ("Desa", "Cancel·la"), as in Microsoft's Catalan UI.
### Glossary:
###   password = contrasenya
###   security info = informació de seguretat
###   verification code = codi de verificació
###   security question = pregunta de seguretat
###   helpdesk = servei d'assistència
###   administrator = administrador
###   sign in / sign out = iniciar la sessió / tancar la sessió
###   reset = restablir (restabliment)
###   unlock / locked = desbloquejar / bloquejat
###   account = compte
###   user name = nom d'usuari
###   email = correu electrònic (address: adreça electrònica)
###   text message = missatge de text (SMS)
###   mobile phone / office phone = telèfon mòbil / telèfon de l'oficina
###   directory = directori
###   register (security info) = registrar
###   self-service = autoservei

## Shared by every page

product-name = Autoservei del compte
skip-to-content = Salta al contingut principal
loading = S'està carregant…
language-label = Idioma
# Es mostra al selector d'idioma: el nom d'aquest idioma, en aquest idioma.
language-name = Català
language-apply = Canvia l'idioma
password-show = Mostra la contrasenya
password-hide = Amaga la contrasenya

## Errors

error-user-name-missing = Introduïu el vostre nom d'usuari.
error-user-name-invalid = Això no sembla un nom d'usuari. Comproveu el que heu escrit i torneu-ho a provar.
error-password-missing = Introduïu la contrasenya.
error-invalid-credentials = El nom d'usuari o la contrasenya no són correctes. Comproveu-los i torneu-ho a provar.
error-account-locked = El vostre compte està bloquejat. Per desbloquejar-lo, trieu «No podeu accedir al vostre compte?» a continuació o poseu-vos en contacte amb el servei d'assistència.
error-sign-in-paused = Hi ha hagut massa inicis de sessió fallits amb aquest nom d'usuari. Per protegir el compte, l'inici de sessió està en pausa fins a { $until }. Si heu oblidat la contrasenya, podeu restablir-la ara mateix.
error-sign-in-busy-address = Hi ha hagut massa inicis de sessió fallits des de la vostra xarxa. Espereu una hora i torneu-ho a provar.
error-unavailable = Alguna cosa ha fallat per part nostra. Torneu-ho a provar d'aquí a uns minuts.
error-transport = No hem pogut connectar amb el servidor. Comproveu la connexió i torneu-ho a provar.

## Sign-in page

sign-in-title = Inici de sessió
sign-in-heading = Inicieu la sessió al vostre compte
sign-in-user-name = Nom d'usuari
sign-in-password = Contrasenya
sign-in-submit = Inicia la sessió
sign-in-cant-access = No podeu accedir al vostre compte?

## Account page

account-title = El vostre compte
account-heading = El vostre compte
account-signed-in-as = Heu iniciat la sessió com a
account-sign-out = Tanca la sessió
account-signed-out = No heu iniciat la sessió.
account-go-sign-in = Vés a l'inici de sessió

## Password reset

reset-title = Restabliment de la contrasenya
reset-heading = Recupereu l'accés al vostre compte
reset-back-to-sign-in = Torna a l'inici de sessió
reset-intro = Introduïu el vostre nom d'usuari: us ajudarem a demostrar que sou vós i després podreu triar una contrasenya nova.
reset-user-id = Nom d'usuari
reset-user-id-hint = Normalment, la vostra adreça electrònica de la feina, per exemple name@contoso.example.
reset-next = Següent
captcha-question = Per demostrar que sou una persona: quant fa { $a } més { $b }?
captcha-hint = Escriviu la resposta en xifres.
captcha-checking = S'està comprovant que sou una persona…
captcha-done = Fet: el navegador ha demostrat que sou una persona. Seleccioneu Següent per continuar.
reset-start-again = Torna a començar
reset-verify-heading = Demostreu que sou vós
reset-gate-of = Verificació { $number } de { $total }
reset-gate-legend = Com voleu rebre un codi de verificació?
reset-gate-email = Envia un codi per correu electrònic a { $destination }
reset-gate-mobile-sms = Envia un codi per SMS al meu telèfon mòbil { $destination }
reset-gate-mobile-voice = Truca al meu telèfon mòbil { $destination }
reset-gate-office-voice = Truca al meu telèfon de l'oficina { $destination }
reset-gate-questions = Respon les meves preguntes de seguretat
reset-code-sent-email = Hem enviat un correu electrònic amb un codi de verificació a { $destination }.
reset-code-sent-sms = Hem enviat un missatge de text amb un codi de verificació al { $destination }.
reset-code-sent-voice = Estem trucant al { $destination } per dictar-vos un codi de verificació.
reset-code-resend = Envia un codi nou
reset-other-method = Utilitza un altre mètode
reset-questions-heading = Responeu les vostres preguntes de seguretat
reset-password-heading = Trieu una contrasenya nova
reset-password-hint = { $min ->
    [one] Utilitzeu com a mínim un caràcter.
   *[other] Utilitzeu com a mínim { $min } caràcters. El millor és una frase llarga que pugueu recordar; eviteu el vostre nom i les contrasenyes habituals.
}
reset-password-new = Contrasenya nova
reset-password-confirm = Confirmeu la contrasenya nova
reset-password-strength-0 = Robustesa estimada: molt feble
reset-password-strength-1 = Robustesa estimada: feble
reset-password-strength-2 = Robustesa estimada: acceptable
reset-password-strength-3 = Robustesa estimada: forta
reset-password-strength-4 = Robustesa estimada: molt forta
reset-password-strength-note = És una estimació feta al vostre navegador per ajudar-vos a triar. Són les regles anteriors les que decideixen si s'accepta la contrasenya.
reset-password-submit = Restableix la contrasenya
reset-unlock-only-text = El vostre compte està bloquejat. Si encara recordeu la contrasenya, podeu desbloquejar el compte i conservar-la.
reset-unlock-only = Només desbloqueja
reset-contact-heading = Poseu-vos en contacte amb l'administrador
reset-contact-text = Aquí no podeu restablir la contrasenya. L'administrador us pot ajudar a recuperar l'accés al vostre compte.
reset-contact-helpdesk = Contacta amb el servei d'assistència
reset-done-heading = S'ha restablert la contrasenya
reset-done-text = S'han tancat totes les vostres sessions. Inicieu la sessió amb la contrasenya nova.
reset-unlocked-heading = El vostre compte està desbloquejat
reset-unlocked-text = Inicieu la sessió amb la contrasenya actual.
reset-go-sign-in = Vés a l'inici de sessió
reset-error-flow-missing = El restabliment ha caducat o no s'havia iniciat mai. Torneu a començar.
reset-error-step-out-of-order = Aquest pas no està disponible ara. Continueu des d'aquesta pàgina.
reset-error-user-id-missing = Introduïu el vostre nom d'usuari.
reset-error-user-id-invalid = Introduïu el nom d'usuari en forma d'adreça electrònica, per exemple name@contoso.example.
reset-error-captcha-failed = No hem pogut comprovar que sou una persona. Torneu-ho a provar.
reset-error-gate-missing = Trieu com voleu rebre un codi.
reset-error-code-dead = Massa codis incorrectes. Demaneu un codi nou o utilitzeu un altre mètode.
reset-error-answers-wrong = Una o més respostes no són correctes. Reviseu-les i torneu-ho a provar.
reset-error-blocked = Ho heu provat massa vegades. Per seguretat, el restabliment mitjançant l'autoservei està en pausa per a aquest compte fins a { $until }.
reset-error-busy-address = Hi ha hagut massa intents des de la vostra xarxa. Espereu una hora i torneu-ho a provar.
reset-error-passwords-differ = Les dues contrasenyes no coincideixen.
reset-error-password-too-short = { $min ->
    [one] Utilitzeu com a mínim un caràcter.
   *[other] Utilitzeu com a mínim { $min } caràcters.
}
reset-error-password-missing = Introduïu una contrasenya nova.
reset-error-password-common = Aquesta contrasenya és a la llista de les que els atacants proven primer. Trieu-ne una altra, per exemple una frase de diverses paraules sense relació entre si.
reset-error-password-control = Les contrasenyes no poden contenir salts de línia, tabulacions ni altres caràcters de control. Torneu-la a escriure sense aquests caràcters.
reset-error-write-unconfirmed = No hem pogut confirmar que s'hagi desat la contrasenya nova. Torneu-la a triar; la nova tria substitueix qualsevol cosa que s'hagi pogut desar.
reset-writing = S'està desant el canvi. Torneu a carregar aquesta pàgina d'aquí a un moment.
reset-error-password-too-long = Utilitzeu com a màxim 256 caràcters.
reset-error-password-contains-name = No utilitzeu el vostre nom d'usuari a la contrasenya.
reset-error-write-failed = No hem pogut desar el canvi al directori, de manera que no s'ha modificat res. Torneu-ho a provar d'aquí a un moment.

## Organisation branding on every page

footer-label = Enllaços de l'organització
footer-privacy = Privadesa
footer-terms = Condicions d'ús
footer-helpdesk = Servei d'assistència

## Branding studio (/admin/branding, for branding administrators)

studio-title = Estudi de personalització de la marca
studio-heading-layer = Configuració: { $layer }
studio-back = Torna a l'estudi de personalització de la marca
studio-preview-banner = Esteu previsualitzant la personalització de la marca sense publicar. Ningú més la veu fins que no es publiqui.
studio-preview-stop = Atura la previsualització
studio-layer-label = Configuració per a
studio-layer-open = Obre
studio-layer-default = Per defecte (tots els idiomes)
studio-layer-overridden = { $language } (té una configuració pròpia)
studio-inherited = Si es deixa buit: { $value }
studio-as-default = Com a la configuració per defecte
studio-as-product = Com es veu el portal sense personalització
studio-show = Mostra
studio-hide = Amaga
studio-save = Desa l'esborrany
studio-section-identity = Organització
studio-section-colours = Colors
studio-colours-hint = Escriviu els colors en format #rrggbb, per exemple #0b5cad. El text i els botons han de destacar prou del fons perquè tothom els pugui llegir; per això l'estudi comprova el contrast abans de publicar.
studio-section-layout = Disseny
studio-section-sign-in = Pàgina d'inici de sessió
studio-section-links = Enllaços del peu de pàgina
studio-section-css = CSS personalitzat
studio-css-hint = Regles per als noms de classe que apareixen a la referència CSS del portal. Les imatges només poden provenir de les imatges carregades aquí. Fins a 25 KB.
studio-section-images = Imatges
studio-section-publish = Publicació
studio-section-publications = Publicacions
studio-field-organisation-name = Nom de l'organització
studio-field-colour-primary = Botons i enllaços
studio-field-colour-primary-text = Text dels botons
studio-field-colour-header = Banda de la capçalera
studio-field-colour-header-text = Text de la banda de la capçalera
studio-field-colour-text = Text general
studio-field-colour-page = Fons de la pàgina
studio-field-colour-card = Fons de la targeta
studio-field-colour-focus = Contorn del focus del teclat
studio-field-layout = Disseny de la pàgina
studio-layout-full-bleed = Imatge de fons que omple la pàgina
studio-layout-plain = Color de pàgina llis
studio-field-show-header = Mostra la banda de la capçalera
studio-field-show-footer = Mostra el peu de pàgina
studio-field-sign-in-text = Text de la pàgina d'inici de sessió
studio-field-user-name-hint = Suggeriment del nom d'usuari
studio-field-cant-access-label = Text de l'enllaç per a qui no pot iniciar la sessió
studio-field-show-reset-link = Enllaç per a qui no pot iniciar la sessió
studio-field-privacy-url = Adreça de la declaració de privadesa
studio-field-terms-url = Adreça de les condicions d'ús
studio-field-helpdesk-url = Adreça del servei d'assistència (web o correu electrònic)
studio-field-custom-css = CSS personalitzat
studio-field-image-banner-logo = Logotip de bàner
studio-field-image-square-logo = Logotip quadrat
studio-field-image-square-logo-dark = Logotip quadrat per a fons foscos
studio-field-image-favicon = Icona del lloc (favicon)
studio-field-image-background = Imatge de fons
studio-image-limits = { $kinds }, com a màxim { $kilobytes } KB i { $width } × { $height } píxels.
studio-image-upload = Carrega: { $slot }
studio-image-remove = Suprimeix: { $slot }
studio-image-current = Imatge actual: { $slot }
studio-live-heading = Previsualització en directe
studio-live-caption = Reflecteix els colors i els textos de dalt mentre escriviu, abans de desar.
studio-preview = Previsualitza l'esborrany a les pàgines reals
studio-email-preview = Previsualitza un correu electrònic amb l'esborrany
studio-publish = Publica
studio-state-never-published = Encara no s'ha publicat res: tothom veu el portal sense personalització.
studio-state-published = La versió { $version } està activa.
studio-state-unpublished-changes = L'esborrany té canvis que no s'han publicat.
studio-problems-heading = Corregiu això abans de publicar
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } tenen un contrast de { $ratio }; cal com a mínim { $minimum }.
studio-problem-too-long = feu servir com a màxim { $max } caràcters.
studio-problem-control-character = suprimiu-ne els caràcters de control (com ara les tabulacions).
studio-problem-not-a-colour = escriviu el color com a # seguit de sis dígits hexadecimals, per exemple #0b5cad.
studio-problem-link-not-https = les adreces web han de començar per https://.
studio-problem-link-invalid = escriviu una adreça web que comenci per https:// o una adreça electrònica.
studio-problem-css = línia { $line }: { $reason }
studio-css-too-long = el full d'estil ocupa més de 25 KB.
studio-css-import = no es permet @import; poseu les regles aquí.
studio-css-external-url = url() només pot apuntar a una imatge carregada a l'estudi.
studio-css-expression = no es permeten expression(), behavior ni -moz-binding.
studio-css-at-rule = només es permeten @media, @supports, @layer, @container, @font-face i @keyframes.
studio-css-markup = no es permet la seqüència </.
studio-css-unparsable = no és CSS vàlid (comproveu si hi falta una clau, uns dos punts o unes cometes).
studio-pair-text-on-page = el text i el fons de la pàgina
studio-pair-text-on-card = el text i el fons de la targeta
studio-pair-button-text-on-primary = el text dels botons i els botons
studio-pair-header-text-on-header = el text de la capçalera i la banda de la capçalera
studio-pair-focus-on-page = el contorn del focus i el fons de la pàgina
studio-column-version = Versió
studio-column-when = Publicada
studio-column-who = Per
studio-column-note = Nota
studio-column-action = Acció
studio-publication-live = Activa ara
studio-publication-restored = Restaura la versió { $version }
studio-roll-back = Torna a publicar la versió { $version }
studio-done-saved = S'ha desat l'esborrany. Previsualitzeu-lo i publiqueu-lo quan estigui a punt.
studio-done-uploaded = La imatge ja és a l'esborrany.
studio-done-removed = S'ha suprimit la imatge de l'esborrany.
studio-done-published = S'ha publicat. Totes les pàgines mostraran la nova personalització en pocs segons.
studio-done-rolled-back = La versió anterior torna a estar activa i ara també és l'esborrany.
studio-done-preview-stopped = La previsualització ha acabat.
studio-refused-publish = No s'ha publicat res: primer corregiu els problemes que s'indiquen a continuació.
studio-refused-no-such-version = Aquesta versió no existeix. No s'ha modificat res.
studio-refused-unavailable = No s'ha pogut desar el canvi. No s'ha modificat res; torneu-ho a provar.
studio-refused-empty = No s'ha carregat «{ $slot }»: no s'ha triat cap fitxer, o era buit. No s'ha modificat res.
studio-refused-too-many-bytes = No s'ha carregat «{ $slot }»: el fitxer ocupa més de { $kilobytes } KB. No s'ha modificat res.
studio-refused-unknown-type = No s'ha carregat «{ $slot }»: el fitxer no és una imatge PNG, JPEG o WebP (ni, per als logotips, un dibuix SVG), digui el que digui el nom. No s'ha modificat res.
studio-refused-svg-not-allowed = No s'ha carregat «{ $slot }»: els dibuixos SVG només s'accepten per als logotips. Feu servir PNG, JPEG o WebP. No s'ha modificat res.
studio-refused-too-many-pixels = No s'ha carregat «{ $slot }»: la imatge fa més de { $width } × { $height } píxels. No s'ha modificat res.
studio-refused-undecodable = No s'ha carregat «{ $slot }»: la imatge està malmesa i no s'ha pogut llegir. No s'ha modificat res.
studio-refused-svg-unparsable = No s'ha carregat «{ $slot }»: no s'ha pogut llegir el dibuix SVG. No s'ha modificat res.
studio-refused-svg-doctype = No s'ha carregat «{ $slot }»: es rebutgen els dibuixos SVG amb DOCTYPE o entitats. No s'ha modificat res.
studio-refused-svg-script = No s'ha carregat «{ $slot }»: el dibuix SVG conté un script. No s'ha modificat res.
studio-refused-svg-foreign-object = No s'ha carregat «{ $slot }»: el dibuix SVG incrusta un altre contingut (foreignObject). No s'ha modificat res.
studio-refused-svg-event-handler = No s'ha carregat «{ $slot }»: el dibuix SVG conté gestors d'esdeveniments (atributs on…). No s'ha modificat res.
studio-refused-svg-external-reference = No s'ha carregat «{ $slot }»: el dibuix SVG fa referència a fitxers o adreces externs. No s'ha modificat res.
studio-refused-svg-too-complex = No s'ha carregat «{ $slot }»: el dibuix SVG és massa complex. Simplifiqueu-lo i torneu-ho a provar. No s'ha modificat res.
studio-refused-svg-marker = No s'ha carregat «{ $slot }»: els marcadors SVG no s'admeten. No s'ha modificat res.

## Not found

not-found-title = No s'ha trobat la pàgina
not-found-heading = No hem trobat aquesta pàgina.

## Demo outbox (demonstration mode only)

outbox-title = Safata de sortida de demostració
outbox-heading = Safata de sortida de demostració
outbox-banner-heading = Mode de demostració
outbox-banner-text = Aquesta pàgina només existeix en mode de demostració. Els missatges no s'envien realment: els correus electrònics, els missatges de text i les trucades de veu es guarden aquí, inclosos els codis d'un sol ús, perquè pugueu provar el portal. No feu servir mai un portal real en mode de demostració.
outbox-caption = Els darrers { $limit } missatges, primer els més recents
outbox-empty = Encara no hi ha cap missatge. Aquí apareixeran els codis i les notificacions que enviï el portal.
outbox-time = Hora
outbox-channel = Canal
outbox-recipient = Destinatari
outbox-subject = Assumpte
outbox-body = Missatge
outbox-channel-email = Correu electrònic
outbox-channel-sms = Missatge de text
outbox-channel-voice = Trucada de veu

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = A quina ciutat vau conèixer el vostre primer cònjuge o parella?
question-city-parents-met = A quina ciutat es van conèixer els vostres pares?
question-city-nearest-sibling = A quina ciutat viu el germà o la germana que teniu més a prop?
question-city-father-born = A quina ciutat va néixer el vostre pare?
question-city-first-job = A quina ciutat vau tenir la primera feina?
question-city-mother-born = A quina ciutat va néixer la vostra mare?
question-city-new-year-2000 = A quina ciutat vau rebre l'any 2000?
question-high-school-teacher-last-name = Quin és el cognom del vostre professor o professora preferit de l'institut?
question-college-applied-not-attended = Com es diu una universitat on vau sol·licitar plaça però on no vau arribar a estudiar?
question-first-wedding-reception-place = On es va fer el convit del vostre primer casament?
question-father-middle-name = Quin és el segon nom del vostre pare?
question-favorite-food = Quin és el vostre menjar preferit?
question-maternal-grandmother-name = Quins són el nom i els cognoms de la vostra àvia materna?
question-mother-middle-name = Quin és el segon nom de la vostra mare?
question-oldest-sibling-birthday = En quin mes i any va néixer el vostre germà o germana gran? (p. ex., novembre de 1985)
question-oldest-sibling-middle-name = Quin és el segon nom del vostre germà o germana gran?
question-paternal-grandfather-name = Quins són el nom i els cognoms del vostre avi patern?
question-youngest-sibling-middle-name = Quin és el segon nom del més petit dels vostres germans?
question-sixth-grade-school = A quina escola vau fer sisè de primària?
question-childhood-best-friend-name = Quins eren el nom i els cognoms del vostre millor amic o amiga de la infància?
question-first-significant-other-name = Quins eren el nom i els cognoms de la vostra primera parella?
question-grade-school-teacher-last-name = Quin era el cognom del vostre mestre o mestra preferit de primària?
question-first-car-make-model = Quines eren la marca i el model del vostre primer cotxe o moto?
question-first-school = Com es deia la primera escola on vau anar?
question-birth-hospital = Com es deia l'hospital on vau néixer?
question-childhood-street = Com es deia el carrer de la primera casa de la vostra infància?
question-childhood-hero = Com es deia el vostre heroi o heroïna de la infància?
question-favorite-stuffed-animal = Com es deia el vostre peluix preferit?
question-first-pet = Com es deia la vostra primera mascota?
question-childhood-nickname = Quin era el vostre sobrenom de la infància?
question-high-school-sport = Quin era el vostre esport preferit a l'institut?
question-first-job = Quina va ser la vostra primera feina?
question-childhood-phone-last-digits = Quines eren les quatre últimes xifres del telèfon de casa vostra durant la infància?
question-childhood-ambition = Durant la infància, què volíeu ser de gran?
question-most-famous-person-met = Quina és la persona més famosa que heu conegut mai?

## Security-info registration

method-email = Correu electrònic
method-mobile-phone = Telèfon mòbil
method-office-phone = Telèfon de l'oficina
method-security-questions = Preguntes de seguretat
method-questions-count = { $count ->
    [one] { $count } pregunta contestada
   *[other] { $count } preguntes contestades
}
source-authentication = que heu registrat per a la verificació, no visible al directori
source-directory = procedent del vostre perfil al directori
source-administrator = que ha definit l'administrador

prompt-title = Cal més informació
prompt-register-heading = Cal més informació
prompt-register-why = La vostra organització necessita una manera de confirmar que sou vós quan oblideu la contrasenya o el compte estigui bloquejat. Registreu ara la vostra informació de seguretat per poder recuperar l'accés sense ajuda i sense trucar al servei d'assistència.
prompt-register-needed = { $count ->
    [one] Necessiteu com a mínim un mètode de verificació.
   *[other] Necessiteu com a mínim { $count } mètodes de verificació diferents.
}
prompt-next = Següent
prompt-skip = Omet per ara
prompt-reconfirm-heading = Aquestes dades encara són correctes?
prompt-reconfirm-why = Reviseu la informació de seguretat que heu registrat. Si ha canviat alguna cosa, actualitzeu-la per poder continuar restablint la contrasenya.
prompt-looks-good = Tot és correcte
prompt-change = Canvia
prompt-nothing = No cal res més
prompt-go-account = Vés al vostre compte

wizard-title = Registre de la informació de seguretat
wizard-start = Torna a començar
wizard-step-of = Pas { $number } de { $total }
wizard-code-label = Codi de verificació
wizard-verify = Verifica
wizard-send-code = Envia el codi
wizard-skip-step = Omet aquest mètode
wizard-phone-country = País o regió
wizard-phone-number = Número de telèfon
wizard-phone-hint = Sense el prefix del país, o amb el prefix començant per +.
wizard-phone-channel = Com voleu rebre el codi?
wizard-phone-sms = Missatge de text (SMS)
wizard-phone-voice = Trucada de veu
wizard-phone-texted = Hem enviat un missatge de text amb un codi al { $number }.
wizard-phone-called = Estem trucant al { $number } per dictar-vos un codi.
wizard-phone-resend-heading = No heu rebut cap codi? Torneu-lo a enviar o utilitzeu un altre número
wizard-phone-reset-uses = Ara mateix, un restabliment de contrasenya utilitzaria el { $number }, { $source }.
wizard-phone-reset-none = Encara no teniu cap telèfon que es pugui utilitzar per restablir la contrasenya.
wizard-phone-precedence = El número que verifiqueu aquí passa a ser el vostre telèfon d'autenticació, i el restabliment l'utilitza en lloc del telèfon mòbil que consta al directori.
wizard-office-phone = Telèfon de l'oficina: { $number }, definit per l'administrador. No el podeu canviar aquí.
wizard-email-address = Adreça electrònica
wizard-email-sent = Hem enviat un correu electrònic amb un codi a { $address }.
wizard-email-resend-heading = No heu rebut cap correu? Torneu-lo a enviar o utilitzeu una altra adreça
wizard-email-reset-uses = Ara mateix, un restabliment de contrasenya utilitzaria { $address }, { $source }.
wizard-email-reset-none = Encara no teniu cap adreça electrònica que es pugui utilitzar per restablir la contrasenya.
wizard-email-precedence = L'adreça que verifiqueu aquí passa a ser la vostra adreça electrònica d'autenticació, i el restabliment l'utilitza en lloc de l'adreça electrònica alternativa que consta al directori. Utilitzeu una adreça diferent de la de la feina.
wizard-questions-intro = { $count ->
    [one] Trieu una pregunta i responeu-la.
   *[other] Trieu { $count } preguntes diferents i responeu-les totes.
} Les respostes tenen entre 3 i 40 caràcters; les majúscules i els espais de més no importen. Ningú, ni tan sols els administradors, les pot llegir.
wizard-question-label = Pregunta { $number }
wizard-answer-label = Resposta a la pregunta { $number }
wizard-question-choose = Trieu una pregunta
wizard-answers-show = Mostra les respostes
wizard-answers-hide = Amaga les respostes
wizard-questions-save = Continua
wizard-questions-retype = Per seguretat, les respostes no es tornen mai a la pàgina: escriviu-les de nou.
wizard-summary-heading = Reviseu i deseu
wizard-summary-skipped = Omès
wizard-save = Desa
wizard-cancel = Cancel·la

registration-error-not-signed-in = La sessió ha finalitzat. Torneu a iniciar la sessió.
registration-error-flow-missing = Aquest registre ha caducat o ja s'ha completat. Torneu a començar per continuar.
registration-error-step-out-of-order = Aquest pas no està disponible ara. Continueu des del pas que es mostra.
registration-error-phone-missing = Introduïu el número de telèfon.
registration-error-country-needed = Trieu un país o escriviu el número amb el prefix internacional començant per +.
registration-error-phone-invalid = Aquest número de telèfon no és vàlid per al país triat.
registration-error-email-missing = Introduïu l'adreça electrònica.
registration-error-email-invalid = Introduïu una adreça electrònica com ara nom@example.com.
code-error-missing = Introduïu el codi que us hem enviat.
code-error-malformed = El codi té entre 6 i 8 dígits.
code-error-wrong = { $tries ->
    [one] Aquest codi no és correcte. Us queda un intent més.
   *[other] Aquest codi no és correcte. Us queden { $tries } intents més.
}
code-error-dead = Massa codis incorrectes. Demaneu un codi nou.
code-error-expired = Aquest codi ha caducat. Demaneu un codi nou.
code-error-used = Aquest codi ja s'ha utilitzat. Demaneu un codi nou.
code-error-none-sent = No hi ha cap codi pendent. Demaneu un codi nou.
code-error-too-many = S'han enviat massa codis. Espereu una hora o trieu un altre mètode.
code-error-delivery-failed = No hem pogut enviar el codi. Torneu-ho a provar o trieu un altre mètode.
registration-error-question-missing = Trieu una pregunta aquí.
registration-error-question-not-offered = Trieu una pregunta de la llista.
registration-error-question-twice = Ja heu triat aquesta pregunta. Trieu-ne una altra.
error-answer-missing = Introduïu una resposta.
registration-error-answer-too-short = Les respostes han de tenir com a mínim 3 caràcters.
registration-error-answer-too-long = Les respostes han de tenir com a màxim 40 caràcters.
registration-error-answer-twice = Ja heu donat aquesta resposta a una altra pregunta. Doneu-ne una altra.
registration-error-steps-pending = Completeu o ometeu cada pas abans de desar.
registration-error-nothing-to-save = No heu afegit res. Registreu com a mínim un mètode o cancel·leu.
registration-error-not-enough-methods = { $needed ->
    [one] Registreu com a mínim un mètode per poder restablir la contrasenya.
   *[other] Registreu com a mínim { $needed } mètodes diferents per poder restablir la contrasenya.
}

account-security-info = Informació de seguretat: registrar, canviar o suprimir
account-security-info-saved = S'ha desat la vostra informació de seguretat.

message-code-email-subject = El vostre codi de verificació
message-code-email-body = El vostre codi de verificació és { $code }.

    És vàlid durant { $minutes } minuts. Si no l'heu sol·licitat, podeu ignorar aquest correu: sense el codi no canvia res.
message-code-sms = El vostre codi de verificació és { $code }. És vàlid durant { $minutes } minuts.
message-code-voice = El vostre codi de verificació és: { $code }. Repeteixo: { $code }.
message-changed-subject = S'ha canviat la vostra informació de seguretat
message-changed-body = S'acaba de canviar la informació de seguretat del vostre compte:
    { $changes }

    Si heu fet vós aquest canvi, no cal que feu res. Si no, poseu-vos en contacte immediatament amb el servei d'assistència.
message-changed-phone = el telèfon d'autenticació
message-changed-email = l'adreça electrònica d'autenticació
message-changed-questions = les preguntes de seguretat

country-AR = Argentina
country-AT = Àustria
country-AU = Austràlia
country-BE = Bèlgica
country-BR = Brasil
country-CA = Canadà
country-CH = Suïssa
country-CN = Xina
country-CZ = Txèquia
country-DE = Alemanya
country-DK = Dinamarca
country-ES = Espanya
country-FI = Finlàndia
country-FR = França
country-GB = Regne Unit
country-GR = Grècia
country-HR = Croàcia
country-HU = Hongria
country-IE = Irlanda
country-IN = Índia
country-IT = Itàlia
country-JP = Japó
country-LU = Luxemburg
country-MT = Malta
country-MX = Mèxic
country-NL = Països Baixos
country-NO = Noruega
country-NZ = Nova Zelanda
country-PL = Polònia
country-PT = Portugal
country-RO = Romania
country-SE = Suècia
country-SI = Eslovènia
country-SK = Eslovàquia
country-SM = San Marino
country-TR = Turquia
country-UA = Ucraïna
country-US = Estats Units
country-VA = Ciutat del Vaticà
country-ZA = Sud-àfrica
registration-error-reauth-required = Per seguretat, torneu a introduir la contrasenya abans de canviar la informació de seguretat.
registration-error-method-not-changeable = Aquest mètode no es pot canviar aquí.
registration-error-wrong-password = Aquesta contrasenya no és correcta.
registration-error-too-many-password-tries = S'han introduït massa contrasenyes incorrectes. Espereu uns minuts i torneu-ho a provar.

security-info-title = Informació de seguretat
security-info-back = Torna al vostre compte
security-info-usable = { $usable ->
    [one] Un restabliment de contrasenya pot utilitzar un dels vostres mètodes
   *[other] Un restabliment de contrasenya pot utilitzar { $usable } dels vostres mètodes
}; en necessita { $required ->
    [one] un.
   *[other] { $required } de diferents.
}
security-info-not-set = No configurat
security-info-add = Afegeix
security-info-change = Canvia
security-info-delete = Suprimeix
security-info-deleted = S'ha suprimit el mètode.
security-info-delete-title = Suprimeix un mètode
security-info-delete-confirm = Voleu suprimir «{ $method }» de la vostra informació de seguretat?
security-info-delete-warning = { $required ->
    [one] Després no us quedaria cap mètode i ja no podríeu restablir la contrasenya sense ajuda.
   *[other] Després tindríeu menys de { $required } mètodes i ja no podríeu restablir la contrasenya sense ajuda.
}
reauth-title = Confirmeu que sou vós
reauth-submit = Continua

## Password reset messages

message-reset-subject = S'ha restablert la vostra contrasenya
message-reset-body = Hola,

    S'acaba de restablir la contrasenya del vostre compte mitjançant el portal d'autoservei de contrasenyes i s'han tancat totes les sessions.

    Si heu estat vós, no cal que feu res més. Si no, poseu-vos en contacte immediatament amb l'administrador.

    Inici de sessió: { $url }
message-unlocked-subject = S'ha desbloquejat el vostre compte
message-unlocked-body = Hola,

    S'acaba de desbloquejar el vostre compte mitjançant el portal d'autoservei de contrasenyes. La contrasenya no ha canviat.

    Si no heu estat vós, poseu-vos en contacte immediatament amb l'administrador.

    Inici de sessió: { $url }
message-admin-reset-subject = L'administrador { $admin } ha restablert la seva pròpia contrasenya
message-admin-reset-body = Hola,

    L'administrador { $admin } acaba de restablir la seva pròpia contrasenya mitjançant el portal d'autoservei de contrasenyes.

    Si no us ho esperàveu, consulteu-ho amb aquesta persona i reviseu el registre d'auditoria.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Aquest és un missatge automàtic enviat per { $organisation }.
email-footer-privacy = Privadesa
email-footer-terms = Condicions d'ús
email-footer-helpdesk = Servei d'assistència
message-from-organisation = { $organisation }: { $text }
