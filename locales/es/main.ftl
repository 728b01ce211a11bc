### Español (es). Register: formal ("usted"), as in Microsoft's Spanish (Spain) business product UI.
### Glossary:
###   password = contraseña
###   security info = información de seguridad
###   verification code = código de verificación
###   security question = pregunta de seguridad
###   helpdesk = soporte técnico
###   administrator = administrador
###   sign in / sign out = iniciar sesión / cerrar sesión
###   reset = restablecer (restablecimiento)
###   unlock / locked = desbloquear / bloqueada
###   account = cuenta
###   user name = nombre de usuario
###   email = correo electrónico (dirección de correo electrónico)
###   text message = mensaje de texto (SMS)
###   mobile phone / office phone = teléfono móvil / teléfono de la oficina
###   directory = directorio
###   register (security info) = registrar
###   self-service = autoservicio

## Shared by every page

product-name = Autoservicio de la cuenta
skip-to-content = Ir al contenido principal
loading = Cargando…
language-label = Idioma
# Se muestra en el selector de idioma: el nombre de este idioma, en este idioma.
language-name = Español
language-apply = Cambiar idioma
password-show = Mostrar contraseña
password-hide = Ocultar contraseña

## Errors

error-user-name-missing = Escriba su nombre de usuario.
error-user-name-invalid = Esto no parece un nombre de usuario. Compruebe lo que ha escrito e inténtelo de nuevo.
error-password-missing = Escriba su contraseña.
error-invalid-credentials = El nombre de usuario o la contraseña no son correctos. Compruebe ambos e inténtelo de nuevo.
error-account-locked = Su cuenta está bloqueada. Para desbloquearla, elija «¿No puede acceder a su cuenta?» más abajo o póngase en contacto con el soporte técnico.
error-sign-in-paused = Se han producido demasiados inicios de sesión erróneos con este nombre de usuario. Para proteger la cuenta, el inicio de sesión está en pausa hasta { $until }. Si ha olvidado su contraseña, puede restablecerla ahora.
error-sign-in-busy-address = Se han producido demasiados inicios de sesión erróneos desde su red. Espere una hora e inténtelo de nuevo.
error-unavailable = Algo ha fallado por nuestra parte. Inténtelo de nuevo dentro de unos minutos.
error-transport = No hemos podido conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.

## Sign-in page

sign-in-title = Iniciar sesión
sign-in-heading = Inicie sesión en su cuenta
sign-in-user-name = Nombre de usuario
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-cant-access = ¿No puede acceder a su cuenta?

## Account page

account-title = Su cuenta
account-heading = Su cuenta
account-signed-in-as = Ha iniciado sesión como
account-sign-out = Cerrar sesión
account-signed-out = No ha iniciado sesión.
account-go-sign-in = Ir al inicio de sesión

## Password reset

