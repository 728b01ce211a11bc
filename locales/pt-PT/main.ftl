### Português (Portugal) (pt-PT). Register: formal/impersonal (3rd person "Introduza", "a sua"),
### as in Microsoft's European Portuguese product UI; spelling per the 1990 Orthographic Agreement.
### Glossary:
###   password = palavra-passe
###   security info = informações de segurança
###   verification code = código de verificação
###   security question = pergunta de segurança
###   helpdesk = suporte técnico
###   administrator = administrador
###   sign in / sign out = iniciar sessão / terminar sessão
###   reset = repor (reposição)
###   unlock / locked = desbloquear / bloqueada
###   account = conta
###   user name = nome de utilizador
###   email = e-mail (endereço de e-mail)
###   text message = mensagem de texto (SMS)
###   mobile phone / office phone = telemóvel / telefone do escritório
###   directory = diretório
###   register (security info) = registar
###   self-service = autosserviço

## Shared by every page

product-name = Autosserviço de conta
skip-to-content = Avançar para o conteúdo principal
loading = A carregar…
language-label = Idioma
# Apresentado no seletor de idioma: o nome deste idioma, neste idioma.
language-name = Português (Portugal)
language-apply = Alterar idioma
password-show = Mostrar palavra-passe
password-hide = Ocultar palavra-passe

## Errors

error-user-name-missing = Introduza o seu nome de utilizador.
error-user-name-invalid = Isto não parece um nome de utilizador. Verifique o que escreveu e tente novamente.
error-password-missing = Introduza a sua palavra-passe.
error-invalid-credentials = O nome de utilizador ou a palavra-passe estão incorretos. Verifique ambos e tente novamente.
error-account-locked = A sua conta está bloqueada. Para a desbloquear, escolha «Não consegue aceder à sua conta?» abaixo ou contacte o suporte técnico.
error-sign-in-paused = Houve demasiadas tentativas de início de sessão falhadas com este nome de utilizador. Para proteger a conta, o início de sessão está suspenso até { $until }. Se se esqueceu da palavra-passe, pode repô-la agora.
error-sign-in-busy-address = Houve demasiadas tentativas de início de sessão falhadas a partir da sua rede. Aguarde uma hora e tente novamente.
error-unavailable = Ocorreu um problema do nosso lado. Tente novamente dentro de alguns minutos.
error-transport = Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.

## Sign-in page

sign-in-title = Iniciar sessão
sign-in-heading = Inicie sessão na sua conta
sign-in-user-name = Nome de utilizador
sign-in-password = Palavra-passe
sign-in-submit = Iniciar sessão
sign-in-cant-access = Não consegue aceder à sua conta?

## Account page

account-title = A sua conta
account-heading = A sua conta
account-signed-in-as = Sessão iniciada como
account-sign-out = Terminar sessão
account-signed-out = Não tem sessão iniciada.
account-go-sign-in = Ir para o início de sessão

## Password reset

