"""Personal data under Law 91/2025/QH15 (issue 18): each person's fields encrypted with the
person's own key (crypto-shredding), erasure, the subject's export, and the access log."""