reset-title = Restablecer la contraseña
reset-heading = Recupere el acceso a su cuenta
reset-back-to-sign-in = Volver al inicio de sesión
reset-intro = Escriba su nombre de usuario: le ayudaremos a demostrar que es usted y, después, podrá elegir una contraseña nueva.
reset-user-id = Nombre de usuario
reset-user-id-hint = Normalmente, su dirección de correo electrónico del trabajo, por ejemplo name@contoso.example.
reset-next = Siguiente
captcha-question = Para demostrar que es una persona: ¿cuánto es { $a } más { $b }?
captcha-hint = Escriba la respuesta en cifras.
captcha-checking = Comprobando que es una persona…
captcha-done = Listo: su navegador ha demostrado que es una persona. Seleccione Siguiente para continuar.
reset-start-again = Volver a empezar
reset-verify-heading = Demuestre que es usted
reset-gate-of = Verificación { $number } de { $total }
reset-gate-legend = ¿Cómo quiere recibir un código de verificación?
reset-gate-email = Enviar un código por correo electrónico a { $destination }
reset-gate-mobile-sms = Enviar un código por SMS a mi teléfono móvil { $destination }
reset-gate-mobile-voice = Llamar a mi teléfono móvil { $destination }
reset-gate-office-voice = Llamar a mi teléfono de la oficina { $destination }
reset-gate-questions = Responder a mis preguntas de seguridad
reset-code-sent-email = Hemos enviado un correo electrónico con un código de verificación a { $destination }.
reset-code-sent-sms = Hemos enviado un mensaje de texto con un código de verificación al { $destination }.
reset-code-sent-voice = Estamos llamando al { $destination } para dictarle un código de verificación.
reset-code-resend = Enviar un código nuevo
reset-other-method = Usar otro método
reset-questions-heading = Responda a sus preguntas de seguridad
reset-password-heading = Elija una contraseña nueva
reset-password-hint = { $min ->
    [one] Use al menos un carácter.
   *[other] Use al menos { $min } caracteres. Lo mejor es una frase larga que pueda recordar; evite su nombre y las contraseñas habituales.
}
reset-password-new = Contraseña nueva
reset-password-confirm = Confirmar la contraseña nueva
reset-password-strength-0 = Solidez estimada: muy débil
reset-password-strength-1 = Solidez estimada: débil
reset-password-strength-2 = Solidez estimada: aceptable
reset-password-strength-3 = Solidez estimada: fuerte
reset-password-strength-4 = Solidez estimada: muy fuerte
reset-password-strength-note = Es una estimación que hace su navegador para ayudarle a elegir. Son las reglas anteriores las que deciden si se acepta la contraseña.
reset-password-submit = Restablecer contraseña
reset-unlock-only-text = Su cuenta está bloqueada. Si todavía recuerda su contraseña, puede desbloquear la cuenta y seguir usando la misma contraseña.
reset-unlock-only = Solo desbloquear
reset-contact-heading = Póngase en contacto con su administrador
reset-contact-text = No puede restablecer su contraseña aquí. Su administrador puede ayudarle a recuperar el acceso a su cuenta.
reset-contact-helpdesk = Contactar con el soporte técnico
reset-done-heading = Se ha restablecido su contraseña
reset-done-text = Se han cerrado todas sus sesiones. Inicie sesión con su contraseña nueva.
reset-unlocked-heading = Su cuenta está desbloqueada
reset-unlocked-text = Inicie sesión con su contraseña actual.
reset-go-sign-in = Ir al inicio de sesión
reset-error-flow-missing = El restablecimiento ha caducado o no llegó a iniciarse. Vuelva a empezar.
reset-error-step-out-of-order = Ese paso no está disponible ahora. Continúe desde esta página.
reset-error-user-id-missing = Escriba su nombre de usuario.
reset-error-user-id-invalid = Escriba su nombre de usuario en forma de dirección de correo electrónico, por ejemplo name@contoso.example.
reset-error-captcha-failed = No hemos podido comprobar que es una persona. Inténtelo de nuevo.
reset-error-gate-missing = Elija cómo quiere recibir un código.
reset-error-code-dead = Demasiados códigos incorrectos. Solicite un código nuevo o use otro método.
reset-error-answers-wrong = Una o varias respuestas no son correctas. Revíselas e inténtelo de nuevo.
reset-error-blocked = Lo ha intentado demasiadas veces. Por su seguridad, el restablecimiento mediante autoservicio está en pausa para esta cuenta hasta { $until }.
reset-error-busy-address = Se han producido demasiados intentos desde su red. Espere una hora e inténtelo de nuevo.
reset-error-passwords-differ = Las dos contraseñas no coinciden.
reset-error-password-too-short = { $min ->
    [one] Use al menos un carácter.
   *[other] Use al menos { $min } caracteres.
}
reset-error-password-missing = Escriba una contraseña nueva.
reset-error-password-common = Esta contraseña está en la lista de las que los atacantes prueban primero. Elija otra, por ejemplo, una frase de varias palabras sin relación entre sí.
reset-error-password-control = Las contraseñas no pueden contener saltos de línea, tabulaciones ni otros caracteres de control. Vuelva a escribirla sin ellos.
reset-error-write-unconfirmed = No hemos podido confirmar que se haya guardado su contraseña nueva. Vuelva a elegirla; la nueva elección sustituye a lo que se haya podido guardar.
reset-writing = Se está guardando su cambio. Vuelva a cargar esta página dentro de un momento.
reset-error-password-too-long = Use como máximo 256 caracteres.
reset-error-password-contains-name = No use su nombre de usuario en la contraseña.
reset-error-write-failed = No hemos podido guardar el cambio en el directorio, así que no se ha modificado nada. Inténtelo de nuevo dentro de un momento.

