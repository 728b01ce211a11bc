### Türkçe (tr). Register: formal ("siz"; instructions with "-in/-ın", e.g. "Girin", "Seçin"),
### as in Microsoft's Turkish product UI; buttons and links use the short form ("Kaydet", "İptal").
### Glossary:
###   password = parola
###   security info = güvenlik bilgileri
###   verification code = doğrulama kodu
###   security question = güvenlik sorusu
###   helpdesk = yardım masası
###   administrator = yönetici
###   sign in / sign out = oturum açmak / oturumu kapatmak
###   reset = sıfırlamak
###   unlock = kilidini açmak
###   account = hesap
###   user name = kullanıcı adı
###   method = yöntem
###   directory = dizin
###   text message = kısa mesaj (SMS)
###   email = e-posta
###   authentication phone / email = kimlik doğrulama telefonu / kimlik doğrulama e-postası
###   self-service = self servis

## Shared by every page

product-name = Hesap Self Servisi
skip-to-content = Ana içeriğe atla
loading = Yükleniyor…
language-label = Dil
# Dil seçicide gösterilir: bu dilin adı, bu dilde yazılmış olarak.
language-name = Türkçe
language-apply = Dili değiştir
password-show = Parolayı göster
password-hide = Parolayı gizle

## Errors

error-user-name-missing = Kullanıcı adınızı girin.
error-user-name-invalid = Bu bir kullanıcı adına benzemiyor. Yazdığınızı kontrol edip yeniden deneyin.
error-password-missing = Parolanızı girin.
error-invalid-credentials = Kullanıcı adınız veya parolanız yanlış. İkisini de kontrol edip yeniden deneyin.
error-account-locked = Hesabınız kilitlendi. Kilidi açmak için aşağıdaki “Hesabınıza erişemiyor musunuz?” seçeneğini belirleyin veya yardım masanıza başvurun.
error-sign-in-paused = Bu kullanıcı adıyla çok fazla başarısız oturum açma denemesi yapıldı. Hesabı korumak için oturum açma { $until } tarihine kadar duraklatıldı. Parolanızı unuttuysanız şimdi sıfırlayabilirsiniz.
error-sign-in-busy-address = Ağınızdan çok fazla başarısız oturum açma denemesi yapıldı. Lütfen bir saat bekleyip yeniden deneyin.
error-unavailable = Bizim tarafımızda bir sorun oluştu. Lütfen birkaç dakika sonra yeniden deneyin.
error-transport = Sunucuya ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.

## Sign-in page

sign-in-title = Oturum açın
sign-in-heading = Hesabınızda oturum açın
sign-in-user-name = Kullanıcı adı
sign-in-password = Parola
sign-in-submit = Oturum aç
sign-in-cant-access = Hesabınıza erişemiyor musunuz?

## Account page

account-title = Hesabınız
account-heading = Hesabınız
account-signed-in-as = Oturum açtığınız hesap:
account-sign-out = Oturumu kapat
account-signed-out = Oturum açmadınız.
account-go-sign-in = Oturum açma sayfasına git

## Password reset

