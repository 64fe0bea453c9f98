"""Kanmon: a checkpoint between an organisation's apps and AI models from every jurisdiction."""

__version__ = "0.1.0"

__all__ = ["__version__"]