## Organisation branding on every page

footer-label = Vínculos de la organización
footer-privacy = Privacidad
footer-terms = Términos de uso
footer-helpdesk = Soporte técnico

## Branding studio (/admin/branding, for branding administrators)

studio-title = Estudio de personalización de marca
studio-heading-layer = Configuración: { $layer }
studio-back = Volver al estudio de personalización de marca
studio-preview-banner = Está viendo una vista previa de la personalización de marca sin publicar. Nadie más la verá hasta que se publique.
studio-preview-stop = Detener la vista previa
studio-layer-label = Configuración para
studio-layer-open = Abrir
studio-layer-default = Predeterminada (todos los idiomas)
studio-layer-overridden = { $language } (tiene su propia configuración)
studio-inherited = Si se deja vacío: { $value }
studio-as-default = Como en la configuración predeterminada
studio-as-product = Como se ve el portal sin personalización de marca
studio-show = Mostrar
studio-hide = Ocultar
studio-save = Guardar el borrador
studio-section-identity = Organización
studio-section-colours = Colores
studio-colours-hint = Escriba los colores con el formato #rrggbb, por ejemplo #0b5cad. El texto y los botones deben destacar lo suficiente sobre su fondo para que todo el mundo pueda leerlos, por lo que el estudio comprueba el contraste antes de publicar.
studio-section-layout = Diseño
studio-section-sign-in = Página de inicio de sesión
studio-section-links = Vínculos del pie de página
studio-section-css = CSS personalizado
studio-css-hint = Reglas para los nombres de clase que figuran en la referencia CSS del portal. Las imágenes solo pueden proceder de las imágenes cargadas aquí. Hasta 25 KB.
studio-section-images = Imágenes
studio-section-publish = Publicación
studio-section-publications = Publicaciones
studio-field-organisation-name = Nombre de la organización
studio-field-colour-primary = Botones y vínculos
studio-field-colour-primary-text = Texto de los botones
studio-field-colour-header = Banda del encabezado
studio-field-colour-header-text = Texto de la banda del encabezado
studio-field-colour-text = Texto
studio-field-colour-page = Fondo de la página
studio-field-colour-card = Fondo de la tarjeta
studio-field-colour-focus = Contorno del foco de teclado
studio-field-layout = Diseño de la página
studio-layout-full-bleed = Imagen de fondo que ocupa toda la página
studio-layout-plain = Color de página liso
studio-field-show-header = Mostrar la banda del encabezado
studio-field-show-footer = Mostrar el pie de página
studio-field-sign-in-text = Texto de la página de inicio de sesión
studio-field-user-name-hint = Sugerencia de nombre de usuario
studio-field-cant-access-label = Texto del vínculo para quienes no pueden iniciar sesión
studio-field-show-reset-link = Vínculo para quienes no pueden iniciar sesión
studio-field-privacy-url = Dirección de la declaración de privacidad
studio-field-terms-url = Dirección de los términos de uso
studio-field-helpdesk-url = Dirección del soporte técnico (web o correo electrónico)
studio-field-custom-css = CSS personalizado
studio-field-image-banner-logo = Logotipo de banner
studio-field-image-square-logo = Logotipo cuadrado
studio-field-image-square-logo-dark = Logotipo cuadrado para fondos oscuros
studio-field-image-favicon = Icono del sitio (favicon)
studio-field-image-background = Imagen de fondo
studio-image-limits = { $kinds }, como máximo { $kilobytes } KB y { $width } × { $height } píxeles.
studio-image-upload = Cargar: { $slot }
studio-image-remove = Quitar: { $slot }
studio-image-current = Imagen actual: { $slot }
studio-live-heading = Vista previa en directo
studio-live-caption = Refleja los colores y los textos de arriba mientras escribe, antes de guardar.
studio-preview = Ver el borrador en las páginas reales
studio-email-preview = Ver un correo electrónico con el borrador
studio-publish = Publicar
studio-state-never-published = Todavía no se ha publicado nada: todo el mundo ve el portal sin personalización de marca.
studio-state-published = La versión { $version } está activa.
studio-state-unpublished-changes = El borrador tiene cambios sin publicar.
studio-problems-heading = Corrija lo siguiente antes de publicar
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } tienen un contraste de { $ratio }; se necesita al menos { $minimum }.
studio-problem-too-long = use como máximo { $max } caracteres.
studio-problem-control-character = quite los caracteres de control (como las tabulaciones).
studio-problem-not-a-colour = escriba el color como # seguido de seis dígitos hexadecimales, por ejemplo #0b5cad.
studio-problem-link-not-https = las direcciones web deben empezar por https://.
studio-problem-link-invalid = escriba una dirección web que empiece por https:// o una dirección de correo electrónico.
studio-problem-css = línea { $line }: { $reason }
studio-css-too-long = la hoja de estilos ocupa más de 25 KB.
studio-css-import = no se permite @import; ponga las reglas aquí.
studio-css-external-url = url() solo puede apuntar a una imagen cargada en el estudio.
studio-css-expression = no se permiten expression(), behavior ni -moz-binding.
studio-css-at-rule = solo se permiten @media, @supports, @layer, @container, @font-face y @keyframes.
studio-css-markup = no se permite la secuencia </.
studio-css-unparsable = no es CSS válido (compruebe si falta una llave, dos puntos o unas comillas).
studio-pair-text-on-page = el texto y el fondo de la página
studio-pair-text-on-card = el texto y el fondo de la tarjeta
studio-pair-button-text-on-primary = el texto de los botones y los botones
studio-pair-header-text-on-header = el texto del encabezado y la banda del encabezado
studio-pair-focus-on-page = el contorno del foco y el fondo de la página
studio-column-version = Versión
studio-column-when = Publicada
studio-column-who = Por
studio-column-note = Nota
studio-column-action = Acción
studio-publication-live = Activa ahora
studio-publication-restored = Restaura la versión { $version }
studio-roll-back = Volver a publicar la versión { $version }
studio-done-saved = El borrador se ha guardado. Revíselo en la vista previa y publíquelo cuando esté listo.
studio-done-uploaded = La imagen está en el borrador.
studio-done-removed = La imagen se ha quitado del borrador.
studio-done-published = Publicado. Todas las páginas mostrarán la nueva personalización de marca en pocos segundos.
studio-done-rolled-back = La versión anterior vuelve a estar activa y ahora también es el borrador.
studio-done-preview-stopped = La vista previa ha terminado.
studio-refused-publish = No se ha publicado nada: corrija primero los problemas que se indican a continuación.
studio-refused-no-such-version = Esa versión no existe. No se ha modificado nada.
studio-refused-unavailable = No se ha podido guardar el cambio. No se ha modificado nada; inténtelo de nuevo.
studio-refused-empty = No se ha cargado «{ $slot }»: no se eligió ningún archivo o estaba vacío. No se ha modificado nada.
studio-refused-too-many-bytes = No se ha cargado «{ $slot }»: el archivo ocupa más de { $kilobytes } KB. No se ha modificado nada.
studio-refused-unknown-type = No se ha cargado «{ $slot }»: el archivo no es una imagen PNG, JPEG o WebP (ni, en el caso de los logotipos, un dibujo SVG), diga lo que diga su nombre. No se ha modificado nada.
studio-refused-svg-not-allowed = No se ha cargado «{ $slot }»: los dibujos SVG solo se aceptan para los logotipos. Use PNG, JPEG o WebP. No se ha modificado nada.
studio-refused-too-many-pixels = No se ha cargado «{ $slot }»: la imagen supera los { $width } × { $height } píxeles. No se ha modificado nada.
studio-refused-undecodable = No se ha cargado «{ $slot }»: la imagen está dañada y no se ha podido leer. No se ha modificado nada.
studio-refused-svg-unparsable = No se ha cargado «{ $slot }»: no se ha podido leer el dibujo SVG. No se ha modificado nada.
studio-refused-svg-doctype = No se ha cargado «{ $slot }»: se rechazan los dibujos SVG con DOCTYPE o entidades. No se ha modificado nada.
studio-refused-svg-script = No se ha cargado «{ $slot }»: el dibujo SVG contiene un script. No se ha modificado nada.
studio-refused-svg-foreign-object = No se ha cargado «{ $slot }»: el dibujo SVG incrusta otro contenido (foreignObject). No se ha modificado nada.
studio-refused-svg-event-handler = No se ha cargado «{ $slot }»: el dibujo SVG contiene controladores de eventos (atributos on…). No se ha modificado nada.
studio-refused-svg-external-reference = No se ha cargado «{ $slot }»: el dibujo SVG hace referencia a archivos o direcciones externos. No se ha modificado nada.
studio-refused-svg-too-complex = No se ha cargado «{ $slot }»: el dibujo SVG es demasiado complejo. Simplifíquelo e inténtelo de nuevo. No se ha modificado nada.
studio-refused-svg-marker = No se ha cargado «{ $slot }»: no se admiten los marcadores SVG. No se ha modificado nada.