reset-title = Repor a palavra-passe
reset-heading = Recupere o acesso à sua conta
reset-back-to-sign-in = Voltar ao início de sessão
reset-intro = Introduza o seu nome de utilizador: iremos ajudar a comprovar a sua identidade e, em seguida, poderá escolher uma nova palavra-passe.
reset-user-id = Nome de utilizador
reset-user-id-hint = Normalmente, é o seu endereço de e-mail profissional, por exemplo name@contoso.example.
reset-next = Seguinte
captcha-question = Para provar que é uma pessoa: quanto é { $a } mais { $b }?
captcha-hint = Escreva a resposta em algarismos.
captcha-checking = A verificar que é uma pessoa…
captcha-done = Concluído: o seu navegador provou que é uma pessoa. Selecione Seguinte para continuar.
reset-start-again = Começar de novo
reset-verify-heading = Comprove a sua identidade
reset-gate-of = Verificação { $number } de { $total }
reset-gate-legend = Como pretende receber um código de verificação?
reset-gate-email = Enviar um código por e-mail para { $destination }
reset-gate-mobile-sms = Enviar um código por SMS para o meu telemóvel { $destination }
reset-gate-mobile-voice = Ligar para o meu telemóvel { $destination }
reset-gate-office-voice = Ligar para o meu telefone do escritório { $destination }
reset-gate-questions = Responder às minhas perguntas de segurança
reset-code-sent-email = Enviámos um e-mail com um código de verificação para { $destination }.
reset-code-sent-sms = Enviámos uma mensagem de texto com um código de verificação para o { $destination }.
reset-code-sent-voice = Estamos a ligar para o { $destination } para lhe ditar um código de verificação.
reset-code-resend = Enviar um novo código
reset-other-method = Utilizar outro método
reset-questions-heading = Responda às suas perguntas de segurança
reset-password-heading = Escolha uma nova palavra-passe
reset-password-hint = { $min ->
    [one] Utilize pelo menos um caráter.
   *[other] Utilize pelo menos { $min } carateres. O ideal é uma frase longa que consiga memorizar; evite o seu nome e palavras-passe comuns.
}
reset-password-new = Nova palavra-passe
reset-password-confirm = Confirmar a nova palavra-passe
reset-password-strength-0 = Robustez estimada: muito fraca
reset-password-strength-1 = Robustez estimada: fraca
reset-password-strength-2 = Robustez estimada: razoável
reset-password-strength-3 = Robustez estimada: forte
reset-password-strength-4 = Robustez estimada: muito forte
reset-password-strength-note = Uma estimativa feita no seu navegador para ajudar na escolha. São as regras acima que determinam se a palavra-passe é aceite.
reset-password-submit = Repor palavra-passe
reset-unlock-only-text = A sua conta está bloqueada. Se ainda se lembra da palavra-passe, pode desbloquear a conta e manter a palavra-passe atual.
reset-unlock-only = Apenas desbloquear
reset-contact-heading = Contacte o seu administrador
reset-contact-text = Não pode repor a sua palavra-passe aqui. O seu administrador pode ajudar a recuperar o acesso à sua conta.
reset-contact-helpdesk = Contactar o suporte técnico
reset-done-heading = A sua palavra-passe foi reposta
reset-done-text = Todas as suas sessões foram terminadas. Inicie sessão com a nova palavra-passe.
reset-unlocked-heading = A sua conta está desbloqueada
reset-unlocked-text = Inicie sessão com a sua palavra-passe atual.
reset-go-sign-in = Ir para o início de sessão
reset-error-flow-missing = A reposição expirou ou nunca foi iniciada. Comece de novo.
reset-error-step-out-of-order = Esse passo não está disponível agora. Continue a partir desta página.
reset-error-user-id-missing = Introduza o seu nome de utilizador.
reset-error-user-id-invalid = Introduza o seu nome de utilizador no formato de um endereço de e-mail, por exemplo name@contoso.example.
reset-error-captcha-failed = Não foi possível verificar que é uma pessoa. Tente novamente.
reset-error-gate-missing = Escolha como pretende receber um código.
reset-error-code-dead = Demasiados códigos errados. Peça um novo código ou utilize outro método.
reset-error-answers-wrong = Uma ou mais respostas não estão corretas. Verifique-as e tente novamente.
reset-error-blocked = Tentou demasiadas vezes. Por motivos de segurança, a reposição em autosserviço está suspensa para esta conta até { $until }.
reset-error-busy-address = Houve demasiadas tentativas a partir da sua rede. Aguarde uma hora e tente novamente.
reset-error-passwords-differ = As duas palavras-passe não coincidem.
reset-error-password-too-short = { $min ->
    [one] Utilize pelo menos um caráter.
   *[other] Utilize pelo menos { $min } carateres.
}
reset-error-password-missing = Introduza uma nova palavra-passe.
reset-error-password-common = Esta palavra-passe consta da lista das que os atacantes experimentam primeiro. Escolha outra, por exemplo, uma frase com algumas palavras sem relação entre si.
reset-error-password-control = As palavras-passe não podem conter quebras de linha, tabulações ou outros carateres de controlo. Escreva-a novamente sem esses carateres.
reset-error-write-unconfirmed = Não foi possível confirmar que a nova palavra-passe foi guardada. Escolha-a novamente; a nova escolha substitui o que possa ter sido guardado.
reset-writing = A sua alteração está a ser guardada. Recarregue esta página dentro de momentos.
reset-error-password-too-long = Utilize no máximo 256 carateres.
reset-error-password-contains-name = Não utilize o seu nome de utilizador na palavra-passe.
reset-error-write-failed = Não foi possível guardar a alteração no diretório, pelo que nada foi alterado. Tente novamente dentro de momentos.

