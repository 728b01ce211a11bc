### Português (Brasil) (pt-BR). Register: "você", mostly implicit, with the imperative used in
### Microsoft's Brazilian Portuguese product UI ("Insira sua senha", "Escolha…"); possessives without
### article ("sua senha").
### Glossary:
###   password = senha
###   security info = informações de segurança
###   verification code = código de verificação
###   security question = pergunta de segurança
###   helpdesk = suporte técnico
###   administrator = administrador
###   sign in = entrar (noun: entrada) / sign out = sair
###   reset = redefinir (noun: redefinição)
###   unlock = desbloquear
###   account = conta
###   user name = nome de usuário
###   email = email
###   text message = mensagem de texto (SMS)
###   directory = diretório
###   method = método

## Shared by every page

product-name = Autoatendimento da conta
skip-to-content = Pular para o conteúdo principal
loading = Carregando…
language-label = Idioma
# Shown in the language picker: the name of this language, in this language.
language-name = Português (Brasil)
language-apply = Alterar idioma
password-show = Mostrar senha
password-hide = Ocultar senha

## Errors

error-user-name-missing = Insira seu nome de usuário.
error-user-name-invalid = Isso não parece ser um nome de usuário. Verifique o que você digitou e tente novamente.
error-password-missing = Insira sua senha.
error-invalid-credentials = Seu nome de usuário ou sua senha estão incorretos. Verifique os dois e tente novamente.
error-account-locked = Sua conta está bloqueada. Para desbloqueá-la, escolha “Não consegue acessar sua conta?” abaixo ou entre em contato com o suporte técnico.
error-sign-in-paused = Houve muitas tentativas de entrada com falha para este nome de usuário. Para proteger a conta, a entrada está suspensa até { $until }. Se você esqueceu sua senha, pode redefini-la agora.
error-sign-in-busy-address = Houve muitas tentativas de entrada com falha a partir da sua rede. Aguarde uma hora e tente novamente.
error-unavailable = Algo deu errado do nosso lado. Tente novamente em alguns minutos.
error-transport = Não foi possível conectar ao servidor. Verifique sua conexão e tente novamente.

## Sign-in page

sign-in-title = Entrar
sign-in-heading = Entre na sua conta
sign-in-user-name = Nome de usuário
sign-in-password = Senha
sign-in-submit = Entrar
sign-in-cant-access = Não consegue acessar sua conta?

## Account page

account-title = Sua conta
account-heading = Sua conta
account-signed-in-as = Você entrou como
account-sign-out = Sair
account-signed-out = Você não entrou na sua conta.
account-go-sign-in = Ir para a página de entrada

## Password reset

