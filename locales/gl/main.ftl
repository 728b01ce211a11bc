### Galego (gl). Register: formal ("vostede"), as in business software UI in Galician;
### buttons and links use the infinitive ("Gardar", "Cancelar").
### Glossary:
###   password = contrasinal (masculine)
###   security info = información de seguranza
###   verification code = código de verificación
###   security question = pregunta de seguranza
###   helpdesk = servizo de asistencia
###   administrator = administrador
###   sign in / sign out = iniciar sesión / pechar sesión
###   reset = restablecer (restablecemento)
###   unlock / locked = desbloquear / bloqueada
###   account = conta
###   user name = nome de usuario
###   email = correo electrónico (enderezo de correo electrónico)
###   text message = mensaxe de texto (SMS)
###   mobile phone / office phone = teléfono móbil / teléfono da oficina
###   directory = directorio
###   register (security info) = rexistrar
###   self-service = autoservizo

## Shared by every page

product-name = Autoservizo da conta
skip-to-content = Ir ao contido principal
loading = Cargando…
language-label = Idioma
# Móstrase no selector de idioma: o nome deste idioma, neste idioma.
language-name = Galego
language-apply = Cambiar o idioma
password-show = Mostrar o contrasinal
password-hide = Ocultar o contrasinal

## Errors

error-user-name-missing = Introduza o seu nome de usuario.
error-user-name-invalid = Isto non parece un nome de usuario. Comprobe o que escribiu e ténteo de novo.
error-password-missing = Introduza o seu contrasinal.
error-invalid-credentials = O nome de usuario ou o contrasinal non son correctos. Comprobe ambos e ténteo de novo.
error-account-locked = A súa conta está bloqueada. Para desbloqueala, escolla «Non pode acceder á súa conta?» máis abaixo ou póñase en contacto co servizo de asistencia.
error-sign-in-paused = Producíronse demasiados inicios de sesión errados con este nome de usuario. Para protexer a conta, o inicio de sesión está en pausa ata { $until }. Se esqueceu o contrasinal, pode restablecelo agora.
error-sign-in-busy-address = Producíronse demasiados inicios de sesión errados desde a súa rede. Agarde unha hora e ténteo de novo.
error-unavailable = Algo fallou pola nosa parte. Ténteo de novo dentro duns minutos.
error-transport = Non puidemos conectar co servidor. Comprobe a súa conexión e ténteo de novo.

## Sign-in page

sign-in-title = Iniciar sesión
sign-in-heading = Inicie sesión na súa conta
sign-in-user-name = Nome de usuario
sign-in-password = Contrasinal
sign-in-submit = Iniciar sesión
sign-in-cant-access = Non pode acceder á súa conta?

## Account page

account-title = A súa conta
account-heading = A súa conta
account-signed-in-as = Iniciou sesión como
account-sign-out = Pechar sesión
account-signed-out = Non iniciou sesión.
account-go-sign-in = Ir ao inicio de sesión

## Password reset