## Organisation branding on every page

footer-label = Ligações da organização
footer-privacy = Privacidade
footer-terms = Termos de utilização
footer-helpdesk = Suporte técnico

## Branding studio (/admin/branding, for branding administrators)

studio-title = Estúdio de imagem corporativa
studio-heading-layer = Definições: { $layer }
studio-back = Voltar ao estúdio de imagem corporativa
studio-preview-banner = Está a pré-visualizar a imagem corporativa não publicada. Mais ninguém a vê até ser publicada.
studio-preview-stop = Parar a pré-visualização
studio-layer-label = Definições para
studio-layer-open = Abrir
studio-layer-default = Predefinição (todos os idiomas)
studio-layer-overridden = { $language } (tem definições próprias)
studio-inherited = Se estiver vazio: { $value }
studio-as-default = Como nas definições predefinidas
studio-as-product = Como o portal aparece sem imagem corporativa
studio-show = Mostrar
studio-hide = Ocultar
studio-save = Guardar o rascunho
studio-section-identity = Organização
studio-section-colours = Cores
studio-colours-hint = Escreva as cores no formato #rrggbb, por exemplo #0b5cad. O texto e os botões têm de se destacar o suficiente do fundo para poderem ser lidos por todos, pelo que o estúdio verifica o contraste antes da publicação.
studio-section-layout = Esquema
studio-section-sign-in = Página de início de sessão
studio-section-links = Ligações do rodapé
studio-section-css = CSS personalizado
studio-css-hint = Regras para os nomes de classe indicados na referência de CSS do portal. As imagens só podem provir das imagens carregadas aqui. Até 25 KB.
studio-section-images = Imagens
studio-section-publish = Publicação
studio-section-publications = Publicações
studio-field-organisation-name = Nome da organização
studio-field-colour-primary = Botões e ligações
studio-field-colour-primary-text = Texto nos botões
studio-field-colour-header = Faixa do cabeçalho
studio-field-colour-header-text = Texto na faixa do cabeçalho
studio-field-colour-text = Texto
studio-field-colour-page = Fundo da página
studio-field-colour-card = Fundo do cartão
studio-field-colour-focus = Indicador de foco do teclado
studio-field-layout = Esquema da página
studio-layout-full-bleed = Imagem de fundo a preencher a página
studio-layout-plain = Cor de fundo simples
studio-field-show-header = Mostrar a faixa do cabeçalho
studio-field-show-footer = Mostrar o rodapé
studio-field-sign-in-text = Texto da página de início de sessão
studio-field-user-name-hint = Sugestão de nome de utilizador
studio-field-cant-access-label = Texto da ligação para quem não consegue iniciar sessão
studio-field-show-reset-link = Ligação para quem não consegue iniciar sessão
studio-field-privacy-url = Endereço da declaração de privacidade
studio-field-terms-url = Endereço dos termos de utilização
studio-field-helpdesk-url = Endereço do suporte técnico (Web ou e-mail)
studio-field-custom-css = CSS personalizado
studio-field-image-banner-logo = Logótipo de faixa
studio-field-image-square-logo = Logótipo quadrado
studio-field-image-square-logo-dark = Logótipo quadrado para fundos escuros
studio-field-image-favicon = Ícone do site (favicon)
studio-field-image-background = Imagem de fundo
studio-image-limits = { $kinds }, no máximo { $kilobytes } KB e { $width } × { $height } píxeis.
studio-image-upload = Carregar: { $slot }
studio-image-remove = Remover: { $slot }
studio-image-current = Imagem atual: { $slot }
studio-live-heading = Pré-visualização em direto
studio-live-caption = Acompanha as cores e os textos acima à medida que escreve, antes de guardar.
studio-preview = Pré-visualizar o rascunho nas páginas reais
studio-email-preview = Pré-visualizar um e-mail com o rascunho
studio-publish = Publicar
studio-state-never-published = Ainda não foi publicado nada: todos veem o portal sem imagem corporativa.
studio-state-published = A versão { $version } está em vigor.
studio-state-unpublished-changes = O rascunho tem alterações que não estão publicadas.
studio-problems-heading = Corrija estes problemas antes de publicar
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: o contraste entre { $pair } é de { $ratio }; é necessário, no mínimo, { $minimum }.
studio-problem-too-long = utilize, no máximo, { $max } carateres.
studio-problem-control-character = remova os carateres de controlo (como tabulações).
studio-problem-not-a-colour = escreva a cor como # seguido de seis dígitos hexadecimais, por exemplo #0b5cad.
studio-problem-link-not-https = os endereços Web têm de começar por https://.
studio-problem-link-invalid = escreva um endereço Web que comece por https:// ou um endereço de e-mail.
studio-problem-css = linha { $line }: { $reason }
studio-css-too-long = a folha de estilos tem mais de 25 KB.
studio-css-import = @import não é permitido; coloque as regras aqui.
studio-css-external-url = url() só pode apontar para uma imagem carregada no estúdio.
studio-css-expression = expression(), behavior e -moz-binding não são permitidos.
studio-css-at-rule = só são permitidos @media, @supports, @layer, @container, @font-face e @keyframes.
studio-css-markup = a sequência </ não é permitida.
studio-css-unparsable = isto não é CSS válido (verifique se falta uma chaveta, dois pontos ou aspas).
studio-pair-text-on-page = o texto e o fundo da página
studio-pair-text-on-card = o texto e o fundo do cartão
studio-pair-button-text-on-primary = o texto dos botões e os botões
studio-pair-header-text-on-header = o texto do cabeçalho e a faixa do cabeçalho
studio-pair-focus-on-page = o indicador de foco e o fundo da página
studio-column-version = Versão
studio-column-when = Publicada em
studio-column-who = Por
studio-column-note = Nota
studio-column-action = Ação
studio-publication-live = Em vigor
studio-publication-restored = Repõe a versão { $version }
studio-roll-back = Publicar novamente a versão { $version }
studio-done-saved = O rascunho foi guardado. Pré-visualize-o e publique-o quando estiver pronto.
studio-done-uploaded = A imagem está no rascunho.
studio-done-removed = A imagem foi removida do rascunho.
studio-done-published = Publicado. Todas as páginas mostram a nova imagem corporativa dentro de alguns segundos.
studio-done-rolled-back = A versão anterior está novamente em vigor e passou também a ser o rascunho.
studio-done-preview-stopped = A pré-visualização terminou.
studio-refused-publish = Não foi publicado nada: corrija primeiro os problemas indicados abaixo.
studio-refused-no-such-version = Essa versão não existe. Nada foi alterado.
studio-refused-unavailable = Não foi possível guardar a alteração. Nada foi alterado; tente novamente.
studio-refused-empty = Não foi possível carregar «{ $slot }»: não foi escolhido nenhum ficheiro ou o ficheiro estava vazio. Nada foi alterado.
studio-refused-too-many-bytes = Não foi possível carregar «{ $slot }»: o ficheiro tem mais de { $kilobytes } KB. Nada foi alterado.
studio-refused-unknown-type = Não foi possível carregar «{ $slot }»: o ficheiro não é uma imagem PNG, JPEG ou WebP (nem um desenho SVG, no caso dos logótipos), independentemente do nome. Nada foi alterado.
studio-refused-svg-not-allowed = Não foi possível carregar «{ $slot }»: os desenhos SVG só são aceites para logótipos. Utilize PNG, JPEG ou WebP. Nada foi alterado.
studio-refused-too-many-pixels = Não foi possível carregar «{ $slot }»: a imagem tem mais de { $width } × { $height } píxeis. Nada foi alterado.
studio-refused-undecodable = Não foi possível carregar «{ $slot }»: a imagem está danificada e não foi possível lê-la. Nada foi alterado.
studio-refused-svg-unparsable = Não foi possível carregar «{ $slot }»: não foi possível ler o desenho SVG. Nada foi alterado.
studio-refused-svg-doctype = Não foi possível carregar «{ $slot }»: os desenhos SVG com DOCTYPE ou entidades são recusados. Nada foi alterado.
studio-refused-svg-script = Não foi possível carregar «{ $slot }»: o desenho SVG contém um script. Nada foi alterado.
studio-refused-svg-foreign-object = Não foi possível carregar «{ $slot }»: o desenho SVG incorpora outro conteúdo (foreignObject). Nada foi alterado.
studio-refused-svg-event-handler = Não foi possível carregar «{ $slot }»: o desenho SVG contém processadores de eventos (atributos on…). Nada foi alterado.
studio-refused-svg-external-reference = Não foi possível carregar «{ $slot }»: o desenho SVG faz referência a ficheiros ou endereços externos. Nada foi alterado.
studio-refused-svg-too-complex = Não foi possível carregar «{ $slot }»: o desenho SVG é demasiado complexo. Simplifique-o e tente novamente. Nada foi alterado.
studio-refused-svg-marker = Não foi possível carregar «{ $slot }»: os marcadores SVG não são suportados. Nada foi alterado.