reset-title = Redefinir sua senha
reset-heading = Recupere o acesso à sua conta
reset-back-to-sign-in = Voltar para a página de entrada
reset-intro = Insira seu nome de usuário e ajudaremos você a provar que é você; depois, escolha uma nova senha.
reset-user-id = Nome de usuário
reset-user-id-hint = Geralmente é seu endereço de email corporativo, por exemplo, name@contoso.example.
reset-next = Avançar
captcha-question = Para mostrar que você é uma pessoa: quanto é { $a } mais { $b }?
captcha-hint = Digite a resposta em algarismos.
captcha-checking = Verificando se você é uma pessoa…
captcha-done = Pronto: seu navegador comprovou que você é uma pessoa. Continue com Avançar.
reset-start-again = Recomeçar
reset-verify-heading = Prove que é você
reset-gate-of = Verificação { $number } de { $total }
reset-gate-legend = Como você quer receber um código de verificação?
reset-gate-email = Enviar um código por email para { $destination }
reset-gate-mobile-sms = Enviar um código por mensagem de texto para meu celular { $destination }
reset-gate-mobile-voice = Ligar para meu celular { $destination }
reset-gate-office-voice = Ligar para meu telefone comercial { $destination }
reset-gate-questions = Responder às minhas perguntas de segurança
reset-code-sent-email = Enviamos um email com um código de verificação para { $destination }.
reset-code-sent-sms = Enviamos uma mensagem de texto com um código de verificação para { $destination }.
reset-code-sent-voice = Estamos ligando para { $destination } para ditar um código de verificação para você.
reset-code-resend = Enviar um novo código
reset-other-method = Usar outro método
reset-questions-heading = Responda às suas perguntas de segurança
reset-password-heading = Escolha uma nova senha
reset-password-hint = { $min ->
    [one] Use pelo menos { $min } caractere.
   *[other] Use pelo menos { $min } caracteres. O ideal é uma frase longa que você consiga lembrar; evite seu nome e senhas comuns.
}
reset-password-new = Nova senha
reset-password-confirm = Confirme a nova senha
reset-password-strength-0 = Força estimada: muito fraca
reset-password-strength-1 = Força estimada: fraca
reset-password-strength-2 = Força estimada: razoável
reset-password-strength-3 = Força estimada: forte
reset-password-strength-4 = Força estimada: muito forte
reset-password-strength-note = Uma estimativa feita no seu navegador para ajudar você a escolher. São as regras acima que decidem se a senha é aceita.
reset-password-submit = Redefinir senha
reset-unlock-only-text = Sua conta está bloqueada. Se você ainda sabe sua senha, pode desbloquear a conta e mantê-la.
reset-unlock-only = Apenas desbloquear
reset-contact-heading = Entre em contato com seu administrador
reset-contact-text = Não é possível redefinir sua senha aqui. Seu administrador pode ajudar você a recuperar o acesso à sua conta.
reset-contact-helpdesk = Entrar em contato com o suporte técnico
reset-done-heading = Sua senha foi redefinida
reset-done-text = Todas as suas sessões foram encerradas. Entre com sua nova senha.
reset-unlocked-heading = Sua conta está desbloqueada
reset-unlocked-text = Entre com sua senha atual.
reset-go-sign-in = Ir para a página de entrada
reset-error-flow-missing = Sua redefinição expirou ou nunca foi iniciada. Comece novamente.
reset-error-step-out-of-order = Essa etapa não está disponível agora. Continue a partir desta página.
reset-error-user-id-missing = Insira seu nome de usuário.
reset-error-user-id-invalid = Insira seu nome de usuário no formato de um endereço de email, por exemplo, name@contoso.example.
reset-error-captcha-failed = Não foi possível verificar se você é uma pessoa. Tente novamente.
reset-error-gate-missing = Escolha como você quer receber um código.
reset-error-code-dead = Muitos códigos incorretos. Envie um novo código ou use outro método.
reset-error-answers-wrong = Uma ou mais respostas não estão corretas. Verifique-as e tente novamente.
reset-error-blocked = Você fez tentativas demais. Para sua segurança, a redefinição por autoatendimento está suspensa para esta conta até { $until }.
reset-error-busy-address = Houve muitas tentativas a partir da sua rede. Aguarde uma hora e tente novamente.
reset-error-passwords-differ = As duas senhas não coincidem.
reset-error-password-too-short = { $min ->
    [one] Use pelo menos { $min } caractere.
   *[other] Use pelo menos { $min } caracteres.
}
reset-error-password-missing = Insira uma nova senha.
reset-error-password-common = Esta senha está na lista das senhas que os invasores tentam primeiro. Escolha outra, por exemplo, uma frase com algumas palavras sem relação entre si.
reset-error-password-control = As senhas não podem conter quebras de linha, tabulações nem outros caracteres de controle. Digite-a novamente sem eles.
reset-error-write-unconfirmed = Não foi possível confirmar que sua nova senha foi salva. Escolha-a novamente; a nova escolha substitui o que tiver sido salvo.
reset-writing = Sua alteração está sendo salva. Recarregue esta página em instantes.
reset-error-password-too-long = Use no máximo 256 caracteres.
reset-error-password-contains-name = Não use seu nome de usuário na senha.
reset-error-write-failed = Não foi possível salvar a alteração no diretório; portanto, nada foi alterado. Tente novamente em instantes.

