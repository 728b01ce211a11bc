### Bahasa Indonesia (id). Register: formal, polite, addressing the user as "Anda", as in
### Microsoft's Indonesian product UI. Indonesian has no plural forms: counts use the number only.
### Glossary:
###   password = kata sandi
###   security info = info keamanan
###   verification code = kode verifikasi
###   security question = pertanyaan keamanan
###   helpdesk = layanan bantuan
###   administrator = administrator
###   sign in / sign out = masuk / keluar
###   reset = mengatur ulang (pengaturan ulang)
###   unlock = membuka kunci
###   account = akun
###   user name = nama pengguna
###   method = metode
###   directory = direktori
###   text message = pesan teks (SMS)
###   email = email
###   mobile phone = ponsel
###   authentication phone / email = telepon autentikasi / email autentikasi
###   self-service = layanan mandiri

## Shared by every page

product-name = Layanan Mandiri Akun
skip-to-content = Langsung ke konten utama
loading = Memuat…
language-label = Bahasa
# Ditampilkan di pemilih bahasa: nama bahasa ini, dalam bahasa ini sendiri.
language-name = Bahasa Indonesia
language-apply = Ganti bahasa
password-show = Tampilkan kata sandi
password-hide = Sembunyikan kata sandi

## Errors

error-user-name-missing = Masukkan nama pengguna Anda.
error-user-name-invalid = Ini tidak tampak seperti nama pengguna. Periksa kembali yang Anda ketik, lalu coba lagi.
error-password-missing = Masukkan kata sandi Anda.
error-invalid-credentials = Nama pengguna atau kata sandi Anda salah. Periksa keduanya, lalu coba lagi.
error-account-locked = Akun Anda terkunci. Untuk membuka kuncinya, pilih “Tidak dapat mengakses akun Anda?” di bawah, atau hubungi layanan bantuan Anda.
error-sign-in-paused = Terlalu banyak upaya masuk yang gagal untuk nama pengguna ini. Untuk melindungi akun, proses masuk dijeda hingga { $until }. Jika Anda lupa kata sandi, Anda dapat mengatur ulang kata sandi sekarang.
error-sign-in-busy-address = Terlalu banyak upaya masuk yang gagal dari jaringan Anda. Harap tunggu satu jam, lalu coba lagi.
error-unavailable = Terjadi kesalahan di pihak kami. Silakan coba lagi dalam beberapa menit.
error-transport = Kami tidak dapat menjangkau server. Periksa koneksi Anda, lalu coba lagi.

## Sign-in page

sign-in-title = Masuk
sign-in-heading = Masuk ke akun Anda
sign-in-user-name = Nama pengguna
sign-in-password = Kata sandi
sign-in-submit = Masuk
sign-in-cant-access = Tidak dapat mengakses akun Anda?

## Account page

account-title = Akun Anda
account-heading = Akun Anda
account-signed-in-as = Anda masuk sebagai
account-sign-out = Keluar
account-signed-out = Anda belum masuk.
account-go-sign-in = Buka halaman masuk

## Password reset

