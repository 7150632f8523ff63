"""Packaging, beyond what pyproject.toml declares: the site's templates/ and static/ folders.

They sit beside the packages, where the other engineers and the docs expect them, so no package
holds them and package-data cannot name them. This build step copies them into the wheel as
liangjiang/templates and liangjiang/static; settings/base.py looks there when the site is installed,
so `pip install .` gives a working site outside the checkout. An editable install (`make run`) reads
them from the checkout instead. MANIFEST.in puts them in the sdist, for builds that go through one.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import FileError

ROOT = Path(__file__).resolve().parent
SITE_FOLDERS = ("templates", "static")


class BuildPyWithSiteFolders(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        for folder in SITE_FOLDERS:
            source, target = ROOT / folder, Path(self.build_lib) / "liangjiang" / folder
            if not source.is_dir():
                raise FileError(f"{source} is missing: the site would install without it")
            shutil.rmtree(target, ignore_errors=True)  # nothing left over from an earlier build
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithSiteFolders})
