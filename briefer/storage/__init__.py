"""Reading and writing files safely: atomic saves, backups, locks, autosave."""