reset-title = Atur ulang kata sandi Anda
reset-heading = Kembali mengakses akun Anda
reset-back-to-sign-in = Kembali ke halaman masuk
reset-intro = Masukkan nama pengguna Anda. Kami akan membantu Anda membuktikan bahwa ini memang Anda, lalu Anda dapat memilih kata sandi baru.
reset-user-id = Nama pengguna
reset-user-id-hint = Biasanya alamat email kantor Anda, misalnya name@contoso.example.
reset-next = Berikutnya
captcha-question = Untuk menunjukkan bahwa Anda manusia: berapa { $a } ditambah { $b }?
captcha-hint = Ketik jawabannya dalam angka.
captcha-checking = Memeriksa bahwa Anda manusia…
captcha-done = Selesai: browser Anda membuktikan bahwa Anda manusia. Lanjutkan dengan Berikutnya.
reset-start-again = Mulai lagi
reset-verify-heading = Buktikan bahwa ini Anda
reset-gate-of = Verifikasi { $number } dari { $total }
reset-gate-legend = Bagaimana Anda ingin menerima kode verifikasi?
reset-gate-email = Kirim kode melalui email ke { $destination }
reset-gate-mobile-sms = Kirim kode melalui SMS ke ponsel saya { $destination }
reset-gate-mobile-voice = Hubungi ponsel saya { $destination }
reset-gate-office-voice = Hubungi telepon kantor saya { $destination }
reset-gate-questions = Jawab pertanyaan keamanan saya
reset-code-sent-email = Kami telah mengirim email berisi kode verifikasi ke { $destination }.
reset-code-sent-sms = Kami telah mengirim pesan teks berisi kode verifikasi ke { $destination }.
reset-code-sent-voice = Kami sedang menelepon { $destination } untuk membacakan kode verifikasi kepada Anda.
reset-code-resend = Kirim kode baru
reset-other-method = Gunakan metode lain
reset-questions-heading = Jawab pertanyaan keamanan Anda
reset-password-heading = Pilih kata sandi baru
reset-password-hint = Gunakan minimal { $min } karakter. Frasa panjang yang mudah Anda ingat adalah pilihan terbaik; hindari nama Anda dan kata sandi yang umum.
reset-password-new = Kata sandi baru
reset-password-confirm = Konfirmasi kata sandi baru
reset-password-strength-0 = Perkiraan kekuatan: sangat lemah
reset-password-strength-1 = Perkiraan kekuatan: lemah
reset-password-strength-2 = Perkiraan kekuatan: sedang
reset-password-strength-3 = Perkiraan kekuatan: kuat
reset-password-strength-4 = Perkiraan kekuatan: sangat kuat
reset-password-strength-note = Perkiraan ini dibuat di browser Anda untuk membantu Anda memilih. Aturan di atas yang menentukan apakah kata sandi diterima.
reset-password-submit = Atur ulang kata sandi
reset-unlock-only-text = Akun Anda terkunci. Jika Anda masih ingat kata sandi Anda, Anda dapat membuka kunci akun dan tetap menggunakan kata sandi tersebut.
reset-unlock-only = Buka kunci saja
reset-contact-heading = Hubungi administrator Anda
reset-contact-text = Anda tidak dapat mengatur ulang kata sandi di sini. Administrator Anda dapat membantu Anda kembali mengakses akun.
reset-contact-helpdesk = Hubungi layanan bantuan
reset-done-heading = Kata sandi Anda telah diatur ulang
reset-done-text = Anda telah dikeluarkan dari semua perangkat. Masuk dengan kata sandi baru Anda.
reset-unlocked-heading = Kunci akun Anda telah dibuka
reset-unlocked-text = Masuk dengan kata sandi Anda saat ini.
reset-go-sign-in = Buka halaman masuk
reset-error-flow-missing = Proses pengaturan ulang Anda telah kedaluwarsa atau belum pernah dimulai. Silakan mulai lagi.
reset-error-step-out-of-order = Langkah tersebut tidak tersedia saat ini. Silakan lanjutkan dari halaman ini.
reset-error-user-id-missing = Masukkan nama pengguna Anda.
reset-error-user-id-invalid = Masukkan nama pengguna Anda dalam format alamat email, misalnya name@contoso.example.
reset-error-captcha-failed = Kami tidak dapat memastikan bahwa Anda manusia. Silakan coba lagi.
reset-error-gate-missing = Pilih cara Anda ingin menerima kode.
reset-error-code-dead = Terlalu banyak kode yang salah. Kirim kode baru atau gunakan metode lain.
reset-error-answers-wrong = Satu atau beberapa jawaban tidak benar. Periksa kembali, lalu coba lagi.
reset-error-blocked = Anda telah terlalu sering mencoba. Demi keamanan Anda, pengaturan ulang mandiri untuk akun ini dijeda hingga { $until }.
reset-error-busy-address = Terlalu banyak upaya dari jaringan Anda. Harap tunggu satu jam, lalu coba lagi.
reset-error-passwords-differ = Kedua kata sandi tidak cocok.
reset-error-password-too-short = Gunakan minimal { $min } karakter.
reset-error-password-missing = Masukkan kata sandi baru.
reset-error-password-common = Kata sandi ini ada dalam daftar kata sandi yang pertama kali dicoba oleh penyerang. Pilih kata sandi lain, misalnya frasa yang terdiri dari beberapa kata yang tidak saling berkaitan.
reset-error-password-control = Kata sandi tidak boleh berisi baris baru, tab, atau karakter kontrol lainnya. Ketik ulang tanpa karakter tersebut.
reset-error-write-unconfirmed = Kami tidak dapat memastikan bahwa kata sandi baru Anda telah disimpan. Pilih kata sandi lagi; pilihan baru akan menggantikan apa pun yang telah tersimpan.
reset-writing = Perubahan Anda sedang disimpan. Muat ulang halaman ini sebentar lagi.
reset-error-password-too-long = Gunakan maksimal 256 karakter.
reset-error-password-contains-name = Jangan gunakan nama pengguna Anda di dalam kata sandi.
reset-error-write-failed = Kami tidak dapat menyimpan perubahan di direktori, sehingga tidak ada yang berubah. Silakan coba lagi sebentar lagi.