reset-title = Restablecer o contrasinal
reset-heading = Recupere o acceso á súa conta
reset-back-to-sign-in = Volver ao inicio de sesión
reset-intro = Introduza o seu nome de usuario. Despois de demostrar que é vostede, poderá escoller un contrasinal novo.
reset-user-id = Nome de usuario
reset-user-id-hint = Normalmente, o seu enderezo de correo electrónico do traballo, por exemplo name@contoso.example.
reset-next = Seguinte
captcha-question = Para demostrar que é unha persoa: canto é { $a } máis { $b }?
captcha-hint = Escriba a resposta en cifras.
captcha-checking = Estamos a comprobar que é unha persoa…
captcha-done = Feito: o seu navegador demostrou que é unha persoa. Seleccione Seguinte para continuar.
reset-start-again = Comezar de novo
reset-verify-heading = Demostre que é vostede
reset-gate-of = Verificación { $number } de { $total }
reset-gate-legend = Como quere recibir un código de verificación?
reset-gate-email = Enviar un código por correo electrónico a { $destination }
reset-gate-mobile-sms = Enviar un código por SMS ao meu teléfono móbil { $destination }
reset-gate-mobile-voice = Chamar ao meu teléfono móbil { $destination }
reset-gate-office-voice = Chamar ao meu teléfono da oficina { $destination }
reset-gate-questions = Responder ás miñas preguntas de seguranza
reset-code-sent-email = Enviamos un correo electrónico cun código de verificación a { $destination }.
reset-code-sent-sms = Enviamos unha mensaxe de texto cun código de verificación ao { $destination }.
reset-code-sent-voice = Estamos a chamar ao { $destination } para ditarlle un código de verificación.
reset-code-resend = Enviar un código novo
reset-other-method = Usar outro método
reset-questions-heading = Responda ás súas preguntas de seguranza
reset-password-heading = Escolla un contrasinal novo
reset-password-hint = { $min ->
    [one] Use polo menos un carácter.
   *[other] Use polo menos { $min } caracteres. O mellor é unha frase longa que poida lembrar; evite o seu nome e os contrasinais habituais.
}
reset-password-new = Contrasinal novo
reset-password-confirm = Confirmar o contrasinal novo
reset-password-strength-0 = Solidez estimada: moi feble
reset-password-strength-1 = Solidez estimada: feble
reset-password-strength-2 = Solidez estimada: aceptable
reset-password-strength-3 = Solidez estimada: forte
reset-password-strength-4 = Solidez estimada: moi forte
reset-password-strength-note = É unha estimación feita no seu navegador para axudarlle a escoller. Son as regras indicadas arriba as que deciden se se acepta o contrasinal.
reset-password-submit = Restablecer o contrasinal
reset-unlock-only-text = A súa conta está bloqueada. Se aínda lembra o contrasinal, pode desbloquear a conta e conservalo.
reset-unlock-only = Só desbloquear
reset-contact-heading = Póñase en contacto co seu administrador
reset-contact-text = Aquí non pode restablecer o contrasinal. O seu administrador pode axudarlle a recuperar o acceso á súa conta.
reset-contact-helpdesk = Contactar co servizo de asistencia
reset-done-heading = Restableceuse o seu contrasinal
reset-done-text = Pecháronse todas as súas sesións. Inicie sesión co contrasinal novo.
reset-unlocked-heading = A súa conta está desbloqueada
reset-unlocked-text = Inicie sesión co seu contrasinal actual.
reset-go-sign-in = Ir ao inicio de sesión
reset-error-flow-missing = O restablecemento caducou ou nunca chegou a iniciarse. Comece de novo.
reset-error-step-out-of-order = Ese paso non está dispoñible agora. Continúe desde esta páxina.
reset-error-user-id-missing = Introduza o seu nome de usuario.
reset-error-user-id-invalid = Introduza o seu nome de usuario en forma de enderezo de correo electrónico, por exemplo name@contoso.example.
reset-error-captcha-failed = Non puidemos comprobar que é unha persoa. Ténteo de novo.
reset-error-gate-missing = Escolla como quere recibir un código.
reset-error-code-dead = Demasiados códigos incorrectos. Solicite un código novo ou use outro método.
reset-error-answers-wrong = Unha ou máis respostas non son correctas. Revíseas e ténteo de novo.
reset-error-blocked = Tentouno demasiadas veces. Pola súa seguranza, o restablecemento mediante autoservizo está en pausa para esta conta ata { $until }.
reset-error-busy-address = Producíronse demasiados intentos desde a súa rede. Agarde unha hora e ténteo de novo.
reset-error-passwords-differ = Os dous contrasinais non coinciden.
reset-error-password-too-short = { $min ->
    [one] Use polo menos un carácter.
   *[other] Use polo menos { $min } caracteres.
}
reset-error-password-missing = Introduza un contrasinal novo.
reset-error-password-common = Este contrasinal está na lista dos que os atacantes proban primeiro. Escolla outro, por exemplo, unha frase de varias palabras sen relación entre si.
reset-error-password-control = Os contrasinais non poden conter saltos de liña, tabulacións nin outros caracteres de control. Escríbao de novo sen eles.
reset-error-write-unconfirmed = Non puidemos confirmar que se gardase o seu contrasinal novo. Escóllao de novo; a nova elección substitúe o que se puidese gardar.
reset-writing = Estase a gardar o seu cambio. Volva cargar esta páxina dentro dun momento.
reset-error-password-too-long = Use como máximo 256 caracteres.
reset-error-password-contains-name = Non use o seu nome de usuario no contrasinal.
reset-error-write-failed = Non puidemos gardar o cambio no directorio, polo que non se modificou nada. Ténteo de novo dentro dun momento.

