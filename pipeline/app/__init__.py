"""What a person or an unattended job asks for, one function per action, each owning its rules, lock and audit:
announcements (new, save, submit, approve, reject, withdraw), emergencies, reports, accounts, operations (init,
validate, script, preview, doctor, verify, cache), the nightly job and continuous publishing. Front ends (the web,
the CLI) call this package and word what it returns; nothing here words a sentence for a page."""
