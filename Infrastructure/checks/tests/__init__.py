"""Unit tests of the template checker; each check is fed broken copies of the template and must fail."""