## Not found

not-found-title = Página não encontrada
not-found-heading = Não foi possível encontrar essa página.

## Demo outbox (demonstration mode only)

outbox-title = Caixa de saída de demonstração
outbox-heading = Caixa de saída de demonstração
outbox-banner-heading = Modo de demonstração
outbox-banner-text = Esta página só existe no modo de demonstração. As mensagens não são realmente enviadas: os e-mails, as mensagens de texto e as chamadas de voz ficam guardados aqui, incluindo os códigos de utilização única, para que possa experimentar o portal. Nunca utilize um portal real no modo de demonstração.
outbox-caption = As últimas { $limit } mensagens, da mais recente para a mais antiga
outbox-empty = Ainda não há mensagens. Os códigos e as notificações enviados pelo portal aparecerão aqui.
outbox-time = Hora
outbox-channel = Canal
outbox-recipient = Destinatário
outbox-subject = Assunto
outbox-body = Mensagem
outbox-channel-email = E-mail
outbox-channel-sms = Mensagem de texto
outbox-channel-voice = Chamada de voz

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Em que cidade conheceu o seu primeiro cônjuge ou companheiro/a?
question-city-parents-met = Em que cidade se conheceram os seus pais?
question-city-nearest-sibling = Em que cidade vive o irmão ou a irmã que tem mais perto?
question-city-father-born = Em que cidade nasceu o seu pai?
question-city-first-job = Em que cidade teve o seu primeiro emprego?
question-city-mother-born = Em que cidade nasceu a sua mãe?
question-city-new-year-2000 = Em que cidade estava na passagem de ano para 2000?
question-high-school-teacher-last-name = Qual é o apelido do seu professor ou professora preferido do secundário?
question-college-applied-not-attended = Qual é o nome de uma universidade a que se candidatou, mas que não frequentou?
question-first-wedding-reception-place = Onde foi o copo-d'água do seu primeiro casamento?
question-father-middle-name = Qual é o segundo nome próprio do seu pai?
question-favorite-food = Qual é a sua comida preferida?
question-maternal-grandmother-name = Quais são o nome e o apelido da sua avó materna?
question-mother-middle-name = Qual é o segundo nome próprio da sua mãe?
question-oldest-sibling-birthday = Em que mês e ano nasceu o mais velho dos seus irmãos? (por ex., novembro de 1985)
question-oldest-sibling-middle-name = Qual é o segundo nome próprio do mais velho dos seus irmãos?
question-paternal-grandfather-name = Quais são o nome e o apelido do seu avô paterno?
question-youngest-sibling-middle-name = Qual é o segundo nome próprio do mais novo dos seus irmãos?
question-sixth-grade-school = Em que escola frequentou o 6.º ano?
question-childhood-best-friend-name = Quais eram o nome e o apelido do seu melhor amigo ou amiga de infância?
question-first-significant-other-name = Quais eram o nome e o apelido do seu primeiro namorado ou namorada?
question-grade-school-teacher-last-name = Qual era o apelido do seu professor ou professora preferido da primária?
question-first-car-make-model = Quais eram a marca e o modelo do seu primeiro carro ou mota?
question-first-school = Qual era o nome da primeira escola que frequentou?
question-birth-hospital = Qual era o nome do hospital ou maternidade onde nasceu?
question-childhood-street = Qual era o nome da rua da primeira casa onde viveu em criança?
question-childhood-hero = Qual era o nome do seu herói de infância?
question-favorite-stuffed-animal = Qual era o nome do seu peluche preferido?
question-first-pet = Qual era o nome do seu primeiro animal de estimação?
question-childhood-nickname = Qual era a sua alcunha em criança?
question-high-school-sport = Qual era o seu desporto preferido no secundário?
question-first-job = Qual foi o seu primeiro emprego?
question-childhood-phone-last-digits = Quais eram os últimos quatro algarismos do seu número de telefone em criança?
question-childhood-ambition = Em criança, o que queria ser quando fosse grande?
question-most-famous-person-met = Qual é a pessoa mais famosa que já conheceu?