## Organisation branding on every page

footer-label = Ligazóns da organización
footer-privacy = Privacidade
footer-terms = Condicións de uso
footer-helpdesk = Servizo de asistencia

## Branding studio (/admin/branding, for branding administrators)

studio-title = Estudio de personalización da marca
studio-heading-layer = Configuración: { $layer }
studio-back = Volver ao estudio de personalización da marca
studio-preview-banner = Está a ver unha vista previa da personalización da marca sen publicar. Ninguén máis a ve ata que se publique.
studio-preview-stop = Deter a vista previa
studio-layer-label = Configuración para
studio-layer-open = Abrir
studio-layer-default = Predeterminada (todos os idiomas)
studio-layer-overridden = { $language } (ten configuración propia)
studio-inherited = Se se deixa baleiro: { $value }
studio-as-default = Como na configuración predeterminada
studio-as-product = Como se ve o portal sen personalización
studio-show = Mostrar
studio-hide = Ocultar
studio-save = Gardar o borrador
studio-section-identity = Organización
studio-section-colours = Cores
studio-colours-hint = Escriba as cores no formato #rrggbb, por exemplo #0b5cad. O texto e os botóns deben destacar abondo sobre o seu fondo para que todo o mundo os poida ler, polo que o estudio comproba o contraste antes de publicar.
studio-section-layout = Deseño
studio-section-sign-in = Páxina de inicio de sesión
studio-section-links = Ligazóns do pé de páxina
studio-section-css = CSS personalizado
studio-css-hint = Regras para os nomes de clase que figuran na referencia CSS do portal. As imaxes só poden proceder das imaxes cargadas aquí. Ata 25 KB.
studio-section-images = Imaxes
studio-section-publish = Publicación
studio-section-publications = Publicacións
studio-field-organisation-name = Nome da organización
studio-field-colour-primary = Botóns e ligazóns
studio-field-colour-primary-text = Texto dos botóns
studio-field-colour-header = Banda da cabeceira
studio-field-colour-header-text = Texto da banda da cabeceira
studio-field-colour-text = Texto
studio-field-colour-page = Fondo da páxina
studio-field-colour-card = Fondo da tarxeta
studio-field-colour-focus = Contorno do foco do teclado
studio-field-layout = Deseño da páxina
studio-layout-full-bleed = Imaxe de fondo que enche a páxina
studio-layout-plain = Cor de páxina lisa
studio-field-show-header = Mostrar a banda da cabeceira
studio-field-show-footer = Mostrar o pé de páxina
studio-field-sign-in-text = Texto da páxina de inicio de sesión
studio-field-user-name-hint = Suxestión de nome de usuario
studio-field-cant-access-label = Texto da ligazón para quen non pode iniciar sesión
studio-field-show-reset-link = Ligazón para quen non pode iniciar sesión
studio-field-privacy-url = Enderezo da declaración de privacidade
studio-field-terms-url = Enderezo das condicións de uso
studio-field-helpdesk-url = Enderezo do servizo de asistencia (web ou correo electrónico)
studio-field-custom-css = CSS personalizado
studio-field-image-banner-logo = Logotipo de báner
studio-field-image-square-logo = Logotipo cadrado
studio-field-image-square-logo-dark = Logotipo cadrado para fondos escuros
studio-field-image-favicon = Icona do sitio (favicon)
studio-field-image-background = Imaxe de fondo
studio-image-limits = { $kinds }, como máximo { $kilobytes } KB e { $width } × { $height } píxeles.
studio-image-upload = Cargar: { $slot }
studio-image-remove = Quitar: { $slot }
studio-image-current = Imaxe actual: { $slot }
studio-live-heading = Vista previa en directo
studio-live-caption = Reflicte as cores e os textos de arriba mentres escribe, antes de gardar.
studio-preview = Ver o borrador nas páxinas reais
studio-email-preview = Ver un correo electrónico co borrador
studio-publish = Publicar
studio-state-never-published = Aínda non se publicou nada: todo o mundo ve o portal sen personalización.
studio-state-published = A versión { $version } está activa.
studio-state-unpublished-changes = O borrador ten cambios sen publicar.
studio-problems-heading = Corrixa isto antes de publicar
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } teñen un contraste de { $ratio }; necesítase polo menos { $minimum }.
studio-problem-too-long = use como máximo { $max } caracteres.
studio-problem-control-character = elimine os caracteres de control (como as tabulacións).
studio-problem-not-a-colour = escriba a cor como # seguido de seis díxitos hexadecimais, por exemplo #0b5cad.
studio-problem-link-not-https = os enderezos web deben comezar por https://.
studio-problem-link-invalid = escriba un enderezo web que comece por https:// ou un enderezo de correo electrónico.
studio-problem-css = liña { $line }: { $reason }
studio-css-too-long = a folla de estilos ocupa máis de 25 KB.
studio-css-import = non se permite @import; poña as regras aquí.
studio-css-external-url = url() só pode apuntar a unha imaxe cargada no estudio.
studio-css-expression = non se permiten expression(), behavior nin -moz-binding.
studio-css-at-rule = só se permiten @media, @supports, @layer, @container, @font-face e @keyframes.
studio-css-markup = non se permite a secuencia </.
studio-css-unparsable = non é CSS válido (comprobe se falta unha chave, dous puntos ou unhas comiñas).
studio-pair-text-on-page = o texto e o fondo da páxina
studio-pair-text-on-card = o texto e o fondo da tarxeta
studio-pair-button-text-on-primary = o texto dos botóns e os botóns
studio-pair-header-text-on-header = o texto da cabeceira e a banda da cabeceira
studio-pair-focus-on-page = o contorno do foco e o fondo da páxina
studio-column-version = Versión
studio-column-when = Publicada
studio-column-who = Por
studio-column-note = Nota
studio-column-action = Acción
studio-publication-live = Activa agora
studio-publication-restored = Restaura a versión { $version }
studio-roll-back = Publicar de novo a versión { $version }
studio-done-saved = Gardouse o borrador. Revíseo na vista previa e publíqueo cando estea listo.
studio-done-uploaded = A imaxe xa está no borrador.
studio-done-removed = Quitouse a imaxe do borrador.
studio-done-published = Publicouse. Todas as páxinas mostrarán a nova personalización en poucos segundos.
studio-done-rolled-back = A versión anterior volve estar activa e agora tamén é o borrador.
studio-done-preview-stopped = A vista previa rematou.
studio-refused-publish = Non se publicou nada: corrixa primeiro os problemas indicados a continuación.
studio-refused-no-such-version = Esa versión non existe. Non se modificou nada.
studio-refused-unavailable = Non se puido gardar o cambio. Non se modificou nada; ténteo de novo.
studio-refused-empty = Non se cargou «{ $slot }»: non se escolleu ningún ficheiro, ou estaba baleiro. Non se modificou nada.
studio-refused-too-many-bytes = Non se cargou «{ $slot }»: o ficheiro ocupa máis de { $kilobytes } KB. Non se modificou nada.
studio-refused-unknown-type = Non se cargou «{ $slot }»: o ficheiro non é unha imaxe PNG, JPEG ou WebP (nin, no caso dos logotipos, un debuxo SVG), diga o que diga o seu nome. Non se modificou nada.
studio-refused-svg-not-allowed = Non se cargou «{ $slot }»: os debuxos SVG só se aceptan para os logotipos. Use PNG, JPEG ou WebP. Non se modificou nada.
studio-refused-too-many-pixels = Non se cargou «{ $slot }»: a imaxe supera os { $width } × { $height } píxeles. Non se modificou nada.
studio-refused-undecodable = Non se cargou «{ $slot }»: a imaxe está danada e non se puido ler. Non se modificou nada.
studio-refused-svg-unparsable = Non se cargou «{ $slot }»: non se puido ler o debuxo SVG. Non se modificou nada.
studio-refused-svg-doctype = Non se cargou «{ $slot }»: rexéitanse os debuxos SVG con DOCTYPE ou entidades. Non se modificou nada.
studio-refused-svg-script = Non se cargou «{ $slot }»: o debuxo SVG contén un script. Non se modificou nada.
studio-refused-svg-foreign-object = Non se cargou «{ $slot }»: o debuxo SVG incrusta outro contido (foreignObject). Non se modificou nada.
studio-refused-svg-event-handler = Non se cargou «{ $slot }»: o debuxo SVG contén controladores de eventos (atributos on…). Non se modificou nada.
studio-refused-svg-external-reference = Non se cargou «{ $slot }»: o debuxo SVG fai referencia a ficheiros ou enderezos externos. Non se modificou nada.
studio-refused-svg-too-complex = Non se cargou «{ $slot }»: o debuxo SVG é demasiado complexo. Simplifíqueo e ténteo de novo. Non se modificou nada.
studio-refused-svg-marker = Non se cargou «{ $slot }»: os marcadores SVG non se admiten. Non se modificou nada.

