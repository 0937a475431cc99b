# confirm: Please confirm your registration (double opt-in); the link expires.
# Variables: see templates/mail/README.md.

subject = Lütfen kaydınızı onaylayın: { $event }
body = “{ $event }” ({ $when }) etkinliğine kaydolduğunuz için teşekkür ederiz. Lütfen aşağıdaki bağlantıyla kaydınızı onaylayın; onaylayana kadar sizin için yer ayrılmaz. Bağlantı şu zamana kadar geçerlidir: { $expires }.
action = Kaydımı onayla