## Not found

not-found-title = Página no encontrada
not-found-heading = No hemos encontrado esa página.

## Demo outbox (demonstration mode only)

outbox-title = Bandeja de salida de demostración
outbox-heading = Bandeja de salida de demostración
outbox-banner-heading = Modo de demostración
outbox-banner-text = Esta página solo existe en el modo de demostración. Los mensajes no se envían realmente: los correos electrónicos, los mensajes de texto y las llamadas de voz se guardan aquí, incluidos los códigos de un solo uso, para que pueda probar el portal. No utilice nunca un portal real en modo de demostración.
outbox-caption = Los últimos { $limit } mensajes, del más reciente al más antiguo
outbox-empty = Todavía no hay mensajes. Aquí aparecerán los códigos y las notificaciones que envíe el portal.
outbox-time = Hora
outbox-channel = Canal
outbox-recipient = Destinatario
outbox-subject = Asunto
outbox-body = Mensaje
outbox-channel-email = Correo electrónico
outbox-channel-sms = Mensaje de texto
outbox-channel-voice = Llamada de voz

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = ¿En qué ciudad conoció a su primer cónyuge o pareja?
question-city-parents-met = ¿En qué ciudad se conocieron sus padres?
question-city-nearest-sibling = ¿En qué ciudad vive el hermano o la hermana que tiene más cerca?
question-city-father-born = ¿En qué ciudad nació su padre?
question-city-first-job = ¿En qué ciudad tuvo su primer empleo?
question-city-mother-born = ¿En qué ciudad nació su madre?
question-city-new-year-2000 = ¿En qué ciudad recibió el año 2000?
question-high-school-teacher-last-name = ¿Cuál es el apellido de su profesor o profesora favorito del instituto?
question-college-applied-not-attended = ¿Cómo se llama una universidad en la que solicitó plaza pero en la que no llegó a estudiar?
question-first-wedding-reception-place = ¿Dónde se celebró el banquete de su primera boda?
question-father-middle-name = ¿Cuál es el segundo nombre de su padre?
question-favorite-food = ¿Cuál es su comida favorita?
question-maternal-grandmother-name = ¿Cuáles son el nombre y los apellidos de su abuela materna?
question-mother-middle-name = ¿Cuál es el segundo nombre de su madre?
question-oldest-sibling-birthday = ¿En qué mes y año nació su hermano o hermana mayor? (p. ej., noviembre de 1985)
question-oldest-sibling-middle-name = ¿Cuál es el segundo nombre de su hermano o hermana mayor?
question-paternal-grandfather-name = ¿Cuáles son el nombre y los apellidos de su abuelo paterno?
question-youngest-sibling-middle-name = ¿Cuál es el segundo nombre de su hermano o hermana menor?
question-sixth-grade-school = ¿En qué colegio estudió sexto de primaria?
question-childhood-best-friend-name = ¿Cuáles eran el nombre y los apellidos de su mejor amigo o amiga de la infancia?
question-first-significant-other-name = ¿Cuáles eran el nombre y los apellidos de su primer novio o novia?
question-grade-school-teacher-last-name = ¿Cuál era el apellido de su maestro o maestra favorito de primaria?
question-first-car-make-model = ¿Cuáles eran la marca y el modelo de su primer coche o moto?
question-first-school = ¿Cómo se llamaba el primer colegio al que fue?
question-birth-hospital = ¿Cómo se llamaba el hospital en el que nació?
question-childhood-street = ¿Cómo se llamaba la calle de la primera casa de su infancia?
question-childhood-hero = ¿Cómo se llamaba su héroe o heroína de la infancia?
question-favorite-stuffed-animal = ¿Cómo se llamaba su peluche favorito?
question-first-pet = ¿Cómo se llamaba su primera mascota?
question-childhood-nickname = ¿Cuál era su apodo en la infancia?
question-high-school-sport = ¿Cuál era su deporte favorito en el instituto?
question-first-job = ¿Cuál fue su primer trabajo?
question-childhood-phone-last-digits = ¿Cuáles eran las cuatro últimas cifras del teléfono de su casa durante su infancia?
question-childhood-ambition = En su infancia, ¿qué quería ser de mayor?
question-most-famous-person-met = ¿Quién es la persona más famosa que ha conocido?

