"""Each person's fields encrypted with the person's own key (issue 18, crypto-shredding):
the master key, the persons' wrapped keys and the store's mapper that uses them. Below the
application, which stores through it; erasure and the subject's export (service/personal)
sit above."""
