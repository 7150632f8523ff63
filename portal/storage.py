"""Uploaded media in an S3-compatible object store (`MEDIA_STORAGE=s3`), shared by every app server.

The objects stay private to the store's keys: the web server in front serves them at MEDIA_URL by
proxying to the bucket (deploy/media-s3.conf.template), with the same security headers as media on
disk. So a page links `/media/<name>` exactly as it does with files on disk, on every host name, and
building that link costs no request to the store. (django-storages would otherwise sign a URL per
image, or need an absolute custom domain.)
"""

from urllib.parse import urljoin

from botocore.config import Config
from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class MediaStorage(S3Storage):
    def __init__(self, **options):
        if "client_config" not in options:
            # Short timeouts: a store that does not answer fails an upload within seconds instead
            # of holding an app server for boto's default minute.
            options["client_config"] = Config(
                s3={"addressing_style": options.get("addressing_style") or "path"},
                signature_version=options.get("signature_version") or "s3v4",
                connect_timeout=3,
                read_timeout=20,
                retries={"mode": "standard", "max_attempts": 3},
            )
        super().__init__(**options)

    def url(self, name, parameters=None, expire=None, http_method=None):
        """MEDIA_URL + name, as FileSystemStorage answers: no network, no signature, no host."""
        return urljoin(settings.MEDIA_URL, filepath_to_uri(clean_name(name).lstrip("/")))
