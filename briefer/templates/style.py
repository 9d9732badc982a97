"""A template's house style: the few choices an office makes about fonts,
sizes, colours and spacing.

A template chooses a preset by name (``STYLE_PRESETS``) and may override
single values.  The export turns a style into one look per text role and
one table geometry (:mod:`briefer.export.looks`); the PDF and Word writers
only translate those looks into their own terms.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Style:
    # Latin/Greek/Cyrillic family.  PDF: fonts registered by export/fonts.py
    # ("Noto Sans" is bundled); Word: the name written into styles (the
    # reader's Word substitutes if it lacks the font).
    font_family: str = "Noto Sans"
    body_size: float = 10.5  # pt
    small_size: float = 8.5
    lead_size: float = 11.5
    title_size: float = 22
    subtitle_size: float = 13
    heading_sizes: tuple[float, float, float] = (14.5, 12, 10.5)
    line_spacing: float = 1.3  # leading = size × line_spacing
    paragraph_space_pt: float = 5  # space after a body paragraph
    heading_space_before_pt: float = 14

    text_color: str = "#1A1A1A"
    muted_color: str = "#5A5F66"
    accent_color: str = "#1F3A5F"  # headings, title, rules
    rule_color: str = "#B8BEC6"  # table grid lines
    table_header_fill: str = "#E4E9F0"
    table_header_color: str = "#1F3A5F"
    marking_color: str = "#9B1C1C"  # handling marking banner text
    watermark_color: str = "#C8CCD2"
    watermark_opacity: float = 0.45  # the DRAFT watermark sits behind the text
    heading_rule: bool = True  # a thin line under level-1 headings

    # Risk heat map fills: low, medium, high severity.  Chosen to differ in
    # lightness as well as hue so the matrix reads in greyscale too.
    severity_fills: tuple[str, str, str] = ("#D9EAD3", "#FCE8B2", "#E6A19A")

    def watermark_tint(self) -> str:
        """The watermark colour at its opacity over white paper, as an opaque
        colour: for writers whose readers ignore transparency (LibreOffice
        ignores VML opacity), so the watermark looks the same everywhere."""
        c = self.watermark_color.lstrip("#")
        a = self.watermark_opacity
        rgb = [round(255 - a * (255 - int(c[i : i + 2], 16))) for i in (0, 2, 4)]
        return "#" + "".join(f"{v:02X}" for v in rgb)

    def with_(self, **changes: object) -> "Style":
        return replace(self, **changes)


STYLE_PRESETS: dict[str, Style] = {
    # Sober navy sans: the default for most offices.
    "ministry": Style(),
    # Serif body, dark green accents: a traditional chancery look.
    "chancery": Style(
        font_family="Gentium Book Plus",
        accent_color="#1E4D3A",
        table_header_fill="#E3EDE7",
        table_header_color="#1E4D3A",
        heading_rule=False,
    ),
    # Compact, black and grey: for one-page quick briefs.
    "compact": Style(
        body_size=9.5,
        small_size=8,
        lead_size=10.5,
        title_size=17,
        subtitle_size=11,
        heading_sizes=(12, 10.5, 9.5),
        line_spacing=1.22,
        paragraph_space_pt=3,
        heading_space_before_pt=8,
        accent_color="#222222",
        table_header_fill="#E6E6E6",
        table_header_color="#222222",
    ),
    # Burgundy accents: board and committee papers.
    "boardroom": Style(
        accent_color="#6B1F2A",
        table_header_fill="#F1E4E6",
        table_header_color="#6B1F2A",
    ),
}

DEFAULT_STYLE = STYLE_PRESETS["ministry"]


def style_preset(name: str | None) -> Style:
    return STYLE_PRESETS.get(name or "", DEFAULT_STYLE)


__all__ = ["Style", "STYLE_PRESETS", "DEFAULT_STYLE", "style_preset"]
