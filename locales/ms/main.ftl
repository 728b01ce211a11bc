### Bahasa Melayu (ms). Register: formal, polite, addressing the user as "anda", as in
### Microsoft's Malay product UI. Malay has no plural forms: counts use the number only.
### Glossary:
###   password = kata laluan
###   security info = maklumat keselamatan
###   verification code = kod pengesahan
###   security question = soalan keselamatan
###   helpdesk = meja bantuan
###   administrator = pentadbir
###   sign in / sign out = daftar masuk / daftar keluar
###   reset = set semula
###   unlock = buka kunci
###   account = akaun
###   user name = nama pengguna
###   method = kaedah
###   directory = direktori
###   text message = mesej teks (SMS)
###   email = e-mel
###   mobile phone = telefon mudah alih
###   authentication phone / email = telefon pengesahan / e-mel pengesahan
###   self-service = layan diri

## Shared by every page

product-name = Layan Diri Akaun
skip-to-content = Langkau ke kandungan utama
loading = Memuatkan…
language-label = Bahasa
# Dipaparkan dalam pemilih bahasa: nama bahasa ini, dalam bahasa ini sendiri.
language-name = Bahasa Melayu
language-apply = Tukar bahasa
password-show = Tunjukkan kata laluan
password-hide = Sembunyikan kata laluan

## Errors

error-user-name-missing = Masukkan nama pengguna anda.
error-user-name-invalid = Ini tidak kelihatan seperti nama pengguna. Semak apa yang anda taip dan cuba lagi.
error-password-missing = Masukkan kata laluan anda.
error-invalid-credentials = Nama pengguna atau kata laluan anda tidak betul. Semak kedua-duanya dan cuba lagi.
error-account-locked = Akaun anda dikunci. Untuk membuka kuncinya, pilih “Tidak dapat mengakses akaun anda?” di bawah, atau hubungi meja bantuan anda.
error-sign-in-paused = Terdapat terlalu banyak percubaan daftar masuk yang gagal untuk nama pengguna ini. Untuk melindungi akaun, daftar masuk dijeda sehingga { $until }. Jika anda terlupa kata laluan, anda boleh set semula kata laluan sekarang.
error-sign-in-busy-address = Terdapat terlalu banyak percubaan daftar masuk yang gagal dari rangkaian anda. Sila tunggu satu jam dan cuba lagi.
error-unavailable = Berlaku masalah di pihak kami. Sila cuba lagi dalam beberapa minit.
error-transport = Kami tidak dapat menghubungi pelayan. Semak sambungan anda dan cuba lagi.

## Sign-in page

sign-in-title = Daftar masuk
sign-in-heading = Daftar masuk ke akaun anda
sign-in-user-name = Nama pengguna
sign-in-password = Kata laluan
sign-in-submit = Daftar masuk
sign-in-cant-access = Tidak dapat mengakses akaun anda?

## Account page

account-title = Akaun anda
account-heading = Akaun anda
account-signed-in-as = Anda didaftar masuk sebagai
account-sign-out = Daftar keluar
account-signed-out = Anda belum mendaftar masuk.
account-go-sign-in = Pergi ke daftar masuk

## Password reset

