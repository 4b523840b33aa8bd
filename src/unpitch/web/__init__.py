"""The local review app (`unpitch serve`)."""