## Security-info registration

method-email = Correo electrónico
method-mobile-phone = Teléfono móvil
method-office-phone = Teléfono de la oficina
method-security-questions = Preguntas de seguridad
method-questions-count = { $count ->
    [one] { $count } pregunta respondida
   *[other] { $count } preguntas respondidas
}
source-authentication = que ha registrado usted para la verificación, no visible en el directorio
source-directory = procedente de su perfil del directorio
source-administrator = que ha definido su administrador

prompt-title = Se necesita más información
prompt-register-heading = Se necesita más información
prompt-register-why = Su organización necesita una forma de confirmar que es usted cuando olvide su contraseña o su cuenta esté bloqueada. Registre ahora su información de seguridad para poder recuperar el acceso sin ayuda y sin llamar al soporte técnico.
prompt-register-needed = { $count ->
    [one] Necesita al menos un método de verificación.
   *[other] Necesita al menos { $count } métodos de verificación diferentes.
}
prompt-next = Siguiente
prompt-skip = Omitir por ahora
prompt-reconfirm-heading = ¿Siguen siendo correctos estos datos?
prompt-reconfirm-why = Revise la información de seguridad que ha registrado. Si algo ha cambiado, actualícela para poder seguir restableciendo su contraseña.
prompt-looks-good = Todo correcto
prompt-change = Cambiar
prompt-nothing = No se necesita nada más
prompt-go-account = Ir a su cuenta

