"""quotebank: find quotations in news articles, attribute them, store them."""

__version__ = "0.1.0"
