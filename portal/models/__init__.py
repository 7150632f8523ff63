from .sections import Section

__all__ = ["Section"]