## Not found

not-found-title = Halaman tidak ditemukan
not-found-heading = Kami tidak dapat menemukan halaman tersebut.

## Demo outbox (demonstration mode only)

outbox-title = Kotak keluar demo
outbox-heading = Kotak keluar demo
outbox-banner-heading = Mode demonstrasi
outbox-banner-text = Halaman ini hanya ada dalam mode demonstrasi. Pesan tidak benar-benar dikirim: email, pesan teks, dan panggilan suara disimpan di sini sebagai gantinya, termasuk kode sekali pakai, agar Anda dapat mencoba portal ini. Jangan pernah menjalankan portal sungguhan dalam mode demonstrasi.
outbox-caption = { $limit } pesan terbaru, yang terbaru di atas
outbox-empty = Belum ada pesan. Kode dan notifikasi yang dikirim portal akan muncul di sini.
outbox-time = Waktu
outbox-channel = Saluran
outbox-recipient = Penerima
outbox-subject = Subjek
outbox-body = Pesan
outbox-channel-email = Email
outbox-channel-sms = Pesan teks
outbox-channel-voice = Panggilan suara

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = Di kota mana Anda bertemu dengan pasangan pertama Anda?
question-city-parents-met = Di kota mana orang tua Anda bertemu?
question-city-nearest-sibling = Di kota mana saudara kandung terdekat Anda tinggal?
question-city-father-born = Di kota mana ayah Anda lahir?
question-city-first-job = Di kota mana Anda pertama kali bekerja?
question-city-mother-born = Di kota mana ibu Anda lahir?
question-city-new-year-2000 = Di kota mana Anda berada saat Tahun Baru 2000?
question-high-school-teacher-last-name = Siapa nama guru favorit Anda di SMA?
question-college-applied-not-attended = Apa nama perguruan tinggi yang pernah Anda lamar tetapi tidak jadi Anda masuki?
question-first-wedding-reception-place = Di gedung atau tempat mana resepsi pernikahan pertama Anda diadakan?
question-father-middle-name = Apa nama panggilan akrab ayah Anda?
question-favorite-food = Apa makanan favorit Anda?
question-maternal-grandmother-name = Siapa nama lengkap nenek Anda dari pihak ibu?
question-mother-middle-name = Apa nama panggilan akrab ibu Anda?
question-oldest-sibling-birthday = Pada bulan dan tahun berapa saudara kandung tertua Anda lahir? (misalnya November 1985)
question-oldest-sibling-middle-name = Apa nama panggilan saudara kandung tertua Anda?
question-paternal-grandfather-name = Siapa nama lengkap kakek Anda dari pihak ayah?
question-youngest-sibling-middle-name = Apa nama panggilan saudara kandung termuda Anda?
question-sixth-grade-school = Di sekolah mana Anda duduk di kelas 6 SD?
question-childhood-best-friend-name = Siapa nama lengkap sahabat masa kecil Anda?
question-first-significant-other-name = Siapa nama lengkap pacar pertama Anda?
question-grade-school-teacher-last-name = Siapa nama guru favorit Anda di SD?
question-first-car-make-model = Apa merek dan model mobil atau sepeda motor pertama Anda?
question-first-school = Apa nama sekolah pertama Anda?
question-birth-hospital = Apa nama rumah sakit tempat Anda dilahirkan?
question-childhood-street = Apa nama jalan tempat rumah pertama Anda semasa kecil?
question-childhood-hero = Siapa pahlawan idola Anda semasa kecil?
question-favorite-stuffed-animal = Apa nama boneka kesayangan Anda semasa kecil?
question-first-pet = Apa nama hewan peliharaan pertama Anda?
question-childhood-nickname = Apa nama panggilan Anda semasa kecil?
question-high-school-sport = Apa olahraga favorit Anda semasa SMA?
question-first-job = Apa pekerjaan pertama Anda?
question-childhood-phone-last-digits = Apa empat digit terakhir nomor telepon rumah Anda semasa kecil?
question-childhood-ambition = Semasa kecil, Anda ingin menjadi apa setelah dewasa?
question-most-famous-person-met = Siapa orang paling terkenal yang pernah Anda temui?