reset-title = Parolanızı sıfırlayın
reset-heading = Hesabınıza yeniden erişin
reset-back-to-sign-in = Oturum açma sayfasına dön
reset-intro = Kullanıcı adınızı girin; kimliğinizi kanıtlamanıza yardımcı olalım, ardından yeni bir parola seçin.
reset-user-id = Kullanıcı adı
reset-user-id-hint = Genellikle iş e-posta adresinizdir; örneğin name@contoso.example.
reset-next = İleri
captcha-question = Bir insan olduğunuzu göstermek için: { $a } artı { $b } kaç eder?
captcha-hint = Yanıtı rakamla yazın.
captcha-checking = İnsan olduğunuz doğrulanıyor…
captcha-done = Tamamlandı: Tarayıcınız bir insan olduğunuzu kanıtladı. “İleri” ile devam edin.
reset-start-again = Baştan başla
reset-verify-heading = Kimliğinizi kanıtlayın
reset-gate-of = Doğrulama { $number } / { $total }
reset-gate-legend = Doğrulama kodunu nasıl almak istersiniz?
reset-gate-email = { $destination } adresine e-postayla kod gönder
reset-gate-mobile-sms = Cep telefonuma kısa mesajla kod gönder ({ $destination })
reset-gate-mobile-voice = Cep telefonumu ara ({ $destination })
reset-gate-office-voice = Ofis telefonumu ara ({ $destination })
reset-gate-questions = Güvenlik sorularımı yanıtla
reset-code-sent-email = { $destination } adresine doğrulama kodu içeren bir e-posta gönderdik.
reset-code-sent-sms = { $destination } numarasına doğrulama kodu içeren bir kısa mesaj gönderdik.
reset-code-sent-voice = Doğrulama kodunu size okumak için { $destination } numarasını arıyoruz.
reset-code-resend = Yeni kod gönder
reset-other-method = Başka bir yöntem kullan
reset-questions-heading = Güvenlik sorularınızı yanıtlayın
reset-password-heading = Yeni bir parola seçin
reset-password-hint = { $min ->
    [one] En az bir karakter kullanın.
   *[other] En az { $min } karakter kullanın. En iyisi, hatırlayabileceğiniz uzun bir ifadedir; adınızı ve yaygın parolaları kullanmaktan kaçının.
}
reset-password-new = Yeni parola
reset-password-confirm = Yeni parolayı onaylayın
reset-password-strength-0 = Tahmini güç: çok zayıf
reset-password-strength-1 = Tahmini güç: zayıf
reset-password-strength-2 = Tahmini güç: orta
reset-password-strength-3 = Tahmini güç: güçlü
reset-password-strength-4 = Tahmini güç: çok güçlü
reset-password-strength-note = Seçiminize yardımcı olmak için tarayıcınızda yapılan bir tahmindir. Parolanın kabul edilip edilmeyeceğini yukarıdaki kurallar belirler.
reset-password-submit = Parolayı sıfırla
reset-unlock-only-text = Hesabınız kilitlendi. Parolanızı hâlâ biliyorsanız hesabın kilidini açıp aynı parolayı kullanmaya devam edebilirsiniz.
reset-unlock-only = Yalnızca kilidi aç
reset-contact-heading = Yöneticinize başvurun
reset-contact-text = Parolanızı burada sıfırlayamazsınız. Yöneticiniz hesabınıza yeniden erişmenize yardımcı olabilir.
reset-contact-helpdesk = Yardım masasına başvurun
reset-done-heading = Parolanız sıfırlandı
reset-done-text = Tüm cihazlardaki oturumlarınız kapatıldı. Yeni parolanızla oturum açın.
reset-unlocked-heading = Hesabınızın kilidi açıldı
reset-unlocked-text = Geçerli parolanızla oturum açın.
reset-go-sign-in = Oturum açma sayfasına git
reset-error-flow-missing = Sıfırlama işleminizin süresi doldu veya işlem hiç başlatılmadı. Lütfen baştan başlayın.
reset-error-step-out-of-order = Bu adım şu anda kullanılamıyor. Lütfen bu sayfadan devam edin.
reset-error-user-id-missing = Kullanıcı adınızı girin.
reset-error-user-id-invalid = Kullanıcı adınızı e-posta adresi biçiminde girin; örneğin name@contoso.example.
reset-error-captcha-failed = İnsan olduğunuzu doğrulayamadık. Lütfen yeniden deneyin.
reset-error-gate-missing = Kodu nasıl almak istediğinizi seçin.
reset-error-code-dead = Çok fazla yanlış kod girildi. Yeni bir kod gönderin veya başka bir yöntem kullanın.
reset-error-answers-wrong = Yanıtlardan biri veya birkaçı doğru değil. Kontrol edip yeniden deneyin.
reset-error-blocked = Çok fazla deneme yaptınız. Güvenliğiniz için bu hesapta self servis sıfırlama { $until } tarihine kadar duraklatıldı.
reset-error-busy-address = Ağınızdan çok fazla deneme yapıldı. Lütfen bir saat bekleyip yeniden deneyin.
reset-error-passwords-differ = İki parola eşleşmiyor.
reset-error-password-too-short = { $min ->
    [one] En az bir karakter kullanın.
   *[other] En az { $min } karakter kullanın.
}
reset-error-password-missing = Yeni bir parola girin.
reset-error-password-common = Bu parola, saldırganların ilk denediği parolalar listesinde yer alıyor. Başka bir parola seçin; örneğin birbiriyle ilgisiz birkaç sözcükten oluşan bir ifade.
reset-error-password-control = Parolalar satır sonu, sekme veya başka denetim karakterleri içeremez. Parolayı bunlar olmadan yeniden yazın.
reset-error-write-unconfirmed = Yeni parolanızın kaydedildiği doğrulanamadı. Parolayı yeniden seçin; yeni seçiminiz daha önce kaydedilmiş olanın yerini alır.
reset-writing = Değişikliğiniz kaydediliyor. Birazdan bu sayfayı yeniden yükleyin.
reset-error-password-too-long = En fazla 256 karakter kullanın.
reset-error-password-contains-name = Parolanızda kullanıcı adınızı kullanmayın.
reset-error-write-failed = Değişiklik dizine kaydedilemedi, bu nedenle hiçbir şey değiştirilmedi. Lütfen birazdan yeniden deneyin.