## Not found

not-found-title = Non se atopou a páxina
not-found-heading = Non atopamos esa páxina.

## Demo outbox (demonstration mode only)

outbox-title = Caixa de saída de demostración
outbox-heading = Caixa de saída de demostración
outbox-banner-heading = Modo de demostración
outbox-banner-text = Esta páxina só existe no modo de demostración. As mensaxes non se envían de verdade: os correos electrónicos, as mensaxes de texto e as chamadas de voz gárdanse aquí, incluídos os códigos dun só uso, para que poida probar o portal. Non use nunca un portal real en modo de demostración.
outbox-caption = As últimas { $limit } mensaxes, primeiro as máis recentes
outbox-empty = Aínda non hai mensaxes. Aquí aparecerán os códigos e as notificacións que envíe o portal.
outbox-time = Hora
outbox-channel = Canle
outbox-recipient = Destinatario
outbox-subject = Asunto
outbox-body = Mensaxe
outbox-channel-email = Correo electrónico
outbox-channel-sms = Mensaxe de texto
outbox-channel-voice = Chamada de voz

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = En que cidade coñeceu o seu primeiro cónxuxe ou parella?
question-city-parents-met = En que cidade se coñeceron os seus pais?
question-city-nearest-sibling = En que cidade vive o irmán ou a irmá que ten máis preto?
question-city-father-born = En que cidade naceu o seu pai?
question-city-first-job = En que cidade tivo o seu primeiro traballo?
question-city-mother-born = En que cidade naceu a súa nai?
question-city-new-year-2000 = En que cidade recibiu o ano 2000?
question-high-school-teacher-last-name = Cal é o apelido do seu profesor ou profesora favorito do instituto?
question-college-applied-not-attended = Como se chama unha universidade na que solicitou praza pero na que non chegou a estudar?
question-first-wedding-reception-place = Onde se celebrou o banquete da súa primeira voda?
question-father-middle-name = Cal é o segundo nome do seu pai?
question-favorite-food = Cal é a súa comida favorita?
question-maternal-grandmother-name = Cales son o nome e os apelidos da súa avoa materna?
question-mother-middle-name = Cal é o segundo nome da súa nai?
question-oldest-sibling-birthday = En que mes e ano naceu o seu irmán ou irmá maior? (p. ex., novembro de 1985)
question-oldest-sibling-middle-name = Cal é o segundo nome do seu irmán ou irmá maior?
question-paternal-grandfather-name = Cales son o nome e os apelidos do seu avó paterno?
question-youngest-sibling-middle-name = Cal é o segundo nome do seu irmán ou irmá menor?
question-sixth-grade-school = En que colexio estudou sexto de primaria?
question-childhood-best-friend-name = Cales eran o nome e os apelidos do seu mellor amigo ou amiga da infancia?
question-first-significant-other-name = Cales eran o nome e os apelidos do seu primeiro mozo ou moza?
question-grade-school-teacher-last-name = Cal era o apelido do seu mestre ou mestra favorito de primaria?
question-first-car-make-model = Cales eran a marca e o modelo do seu primeiro coche ou moto?
question-first-school = Como se chamaba o primeiro colexio ao que foi?
question-birth-hospital = Como se chamaba o hospital no que naceu?
question-childhood-street = Como se chamaba a rúa da primeira casa da súa infancia?
question-childhood-hero = Como se chamaba o seu heroe ou heroína da infancia?
question-favorite-stuffed-animal = Como se chamaba o seu peluche favorito?
question-first-pet = Como se chamaba a súa primeira mascota?
question-childhood-nickname = Cal era o seu alcume na infancia?
question-high-school-sport = Cal era o seu deporte favorito no instituto?
question-first-job = Cal foi o seu primeiro traballo?
question-childhood-phone-last-digits = Cales eran as catro últimas cifras do teléfono da súa casa na infancia?
question-childhood-ambition = Na súa infancia, que quería ser de maior?
question-most-famous-person-met = Cal é a persoa máis famosa que coñeceu?

