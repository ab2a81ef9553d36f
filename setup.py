"""Maps the top-level resources/ folder into the package as studyapp.resources.

pyproject.toml cannot combine automatic package discovery with a package kept outside the
package folder, so this small file does only that; everything else lives in pyproject.toml.
"""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["studyapp", "studyapp.*"]) + ["studyapp.resources"],
    package_dir={"studyapp.resources": "resources"},
    package_data={
        "studyapp.resources": ["samples/*.txt", "style/*.qss", "style/*.svg", "icons/*.svg", "icons/*.png"],
        "studyapp.core.migrations": ["script.py.mako", "versions/*.py"],
    },
    include_package_data=False,
)