## Organisation branding on every page

footer-label = Kuruluşun bağlantıları
footer-privacy = Gizlilik
footer-terms = Kullanım koşulları
footer-helpdesk = Yardım masası

## Branding studio (/admin/branding, for branding administrators)

studio-title = Marka stüdyosu
studio-heading-layer = Ayarlar: { $layer }
studio-back = Marka stüdyosuna dön
studio-preview-banner = Yayımlanmamış markalamanın önizlemesini görüntülüyorsunuz. Yayımlanana kadar başka kimse bunu görmez.
studio-preview-stop = Önizlemeyi durdur
studio-layer-label = Ayarların kapsamı
studio-layer-open = Aç
studio-layer-default = Varsayılan (tüm diller)
studio-layer-overridden = { $language } (kendi ayarları var)
studio-inherited = Boş bırakılırsa: { $value }
studio-as-default = Varsayılan ayarlardaki gibi
studio-as-product = Portalın markalama olmadan göründüğü gibi
studio-show = Göster
studio-hide = Gizle
studio-save = Taslağı kaydet
studio-section-identity = Kuruluş
studio-section-colours = Renkler
studio-colours-hint = Renkleri #rrggbb biçiminde yazın, örneğin #0b5cad. Metin ve düğmelerin herkes tarafından okunabilmesi için arka plandan yeterince ayrışması gerekir; bu nedenle stüdyo, yayımlamadan önce karşıtlığı denetler.
studio-section-layout = Düzen
studio-section-sign-in = Oturum açma sayfası
studio-section-links = Alt bilgi bağlantıları
studio-section-css = Özel CSS
studio-css-hint = Portalın CSS başvurusunda listelenen sınıf adları için kurallar. Resimler yalnızca buraya yüklenen resimlerden gelebilir. En fazla 25 KB.
studio-section-images = Resimler
studio-section-publish = Yayımlama
studio-section-publications = Yayımlananlar
studio-field-organisation-name = Kuruluş adı
studio-field-colour-primary = Düğmeler ve bağlantılar
studio-field-colour-primary-text = Düğmelerdeki metin
studio-field-colour-header = Üst bilgi şeridi
studio-field-colour-header-text = Üst bilgi şeridindeki metin
studio-field-colour-text = Metin
studio-field-colour-page = Sayfa arka planı
studio-field-colour-card = Kart arka planı
studio-field-colour-focus = Klavye odak göstergesi
studio-field-layout = Sayfa düzeni
studio-layout-full-bleed = Sayfayı dolduran arka plan resmi
studio-layout-plain = Düz sayfa rengi
studio-field-show-header = Üst bilgi şeridini göster
studio-field-show-footer = Alt bilgiyi göster
studio-field-sign-in-text = Oturum açma sayfası metni
studio-field-user-name-hint = Kullanıcı adı ipucu
studio-field-cant-access-label = Oturum açamayan kişiler için bağlantının metni
studio-field-show-reset-link = Oturum açamayan kişiler için bağlantı
studio-field-privacy-url = Gizlilik bildirimi adresi
studio-field-terms-url = Kullanım koşulları adresi
studio-field-helpdesk-url = Yardım masası adresi (web veya e-posta)
studio-field-custom-css = Özel CSS
studio-field-image-banner-logo = Başlık logosu
studio-field-image-square-logo = Kare logo
studio-field-image-square-logo-dark = Koyu arka planlar için kare logo
studio-field-image-favicon = Site simgesi (favicon)
studio-field-image-background = Arka plan resmi
studio-image-limits = { $kinds }, en fazla { $kilobytes } KB ve { $width } × { $height } piksel.
studio-image-upload = Karşıya yükle: { $slot }
studio-image-remove = Kaldır: { $slot }
studio-image-current = Geçerli resim: { $slot }
studio-live-heading = Canlı önizleme
studio-live-caption = Siz yazarken, kaydetmeden önce yukarıdaki renkleri ve metinleri yansıtır.
studio-preview = Taslağı gerçek sayfalarda önizle
studio-email-preview = Taslağı bir e-postada önizle
studio-publish = Yayımla
studio-state-never-published = Henüz hiçbir şey yayımlanmadı: herkes portalı markalama olmadan görüyor.
studio-state-published = { $version } sürümü yayında.
studio-state-unpublished-changes = Taslakta yayımlanmamış değişiklikler var.
studio-problems-heading = Yayımlamadan önce bunları düzeltin
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } arasındaki karşıtlık oranı { $ratio }; en az { $minimum } olmalıdır.
studio-problem-too-long = en fazla { $max } karakter kullanın.
studio-problem-control-character = denetim karakterlerini (sekmeler gibi) kaldırın.
studio-problem-not-a-colour = rengi # işaretinin ardından altı onaltılık basamak gelecek şekilde yazın, örneğin #0b5cad.
studio-problem-link-not-https = web adresleri https:// ile başlamalıdır.
studio-problem-link-invalid = https:// ile başlayan bir web adresi veya bir e-posta adresi yazın.
studio-problem-css = satır { $line }: { $reason }
studio-css-too-long = stil sayfası 25 KB sınırını aşıyor.
studio-css-import = @import kullanılamaz; bunun yerine kuralları buraya yazın.
studio-css-external-url = url() yalnızca stüdyoda karşıya yüklenen bir resmi gösterebilir.
studio-css-expression = expression(), behavior ve -moz-binding kullanılamaz.
studio-css-at-rule = yalnızca @media, @supports, @layer, @container, @font-face ve @keyframes kullanılabilir.
studio-css-markup = </ karakter dizisi kullanılamaz.
studio-css-unparsable = bu geçerli bir CSS değil (eksik bir küme ayracı, iki nokta veya tırnak işareti olup olmadığını denetleyin).
studio-pair-text-on-page = metin ile sayfa arka planı
studio-pair-text-on-card = metin ile kart arka planı
studio-pair-button-text-on-primary = düğme metni ile düğmeler
studio-pair-header-text-on-header = üst bilgi metni ile üst bilgi şeridi
studio-pair-focus-on-page = odak göstergesi ile sayfa arka planı
studio-column-version = Sürüm
studio-column-when = Yayımlanma
studio-column-who = Yayımlayan
studio-column-note = Not
studio-column-action = Eylem
studio-publication-live = Şu anda yayında
studio-publication-restored = { $version } sürümünü geri yükler
studio-roll-back = { $version } sürümünü yeniden yayımla
studio-done-saved = Taslak kaydedildi. Önizleyin, ardından hazır olduğunda yayımlayın.
studio-done-uploaded = Resim taslağa eklendi.
studio-done-removed = Resim taslaktan kaldırıldı.
studio-done-published = Yayımlandı. Tüm sayfalar birkaç saniye içinde yeni markalamayı gösterir.
studio-done-rolled-back = Önceki sürüm yeniden yayında ve artık taslak da bu sürüm.
studio-done-preview-stopped = Önizleme sona erdi.
studio-refused-publish = Hiçbir şey yayımlanmadı: önce aşağıda listelenen sorunları düzeltin.
studio-refused-no-such-version = Bu sürüm yok. Hiçbir şey değiştirilmedi.
studio-refused-unavailable = Değişiklik kaydedilemedi. Hiçbir şey değiştirilmedi; lütfen yeniden deneyin.
studio-refused-empty = “{ $slot }” karşıya yüklenmedi: dosya seçilmedi veya dosya boştu. Hiçbir şey değiştirilmedi.
studio-refused-too-many-bytes = “{ $slot }” karşıya yüklenmedi: dosya { $kilobytes } KB boyutundan büyük. Hiçbir şey değiştirilmedi.
studio-refused-unknown-type = “{ $slot }” karşıya yüklenmedi: dosya, adı ne olursa olsun, bir PNG, JPEG veya WebP resmi (ya da logolar için bir SVG çizimi) değil. Hiçbir şey değiştirilmedi.
studio-refused-svg-not-allowed = “{ $slot }” karşıya yüklenmedi: SVG çizimleri yalnızca logolar için kabul edilir. PNG, JPEG veya WebP kullanın. Hiçbir şey değiştirilmedi.
studio-refused-too-many-pixels = “{ $slot }” karşıya yüklenmedi: resim { $width } × { $height } pikselden büyük. Hiçbir şey değiştirilmedi.
studio-refused-undecodable = “{ $slot }” karşıya yüklenmedi: resim hasarlı ve okunamadı. Hiçbir şey değiştirilmedi.
studio-refused-svg-unparsable = “{ $slot }” karşıya yüklenmedi: SVG çizimi okunamadı. Hiçbir şey değiştirilmedi.
studio-refused-svg-doctype = “{ $slot }” karşıya yüklenmedi: DOCTYPE veya varlık içeren SVG çizimleri reddedilir. Hiçbir şey değiştirilmedi.
studio-refused-svg-script = “{ $slot }” karşıya yüklenmedi: SVG çizimi bir betik içeriyor. Hiçbir şey değiştirilmedi.
studio-refused-svg-foreign-object = “{ $slot }” karşıya yüklenmedi: SVG çizimi başka içerik katıştırıyor (foreignObject). Hiçbir şey değiştirilmedi.
studio-refused-svg-event-handler = “{ $slot }” karşıya yüklenmedi: SVG çizimi olay işleyicileri (on… öznitelikleri) içeriyor. Hiçbir şey değiştirilmedi.
studio-refused-svg-external-reference = “{ $slot }” karşıya yüklenmedi: SVG çizimi kendi dışındaki dosyalara veya adreslere başvuruyor. Hiçbir şey değiştirilmedi.
studio-refused-svg-too-complex = “{ $slot }” karşıya yüklenmedi: SVG çizimi çok karmaşık. Basitleştirip yeniden deneyin. Hiçbir şey değiştirilmedi.
studio-refused-svg-marker = “{ $slot }” karşıya yüklenmedi: SVG işaretçileri (marker) desteklenmiyor. Hiçbir şey değiştirilmedi.