## Security-info registration

method-email = Correo electrónico
method-mobile-phone = Teléfono móbil
method-office-phone = Teléfono da oficina
method-security-questions = Preguntas de seguranza
method-questions-count = { $count ->
    [one] { $count } pregunta respondida
   *[other] { $count } preguntas respondidas
}
source-authentication = que vostede rexistrou para a verificación, non visible no directorio
source-directory = procedente do seu perfil no directorio
source-administrator = que definiu o seu administrador

prompt-title = Necesítase máis información
prompt-register-heading = Necesítase máis información
prompt-register-why = A súa organización necesita un xeito de confirmar que é vostede cando esqueza o contrasinal ou a súa conta estea bloqueada. Rexistre agora a súa información de seguranza para poder recuperar o acceso sen axuda e sen chamar ao servizo de asistencia.
prompt-register-needed = { $count ->
    [one] Necesita polo menos un método de verificación.
   *[other] Necesita polo menos { $count } métodos de verificación diferentes.
}
prompt-next = Seguinte
prompt-skip = Omitir polo de agora
prompt-reconfirm-heading = Seguen sendo correctos estes datos?
prompt-reconfirm-why = Revise a información de seguranza que rexistrou. Se algo cambiou, actualícea para poder seguir restablecendo o seu contrasinal.
prompt-looks-good = Todo correcto
prompt-change = Cambiar
prompt-nothing = Non se necesita nada máis
prompt-go-account = Ir á súa conta

