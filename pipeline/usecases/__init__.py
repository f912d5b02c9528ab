"""What a person or the nightly job asks for: build, emergency, nightly, doctor, verify, cache, commands."""