## Security-info registration

method-email = E-mail
method-mobile-phone = Telemóvel
method-office-phone = Telefone do escritório
method-security-questions = Perguntas de segurança
method-questions-count = { $count ->
    [one] { $count } pergunta respondida
   *[other] { $count } perguntas respondidas
}
source-authentication = registado por si para verificação, não visível no diretório
source-directory = do seu perfil no diretório
source-administrator = definido pelo seu administrador

prompt-title = São necessárias mais informações
prompt-register-heading = São necessárias mais informações
prompt-register-why = A sua organização precisa de uma forma de confirmar a sua identidade quando se esquecer da palavra-passe ou quando a sua conta estiver bloqueada. Registe agora as suas informações de segurança para poder recuperar o acesso de forma autónoma, sem ligar para o suporte técnico.
prompt-register-needed = { $count ->
    [one] Precisa de, pelo menos, um método de verificação.
   *[other] Precisa de, pelo menos, { $count } métodos de verificação diferentes.
}
prompt-next = Seguinte
prompt-skip = Ignorar por agora
prompt-reconfirm-heading = Estas informações continuam corretas?
prompt-reconfirm-why = Verifique as informações de segurança que registou. Se algo mudou, atualize-as para continuar a poder repor a sua palavra-passe.
prompt-looks-good = Está tudo correto
prompt-change = Alterar
prompt-nothing = Não é necessário mais nada
prompt-go-account = Ir para a sua conta