## Organisation branding on every page

footer-label = Links da organização
footer-privacy = Privacidade
footer-terms = Termos de uso
footer-helpdesk = Suporte técnico

## Branding studio (/admin/branding, for branding administrators)

studio-title = Estúdio de identidade visual
studio-heading-layer = Configurações: { $layer }
studio-back = Voltar ao estúdio de identidade visual
studio-preview-banner = Você está visualizando a identidade visual não publicada. Ninguém mais a verá até que ela seja publicada.
studio-preview-stop = Parar a visualização
studio-layer-label = Configurações para
studio-layer-open = Abrir
studio-layer-default = Padrão (todos os idiomas)
studio-layer-overridden = { $language } (tem configurações próprias)
studio-inherited = Se estiver vazio: { $value }
studio-as-default = Como nas configurações padrão
studio-as-product = Como o portal aparece sem identidade visual
studio-show = Mostrar
studio-hide = Ocultar
studio-save = Salvar o rascunho
studio-section-identity = Organização
studio-section-colours = Cores
studio-colours-hint = Escreva as cores no formato #rrggbb, por exemplo, #0b5cad. O texto e os botões precisam se destacar o suficiente do plano de fundo para que todos consigam lê-los; por isso, o estúdio verifica o contraste antes da publicação.
studio-section-layout = Layout da página
studio-section-sign-in = Página de entrada
studio-section-links = Links do rodapé
studio-section-css = CSS personalizado
studio-css-hint = Regras para os nomes de classe listados na referência de CSS do portal. As imagens só podem vir das imagens carregadas aqui. Até 25 KB.
studio-section-images = Imagens
studio-section-publish = Publicação
studio-section-publications = Publicações
studio-field-organisation-name = Nome da organização
studio-field-colour-primary = Botões e links
studio-field-colour-primary-text = Texto dos botões
studio-field-colour-header = Faixa do cabeçalho
studio-field-colour-header-text = Texto da faixa do cabeçalho
studio-field-colour-text = Texto
studio-field-colour-page = Plano de fundo da página
studio-field-colour-card = Plano de fundo do cartão
studio-field-colour-focus = Indicador de foco do teclado
studio-field-layout = Modelo de layout
studio-layout-full-bleed = Imagem de plano de fundo preenchendo a página
studio-layout-plain = Cor de fundo simples
studio-field-show-header = Mostrar a faixa do cabeçalho
studio-field-show-footer = Mostrar o rodapé
studio-field-sign-in-text = Texto da página de entrada
studio-field-user-name-hint = Dica de nome de usuário
studio-field-cant-access-label = Texto do link para quem não consegue entrar
studio-field-show-reset-link = Link para quem não consegue entrar
studio-field-privacy-url = Endereço da declaração de privacidade
studio-field-terms-url = Endereço dos termos de uso
studio-field-helpdesk-url = Endereço do suporte técnico (web ou email)
studio-field-custom-css = CSS personalizado
studio-field-image-banner-logo = Logotipo de faixa
studio-field-image-square-logo = Logotipo quadrado
studio-field-image-square-logo-dark = Logotipo quadrado para fundos escuros
studio-field-image-favicon = Ícone do site (favicon)
studio-field-image-background = Imagem de plano de fundo
studio-image-limits = { $kinds }, no máximo { $kilobytes } KB e { $width } × { $height } pixels.
studio-image-upload = Carregar: { $slot }
studio-image-remove = Remover: { $slot }
studio-image-current = Imagem atual: { $slot }
studio-live-heading = Visualização ao vivo
studio-live-caption = Acompanha as cores e os textos acima enquanto você digita, antes de salvar.
studio-preview = Visualizar o rascunho nas páginas reais
studio-email-preview = Visualizar um email com o rascunho
studio-publish = Publicar
studio-state-never-published = Nada foi publicado ainda: todos veem o portal sem identidade visual.
studio-state-published = A versão { $version } está no ar.
studio-state-unpublished-changes = O rascunho tem alterações que não foram publicadas.
studio-problems-heading = Corrija estes itens antes de publicar
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: o contraste entre { $pair } é de { $ratio }; é necessário pelo menos { $minimum }.
studio-problem-too-long = use no máximo { $max } caracteres.
studio-problem-control-character = remova os caracteres de controle (como tabulações).
studio-problem-not-a-colour = escreva a cor como # seguido de seis dígitos hexadecimais, por exemplo, #0b5cad.
studio-problem-link-not-https = os endereços web devem começar com https://.
studio-problem-link-invalid = escreva um endereço web que comece com https:// ou um endereço de email.
studio-problem-css = linha { $line }: { $reason }
studio-css-too-long = a folha de estilos tem mais de 25 KB.
studio-css-import = @import não é permitido; coloque as regras aqui.
studio-css-external-url = url() só pode apontar para uma imagem carregada no estúdio.
studio-css-expression = expression(), behavior e -moz-binding não são permitidos.
studio-css-at-rule = somente @media, @supports, @layer, @container, @font-face e @keyframes são permitidos.
studio-css-markup = a sequência </ não é permitida.
studio-css-unparsable = isto não é CSS válido (verifique se falta uma chave, dois-pontos ou aspas).
studio-pair-text-on-page = o texto e o plano de fundo da página
studio-pair-text-on-card = o texto e o plano de fundo do cartão
studio-pair-button-text-on-primary = o texto dos botões e os botões
studio-pair-header-text-on-header = o texto do cabeçalho e a faixa do cabeçalho
studio-pair-focus-on-page = o indicador de foco e o plano de fundo da página
studio-column-version = Versão
studio-column-when = Publicada em
studio-column-who = Por
studio-column-note = Observação
studio-column-action = Ação
studio-publication-live = No ar agora
studio-publication-restored = Restaura a versão { $version }
studio-roll-back = Publicar a versão { $version } novamente
studio-done-saved = O rascunho foi salvo. Visualize-o e publique-o quando estiver pronto.
studio-done-uploaded = A imagem está no rascunho.
studio-done-removed = A imagem foi removida do rascunho.
studio-done-published = Publicado. Todas as páginas mostram a nova identidade visual em poucos segundos.
studio-done-rolled-back = A versão anterior está no ar novamente e agora também é o rascunho.
studio-done-preview-stopped = A visualização foi encerrada.
studio-refused-publish = Nada foi publicado: primeiro corrija os problemas listados abaixo.
studio-refused-no-such-version = Essa versão não existe. Nada foi alterado.
studio-refused-unavailable = Não foi possível salvar a alteração. Nada foi alterado; tente novamente.
studio-refused-empty = Não foi possível carregar “{ $slot }”: nenhum arquivo foi escolhido ou o arquivo estava vazio. Nada foi alterado.
studio-refused-too-many-bytes = Não foi possível carregar “{ $slot }”: o arquivo tem mais de { $kilobytes } KB. Nada foi alterado.
studio-refused-unknown-type = Não foi possível carregar “{ $slot }”: o arquivo não é uma imagem PNG, JPEG ou WebP (nem um desenho SVG, no caso dos logotipos), seja qual for o nome dele. Nada foi alterado.
studio-refused-svg-not-allowed = Não foi possível carregar “{ $slot }”: desenhos SVG são aceitos somente para logotipos. Use PNG, JPEG ou WebP. Nada foi alterado.
studio-refused-too-many-pixels = Não foi possível carregar “{ $slot }”: a imagem é maior que { $width } × { $height } pixels. Nada foi alterado.
studio-refused-undecodable = Não foi possível carregar “{ $slot }”: a imagem está danificada e não pôde ser lida. Nada foi alterado.
studio-refused-svg-unparsable = Não foi possível carregar “{ $slot }”: o desenho SVG não pôde ser lido. Nada foi alterado.
studio-refused-svg-doctype = Não foi possível carregar “{ $slot }”: desenhos SVG com DOCTYPE ou entidades são recusados. Nada foi alterado.
studio-refused-svg-script = Não foi possível carregar “{ $slot }”: o desenho SVG contém um script. Nada foi alterado.
studio-refused-svg-foreign-object = Não foi possível carregar “{ $slot }”: o desenho SVG incorpora outro conteúdo (foreignObject). Nada foi alterado.
studio-refused-svg-event-handler = Não foi possível carregar “{ $slot }”: o desenho SVG contém manipuladores de eventos (atributos on…). Nada foi alterado.
studio-refused-svg-external-reference = Não foi possível carregar “{ $slot }”: o desenho SVG faz referência a arquivos ou endereços externos a ele. Nada foi alterado.
studio-refused-svg-too-complex = Não foi possível carregar “{ $slot }”: o desenho SVG é complexo demais. Simplifique-o e tente novamente. Nada foi alterado.
studio-refused-svg-marker = Não foi possível carregar “{ $slot }”: marcadores SVG não são compatíveis. Nada foi alterado.

