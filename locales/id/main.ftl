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

## Organisation branding on every page

footer-label = Tautan organisasi
footer-privacy = Privasi
footer-terms = Ketentuan penggunaan
footer-helpdesk = Layanan bantuan

## Branding studio (/admin/branding, for branding administrators)

studio-title = Studio pencitraan merek
studio-heading-layer = Pengaturan: { $layer }
studio-back = Kembali ke studio pencitraan merek
studio-preview-banner = Anda sedang melihat pratinjau pencitraan merek yang belum diterbitkan. Tidak ada orang lain yang melihatnya sampai diterbitkan.
studio-preview-stop = Hentikan pratinjau
studio-layer-label = Pengaturan untuk
studio-layer-open = Buka
studio-layer-default = Default (semua bahasa)
studio-layer-overridden = { $language } (memiliki pengaturan sendiri)
studio-inherited = Jika kosong: { $value }
studio-as-default = Sama seperti pengaturan default
studio-as-product = Seperti tampilan portal tanpa pencitraan merek
studio-show = Tampilkan
studio-hide = Sembunyikan
studio-save = Simpan draf
studio-section-identity = Organisasi
studio-section-colours = Warna
studio-colours-hint = Tulis warna dalam format #rrggbb, misalnya #0b5cad. Teks dan tombol harus cukup menonjol dari latar belakangnya agar dapat dibaca oleh semua orang, jadi studio memeriksa kontras sebelum menerbitkan.
studio-section-layout = Tata letak
studio-section-sign-in = Halaman masuk
studio-section-links = Tautan di kaki halaman
studio-section-css = CSS kustom
studio-css-hint = Aturan untuk nama kelas yang tercantum dalam referensi CSS portal. Gambar hanya boleh berasal dari gambar yang diunggah di sini. Maksimal 25 KB.
studio-section-images = Gambar
studio-section-publish = Penerbitan
studio-section-publications = Versi yang diterbitkan
studio-field-organisation-name = Nama organisasi
studio-field-colour-primary = Tombol dan tautan
studio-field-colour-primary-text = Teks pada tombol
studio-field-colour-header = Pita header
studio-field-colour-header-text = Teks pada pita header
studio-field-colour-text = Teks
studio-field-colour-page = Latar belakang halaman
studio-field-colour-card = Latar belakang kartu
studio-field-colour-focus = Cincin fokus keyboard
studio-field-layout = Tata letak halaman
studio-layout-full-bleed = Gambar latar belakang yang memenuhi halaman
studio-layout-plain = Warna halaman polos
studio-field-show-header = Tampilkan pita header
studio-field-show-footer = Tampilkan kaki halaman
studio-field-sign-in-text = Teks halaman masuk
studio-field-user-name-hint = Petunjuk nama pengguna
studio-field-cant-access-label = Teks tautan untuk orang yang tidak dapat masuk
studio-field-show-reset-link = Tautan untuk orang yang tidak dapat masuk
studio-field-privacy-url = Alamat pernyataan privasi
studio-field-terms-url = Alamat ketentuan penggunaan
studio-field-helpdesk-url = Alamat layanan bantuan (web atau email)
studio-field-custom-css = CSS kustom
studio-field-image-banner-logo = Logo banner
studio-field-image-square-logo = Logo persegi
studio-field-image-square-logo-dark = Logo persegi untuk latar belakang gelap
studio-field-image-favicon = Ikon situs (favicon)
studio-field-image-background = Gambar latar belakang
studio-image-limits = { $kinds }, maksimal { $kilobytes } KB dan { $width } × { $height } piksel.
studio-image-upload = Unggah { $slot }
studio-image-remove = Hapus { $slot }
studio-image-current = { $slot } saat ini
studio-live-heading = Pratinjau langsung
studio-live-caption = Mengikuti warna dan teks di atas saat Anda mengetik, sebelum Anda menyimpan.
studio-preview = Pratinjau draf di halaman sebenarnya
studio-email-preview = Pratinjau email dengan draf
studio-publish = Terbitkan
studio-state-never-published = Belum ada yang diterbitkan: semua orang melihat portal tanpa pencitraan merek.
studio-state-published = Versi { $version } sedang aktif.
studio-state-unpublished-changes = Draf memiliki perubahan yang belum diterbitkan.
studio-problems-heading = Perbaiki hal berikut sebelum menerbitkan
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: kontras antara { $pair } adalah { $ratio }; diperlukan minimal { $minimum }.
studio-problem-too-long = gunakan maksimal { $max } karakter.
studio-problem-control-character = hapus karakter kontrol (seperti tab) darinya.
studio-problem-not-a-colour = tulis warna sebagai # diikuti enam digit heksadesimal, misalnya #0b5cad.
studio-problem-link-not-https = alamat web harus diawali dengan https://.
studio-problem-link-invalid = tulis alamat web yang diawali dengan https:// atau alamat email.
studio-problem-css = baris { $line }: { $reason }
studio-css-too-long = lembar gaya lebih besar dari 25 KB.
studio-css-import = @import tidak diizinkan; tulis aturannya di sini saja.
studio-css-external-url = url() hanya boleh menunjuk ke gambar yang diunggah di studio.
studio-css-expression = expression(), behavior, dan -moz-binding tidak diizinkan.
studio-css-at-rule = hanya @media, @supports, @layer, @container, @font-face, dan @keyframes yang diizinkan.
studio-css-markup = urutan </ tidak diizinkan.
studio-css-unparsable = ini bukan CSS yang valid (periksa apakah ada kurung kurawal, titik dua, atau tanda kutip yang hilang).
studio-pair-text-on-page = teks dan latar belakang halaman
studio-pair-text-on-card = teks dan latar belakang kartu
studio-pair-button-text-on-primary = teks tombol dan tombol
studio-pair-header-text-on-header = teks header dan pita header
studio-pair-focus-on-page = cincin fokus dan latar belakang halaman
studio-column-version = Versi
studio-column-when = Diterbitkan
studio-column-who = Oleh
studio-column-note = Catatan
studio-column-action = Tindakan
studio-publication-live = Aktif sekarang
studio-publication-restored = Memulihkan versi { $version }
studio-roll-back = Terbitkan ulang versi { $version }
studio-done-saved = Draf telah disimpan. Lihat pratinjaunya, lalu terbitkan jika sudah siap.
studio-done-uploaded = Gambar telah ditambahkan ke draf.
studio-done-removed = Gambar telah dihapus dari draf.
studio-done-published = Diterbitkan. Setiap halaman akan menampilkan pencitraan merek baru dalam beberapa detik.
studio-done-rolled-back = Versi sebelumnya kembali aktif, dan sekarang juga menjadi draf.
studio-done-preview-stopped = Pratinjau telah berakhir.
studio-refused-publish = Tidak ada yang diterbitkan: perbaiki dulu masalah yang tercantum di bawah.
studio-refused-no-such-version = Versi tersebut tidak ada. Tidak ada yang diubah.
studio-refused-unavailable = Perubahan tidak dapat disimpan. Tidak ada yang diubah; silakan coba lagi.
studio-refused-empty = { $slot } tidak diunggah: tidak ada file yang dipilih, atau file kosong. Tidak ada yang diubah.
studio-refused-too-many-bytes = { $slot } tidak diunggah: file lebih besar dari { $kilobytes } KB. Tidak ada yang diubah.
studio-refused-unknown-type = { $slot } tidak diunggah: file tersebut bukan gambar PNG, JPEG, atau WebP (atau gambar SVG, untuk logo), apa pun namanya. Tidak ada yang diubah.
studio-refused-svg-not-allowed = { $slot } tidak diunggah: gambar SVG hanya diterima untuk logo. Gunakan PNG, JPEG, atau WebP. Tidak ada yang diubah.
studio-refused-too-many-pixels = { $slot } tidak diunggah: gambar lebih besar dari { $width } × { $height } piksel. Tidak ada yang diubah.
studio-refused-undecodable = { $slot } tidak diunggah: gambar rusak dan tidak dapat dibaca. Tidak ada yang diubah.
studio-refused-svg-unparsable = { $slot } tidak diunggah: gambar SVG tidak dapat dibaca. Tidak ada yang diubah.
studio-refused-svg-doctype = { $slot } tidak diunggah: gambar SVG dengan DOCTYPE atau entitas ditolak. Tidak ada yang diubah.
studio-refused-svg-script = { $slot } tidak diunggah: gambar SVG berisi skrip. Tidak ada yang diubah.
studio-refused-svg-foreign-object = { $slot } tidak diunggah: gambar SVG menyematkan konten lain (foreignObject). Tidak ada yang diubah.
studio-refused-svg-event-handler = { $slot } tidak diunggah: gambar SVG berisi penanganan aktivitas (atribut on…). Tidak ada yang diubah.
studio-refused-svg-external-reference = { $slot } tidak diunggah: gambar SVG merujuk ke file atau alamat di luar dirinya. Tidak ada yang diubah.
studio-refused-svg-too-complex = { $slot } tidak diunggah: gambar SVG terlalu rumit. Sederhanakan, lalu coba lagi. Tidak ada yang diubah.
studio-refused-svg-marker = { $slot } tidak diunggah: penanda SVG tidak didukung. Tidak ada yang diubah.

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
