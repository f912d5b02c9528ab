"""The pure values of Loa's world: stations, announcements, settings, bounds (no I/O but reading settings)."""