reset-title = Set semula kata laluan anda
reset-heading = Akses semula akaun anda
reset-back-to-sign-in = Kembali ke daftar masuk
reset-intro = Masukkan nama pengguna anda dan kami akan membantu anda membuktikan bahawa ini anda, kemudian anda boleh memilih kata laluan baharu.
reset-user-id = Nama pengguna
reset-user-id-hint = Biasanya alamat e-mel kerja anda, contohnya name@contoso.example.
reset-next = Seterusnya
captcha-question = Untuk menunjukkan anda manusia: berapakah { $a } tambah { $b }?
captcha-hint = Taip jawapan dalam bentuk angka.
captcha-checking = Menyemak bahawa anda manusia…
captcha-done = Selesai: pelayar anda telah membuktikan bahawa anda manusia. Teruskan dengan Seterusnya.
reset-start-again = Mulakan semula
reset-verify-heading = Buktikan bahawa ini anda
reset-gate-of = Pengesahan { $number } daripada { $total }
reset-gate-legend = Bagaimanakah anda mahu menerima kod pengesahan?
reset-gate-email = Hantar kod melalui e-mel ke { $destination }
reset-gate-mobile-sms = Hantar kod melalui mesej teks ke telefon mudah alih saya { $destination }
reset-gate-mobile-voice = Hubungi telefon mudah alih saya { $destination }
reset-gate-office-voice = Hubungi telefon pejabat saya { $destination }
reset-gate-questions = Jawab soalan keselamatan saya
reset-code-sent-email = Kami telah menghantar e-mel yang mengandungi kod pengesahan ke { $destination }.
reset-code-sent-sms = Kami telah menghantar mesej teks yang mengandungi kod pengesahan ke { $destination }.
reset-code-sent-voice = Kami sedang menghubungi { $destination } untuk membacakan kod pengesahan kepada anda.
reset-code-resend = Hantar kod baharu
reset-other-method = Gunakan kaedah lain
reset-questions-heading = Jawab soalan keselamatan anda
reset-password-heading = Pilih kata laluan baharu
reset-password-hint = Gunakan sekurang-kurangnya { $min } aksara. Frasa panjang yang mudah anda ingat adalah yang terbaik; elakkan nama anda dan kata laluan yang biasa digunakan.
reset-password-new = Kata laluan baharu
reset-password-confirm = Sahkan kata laluan baharu
reset-password-strength-0 = Anggaran kekuatan: sangat lemah
reset-password-strength-1 = Anggaran kekuatan: lemah
reset-password-strength-2 = Anggaran kekuatan: sederhana
reset-password-strength-3 = Anggaran kekuatan: kuat
reset-password-strength-4 = Anggaran kekuatan: sangat kuat
reset-password-strength-note = Anggaran ini dibuat dalam pelayar anda untuk membantu anda memilih. Peraturan di atas yang menentukan sama ada kata laluan diterima.
reset-password-submit = Set semula kata laluan
reset-unlock-only-text = Akaun anda dikunci. Jika anda masih ingat kata laluan anda, anda boleh membuka kunci akaun dan terus menggunakan kata laluan itu.
reset-unlock-only = Buka kunci sahaja
reset-contact-heading = Hubungi pentadbir anda
reset-contact-text = Anda tidak boleh set semula kata laluan anda di sini. Pentadbir anda boleh membantu anda mengakses semula akaun anda.
reset-contact-helpdesk = Hubungi meja bantuan
reset-done-heading = Kata laluan anda telah diset semula
reset-done-text = Anda telah didaftar keluar daripada semua peranti. Daftar masuk dengan kata laluan baharu anda.
reset-unlocked-heading = Kunci akaun anda telah dibuka
reset-unlocked-text = Daftar masuk dengan kata laluan semasa anda.
reset-go-sign-in = Pergi ke daftar masuk
reset-error-flow-missing = Proses set semula anda telah tamat tempoh atau tidak pernah dimulakan. Sila mulakan semula.
reset-error-step-out-of-order = Langkah itu tidak tersedia sekarang. Sila teruskan dari halaman ini.
reset-error-user-id-missing = Masukkan nama pengguna anda.
reset-error-user-id-invalid = Masukkan nama pengguna anda dalam bentuk alamat e-mel, contohnya name@contoso.example.
reset-error-captcha-failed = Kami tidak dapat mengesahkan bahawa anda manusia. Sila cuba lagi.
reset-error-gate-missing = Pilih cara anda mahu menerima kod.
reset-error-code-dead = Terlalu banyak kod yang salah. Hantar kod baharu atau gunakan kaedah lain.
reset-error-answers-wrong = Satu atau lebih jawapan tidak betul. Semak jawapan anda dan cuba lagi.
reset-error-blocked = Anda telah mencuba terlalu banyak kali. Demi keselamatan anda, set semula layan diri dijeda untuk akaun ini sehingga { $until }.
reset-error-busy-address = Terdapat terlalu banyak percubaan dari rangkaian anda. Sila tunggu satu jam dan cuba lagi.
reset-error-passwords-differ = Kedua-dua kata laluan tidak sepadan.
reset-error-password-too-short = Gunakan sekurang-kurangnya { $min } aksara.
reset-error-password-missing = Masukkan kata laluan baharu.
reset-error-password-common = Kata laluan ini terdapat dalam senarai kata laluan yang dicuba dahulu oleh penyerang. Pilih kata laluan lain, contohnya frasa yang terdiri daripada beberapa perkataan yang tidak berkaitan.
reset-error-password-control = Kata laluan tidak boleh mengandungi pemisah baris, tab atau aksara kawalan lain. Taip semula tanpa aksara tersebut.
reset-error-write-unconfirmed = Kami tidak dapat mengesahkan bahawa kata laluan baharu anda telah disimpan. Pilih kata laluan sekali lagi; pilihan baharu akan menggantikan apa-apa yang telah disimpan.
reset-writing = Perubahan anda sedang disimpan. Muat semula halaman ini sebentar lagi.
reset-error-password-too-long = Gunakan tidak lebih daripada 256 aksara.
reset-error-password-contains-name = Jangan gunakan nama pengguna anda dalam kata laluan anda.
reset-error-write-failed = Kami tidak dapat menyimpan perubahan dalam direktori, jadi tiada apa-apa yang diubah. Sila cuba lagi sebentar lagi.