## Not found

not-found-title = Página não encontrada
not-found-heading = Não encontramos essa página.

## Demo outbox (demonstration mode only)

outbox-title = Caixa de saída de demonstração
outbox-heading = Caixa de saída de demonstração
outbox-banner-heading = Modo de demonstração
outbox-banner-text = Esta página só existe no modo de demonstração. As mensagens não são enviadas de verdade: emails, mensagens de texto e chamadas de voz ficam guardados aqui, inclusive os códigos de uso único, para que você possa experimentar o portal. Nunca execute um portal real no modo de demonstração.
outbox-caption = As { $limit } mensagens mais recentes, da mais nova para a mais antiga
outbox-empty = Nenhuma mensagem ainda. Os códigos e as notificações enviados pelo portal aparecerão aqui.
outbox-time = Hora
outbox-channel = Canal
outbox-recipient = Destinatário
outbox-subject = Assunto
outbox-body = Mensagem
outbox-channel-email = Email
outbox-channel-sms = Mensagem de texto
outbox-channel-voice = Chamada de voz

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Em que cidade você conheceu seu primeiro cônjuge ou companheiro(a)?
question-city-parents-met = Em que cidade seus pais se conheceram?
question-city-nearest-sibling = Em que cidade mora o irmão ou a irmã que vive mais perto de você?
question-city-father-born = Em que cidade seu pai nasceu?
question-city-first-job = Em que cidade foi seu primeiro emprego?
question-city-mother-born = Em que cidade sua mãe nasceu?
question-city-new-year-2000 = Em que cidade você passou o Réveillon de 2000?
question-high-school-teacher-last-name = Qual é o sobrenome do seu professor favorito do ensino médio?
question-college-applied-not-attended = Qual é o nome de uma faculdade em que você prestou vestibular, mas não estudou?
question-first-wedding-reception-place = Qual é o nome do local onde foi a festa do seu primeiro casamento?
question-father-middle-name = Qual é o nome do meio do seu pai?
question-favorite-food = Qual é sua comida favorita?
question-maternal-grandmother-name = Qual é o nome completo da sua avó materna?
question-mother-middle-name = Qual é o nome do meio da sua mãe?
question-oldest-sibling-birthday = Em que mês e ano nasceu seu irmão ou sua irmã mais velha? (por exemplo, novembro de 1985)
question-oldest-sibling-middle-name = Qual é o nome do meio do seu irmão ou da sua irmã mais velha?
question-paternal-grandfather-name = Qual é o nome completo do seu avô paterno?
question-youngest-sibling-middle-name = Qual é o nome do meio do seu irmão ou da sua irmã mais nova?
question-sixth-grade-school = Em que escola você estudou no sexto ano?
question-childhood-best-friend-name = Qual era o nome completo do seu melhor amigo ou da sua melhor amiga de infância?
question-first-significant-other-name = Qual era o nome completo do seu primeiro namorado ou da sua primeira namorada?
question-grade-school-teacher-last-name = Qual era o sobrenome do seu professor favorito do primário?
question-first-car-make-model = Qual era a marca e o modelo do seu primeiro carro ou da sua primeira moto?
question-first-school = Qual era o nome da primeira escola em que você estudou?
question-birth-hospital = Qual é o nome do hospital onde você nasceu?
question-childhood-street = Qual era o nome da rua da primeira casa em que você morou na infância?
question-childhood-hero = Quem era seu herói de infância?
question-favorite-stuffed-animal = Qual era o nome do seu bichinho de pelúcia favorito?
question-first-pet = Qual era o nome do seu primeiro animal de estimação?
question-childhood-nickname = Qual era seu apelido de infância?
question-high-school-sport = Qual era seu esporte favorito no ensino médio?
question-first-job = Qual foi seu primeiro emprego?
question-childhood-phone-last-digits = Quais eram os quatro últimos dígitos do telefone da sua casa na infância?
question-childhood-ambition = Quando criança, o que você queria ser quando crescesse?
question-most-famous-person-met = Quem é a pessoa mais famosa que você já conheceu?

