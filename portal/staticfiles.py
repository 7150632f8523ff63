"""Static-file finding that leaves out what must never be served: CKEditor's bundled sample and
manual-test pages (CKEditor 4 samples carry a known XSS) and its build notes. Used by collectstatic,
by WhiteNoise and by runserver alike, since they all ask the finders."""

import fnmatch

from django.contrib.staticfiles.finders import AppDirectoriesFinder

EXCLUDED = (
    "ckeditor/ckeditor/samples/*",
    "ckeditor/ckeditor/*/samples/*",
    "ckeditor/ckeditor/*/tests/*",
    "ckeditor/ckeditor/*.html",
    "ckeditor/ckeditor/*/*.html",
    "ckeditor/ckeditor/*.md",
    "ckeditor/ckeditor/*.json",
    "ckeditor/ckeditor/build-config.js",
    "ckeditor/galleriffic/*",
    "ckeditor/file-icons/*",
)


def excluded(path):
    path = path.replace("\\", "/")
    return any(fnmatch.fnmatch(path, pattern) for pattern in EXCLUDED)


class SafeAppDirectoriesFinder(AppDirectoriesFinder):
    def find(self, path, find_all=False, **kwargs):
        if excluded(path):
            return []
        return super().find(path, find_all=find_all, **kwargs)

    def list(self, ignore_patterns):
        for path, storage in super().list(ignore_patterns):
            if not excluded(path):
                yield path, storage