## Organisation branding on every page

footer-label = Pautan organisasi
footer-privacy = Privasi
footer-terms = Terma penggunaan
footer-helpdesk = Meja bantuan

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio penjenamaan
studio-heading-layer = Tetapan: { $layer }
studio-back = Kembali ke studio penjenamaan
studio-preview-banner = Anda sedang pratonton penjenamaan yang belum diterbitkan. Tiada orang lain yang melihatnya sehingga ia diterbitkan.
studio-preview-stop = Hentikan pratonton
studio-layer-label = Tetapan untuk
studio-layer-open = Buka
studio-layer-default = Lalai (semua bahasa)
studio-layer-overridden = { $language } (mempunyai tetapan sendiri)
studio-inherited = Jika kosong: { $value }
studio-as-default = Sama seperti dalam tetapan lalai
studio-as-product = Seperti rupa portal tanpa penjenamaan
studio-show = Tunjukkan
studio-hide = Sembunyikan
studio-save = Simpan draf
studio-section-identity = Organisasi
studio-section-colours = Warna
studio-colours-hint = Tulis warna dalam bentuk #rrggbb, contohnya #0b5cad. Teks dan butang mesti cukup menonjol daripada latar belakangnya supaya dapat dibaca oleh semua orang, jadi studio menyemak kontras sebelum menerbitkan.
studio-section-layout = Tataletak
studio-section-sign-in = Halaman daftar masuk
studio-section-links = Pautan pengaki
studio-section-css = CSS tersuai
studio-css-hint = Peraturan untuk nama kelas yang disenaraikan dalam rujukan CSS portal. Imej hanya boleh datang daripada imej yang dimuat naik di sini. Maksimum 25 KB.
studio-section-images = Imej
studio-section-publish = Penerbitan
studio-section-publications = Versi yang diterbitkan
studio-field-organisation-name = Nama organisasi
studio-field-colour-primary = Butang dan pautan
studio-field-colour-primary-text = Teks pada butang
studio-field-colour-header = Jalur pengepala
studio-field-colour-header-text = Teks dalam jalur pengepala
studio-field-colour-text = Teks
studio-field-colour-page = Latar belakang halaman
studio-field-colour-card = Latar belakang kad
studio-field-colour-focus = Gelang fokus papan kekunci
studio-field-layout = Tataletak halaman
studio-layout-full-bleed = Imej latar belakang yang memenuhi halaman
studio-layout-plain = Warna halaman biasa
studio-field-show-header = Tunjukkan jalur pengepala
studio-field-show-footer = Tunjukkan pengaki
studio-field-sign-in-text = Teks halaman daftar masuk
studio-field-user-name-hint = Pembayang nama pengguna
studio-field-cant-access-label = Teks pautan untuk orang yang tidak dapat mendaftar masuk
studio-field-show-reset-link = Pautan untuk orang yang tidak dapat mendaftar masuk
studio-field-privacy-url = Alamat penyata privasi
studio-field-terms-url = Alamat terma penggunaan
studio-field-helpdesk-url = Alamat meja bantuan (web atau e-mel)
studio-field-custom-css = CSS tersuai
studio-field-image-banner-logo = Logo sepanduk
studio-field-image-square-logo = Logo segi empat sama
studio-field-image-square-logo-dark = Logo segi empat sama untuk latar belakang gelap
studio-field-image-favicon = Ikon laman web (favicon)
studio-field-image-background = Imej latar belakang
studio-image-limits = { $kinds }, maksimum { $kilobytes } KB dan { $width } × { $height } piksel.
studio-image-upload = Muat naik { $slot }
studio-image-remove = Alih keluar { $slot }
studio-image-current = { $slot } semasa
studio-live-heading = Pratonton langsung
studio-live-caption = Mengikut warna dan teks di atas semasa anda menaip, sebelum anda menyimpan.
studio-preview = Pratonton draf pada halaman sebenar
studio-email-preview = Pratonton e-mel dengan draf
studio-publish = Terbitkan
studio-state-never-published = Belum ada apa-apa yang diterbitkan: semua orang melihat portal tanpa penjenamaan.
studio-state-published = Versi { $version } sedang aktif.
studio-state-unpublished-changes = Draf mempunyai perubahan yang belum diterbitkan.
studio-problems-heading = Betulkan perkara ini sebelum menerbitkan
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: kontras antara { $pair } ialah { $ratio }; sekurang-kurangnya { $minimum } diperlukan.
studio-problem-too-long = gunakan tidak lebih daripada { $max } aksara.
studio-problem-control-character = alih keluar aksara kawalan (seperti tab) daripadanya.
studio-problem-not-a-colour = tulis warna sebagai # diikuti enam digit perenambelasan, contohnya #0b5cad.
studio-problem-link-not-https = alamat web mesti bermula dengan https://.
studio-problem-link-invalid = tulis alamat web yang bermula dengan https:// atau alamat e-mel.
studio-problem-css = baris { $line }: { $reason }
studio-css-too-long = helaian gaya lebih besar daripada 25 KB.
studio-css-import = @import tidak dibenarkan; letakkan peraturan di sini sebaliknya.
studio-css-external-url = url() hanya boleh menghala ke imej yang dimuat naik dalam studio.
studio-css-expression = expression(), behavior dan -moz-binding tidak dibenarkan.
studio-css-at-rule = hanya @media, @supports, @layer, @container, @font-face dan @keyframes dibenarkan.
studio-css-markup = jujukan </ tidak dibenarkan.
studio-css-unparsable = ini bukan CSS yang sah (semak sama ada kurungan kerinting, titik bertindih atau tanda petik tertinggal).
studio-pair-text-on-page = teks dan latar belakang halaman
studio-pair-text-on-card = teks dan latar belakang kad
studio-pair-button-text-on-primary = teks butang dan butang
studio-pair-header-text-on-header = teks pengepala dan jalur pengepala
studio-pair-focus-on-page = gelang fokus dan latar belakang halaman
studio-column-version = Versi
studio-column-when = Diterbitkan
studio-column-who = Oleh
studio-column-note = Nota
studio-column-action = Tindakan
studio-publication-live = Aktif sekarang
studio-publication-restored = Memulihkan versi { $version }
studio-roll-back = Terbitkan semula versi { $version }
studio-done-saved = Draf telah disimpan. Pratonton draf, kemudian terbitkan apabila sudah sedia.
studio-done-uploaded = Imej telah ditambahkan pada draf.
studio-done-removed = Imej telah dialih keluar daripada draf.
studio-done-published = Diterbitkan. Setiap halaman akan memaparkan penjenamaan baharu dalam beberapa saat.
studio-done-rolled-back = Versi sebelumnya aktif semula, dan kini juga menjadi draf.
studio-done-preview-stopped = Pratonton telah tamat.
studio-refused-publish = Tiada apa-apa yang diterbitkan: betulkan masalah yang disenaraikan di bawah terlebih dahulu.
studio-refused-no-such-version = Versi itu tidak wujud. Tiada apa-apa yang diubah.
studio-refused-unavailable = Perubahan tidak dapat disimpan. Tiada apa-apa yang diubah; sila cuba lagi.
studio-refused-empty = { $slot } tidak dimuat naik: tiada fail dipilih, atau fail itu kosong. Tiada apa-apa yang diubah.
studio-refused-too-many-bytes = { $slot } tidak dimuat naik: fail lebih besar daripada { $kilobytes } KB. Tiada apa-apa yang diubah.
studio-refused-unknown-type = { $slot } tidak dimuat naik: fail itu bukan imej PNG, JPEG atau WebP (atau lukisan SVG, untuk logo), walau apa pun namanya. Tiada apa-apa yang diubah.
studio-refused-svg-not-allowed = { $slot } tidak dimuat naik: lukisan SVG hanya diterima untuk logo. Gunakan PNG, JPEG atau WebP. Tiada apa-apa yang diubah.
studio-refused-too-many-pixels = { $slot } tidak dimuat naik: imej lebih besar daripada { $width } × { $height } piksel. Tiada apa-apa yang diubah.
studio-refused-undecodable = { $slot } tidak dimuat naik: imej rosak dan tidak dapat dibaca. Tiada apa-apa yang diubah.
studio-refused-svg-unparsable = { $slot } tidak dimuat naik: lukisan SVG tidak dapat dibaca. Tiada apa-apa yang diubah.
studio-refused-svg-doctype = { $slot } tidak dimuat naik: lukisan SVG yang mengandungi DOCTYPE atau entiti ditolak. Tiada apa-apa yang diubah.
studio-refused-svg-script = { $slot } tidak dimuat naik: lukisan SVG mengandungi skrip. Tiada apa-apa yang diubah.
studio-refused-svg-foreign-object = { $slot } tidak dimuat naik: lukisan SVG membenamkan kandungan lain (foreignObject). Tiada apa-apa yang diubah.
studio-refused-svg-event-handler = { $slot } tidak dimuat naik: lukisan SVG mengandungi pengendali peristiwa (atribut on…). Tiada apa-apa yang diubah.
studio-refused-svg-external-reference = { $slot } tidak dimuat naik: lukisan SVG merujuk kepada fail atau alamat di luar dirinya. Tiada apa-apa yang diubah.
studio-refused-svg-too-complex = { $slot } tidak dimuat naik: lukisan SVG terlalu kompleks. Ringkaskannya dan cuba lagi. Tiada apa-apa yang diubah.
studio-refused-svg-marker = { $slot } tidak dimuat naik: penanda SVG tidak disokong. Tiada apa-apa yang diubah.