wizard-title = Registrar la información de seguridad
wizard-start = Volver a empezar
wizard-step-of = Paso { $number } de { $total }
wizard-code-label = Código de verificación
wizard-verify = Verificar
wizard-send-code = Enviar código
wizard-skip-step = Omitir este método
wizard-phone-country = País o región
wizard-phone-number = Número de teléfono
wizard-phone-hint = Sin el prefijo del país, o con el prefijo empezando por +.
wizard-phone-channel = ¿Cómo quiere recibir el código?
wizard-phone-sms = Mensaje de texto (SMS)
wizard-phone-voice = Llamada de voz
wizard-phone-texted = Hemos enviado un mensaje de texto con un código al { $number }.
wizard-phone-called = Estamos llamando al { $number } para dictarle un código.
wizard-phone-resend-heading = ¿No ha recibido el código? Vuelva a enviarlo o use otro número
wizard-phone-reset-uses = Ahora mismo, un restablecimiento de contraseña usaría el { $number }, { $source }.
wizard-phone-reset-none = Todavía no tiene ningún teléfono que se pueda usar para restablecer la contraseña.
wizard-phone-precedence = El número que verifique aquí pasará a ser su teléfono de autenticación, y el restablecimiento lo usará en lugar del teléfono móvil que figura en el directorio.
wizard-office-phone = Teléfono de la oficina: { $number }, establecido por su administrador. No puede cambiarlo aquí.
wizard-email-address = Dirección de correo electrónico
wizard-email-sent = Hemos enviado un correo electrónico con un código a { $address }.
wizard-email-resend-heading = ¿No ha recibido el correo? Vuelva a enviarlo o use otra dirección
wizard-email-reset-uses = Ahora mismo, un restablecimiento de contraseña usaría { $address }, { $source }.
wizard-email-reset-none = Todavía no tiene ninguna dirección de correo electrónico que se pueda usar para restablecer la contraseña.
wizard-email-precedence = La dirección que verifique aquí pasará a ser su correo electrónico de autenticación, y el restablecimiento la usará en lugar del correo electrónico alternativo que figura en el directorio. Use una dirección distinta de la del trabajo.
wizard-questions-intro = { $count ->
    [one] Elija una pregunta y respóndala.
   *[other] Elija { $count } preguntas diferentes y responda a cada una de ellas.
} Las respuestas tienen entre 3 y 40 caracteres; no importan las mayúsculas ni los espacios de más. Nadie, ni siquiera los administradores, puede leerlas.
wizard-question-label = Pregunta { $number }
wizard-answer-label = Respuesta a la pregunta { $number }
wizard-question-choose = Elija una pregunta
wizard-answers-show = Mostrar respuestas
wizard-answers-hide = Ocultar respuestas
wizard-questions-save = Continuar
wizard-questions-retype = Por su seguridad, las respuestas nunca se devuelven a la página: vuelva a escribirlas.
wizard-summary-heading = Revisar y guardar
wizard-summary-skipped = Omitido
wizard-save = Guardar
wizard-cancel = Cancelar

