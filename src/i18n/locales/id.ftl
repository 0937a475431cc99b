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