## Not found

not-found-title = Sayfa bulunamadı
not-found-heading = Bu sayfayı bulamadık.

## Demo outbox (demonstration mode only)

outbox-title = Tanıtım giden kutusu
outbox-heading = Tanıtım giden kutusu
outbox-banner-heading = Tanıtım modu
outbox-banner-text = Bu sayfa yalnızca tanıtım modunda bulunur. İletiler gerçekten gönderilmez: Portalı deneyebilmeniz için e-postalar, kısa mesajlar ve sesli aramalar, tek kullanımlık kodlar dahil, bunun yerine burada saklanır. Gerçek bir portalı asla tanıtım modunda çalıştırmayın.
outbox-caption = Son { $limit } ileti, en yenisi önce
outbox-empty = Henüz ileti yok. Portalın gönderdiği kodlar ve bildirimler burada görünür.
outbox-time = Zaman
outbox-channel = Kanal
outbox-recipient = Alıcı
outbox-subject = Konu
outbox-body = İleti
outbox-channel-email = E-posta
outbox-channel-sms = Kısa mesaj
outbox-channel-voice = Sesli arama

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = İlk eşinizle veya partnerinizle hangi şehirde tanıştınız?
question-city-parents-met = Anneniz ve babanız hangi şehirde tanıştı?
question-city-nearest-sibling = Size en yakın kardeşiniz hangi şehirde yaşıyor?
question-city-father-born = Babanız hangi şehirde doğdu?
question-city-first-job = İlk işiniz hangi şehirdeydi?
question-city-mother-born = Anneniz hangi şehirde doğdu?
question-city-new-year-2000 = 2000 yılbaşında hangi şehirdeydiniz?
question-high-school-teacher-last-name = Lisede en sevdiğiniz öğretmenin soyadı nedir?
question-college-applied-not-attended = Tercih edip okumadığınız bir üniversitenin adı nedir?
question-first-wedding-reception-place = İlk düğününüzün yapıldığı yerin adı nedir?
question-father-middle-name = Babanızın ikinci adı nedir?
question-favorite-food = En sevdiğiniz yemek nedir?
question-maternal-grandmother-name = Anneannenizin adı ve soyadı nedir?
question-mother-middle-name = Annenizin kızlık soyadı nedir?
question-oldest-sibling-birthday = En büyük kardeşinizin doğum ayı ve yılı nedir? (ör. Kasım 1985)
question-oldest-sibling-middle-name = En büyük kardeşinizin ikinci adı nedir?
question-paternal-grandfather-name = Baba tarafından dedenizin adı ve soyadı nedir?
question-youngest-sibling-middle-name = En küçük kardeşinizin ikinci adı nedir?
question-sixth-grade-school = 6. sınıfta hangi okula gittiniz?
question-childhood-best-friend-name = Çocukluğunuzdaki en iyi arkadaşınızın adı ve soyadı neydi?
question-first-significant-other-name = İlk sevgilinizin adı ve soyadı neydi?
question-grade-school-teacher-last-name = İlkokulda en sevdiğiniz öğretmenin soyadı neydi?
question-first-car-make-model = İlk otomobilinizin veya motosikletinizin markası ve modeli neydi?
question-first-school = Gittiğiniz ilk okulun adı neydi?
question-birth-hospital = Doğduğunuz hastanenin adı neydi?
question-childhood-street = Çocukluğunuzda oturduğunuz ilk evin bulunduğu sokağın adı neydi?
question-childhood-hero = Çocukluk kahramanınızın adı neydi?
question-favorite-stuffed-animal = En sevdiğiniz peluş oyuncağın adı neydi?
question-first-pet = İlk evcil hayvanınızın adı neydi?
question-childhood-nickname = Çocukluk lakabınız neydi?
question-high-school-sport = Lisede en sevdiğiniz spor neydi?
question-first-job = İlk işiniz neydi?
question-childhood-phone-last-digits = Çocukluğunuzdaki ev telefonu numaranızın son dört hanesi neydi?
question-childhood-ambition = Küçükken büyüyünce ne olmak istiyordunuz?
question-most-famous-person-met = Tanıştığınız en ünlü kişi kimdir?

