-- Sign-in throttling (issue 11): attempts counted per key in the database, so a delay holds
-- across instances. Keys are HMACs under the server's key (see admin/throttle.rs): the typed
-- address from one network, the network, the typed address from unknown networks. No address
-- is stored in clear, and an address without an account is counted like one with.
CREATE TABLE login_throttle (
    key      TEXT PRIMARY KEY,
    -- Attempts verified under this key (counted before checking; a sign-in takes its own back).
    attempts INTEGER NOT NULL,
    -- When the last attempt was counted; after a quiet day the count starts again.
    last_at  INTEGER NOT NULL,
    -- No attempt under this key is verified before this instant.
    next_at  INTEGER NOT NULL
);

-- Networks an account signed in from (HMAC of address and network): the account-wide delay
-- does not apply to them, so a stranger's guessing never keeps the owner out at home.
CREATE TABLE login_known_networks (
    key     TEXT PRIMARY KEY,
    last_at INTEGER NOT NULL
);