wizard-title = Registar informações de segurança
wizard-start = Começar de novo
wizard-step-of = Passo { $number } de { $total }
wizard-code-label = Código de verificação
wizard-verify = Verificar
wizard-send-code = Enviar código
wizard-skip-step = Ignorar este método
wizard-phone-country = País ou região
wizard-phone-number = Número de telefone
wizard-phone-hint = Sem o indicativo do país, ou com o indicativo começado por +.
wizard-phone-channel = Como pretende receber o código?
wizard-phone-sms = Mensagem de texto (SMS)
wizard-phone-voice = Chamada de voz
wizard-phone-texted = Enviámos uma mensagem de texto com um código para o { $number }.
wizard-phone-called = Estamos a ligar para o { $number } para lhe ditar um código.
wizard-phone-resend-heading = Não recebeu o código? Envie-o novamente ou utilize outro número
wizard-phone-reset-uses = Neste momento, uma reposição da palavra-passe utilizaria o { $number }, { $source }.
wizard-phone-reset-none = Ainda não tem nenhum telefone que possa ser utilizado para repor a palavra-passe.
wizard-phone-precedence = O número que verificar aqui passa a ser o seu telefone de autenticação, e a reposição passa a utilizá-lo em vez do telemóvel indicado no diretório.
wizard-office-phone = Telefone do escritório: { $number }, definido pelo seu administrador. Não o pode alterar aqui.
wizard-email-address = Endereço de e-mail
wizard-email-sent = Enviámos um e-mail com um código para { $address }.
wizard-email-resend-heading = Não recebeu o e-mail? Envie-o novamente ou utilize outro endereço
wizard-email-reset-uses = Neste momento, uma reposição da palavra-passe utilizaria { $address }, { $source }.
wizard-email-reset-none = Ainda não tem nenhum endereço de e-mail que possa ser utilizado para repor a palavra-passe.
wizard-email-precedence = O endereço que verificar aqui passa a ser o seu e-mail de autenticação, e a reposição passa a utilizá-lo em vez do e-mail alternativo indicado no diretório. Utilize um endereço diferente do endereço profissional.
wizard-questions-intro = { $count ->
    [one] Escolha uma pergunta e responda-lhe.
   *[other] Escolha { $count } perguntas diferentes e responda a cada uma delas.
} As respostas têm entre 3 e 40 carateres; as maiúsculas e os espaços a mais não contam. Ninguém, nem mesmo os administradores, as pode ler.
wizard-question-label = Pergunta { $number }
wizard-answer-label = Resposta à pergunta { $number }
wizard-question-choose = Escolha uma pergunta
wizard-answers-show = Mostrar respostas
wizard-answers-hide = Ocultar respostas
wizard-questions-save = Continuar
wizard-questions-retype = Por motivos de segurança, as respostas nunca são devolvidas à página: escreva-as novamente.
wizard-summary-heading = Verificar e guardar
wizard-summary-skipped = Ignorado
wizard-save = Guardar
wizard-cancel = Cancelar

