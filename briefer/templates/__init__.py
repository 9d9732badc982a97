"""Brief templates: the model and file format (:mod:`.model`), where
templates come from (:mod:`.builtin`: the built-ins, and the library that
user and team folders plug into; :mod:`.folders`: those folders;
:mod:`.settings`: where they are; :mod:`.user_templates`: saving,
importing and sharing) and the checks on a Word reference document
(:mod:`.reference_docx`).  No Qt here."""

from .builtin import (
    DEFAULT_TEMPLATE,
    LIBRARY,
    BuiltinTemplateSource,
    TemplateLibrary,
    TemplateNotFound,
    TemplateSource,
    builtin_templates,
    default_template,
    get_template,
    missing_template_warning,
    template_for_brief,
)
from .reference_docx import ReferenceDocxError, load_reference_docx
from .model import (
    CURRENT_VERSION,
    FILE_EXTENSION,
    FORMAT_NAME,
    Margins,
    Template,
    TemplateFileError,
    TemplateLayout,
    template_from_bytes,
    template_to_bytes,
    template_to_data,
    template_warnings,
)

__all__ = [name for name in dir() if not name.startswith("_")]