## Security-info registration

method-email = E-posta
method-mobile-phone = Cep telefonu
method-office-phone = Ofis telefonu
method-security-questions = Güvenlik soruları
method-questions-count = { $count } soru yanıtlandı
source-authentication = doğrulama için sizin tarafınızdan kaydedildi, dizinde gösterilmez
source-directory = dizin profilinizden alındı
source-administrator = yöneticiniz tarafından ayarlandı

prompt-title = Daha fazla bilgi gerekiyor
prompt-register-heading = Daha fazla bilgi gerekiyor
prompt-register-why = Parolanızı unuttuğunuzda veya hesabınız kilitlendiğinde kuruluşunuzun kimliğinizi doğrulayabilmesi gerekir. Yardım masasını aramadan hesabınıza kendiniz yeniden erişebilmek için güvenlik bilgilerinizi şimdi kaydedin.
prompt-register-needed = { $count ->
    [one] En az bir doğrulama yöntemine ihtiyacınız var.
   *[other] En az { $count } farklı doğrulama yöntemine ihtiyacınız var.
}
prompt-next = İleri
prompt-skip = Şimdilik atla
prompt-reconfirm-heading = Bu bilgiler hâlâ doğru mu?
prompt-reconfirm-why = Lütfen kaydettiğiniz güvenlik bilgilerini kontrol edin. Değişen bir şey varsa, parolanızı sıfırlayabilmeye devam etmek için bilgilerinizi güncelleyin.
prompt-looks-good = Bilgiler doğru
prompt-change = Değiştir
prompt-nothing = Başka bir şey gerekmiyor
prompt-go-account = Hesabınıza git

