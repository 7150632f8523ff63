import datetime

import factory
from django.utils import timezone

from portal.models import Article, Enterprise, IndustrialPark, Industry, Section


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    title_en = factory.Sequence(lambda n: f"Section {n}")
    title_zh_hans = factory.Sequence(lambda n: f"栏目 {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published bilingual article, an hour old."""

    class Meta:
        model = Article

    title_en = factory.Sequence(lambda n: f"Liangjiang news {n}")
    title_zh_hans = factory.Sequence(lambda n: f"两江新闻 {n}")
    summary_en = "A short summary."
    summary_zh_hans = "一段简短摘要。"
    body_en = "<p>The body of the story.</p>"
    body_zh_hans = "<p>新闻正文。</p>"
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))


class IndustryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Industry

    name_en = factory.Sequence(lambda n: f"Industry {n}")
    name_zh_hans = factory.Sequence(lambda n: f"产业 {n}")
    slug = factory.Sequence(lambda n: f"industry-{n}")


class ParkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndustrialPark

    name_en = factory.Sequence(lambda n: f"Park {n}")
    name_zh_hans = factory.Sequence(lambda n: f"园区 {n}")
    slug = factory.Sequence(lambda n: f"park-{n}")


class EnterpriseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enterprise
        skip_postgeneration_save = True

    name_en = factory.Sequence(lambda n: f"Enterprise {n}")
    name_zh_hans = factory.Sequence(lambda n: f"企业 {n}")
    slug = factory.Sequence(lambda n: f"enterprise-{n}")

    @factory.post_generation
    def industries(self, create, extracted, **kwargs):
        if create and extracted:
            self.industries.set(extracted)
