"""Brief templates: the model and file format (:mod:`.model`), where
templates come from (:mod:`.builtin`: the built-ins; :mod:`.folders`: user
and team folders; :mod:`.settings`: where those are; :mod:`.library`: the
library a composition root builds from them; :mod:`.user_templates`:
saving, importing and sharing) and the checks on a Word reference document
(:mod:`.reference_docx`).  No Qt here."""

from .builtin import DEFAULT_TEMPLATE, BuiltinTemplateSource, builtin_templates, default_template
from .library import TemplateLibrary, TemplateNotFound, TemplateSource, build_library, builtin_library
from .reference_docx import ReferenceDocxError, load_reference_docx
from .model import (
    CURRENT_VERSION,
    FILE_EXTENSION,
    FORMAT_NAME,
    PDF_STANDARDS,
    Margins,
    PdfStandard,
    Template,
    TemplateFileError,
    TemplateLayout,
    template_from_bytes,
    template_to_bytes,
    template_to_data,
    template_warnings,
)

__all__ = [name for name in dir() if not name.startswith("_")]