wizard-title = Rexistrar a información de seguranza
wizard-start = Comezar de novo
wizard-step-of = Paso { $number } de { $total }
wizard-code-label = Código de verificación
wizard-verify = Verificar
wizard-send-code = Enviar o código
wizard-skip-step = Omitir este método
wizard-phone-country = País ou rexión
wizard-phone-number = Número de teléfono
wizard-phone-hint = Sen o prefixo do país, ou co prefixo comezando por +.
wizard-phone-channel = Como quere recibir o código?
wizard-phone-sms = Mensaxe de texto (SMS)
wizard-phone-voice = Chamada de voz
wizard-phone-texted = Enviamos unha mensaxe de texto cun código ao { $number }.
wizard-phone-called = Estamos a chamar ao { $number } para ditarlle un código.
wizard-phone-resend-heading = Non recibiu o código? Envíeo de novo ou use outro número
wizard-phone-reset-uses = Neste momento, un restablecemento do contrasinal usaría o { $number }, { $source }.
wizard-phone-reset-none = Aínda non ten ningún teléfono que se poida usar para restablecer o contrasinal.
wizard-phone-precedence = O número que verifique aquí pasará a ser o seu teléfono de autenticación, e o restablecemento usarao en lugar do teléfono móbil que figura no directorio.
wizard-office-phone = Teléfono da oficina: { $number }, definido polo seu administrador. Non o pode cambiar aquí.
wizard-email-address = Enderezo de correo electrónico
wizard-email-sent = Enviamos un correo electrónico cun código a { $address }.
wizard-email-resend-heading = Non recibiu o correo? Envíeo de novo ou use outro enderezo
wizard-email-reset-uses = Neste momento, un restablecemento do contrasinal usaría { $address }, { $source }.
wizard-email-reset-none = Aínda non ten ningún enderezo de correo electrónico que se poida usar para restablecer o contrasinal.
wizard-email-precedence = O enderezo que verifique aquí pasará a ser o seu correo electrónico de autenticación, e o restablecemento usarao en lugar do correo electrónico alternativo que figura no directorio. Use un enderezo distinto do do traballo.
wizard-questions-intro = { $count ->
    [one] Escolla unha pregunta e respóndaa.
   *[other] Escolla { $count } preguntas diferentes e responda a cada unha delas.
} As respostas teñen entre 3 e 40 caracteres; as maiúsculas e os espazos de máis non importan. Ninguén, nin sequera os administradores, pode lelas.
wizard-question-label = Pregunta { $number }
wizard-answer-label = Resposta á pregunta { $number }
wizard-question-choose = Escolla unha pregunta
wizard-answers-show = Mostrar as respostas
wizard-answers-hide = Ocultar as respostas
wizard-questions-save = Continuar
wizard-questions-retype = Pola súa seguranza, as respostas nunca se devolven á páxina: escríbaas de novo.
wizard-summary-heading = Revisar e gardar
wizard-summary-skipped = Omitido
wizard-save = Gardar
wizard-cancel = Cancelar