registration-error-not-signed-in = Su sesión ha finalizado. Vuelva a iniciar sesión.
registration-error-flow-missing = Este registro ha caducado o ya se ha completado. Vuelva a empezar para continuar.
registration-error-step-out-of-order = Ese paso no está disponible ahora. Continúe desde el paso que se muestra.
registration-error-phone-missing = Escriba su número de teléfono.
registration-error-country-needed = Elija un país o escriba el número con su prefijo internacional empezando por +.
registration-error-phone-invalid = Este número de teléfono no es válido para el país elegido.
registration-error-email-missing = Escriba su dirección de correo electrónico.
registration-error-email-invalid = Escriba una dirección de correo electrónico como nombre@example.com.
code-error-missing = Escriba el código que le hemos enviado.
code-error-malformed = El código tiene entre 6 y 8 dígitos.
code-error-wrong = { $tries ->
    [one] Ese código no es correcto. Le queda un intento más.
   *[other] Ese código no es correcto. Le quedan { $tries } intentos más.
}
code-error-dead = Demasiados códigos incorrectos. Solicite un código nuevo.
code-error-expired = Ese código ha caducado. Solicite un código nuevo.
code-error-used = Este código ya se ha usado. Solicite un código nuevo.
code-error-none-sent = No hay ningún código pendiente. Solicite un código nuevo.
code-error-too-many = Se han enviado demasiados códigos. Espere una hora o elija otro método.
code-error-delivery-failed = No hemos podido enviar el código. Inténtelo de nuevo o elija otro método.
registration-error-question-missing = Elija una pregunta aquí.
registration-error-question-not-offered = Elija una pregunta de la lista.
registration-error-question-twice = Ya ha elegido esta pregunta. Elija otra diferente.
error-answer-missing = Escriba una respuesta.
registration-error-answer-too-short = Las respuestas deben tener al menos 3 caracteres.
registration-error-answer-too-long = Las respuestas deben tener como máximo 40 caracteres.
registration-error-answer-twice = Ya ha dado esta respuesta a otra pregunta. Escriba una diferente.
registration-error-steps-pending = Complete u omita cada paso antes de guardar.
registration-error-nothing-to-save = No se ha añadido nada. Registre al menos un método o cancele.
registration-error-not-enough-methods = { $needed ->
    [one] Registre al menos un método para poder restablecer su contraseña.
   *[other] Registre al menos { $needed } métodos diferentes para poder restablecer su contraseña.
}

account-security-info = Información de seguridad: registrar, cambiar o eliminar
account-security-info-saved = Se ha guardado su información de seguridad.