## Not found

not-found-title = Halaman tidak ditemui
not-found-heading = Kami tidak dapat menemui halaman itu.

## Demo outbox (demonstration mode only)

outbox-title = Peti keluar demo
outbox-heading = Peti keluar demo
outbox-banner-heading = Mod demonstrasi
outbox-banner-text = Halaman ini hanya wujud dalam mod demonstrasi. Mesej tidak benar-benar dihantar: e-mel, mesej teks dan panggilan suara disimpan di sini sebagai gantinya, termasuk kod sekali guna, supaya anda boleh mencuba portal ini. Jangan sekali-kali menjalankan portal sebenar dalam mod demonstrasi.
outbox-caption = { $limit } mesej terkini, yang terbaharu dahulu
outbox-empty = Belum ada mesej. Kod dan pemberitahuan yang dihantar oleh portal akan dipaparkan di sini.
outbox-time = Masa
outbox-channel = Saluran
outbox-recipient = Penerima
outbox-subject = Subjek
outbox-body = Mesej
outbox-channel-email = E-mel
outbox-channel-sms = Mesej teks
outbox-channel-voice = Panggilan suara

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Di bandar manakah anda bertemu dengan pasangan pertama anda?
question-city-parents-met = Di bandar manakah ibu bapa anda bertemu?
question-city-nearest-sibling = Di bandar manakah adik-beradik anda yang paling rapat tinggal?
question-city-father-born = Di bandar manakah bapa anda dilahirkan?
question-city-first-job = Di bandar manakah anda mendapat pekerjaan pertama anda?
question-city-mother-born = Di bandar manakah ibu anda dilahirkan?
question-city-new-year-2000 = Di bandar manakah anda berada pada sambutan Tahun Baharu 2000?
question-high-school-teacher-last-name = Siapakah nama cikgu kegemaran anda di sekolah menengah?
question-college-applied-not-attended = Apakah nama universiti atau kolej yang pernah anda mohon tetapi tidak anda masuki?
question-first-wedding-reception-place = Apakah nama dewan atau tempat majlis perkahwinan pertama anda diadakan?
question-father-middle-name = Apakah nama panggilan bapa anda?
question-favorite-food = Apakah makanan kegemaran anda?
question-maternal-grandmother-name = Siapakah nama penuh nenek sebelah ibu anda?
question-mother-middle-name = Apakah nama panggilan ibu anda?
question-oldest-sibling-birthday = Apakah bulan dan tahun lahir adik-beradik anda yang paling tua? (cth. November 1985)
question-oldest-sibling-middle-name = Apakah nama panggilan adik-beradik anda yang paling tua?
question-paternal-grandfather-name = Siapakah nama penuh datuk sebelah bapa anda?
question-youngest-sibling-middle-name = Apakah nama panggilan adik-beradik anda yang paling muda?
question-sixth-grade-school = Di sekolah manakah anda belajar semasa Darjah 6?
question-childhood-best-friend-name = Siapakah nama penuh sahabat baik anda semasa kecil?
question-first-significant-other-name = Siapakah nama penuh teman istimewa pertama anda?
question-grade-school-teacher-last-name = Siapakah nama cikgu kegemaran anda di sekolah rendah?
question-first-car-make-model = Apakah jenama dan model kereta atau motosikal pertama anda?
question-first-school = Apakah nama sekolah pertama anda?
question-birth-hospital = Apakah nama hospital tempat anda dilahirkan?
question-childhood-street = Apakah nama jalan atau kampung rumah pertama anda semasa kecil?
question-childhood-hero = Siapakah wira idola anda semasa kecil?
question-favorite-stuffed-animal = Apakah nama anak patung kesayangan anda semasa kecil?
question-first-pet = Apakah nama haiwan peliharaan pertama anda?
question-childhood-nickname = Apakah nama panggilan anda semasa kecil?
question-high-school-sport = Apakah sukan kegemaran anda semasa di sekolah menengah?
question-first-job = Apakah pekerjaan pertama anda?
question-childhood-phone-last-digits = Apakah empat digit terakhir nombor telefon rumah anda semasa kecil?
question-childhood-ambition = Semasa kecil, apakah cita-cita anda apabila dewasa?
question-most-famous-person-met = Siapakah orang paling terkenal yang pernah anda temui?