## Security-info registration

method-email = Email
method-mobile-phone = Telefone celular
method-office-phone = Telefone comercial
method-security-questions = Perguntas de segurança
method-questions-count = { $count ->
    [one] { $count } pergunta respondida
   *[other] { $count } perguntas respondidas
}
source-authentication = registrado por você para verificação, não exibido no diretório
source-directory = do seu perfil no diretório
source-administrator = definido pelo seu administrador

prompt-title = Mais informações necessárias
prompt-register-heading = Mais informações necessárias
prompt-register-why = Sua organização precisa de uma forma de confirmar que é você quando você esquecer sua senha ou sua conta estiver bloqueada. Registre agora suas informações de segurança para poder recuperar o acesso por conta própria, sem ligar para o suporte técnico.
prompt-register-needed = { $count ->
    [one] Você precisa de pelo menos um método de verificação.
   *[other] Você precisa de pelo menos { $count } métodos de verificação diferentes.
}
prompt-next = Avançar
prompt-skip = Ignorar por enquanto
prompt-reconfirm-heading = Estas informações ainda estão corretas?
prompt-reconfirm-why = Verifique as informações de segurança que você registrou. Se algo mudou, atualize-as para que você ainda possa redefinir sua senha.
prompt-looks-good = Está tudo certo
prompt-change = Alterar
prompt-nothing = Nada mais é necessário
prompt-go-account = Ir para sua conta

