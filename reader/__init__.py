"""A terminal reader for scraped Chinese-language web articles."""

__version__ = "0.2.0"
