"""Brief templates: the model and file format (:mod:`.model`) and where
templates come from (:mod:`.builtin`: the built-ins, and the library that
user and team folders plug into).  No Qt here."""

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
    template_for_brief,
)
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