## Security-info registration

method-email = Email
method-mobile-phone = Ponsel
method-office-phone = Telepon kantor
method-security-questions = Pertanyaan keamanan
method-questions-count = { $count } pertanyaan telah dijawab
source-authentication = didaftarkan oleh Anda untuk verifikasi, tidak ditampilkan di direktori
source-directory = dari profil direktori Anda
source-administrator = diatur oleh administrator Anda

prompt-title = Informasi lebih lanjut diperlukan
prompt-register-heading = Informasi lebih lanjut diperlukan
prompt-register-why = Organisasi Anda memerlukan cara untuk memastikan bahwa ini memang Anda saat Anda lupa kata sandi atau akun Anda terkunci. Daftarkan info keamanan Anda sekarang agar Anda dapat kembali mengakses akun secara mandiri, tanpa menghubungi layanan bantuan.
prompt-register-needed = Anda memerlukan minimal { $count } metode verifikasi yang berbeda.
prompt-next = Berikutnya
prompt-skip = Lewati untuk saat ini
prompt-reconfirm-heading = Apakah info ini masih benar?
prompt-reconfirm-why = Periksa info keamanan yang telah Anda daftarkan. Jika ada yang berubah, perbarui agar Anda tetap dapat mengatur ulang kata sandi.
prompt-looks-good = Sudah benar
prompt-change = Ubah
prompt-nothing = Tidak ada lagi yang diperlukan
prompt-go-account = Buka akun Anda

wizard-title = Daftarkan info keamanan
wizard-start = Mulai lagi
wizard-step-of = Langkah { $number } dari { $total }
wizard-code-label = Kode verifikasi
wizard-verify = Verifikasi
wizard-send-code = Kirim kode
wizard-skip-step = Lewati metode ini
wizard-phone-country = Negara atau wilayah
wizard-phone-number = Nomor telepon
wizard-phone-hint = Tanpa kode negara, atau dengan kode negara yang diawali +.
wizard-phone-channel = Bagaimana kami harus mengirim kode?
wizard-phone-sms = Pesan teks (SMS)
wizard-phone-voice = Panggilan suara
wizard-phone-texted = Kami telah mengirim pesan teks berisi kode ke { $number }.
wizard-phone-called = Kami sedang menelepon { $number } untuk membacakan kode kepada Anda.
wizard-phone-resend-heading = Tidak menerima kode? Kirim lagi atau gunakan nomor lain
wizard-phone-reset-uses = Saat ini, pengaturan ulang kata sandi akan menggunakan { $number }, { $source }.
wizard-phone-reset-none = Anda belum memiliki telepon yang dapat digunakan untuk pengaturan ulang kata sandi.
wizard-phone-precedence = Nomor yang Anda verifikasi di sini menjadi telepon autentikasi Anda, dan pengaturan ulang akan menggunakannya sebagai pengganti ponsel yang tercatat di direktori.
wizard-office-phone = Telepon kantor: { $number }, diatur oleh administrator Anda. Anda tidak dapat mengubahnya di sini.
wizard-email-address = Alamat email
wizard-email-sent = Kami telah mengirim email berisi kode ke { $address }.
wizard-email-resend-heading = Tidak menerima email? Kirim lagi atau gunakan alamat lain
wizard-email-reset-uses = Saat ini, pengaturan ulang kata sandi akan menggunakan { $address }, { $source }.
wizard-email-reset-none = Anda belum memiliki alamat email yang dapat digunakan untuk pengaturan ulang kata sandi.
wizard-email-precedence = Alamat yang Anda verifikasi di sini menjadi email autentikasi Anda, dan pengaturan ulang akan menggunakannya sebagai pengganti email alternatif yang tercatat di direktori. Gunakan alamat selain alamat kantor Anda.
wizard-questions-intro = Pilih dan jawab { $count } pertanyaan; setiap pertanyaan hanya dapat dipilih satu kali. Jawaban terdiri dari 3 hingga 40 karakter; huruf besar/kecil dan spasi berlebih tidak berpengaruh. Tidak seorang pun, termasuk administrator, dapat membaca jawaban Anda.
wizard-question-label = Pertanyaan { $number }
wizard-answer-label = Jawaban untuk pertanyaan { $number }
wizard-question-choose = Pilih pertanyaan
wizard-answers-show = Tampilkan jawaban
wizard-answers-hide = Sembunyikan jawaban
wizard-questions-save = Lanjutkan
wizard-questions-retype = Demi keamanan Anda, jawaban tidak pernah dikirim kembali ke halaman: silakan ketik ulang jawaban Anda.
wizard-summary-heading = Periksa dan simpan
wizard-summary-skipped = Dilewati
wizard-save = Simpan
wizard-cancel = Batal