wizard-title = Registrar informações de segurança
wizard-start = Recomeçar
wizard-step-of = Etapa { $number } de { $total }
wizard-code-label = Código de verificação
wizard-verify = Verificar
wizard-send-code = Enviar código
wizard-skip-step = Ignorar este método
wizard-phone-country = País ou região
wizard-phone-number = Número de telefone
wizard-phone-hint = Sem o código do país ou, se incluí-lo, começando com +.
wizard-phone-channel = Como devemos enviar o código?
wizard-phone-sms = Mensagem de texto (SMS)
wizard-phone-voice = Chamada de voz
wizard-phone-texted = Enviamos uma mensagem de texto com um código para { $number }.
wizard-phone-called = Estamos ligando para { $number } para ditar um código para você.
wizard-phone-resend-heading = Não recebeu o código? Envie novamente ou use outro número
wizard-phone-reset-uses = Hoje, uma redefinição de senha usaria { $number }, { $source }.
wizard-phone-reset-none = Você ainda não tem um telefone que possa ser usado para redefinir a senha.
wizard-phone-precedence = Um número verificado aqui passa a ser seu telefone de autenticação, e a redefinição o usará no lugar do celular registrado no diretório.
wizard-office-phone = Telefone comercial: { $number }, definido pelo seu administrador. Não é possível alterá-lo aqui.
wizard-email-address = Endereço de email
wizard-email-sent = Enviamos um email com um código para { $address }.
wizard-email-resend-heading = Não recebeu o email? Envie novamente ou use outro endereço
wizard-email-reset-uses = Hoje, uma redefinição de senha usaria { $address }, { $source }.
wizard-email-reset-none = Você ainda não tem um endereço de email que possa ser usado para redefinir a senha.
wizard-email-precedence = Um endereço verificado aqui passa a ser seu email de autenticação, e a redefinição o usará no lugar do email alternativo registrado no diretório. Use um endereço diferente do corporativo.
wizard-questions-intro = { $count ->
    [one] Escolha uma pergunta e responda a ela.
   *[other] Escolha { $count } perguntas diferentes e responda a cada uma delas.
} As respostas têm de 3 a 40 caracteres; maiúsculas e espaços extras não fazem diferença. Ninguém, nem mesmo os administradores, pode lê-las.
wizard-question-label = Pergunta { $number }
wizard-answer-label = Resposta à pergunta { $number }
wizard-question-choose = Escolha uma pergunta
wizard-answers-show = Mostrar respostas
wizard-answers-hide = Ocultar respostas
wizard-questions-save = Continuar
wizard-questions-retype = Para sua segurança, as respostas nunca são enviadas de volta à página: digite-as novamente.
wizard-summary-heading = Verificar e salvar
wizard-summary-skipped = Ignorado
wizard-save = Salvar
wizard-cancel = Cancelar