wizard-title = Güvenlik bilgilerinizi kaydedin
wizard-start = Baştan başla
wizard-step-of = Adım { $number } / { $total }
wizard-code-label = Doğrulama kodu
wizard-verify = Doğrula
wizard-send-code = Kod gönder
wizard-skip-step = Bu yöntemi atla
wizard-phone-country = Ülke veya bölge
wizard-phone-number = Telefon numarası
wizard-phone-hint = Ülke kodu olmadan ya da + ile başlayan ülke koduyla birlikte.
wizard-phone-channel = Kodu nasıl gönderelim?
wizard-phone-sms = Kısa mesaj (SMS)
wizard-phone-voice = Sesli arama
wizard-phone-texted = { $number } numarasına kod içeren bir kısa mesaj gönderdik.
wizard-phone-called = Kodu size okumak için { $number } numarasını arıyoruz.
wizard-phone-resend-heading = Kod gelmedi mi? Yeniden gönderin veya başka bir numara kullanın
wizard-phone-reset-uses = Şu anda parola sıfırlama işleminde { $number } numarası kullanılır ({ $source }).
wizard-phone-reset-none = Henüz parola sıfırlamada kullanılabilecek bir telefonunuz yok.
wizard-phone-precedence = Burada doğruladığınız numara kimlik doğrulama telefonunuz olur ve sıfırlama işleminde dizindeki cep telefonu yerine bu numara kullanılır.
wizard-office-phone = Ofis telefonu: { $number }, yöneticiniz tarafından ayarlandı. Bu numarayı burada değiştiremezsiniz.
wizard-email-address = E-posta adresi
wizard-email-sent = { $address } adresine kod içeren bir e-posta gönderdik.
wizard-email-resend-heading = E-posta gelmedi mi? Yeniden gönderin veya başka bir adres kullanın
wizard-email-reset-uses = Şu anda parola sıfırlama işleminde { $address } adresi kullanılır ({ $source }).
wizard-email-reset-none = Henüz parola sıfırlamada kullanılabilecek bir e-posta adresiniz yok.
wizard-email-precedence = Burada doğruladığınız adres kimlik doğrulama e-postanız olur ve sıfırlama işleminde dizindeki alternatif e-posta yerine bu adres kullanılır. İş adresinizden farklı bir adres kullanın.
wizard-questions-intro = { $count ->
    [one] Bir soru seçip yanıtlayın.
   *[other] { $count } farklı soru seçip her birini yanıtlayın.
} Yanıtlar 3 ile 40 karakter arasında olmalıdır; büyük/küçük harf ve fazladan boşluklar önemli değildir. Yöneticiler dahil hiç kimse yanıtları okuyamaz.
wizard-question-label = Soru { $number }
wizard-answer-label = { $number }. sorunun yanıtı
wizard-question-choose = Bir soru seçin
wizard-answers-show = Yanıtları göster
wizard-answers-hide = Yanıtları gizle
wizard-questions-save = Devam
wizard-questions-retype = Güvenliğiniz için yanıtlar sayfaya hiçbir zaman geri gönderilmez: Lütfen yanıtları yeniden yazın.
wizard-summary-heading = Kontrol edin ve kaydedin
wizard-summary-skipped = Atlandı
wizard-save = Kaydet
wizard-cancel = İptal

