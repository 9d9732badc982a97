"""What `pip install` gives a user: the code and every resource it reads.

The resources live in the top-level ``resources/`` folder and are installed
as the package ``briefer.resources`` (``[tool.setuptools]`` in
pyproject.toml).  A packaging mistake there does not show in the editable
install the other tests use, so these tests build the real wheel and read
from it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "kushner-netanyahu-2025-11-10.brief"


def _setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_under_briefer_is_listed_for_installation():
    """pyproject.toml lists the packages by hand (packages.find cannot see
    resources/); a package added under briefer/ and not listed there would
    be missing from every installed copy."""
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "briefer").rglob("__init__.py")
    }
    listed = set(_setuptools_config()["packages"])
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - on_disk == {"briefer.resources"}


def test_resources_are_installed_from_the_top_level_folder():
    config = _setuptools_config()
    assert config["package-dir"]["briefer.resources"] == "resources"
    assert (ROOT / "resources" / "examples" / EXAMPLE).is_file()
    assert not (ROOT / "briefer" / "resources").exists()


def _locked() -> dict[str, tuple[str, int]]:
    """requirements.lock as name -> (version, number of hashes)."""
    locked: dict[str, tuple[str, int]] = {}
    name = None
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if "==" in line and not line.startswith(("#", "--")):
            pin = line.rstrip(" \\")
            name, version = pin.split("==")
            name = canonicalize_name(name)
            locked[name] = (version, 0)
        elif line.startswith("--hash=sha256:") and name:
            version, hashes = locked[name]
            locked[name] = (version, hashes + 1)
    return locked


def test_the_lock_pins_every_dependency_within_its_range_with_hashes():
    """scripts/setup.sh installs requirements.lock alone, with
    --require-hashes: a dependency added to pyproject.toml without
    `make lock` would be missing from every fresh install."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["test"],
        *project["build-system"]["requires"],
    ]
    locked = _locked()
    assert all(hashes > 0 for _, hashes in locked.values()), "every pin needs its hashes"
    for text in wanted:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is not in requirements.lock: run make lock"
        assert requirement.specifier.contains(locked[name][0], prereleases=True), (
            f"requirements.lock has {name}=={locked[name][0]}, pyproject.toml asks for {requirement}: run make lock"
        )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the source (the work tree stays clean),
    with the setuptools of this environment (from requirements.lock)."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("briefer", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = base / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "-w", str(out), str(source)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("briefer-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_holds_the_code_and_every_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"briefer/{p.relative_to(ROOT / 'briefer').as_posix()}" for p in (ROOT / "briefer").rglob("*.py")}
    expected |= {
        f"briefer/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    # Spelled out too, so the test says what a user would miss.
    templates = sorted(p.name for p in (ROOT / "resources" / "templates").glob("*.brieftemplate"))
    assert len(templates) >= 6
    expected |= {f"briefer/resources/templates/{name}" for name in templates}
    expected |= {f"briefer/resources/examples/{EXAMPLE}", "briefer/resources/icons/briefer.svg"}
    assert expected - names == set()
    assert not any(name.startswith(("resources/", "tests/")) for name in names)


def _run_from_wheel(wheel: Path, code: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter that imports briefer from the
    wheel (a zip on sys.path) and never from this work tree: the editable
    install's finder, which would supply whatever the wheel lacks, is
    removed.  User folders point into ``cwd``."""
    prologue = (
        "import sys\n"
        "sys.meta_path[:] = [f for f in sys.meta_path if not getattr(f, '__module__', '').startswith('__editable__')]\n"
        f"sys.path.insert(0, {str(wheel)!r})\n"
    )
    env = {"HOME": str(cwd), "XDG_CONFIG_HOME": str(cwd / "config"), "XDG_DATA_HOME": str(cwd / "data"),
           "XDG_CACHE_HOME": str(cwd / "cache"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run([sys.executable, "-I", "-c", prologue + code], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_the_example_brief_loads_from_the_installed_wheel(wheel, tmp_path):
    code = f"""
import json
from importlib.resources import files
import briefer
from briefer.model import brief_from_bytes
loaded = brief_from_bytes(files("briefer.resources").joinpath("examples", {EXAMPLE!r}).read_bytes())
print(json.dumps({{"code": briefer.__file__, "resources": str(files("briefer.resources")),
                  "title": loaded.brief.title,
                  "participants": len(loaded.brief.participants)}}))
"""
    result = _run_from_wheel(wheel, code, tmp_path)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["code"].startswith(str(wheel))
    assert seen["resources"].startswith(str(wheel))
    assert seen["title"].startswith("Kushner")
    assert seen["participants"] > 0


@pytest.mark.slow
def test_the_installed_wheel_lists_every_built_in_template(wheel, tmp_path):
    code = """
import runpy
sys.argv = ["briefer", "templates"]
runpy.run_module("briefer", run_name="__main__")
"""
    result = _run_from_wheel(wheel, code, tmp_path)
    assert result.returncode == 0, result.stderr
    listed = {line.split()[0] for line in result.stdout.splitlines() if "built-in" in line}
    assert listed == {p.stem for p in (ROOT / "resources" / "templates").glob("*.brieftemplate")}