registration-error-not-signed-in = Sua sessão terminou. Entre novamente.
registration-error-flow-missing = Este registro expirou ou já foi concluído. Recomece para continuar.
registration-error-step-out-of-order = Essa etapa não está disponível agora. Continue a partir da etapa mostrada.
registration-error-phone-missing = Insira seu número de telefone.
registration-error-country-needed = Escolha um país ou escreva o número com o código internacional, começando com +.
registration-error-phone-invalid = Este não é um número de telefone válido para o país escolhido.
registration-error-email-missing = Insira seu endereço de email.
registration-error-email-invalid = Insira um endereço de email como nome@example.com.
code-error-missing = Insira o código que enviamos para você.
code-error-malformed = O código tem de 6 a 8 dígitos.
code-error-wrong = { $tries ->
    [one] Esse código não está correto. Você tem mais uma tentativa.
   *[other] Esse código não está correto. Você tem mais { $tries } tentativas.
}
code-error-dead = Muitos códigos incorretos. Envie um novo código.
code-error-expired = Esse código expirou. Envie um novo código.
code-error-used = Este código já foi usado. Envie um novo código.
code-error-none-sent = Nenhum código está aguardando. Envie um novo código.
code-error-too-many = Foram enviados códigos demais. Aguarde uma hora ou escolha outro método.
code-error-delivery-failed = Não foi possível enviar o código. Tente novamente ou escolha outro método.
registration-error-question-missing = Escolha uma pergunta aqui.
registration-error-question-not-offered = Escolha uma pergunta da lista.
registration-error-question-twice = Você já escolheu esta pergunta. Escolha outra.
error-answer-missing = Insira uma resposta.
registration-error-answer-too-short = As respostas têm pelo menos 3 caracteres.
registration-error-answer-too-long = As respostas têm no máximo 40 caracteres.
registration-error-answer-twice = Você já deu esta resposta a outra pergunta. Dê uma resposta diferente.
registration-error-steps-pending = Conclua ou ignore cada etapa antes de salvar.
registration-error-nothing-to-save = Nada foi adicionado. Registre pelo menos um método ou cancele.
registration-error-not-enough-methods = { $needed ->
    [one] Registre pelo menos um método para poder redefinir sua senha.
   *[other] Registre pelo menos { $needed } métodos diferentes para poder redefinir sua senha.
}

account-security-info = Informações de segurança: registrar, alterar ou excluir
account-security-info-saved = Suas informações de segurança foram salvas.