registration-error-not-signed-in = Oturumunuz sona erdi. Lütfen yeniden oturum açın.
registration-error-flow-missing = Bu kayıt işleminin süresi doldu veya işlem zaten tamamlandı. Devam etmek için baştan başlayın.
registration-error-step-out-of-order = Bu adım şu anda kullanılamıyor. Gösterilen adımdan devam edin.
registration-error-phone-missing = Telefon numaranızı girin.
registration-error-country-needed = Bir ülke seçin veya numarayı + ile başlayan uluslararası koduyla birlikte yazın.
registration-error-phone-invalid = Bu, seçilen ülke için geçerli bir telefon numarası değil.
registration-error-email-missing = E-posta adresinizi girin.
registration-error-email-invalid = name@example.com gibi bir e-posta adresi girin.
code-error-missing = Size gönderdiğimiz kodu girin.
code-error-malformed = Kod 6 ila 8 rakamdan oluşur.
code-error-wrong = { $tries ->
    [one] Bu kod doğru değil. Bir deneme hakkınız kaldı.
   *[other] Bu kod doğru değil. { $tries } deneme hakkınız kaldı.
}
code-error-dead = Çok fazla yanlış kod girildi. Yeni bir kod gönderin.
code-error-expired = Bu kodun süresi doldu. Yeni bir kod gönderin.
code-error-used = Bu kod zaten kullanıldı. Yeni bir kod gönderin.
code-error-none-sent = Bekleyen bir kod yok. Yeni bir kod gönderin.
code-error-too-many = Çok fazla kod gönderildi. Bir saat bekleyin veya başka bir yöntem seçin.
code-error-delivery-failed = Kod gönderilemedi. Yeniden deneyin veya başka bir yöntem seçin.
registration-error-question-missing = Burada bir soru seçin.
registration-error-question-not-offered = Listeden bir soru seçin.
registration-error-question-twice = Bu soruyu zaten seçtiniz. Farklı bir soru seçin.
error-answer-missing = Bir yanıt girin.
registration-error-answer-too-short = Yanıtlar en az 3 karakter uzunluğunda olmalıdır.
registration-error-answer-too-long = Yanıtlar en fazla 40 karakter uzunluğunda olabilir.
registration-error-answer-twice = Bu yanıtı başka bir soru için zaten verdiniz. Farklı bir yanıt verin.
registration-error-steps-pending = Kaydetmeden önce her adımı tamamlayın veya atlayın.
registration-error-nothing-to-save = Hiçbir şey eklenmedi. En az bir yöntem kaydedin veya iptal edin.
registration-error-not-enough-methods = { $needed ->
    [one] Parolanızı sıfırlayabilmek için en az bir yöntem kaydedin.
   *[other] Parolanızı sıfırlayabilmek için en az { $needed } farklı yöntem kaydedin.
}

account-security-info = Güvenlik bilgileri: kaydedin, değiştirin veya silin
account-security-info-saved = Güvenlik bilgileriniz kaydedildi.

message-code-email-subject = Doğrulama kodunuz
message-code-email-body = Doğrulama kodunuz: { $code }

    Kod { $minutes } dakika boyunca geçerlidir. Bu kodu siz istemediyseniz bu e-postayı yok sayabilirsiniz: Kod olmadan hiçbir şey değişmez.