## Security-info registration

method-email = E-mel
method-mobile-phone = Telefon mudah alih
method-office-phone = Telefon pejabat
method-security-questions = Soalan keselamatan
method-questions-count = { $count } soalan telah dijawab
source-authentication = didaftarkan oleh anda untuk pengesahan, tidak dipaparkan dalam direktori
source-directory = daripada profil direktori anda
source-administrator = ditetapkan oleh pentadbir anda

prompt-title = Maklumat lanjut diperlukan
prompt-register-heading = Maklumat lanjut diperlukan
prompt-register-why = Organisasi anda memerlukan cara untuk mengesahkan bahawa ini anda apabila anda terlupa kata laluan atau akaun anda dikunci. Daftarkan maklumat keselamatan anda sekarang supaya anda boleh mengakses semula akaun sendiri, tanpa menghubungi meja bantuan.
prompt-register-needed = Anda memerlukan sekurang-kurangnya { $count } kaedah pengesahan yang berbeza.
prompt-next = Seterusnya
prompt-skip = Langkau buat masa ini
prompt-reconfirm-heading = Adakah maklumat ini masih betul?
prompt-reconfirm-why = Sila semak maklumat keselamatan yang anda daftarkan. Jika ada yang berubah, kemas kini maklumat tersebut supaya anda masih boleh set semula kata laluan anda.
prompt-looks-good = Semuanya betul
prompt-change = Tukar
prompt-nothing = Tiada apa-apa lagi yang diperlukan
prompt-go-account = Pergi ke akaun anda