registration-error-not-signed-in = A sua sessão terminou. Inicie sessão novamente.
registration-error-flow-missing = Este registo expirou ou já foi concluído. Comece de novo para continuar.
registration-error-step-out-of-order = Esse passo não está disponível agora. Continue a partir do passo apresentado.
registration-error-phone-missing = Introduza o seu número de telefone.
registration-error-country-needed = Escolha um país ou escreva o número com o indicativo internacional começado por +.
registration-error-phone-invalid = Este número de telefone não é válido para o país escolhido.
registration-error-email-missing = Introduza o seu endereço de e-mail.
registration-error-email-invalid = Introduza um endereço de e-mail como nome@example.com.
code-error-missing = Introduza o código que lhe enviámos.
code-error-malformed = O código tem entre 6 e 8 algarismos.
code-error-wrong = { $tries ->
    [one] Esse código não está correto. Tem mais uma tentativa.
   *[other] Esse código não está correto. Tem mais { $tries } tentativas.
}
code-error-dead = Demasiados códigos errados. Peça um novo código.
code-error-expired = Esse código expirou. Peça um novo código.
code-error-used = Este código já foi utilizado. Peça um novo código.
code-error-none-sent = Não há nenhum código pendente. Peça um novo código.
code-error-too-many = Foram enviados demasiados códigos. Aguarde uma hora ou escolha outro método.
code-error-delivery-failed = Não foi possível enviar o código. Tente novamente ou escolha outro método.
registration-error-question-missing = Escolha uma pergunta aqui.
registration-error-question-not-offered = Escolha uma pergunta da lista.
registration-error-question-twice = Já escolheu esta pergunta. Escolha outra.
error-answer-missing = Introduza uma resposta.
registration-error-answer-too-short = As respostas têm de ter, pelo menos, 3 carateres.
registration-error-answer-too-long = As respostas podem ter, no máximo, 40 carateres.
registration-error-answer-twice = Já deu esta resposta a outra pergunta. Escreva uma resposta diferente.
registration-error-steps-pending = Conclua ou ignore cada passo antes de guardar.
registration-error-nothing-to-save = Não foi adicionado nada. Registe pelo menos um método ou cancele.
registration-error-not-enough-methods = { $needed ->
    [one] Registe pelo menos um método para poder repor a sua palavra-passe.
   *[other] Registe pelo menos { $needed } métodos diferentes para poder repor a sua palavra-passe.
}

account-security-info = Informações de segurança: registar, alterar ou eliminar
account-security-info-saved = As suas informações de segurança foram guardadas.

message-code-email-subject = O seu código de verificação
message-code-email-body = O seu código de verificação é { $code }.

    É válido durante { $minutes } minutos. Se não o pediu, pode ignorar este e-mail: sem o código, nada é alterado.
message-code-sms = O seu código de verificação é { $code }. É válido durante { $minutes } minutos.
message-code-voice = O seu código de verificação é: { $code }. Repito: { $code }.
message-changed-subject = As suas informações de segurança foram alteradas
message-changed-body = As informações de segurança da sua conta acabaram de ser alteradas:
    { $changes }

    Se a alteração foi feita por si, não precisa de fazer nada. Caso contrário, contacte imediatamente o suporte técnico.
