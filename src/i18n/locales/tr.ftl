# Convene UI strings: Turkish (tr). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# Turkish plural categories (CLDR): one, other. Nouns stay singular after a number.

language-name-self = Türkçe
skip-to-content = İçeriğe geç
nav-main = Ana menü
nav-languages = Diller
nav-home = Ana sayfa
footer-contact = İletişim
# A label before its value (the colon as the language spaces it).
label-colon = { $label }:
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
segment-speakers-list = { $count ->
    [one] Konuşmacı
   *[other] Konuşmacılar
}: { $names }
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

error-busy-text = Şu anda çok fazla açık bağlantı var. Lütfen birkaç saniye sonra yeniden deneyin.
error-not-found-title = Sayfa bulunamadı
error-not-found-text = Bu adreste bir sayfa yok. Bağlantı yanlış yazılmış ya da sayfa taşınmış olabilir.
error-bad-request-title = Bu adres anlaşılamadı
error-bad-request-text = Adresin bir bölümü geçerli değil: { $detail }
error-internal-title = Bizim tarafımızda bir sorun oluştu
error-internal-text = Sorun kayda alındı. Lütfen biraz sonra yeniden deneyin.
error-unavailable-title = Şu anda hiçbir şey kaydedemiyoruz
error-unavailable-text = Gönderdiğiniz hiçbir şey kaydedilmedi. Lütfen birkaç saniye sonra yeniden gönderin; bu sürerse düzenleyiciler uyarıldı.
error-back-home = Ana sayfaya git

lang-en = İngilizce
lang-ar = Arapça
lang-ur = Urduca
lang-tr = Türkçe
lang-id = Endonezce
lang-fr = Fransızca


## Registration pages
register-heading = Kayıt: { $event }
register-open-until = Kayıtlar şu tarihe kadar açık: { $closes }.
register-name = Adınız
register-email = E-posta adresiniz
register-email-hint = Bu adrese bir onay bağlantısı göndereceğiz. Yalnızca onaylanmış kayıtlar için yer ayrılır.
register-country = Yaşadığınız ülke
register-language = E-postalarımızın dili
register-zone = Saat diliminiz (e-postalarımızdaki saatler için)
register-consent = Düzenleyicilerin bu konferansı yürütmek için adımı, e-posta adresimi ve ülkemi saklamasını ve konferanstan sonra silmesini kabul ediyorum.
register-submit = Kayıt ol
register-link = Yer ayırtmak için kayıt olun
registration-opens-notice = Kayıtlar { $date } tarihinde { $time } itibarıyla açılıyor.
registration-open-notice = Kayıtlar { $date }, { $time } saatine kadar açık.
registration-closed-notice = Kayıtlar { $date } tarihinde kapandı.
event-live-notice = Konferans şu anda sürüyor. Kayıtlı katılımcılar salona e-postalarındaki kişisel bağlantıyla girer.
register-waitlist-link = Bekleme listesine katıl
register-website = Bu alanı boş bırakın
register-sent-heading = E-postanızı kontrol edin
register-sent-text = Bu adresle kayıt yapılabiliyorsa, adrese onay bağlantısı içeren bir e-posta gönderildi. Yeriniz ancak bu bağlantıyı açtığınızda ayrılır. E-posta gelmedi mi? İstenmeyen e-posta (spam) klasörünüze bakın ya da formu on dakika sonra yeniden gönderin.
register-error-summary = Lütfen şunları düzeltin:
register-error-email = Lütfen ad@example.org gibi bir e-posta adresi girin.
register-error-name = Lütfen adınızı girin (en fazla 200 karakter).
register-error-country = Lütfen yaşadığınız ülkeyi seçin.
register-error-attestation = Kayıt olmak için lütfen bunu onaylayın.
register-error-consent = Kaydınızı saklayabilmemiz için lütfen onay verin.
register-error-session = Bu formun süresi doldu. Lütfen formu yeniden gönderin.
register-error-rate = Bağlantınızdan çok fazla deneme yapıldı. Lütfen { $minutes } dakika sonra yeniden deneyin.
confirm-heading = Kaydınızı onaylayın
confirm-text = “{ $event }” etkinliğindeki yerinizi onaylamak için düğmeye basın.
confirm-button = Yerimi onayla
confirm-done-confirmed = Yeriniz onaylandı. Size kişisel bağlantınızı ve bir takvim dosyasını içeren bir e-posta gönderdik.
confirm-done-waitlisted = Tüm yerler doldu. Bekleme listesindeki sıranız: { $position }. Bir yer boşalır boşalmaz size yazacağız.
confirm-expired = Bu onay bağlantısının süresi doldu. Lütfen yeniden kayıt olun.
confirm-unknown = Bu bağlantı geçerli değil. Lütfen size gönderdiğimiz en son e-postadaki bağlantıyı kullanın.
me-heading = Kaydınız
me-status-pending = Onayınız bekleniyor.
me-status-confirmed = Yeriniz onaylandı.
me-status-waitlisted = Bekleme listesindeki sıranız: { $position }.
me-status-offered = Sizin için bir yer boşaldı ve şu zamana kadar size ayrıldı: { $expires }. Yeri kaybetmemek için kabul edin.
me-status-cancelled = Bu kaydı iptal ettiniz.
me-status-expired = Bu kaydın süresi doldu.
me-accept = Yeri kabul et
me-cancel = Kaydımı iptal et
me-cancel-confirm = Evet, kaydımı iptal et
me-calendar = Takvimime ekle (.ics)
me-calendar-heading = Takvim dosyası
me-calendar-not-yet = Takvim dosyası, yeriniz onaylandığında hazır olur.
me-calendar-gone = Bu kayıt artık etkin değil; bu yüzden takvim kaydı da yok.
me-calendar-back = Kaydınıza dönün
me-data-heading = Hakkınızda sakladığımız bilgiler
me-data-name = Ad
me-data-email = E-posta adresi
me-data-country = Ülke
me-data-language = Dil
me-data-zone = Saat dilimi
places-full = Tüm yerler doldu; yeni kayıtlar bekleme listesine alınıyor.

## Registration e-mails
mail-greeting = Merhaba { $name },
mail-signature-greeting = Merhaba { $name },
mail-when = { $date }, saat { $time } ({ $zone })
mail-footer = Bu e-postayı, bu adres “{ $event }” etkinliğine kayıt için kullanıldığından alıyorsunuz. Kaydı siz yapmadıysanız bu e-postayı dikkate almayın: onay olmadan hiçbir yer ayrılmaz.
register-not-open = Kayıtlar şu tarihte açılacak: { $opens }.
register-closed = Kayıtlar kapandı.

register-back = Etkinlik sayfasına dön
confirm-done-heading = Teşekkürler
confirm-see-registration = Kaydınızı görün
me-language-save = Kaydet
me-delete = Verilerimi sil
me-delete-text = Bu işlem kaydınızı iptal eder ve adınızı, e-posta adresinizi ve ülkenizi siler. Kişisel bağlantınız artık çalışmaz.
me-delete-confirm = Evet, verilerimi sil
me-deleted-heading = Verileriniz silindi
me-deleted-text = Kaydınızı iptal ettik; adınızı, e-posta adresinizi ve ülkenizi sildik.

## Publications (issue 4)
nav-posts = Yayınlar
nav-search = Arama
home-latest-posts = Son yayınlar
home-all-posts = Tüm yayınlar
event-latest-posts = Bu etkinlikle ilgili davetler ve haberler
posts-heading = Yayınlar
posts-in-language = Dil: { $language }
posts-page-of = Sayfa { $page } / { $pages }
posts-all-languages = Tüm diller
posts-none = Burada henüz bir şey yayımlanmadı.
posts-kinds = Yayın türleri
posts-language-filter = Yayınları yazıldıkları dile göre göster
posts-pagination = Sayfalar
posts-newer = Daha yeni
posts-older = Daha eski
posts-feed = Bu listeye abone olun (Atom akışı)
chapter-intro = { $city } ({ $country }) şubemizin davetleri, çağrıları ve haberleri.
hashtag-intro = Bu etiketi taşıyan yayınlar. Etiketi kopyalayın ya da aşağıdaki bağlantılarla paylaşın.
hashtag-copy = Kopyala
hashtag-copied = Kopyalandı
post-read-in = Başka dillerde okuyun
post-missing-heading = Bu dilde mevcut değil
post-missing-text = Bu yayının { $language } sürümü yayımlanmadı. Yayın şu dillerde mevcut:
post-about-event = İlgili etkinlik:

