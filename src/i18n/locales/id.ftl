# Convene UI strings: Indonesian (id). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# Indonesian plural categories (CLDR): other only.
# Language names (lang-*) are bare ("Arab", "Inggris"); sentences add "bahasa" before them.

language-name-self = Bahasa Indonesia
skip-to-content = Langsung ke konten
nav-main = Menu utama
nav-languages = Bahasa
nav-home = Beranda
footer-contact = Kontak
footer-organiser = Diselenggarakan oleh { $organiser }
footer-powered = Didukung oleh Convene

home-upcoming = Akan datang
home-past = Edisi sebelumnya
home-no-events = Belum ada acara yang diumumkan.
home-read-more = Detail dan jadwal

event-organiser = Diselenggarakan oleh { $organiser }
event-when-heading = Tanggal dan waktu
event-doors-open = Ruang dibuka mulai pukul { $time }
event-starts = Mulai pukul { $time }
event-ends = Selesai pukul { $time }
event-in-zone = { $time } { $zone }
event-calendar-gregorian = Kalender Masehi
event-calendar-hijri = Kalender Hijriah
event-your-time-heading = Di zona waktu Anda
event-zone-label = Zona waktu Anda
event-zone-apply = Tampilkan waktu saya
event-zone-hint = Waktu di bawah ini mengikuti { $zone }.
event-cities-heading = Waktu di kota-kota cabang kami
table-city = Kota
table-date = Tanggal
table-doors = Ruang dibuka
table-start = Mulai
table-end = Selesai
countdown-doors = Ruang dibuka dalam { $duration }.
countdown-open = Ruang sudah dibuka.
countdown-ended = Edisi ini telah berakhir.
duration-days = { $count ->
   *[other] { $shown } hari
}
duration-hours = { $count ->
   *[other] { $shown } jam
}
duration-minutes = { $count ->
   *[other] { $shown } menit
}
event-places-heading = Kuota peserta
places-limited = { $count ->
   *[other] Terbatas: { $shown } tempat
}
places-left = { $count ->
   *[other] Tersisa { $shown } tempat
}
event-languages-heading = Bahasa
event-proceedings = Sesi dalam bahasa { $language }
event-interpretation = Penerjemahan ke bahasa { $languages }
event-captions = Subtitel dalam bahasa { $languages }
event-eligibility-heading = Siapa yang dapat ikut serta
event-trailer-heading = Cuplikan
event-video-fallback = Peramban Anda tidak dapat memutar video ini di sini.
event-video-download = Unduh video
event-programme-heading = Susunan acara
segment-opening = Pembukaan
segment-dialogue = Dialog { $number }
segment-video = Video { $number }
segment-interactive = Sesi interaktif
segment-conclusion = Penutup
segment-length = { $count ->
   *[other] { $shown } menit
}
segment-recording = Rekaman
segment-speakers = Pembicara
event-speakers-heading = Pembicara
event-chapters-heading = Cabang yang berpartisipasi
event-hashtags-heading = Ikuti dan bagikan
share-x = Bagikan di X
share-facebook = Bagikan di Facebook
share-telegram = Bagikan di Telegram
share-whatsapp = Bagikan di WhatsApp
event-about-heading = Tentang konferensi
event-other-languages = Ikuti kampanye ini dalam bahasa lain
event-not-translated = Acara ini belum memiliki teks dalam bahasa { $language }; teks ditampilkan dalam bahasa { $fallback }.
event-past-notice = Edisi ini berlangsung pada { $date }. Rekaman setiap sesi tersedia di bawah ini.
event-recordings-heading = Rekaman

error-not-found-title = Halaman tidak ditemukan
error-not-found-text = Tidak ada halaman di alamat ini. Mungkin tautannya salah ketik, atau halamannya sudah dipindahkan.
error-bad-request-title = Alamat ini tidak dapat dipahami
error-bad-request-text = Sebagian alamat tidak valid: { $detail }
error-internal-title = Terjadi kesalahan di pihak kami
error-internal-text = Masalah ini sudah dicatat. Silakan coba lagi sebentar lagi.
error-back-home = Ke beranda

lang-en = Inggris
lang-ar = Arab
lang-ur = Urdu
lang-tr = Turki
lang-id = Indonesia
lang-fr = Prancis