wizard-title = Daftar maklumat keselamatan
wizard-start = Mulakan semula
wizard-step-of = Langkah { $number } daripada { $total }
wizard-code-label = Kod pengesahan
wizard-verify = Sahkan
wizard-send-code = Hantar kod
wizard-skip-step = Langkau kaedah ini
wizard-phone-country = Negara atau rantau
wizard-phone-number = Nombor telefon
wizard-phone-hint = Tanpa kod negara, atau dengan kod negara yang bermula dengan +.
wizard-phone-channel = Bagaimanakah kami patut menghantar kod?
wizard-phone-sms = Mesej teks (SMS)
wizard-phone-voice = Panggilan suara
wizard-phone-texted = Kami telah menghantar mesej teks yang mengandungi kod ke { $number }.
wizard-phone-called = Kami sedang menghubungi { $number } untuk membacakan kod kepada anda.
wizard-phone-resend-heading = Tiada kod? Hantar sekali lagi atau gunakan nombor lain
wizard-phone-reset-uses = Pada masa ini, set semula kata laluan akan menggunakan { $number }, { $source }.
wizard-phone-reset-none = Anda belum mempunyai telefon yang boleh digunakan untuk set semula kata laluan.
wizard-phone-precedence = Nombor yang anda sahkan di sini menjadi telefon pengesahan anda, dan set semula akan menggunakannya dan bukan telefon mudah alih dalam direktori.
wizard-office-phone = Telefon pejabat: { $number }, ditetapkan oleh pentadbir anda. Anda tidak boleh menukarnya di sini.
wizard-email-address = Alamat e-mel
wizard-email-sent = Kami telah menghantar e-mel yang mengandungi kod ke { $address }.
wizard-email-resend-heading = Tiada e-mel? Hantar sekali lagi atau gunakan alamat lain
wizard-email-reset-uses = Pada masa ini, set semula kata laluan akan menggunakan { $address }, { $source }.
wizard-email-reset-none = Anda belum mempunyai alamat e-mel yang boleh digunakan untuk set semula kata laluan.
wizard-email-precedence = Alamat yang anda sahkan di sini menjadi e-mel pengesahan anda, dan set semula akan menggunakannya dan bukan e-mel alternatif dalam direktori. Gunakan alamat selain alamat kerja anda.
wizard-questions-intro = Pilih dan jawab { $count } soalan; setiap soalan hanya boleh dipilih sekali. Jawapan mestilah antara 3 hingga 40 aksara; huruf besar/kecil dan ruang tambahan tidak diambil kira. Tiada sesiapa, termasuk pentadbir, boleh membaca jawapan anda.
wizard-question-label = Soalan { $number }
wizard-answer-label = Jawapan kepada soalan { $number }
wizard-question-choose = Pilih soalan
wizard-answers-show = Tunjukkan jawapan
wizard-answers-hide = Sembunyikan jawapan
wizard-questions-save = Teruskan
wizard-questions-retype = Demi keselamatan anda, jawapan tidak pernah dihantar semula ke halaman: sila taip semula jawapan anda.
wizard-summary-heading = Semak dan simpan
wizard-summary-skipped = Dilangkau
wizard-save = Simpan
wizard-cancel = Batal

