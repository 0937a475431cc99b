# signature-confirm: Please confirm your signature of an open letter.
# Variables: see templates/mail/README.md.

subject = Lütfen imzanızı onaylayın: { $letter }
body = “{ $letter }” başlıklı mektubu imzaladığınız için teşekkür ederiz. Lütfen aşağıdaki bağlantıyla onaylayın; onaylayana kadar imzanız sayılmaz.
action = İmzamı onayla