registration-error-not-signed-in = Sesi Anda telah berakhir. Silakan masuk lagi.
registration-error-flow-missing = Pendaftaran ini telah kedaluwarsa atau sudah selesai. Mulai lagi untuk melanjutkan.
registration-error-step-out-of-order = Langkah tersebut tidak tersedia saat ini. Lanjutkan dari langkah yang ditampilkan.
registration-error-phone-missing = Masukkan nomor telepon Anda.
registration-error-country-needed = Pilih negara, atau tulis nomor beserta kode internasionalnya yang diawali +.
registration-error-phone-invalid = Ini bukan nomor telepon yang valid untuk negara yang dipilih.
registration-error-email-missing = Masukkan alamat email Anda.
registration-error-email-invalid = Masukkan alamat email seperti name@example.com.
code-error-missing = Masukkan kode yang kami kirimkan kepada Anda.
code-error-malformed = Kode terdiri dari 6 hingga 8 digit.
code-error-wrong = Kode tersebut salah. Anda masih memiliki { $tries } kesempatan lagi.
code-error-dead = Terlalu banyak kode yang salah. Kirim kode baru.
code-error-expired = Kode tersebut telah kedaluwarsa. Kirim kode baru.
code-error-used = Kode ini sudah digunakan. Kirim kode baru.
code-error-none-sent = Tidak ada kode yang menunggu. Kirim kode baru.
code-error-too-many = Terlalu banyak kode yang dikirim. Tunggu satu jam, atau pilih metode lain.
code-error-delivery-failed = Kami tidak dapat mengirim kode. Coba lagi, atau pilih metode lain.
registration-error-question-missing = Pilih pertanyaan di sini.
registration-error-question-not-offered = Pilih pertanyaan dari daftar.
registration-error-question-twice = Anda sudah memilih pertanyaan ini. Pilih pertanyaan lain.
error-answer-missing = Masukkan jawaban.
registration-error-answer-too-short = Jawaban terdiri dari minimal 3 karakter.
registration-error-answer-too-long = Jawaban terdiri dari maksimal 40 karakter.
registration-error-answer-twice = Anda sudah memberikan jawaban ini untuk pertanyaan lain. Berikan jawaban yang berbeda.
registration-error-steps-pending = Selesaikan atau lewati setiap langkah sebelum menyimpan.
registration-error-nothing-to-save = Tidak ada yang ditambahkan. Daftarkan minimal satu metode, atau batalkan.
registration-error-not-enough-methods = Daftarkan minimal { $needed } metode yang berbeda agar Anda dapat mengatur ulang kata sandi.

account-security-info = Info keamanan: daftarkan, ubah, atau hapus
account-security-info-saved = Info keamanan Anda telah disimpan.

message-code-email-subject = Kode verifikasi Anda
message-code-email-body = Kode verifikasi Anda adalah { $code }.

    Kode ini berlaku selama { $minutes } menit. Jika Anda tidak memintanya, abaikan saja email ini: tidak ada yang berubah tanpa kode tersebut.