country-LB = Lebanon
country-TN = Tunisia
country-PK = Pakistan
country-ID = Indonesia
country-TR = Turki
country-AU = Australia
country-AE = Uni Emirat Arab
country-BD = Bangladesh
country-BH = Bahrain
country-CA = Kanada
country-DE = Jerman
country-DZ = Aljazair
country-EG = Mesir
country-FR = Prancis
country-GB = Inggris Raya
country-IN = India
country-IQ = Irak
country-IR = Iran
country-JO = Yordania
country-KW = Kuwait
country-LY = Libya
country-MA = Maroko
country-MY = Malaysia
country-NG = Nigeria
country-NL = Belanda
country-OM = Oman
country-PS = Wilayah Palestina
country-QA = Qatar
country-SA = Arab Saudi
country-SD = Sudan
country-SE = Swedia
country-SN = Senegal
country-SO = Somalia
country-SY = Suriah
country-US = Amerika Serikat
country-YE = Yaman

## Registration pages
register-heading = Pendaftaran { $event }
register-open-until = Pendaftaran dibuka hingga { $closes }.
register-name = Nama Anda
register-email = Alamat email Anda
register-email-hint = Kami akan mengirimkan tautan konfirmasi ke alamat ini. Tempat hanya disediakan untuk pendaftaran yang sudah dikonfirmasi.
register-country = Negara tempat tinggal Anda
register-language = Bahasa untuk email dari kami
register-zone = Zona waktu Anda (untuk waktu yang tercantum di email kami)
register-consent = Saya setuju bahwa penyelenggara menyimpan nama, alamat email, dan negara saya untuk keperluan penyelenggaraan konferensi ini, lalu menghapusnya setelah konferensi selesai.
register-submit = Daftar
register-link = Daftar untuk mendapatkan tempat
register-website = Biarkan kolom ini kosong
register-sent-heading = Periksa email Anda
register-sent-text = Jika alamat ini dapat didaftarkan, pesan berisi tautan konfirmasi sedang dalam perjalanan ke alamat tersebut. Tempat Anda baru disediakan setelah Anda membuka tautan itu. Belum menerima apa pun? Periksa folder spam Anda, atau kirim ulang formulir ini sepuluh menit lagi.
register-error-summary = Mohon perbaiki hal berikut:
register-error-email = Masukkan alamat email, misalnya nama@example.org.
register-error-name = Masukkan nama Anda (maksimal 200 karakter).
register-error-country = Pilih negara tempat tinggal Anda.
register-error-attestation = Mohon konfirmasi hal ini untuk mendaftar.
register-error-consent = Mohon berikan persetujuan Anda agar kami dapat menyimpan pendaftaran Anda.
register-error-session = Formulir ini sudah kedaluwarsa. Silakan kirim ulang.
register-error-rate = Terlalu banyak percobaan dari koneksi Anda. Silakan coba lagi dalam { $minutes } menit.
confirm-heading = Konfirmasi pendaftaran Anda
confirm-text = Tekan tombol di bawah ini untuk mengonfirmasi tempat Anda di “{ $event }”.
confirm-button = Konfirmasi tempat saya
confirm-done-confirmed = Tempat Anda sudah dikonfirmasi. Kami telah mengirimkan email berisi tautan pribadi Anda dan file kalender.
confirm-done-waitlisted = Semua tempat sudah terisi. Anda berada di urutan { $position } dalam daftar tunggu; kami akan segera mengabari Anda begitu ada tempat yang kosong.
confirm-expired = Tautan konfirmasi ini sudah kedaluwarsa. Silakan daftar kembali.
confirm-unknown = Tautan ini tidak valid. Silakan gunakan tautan dari email terbaru yang Anda terima dari kami.
me-heading = Pendaftaran Anda
me-status-pending = Menunggu konfirmasi Anda.
me-status-confirmed = Tempat Anda sudah dikonfirmasi.
me-status-waitlisted = Anda berada di urutan { $position } dalam daftar tunggu.
me-status-offered = Ada tempat kosong yang disediakan untuk Anda hingga { $expires }. Terima tempat ini agar tetap menjadi milik Anda.
me-status-cancelled = Anda telah membatalkan pendaftaran ini.
me-status-expired = Pendaftaran ini sudah kedaluwarsa.
me-accept = Terima tempat
me-cancel = Batalkan pendaftaran saya
me-cancel-confirm = Ya, batalkan pendaftaran saya
me-calendar = Tambahkan ke kalender saya (.ics)
me-data-heading = Data Anda yang kami simpan
me-data-name = Nama
me-data-email = Alamat email
me-data-country = Negara
me-data-language = Bahasa
me-data-zone = Zona waktu
places-full = Semua tempat sudah terisi; pendaftar baru akan masuk daftar tunggu.

