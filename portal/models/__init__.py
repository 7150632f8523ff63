from .articles import Article, ArticlePhoto
from .sections import Section

__all__ = ["Article", "ArticlePhoto", "Section"]