## Open letters
letter-signature-count = { $count ->
    [zero] Henüz imza yok
    [one] { $shown } imza
   *[other] { $shown } imza
}
letter-goal = { $count ->
    [one] Hedefimiz: { $shown } imza
   *[other] Hedefimiz: { $shown } imza
}
letter-goal-percent = Hedefe ulaşma: %{ $percent }
letter-share-heading = Mektubu paylaşın
letter-sign-heading = Bu mektubu imzalayın
letter-sign-button = Mektubu imzala
letter-signatories-link = İmzalayanları görün
letter-back = Mektuba dön
letter-sign-title = İmza: { $letter }
letter-email-hint = İmzanızı onaylamanız için size bir bağlantı göndereceğiz. Adresiniz hiçbir zaman gösterilmez.
letter-organisation = Kuruluş (isteğe bağlı)
letter-show-name = Adımı herkese açık imzacı listesinde göster
letter-consent = İmzamın sayılması ve istersem listede gösterilmesi için adımın, ülkemin ve e-posta adresimin saklanmasını kabul ediyorum. İmzamı, e-postamdaki bağlantıyla istediğim zaman geri çekebilirim.
letter-sign-submit = İmzala
letter-error-organisation = En fazla 200 karakterlik bir kuruluş adı girin ya da alanı boş bırakın.
letter-error-consent = Lütfen imzanızın nasıl saklanacağını kabul edin; bu onay olmadan imzanızı sayamayız.
letter-sent-heading = E-postanızı kontrol edin
letter-sent-text = Verdiğiniz adres doğruysa, onay bağlantısı içeren bir e-posta gönderildi. İmzanız, bu bağlantıyı açtığınızda sayılmaya başlar.
letter-signatories-title = İmzacılar: { $letter }
letter-signatories-note = Yalnızca adının gösterilmesini seçen kişiler listelenir; ancak tüm imzalar sayılır.
letter-signatories-none = Henüz listede yer almayı seçen kimse yok.
letter-confirm-heading = İmzanızı onaylayın
letter-confirm-text = İmzanızı onaylamak için düğmeye basın. İmzanız o andan itibaren sayılır.
letter-confirm-button = İmzamı onayla
letter-confirm-unknown = Bu bağlantı geçerli değil ya da süresi doldu. Yeni bir bağlantı almak için mektubu yeniden imzalayın.
letter-confirmed-text = Teşekkürler: imzanız sayıldı. İmzanızı bir gün geri çekmek isterseniz, e-postanızda bunun için bir bağlantı var.
letter-withdraw-heading = İmzanızı geri çekin
letter-withdraw-text = Hakkınızda sakladığımız bilgiler: { $held }. İmzanızı geri çektiğinizde bunların tümü silinir ve imzanız artık sayılmaz.
letter-withdraw-button = İmzamı geri çek
letter-withdraw-unknown = Bu bağlantı geçerli değil ya da imza zaten geri çekilmiş.
letter-withdrawn-text = İmzanız geri çekildi ve verileriniz silindi.
mail-signature-footer = Bu e-postayı, bu adres { $site } web sitesinde bir açık mektubu imzalamak için kullanıldığından alıyorsunuz.

## Search
search-heading = Arama
search-label = Yayınlarda ve etkinliklerde, herhangi bir dilde arayın
search-submit = Ara
search-results = { $count ->
    [zero] Hiçbir sonuç bulunamadı.
    [one] { $shown } sonuç
   *[other] { $shown } sonuç
}
search-no-words = Aramak için bir sözcük yazın.
search-busy = Ağınızdan çok fazla arama yapıldı. Lütfen { $seconds } saniye sonra yeniden deneyin.
search-kind-event = Etkinlik
posts-count = { $count ->
    [zero] Yayın yok
   *[other] { $shown } yayın
}

