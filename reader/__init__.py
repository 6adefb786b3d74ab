"""A terminal reader for scraped Chinese-language web articles."""

__version__ = "0.1.0"
