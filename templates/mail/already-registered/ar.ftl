# already-registered: Someone registered an address that is already registered.
# Variables: see templates/mail/README.md.

subject = تسجيلك: { $event }
body = حاول أحدهم، وربما كنتِ أنتِ، تسجيل هذا العنوان مرة أخرى في «{ $event }». هذا العنوان مسجَّل بالفعل، وتجدين رابطك الشخصي أدناه.
action = تسجيلك