registration-error-not-signed-in = Sesi anda telah tamat. Sila daftar masuk semula.
registration-error-flow-missing = Pendaftaran ini telah tamat tempoh atau sudah selesai. Mulakan semula untuk meneruskan.
registration-error-step-out-of-order = Langkah itu tidak tersedia sekarang. Teruskan dari langkah yang dipaparkan.
registration-error-phone-missing = Masukkan nombor telefon anda.
registration-error-country-needed = Pilih negara, atau tulis nombor bersama kod antarabangsanya yang bermula dengan +.
registration-error-phone-invalid = Ini bukan nombor telefon yang sah untuk negara yang dipilih.
registration-error-email-missing = Masukkan alamat e-mel anda.
registration-error-email-invalid = Masukkan alamat e-mel seperti name@example.com.
code-error-missing = Masukkan kod yang kami hantar kepada anda.
code-error-malformed = Kod terdiri daripada 6 hingga 8 digit.
code-error-wrong = Kod itu tidak betul. Anda ada { $tries } percubaan lagi.
code-error-dead = Terlalu banyak kod yang salah. Hantar kod baharu.
code-error-expired = Kod itu telah tamat tempoh. Hantar kod baharu.
code-error-used = Kod ini telah digunakan. Hantar kod baharu.
code-error-none-sent = Tiada kod yang menunggu. Hantar kod baharu.
code-error-too-many = Terlalu banyak kod telah dihantar. Tunggu satu jam, atau pilih kaedah lain.
code-error-delivery-failed = Kami tidak dapat menghantar kod. Cuba lagi, atau pilih kaedah lain.
registration-error-question-missing = Pilih soalan di sini.
registration-error-question-not-offered = Pilih soalan daripada senarai.
registration-error-question-twice = Anda sudah memilih soalan ini. Pilih soalan yang lain.
error-answer-missing = Masukkan jawapan.
registration-error-answer-too-short = Jawapan mestilah sekurang-kurangnya 3 aksara.
registration-error-answer-too-long = Jawapan mestilah tidak melebihi 40 aksara.
registration-error-answer-twice = Anda sudah memberikan jawapan ini untuk soalan lain. Berikan jawapan yang berbeza.
registration-error-steps-pending = Lengkapkan atau langkau setiap langkah sebelum menyimpan.
registration-error-nothing-to-save = Tiada apa-apa yang ditambah. Daftarkan sekurang-kurangnya satu kaedah, atau batalkan.
registration-error-not-enough-methods = Daftarkan sekurang-kurangnya { $needed } kaedah yang berbeza supaya anda boleh set semula kata laluan anda.

account-security-info = Maklumat keselamatan: daftar, tukar atau padam
account-security-info-saved = Maklumat keselamatan anda telah disimpan.

