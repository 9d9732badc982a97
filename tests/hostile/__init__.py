"""Hostile input: files, text, pictures, templates and file systems that
try to make Briefer lose text, crash, or write a broken file."""