message-code-email-subject = Su código de verificación
message-code-email-body = Su código de verificación es { $code }.

    Es válido durante { $minutes } minutos. Si no lo ha solicitado, puede ignorar este correo: sin el código no cambia nada.
message-code-sms = Su código de verificación es { $code }. Es válido durante { $minutes } minutos.
message-code-voice = Su código de verificación es: { $code }. Repito: { $code }.
message-changed-subject = Se ha cambiado su información de seguridad
message-changed-body = Se acaba de cambiar la información de seguridad de su cuenta:
    { $changes }

    Si ha hecho usted este cambio, no tiene que hacer nada. Si no, póngase en contacto con el soporte técnico inmediatamente.
message-changed-phone = el teléfono de autenticación
message-changed-email = el correo electrónico de autenticación
message-changed-questions = las preguntas de seguridad

country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-BE = Bélgica
country-BR = Brasil
country-CA = Canadá
country-CH = Suiza
country-CN = China
country-CZ = Chequia
country-DE = Alemania
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
country-JP = Japón
country-LU = Luxemburgo
country-MT = Malta
country-MX = México
country-NL = Países Bajos
country-NO = Noruega
country-NZ = Nueva Zelanda
country-PL = Polonia
country-PT = Portugal
country-RO = Rumanía
country-SE = Suecia
country-SI = Eslovenia
country-SK = Eslovaquia
country-SM = San Marino
country-TR = Turquía
country-UA = Ucrania
country-US = Estados Unidos
country-VA = Ciudad del Vaticano
country-ZA = Sudáfrica
registration-error-reauth-required = Por su seguridad, vuelva a escribir su contraseña antes de cambiar su información de seguridad.
registration-error-method-not-changeable = Este método no se puede cambiar aquí.
registration-error-wrong-password = Esa contraseña no es correcta.
registration-error-too-many-password-tries = Se han escrito demasiadas contraseñas incorrectas. Espere unos minutos e inténtelo de nuevo.

security-info-title = Información de seguridad
security-info-back = Volver a su cuenta
security-info-usable = { $usable ->
    [one] Un restablecimiento de contraseña puede usar uno de sus métodos
   *[other] Un restablecimiento de contraseña puede usar { $usable } de sus métodos
}; necesita { $required ->
    [one] uno.
   *[other] { $required } diferentes.
}
security-info-not-set = No configurado
security-info-add = Agregar
security-info-change = Cambiar
security-info-delete = Eliminar
security-info-deleted = Se ha eliminado el método.
security-info-delete-title = Eliminar un método
security-info-delete-confirm = ¿Quiere eliminar «{ $method }» de su información de seguridad?
security-info-delete-warning = { $required ->
    [one] Después no le quedaría ningún método y ya no podría restablecer su contraseña sin ayuda.
   *[other] Después tendría menos de { $required } métodos y ya no podría restablecer su contraseña sin ayuda.
}
reauth-title = Confirme que es usted
reauth-submit = Continuar

## Password reset messages

message-reset-subject = Se ha restablecido su contraseña
message-reset-body = Hola:

    Se acaba de restablecer la contraseña de su cuenta a través del portal de autoservicio de contraseñas y se han cerrado todas las sesiones.

    Si ha sido usted, no tiene que hacer nada más. Si no, póngase en contacto con su administrador inmediatamente.

    Iniciar sesión: { $url }
message-unlocked-subject = Se ha desbloqueado su cuenta
message-unlocked-body = Hola:

    Se acaba de desbloquear su cuenta a través del portal de autoservicio de contraseñas. Su contraseña no ha cambiado.

    Si no ha sido usted, póngase en contacto con su administrador inmediatamente.

    Iniciar sesión: { $url }
message-admin-reset-subject = El administrador { $admin } ha restablecido su propia contraseña
message-admin-reset-body = Hola:

    El administrador { $admin } acaba de restablecer su propia contraseña a través del portal de autoservicio de contraseñas.

    Si no lo esperaba, consúltelo con esa persona y revise el registro de auditoría.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Este es un mensaje automático enviado por { $organisation }.
email-footer-privacy = Privacidad
email-footer-terms = Condiciones de uso
email-footer-helpdesk = Soporte técnico
message-from-organisation = { $organisation }: { $text }