message-code-sms = Kode verifikasi Anda adalah { $code }. Berlaku selama { $minutes } menit.
message-code-voice = Kode verifikasi Anda adalah: { $code }. Sekali lagi: { $code }.
message-changed-subject = Info keamanan Anda telah diubah
message-changed-body = Info keamanan akun Anda baru saja diubah:
    { $changes }

    Jika Anda yang melakukan perubahan ini, Anda tidak perlu melakukan apa pun. Jika bukan, segera hubungi layanan bantuan Anda.
message-changed-phone = telepon autentikasi
message-changed-email = email autentikasi
message-changed-questions = pertanyaan keamanan

country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-BE = Belgia
country-BR = Brasil
country-CA = Kanada
country-CH = Swiss
country-CN = Tiongkok
country-CZ = Ceko
country-DE = Jerman
country-DK = Denmark
country-ES = Spanyol
country-FI = Finlandia
country-FR = Prancis
country-GB = Inggris Raya
country-GR = Yunani
country-HR = Kroasia
country-HU = Hungaria
country-IE = Irlandia
country-IN = India
country-IT = Italia
country-JP = Jepang
country-LU = Luksemburg
country-MT = Malta
country-MX = Meksiko
country-NL = Belanda
country-NO = Norwegia
country-NZ = Selandia Baru
country-PL = Polandia
country-PT = Portugal
country-RO = Rumania
country-SE = Swedia
country-SI = Slovenia
country-SK = Slowakia
country-SM = San Marino
country-TR = Turki
country-UA = Ukraina
country-US = Amerika Serikat
country-VA = Vatikan
country-ZA = Afrika Selatan
registration-error-reauth-required = Demi keamanan Anda, masukkan kata sandi Anda lagi sebelum mengubah info keamanan.
registration-error-method-not-changeable = Metode ini tidak dapat diubah di sini.
registration-error-wrong-password = Kata sandi tersebut salah.
registration-error-too-many-password-tries = Terlalu banyak kata sandi yang salah. Harap tunggu beberapa menit, lalu coba lagi.

security-info-title = Info keamanan
security-info-back = Kembali ke akun Anda
security-info-usable = Pengaturan ulang kata sandi dapat menggunakan { $usable } dari metode Anda; yang diperlukan adalah { $required } metode yang berbeda.
security-info-not-set = Belum diatur
security-info-add = Tambah
security-info-change = Ubah
security-info-delete = Hapus
security-info-deleted = Metode telah dihapus.
security-info-delete-title = Hapus metode
security-info-delete-confirm = Hapus “{ $method }” dari info keamanan Anda?
security-info-delete-warning = Setelah ini, metode Anda akan kurang dari { $required }, dan Anda tidak dapat lagi mengatur ulang kata sandi secara mandiri.
reauth-title = Konfirmasi bahwa ini Anda
reauth-submit = Lanjutkan

## Password reset messages

message-reset-subject = Kata sandi Anda telah diatur ulang
message-reset-body = Halo,

    Kata sandi akun Anda baru saja diatur ulang melalui portal kata sandi layanan mandiri, dan Anda telah dikeluarkan dari semua sesi.

    Jika ini memang Anda, tidak ada lagi yang perlu dilakukan. Jika bukan, segera hubungi administrator Anda.

    Masuk: { $url }
message-unlocked-subject = Kunci akun Anda telah dibuka
message-unlocked-body = Halo,

    Kunci akun Anda baru saja dibuka melalui portal kata sandi layanan mandiri. Kata sandi Anda tidak berubah.

    Jika ini bukan Anda, segera hubungi administrator Anda.

    Masuk: { $url }
message-admin-reset-subject = Administrator { $admin } mengatur ulang kata sandinya sendiri
message-admin-reset-body = Halo,

    Administrator { $admin } baru saja mengatur ulang kata sandinya sendiri melalui portal kata sandi layanan mandiri.

    Jika Anda tidak mengharapkan hal ini, konfirmasikan dengan yang bersangkutan dan tinjau log audit.

    Portal: { $url }

## Email footer and text-message sender

email-footer-sent-by = Ini adalah pesan otomatis dari { $organisation }.
email-footer-privacy = Privasi
email-footer-terms = Ketentuan penggunaan
email-footer-helpdesk = Layanan bantuan
message-from-organisation = { $organisation }: { $text }