message-code-email-subject = Kod pengesahan anda
message-code-email-body = Kod pengesahan anda ialah { $code }.

    Kod ini sah selama { $minutes } minit. Jika anda tidak memintanya, anda boleh abaikan e-mel ini: tiada apa-apa yang akan berubah tanpa kod tersebut.
message-code-sms = Kod pengesahan anda ialah { $code }. Sah selama { $minutes } minit.
message-code-voice = Kod pengesahan anda ialah: { $code }. Sekali lagi: { $code }.
message-changed-subject = Maklumat keselamatan anda telah ditukar
message-changed-body = Maklumat keselamatan akaun anda baru sahaja ditukar:
    { $changes }

    Jika anda yang membuat perubahan ini, tiada apa-apa yang perlu dilakukan. Jika bukan, hubungi meja bantuan anda dengan segera.
message-changed-phone = telefon pengesahan
message-changed-email = e-mel pengesahan
message-changed-questions = soalan keselamatan

country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-BE = Belgium
country-BR = Brazil
country-CA = Kanada
country-CH = Switzerland
country-CN = China
country-CZ = Republik Czech
country-DE = Jerman
country-DK = Denmark
country-ES = Sepanyol
country-FI = Finland
country-FR = Perancis
country-GB = United Kingdom
country-GR = Greece
country-HR = Croatia
country-HU = Hungary
country-IE = Ireland
country-IN = India
country-IT = Itali
country-JP = Jepun
country-LU = Luxembourg
country-MT = Malta
country-MX = Mexico
country-NL = Belanda
country-NO = Norway
country-NZ = New Zealand
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SE = Sweden
country-SI = Slovenia
country-SK = Slovakia
country-SM = San Marino
country-TR = Turkiye
country-UA = Ukraine
country-US = Amerika Syarikat
country-VA = Kota Vatican
country-ZA = Afrika Selatan
registration-error-reauth-required = Demi keselamatan anda, masukkan kata laluan anda sekali lagi sebelum menukar maklumat keselamatan.
registration-error-method-not-changeable = Kaedah ini tidak boleh ditukar di sini.
registration-error-wrong-password = Kata laluan itu tidak betul.
registration-error-too-many-password-tries = Terdapat terlalu banyak kata laluan yang salah. Sila tunggu beberapa minit dan cuba lagi.

security-info-title = Maklumat keselamatan
security-info-back = Kembali ke akaun anda
security-info-usable = Set semula kata laluan boleh menggunakan { $usable } daripada kaedah anda; { $required } kaedah yang berbeza diperlukan.
security-info-not-set = Belum ditetapkan
security-info-add = Tambah
security-info-change = Tukar
security-info-delete = Padam
security-info-deleted = Kaedah telah dipadamkan.
security-info-delete-title = Padam kaedah
security-info-delete-confirm = Padamkan “{ $method }” daripada maklumat keselamatan anda?
security-info-delete-warning = Selepas ini, kaedah anda akan kurang daripada { $required }, dan anda tidak lagi boleh set semula kata laluan anda sendiri.
reauth-title = Sahkan bahawa ini anda
reauth-submit = Teruskan

## Password reset messages

message-reset-subject = Kata laluan anda telah diset semula
message-reset-body = Helo,

    Kata laluan akaun anda baru sahaja diset semula melalui portal kata laluan layan diri, dan semua sesi telah didaftar keluar.

    Jika ini anda, tiada apa-apa lagi yang perlu dilakukan. Jika bukan, hubungi pentadbir anda dengan segera.

    Daftar masuk: { $url }
message-unlocked-subject = Kunci akaun anda telah dibuka
message-unlocked-body = Helo,

    Kunci akaun anda baru sahaja dibuka melalui portal kata laluan layan diri. Kata laluan anda tidak berubah.

    Jika ini bukan anda, hubungi pentadbir anda dengan segera.

    Daftar masuk: { $url }
message-admin-reset-subject = Pentadbir { $admin } telah set semula kata laluannya sendiri
message-admin-reset-body = Helo,

    Pentadbir { $admin } baru sahaja set semula kata laluannya sendiri melalui portal kata laluan layan diri.

    Jika anda tidak menjangkakan perkara ini, semak dengan pentadbir tersebut dan semak log audit.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Ini ialah mesej automatik daripada { $organisation }.
email-footer-privacy = Privasi
email-footer-terms = Terma penggunaan
email-footer-helpdesk = Meja bantuan
message-from-organisation = { $organisation }: { $text }
