"""Ketnap's domain: the rules of phát triển đảng viên, in pure Python (standard library only)."""