registration-error-not-signed-in = A súa sesión rematou. Inicie sesión de novo.
registration-error-flow-missing = Este rexistro caducou ou xa se completou. Comece de novo para continuar.
registration-error-step-out-of-order = Ese paso non está dispoñible agora. Continúe desde o paso que se mostra.
registration-error-phone-missing = Introduza o seu número de teléfono.
registration-error-country-needed = Escolla un país ou escriba o número co seu prefixo internacional comezando por +.
registration-error-phone-invalid = Este número de teléfono non é válido para o país escollido.
registration-error-email-missing = Introduza o seu enderezo de correo electrónico.
registration-error-email-invalid = Introduza un enderezo de correo electrónico como nome@example.com.
code-error-missing = Introduza o código que lle enviamos.
code-error-malformed = O código ten entre 6 e 8 díxitos.
code-error-wrong = { $tries ->
    [one] Ese código non é correcto. Quédalle un intento máis.
   *[other] Ese código non é correcto. Quédanlle { $tries } intentos máis.
}
code-error-dead = Demasiados códigos incorrectos. Solicite un código novo.
code-error-expired = Ese código caducou. Solicite un código novo.
code-error-used = Este código xa se usou. Solicite un código novo.
code-error-none-sent = Non hai ningún código pendente. Solicite un código novo.
code-error-too-many = Enviáronse demasiados códigos. Agarde unha hora ou escolla outro método.
code-error-delivery-failed = Non puidemos enviar o código. Ténteo de novo ou escolla outro método.
registration-error-question-missing = Escolla unha pregunta aquí.
registration-error-question-not-offered = Escolla unha pregunta da lista.
registration-error-question-twice = Xa escolleu esta pregunta. Escolla outra diferente.
error-answer-missing = Introduza unha resposta.
registration-error-answer-too-short = As respostas deben ter polo menos 3 caracteres.
registration-error-answer-too-long = As respostas deben ter como máximo 40 caracteres.
registration-error-answer-twice = Xa deu esta resposta noutra pregunta. Escriba unha diferente.
registration-error-steps-pending = Complete ou omita cada paso antes de gardar.
registration-error-nothing-to-save = Non se engadiu nada. Rexistre polo menos un método ou cancele.
registration-error-not-enough-methods = { $needed ->
    [one] Rexistre polo menos un método para poder restablecer o seu contrasinal.
   *[other] Rexistre polo menos { $needed } métodos diferentes para poder restablecer o seu contrasinal.
}

account-security-info = Información de seguranza: rexistrar, cambiar ou eliminar
account-security-info-saved = Gardouse a súa información de seguranza.

message-code-email-subject = O seu código de verificación
message-code-email-body = O seu código de verificación é { $code }.

    É válido durante { $minutes } minutos. Se non o solicitou, pode ignorar este correo: sen o código non cambia nada.