## Registration e-mails
mail-greeting = Halo { $name },
mail-signature-greeting = Halo { $name },
mail-when = { $date }, pukul { $time } ({ $zone })
mail-footer = Anda menerima email ini karena alamat ini digunakan untuk mendaftar ke “{ $event }”. Jika bukan Anda yang mendaftar, abaikan saja email ini: tidak ada tempat yang disediakan tanpa konfirmasi.
register-not-open = Pendaftaran dibuka pada { $opens }.
register-closed = Pendaftaran sudah ditutup.

register-back = Kembali ke halaman acara
confirm-done-heading = Terima kasih
confirm-see-registration = Lihat pendaftaran Anda
me-language-save = Simpan
me-delete = Hapus data saya
me-delete-text = Ini membatalkan pendaftaran Anda dan menghapus nama, alamat e-mail, dan negara Anda. Tautan pribadi Anda tidak akan berfungsi lagi.
me-delete-confirm = Ya, hapus data saya
me-deleted-heading = Data Anda telah dihapus
me-deleted-text = Kami telah membatalkan pendaftaran Anda dan menghapus nama, alamat e-mail, dan negara Anda.

## Publications (issue 4)
nav-posts = Publikasi
nav-search = Cari
home-latest-posts = Publikasi terbaru
home-all-posts = Semua publikasi
event-latest-posts = Undangan dan berita tentang acara ini
posts-heading = Publikasi
posts-in-language = dalam bahasa { $language }
posts-page-of = Halaman { $page } dari { $pages }
posts-all-languages = Semua bahasa
posts-none = Belum ada yang diterbitkan di sini.
posts-kinds = Jenis publikasi
posts-language-filter = Tampilkan publikasi yang ditulis dalam bahasa
posts-pagination = Halaman
posts-newer = Lebih baru
posts-older = Lebih lama
posts-feed = Berlangganan daftar ini (feed Atom)
chapter-intro = Cabang kami di { $city }, { $country }: undangan, seruan, dan beritanya.
hashtag-intro = Publikasi yang memuat tagar ini. Salin tagarnya atau bagikan melalui tautan di bawah ini.
hashtag-copy = Salin
hashtag-copied = Tersalin
post-read-in = Baca dalam bahasa lain
post-missing-heading = Tidak tersedia dalam bahasa ini
post-missing-text = Publikasi ini tidak diterbitkan dalam bahasa { $language }. Publikasi ini tersedia dalam:
post-about-event = Tentang acara:

## Open letters
letter-signature-count = { $count ->
    [zero] Belum ada tanda tangan
   *[other] { $shown } tanda tangan
}
letter-sign-heading = Tanda tangani surat ini
letter-sign-button = Tanda tangani surat
letter-signatories-link = Lihat siapa saja yang sudah menandatangani
letter-back = Kembali ke surat
letter-sign-title = Tanda tangani: { $letter }
letter-email-hint = Kami akan mengirimkan tautan untuk mengonfirmasi tanda tangan Anda. Alamat Anda tidak pernah ditampilkan.
letter-organisation = Organisasi (opsional)
letter-show-name = Tampilkan nama saya dalam daftar publik penanda tangan
letter-consent = Saya setuju bahwa nama, negara, dan alamat email saya disimpan untuk menghitung tanda tangan saya dan, jika saya memilihnya, mencantumkannya dalam daftar. Saya dapat menariknya kapan saja melalui tautan di email saya.
letter-sign-submit = Tanda tangani
letter-error-organisation = Masukkan nama organisasi (maksimal 200 karakter), atau biarkan kolom ini kosong.
letter-error-consent = Mohon setujui cara kami menyimpan tanda tangan Anda; tanpa persetujuan itu, kami tidak dapat menghitungnya.
letter-sent-heading = Periksa email Anda
letter-sent-text = Jika alamat yang Anda berikan benar, pesan berisi tautan konfirmasi sedang dalam perjalanan. Tanda tangan Anda baru dihitung setelah Anda membuka tautan itu.
letter-signatories-title = Penanda tangan: { $letter }
letter-signatories-note = Hanya orang yang memilih untuk menampilkan namanya yang tercantum di sini; semua tanda tangan tetap dihitung.
letter-signatories-none = Belum ada yang memilih untuk dicantumkan.
letter-confirm-heading = Konfirmasi tanda tangan Anda
letter-confirm-text = Tekan tombol di bawah ini untuk mengonfirmasi tanda tangan Anda. Tanda tangan Anda dihitung sejak saat itu.
letter-confirm-button = Konfirmasi tanda tangan saya
letter-confirm-unknown = Tautan ini tidak valid atau sudah kedaluwarsa. Tanda tangani surat ini lagi untuk mendapatkan tautan baru.
letter-confirmed-text = Terima kasih: tanda tangan Anda sudah dihitung. Email Anda berisi tautan untuk menariknya jika suatu saat Anda menginginkannya.
letter-withdraw-heading = Tarik tanda tangan Anda
letter-withdraw-text = Data Anda yang kami simpan: { $held }. Jika Anda menarik tanda tangan, semua data ini dihapus dan tanda tangan Anda tidak lagi dihitung.
letter-withdraw-button = Tarik tanda tangan saya
letter-withdraw-unknown = Tautan ini tidak valid, atau tanda tangan ini sudah ditarik.
letter-withdrawn-text = Tanda tangan Anda telah ditarik dan data Anda telah dihapus.
mail-signature-footer = Anda menerima pesan ini karena alamat ini digunakan untuk menandatangani surat terbuka di situs { $site }.