message-changed-phone = o telefone de autenticação
message-changed-email = o e-mail de autenticação
message-changed-questions = as perguntas de segurança

country-AR = Argentina
country-AT = Áustria
country-AU = Austrália
country-BE = Bélgica
country-BR = Brasil
country-CA = Canadá
country-CH = Suíça
country-CN = China
country-CZ = Chéquia
country-DE = Alemanha
country-DK = Dinamarca
country-ES = Espanha
country-FI = Finlândia
country-FR = França
country-GB = Reino Unido
country-GR = Grécia
country-HR = Croácia
country-HU = Hungria
country-IE = Irlanda
country-IN = Índia
country-IT = Itália
country-JP = Japão
country-LU = Luxemburgo
country-MT = Malta
country-MX = México
country-NL = Países Baixos
country-NO = Noruega
country-NZ = Nova Zelândia
country-PL = Polónia
country-PT = Portugal
country-RO = Roménia
country-SE = Suécia
country-SI = Eslovénia
country-SK = Eslováquia
country-SM = São Marinho
country-TR = Turquia
country-UA = Ucrânia
country-US = Estados Unidos
country-VA = Cidade do Vaticano
country-ZA = África do Sul
registration-error-reauth-required = Por motivos de segurança, introduza novamente a sua palavra-passe antes de alterar as suas informações de segurança.
registration-error-method-not-changeable = Este método não pode ser alterado aqui.
registration-error-wrong-password = Essa palavra-passe não está correta.
registration-error-too-many-password-tries = Foram introduzidas demasiadas palavras-passe erradas. Aguarde alguns minutos e tente novamente.

security-info-title = Informações de segurança
security-info-back = Voltar à sua conta
security-info-usable = { $usable ->
    [one] Uma reposição da palavra-passe pode utilizar um dos seus métodos
   *[other] Uma reposição da palavra-passe pode utilizar { $usable } dos seus métodos
}; precisa de { $required ->
    [one] um.
   *[other] { $required } diferentes.
}
security-info-not-set = Não configurado
security-info-add = Adicionar
security-info-change = Alterar
security-info-delete = Eliminar
security-info-deleted = O método foi eliminado.
security-info-delete-title = Eliminar um método
security-info-delete-confirm = Pretende eliminar «{ $method }» das suas informações de segurança?
security-info-delete-warning = { $required ->
    [one] Depois disto, não lhe restaria nenhum método e deixaria de poder repor a sua palavra-passe de forma autónoma.
   *[other] Depois disto, teria menos de { $required } métodos e deixaria de poder repor a sua palavra-passe de forma autónoma.
}
reauth-title = Confirme a sua identidade
reauth-submit = Continuar

## Password reset messages

message-reset-subject = A sua palavra-passe foi reposta
message-reset-body = Olá,

    A palavra-passe da sua conta acabou de ser reposta através do portal de autosserviço de palavras-passe e todas as sessões foram terminadas.

    Se esta ação foi sua, não precisa de fazer mais nada. Caso contrário, contacte imediatamente o seu administrador.

    Iniciar sessão: { $url }
message-unlocked-subject = A sua conta foi desbloqueada
message-unlocked-body = Olá,

    A sua conta acabou de ser desbloqueada através do portal de autosserviço de palavras-passe. A sua palavra-passe não foi alterada.

    Se esta ação não foi sua, contacte imediatamente o seu administrador.

    Iniciar sessão: { $url }
message-admin-reset-subject = O administrador { $admin } repôs a sua própria palavra-passe
message-admin-reset-body = Olá,

    O administrador { $admin } acabou de repor a sua própria palavra-passe através do portal de autosserviço de palavras-passe.

    Se não estava à espera disto, confirme com essa pessoa e reveja o registo de auditoria.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Esta é uma mensagem automática enviada por { $organisation }.
email-footer-privacy = Privacidade
email-footer-terms = Termos de utilização
email-footer-helpdesk = Suporte técnico
message-from-organisation = { $organisation }: { $text }
