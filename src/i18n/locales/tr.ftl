# Convene UI strings: Turkish (tr). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# Turkish plural categories (CLDR): one, other. Nouns stay singular after a number.

language-name-self = Türkçe
skip-to-content = İçeriğe geç
nav-main = Ana menü
nav-languages = Diller
nav-home = Ana sayfa
footer-contact = İletişim
footer-organiser = Düzenleyen: { $organiser }
footer-powered = Convene altyapısıyla çalışır

home-upcoming = Yaklaşan etkinlikler
home-past = Geçmiş etkinlikler
home-no-events = Henüz duyurulmuş bir etkinlik yok.
home-read-more = Ayrıntılar ve saatler

event-organiser = Düzenleyen: { $organiser }
event-when-heading = Tarih ve saat
event-doors-open = Salona giriş: { $time } itibarıyla
event-starts = Başlangıç: { $time }
event-ends = Bitiş: { $time }
event-in-zone = { $time } { $zone }
event-calendar-gregorian = Miladi takvim
event-calendar-hijri = Hicri takvim
event-your-time-heading = Kendi saat diliminizde
event-zone-label = Saat diliminiz
event-zone-apply = Saatlerimi göster
event-zone-hint = Aşağıdaki saatler şu saat dilimine göredir: { $zone }.
event-cities-heading = Şubelerimizin bulunduğu şehirlerde saatler
table-city = Şehir
table-date = Tarih
table-doors = Salon açılışı
table-start = Başlangıç
table-end = Bitiş
countdown-doors = Salon { $duration } sonra açılacak.
countdown-open = Salon şu anda açık.
countdown-ended = Bu etkinlik sona erdi.
duration-days = { $count ->
    [one] { $shown } gün
   *[other] { $shown } gün
}
duration-hours = { $count ->
    [one] { $shown } saat
   *[other] { $shown } saat
}
duration-minutes = { $count ->
    [one] { $shown } dakika
   *[other] { $shown } dakika
}
event-places-heading = Kontenjan
places-limited = { $count ->
    [one] Sınırlı kontenjan: { $shown } kişi
   *[other] Sınırlı kontenjan: { $shown } kişi
}
places-left = { $count ->
    [one] Kalan yer: { $shown }
   *[other] Kalan yer: { $shown }
}
event-languages-heading = Diller
event-proceedings = Oturum dili: { $language }
event-interpretation = Simultane tercüme: { $languages }
event-captions = Altyazı: { $languages }
event-eligibility-heading = Kimler katılabilir
event-trailer-heading = Fragman
event-video-fallback = Tarayıcınız bu videoyu burada oynatamıyor.
event-video-download = Videoyu indir
event-programme-heading = Program
segment-opening = Açılış
segment-dialogue = Söyleşi { $number }
segment-video = Video { $number }
segment-interactive = Etkileşimli oturum
segment-conclusion = Kapanış
segment-length = { $count ->
    [one] { $shown } dakika
   *[other] { $shown } dakika
}
segment-recording = Kayıt
segment-speakers = Konuşmacılar
event-speakers-heading = Konuşmacılar
event-chapters-heading = Katılan şubeler
event-hashtags-heading = Takip edin, paylaşın
share-x = X'te paylaş
share-facebook = Facebook'ta paylaş
share-telegram = Telegram'da paylaş
share-whatsapp = WhatsApp'ta paylaş
event-about-heading = Konferans hakkında
event-other-languages = Kampanyayı diğer dillerde de takip edin
event-not-translated = Bu etkinliğin henüz { $language } metni yok; metin { $fallback } olarak gösteriliyor.
event-past-notice = Bu etkinlik { $date } tarihinde gerçekleşti. Tüm bölümlerin kayıtlarını aşağıda bulabilirsiniz.
event-recordings-heading = Kayıtlar

error-not-found-title = Sayfa bulunamadı
error-not-found-text = Bu adreste bir sayfa yok. Bağlantı yanlış yazılmış ya da sayfa taşınmış olabilir.
error-bad-request-title = Bu adres anlaşılamadı
error-bad-request-text = Adresin bir bölümü geçerli değil: { $detail }
error-internal-title = Bizim tarafımızda bir sorun oluştu
error-internal-text = Sorun kayda alındı. Lütfen biraz sonra yeniden deneyin.
error-back-home = Ana sayfaya git

lang-en = İngilizce
lang-ar = Arapça
lang-ur = Urduca
lang-tr = Türkçe
lang-id = Endonezce
lang-fr = Fransızca

country-LB = Lübnan
country-TN = Tunus
country-PK = Pakistan
country-ID = Endonezya
country-TR = Türkiye
country-AU = Avustralya