## Search
search-heading = Pencarian
search-label = Cari di publikasi dan acara, dalam bahasa apa pun
search-submit = Cari
search-results = { $count ->
    [zero] Tidak ada hasil.
   *[other] { $shown } hasil
}
search-no-words = Ketik kata yang ingin dicari.
search-busy = Terlalu banyak pencarian dari jaringan Anda. Silakan coba lagi dalam { $seconds } detik.
search-kind-event = Acara
posts-count = { $count ->
    [zero] Tidak ada publikasi
   *[other] { $shown } publikasi
}

## The organisers' area (issue 5)
error-forbidden-title = Tidak diizinkan
admin-area-name = Area penyelenggara
admin-nav-dashboard = Ringkasan
admin-nav-registrations = Pendaftaran
admin-nav-posts = Publikasi
admin-nav-signatures = Tanda tangan
admin-nav-users = Anggota tim
admin-nav-audit = Log audit
admin-nav-account = Akun saya
admin-logout = Keluar
admin-back = Kembali ke ringkasan
admin-forbidden-heading = Tidak diizinkan
admin-forbidden-text = Peran Anda tidak mengizinkan tindakan ini. Jika memerlukannya, mintalah kepada pemilik.
admin-login-heading = Masuk
admin-email = Alamat email
admin-password = Kata sandi
admin-login-submit = Masuk
admin-login-wrong = Alamat email atau kata sandi salah.
admin-login-locked = Terlalu banyak percobaan yang gagal: akun ini dikunci selama 15 menit.
admin-login-rate = Terlalu banyak percobaan masuk dari jaringan Anda. Silakan coba lagi dalam { $minutes } menit.
admin-code-heading = Masuk dua langkah
admin-code-intro = Masukkan kode 6 digit dari aplikasi autentikator Anda, atau salah satu kode pemulihan Anda.
admin-code = Kode
admin-code-hint = Misalnya 123456, atau kode pemulihan seperti abcde-fghij.
admin-code-wrong = Kode itu salah atau sudah pernah digunakan.
admin-password-heading = Atur kata sandi Anda
admin-password-intro = Pilih kata sandi minimal { $min } karakter yang tidak Anda gunakan di tempat lain. Sebuah kalimat mudah diingat dan sulit ditebak.
admin-password-new = Kata sandi baru
admin-password-again = Ulangi kata sandi yang sama
admin-password-submit = Atur kata sandi
admin-password-mismatch = Kedua kata sandi berbeda. Ketik kata sandi yang sama dua kali.
admin-password-short = Gunakan minimal { $min } karakter.
admin-password-long = Gunakan maksimal 256 karakter.
admin-password-common = Kata sandi ini ada dalam daftar kata sandi yang umum dipakai. Pilih kata sandi lain.
admin-password-done = Kata sandi Anda sudah diatur. Sekarang Anda dapat masuk.
admin-password-link-invalid = Tautan ini tidak valid, sudah digunakan, atau sudah kedaluwarsa. Mintalah tautan baru kepada pemilik.
admin-dash-greeting = Selamat datang, { $name }
admin-dash-places = Tempat terisi: { $event }
admin-dash-signups-per-day = Pendaftaran per hari (UTC): { $event }
admin-dash-by-country = Tempat menurut negara: { $event }
admin-dash-by-language = Tempat menurut bahasa: { $event }
admin-dash-signatures = Tanda tangan per surat terbuka
admin-dash-as-table = Data yang sama dalam bentuk tabel
admin-event = Acara
admin-status = Status
admin-status-any = Semua status
admin-status-pending = Menunggu konfirmasi
admin-status-confirmed = Dikonfirmasi
admin-status-waitlisted = Dalam daftar tunggu
admin-status-offered = Ditawari tempat
admin-status-cancelled = Dibatalkan
admin-status-expired = Kedaluwarsa
admin-search-people = Nama, email, atau kode negara
admin-filter = Tampilkan
admin-registrations-shown = Menampilkan { $shown } dari { $total }.
admin-export-csv = Ekspor sebagai CSV
admin-name = Nama
admin-waitlist = Daftar tunggu
admin-central-office = Kantor pusat
admin-posts-intro = Setiap publikasi beserta bahasanya. Buka salah satu bahasa untuk menyuntingnya, atau bahasa yang belum ada untuk menerjemahkannya.
admin-post = Publikasi
admin-chapter = Cabang
admin-chapter-hint = Hanya untuk editor cabang.
admin-languages = Bahasa
admin-missing = belum ada
admin-back-posts = Kembali ke publikasi
admin-post-public = Lihat di situs
admin-post-edit-heading = { $post } dalam bahasa { $language }
admin-post-title = Judul
admin-post-summary = Ringkasan
admin-post-body = Teks (Markdown)
admin-post-body-hint = Paragraf, **tebal**, *miring*, daftar, dan [tautan](https://example.org). Tanpa HTML.
admin-post-preview = Pratinjau
admin-post-save = Simpan dan terbitkan
admin-post-saved = Tersimpan. Halaman publik kini menampilkannya.
admin-post-preview-heading = Pratinjau
admin-post-other-versions = Bahasa lain, sebagai sumber terjemahan
admin-post-error-title = Isi judul dengan maksimal 300 karakter.
admin-post-error-summary = Isi ringkasan dengan maksimal 1.000 karakter.
admin-post-error-long = Teks lebih dari 100 KB; persingkat teksnya.
admin-signature-unlisted = tidak dicantumkan
admin-role = Peran
admin-role-owner = Pemilik
admin-role-editor = Editor
admin-role-chapter-editor = Editor cabang
admin-role-moderator = Moderator
admin-actions = Tindakan
admin-users-add = Tambah anggota tim
admin-users-change-role = Ubah peran
admin-users-disable = Nonaktifkan
admin-users-enable = Aktifkan
admin-users-disabled = nonaktif
admin-users-link-intro = Kirimkan tautan ini secara pribadi kepada { $email }; dengan tautan ini, ia dapat mengatur kata sandinya. Tautan hanya berlaku sekali, selama 72 jam:
admin-users-error-role = Pilih peran; editor cabang juga memerlukan cabang.
admin-users-error-person = Isi nama (maksimal 200 karakter) dan alamat email yang valid.
admin-users-error-exists = Alamat ini sudah memiliki akun.
admin-users-error-self = Anda tidak dapat mencabut peran pemilik dari diri sendiri atau menonaktifkan akun Anda sendiri.
admin-audit-intro = Setiap perubahan yang dilakukan di sini atau melalui baris perintah, yang terbaru lebih dulu. Tidak seorang pun dapat mengubah atau menghapus baris-baris ini.
admin-audit-when = Kapan
admin-audit-who = Siapa
admin-audit-what = Apa
admin-audit-subject = Tentang
admin-audit-before = Sebelum
admin-audit-after = Sesudah
admin-totp-heading = Masuk dua langkah
admin-totp-required = Situs ini mewajibkan masuk dua langkah untuk peran Anda. Siapkan fitur ini untuk melanjutkan.
admin-totp-off = Masuk dua langkah tidak aktif. Jika diaktifkan, masuk memerlukan kode dari aplikasi di ponsel Anda selain kata sandi.
admin-totp-start = Siapkan masuk dua langkah
admin-totp-scan = Pindai kode ini dengan aplikasi autentikator, lalu masukkan kode 6 digit yang ditampilkannya.
admin-totp-qr = Kode QR untuk aplikasi autentikator Anda
admin-totp-secret = Atau ketik kunci ini di aplikasi:
admin-totp-open-app = Buka di aplikasi autentikator pada perangkat ini
admin-totp-confirm = Aktifkan
admin-totp-on = Masuk dua langkah aktif.
admin-totp-enabled-now = Masuk dua langkah kini aktif.
admin-recovery-intro = Simpan kode pemulihan ini di tempat yang aman. Setiap kode dapat digunakan untuk masuk satu kali jika ponsel Anda hilang. Kode ini hanya ditampilkan sekarang.
admin-sessions-heading = Sesi
admin-logout-everywhere-text = Keluar dari semua perangkat tempat Anda masuk, termasuk perangkat ini.
admin-logout-everywhere = Keluar dari semua perangkat
admin-reset-link = Lupa kata sandi?
admin-reset-heading = Kata sandi baru
admin-reset-intro = Masukkan alamat yang Anda gunakan untuk masuk. Jika alamat itu memiliki akun, kami akan mengirimkan tautan ke alamat tersebut untuk mengatur kata sandi baru.
admin-reset-submit = Kirim tautan
admin-reset-sent = Jika alamat itu memiliki akun, tautan untuk mengatur kata sandi baru sedang dalam perjalanan. Tautan ini hanya berlaku sekali, selama dua jam.
admin-reset-mail-subject = Atur kata sandi baru untuk area penyelenggara
admin-reset-mail-body = Seseorang, mungkin Anda, meminta kata sandi baru untuk area penyelenggara. Tautan di bawah ini hanya berlaku sekali, selama dua jam. Jika bukan Anda yang memintanya, abaikan email ini; kata sandi Anda tidak berubah.
admin-reset-mail-action = Atur kata sandi baru
admin-reset-footer = Anda menerima email ini karena alamat Anda memiliki akun di area penyelenggara.
admin-post-publishing = Penerbitan (semua bahasa)
admin-post-date = Tanggal terbit
admin-post-date-hint = Tanggal di masa depan menjadwalkan penerbitan: publikasi tampil pada hari itu (UTC).
admin-post-draft = Draf: tidak tampil di situs publik
admin-post-state-draft = Draf: tidak tampil di situs publik.
admin-post-state-public = Terbit sejak { $date }.
admin-post-state-scheduled = Dijadwalkan pada { $date }.
admin-post-error-date = Isi tanggal terbit sebagai tanggal, misalnya 2026-12-01.
admin-nav-media = Media
admin-media-file = Berkas
admin-media-hint = Gambar (PNG, JPEG, WebP; hingga 10 MB dan 8192 piksel per sisi), video (MP4, WebM; hingga 200 MB), dan teks terjemahan (WebVTT; hingga 1 MB).
admin-media-upload = Unggah
admin-media-library = Terunggah
admin-media-none = Belum ada yang diunggah.
admin-media-uploaded = Diunggah sebagai { $path }.
admin-media-error-kind = Ini bukan gambar PNG, JPEG atau WebP, bukan video MP4 atau WebM, dan bukan berkas teks WebVTT (dinilai dari isinya, bukan namanya).
admin-media-error-large = Berkas lebih besar dari batas jenisnya; lihat batas di atas.
admin-media-error-dimensions = Lebar atau tinggi gambar lebih dari 8192 piksel, atau ukurannya tidak terbaca.
admin-media-error-missing = Pilih berkas untuk diunggah.
admin-post-media = Gambar dan video (semua bahasa)
admin-post-media-hint = Pilih dari berkas yang diunggah; unggah yang baru di
admin-post-image = Gambar (juga kartu media sosial)
admin-post-video = Video
admin-post-poster = Poster video
admin-post-captions = Teks dalam bahasa { $language }
admin-post-error-media = Pilih media dari daftar (gambar untuk gambar dan poster, video untuk video, berkas WebVTT untuk teks); poster memerlukan video.
admin-queue-heading = Menunggu moderator
admin-queue-intro = Tanda tangan dari jaringan yang menandatangani lebih dari lima kali dalam satu jam disimpan di sini: tidak dihitung sampai disetujui.
admin-queue-empty = Tidak ada yang menunggu.
admin-queue-approve = Setujui
admin-queue-remove = Hapus
admin-signature-held = ditahan
