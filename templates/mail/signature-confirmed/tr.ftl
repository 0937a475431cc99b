# signature-confirmed: The signature counts; carries the link to withdraw it.
# Variables: see templates/mail/README.md.

subject = İmzanız sayıldı: { $letter }
body = “{ $letter }” başlıklı mektuba attığınız imza onaylandı. İmzanızı geri çekmek ve onunla birlikte verilerinizi silmek isterseniz aşağıdaki bağlantıyı kullanın.
action = İmzamı geri çek
