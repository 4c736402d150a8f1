"""rapport-plugins: remember the small things about the people you meet, and bring them back
five minutes before the next meeting."""

from .hookspecs import hookimpl, hookspec

__version__ = "0.1.0"
__all__ = ["hookimpl", "hookspec", "__version__"]