message-code-sms = O seu código de verificación é { $code }. É válido durante { $minutes } minutos.
message-code-voice = O seu código de verificación é: { $code }. Repito: { $code }.
message-changed-subject = Cambiouse a súa información de seguranza
message-changed-body = Acaba de cambiarse a información de seguranza da súa conta:
    { $changes }

    Se fixo vostede este cambio, non ten que facer nada. Se non, póñase en contacto co servizo de asistencia inmediatamente.
message-changed-phone = o teléfono de autenticación
message-changed-email = o correo electrónico de autenticación
message-changed-questions = as preguntas de seguranza

country-AR = Arxentina
country-AT = Austria
country-AU = Australia
country-BE = Bélxica
country-BR = Brasil
country-CA = Canadá
country-CH = Suíza
country-CN = China
country-CZ = Chequia
country-DE = Alemaña
country-DK = Dinamarca
country-ES = España
country-FI = Finlandia
country-FR = Francia
country-GB = Reino Unido
country-GR = Grecia
country-HR = Croacia
country-HU = Hungría
country-IE = Irlanda
country-IN = India
country-IT = Italia
country-JP = Xapón
country-LU = Luxemburgo
country-MT = Malta
country-MX = México
country-NL = Países Baixos
country-NO = Noruega
country-NZ = Nova Zelandia
country-PL = Polonia
country-PT = Portugal
country-RO = Romanía
country-SE = Suecia
country-SI = Eslovenia
country-SK = Eslovaquia
country-SM = San Marino
country-TR = Turquía
country-UA = Ucraína
country-US = Estados Unidos
country-VA = Cidade do Vaticano
country-ZA = Suráfrica
registration-error-reauth-required = Pola súa seguranza, introduza de novo o seu contrasinal antes de cambiar a información de seguranza.
registration-error-method-not-changeable = Este método non se pode cambiar aquí.
registration-error-wrong-password = Ese contrasinal non é correcto.
registration-error-too-many-password-tries = Introducíronse demasiados contrasinais incorrectos. Agarde uns minutos e ténteo de novo.

security-info-title = Información de seguranza
security-info-back = Volver á súa conta
security-info-usable = { $usable ->
    [one] Un restablecemento do contrasinal pode usar un dos seus métodos
   *[other] Un restablecemento do contrasinal pode usar { $usable } dos seus métodos
}; necesita { $required ->
    [one] un.
   *[other] { $required } diferentes.
}
security-info-not-set = Non configurado
security-info-add = Engadir
security-info-change = Cambiar
security-info-delete = Eliminar
security-info-deleted = Eliminouse o método.
security-info-delete-title = Eliminar un método
security-info-delete-confirm = Quere eliminar «{ $method }» da súa información de seguranza?
security-info-delete-warning = { $required ->
    [one] Despois non lle quedaría ningún método e xa non podería restablecer o contrasinal sen axuda.
   *[other] Despois tería menos de { $required } métodos e xa non podería restablecer o contrasinal sen axuda.
}
reauth-title = Confirme que é vostede
reauth-submit = Continuar

## Password reset messages

message-reset-subject = Restableceuse o seu contrasinal
message-reset-body = Ola:

    Acaba de restablecerse o contrasinal da súa conta a través do portal de autoservizo de contrasinais e pecháronse todas as sesións.

    Se foi vostede, non ten que facer nada máis. Se non, póñase en contacto co seu administrador inmediatamente.

    Iniciar sesión: { $url }
message-unlocked-subject = Desbloqueouse a súa conta
message-unlocked-body = Ola:

    Acaba de desbloquearse a súa conta a través do portal de autoservizo de contrasinais. O seu contrasinal non cambiou.

    Se non foi vostede, póñase en contacto co seu administrador inmediatamente.

    Iniciar sesión: { $url }
message-admin-reset-subject = O administrador { $admin } restableceu o seu propio contrasinal
message-admin-reset-body = Ola:

    O administrador { $admin } acaba de restablecer o seu propio contrasinal a través do portal de autoservizo de contrasinais.

    Se non o esperaba, consúlteo con esa persoa e revise o rexistro de auditoría.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Esta é unha mensaxe automática enviada por { $organisation }.
email-footer-privacy = Privacidade
email-footer-terms = Condicións de uso
email-footer-helpdesk = Servizo de asistencia
message-from-organisation = { $organisation }: { $text }
