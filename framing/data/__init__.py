"""Data files used by framing (cleaning rules)."""