message-code-email-subject = Seu código de verificação
message-code-email-body = Seu código de verificação é { $code }.

    Ele é válido por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Se você não o solicitou, pode ignorar este email: nada muda sem o código.
message-code-sms = Seu código de verificação é { $code }. Válido por { $minutes } min.
message-code-voice = Seu código de verificação é: { $code }. Repetindo: { $code }.
message-changed-subject = Suas informações de segurança foram alteradas
message-changed-body = As informações de segurança da sua conta acabaram de ser alteradas:
    { $changes }

    Se foi você quem fez essa alteração, não é preciso fazer nada. Caso contrário, entre em contato com o suporte técnico agora mesmo.
message-changed-phone = o telefone de autenticação
message-changed-email = o email de autenticação
message-changed-questions = as perguntas de segurança

country-AR = Argentina
country-AT = Áustria
country-AU = Austrália
country-BE = Bélgica
country-BR = Brasil
country-CA = Canadá
country-CH = Suíça
country-CN = China
country-CZ = Tchéquia
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
country-PL = Polônia
country-PT = Portugal
country-RO = Romênia
country-SE = Suécia
country-SI = Eslovênia
country-SK = Eslováquia
country-SM = San Marino
country-TR = Turquia
country-UA = Ucrânia
country-US = Estados Unidos
country-VA = Vaticano
country-ZA = África do Sul
registration-error-reauth-required = Para sua segurança, insira sua senha novamente antes de alterar suas informações de segurança.
registration-error-method-not-changeable = Este método não pode ser alterado aqui.
registration-error-wrong-password = Essa senha não está correta.
registration-error-too-many-password-tries = Houve muitas senhas incorretas. Aguarde alguns minutos e tente novamente.

security-info-title = Informações de segurança
security-info-back = Voltar para sua conta
security-info-usable = { $usable ->
    [one] Uma redefinição de senha pode usar um dos seus métodos
   *[other] Uma redefinição de senha pode usar { $usable } dos seus métodos
}; ela precisa de { $required ->
    [one] um.
   *[other] { $required } diferentes.
}
security-info-not-set = Não definido
security-info-add = Adicionar
security-info-change = Alterar
security-info-delete = Excluir
security-info-deleted = O método foi excluído.
security-info-delete-title = Excluir um método
security-info-delete-confirm = Excluir “{ $method }” das suas informações de segurança?
security-info-delete-warning = { $required ->
    [one] Depois disso, você não teria mais nenhum método e não poderia mais redefinir sua senha por conta própria.
   *[other] Depois disso, você teria menos de { $required } métodos e não poderia mais redefinir sua senha por conta própria.
}
reauth-title = Confirme que é você
reauth-submit = Continuar

## Password reset messages

message-reset-subject = Sua senha foi redefinida
message-reset-body = Olá,

    A senha da sua conta acabou de ser redefinida pelo portal de autoatendimento de senhas, e todas as sessões foram encerradas.

    Se foi você, não é preciso fazer mais nada. Caso contrário, entre em contato com seu administrador imediatamente.

    Entrar: { $url }
message-unlocked-subject = Sua conta foi desbloqueada
message-unlocked-body = Olá,

    Sua conta acabou de ser desbloqueada pelo portal de autoatendimento de senhas. Sua senha não foi alterada.

    Se não foi você, entre em contato com seu administrador imediatamente.

    Entrar: { $url }
message-admin-reset-subject = O administrador { $admin } redefiniu a própria senha
message-admin-reset-body = Olá,

    O administrador { $admin } acabou de redefinir a própria senha pelo portal de autoatendimento de senhas.

    Se você não esperava por isso, confirme com essa pessoa e revise o log de auditoria.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Esta é uma mensagem automática enviada por { $organisation }.
email-footer-privacy = Privacidade
email-footer-terms = Termos de uso
email-footer-helpdesk = Suporte técnico
message-from-organisation = { $organisation }: { $text }