message-code-sms = Doğrulama kodunuz: { $code }. Kod { $minutes } dakika geçerlidir.
message-code-voice = Doğrulama kodunuz: { $code }. Tekrar ediyorum: { $code }.
message-changed-subject = Güvenlik bilgileriniz değiştirildi
message-changed-body = Hesabınızın güvenlik bilgileri az önce değiştirildi:
    { $changes }

    Bu değişikliği siz yaptıysanız yapmanız gereken bir şey yok. Siz yapmadıysanız hemen yardım masanıza başvurun.
message-changed-phone = kimlik doğrulama telefonu
message-changed-email = kimlik doğrulama e-postası
message-changed-questions = güvenlik soruları

country-AR = Arjantin
country-AT = Avusturya
country-AU = Avustralya
country-BE = Belçika
country-BR = Brezilya
country-CA = Kanada
country-CH = İsviçre
country-CN = Çin
country-CZ = Çekya
country-DE = Almanya
country-DK = Danimarka
country-ES = İspanya
country-FI = Finlandiya
country-FR = Fransa
country-GB = Birleşik Krallık
country-GR = Yunanistan
country-HR = Hırvatistan
country-HU = Macaristan
country-IE = İrlanda
country-IN = Hindistan
country-IT = İtalya
country-JP = Japonya
country-LU = Lüksemburg
country-MT = Malta
country-MX = Meksika
country-NL = Hollanda
country-NO = Norveç
country-NZ = Yeni Zelanda
country-PL = Polonya
country-PT = Portekiz
country-RO = Romanya
country-SE = İsveç
country-SI = Slovenya
country-SK = Slovakya
country-SM = San Marino
country-TR = Türkiye
country-UA = Ukrayna
country-US = Amerika Birleşik Devletleri
country-VA = Vatikan
country-ZA = Güney Afrika
registration-error-reauth-required = Güvenliğiniz için, güvenlik bilgilerinizi değiştirmeden önce parolanızı yeniden girin.
registration-error-method-not-changeable = Bu yöntem burada değiştirilemez.
registration-error-wrong-password = Bu parola doğru değil.
registration-error-too-many-password-tries = Çok fazla yanlış parola girildi. Lütfen birkaç dakika bekleyip yeniden deneyin.

security-info-title = Güvenlik bilgileri
security-info-back = Hesabınıza dön
security-info-usable = { $usable ->
    [one] Parola sıfırlama işleminde yöntemlerinizden biri kullanılabilir
   *[other] Parola sıfırlama işleminde yöntemlerinizden { $usable } tanesi kullanılabilir
}; { $required ->
    [one] bir yöntem gerekir.
   *[other] { $required } farklı yöntem gerekir.
}
security-info-not-set = Ayarlanmadı
security-info-add = Ekle
security-info-change = Değiştir
security-info-delete = Sil
security-info-deleted = Yöntem silindi.
security-info-delete-title = Yöntemi sil
security-info-delete-confirm = “{ $method }” güvenlik bilgilerinizden silinsin mi?
security-info-delete-warning = { $required ->
    [one] Bu işlemden sonra hiç yönteminiz kalmaz ve parolanızı artık kendiniz sıfırlayamazsınız.
   *[other] Bu işlemden sonra { $required } yöntemden daha az yönteminiz kalır ve parolanızı artık kendiniz sıfırlayamazsınız.
}
reauth-title = Kimliğinizi doğrulayın
reauth-submit = Devam

## Password reset messages

message-reset-subject = Parolanız sıfırlandı
message-reset-body = Merhaba,

    Hesabınızın parolası az önce self servis parola portalı üzerinden sıfırlandı ve tüm oturumlar kapatıldı.

    Bu işlemi siz yaptıysanız başka bir şey yapmanız gerekmez. Siz yapmadıysanız hemen yöneticinize başvurun.

    Oturum açın: { $url }
message-unlocked-subject = Hesabınızın kilidi açıldı
message-unlocked-body = Merhaba,

    Hesabınızın kilidi az önce self servis parola portalı üzerinden açıldı. Parolanız değişmedi.

    Bu işlemi siz yapmadıysanız hemen yöneticinize başvurun.

    Oturum açın: { $url }
message-admin-reset-subject = Yönetici { $admin } kendi parolasını sıfırladı
message-admin-reset-body = Merhaba,

    Yönetici { $admin } az önce self servis parola portalı üzerinden kendi parolasını sıfırladı.

    Bunu beklemiyorsanız kendisiyle görüşün ve denetim günlüğünü inceleyin.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Bu, { $organisation } tarafından gönderilen otomatik bir iletidir.
email-footer-privacy = Gizlilik
email-footer-terms = Kullanım koşulları
email-footer-helpdesk = Yardım masası
message-from-organisation = { $organisation }: { $text }