## The organisers' area (issue 5)
error-forbidden-title = İzin verilmiyor
admin-area-name = Düzenleyici paneli
admin-nav-dashboard = Genel bakış
admin-nav-registrations = Kayıtlar
admin-nav-posts = Yayınlar
admin-nav-signatures = İmzalar
admin-nav-users = Kişiler
admin-nav-audit = Denetim kaydı
admin-nav-account = Hesabım
admin-logout = Oturumu kapat
admin-back = Genel bakışa dön
admin-forbidden-heading = İzin verilmiyor
admin-forbidden-text = Rolünüz bu işleme izin vermiyor. Gerekirse sahip rolündeki birinden isteyin.
admin-login-heading = Oturum aç
admin-email = E-posta adresi
admin-password = Parola
admin-login-submit = Oturum aç
admin-login-wrong = E-posta adresi veya parola yanlış.
admin-login-wait-seconds = Çok fazla oturum açma denemesi. Lütfen { $seconds } saniye bekleyip yeniden deneyin.
admin-login-wait-minutes = Çok fazla oturum açma denemesi. Lütfen { $minutes } dakika bekleyip yeniden deneyin.
admin-login-rate = Ağınızdan çok fazla oturum açma denemesi yapıldı. Lütfen { $minutes } dakika sonra yeniden deneyin.
admin-code-heading = İki adımlı oturum açma
admin-code-intro = Kimlik doğrulama uygulamanızdaki 6 haneli kodu ya da kurtarma kodlarınızdan birini girin.
admin-code = Kod
admin-code-hint = Örneğin 123456 ya da abcde-fghij gibi bir kurtarma kodu.
admin-code-wrong = Bu kod yanlış ya da daha önce kullanılmış.
admin-password-heading = Parolanızı belirleyin
admin-password-intro = Başka hiçbir yerde kullanmadığınız, en az { $min } karakterlik bir parola seçin. Bir cümle kolay hatırlanır ve zor tahmin edilir.
admin-password-new = Yeni parola
admin-password-again = Aynı parola (tekrar)
admin-password-submit = Parolayı belirle
admin-password-mismatch = İki parola birbirinden farklı. Aynı parolayı iki kez yazın.
admin-password-short = En az { $min } karakter kullanın.
admin-password-long = En fazla 256 karakter kullanın.
admin-password-common = Bu parola, yaygın parolalar listesinde yer alıyor. Başka bir parola seçin.
admin-password-done = Parolanız belirlendi. Artık oturum açabilirsiniz.
admin-password-link-invalid = Bu bağlantı geçerli değil, daha önce kullanılmış ya da süresi dolmuş. Sahip rolündeki birinden yeni bir bağlantı isteyin.
admin-dash-greeting = Hoş geldiniz, { $name }
admin-dash-places = Dolu yerler: { $event }
admin-dash-signups-per-day = Günlük kayıtlar (UTC): { $event }
admin-dash-by-country = Ülkelere göre yerler: { $event }
admin-dash-by-language = Dillere göre yerler: { $event }
admin-dash-signatures = Açık mektup başına imza sayısı
admin-dash-as-table = Aynı veriler tablo olarak
admin-event = Etkinlik
admin-status = Durum
admin-status-any = Tüm durumlar
admin-status-pending = Onay bekliyor
admin-status-confirmed = Onaylandı
admin-status-waitlisted = Bekleme listesinde
admin-status-offered = Yer teklif edildi
admin-status-cancelled = İptal edildi
admin-status-expired = Süresi doldu
admin-search-people = Ad, e-posta veya ülke kodu
admin-filter = Göster
admin-registrations-shown = Toplam { $total } kayıttan { $shown } tanesi gösteriliyor.
admin-export-csv = CSV olarak dışa aktar
admin-name = Ad
admin-waitlist = Bekleme listesi
admin-central-office = Genel merkez
admin-posts-intro = Her yayın, dilleriyle birlikte listelenir. Düzenlemek için bir dili, çevirmek için eksik bir dili açın.
admin-post = Yayın
admin-chapter = Şube
admin-chapter-hint = Yalnızca şube editörleri için.
admin-languages = Diller
admin-missing = eksik
admin-back-posts = Yayınlara dön
admin-post-public = Sitede görüntüle
admin-post-edit-heading = { $post } ({ $language })
admin-post-title = Başlık
admin-post-summary = Özet
admin-post-body = Metin (Markdown)
admin-post-body-hint = Paragraflar, **kalın**, *italik*, listeler ve [bağlantılar](https://example.org). HTML kullanılamaz.
admin-post-preview = Önizle
admin-post-save = Kaydet ve yayımla
admin-post-saved = Kaydedildi. Herkese açık sayfada artık bu sürüm görünüyor.
admin-post-saved-draft = Taslak olarak kaydedildi: herkese açık sitede değil.
admin-post-saved-scheduled = Kaydedildi. Belirlenen zamanda sitede kendiliğinden görünecek.
admin-post-preview-heading = Önizleme
admin-post-other-versions = Çeviri için kaynak olabilecek diğer diller
admin-post-error-title = En fazla 300 karakterlik bir başlık girin.
admin-post-error-summary = En fazla 1.000 karakterlik bir özet girin.
admin-post-error-long = Metin 100 KB sınırını aşıyor; lütfen kısaltın.
admin-signature-unlisted = listede gösterilmiyor
admin-role = Rol
admin-role-owner = Sahip
admin-role-editor = Editör
admin-role-chapter-editor = Şube editörü
admin-role-moderator = Moderatör
admin-actions = İşlemler
admin-users-add = Kişi ekle
admin-users-change-role = Rolü değiştir
admin-users-disable = Devre dışı bırak
admin-users-enable = Etkinleştir
admin-users-disabled = devre dışı
admin-users-link-intro = Bu bağlantıyı { $email } adresine özel olarak gönderin; parola bu bağlantıyla belirlenir. Bağlantı yalnızca bir kez ve 72 saat boyunca geçerlidir:
admin-users-error-role = Bir rol seçin; şube editörü rolü için bir şube de seçilmelidir.
admin-users-error-person = Bir ad (en fazla 200 karakter) ve geçerli bir e-posta adresi girin.
admin-users-error-exists = Bu adrese ait bir hesap zaten var.
admin-users-error-self = Kendi sahip rolünüzü kaldıramaz veya kendi hesabınızı devre dışı bırakamazsınız.
admin-audit-intro = Burada ya da komut satırından yapılan her değişiklik, en yenisi en üstte. Bu satırları kimse değiştiremez veya silemez.
admin-audit-when = Ne zaman
admin-audit-who = Kim
admin-audit-what = Ne
admin-audit-subject = Konu
admin-audit-before = Önce
admin-audit-after = Sonra
admin-totp-heading = İki adımlı oturum açma
admin-totp-required = Bu site, rolünüz için iki adımlı oturum açmayı zorunlu tutuyor. Devam etmek için bunu kurun.
admin-totp-off = İki adımlı oturum açma kapalı. Açıldığında, oturum açmak için parolanızın yanı sıra telefonunuzdaki bir uygulamanın verdiği kod da gerekir.
admin-totp-start = İki adımlı oturum açmayı kur
admin-totp-scan = Bu kodu bir kimlik doğrulama uygulamasıyla tarayın, ardından uygulamanın gösterdiği 6 haneli kodu girin.
admin-totp-qr = Kimlik doğrulama uygulamanız için QR kodu
admin-totp-secret = Ya da bu anahtarı uygulamaya elle girin:
admin-totp-open-app = Bu cihazdaki bir kimlik doğrulama uygulamasında aç
admin-totp-confirm = Etkinleştir
admin-totp-on = İki adımlı oturum açma etkin.
admin-totp-enabled-now = İki adımlı oturum açma artık etkin.
admin-recovery-intro = Bu kurtarma kodlarını güvenli bir yerde saklayın. Telefonunuzu kaybederseniz her biriyle bir kez oturum açabilirsiniz. Kodlar yalnızca şimdi gösteriliyor.
admin-sessions-heading = Oturumlar
admin-logout-everywhere-text = Bu cihaz dahil, oturum açtığınız tüm cihazlarda oturumu kapatın.
admin-logout-everywhere = Tüm cihazlarda oturumu kapat
admin-reset-link = Parolanızı mı unuttunuz?
admin-reset-heading = Yeni parola
admin-reset-intro = Oturum açarken kullandığınız adresi girin. Bu adrese ait bir hesap varsa, yeni bir parola belirlemeniz için adrese bir bağlantı göndeririz.
admin-reset-submit = Bağlantıyı gönder
admin-reset-sent = Bu adrese ait bir hesap varsa, yeni bir parola belirlemeniz için bağlantı gönderildi. Bağlantı yalnızca bir kez ve iki saat boyunca geçerlidir.
admin-reset-mail-subject = Düzenleyici paneli için yeni parola belirleyin
admin-reset-mail-body = Biri, büyük olasılıkla siz, düzenleyici paneli için yeni bir parola istedi. Aşağıdaki bağlantı yalnızca bir kez ve iki saat boyunca geçerlidir. Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın; parolanız değişmeden kalır.
admin-reset-mail-action = Yeni parola belirle
admin-reset-footer = Bu e-postayı, adresinize ait bir hesap düzenleyici panelinde bulunduğu için alıyorsunuz.
admin-post-publishing = Yayın (tüm diller)
admin-post-date = Yayın tarihi
admin-post-date-hint = Gelecekteki bir tarih yayını planlar: yayın o gün (UTC) görünür.
admin-post-draft = Taslak: herkese açık sitede görünmez
admin-post-state-draft = Taslak: herkese açık sitede görünmüyor.
admin-post-state-public = { $date } tarihinden beri yayında.
admin-post-state-scheduled = { $date } tarihine planlandı.
admin-post-error-date = Yayın tarihini tarih olarak girin, örneğin 2026-12-01.
admin-nav-media = Medya
admin-media-file = Dosya
admin-media-hint = Görseller (PNG, JPEG, WebP; en çok 10 MB ve kenar başına 8192 piksel), videolar (MP4, WebM; en çok 200 MB) ve altyazılar (WebVTT; en çok 1 MB).
admin-media-upload = Yükle
admin-media-library = Yüklenenler
admin-media-none = Henüz bir şey yüklenmedi.
admin-media-uploaded = { $path } olarak yüklendi.
admin-media-error-kind = Bu bir PNG, JPEG veya WebP görseli, MP4 veya WebM videosu ya da WebVTT altyazı dosyası değil (adına değil içeriğine bakılır).
admin-media-error-large = Dosya, türü için izin verilenden büyük; yukarıdaki sınırlara bakın.
admin-media-error-dimensions = Görselin eni veya boyu 8192 pikseli aşıyor ya da boyutu okunamıyor.
admin-media-error-missing = Yüklenecek bir dosya seçin.
admin-post-media = Görsel ve video (tüm diller)
admin-post-media-hint = Yüklenen dosyalardan seçin; yenilerini şuradan yükleyin:
admin-post-image = Görsel (aynı zamanda paylaşım kartı)
admin-post-video = Video
admin-post-poster = Video kapak görseli
admin-post-captions = { $language } altyazı
admin-post-error-media = Medyayı listelerden seçin (görsel ve kapak için görsel, video için video, altyazı için WebVTT dosyası); kapak görseli video gerektirir.
admin-queue-heading = Moderatör bekleyenler
admin-queue-intro = Bir saatte beşten fazla imza atılan bir ağdan gelen imzalar burada tutulur: onaylanana kadar sayılmazlar.
admin-queue-empty = Bekleyen bir şey yok.
admin-queue-approve = Onayla
admin-queue-remove = Kaldır
admin-signature-held = beklemede
admin-registration-confirm = Elle onayla
admin-registration-cancel = Kaydı iptal et
admin-mail-heading = Bu kayıtla ilgili e-postalar
admin-mail-kind = E-posta
admin-mail-state = Teslim
admin-mail-sent = { $when } teslim edildi
admin-mail-failing = henüz teslim edilmedi: { $attempts } deneme, son hata: { $error }
admin-mail-queued = gönderilmeyi bekliyor
admin-mail-resend = Yeniden gönder
admin-mail-parked = { $attempts } denemeden sonra başarısız oldu, son hata: { $error }. “E-postalar ve işler” sayfasından yeniden deneyin.
admin-mail-skipped = artık gerekmediği için gönderilmedi: { $reason }
admin-nav-jobs = E-postalar ve işler
admin-jobs-intro = Sunucunun arka planda yaptığı her şey bu kuyruktan geçer: her e-posta, süresi dolan teklifler, hatırlatmalar. Sekiz kez başarısız olan bir iş durur ve burada sizi bekler.
admin-jobs-waiting = Şimdi çalışmayı bekleyen
admin-jobs-oldest = En eskisi şu zamandan beri bekliyor
admin-jobs-oldest-none = bekleyen bir şey yok
admin-jobs-age = { $minutes } dk önce
admin-jobs-later = Daha sonraya planlanan (yeniden denemeler dahil)
admin-jobs-failed-heading = Başarısız işler
admin-jobs-failed-none = Başarısız olan iş yok.
admin-jobs-kind = İş
admin-jobs-attempts = Deneme
admin-jobs-failed-at = Başarısız olduğu an
admin-jobs-error = Son hata
admin-jobs-retry = Yeniden dene
admin-nav-settings = Site ayarları
admin-settings-saved = Kaydedildi. Herkese açık site yeni ayarları şimdi gösteriyor.
admin-settings-contact = İletişim adresi (sayfalara yazılmadan gösterilir)
admin-settings-hashtags = Kampanya etiketleri
admin-settings-hashtags-hint = Boşlukla ayırın, örneğin #WaterForEveryHome #EveryDropCounts.
admin-settings-calendar = Hicri takvim
admin-settings-hijri = Tür
admin-settings-umm-al-qura = Ümmü'l-Kura
admin-settings-tabular = Tablo (sivil)
admin-settings-adjustment = Gün düzeltmesi
admin-settings-adjustment-hint = −2 ile +2 arası; yerel hilal gözlemine uyan topluluklar için.
admin-settings-site-name = Site adı
admin-settings-organiser = Düzenleyen
admin-settings-tagline = Slogan (tek cümle)
admin-settings-arabic-digits = Sayıları Arap-Hint rakamlarıyla yaz (٠١٢٣)
admin-settings-save = Ayarları kaydet
admin-settings-error-contact = Geçerli bir iletişim e-posta adresi girin.
admin-settings-error-hashtags = Etiketler yalnızca harf, rakam ve _ içerir, örneğin #EveryDropCounts.
admin-settings-error-adjustment = Düzeltme −2 ile 2 arasında bir tam sayıdır.
admin-settings-error-texts = { $language } için site adını, düzenleyeni ve sloganı girin.
admin-nav-events = Etkinlikler
admin-event-saved = Kaydedildi. Etkinlik sayfası ve kayıt formu hemen güncellendi.
admin-event-zone = Referans saat dilimi
admin-event-zone-hint = Aşağıdaki tüm saatler bu dilimin saatidir (örneğin Asia/Riyadh, "Medine saati").
admin-event-doors = Salonun açılışı
admin-event-starts = Başlangıç
admin-event-starts-hint = Başlangıcı değiştirmek tüm programı da kaydırır.
admin-event-ends = Bitiş
admin-event-places = Kontenjan
admin-event-places-hint = Sınırsız için boş bırakın. Azaltmak kimsenin yerini almaz; artan yerler bekleme listesine sırayla sunulur.
admin-event-opens = Kayıt açılışı (boş: hemen)
admin-event-closes = Kayıt kapanışı (boş: etkinlik bitince)
admin-event-reminders = Hatırlatmalar, salon açılmadan kaç saat önce
admin-event-reminders-hint = Virgülle ayrılmış, her biri 1 ile 720 arası, örneğin 24, 1.
admin-event-save = Etkinliği kaydet
admin-event-error-zone = Listeden bir saat dilimi seçin.
admin-event-error-time = { $field }: bu dilimde var olan bir tarih ve saat girin (saat değişikliğiyle atlanmamış ya da tekrarlanmamış).
admin-event-error-places = Kontenjan 1 ile 1.000.000 arasında bir tam sayıdır ya da sınırsız için boştur.
admin-event-error-reminders = Hatırlatmalar, virgülle ayrılmış 1 ile 720 arası tam saat sayılarıdır.
admin-event-error-order = Salon başlangıçtan önce ya da başlangıçta açılır; etkinlik başladıktan sonra biter.
admin-event-error-window = Kayıt, açıldıktan sonra ve etkinlik bitmeden kapanır.
admin-event-error-segments = Program yeni bitişten önce sığmıyor; etkinliği uzatın ya da bitişi ileri alın.
admin-outdated = başka bir dilden eski

## The online hall
hall-event-page = Konferans hakkında
hall-reload = En son sorular ve duyurular için sayfayı yenileyin
hall-doors = Salonun açılış saati:
hall-ended = Konferans sona erdi. Katıldığınız için teşekkür ederiz.
hall-recordings = Kayıtları izleyin
hall-stream-title = Canlı yayın
hall-stream-open = Canlı yayını aç
hall-no-stream = Canlı yayın burada görünecek.
hall-channels = Dinleme dili
hall-channel-main = özgün dil
hall-channel-rendition = simultane çeviri
hall-channel-audio = simultane çeviri, yalnızca ses
hall-channel-video = simultane çeviri, ayrı yayın
hall-channel-playing = Şu an: { $language } ({ $kind })
hall-channel-sound = Simultane çeviri sesi
hall-channel-failed = Bu kanal oynatılamadı; özgün dil oynatılıyor.
hall-premiere = Prömiyer: herkes bu videoyu şu anda birlikte izliyor.
hall-premiere-play = Prömiyeri oynat
hall-live-now = Şu an canlı
hall-announcements = Duyurular
hall-questions = Sorular
hall-ask-label = Sorunuz
hall-ask-language = Sorunuzun dili
hall-ask = Soruyu gönder
hall-ask-hint = Her soru, herkese gösterilmeden önce bir moderatör tarafından okunur. Adınız hiçbir zaman gösterilmez.
hall-ask-empty = Önce sorunuzu yazın.
hall-ask-too-long = Sorular en fazla { $max } karakter olabilir.
hall-ask-too-many = Son birkaç dakika içinde birkaç soru gönderdiniz. Lütfen yeni bir soru göndermeden önce biraz bekleyin.
hall-ask-closed = Sorular yalnızca salon açıkken gönderilebilir.
hall-vote = Ben de
hall-voted = Bunu siz de sordunuz
hall-question-pending = Moderatör onayı bekleniyor
hall-question-answered = Yanıtlandı
hall-question-pinned = Sabitlendi
hall-reconnecting = Bağlantı koptu; yeniden bağlanılıyor…
hall-revoked = Bu bağlantı artık salonu açmıyor. Düzenleyicilerden yeni bir bağlantı isteyin.
hall-action-failed = İşlem gerçekleşmedi. Bağlantınızı kontrol edip yeniden deneyin.
hall-attendees = { $count ->
    [zero] Henüz burada başka kimse yok
    [one] Salonda { $shown } kişi
   *[other] Salonda { $shown } kişi
}
hall-enter = Çevrim içi salona girin
recordings-heading = Kayıtlar
recordings-none = Henüz kayıt yok.
admin-nav-hall = Salon
admin-hall-attendees = Salondaki kişiler
admin-hall-pending = Karar bekleyenler
admin-hall-pending-empty = Bekleyen soru yok.
admin-hall-asker = soran kişi
admin-hall-approve = Herkese göster
admin-hall-approve-pin = Göster ve sabitle
admin-hall-hide = Gizle
admin-hall-shown = Herkese gösterilenler
admin-hall-answered = Yanıtlandı olarak işaretle
admin-hall-pin = Sabitle
admin-hall-unpin = Sabitlemeyi kaldır
admin-hall-hidden = Gizlenen sorular
admin-hall-announcement = Salondaki herkese duyuru
admin-hall-announce = Duyuruyu yayınla
admin-hall-announcement-empty = Önce duyuruyu yazın.
admin-hall-announcement-too-long = Duyurular en fazla { $max } karakter olabilir.
admin-hall-programme = Canlı bölüm
admin-hall-following-schedule = Canlı bölüm zaman çizelgesini izliyor.
admin-hall-chosen-by-hand = Canlı bölüm elle seçildi; sıradaki bölümün zamanı gelince yeniden zaman çizelgesini izler.
admin-hall-make-live = Şimdi canlıya al
admin-hall-follow-schedule = Zaman çizelgesini izle
admin-hall-set-live = Uygula
admin-registration-revoke = Kişisel bağlantıyı iptal et
admin-registration-revoke-hint = İptal, kişisel bağlantıyı ve salon bağlantısını hemen durdurur ve açık salon pencerelerini kapatır. Kişiye yeni bir bağlantı vermek için onay e-postasını yeniden gönderin.
admin-hall-next = Sonraki bölüm
admin-source-heading = İçerik dosyası
admin-source-intro = Dosya, convene import'un okuduğu haliyle. Denetim her sorunu satırıyla listeler; dosyada sorun kalmayıp siz kaydedene kadar hiçbir şey değişmez.
admin-source-files = Diğer dosyalar
admin-source-check = Denetle
admin-source-save = Denetle ve kaydet
admin-source-saved = Kaydedildi. Herkese açık site değişikliği şimdi gösteriyor.
admin-source-problems = Hiçbir şey kaydedilmedi: önce bu sorunları düzeltin.
admin-source-no-problems = Sorun bulunmadı. Değişikliği yayımlamak için kaydedin.
admin-source-format = Her dosyanın biçimi Convene ile gelen docs/content-format.md dosyasında anlatılır.
admin-source-link-site = Diller, şubeler ve daha fazlası, içerik dosyaları olarak
admin-source-link-event = Bölümler, konuşmacılar, yayın ve metinler, içerik dosyaları olarak
admin-source-preview = Sayfayı önizle
admin-source-preview-banner = Düzenlemenizin önizlemesi: henüz hiçbir şey kaydedilmedi. Yayımlamak için bu sekmeyi kapatıp düzenleyici alanında kaydedin.
admin-source-conflict = Siz açtıktan sonra bu dosyayı başka biri kaydetti. Hiçbir şey kaydedilmedi. Metniniz aşağıda duruyor: değişikliğinizi kopyalayın, dosyayı yeniden açın ve değişikliği orada yapın.
admin-content-conflict = Siz düzenlerken başka biri sitede bir değişiklik kaydetti; sizin değişikliğiniz onunkini sileceği için hiçbir şey kaydedilmedi. Yazdıklarınız aşağıda duruyor; güncel sürümle karşılaştırın ve onun değişikliğinin üzerine uygulamak için yeniden kaydedin.
admin-content-conflict-latest = Son değişiklik: { $actor }, “{ $action }”, { $subject }.
admin-programme-heading = Program
admin-programme-link = Programı düzenle: bölümler, saatler, konuşmacılar ve başlıklar
admin-programme-back = Saatler ve kontenjan
admin-programme-intro = Saatler etkinliğin referans saat dilimine göredir: { $zone }. Bölümler başlangıç saatlerine göre sıralanarak kaydedilir; birbiriyle çakışmamalı ve etkinliğin süresi içinde kalmalıdır.
admin-programme-new = Bölüm ekle
admin-programme-id = Tanımlayıcı
admin-programme-id-hint = Küçük Latin harfleri (a–z), rakamlar ve kısa çizgiler; örneğin dialogue-6. Adreslerde görünür ve sonradan değiştirilemez.
admin-programme-kind = Tür
admin-programme-kind-opening = Açılış
admin-programme-kind-dialogue = Söyleşi
admin-programme-kind-video = Video
admin-programme-kind-interactive = Etkileşimli oturum
admin-programme-kind-conclusion = Kapanış
admin-programme-start = Başlangıç saati
admin-programme-minutes = Süre (dakika)
admin-programme-title = Başlık
admin-programme-speakers = Konuşmacılar
admin-programme-remove = Bu bölümü kaldır
admin-programme-remove-media = kaydı ve prömiyeri de onunla birlikte kaldırılır
admin-programme-save = Programı denetle ve kaydet
admin-programme-saved = Program kaydedildi; herkese açık sayfalar artık onu gösteriyor.
admin-programme-error-id = Bölüm { $number }: tanımlayıcıda yalnızca küçük Latin harfleri, rakamlar ve kısa çizgiler kullanılabilir.
admin-programme-error-row = Bölüm { $id }: bir tür, bir başlangıç saati ve en az bir dakikalık bir süre girin.
admin-programme-more = Açıklamalar, kayıtlar ve prömiyerler etkinliğin dosyasında düzenlenir:
admin-speakers-heading = Konuşmacılar
admin-speakers-link = Konuşmacıları düzenle
admin-speakers-intro = Her konuşmacının programda yazıldığı biçimiyle adı, ülkesi ve şubesi; etkinliğin her dilinde de unvanı (ve o dil adını farklı yazıyorsa adı). Bir bölümde adı hâlâ geçen bir konuşmacı kaldırılamaz: önce onu programdan çıkarın.
admin-speakers-new = Konuşmacı ekle
admin-speakers-id-hint = Küçük Latin harfleri (a–z), rakamlar ve kısa çizgiler; örneğin nadia-haddad. Programda konuşmacı bu tanımlayıcıyla anılır; sonradan değiştirilemez.
admin-speakers-name = Ad
admin-speakers-chapter = Şube
admin-speakers-role = Unvan
admin-speakers-name-in = Bu dildeki ad, farklı yazılıyorsa
admin-speakers-remove = Bu konuşmacıyı kaldır
admin-speakers-save = Konuşmacıları denetle ve kaydet
admin-speakers-saved = Konuşmacılar kaydedildi; herkese açık sayfalar artık onları gösteriyor.
admin-speakers-error-row = Konuşmacı { $number }: bir tanımlayıcı (küçük Latin harfleri, rakamlar ve kısa çizgiler), bir ad ve bir ülke girin.

admin-confirm-heading = Kalıcı olarak kaldırılsın mı?
admin-confirm-programme = Bu programı kaydetmek aşağıdaki bölümleri, tüm dillerdeki başlıklarıyla birlikte kaldırır. Bir kayıt ya da prömiyer, bölümüyle birlikte gider.
admin-confirm-speakers = Kaydetmek bu etkinliğin tüm konuşmacılarını kaldırır:
admin-confirm-audit = Kaldırılanlar denetim kaydında saklanır, böylece geri getirilebilir.
admin-confirm-submit = Evet, kaldır ve kaydet
admin-confirm-back = Hayır, forma dön
admin-audit-details = Kaldırılanlar (geri getirmek için JSON)

# Mail to people (broadcasts)
admin-nav-mail = Katılımcılara e-posta
admin-mail-new = Mesaj yaz
admin-mail-none = Henüz mesaj gönderilmedi.
admin-mail-intro = Mesajı sitenin varsayılan dilinde yazın; diğer diller isteğe bağlıdır ve dilinde metin olmayanlar varsayılan metni alır. Her mesajda tek tıkla abonelikten çıkma bağlantısı bulunur.
admin-mail-subject = Konu
admin-mail-body = Mesaj (Markdown)
admin-mail-audience = Alıcılar
admin-mail-event = Etkinlik
admin-mail-which = Kayıtlılar
admin-mail-which-all = Yeri olan veya yer bekleyen herkes
admin-mail-which-confirmed = Yeri olanlar
admin-mail-which-waitlisted = Bekleme listesindekiler
admin-mail-lang = Yalnızca bu dilde
admin-mail-country = Yalnızca bu ülkeden
admin-mail-any = Tümü
admin-mail-audience-all = { $event } için kayıtlı herkes
admin-mail-audience-confirmed = { $event } için onaylı kayıtlılar
admin-mail-audience-waitlisted = { $event } bekleme listesi
admin-mail-languages-hint = "Önizleme" her metni görüneceği gibi gösterir; "Say" kaç kişiye ulaşacağını söyler; "Test" yalnızca size gönderir.
admin-mail-preview = Önizleme
admin-mail-count-button = Alıcıları say
admin-mail-test = Bana test gönder
admin-mail-send = Herkese gönder
admin-mail-count = Alıcılar: { $count } (abonelikten çıktığı için hariç tutulan: { $unsubscribed }).
admin-mail-confirm-count = Aşağıdaki alıcı sayısını kontrol edin, sonra göndermek için "Herkese gönder"e yeniden basın.
admin-mail-test-sent = { $address } adresine bir test gönderildi.
admin-mail-test-failed = Test gönderilemedi: { $error }
admin-mail-sent-by = Gönderen
admin-mail-progress = İlerleme
admin-mail-state-sent = Gönderildi
admin-mail-state-waiting = Bekliyor
admin-mail-state-skipped = Atlandı (abonelikten çıktı veya artık kayıtlı değil)
admin-mail-state-failed = Başarısız
admin-mail-sending = Gönderiliyor… bu sayfa kendiliğinden güncellenir.
admin-mail-done = Tüm mesajlar işlendi.
admin-mail-failed-hint = Başarısız mesajlar iş kuyruğunda; orada yeniden denenebilir.
admin-mail-back = Tüm mesajlara dön
admin-mail-error-event = Kayıtlıları mesajı alacak etkinliği seçin.
admin-mail-error-lang = Sitenin dillerinden birini veya tümünü seçin.
admin-mail-error-country = Listeden bir ülke veya tümünü seçin.
admin-mail-error-default = Mesajın sitenin varsayılan dili olan { $lang } dilinde konusu ve metni olmalı.
admin-mail-error-incomplete = { $lang } metninin hem konusu hem mesajı olmalı.
admin-mail-error-subject-long = { $lang } konusu 200 karakterden uzun.
admin-mail-error-subject-line = { $lang } konusu tek satır olmalı.
admin-mail-error-body-long = { $lang } mesajı 20.000 karakterden uzun.
admin-mail-error-markdown = { $lang } mesajında bir sorun var
admin-mail-error-nobody = Bu alıcılara uyan kimse yok, gönderilecek bir şey yok.
mail-broadcast-footer = Bu mesajı { $event } için kayıt yaptırdığınız için alıyorsunuz.
mail-broadcast-unsubscribe = Bu mesajların aboneliğinden çık
unsubscribe-heading = Abonelikten çık
unsubscribe-text = Düzenleyicilerden bu kampanya hakkında başka mesaj almamak için düğmeye basın. Kendi kaydınızla ilgili e-postalar (onaylar, hatırlatmalar) size ulaşmaya devam eder.
unsubscribe-button = Aboneliğimi sonlandır
unsubscribe-done-heading = Abonelikten çıktınız
unsubscribe-done-text = Düzenleyicilerden bu kampanya hakkında başka mesaj almayacaksınız.
unsubscribe-invalid-heading = Bu bağlantı çalışmıyor
unsubscribe-invalid-text = Abonelikten çıkma bağlantısı eksik veya değiştirilmiş. Mesajın altındaki bağlantıyı olduğu gibi kullanın.
admin-users-mail-grant = Katılımcılara e-posta göndermesine izin ver
admin-users-mail-revoke = Katılımcılara e-posta göndermesini engelle

# Supporters
supporters-heading = Beni bilgilendirin
supporters-intro = Kampanyanın sonraki adımlarından haberdar olun: yeni etkinlikler, açık mektuplar, sonuçlar. Önce adresinizi doğrulamanız için bir e-posta göndereceğiz.
supporters-country = Ülke (isteğe bağlı)
supporters-consent = Bu kampanyanın sonraki adımları hakkında beni e-postayla bilgilendirin. Aboneliğimi istediğim zaman sonlandırabilirim.
supporters-submit = Beni bilgilendirin
supporters-error-consent = Kampanyanın e-postalarını almayı kabul etmek için kutuyu işaretleyin.
supporters-sent-heading = E-postanızı kontrol edin
supporters-sent-text = Adres doğruysa, doğrulama bağlantısı içeren bir mesaj yolda. Siz doğrulayana kadar size hiçbir şey gönderilmez.
supporters-confirm-heading = Adresinizi doğrulayın
supporters-confirm-text = Kampanya haberlerini bu adreste almaya başlamak için düğmeye basın.
supporters-confirm-button = Doğrula
supporters-done-heading = Teşekkürler
supporters-done-text = Kampanyanın sonraki adımlarından haberdar olacaksınız. Her mesajda abonelikten çıkma bağlantısı bulunur.
supporters-invalid-heading = Bu bağlantı çalışmıyor
supporters-invalid-text = Doğrulama bağlantısı eksik, değiştirilmiş ya da daha yenisiyle değiştirilmiş. Hâlâ bilgilendirilmek istiyorsanız formdan yeniden isteyin.
supporters-mail-subject = Kampanya haberlerini almak istediğinizi doğrulayın
supporters-mail-body = Birisi, muhtemelen siz, bu adreste bu kampanyanın haberlerini almak istedi. Doğrulamak için bağlantıyı izleyin; siz değilseniz bu e-postayı yok sayın, başka bir şey gönderilmeyecek.
supporters-mail-action = Adresimi doğrula
supporters-mail-footer = Bu e-postayı, bu adres { $site } üzerinde bilgilendirilmek için verildiği için alıyorsunuz.
supporters-keep-informed = Bu kampanyanın sonraki adımları hakkında beni e-postayla da bilgilendirin (doğrulamanız istenecek).
admin-nav-supporters = Destekçiler
admin-supporters-intro = Bilgilendirilmek isteyip adresini doğrulayan kişiler. Henüz doğrulamayanlar onlardan sonra listelenir ve hiçbir şey almaz.
admin-supporters-confirmed = Doğrulanmış destekçiler
admin-supporters-pending = Doğrulama bekleyenler
admin-supporters-by-lang = Dile göre
admin-supporters-by-country = Ülkeye göre
admin-supporters-source = Nereden
admin-supporters-agreed = Kabul ettiği
admin-supporters-erase = Sil
admin-supporters-export = CSV olarak dışa aktar
admin-supporters-none = Henüz kimse yok.
admin-mail-which-supporters = Destekçiler (bilgilendirilmek isteyen herkes)
admin-mail-audience-supporters = Destekçiler
mail-broadcast-footer-supporter = Bu mesajı, { $site } sitesinden bilgilendirilmek istediğiniz için alıyorsunuz.

# Badges for partner sites
badge-places-left = Kalan yer
badge-places-open = açık
badge-signatures = İmzalar
## Polls in the hall (issue 17)
hall-polls = Anketler
hall-poll-open = Açık: oyunuz sayılır
hall-poll-closed = Kapandı
hall-poll-vote = Oy ver
hall-poll-change = Oyumu değiştir
hall-poll-your-vote = sizin oyunuz
hall-poll-votes = { $count ->
    [zero] Henüz oy yok
    [one] { $shown } oy
   *[other] { $shown } oy
}
hall-poll-answer-votes = { $count ->
   *[other] { $shown } oy
}
hall-poll-percent = %{ $shown }
hall-poll-choose = Önce bir yanıt seçin.
hall-poll-closed-refused = Bu anket kapandı: oylar artık sayılmıyor. Sonuçlar burada kalır.
admin-polls = Anketler
admin-polls-intro = Bir bölüm için anket hazırlayın, zamanı gelince açın, yeterince kişi oy verince kapatın. Katılımcılar bir kez oy verir ve anket kapanana dek oyunu değiştirebilir; kapanan anketler sonuçlarıyla salonda kalır.
admin-polls-back = Salona dön
admin-polls-none = Henüz anket yok.
admin-polls-new = Yeni anket
admin-polls-segment = Bölüm
admin-polls-language = { $lang }
admin-polls-question = Soru
admin-polls-options = Yanıtlar, her satıra bir tane (2 ile 8 arası)
admin-polls-languages-hint = Anketi en azından { $lang } yazın; dili boş kalanlar onu { $lang } okur. Her dilde aynı yanıtlar aynı sırayla olmalıdır.
admin-polls-create = Taslak olarak kaydet
admin-polls-open = Herkese aç
admin-polls-close = Anketi kapat
admin-polls-export = Sonuçlar (CSV)
admin-polls-status-draft = Taslak (yalnızca moderatörler görür)
admin-polls-status-open = Açık
admin-polls-status-closed = Kapandı
admin-polls-error-segment = Programdan bir bölüm seçin.
admin-polls-error-missing-default = Soruyu ve yanıtlarını { $lang } yazın.
admin-polls-error-empty-question = { $lang } soru boş.
admin-polls-error-question-too-long = { $lang } soru en fazla { $max } karakter olabilir.
admin-polls-error-option-too-long = { $lang } yanıtlar en fazla { $max } karakter olabilir.
admin-polls-error-option-count = Bir anketin 2 ile 8 arası yanıtı olur; { $lang } için { $count } var.
admin-polls-error-options-differ = { $lang } için { $count }, { $default } için { $expected } yanıt var: her dilde aynı yanıtlar olmalıdır.

## Reactions in the hall (issue 17)
hall-reactions = Tepkiler
hall-reaction-clap = Alkış
hall-reaction-heart = Çok sevdim
hall-reaction-agree = Katılıyorum
hall-reaction-smile = Gülümsetti
hall-reaction-wow = Şaşırtıcı
hall-react-too-fast = Biraz daha yavaş: birkaç saniyede birkaç tepki.
# Creating, scheduling and withdrawing content (issue 16)
error-gone-title = Bu sayfa yayından kaldırıldı
error-gone-text = Düzenleyiciler bu adreste yayımlanan içeriği kaldırdı. Artık sitede değil; en son yayınlar ana sayfada.
admin-version-legend = Bu dil sürümü
admin-version-missing = Henüz yazılmadı.
admin-version-draft = Taslak: herkese açık sitede değil.
admin-version-post-hidden = Kaydedildi, ancak yayının tamamı siteden kaldırılmış durumda (sayfasına bakın).
admin-version-scheduled = Zamanlandı: sitede { $when } ({ $zone }) tarihinde görünecek.
admin-version-public = Yayında.
admin-mark-draft = taslak
admin-mark-scheduled = zamanlandı
admin-post-publish-at = Yayın zamanı (“Kaydet ve zamanla” için)
admin-post-publish-at-hint = { $zone } saatiyle bir tarih ve saat. Sürüm o anda kendiliğinden sitede görünür.
admin-post-save-draft = Taslak olarak kaydet
admin-post-save-schedule = Kaydet ve zamanla
admin-post-error-schedule = Yayın tarihini ve saatini, { $zone } saatinde var olan bir saat olarak girin.
admin-post-overview = Yayının tamamı
admin-post-new = Yeni yayın
admin-post-new-intro = Önce tek bir dilde yazın; sonra çevirin, her dilin kendi durumu olur.
admin-post-kind = Tür
admin-post-first-language = Dil
admin-post-first-language-hint = Şimdi yazdığınız dil. Diğer diller sonradan eklenir.
admin-post-no-event = Etkinlik yok
admin-post-create-draft = Taslak olarak oluştur
admin-post-create-publish = Oluştur ve yayımla
admin-post-error-kind = Listeden bir tür seçin.
admin-post-error-language = Sitenin dillerinden birini seçin.
admin-post-error-event = Listeden bir etkinlik seçin ya da hiçbirini.
admin-slug = Adres adı (slug)
admin-slug-hint = Küçük a–z harfleri, rakamlar ve kısa çizgiler; adreste görünür. Başlıktan üretilmesi için boş bırakın.
admin-error-slug = Adres adı yalnızca küçük a–z harfleri, rakamlar ve tek kısa çizgiler içerebilir; en çok 80 karakter, kısa çizgiyle başlayamaz ve bitemez.
admin-error-slug-taken = { $slug } adres adı zaten kullanılıyor; başka bir ad seçin.
admin-post-versions = Dil sürümleri
admin-post-state = Durum
admin-post-edit = Düzenle
admin-post-translate = Çevir
admin-post-on-site = Herkese açık sitede
admin-post-off-site = Yayının tamamı herkese açık sitede değil: adresi yayından kaldırıldığını söylüyor.
admin-post-put-back = Siteye geri koy
admin-post-unpublish-hint = Siteden kaldırmak tüm dil sürümlerini gizler; adresi ardından yayından kaldırıldığını söyler. Daha sonra geri koyabilirsiniz.
admin-post-unpublish = Siteden kaldır
admin-delete = Sil
admin-post-delete-hint = Silmek, yayını tüm dil sürümleriyle birlikte kaldırır. Önce size sorulur.
admin-post-delete = Bu yayını sil…
admin-post-delete-signed = Bu mektubu imzalayanlar var, bu yüzden silinemez: bunun yerine siteden kaldırın, imzalar mektupla kalır.
admin-confirm-delete-post = Silmek bu yayını her dilde siteden ve bu alandan kaldırır. Adresi yayından kaldırıldığını söyleyecek.
admin-confirm-delete-event = Silmek bu etkinliği programı ve tüm dillerdeki metinleriyle birlikte kaldırır. Adresi yayından kaldırıldığını söyleyecek.
admin-event-new = Yeni etkinlik
admin-event-new-intro = Yeni bir etkinlik, siz yayımlayana kadar taslak olarak, herkese açık sitenin dışında başlar.
admin-event-copy-heading = Önceki bir etkinliğin sonraki dönemi
admin-event-copy-intro = Her şey kopyalanır (program, konuşmacılar, metinler, şubeler, kontenjan, kayıt dönemi) ve tüm tarihler aynı saatlerde, aynı gün sayısı kadar kaydırılır. Kayıtlar önceki dönemde kalır.
admin-event-source = Şuradan kopyala
admin-event-days = Tarihleri kaydır (gün)
admin-event-days-hint = 364 gün (52 hafta) haftanın gününü korur; eksi bir sayı tarihleri öne alır.
admin-event-copy = Yeni dönemi oluştur
admin-event-scratch-heading = Sıfırdan
admin-event-title-in = { $language } başlık
admin-event-zone-label = Ziyaretçiler için saat diliminin adı
admin-event-zone-label-hint = Sayfanın referans saat dilimini nasıl adlandırdığı, örneğin “Medine saati”.
admin-event-proceedings = Etkinliğin dili
admin-event-create = Etkinliği oluştur
admin-event-error-source = Kopyalanacak etkinliği listeden seçin.
admin-event-error-days = Tarihlerin kaydırılacağı gün sayısını girin: 0 olmayan, iki yönde de en çok 3.660 olan bir tam sayı.
admin-event-error-zone-label = Saat diliminin ziyaretçilerin okuyacağı adını girin.
admin-event-draft-state = Taslak: herkese açık sitede değil. Yayımlamak sayfasını, kayıt formunu ve listeleri çevrimiçi yapar.
admin-event-publish = Etkinliği yayımla
admin-event-unpublish-hint = Etkinliği siteden kaldırmak sayfasını, kayıt formunu ve listeleri gizler; adresi ardından yayından kaldırıldığını söyler.
admin-event-unpublish = Siteden kaldır
admin-event-delete-hint = Silmek etkinliği programı ve metinleriyle birlikte kaldırır. Önce size sorulur. Kayıt yaptıranları olan ya da hakkında yayın bulunan bir etkinlik silinemez: bunun yerine siteden kaldırın.
admin-event-delete = Bu etkinliği sil…
admin-event-delete-refused = Bu etkinlik silinemez: kayıtlar: { $registrations }; hakkındaki yayınlar: { $posts }. Bunun yerine siteden kaldırın.
admin-event-not-changed = Değiştirilmedi
admin-nav-chapters = Şubeler
admin-nav-kinds = Yayın türleri
admin-chapter-new = Yeni şube
admin-chapter-country = Ülke
admin-chapter-zone = Şehrinin saat dilimi
admin-chapter-name = Şubenin adı
admin-chapter-city = Şehir
admin-chapter-create = Şubeyi oluştur
admin-chapter-saved = Kaydedildi. Yeni şube yayınlar ve etkinlikler için seçilebilir.
admin-chapter-error-country = Şubenin ülkesini listeden seçin.
admin-chapter-error-names = Şubenin adını ve şehrini { $language } yazın.
admin-kind-new = Yeni yayın türü
admin-kind-name = Tek bir yayının adı
admin-kind-plural = Listenin adı
admin-kind-signable = İmzalanabilir
admin-kind-signable-hint = Ziyaretçiler bu türdeki yayınları imzalayabilir (açık mektuplar)
admin-kind-create = Türü oluştur
admin-kind-saved = Kaydedildi. Yeni yayınlar bu türde olabilir.
admin-kind-error-names = Adı ve listenin adını { $language } yazın.

## Hall announcements afterwards (issue 16)
admin-hall-announcement-main = { $lang } dilinde, etkinliğin ana dili
admin-hall-announcement-other-languages = Aynı duyuru başka dillerde (isteğe bağlı)
admin-announcements-link = Yapılan duyurular: saat, yazan, geri çekme
admin-announcements = Duyurular
admin-announcements-intro = Bu etkinliğin salonunda yapılan tüm duyurular, en yenisi önce. Katılımcılar duyuruyu, o dilde yazıldıysa kendi dillerinde, yoksa etkinliğin ana dilinde okur.
admin-announcements-none = Henüz duyuru yok.
admin-announcements-when = Saat
admin-announcements-author = Yazan
admin-announcements-text = Metin
admin-announcements-status = Durum
admin-announcements-shown = Salonda gösteriliyor.
admin-announcements-withdrawn = { $when } tarihinde { $who } tarafından geri çekildi.
admin-announcements-withdraw = Geri çek
admin-announcements-unknown-author = Kaydedilmedi
admin-announcements-withdraw-hint = Geri çekmek duyuruyu açık tüm salonlardan hemen kaldırır; burada listede kalır.

## Attendance and certificates (issue 16)
admin-attendance = Katılım
admin-attendance-intro = Salonda kim, ne kadar süre bulundu ve hangi bölümleri izledi (bir bölüm en az yarısı izlenince izlenmiş sayılır). Aynı anda açık pencereler bir kez sayılır; sunucusu duran bir pencere son yaşam belirtisine kadar sayılır.
admin-attendance-none = Henüz salona kimse girmedi.
admin-attendance-csv = Katılımı CSV olarak indir
admin-attendance-arrivals = Zaman içinde gelişler (ilk giriş, 10 dakikada bir)
admin-attendance-per-segment = Bölüm başına katılımcı
admin-attendance-attendees = Katılımcılar
admin-attendance-name = Ad
admin-attendance-email = E-posta adresi
admin-attendance-minutes = Dakika
admin-attendance-segments = İzlenen bölümler
admin-attendance-arrived = İlk giriş
admin-attendance-left = Son çıkış
admin-attendance-certificate = Sertifika
admin-attendance-certificate-open = Sertifikayı aç
admin-attendance-certificates = Katılım sertifikaları
admin-attendance-issued = { $count ->
    [zero] Henüz sertifika verilmedi.
    [one] Bir sertifika verildi.
   *[other] { $shown } sertifika verildi.
}
admin-attendance-threshold = En az bu kadar dakika katılan herkese sertifika ver
admin-attendance-threshold-invalid = 0 ile 100000 arasında bir dakika sayısı girin.
admin-attendance-issue = Sertifikaları ver
certificate-title = Katılım sertifikası
certificate-certifies = Bu belge şunu onaylar:
certificate-attended = çevrim içi konferansa katılmıştır
certificate-minutes = { $count ->
    [one] bir dakika boyunca
   *[other] { $shown } dakika boyunca
}
certificate-segments = Katıldığı bölümler
certificate-issued = { $date } tarihinde verildi.
certificate-verify = Bu adres, konferansın kendi sitesinde bu sertifikayı gösteriyorsa sertifika gerçektir:
me-attendance = Katılımınız
me-attendance-minutes = { $count ->
    [zero] Salonda bir dakikadan az kaldınız.
    [one] Salonda bir dakika kaldınız.
   *[other] Salonda { $shown } dakika kaldınız.
}
me-attendance-segments = İzlediğiniz bölümler:
me-attendance-certificate = Katılım sertifikanız

## A letter's signatories who asked to hear about it (issue 16)
letter-keep-informed = Bu mektup hakkında (teslimi ve aldığı yanıtlar) beni e-postayla bilgilendirin.
admin-mail-which-signatories = Bir mektubun, bilgilendirilmek isteyen imzacıları
admin-mail-letter = Mektup
admin-mail-no-letter = (mektup yok)
admin-mail-error-letter = İmzacıları mesajı alacak mektubu seçin.
admin-mail-audience-signatories = { $letter } mektubunun bilgilendirilmek isteyen imzacıları
mail-broadcast-footer-letter = Bu mesajı, { $letter } mektubunu imzaladığınız ve bu konuda bilgilendirilmek istediğiniz için alıyorsunuz.

## Embeddable forms for partner sites (issue 16)
admin-settings-embed-origins = Kayıt ve imza formlarını sayfalarına yerleştirebilecek ortak siteler
admin-settings-embed-origins-hint = Her satıra bir köken: yalnızca şema, ana makine ve bağlantı noktası, örneğin https://ortak.example. Formlar /DİL/embed/events/ETKİNLİK/register ve /DİL/embed/letters/MEKTUP/sign adreslerindedir.
admin-settings-error-embed-origin = “{ $origin }” bir köken değil: yalnızca şema, ana makine ve bağlantı noktası yazın, örneğin https://ortak.example.

## The media library (issue 16)
admin-media-uploaded-named = “{ $name }”, { $path } olarak yüklendi.
admin-media-search = Dosya adına göre ara
admin-media-search-button = Ara
admin-media-no-match = Bu aramayla eşleşen dosya yok.
admin-media-col-file = Dosya
admin-media-col-kind = Tür
admin-media-col-size = Boyut
admin-media-col-measure = Ölçüler veya süre
admin-media-col-used = Kullanıldığı yer
admin-media-unknown = bilinmiyor
admin-media-unknown-name = (ad saklanmadı)
admin-media-unused = Kullanılmıyor
admin-media-used-event = Etkinlik: { $event }
admin-media-used-post = Yazı: { $post }
admin-media-used-share-image = Sitenin paylaşım görseli (ayarlar)
admin-media-delete = Sil
admin-media-in-use-hint = Kullanılan bir dosya silinemez: önce kullanıldığı yerden çıkarın.
admin-media-error-in-use = { $path } hâlâ kullanılıyor, bu yüzden silinmedi. Kullanıldığı yer: { $uses }.
admin-media-deleted = { $path } silindi.
admin-media-error-no-file = Böyle bir yüklenmiş dosya yok.

## Live captions (issue 17)
hall-captions = Altyazı
hall-captions-off = Kapalı
hall-captions-apply = Göster
hall-captions-size = Altyazı boyutu
hall-captions-smaller = Daha küçük metin
hall-captions-larger = Daha büyük metin
admin-captions = Canlı altyazı
admin-captions-language = Altyazı dili
admin-captions-last = Son satırlar
admin-captions-line = Satır
admin-captions-hint = Enter satırı gönderir. Son satırı düzeltmek için: “Son satırı düzelt”, Ctrl+Enter ya da boş satırda yukarı ok ile geri getirin.
admin-captions-send = Gönder
admin-captions-correct = Son satırı düzelt
admin-captions-ingest = Konuşmadan metne motoru
admin-captions-ingest-intro = Motor satırları etkinliğin belirteciyle (Authorization: Bearer) şu adrese gönderir:
admin-captions-token-new = Yeni belirteç, yalnızca şimdi gösteriliyor: motorun ayarlarına kopyalayın.
admin-captions-token-set = Bir belirteç ayarlı ({ $at } tarihinden beri).
admin-captions-token-none = Belirteç yok: henüz hiçbir motor satır gönderemez.
admin-captions-token-make = Yeni belirteç oluştur
admin-captions-tracks = Kayıtların altyazı parçaları
admin-captions-tracks-intro = Kaydı olan ve biten her bölümün satırlarını, henüz parçası olmayan her dilde WebVTT parçası olarak kaydeder.
admin-captions-tracks-save = Parçaları kaydet
admin-captions-tracks-saved = { $count ->
    [zero] Kaydedilecek yeni parça yok.
   *[other] { $shown } parça kaydedildi.
}
admin-captions-too-fast = Şu anda çok fazla satır; birkaç saniye bekleyin.
admin-captions-no-language = Etkinlik bu dilde altyazı sunmuyor.
admin-captions-text = En fazla { $max } karakterlik bir satır yazın.

## Event translations kept as drafts (the content file editor)
admin-source-draft-hint = Bu çeviri üzerinde çalışırken onu herkese açık sitenin dışında tutmak için başlık bölümüne draft = true satırını ekleyin: bu dildeki ziyaretçiler bu arada varsayılan dilin metnini görür, önizleme ise çeviriyi görüneceği gibi gösterir. Yayımlamak için satırı silin.

## ---------------------------------------------------------------------------
## The organisers' history in the reader's language (src/admin/web/audit_words.rs):
## each action's English text is the line the log stores; the rest names values.
audit-actor-command-line = komut satırı
audit-action-person-added = kişi eklendi
audit-action-person-added-as = kişi eklendi: { $role }
audit-action-signature-approved = imza onaylandı
audit-action-registration-cancelled = kayıt iptal edildi
audit-action-role-changed = rol değiştirildi
audit-action-event-changed = etkinlik değiştirildi
audit-action-segment-changed = canlı bölüm değiştirildi
audit-action-settings-changed = site ayarları değiştirildi
audit-action-mail-right-changed = e-posta gönderme izni değiştirildi
audit-action-poll-closed = anket kapatıldı
audit-action-registration-confirmed = kayıt onaylandı
audit-action-chapter-created = şube oluşturuldu
audit-action-kind-created = yayın türü oluşturuldu
audit-action-post-created = yayın oluşturuldu
audit-action-event-created = etkinlik oluşturuldu
audit-action-event-copied = etkinlik oluşturuldu, { $event } kopyalandı
audit-action-post-deleted = yayın silindi
audit-action-event-deleted = etkinlik silindi
audit-action-media-deleted = medya dosyası silindi
audit-action-person-disabled = kişinin hesabı devre dışı bırakıldı
audit-action-file-edited = içerik dosyası düzenlendi
audit-action-post-edited = yayın düzenlendi
audit-action-programme-edited = program düzenlendi
audit-action-speakers-edited = konuşmacılar düzenlendi
audit-action-person-enabled = kişinin hesabı yeniden etkinleştirildi
audit-action-totp-enabled = iki adımlı giriş açıldı
audit-action-supporter-erased = destekçi silindi
audit-action-poll-exported = anket sonuçları dışa aktarıldı
audit-action-attendance-exported = katılım dışa aktarıldı
audit-action-registrations-exported = kayıtlar dışa aktarıldı
audit-action-supporters-exported = destekçiler dışa aktarıldı
audit-action-certificates-issued = katılım belgeleri verildi
audit-action-password-link = parola bağlantısı oluşturuldu
audit-action-question-moderated = salondaki bir soru denetlendi
audit-action-poll-opened = anket açıldı
audit-action-announced = salonda duyuru yapıldı
audit-action-poll-prepared = anket hazırlandı
audit-action-post-published = yayın yeniden yayımlandı
audit-action-event-published = etkinlik yayımlandı
audit-action-signature-removed = imza kaldırıldı
audit-action-mail-resent = e-posta yeniden gönderildi
audit-action-job-retried = başarısız iş yeniden denendi
audit-action-link-revoked = kişisel bağlantı iptal edildi
audit-action-tracks-saved = canlı altyazılar kayıtların parçaları olarak kaydedildi
audit-action-message-sent = mesaj gönderildi
audit-action-password-set = parola belirlendi
audit-action-caption-token = altyazı gönderme anahtarı belirlendi
audit-action-signed-out = her yerde oturum kapatıldı
audit-action-post-translated = yayın çevrildi
audit-action-post-unpublished = yayın siteden kaldırıldı
audit-action-event-unpublished = etkinlik siteden kaldırıldı
audit-action-media-uploaded = medya dosyası yüklendi
audit-action-announcement-withdrawn = salon duyurusu geri çekildi
audit-subject-site = site ayarları
audit-subject-supporters = destekçiler
audit-subject-registration = { $id } numaralı kayıt
audit-subject-signature = { $id } numaralı imza
audit-subject-supporter = { $id } numaralı destekçi
audit-subject-job = { $id } numaralı iş
audit-subject-poll = { $event }: { $id } numaralı anket
audit-subject-question = { $event }: { $id } numaralı soru
audit-subject-announcement = { $event }: { $id } numaralı duyuru
audit-subject-post-version = { $post } ({ $language })
audit-separator = {"; "}
audit-value-on = açık
audit-value-off = kapalı
audit-value-on-site = sitede
audit-value-off-site = sitede değil
audit-value-failed = başarısız
audit-value-waiting = çalışmayı bekliyor
audit-value-may-send = e-posta gönderebilir
audit-value-may-not-send = e-posta gönderemez
audit-value-schedule = programa göre
audit-value-published = yayımlandı
audit-value-draft = taslak
audit-value-unlimited = sınırsız
audit-value-approved = onaylandı
audit-value-hidden = gizlendi
audit-value-answered = yanıtlandı
audit-value-pinned = sabitlendi
audit-value-unpinned = sabitleme kaldırıldı
audit-value-rows = satır: { $count }
audit-value-votes = oy: { $count }
audit-value-segments = bölüm: { $count }
audit-value-speakers = konuşmacı: { $count }
audit-value-lines = satır: { $count }
audit-value-recipients = alıcı: { $count }
audit-value-characters = karakter: { $count }
audit-value-certificates = belge: { $count } (en az { $minutes } dk)
audit-value-places = kontenjan: { $value }
audit-value-starts = başlangıç: { $value }
audit-value-registration = kayıt dönemi: { $value }
audit-value-contact = iletişim: { $value }
audit-value-hashtags = etiketler: { $value }
audit-value-hijri = Hicri takvim: { $value }
audit-value-embeds = yerleştiren siteler: { $value }
audit-value-draft-starting = { $value } tarihinde başlayan taslak
audit-value-scheduled = { $value } için zamanlandı
audit-value-mail-copy = “{ $value }” e-postasının kopyası
audit-value-role = rol: { $role }
audit-value-role-of = { $chapter }: { $role }
audit-value-date-draft = { $date }, taslak
audit-value-this-version = bu sürüm: { $state }
audit-value-upload = { $name } ({ $bytes } bayt)
audit-value-text = “{ $title }”, karakter: { $count }
audit-value-signable = { $kind } (imzalanabilir)
audit-value-new-post = { $kind } “{ $title }”, { $language }, { $state }
admin-mail-kind-confirm = Onay bağlantısı
admin-mail-kind-confirmed = Yer onaylandı
admin-mail-kind-waitlisted = Bekleme listesinde
admin-mail-kind-offer = Yer teklifi
admin-mail-kind-cancelled = İptal
admin-mail-kind-expired = Süresi doldu
admin-mail-kind-already-registered = Zaten kayıtlı
admin-mail-kind-reminder = Hatırlatma
admin-supporters-from-form = Haber bülteni formu
admin-supporters-from-registration = Kayıt formu
admin-supporters-from-signature = Mektup imzası
admin-job-kind-mail = E-posta
admin-job-kind-password-reset = Parola bağlantısı
admin-job-kind-broadcast = Toplu mesaj
admin-job-kind-supporter-confirm = Destekçi onayı
admin-job-kind-expire-offers = Süresi dolan teklifler
admin-job-kind-queue-reminders = Hatırlatmalar
admin-job-kind-prune-counters = Sayaç temizliği

## Event translations scheduled for an instant (the content file editor)
admin-mark-scheduled-for = { $when } ({ $zone }) için zamanlandı
admin-source-schedule-hint = Bu çevirinin belirli bir saatte kendiliğinden görünmesi için başlık bölümüne bunun yerine publish_at = "2026-12-01T09:00:00+03:00" gibi bir satır (farkıyla birlikte an) ekleyin: o zamana kadar bu dildeki ziyaretçiler varsayılan dilin metnini görür; sayfa, arama ve site haritası o saatte başka bir adım gerekmeden değişir. draft ile birlikte ve varsayılan dilin dosyasında kullanılamaz.
